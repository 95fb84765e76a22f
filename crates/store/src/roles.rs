//! The roles repository.

use serde_json::json;
use shortlist_core::{InterviewPlan, Role, RoleDetail, RoleInput, RoleIntake, RoleStatus, RoleSummary};
use sqlx::FromRow;

use crate::error::{Result, StoreError};
use crate::time::{format_date, from_ms, parse_date};
use crate::write::Mutation;
use crate::Store;

#[derive(FromRow)]
struct RoleRecord {
    id: String,
    title: String,
    team: String,
    level: String,
    status: String,
    hiring_manager: String,
    recruiter: String,
    opened_on: String,
    closed_on: Option<String>,
    intake: String,
    plan: String,
    created_at: i64,
    updated_at: i64,
}

pub(crate) const ROLE_COLUMNS: &str =
    "id, title, team, level, status, hiring_manager, recruiter, opened_on, closed_on, intake, plan, created_at, updated_at";

/// A role's stored plan: an empty column means the role still has the default plan.
pub(crate) fn stored_plan(json: &str) -> Result<InterviewPlan> {
    Ok(if json.is_empty() { InterviewPlan::default() } else { serde_json::from_str(json)? })
}

impl TryFrom<RoleRecord> for Role {
    type Error = StoreError;
    fn try_from(r: RoleRecord) -> Result<Role> {
        let mut role = Role {
            status: RoleStatus::parse(&r.status)
                .ok_or_else(|| StoreError::Corrupt(format!("unknown role status {}", r.status)))?,
            opened_on: parse_date(&r.opened_on)?,
            closed_on: r.closed_on.as_deref().map(parse_date).transpose()?,
            intake: {
                let intake: RoleIntake = serde_json::from_str(&r.intake)?;
                intake
            },
            plan: stored_plan(&r.plan)?,
            readiness: Vec::new(),
            must_have_warning: None,
            created_at: from_ms(r.created_at)?,
            updated_at: from_ms(r.updated_at)?,
            id: r.id,
            title: r.title,
            team: r.team,
            level: r.level,
            hiring_manager: r.hiring_manager,
            recruiter: r.recruiter,
        };
        role.readiness = role.intake.readiness();
        role.must_have_warning = role.intake.shopping_list_warning();
        Ok(role)
    }
}

const NOT_FOUND: StoreError = StoreError::NotFound { what: "The role" };

type SqliteQuery<'q> = sqlx::query::Query<'q, sqlx::Sqlite, sqlx::sqlite::SqliteArguments<'q>>;

/// Binds the editable fields in column order (title, team, level, status, hiring_manager,
/// recruiter, opened_on, closed_on, intake, plan): shared by insert and update so they cannot drift.
fn bind_fields<'q>(q: SqliteQuery<'q>, input: &'q RoleInput) -> Result<SqliteQuery<'q>> {
    Ok(q.bind(&input.title)
        .bind(&input.team)
        .bind(&input.level)
        .bind(input.status.as_str())
        .bind(&input.hiring_manager)
        .bind(&input.recruiter)
        .bind(format_date(input.opened_on))
        .bind(input.closed_on.map(format_date))
        .bind(serde_json::to_string(&input.intake)?)
        .bind(serde_json::to_string(&input.plan)?))
}

impl Store {
    pub async fn create_role(&self, input: RoleInput) -> Result<Role> {
        let input = input.normalized();
        input.validate()?;
        input.check_can_open(None)?;
        let id = shortlist_core::new_id();
        let mut w = self.begin_write().await?;
        bind_fields(
            sqlx::query(
                "INSERT INTO roles (title, team, level, status, hiring_manager, recruiter, opened_on, closed_on, intake, plan,
                                    id, created_at, updated_at, hlc)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            ),
            &input,
        )?
        .bind(&id)
        .bind(w.now)
        .bind(w.now)
        .bind(w.hlc_text())
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: "role.create",
            entity: "role",
            entity_id: &id,
            args: json!(input),
            changed_fields: RoleInput::fields(),
        })
        .await?;
        w.commit().await?;
        self.role(&id).await
    }

    pub async fn update_role(&self, id: &str, input: RoleInput) -> Result<Role> {
        self.write_role(id, input.normalized(), "role.update").await
    }

    /// Closes a role as of today (keeps everything else as it is).
    pub async fn close_role(&self, id: &str) -> Result<Role> {
        let current = self.role(id).await?;
        if current.status == RoleStatus::Closed {
            return Ok(current);
        }
        let mut input = current.to_input();
        input.status = RoleStatus::Closed;
        input.closed_on = Some(self.today().max(input.opened_on));
        self.write_role(id, input, "role.close").await
    }

    /// Reopens a closed or on-hold role.
    pub async fn reopen_role(&self, id: &str) -> Result<Role> {
        let mut input = self.role(id).await?.to_input();
        input.status = RoleStatus::Open;
        input.closed_on = None;
        self.write_role(id, input, "role.reopen").await
    }

    async fn write_role(&self, id: &str, input: RoleInput, mutation: &'static str) -> Result<Role> {
        input.validate()?;
        let mut w = self.begin_write().await?;
        let old = sqlx::query_as::<_, RoleRecord>(&format!(
            "SELECT {ROLE_COLUMNS} FROM roles WHERE id = ? AND deleted_at IS NULL"
        ))
        .bind(id)
        .fetch_optional(w.conn())
        .await?
        .ok_or(NOT_FOUND)?;
        let old = Role::try_from(old)?.to_input();
        input.check_can_open(Some(old.status))?;
        let changed = input.changed_fields(&old);
        if changed.is_empty() {
            drop(w);
            return self.role(id).await;
        }
        let stamps = w.restamp_row("roles", id, "The role", &RoleInput::fields(), &changed).await?;
        bind_fields(
            sqlx::query(
                "UPDATE roles SET title = ?, team = ?, level = ?, status = ?, hiring_manager = ?, recruiter = ?,
                        opened_on = ?, closed_on = ?, intake = ?, plan = ?, updated_at = ?, hlc = ?, field_hlc = ?
                 WHERE id = ?",
            ),
            &input,
        )?
        .bind(w.now)
        .bind(w.hlc_text())
        .bind(stamps)
        .bind(id)
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: mutation,
            entity: "role",
            entity_id: id,
            args: json!(input),
            changed_fields: changed,
        })
        .await?;
        w.commit().await?;
        self.role(id).await
    }

    pub async fn role(&self, id: &str) -> Result<Role> {
        sqlx::query_as::<_, RoleRecord>(&format!(
            "SELECT {ROLE_COLUMNS} FROM roles WHERE id = ? AND deleted_at IS NULL"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await?
        .ok_or(NOT_FOUND)?
        .try_into()
    }

    /// Every role with its pipeline counts: open first, then on hold, then closed; by title.
    pub async fn list_roles(&self) -> Result<Vec<RoleSummary>> {
        #[derive(FromRow)]
        struct Counts {
            #[sqlx(flatten)]
            role: RoleRecord,
            active: i64,
            total: i64,
            hired: i64,
        }
        let rows = sqlx::query_as::<_, Counts>(
            "SELECT r.id, r.title, r.team, r.level, r.status, r.hiring_manager, r.recruiter, r.opened_on, r.closed_on, r.intake, r.plan,
                    r.created_at, r.updated_at,
                    COALESCE(SUM(a.stage NOT IN ('hired', 'rejected', 'withdrawn')), 0) AS active,
                    COUNT(a.id) AS total,
                    COALESCE(SUM(a.stage = 'hired'), 0) AS hired
             FROM roles r
             LEFT JOIN applications a ON a.role_id = r.id AND a.deleted_at IS NULL
                 AND EXISTS (SELECT 1 FROM candidates c WHERE c.id = a.candidate_id AND c.deleted_at IS NULL)
             WHERE r.deleted_at IS NULL
             GROUP BY r.id
             ORDER BY CASE r.status WHEN 'open' THEN 0 WHEN 'on_hold' THEN 1 WHEN 'draft' THEN 2 ELSE 3 END, r.title COLLATE NOCASE",
        )
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|c| {
                Ok(RoleSummary {
                    role: c.role.try_into()?,
                    active_applications: c.active as u32,
                    total_applications: c.total as u32,
                    hired: c.hired as u32,
                })
            })
            .collect()
    }

    pub async fn role_detail(&self, id: &str) -> Result<RoleDetail> {
        let role = self.role(id).await?;
        let applications = self.applications_for_role(id).await?;
        Ok(RoleDetail { role, applications })
    }
}
