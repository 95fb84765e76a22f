//! The store benchmark: seed N candidates (or reuse a seeded file), then time the queries the
//! candidate list and candidate page use. Reports medians and query plans; it asserts nothing
//! (the figures go in the README).

use std::path::Path;
use std::time::{Duration, Instant};

use shortlist_core::{CandidateQuery, CandidateSort, SortDirection};
use shortlist_store::demo::{DemoReport, DemoSpec, Rng};
use shortlist_store::Store;

pub async fn run(db: &Path, candidates: usize, samples: usize, reuse: bool) -> anyhow::Result<()> {
    let (store, report) = if reuse && db.exists() {
        let store = Store::open(db).await?;
        let count = |table: &str| {
            let sql = format!("SELECT COUNT(*) FROM {table}");
            let store = store.clone();
            async move { sqlx::query_scalar::<_, i64>(&sql).fetch_one(store.pool()).await.map(|n| n as usize) }
        };
        let report = DemoReport {
            candidates: count("candidates").await?,
            applications: count("applications").await?,
            stage_events: count("stage_events").await?,
            ..Default::default()
        };
        (store, report)
    } else {
        for suffix in ["", "-wal", "-shm"] {
            let mut p = db.as_os_str().to_owned();
            p.push(suffix);
            let _ = std::fs::remove_file(std::path::PathBuf::from(p));
        }
        let store = Store::open(db).await?;
        let spec = DemoSpec::for_candidates(candidates);
        let report = store.generate(spec, &mut |done| crate::progress_bar(done, candidates)).await?;
        eprintln!();
        (store, report)
    };
    let resume_secs = if reuse { None } else { Some(add_resume_text(&store).await?) };
    sqlx::query("ANALYZE").execute(store.pool()).await?;
    let insert_rate = if report.candidate_insert_secs > 0.0 {
        format!("{:.0} candidates/s", report.candidates as f64 / report.candidate_insert_secs)
    } else {
        "not measured (--reuse)".to_string()
    };

    let first_page = query("", CandidateSort::LastActivity, 0);
    let list = time(samples, || async { store.list_candidates(&first_page).await.map(|_| ()) }).await?;

    let prefixes = ["ad", "so", "pri", "luk", "wei", "em", "jo", "ka", "ma", "oli"];
    let mut i = 0;
    let filter = time(samples, || {
        i += 1;
        let q = query(prefixes[i % prefixes.len()], CandidateSort::LastActivity, 0);
        let store = &store;
        async move { store.list_candidates(&q).await.map(|_| ()) }
    })
    .await?;

    let ids: Vec<String> = sqlx::query_scalar("SELECT candidate_id FROM applications ORDER BY id LIMIT 5000")
        .fetch_all(store.pool())
        .await?;
    let mut rng = Rng::new(7);
    let detail = time(samples, || {
        let id = ids[rng.below(ids.len())].clone();
        let store = &store;
        async move { store.candidate_detail(&id).await.map(|_| ()) }
    })
    .await?;

    println!(
        "Shortlist store benchmark ({} candidates, {} applications, {} stage events; {samples} samples each)",
        report.candidates, report.applications, report.stage_events
    );
    println!("| measure | figure | target |");
    println!("|---|---|---|");
    println!("| bulk insert (candidates + lookups + outbox) | {insert_rate} | ≥ 50,000/s |");
    // A duplicate check as on every create and import: an existing person's contacts in a new
    // format (so it matches) and a stranger (so every lookup runs to the end).
    let people: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT full_name, emails, phones, links FROM candidates WHERE phones <> '[]' ORDER BY id LIMIT 1000",
    )
    .fetch_all(store.pool())
    .await?;
    let mut k = 0;
    let dup_check = time(samples, || {
        k += 1;
        let (name, emails, phones, links) = &people[k % people.len()];
        let probe = shortlist_store::DuplicateProbe {
            full_name: if k % 2 == 0 { name.clone() } else { format!("Nobody Stranger{k}") },
            emails: if k % 2 == 0 {
                serde_json::from_str(emails).unwrap_or_default()
            } else {
                vec![format!("nobody{k}@example.org")]
            },
            phones: serde_json::from_str(phones).unwrap_or_default(),
            links: serde_json::from_str(links).unwrap_or_default(),
            location: "Berlin, Germany".into(),
            companies: vec!["Acme".into()],
        };
        let store = &store;
        async move { store.likely_duplicates(&probe, None).await.map(|_| ()) }
    })
    .await?;
    // Three terms, boolean, two filters: the shape of a recruiter's real search.
    let queries = [
        "kafka AND (postgresql OR mysql) NOT java",
        "kubernetes AND terraform NOT azure",
        "(go OR rust) AND grpc NOT php",
    ];
    let filters = [
        shortlist_store::SearchFilters {
            location: Some("Berlin".into()),
            tags: vec!["rust".into()],
            ..Default::default()
        },
        shortlist_store::SearchFilters {
            location: Some("London".into()),
            source: Some("LinkedIn".into()),
            ..Default::default()
        },
        shortlist_store::SearchFilters {
            location: Some("Lisbon".into()),
            tags: vec!["go".into()],
            ..Default::default()
        },
    ];
    let mut n = 0;
    let search = time(samples, || {
        n += 1;
        let (q, f) = (queries[n % queries.len()], filters[n % filters.len()].clone());
        let store = &store;
        async move { store.search(q, &f, 0, 50).await.map(|_| ()) }
    })
    .await?;

    let slot_times = slot_finder(samples);
    let board_role = crate::bench_board::setup(&store).await?;
    let board = crate::bench_board::measure(&store, &board_role, samples).await?;

    let scan_started = Instant::now();
    let clusters = store.duplicate_clusters().await?;
    let scan = scan_started.elapsed();

    println!(
        "| first list page (50, by last activity, with total) | median {} (p95 {}) | ≤ 5 ms |",
        ms(list.0),
        ms(list.1)
    );
    println!(
        "| filter by name prefix (first page, with total) | median {} (p95 {}) | ≤ 10 ms |",
        ms(filter.0),
        ms(filter.1)
    );
    println!("| open candidate (applications + history) | median {} (p95 {}) | ≤ 2 ms |", ms(detail.0), ms(detail.1));
    println!(
        "| search: 3-term boolean query + 2 filters, over resume text | median {} (p95 {}) | p95 ≤ 20 ms |",
        ms(search.0),
        ms(search.1)
    );
    if let Some(secs) = resume_secs {
        println!("| (setup) resume text indexed for every candidate | {secs:.1} s | — |");
    }
    println!(
        "| slot finder: four-person panel across four zones, two weeks, 500 busy blocks each | median {} (p95 {}) | ≤ 50 ms |",
        ms(slot_times.0),
        ms(slot_times.1)
    );
    println!(
        "| pipeline board of one role ({} applications: cards with match, risks, interviews, SLA) | median {} (p95 {}); first load {} | ≤ 50 ms |",
        board.cards,
        ms(board.median),
        ms(board.p95),
        ms(board.cold)
    );
    println!("| duplicate check, one new candidate | median {} (p95 {}) | ≤ 5 ms |", ms(dup_check.0), ms(dup_check.1));
    println!(
        "| duplicate scan of the whole database | {:.2} s ({} clusters) | ≤ 30 s |",
        scan.as_secs_f64(),
        clusters.len()
    );
    println!();
    for (label, sql) in PLANS {
        println!("query plan, {label}:");
        let rows: Vec<(i64, i64, i64, String)> =
            sqlx::query_as(&format!("EXPLAIN QUERY PLAN {sql}")).fetch_all(store.pool()).await?;
        for (_, _, _, detail) in rows {
            println!("  {detail}");
        }
    }
    store.close().await;
    Ok(())
}

/// The shapes of the measured queries (the store builds them the same way).
const PLANS: &[(&str, &str)] = &[
    ("list page", "SELECT c.id FROM candidates c WHERE c.deleted_at IS NULL ORDER BY c.last_activity_at DESC, c.id DESC LIMIT 50"),
    (
        "name filter",
        "SELECT c.id FROM candidates c WHERE c.deleted_at IS NULL AND c.id IN (SELECT candidate_id FROM candidate_name_tokens \
         WHERE token >= 'ad' AND token < 'ae') ORDER BY c.last_activity_at DESC, c.id DESC LIMIT 50",
    ),
    ("filter total", "SELECT COUNT(DISTINCT candidate_id) FROM candidate_name_tokens WHERE token >= 'ad' AND token < 'ae'"),
    ("detail: applications", "SELECT a.id FROM applications a WHERE a.candidate_id = 'x' AND a.deleted_at IS NULL"),
    (
        "detail: history",
        "SELECT e.id FROM stage_events e JOIN applications a ON a.id = e.application_id \
         WHERE a.candidate_id = 'x' AND a.deleted_at IS NULL ORDER BY e.occurred_at DESC",
    ),
];

fn query(filter: &str, sort: CandidateSort, offset: u32) -> CandidateQuery {
    CandidateQuery { filter: filter.into(), sort, direction: SortDirection::Desc, offset, limit: 50 }
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

/// Median and 95th percentile of `samples` runs (after a few warm-up runs).
pub(crate) async fn time<F, Fut>(samples: usize, mut f: F) -> anyhow::Result<(Duration, Duration)>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = shortlist_store::Result<()>>,
{
    for _ in 0..5 {
        f().await?;
    }
    let mut times = Vec::with_capacity(samples);
    for _ in 0..samples.max(1) {
        let started = Instant::now();
        f().await?;
        times.push(started.elapsed());
    }
    times.sort();
    let p = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    Ok((p(0.5), p(0.95)))
}

/// Gives every candidate ~150 words of resume text in the search index (the demo generator
/// writes no resumes): six skills of the taxonomy mentioned among ordinary resume words.
async fn add_resume_text(store: &Store) -> anyhow::Result<f64> {
    const WORDS: &[&str] = &[
        "built",
        "owned",
        "migrated",
        "designed",
        "services",
        "latency",
        "reliability",
        "team",
        "customers",
        "payments",
        "platform",
        "pipeline",
        "incident",
        "on-call",
        "reduced",
        "cost",
        "scaled",
        "api",
        "data",
        "consistency",
        "queue",
        "schema",
        "tests",
        "release",
        "mentored",
        "engineers",
        "production",
        "traffic",
    ];
    let started = Instant::now();
    let rowids: Vec<i64> =
        sqlx::query_scalar("SELECT rowid FROM candidates WHERE deleted_at IS NULL").fetch_all(store.pool()).await?;
    // Each person knows a handful of the taxonomy's skills, as real resumes do.
    let skills: Vec<&str> = shortlist_parse::taxonomy::taxonomy().iter().map(|s| s.name.as_str()).collect();
    let mut rng = Rng::new(11);
    let mut tx = store.pool().begin().await?;
    for rowid in rowids {
        let known: Vec<&str> = (0..6).map(|_| skills[rng.below(skills.len())]).collect();
        let mut text = String::with_capacity(1200);
        for i in 0..150 {
            let w = if i % 6 == 0 { known[rng.below(known.len())] } else { WORDS[rng.below(WORDS.len())] };
            text.push_str(w);
            text.push(' ');
        }
        sqlx::query("UPDATE candidate_fts SET resume = ? WHERE rowid = ?")
            .bind(text)
            .bind(rowid)
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok(started.elapsed().as_secs_f64())
}

/// Median and p95 of finding one-hour slots for a four-person panel in Los Angeles, Berlin,
/// Kolkata and Sydney over two weeks, each with 500 busy blocks.
fn slot_finder(samples: usize) -> (Duration, Duration) {
    use chrono::{DateTime, NaiveTime, Utc};
    use shortlist_core::slots::{find, Interviewer, SlotRequest, WorkingHours};
    let from: DateTime<Utc> =
        DateTime::parse_from_rfc3339("2026-10-19T00:00:00Z").map(|d| d.with_timezone(&Utc)).unwrap_or_default();
    let mut rng = Rng::new(5);
    let panel: Vec<Interviewer> = ["America/Los_Angeles", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney"]
        .iter()
        .enumerate()
        .map(|(i, zone)| Interviewer {
            id: format!("person-{i}"),
            name: format!("P{i}"),
            zone: zone.parse().unwrap_or(chrono_tz::UTC),
            hours: WorkingHours::weekdays(
                NaiveTime::from_hms_opt(7, 0, 0).unwrap_or_default(),
                NaiveTime::from_hms_opt(21, 0, 0).unwrap_or_default(),
            ),
            busy: (0..500)
                .map(|_| {
                    let s = from + chrono::Duration::minutes(rng.below(14 * 24 * 4) as i64 * 15);
                    (s, s + chrono::Duration::minutes(15))
                })
                .collect(),
            weekly_cap: Some(10),
            booked: vec![],
        })
        .collect();
    let req = SlotRequest {
        from,
        to: from + chrono::Duration::days(14),
        duration: chrono::Duration::minutes(60),
        buffer: chrono::Duration::minutes(10),
        step: chrono::Duration::minutes(15),
        panel,
        candidate: None,
    };
    let mut times: Vec<Duration> = (0..samples.max(1))
        .map(|_| {
            let started = Instant::now();
            let _ = find(&req);
            started.elapsed()
        })
        .collect();
    times.sort();
    let p = |q: f64| times[((times.len() - 1) as f64 * q).round() as usize];
    (p(0.5), p(0.95))
}
