//! Duplicate detection: the keys a person is recognised by (email, E.164 phone, GitHub and
//! LinkedIn handles, nickname-folded name) and the checks built on them — one probe on every
//! create and import, and a scan of the whole database.

use std::collections::{BTreeMap, HashMap};

use shortlist_core::names::{name_key, variants};
use shortlist_core::text::{fold, normalize_email};
use shortlist_core::{ClusterMember, DuplicateCluster, DuplicateMatch, DuplicateReason, Link};

use crate::error::Result;
use crate::time::from_ms;
use crate::Store;

/// Bumped whenever the way keys are derived changes: the next open rebuilds them.
pub(crate) const KEYS_VERSION: &str = "2";

/// The derived keys of one candidate (see the `candidate_keys` table); names are matched through
/// the name-token table instead, which every candidate already has.
pub(crate) fn dup_keys(phones: &[String], links: &[Link], region: &str) -> Vec<(&'static str, String)> {
    let mut keys: Vec<(&'static str, String)> = Vec::new();
    for phone in phones {
        if let Some(p) = shortlist_parse::contacts::e164(phone, region) {
            keys.push(("phone", p));
        }
    }
    for link in links {
        if let Some((kind, handle)) = shortlist_parse::contacts::handle(&link.url) {
            keys.push((kind, handle));
        }
    }
    keys.sort();
    keys.dedup();
    keys
}

/// What a new or imported record is checked with.
#[derive(Debug, Clone, Default)]
pub struct DuplicateProbe {
    pub full_name: String,
    pub emails: Vec<String>,
    pub phones: Vec<String>,
    pub links: Vec<Link>,
    pub location: String,
    pub companies: Vec<String>,
}

/// What a name match is corroborated with.
struct Context {
    full_name: String,
    location: String,
    links: Vec<String>,
    companies: Vec<String>,
}

fn reason(text: String, confidence: f64) -> DuplicateReason {
    DuplicateReason { text, confidence }
}

fn same_place(a: &str, b: &str) -> bool {
    let city = |s: &str| fold(s.split(',').next().unwrap_or_default());
    !a.trim().is_empty() && !b.trim().is_empty() && city(a) == city(b)
}

/// Reasons a similar name is more than a coincidence.
fn corroborate(a: &Context, b: &Context) -> Vec<DuplicateReason> {
    let names = if fold(&a.full_name) == fold(&b.full_name) {
        format!("Same name ({})", b.full_name)
    } else {
        format!("Similar name ({} / {})", a.full_name, b.full_name)
    };
    let mut out = Vec::new();
    let folded: Vec<String> = b.companies.iter().map(|c| fold(c)).collect();
    if let Some(company) = a.companies.iter().find(|c| !c.trim().is_empty() && folded.contains(&fold(c))) {
        out.push(reason(format!("{names} and both worked at {company}"), 0.85));
    }
    if same_place(&a.location, &b.location) {
        out.push(reason(format!("{names} and both in {}", b.location), 0.7));
    }
    if let Some(link) = a.links.iter().find(|l| b.links.contains(l)) {
        out.push(reason(format!("{names} and the same link {link}"), 0.9));
    }
    out
}

impl Store {
    /// The corroborating facts of many candidates at once (live ones only).
    async fn contexts(&self, ids: &[String]) -> Result<HashMap<String, Context>> {
        let mut out = HashMap::new();
        for part in ids.chunks(500) {
            let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "SELECT c.id, c.full_name, c.location, c.links, p.positions FROM candidates c
                 LEFT JOIN candidate_profiles p ON p.candidate_id = c.id WHERE c.deleted_at IS NULL AND c.id IN (",
            );
            let mut list = q.separated(", ");
            for id in part {
                list.push_bind(id);
            }
            q.push(")");
            let rows: Vec<(String, String, String, String, Option<String>)> =
                q.build_query_as().fetch_all(&self.pool).await?;
            for (id, full_name, location, links, positions) in rows {
                let links: Vec<Link> = serde_json::from_str(&links)?;
                let companies = positions
                    .map(|p| serde_json::from_str::<Vec<shortlist_parse::Position>>(&p))
                    .transpose()?
                    .unwrap_or_default()
                    .into_iter()
                    .map(|p| p.company)
                    .collect();
                out.insert(
                    id,
                    Context { full_name, location, links: links.into_iter().map(|l| l.url).collect(), companies },
                );
            }
        }
        Ok(out)
    }

    /// Recomputes every live candidate's duplicate keys (after an upgrade, or when the default
    /// phone region changes). Derived data: nothing is recorded for sync.
    pub(crate) async fn rebuild_candidate_keys(&self) -> Result<()> {
        let region = self.default_region().await?;
        let mut w = self.begin_write().await?;
        sqlx::query("DELETE FROM candidate_keys").execute(w.conn()).await?;
        let rows: Vec<(String, String, String)> =
            sqlx::query_as("SELECT id, phones, links FROM candidates WHERE deleted_at IS NULL")
                .fetch_all(w.conn())
                .await?;
        let mut keys: Vec<(&str, String, &str)> = Vec::new();
        for (id, phones, links) in &rows {
            let phones: Vec<String> = serde_json::from_str(phones)?;
            let links: Vec<Link> = serde_json::from_str(links)?;
            keys.extend(dup_keys(&phones, &links, &region).into_iter().map(|(k, v)| (k, v, id.as_str())));
        }
        for part in keys.chunks(1000) {
            let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "INSERT OR IGNORE INTO candidate_keys (kind, key, candidate_id) ",
            );
            q.push_values(part, |mut b, (kind, key, id)| {
                b.push_bind(*kind).push_bind(key).push_bind(*id);
            });
            q.build().execute(w.conn()).await?;
        }
        sqlx::query("INSERT INTO meta (key, value) VALUES ('candidate_keys_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value")
            .bind(KEYS_VERSION)
            .execute(w.conn())
            .await?;
        w.commit().await
    }

    /// Existing candidates that are probably the person described by `probe`, surest first.
    pub async fn likely_duplicates(
        &self,
        probe: &DuplicateProbe,
        exclude: Option<&str>,
    ) -> Result<Vec<DuplicateMatch>> {
        let region = self.default_region().await?;
        let mut found: BTreeMap<String, Vec<DuplicateReason>> = BTreeMap::new();
        let mut named: Vec<String> = Vec::new();
        for email in &probe.emails {
            let email = normalize_email(email);
            let ids: Vec<String> = sqlx::query_scalar("SELECT candidate_id FROM candidate_emails WHERE email = ?")
                .bind(&email)
                .fetch_all(&self.pool)
                .await?;
            for id in ids {
                found.entry(id).or_default().push(reason(format!("Same email {email}"), 0.99));
            }
        }
        if let Some(key) = name_key(&probe.full_name) {
            // Same last name and a first name that folds to the same formal name.
            let (first, last) = key.split_once(' ').unwrap_or_default();
            let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "SELECT c.id, c.full_name FROM candidate_name_tokens l
                 JOIN candidate_name_tokens f ON f.candidate_id = l.candidate_id
                 JOIN candidates c ON c.id = l.candidate_id
                 WHERE c.deleted_at IS NULL AND l.token = ",
            );
            q.push_bind(last.to_string()).push(" AND f.token IN (");
            let mut list = q.separated(", ");
            for v in variants(first) {
                list.push_bind(v.to_string());
            }
            q.push(")");
            let rows: Vec<(String, String)> = q.build_query_as().fetch_all(&self.pool).await?;
            named.extend(
                rows.into_iter().filter(|(_, name)| name_key(name).as_deref() == Some(key.as_str())).map(|(id, _)| id),
            );
            named.sort();
            named.dedup();
        }
        for (kind, key) in dup_keys(&probe.phones, &probe.links, &region) {
            let ids: Vec<String> =
                sqlx::query_scalar("SELECT candidate_id FROM candidate_keys WHERE kind = ? AND key = ?")
                    .bind(kind)
                    .bind(&key)
                    .fetch_all(&self.pool)
                    .await?;
            for id in ids {
                match kind {
                    "phone" => found.entry(id).or_default().push(reason(format!("Same phone {key}"), 0.95)),
                    "github" => found.entry(id).or_default().push(reason(format!("Same GitHub account {key}"), 0.97)),
                    _ => found.entry(id).or_default().push(reason(format!("Same LinkedIn profile {key}"), 0.97)),
                }
            }
        }
        let me = Context {
            full_name: probe.full_name.clone(),
            location: probe.location.clone(),
            links: probe.links.iter().map(|l| l.url.clone()).collect(),
            companies: probe.companies.clone(),
        };
        named.retain(|id| Some(id.as_str()) != exclude);
        let contexts = self.contexts(&named).await?;
        for id in named {
            if let Some(other) = contexts.get(&id) {
                let reasons = corroborate(&me, other);
                if !reasons.is_empty() {
                    found.entry(id).or_default().extend(reasons);
                }
            }
        }
        let mut out = Vec::new();
        for (id, reasons) in found {
            if Some(id.as_str()) == exclude {
                continue;
            }
            let full_name: Option<String> =
                sqlx::query_scalar("SELECT full_name FROM candidates WHERE id = ? AND deleted_at IS NULL")
                    .bind(&id)
                    .fetch_optional(&self.pool)
                    .await?;
            let Some(full_name) = full_name else { continue };
            let confidence = DuplicateMatch::combine(&reasons);
            out.push(DuplicateMatch { candidate_id: id, full_name, reasons, confidence });
        }
        out.sort_by(|a, b| b.confidence.total_cmp(&a.confidence).then_with(|| a.full_name.cmp(&b.full_name)));
        Ok(out)
    }

    /// Likely duplicates of an existing candidate (the candidate page's warning).
    pub async fn duplicates_of(&self, candidate_id: &str) -> Result<Vec<DuplicateMatch>> {
        let c = self.candidate(candidate_id).await?;
        let companies = self
            .contexts(&[candidate_id.to_string()])
            .await?
            .remove(candidate_id)
            .map(|c| c.companies)
            .unwrap_or_default();
        let probe = DuplicateProbe {
            full_name: c.full_name,
            emails: c.emails,
            phones: c.phones,
            links: c.links,
            location: c.location,
            companies,
        };
        self.likely_duplicates(&probe, Some(candidate_id)).await
    }

    /// Every group of records that are probably one person, across the whole database.
    pub async fn duplicate_clusters(&self) -> Result<Vec<DuplicateCluster>> {
        let mut pairs: Vec<(String, String, DuplicateReason)> = Vec::new();
        let shared: Vec<(String, String, String)> = sqlx::query_as(
            "SELECT 'email', email, group_concat(candidate_id, ' ') FROM candidate_emails GROUP BY email HAVING COUNT(*) > 1
             UNION ALL
             SELECT kind, key, group_concat(candidate_id, ' ') FROM candidate_keys GROUP BY kind, key HAVING COUNT(*) > 1",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut contexts: HashMap<String, Option<Context>> = HashMap::new();
        let mut shared = shared;
        let names: Vec<(String, String)> =
            sqlx::query_as("SELECT id, full_name FROM candidates WHERE deleted_at IS NULL")
                .fetch_all(&self.pool)
                .await?;
        let mut by_name: HashMap<String, Vec<String>> = HashMap::new();
        for (id, name) in names {
            if let Some(key) = name_key(&name) {
                by_name.entry(key).or_default().push(id);
            }
        }
        shared.extend(
            by_name
                .into_iter()
                .filter(|(_, ids)| ids.len() > 1)
                .map(|(key, ids)| ("name".to_string(), key, ids.join(" "))),
        );
        let name_ids: Vec<String> = shared
            .iter()
            .filter(|(kind, _, _)| kind == "name")
            .flat_map(|(_, _, ids)| ids.split(' ').map(str::to_string))
            .collect();
        contexts.extend(self.contexts(&name_ids).await?.into_iter().map(|(k, v)| (k, Some(v))));
        for (kind, key, ids) in shared {
            let ids: Vec<&str> = ids.split(' ').collect();
            if kind == "name" {
                // A shared name needs a shared company, place or link as well.
                for (i, a) in ids.iter().enumerate() {
                    for b in &ids[i + 1..] {
                        if let (Some(Some(ca)), Some(Some(cb))) = (contexts.get(*a), contexts.get(*b)) {
                            for r in corroborate(ca, cb) {
                                pairs.push(((*a).to_string(), (*b).to_string(), r));
                            }
                        }
                    }
                }
                continue;
            }
            let text = match kind.as_str() {
                "email" => format!("Same email {key}"),
                "phone" => format!("Same phone {key}"),
                "github" => format!("Same GitHub account {key}"),
                _ => format!("Same LinkedIn profile {key}"),
            };
            let confidence = match kind.as_str() {
                "email" => 0.99,
                "phone" => 0.95,
                _ => 0.97,
            };
            for b in &ids[1..] {
                pairs.push((ids[0].to_string(), (*b).to_string(), reason(text.clone(), confidence)));
            }
        }
        // Union-find over the pairs.
        let mut parent: HashMap<String, String> = HashMap::new();
        fn root(parent: &mut HashMap<String, String>, x: &str) -> String {
            let mut r = x.to_string();
            while let Some(p) = parent.get(&r).filter(|p| **p != r) {
                r = p.clone();
            }
            parent.insert(x.to_string(), r.clone());
            r
        }
        for (a, b, _) in &pairs {
            let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
            if ra != rb {
                parent.insert(ra, rb);
            }
        }
        let mut clusters: BTreeMap<String, (Vec<String>, Vec<DuplicateReason>)> = BTreeMap::new();
        for (a, b, r) in pairs {
            let key = root(&mut parent, &a);
            let entry = clusters.entry(key).or_default();
            for id in [a, b] {
                if !entry.0.contains(&id) {
                    entry.0.push(id);
                }
            }
            if !entry.1.iter().any(|x| x.text == r.text) {
                entry.1.push(r);
            }
        }
        let all: Vec<String> = clusters.values().flat_map(|(ids, _)| ids.iter().cloned()).collect();
        let mut rows: HashMap<String, ClusterMember> = HashMap::new();
        for part in all.chunks(500) {
            let mut q = sqlx::QueryBuilder::<sqlx::Sqlite>::new(
                "SELECT id, full_name, emails, location, created_at FROM candidates WHERE deleted_at IS NULL AND id IN (",
            );
            let mut list = q.separated(", ");
            for id in part {
                list.push_bind(id);
            }
            q.push(")");
            let found: Vec<(String, String, String, String, i64)> = q.build_query_as().fetch_all(&self.pool).await?;
            for (id, full_name, emails, location, created_at) in found {
                let member = ClusterMember {
                    id: id.clone(),
                    full_name,
                    emails: serde_json::from_str(&emails)?,
                    location,
                    created_at: from_ms(created_at)?,
                };
                rows.insert(id, member);
            }
        }
        let mut out = Vec::new();
        for (_, (ids, reasons)) in clusters {
            let mut members: Vec<ClusterMember> = ids.iter().filter_map(|id| rows.get(id).cloned()).collect();
            if members.len() < 2 {
                continue;
            }
            members.sort_by_key(|m| m.created_at);
            let confidence = reasons.iter().map(|r| r.confidence).fold(0.0, f64::max);
            out.push(DuplicateCluster { members, reasons: reasons.into_iter().map(|r| r.text).collect(), confidence });
        }
        out.sort_by(|a, b| {
            b.confidence.total_cmp(&a.confidence).then_with(|| a.members[0].full_name.cmp(&b.members[0].full_name))
        });
        Ok(out)
    }
}
