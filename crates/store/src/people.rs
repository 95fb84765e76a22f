//! The people directory repository.

use serde_json::json;
use shortlist_core::{Person, PersonInput};
use sqlx::FromRow;

use crate::error::{Result, StoreError};
use crate::time::from_ms;
use crate::write::Mutation;
use crate::Store;

#[derive(FromRow)]
struct PersonRecord {
    id: String,
    name: String,
    email: String,
    time_zone: String,
    plays: String,
    created_at: i64,
    updated_at: i64,
}

impl TryFrom<PersonRecord> for Person {
    type Error = StoreError;
    fn try_from(r: PersonRecord) -> Result<Person> {
        Ok(Person {
            plays: serde_json::from_str(&r.plays)?,
            created_at: from_ms(r.created_at)?,
            updated_at: from_ms(r.updated_at)?,
            id: r.id,
            name: r.name,
            email: r.email,
            time_zone: r.time_zone,
        })
    }
}

const COLUMNS: &str = "id, name, email, time_zone, plays, created_at, updated_at";
const NOT_FOUND: StoreError = StoreError::NotFound { what: "The person" };

impl Store {
    pub async fn create_person(&self, input: PersonInput) -> Result<Person> {
        let input = input.normalized();
        input.validate()?;
        let id = shortlist_core::new_id();
        let mut w = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO people (id, name, email, time_zone, plays, created_at, updated_at, hlc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        )
        .bind(&id)
        .bind(&input.name)
        .bind(&input.email)
        .bind(&input.time_zone)
        .bind(serde_json::to_string(&input.plays)?)
        .bind(w.now)
        .bind(w.now)
        .bind(w.hlc_text())
        .execute(w.conn())
        .await?;
        w.record(Mutation {
            name: "person.create",
            entity: "person",
            entity_id: &id,
            args: json!(input),
            changed_fields: PersonInput::FIELDS.to_vec(),
        })
        .await?;
        w.commit().await?;
        self.person(&id).await
    }

    pub async fn update_person(&self, id: &str, input: PersonInput) -> Result<Person> {
        let input = input.normalized();
        input.validate()?;
        let mut w = self.begin_write().await?;
        let old: Person = sqlx::query_as::<_, PersonRecord>(&format!(
            "SELECT {COLUMNS} FROM people WHERE id = ? AND deleted_at IS NULL"
        ))
        .bind(id)
        .fetch_optional(w.conn())
        .await?
        .ok_or(NOT_FOUND)?
        .try_into()?;
        let changed = input.changed_fields(&old.to_input());
        if !changed.is_empty() {
            let stamps = w.restamp_row("people", id, "The person", &PersonInput::FIELDS, &changed).await?;
            sqlx::query(
                "UPDATE people SET name = ?, email = ?, time_zone = ?, plays = ?, updated_at = ?, hlc = ?, field_hlc = ? WHERE id = ?",
            )
            .bind(&input.name)
            .bind(&input.email)
            .bind(&input.time_zone)
            .bind(serde_json::to_string(&input.plays)?)
            .bind(w.now)
            .bind(w.hlc_text())
            .bind(stamps)
            .bind(id)
            .execute(w.conn())
            .await?;
            w.record(Mutation {
                name: "person.update",
                entity: "person",
                entity_id: id,
                args: json!(input),
                changed_fields: changed,
            })
            .await?;
            w.commit().await?;
            // "Me" may have been renamed.
            self.refresh_actor().await?;
        }
        self.person(id).await
    }

    /// Tombstones a person; history they wrote keeps their name.
    pub async fn delete_person(&self, id: &str) -> Result<()> {
        let mut w = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE people SET deleted_at = ?, updated_at = ?, hlc = ? WHERE id = ? AND deleted_at IS NULL",
        )
        .bind(w.now)
        .bind(w.now)
        .bind(w.hlc_text())
        .bind(id)
        .execute(w.conn())
        .await?;
        if done.rows_affected() == 0 {
            return Err(NOT_FOUND);
        }
        w.record(Mutation {
            name: "person.delete",
            entity: "person",
            entity_id: id,
            args: json!({}),
            changed_fields: vec!["deleted_at"],
        })
        .await?;
        w.commit().await?;
        self.refresh_actor().await
    }

    pub async fn person(&self, id: &str) -> Result<Person> {
        sqlx::query_as::<_, PersonRecord>(&format!("SELECT {COLUMNS} FROM people WHERE id = ? AND deleted_at IS NULL"))
            .bind(id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or(NOT_FOUND)?
            .try_into()
    }

    /// Everyone in the directory, by name.
    pub async fn list_people(&self) -> Result<Vec<Person>> {
        sqlx::query_as::<_, PersonRecord>(&format!(
            "SELECT {COLUMNS} FROM people WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE"
        ))
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(Person::try_from)
        .collect()
    }
}
