//! Offers: versions on every save, diffs, approvals in order (only outside the band when so
//! configured), the status history, acceptance moving the application to Hired, templates and
//! exports; outreach drafts, lint, records, follow-ups and responses.

mod common;

use chrono::{Duration, NaiveDate};
use common::{candidate, count, open_fresh, role};
use shortlist_core::diff::Change;
use shortlist_core::offer::{ApprovalRule, OfferAction, OfferStatus, OfferTerms};
use shortlist_core::outreach::LintKind;
use shortlist_core::{PersonInput, Plays, Stage};
use shortlist_store::{
    ApprovalDecision, LetterFormat, OfferInput, OutreachChannel, OutreachInput, OutreachResponse, StoreError,
};

fn terms() -> OfferTerms {
    OfferTerms {
        title: "Senior Backend Engineer".into(),
        level: "Senior".into(),
        base_salary: 9_000_000,
        currency: "EUR".into(),
        bonus: "10% target".into(),
        equity: String::new(),
        start_date: Some(common::test_now().date_naive() + Duration::days(60)),
        location: "Berlin".into(),
        remote_policy: "Hybrid".into(),
        expires_on: Some(common::test_now().date_naive() + Duration::days(14)),
        scope: "Own the ledger service and its Postgres migration.".into(),
        decision_ownership: String::new(),
        growth_path: "Staff in two years.".into(),
        team_environment: "Five engineers and an SRE.".into(),
    }
}

fn person(name: &str) -> PersonInput {
    PersonInput {
        name: name.into(),
        email: String::new(),
        time_zone: "Europe/Berlin".into(),
        plays: vec![Plays::HiringManager],
    }
}

#[tokio::test]
async fn an_offer_is_versioned_approved_in_order_sent_and_accepted() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let dana = store.create_person(person("Dana Hiring")).await?;
    let finn = store.create_person(person("Finn Finance")).await?;
    let mut spec = role("Senior Backend Engineer");
    spec.intake.comp_min = Some(8_000_000);
    spec.intake.comp_max = Some(9_500_000);
    spec.intake.currency = "EUR".into();
    let r = store.create_role(spec).await?;
    store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();
    let input = |t: OfferTerms, rule| OfferInput {
        application_id: app.clone(),
        terms: t,
        template_id: "default".into(),
        approval_rule: rule,
        approver_ids: vec![dana.id.clone(), finn.id.clone()],
    };

    // A draft: the letter renders, the empty ownership section warns.
    let offer = store.save_offer(input(terms(), ApprovalRule::OutsideBand)).await?;
    assert_eq!((offer.status, offer.version), (OfferStatus::Draft, 1));
    assert!(offer.letter.contains("Dear Grace,") && offer.letter.contains("EUR 90,000"));
    assert_eq!(offer.warnings.len(), 1);
    assert_eq!(offer.warnings[0].field, "decision_ownership");
    assert!(!offer.approval_needed, "inside the band: {}", offer.approval_reason);
    // Sending with an empty section is refused, naming it.
    let submitted = store.offer_action(&offer.id, OfferAction::Submit, None).await?;
    assert_eq!(submitted.status, OfferStatus::Approved, "inside the band, no approval needed");
    match store.offer_action(&offer.id, OfferAction::Send, None).await {
        Err(StoreError::Validation(v)) => assert_eq!(v.fields[0].field, "decision_ownership"),
        other => panic!("sending a vague offer must be refused, got {other:?}"),
    }

    // Above the band: a new version, back to draft, approval needed in order.
    let mut richer = terms();
    richer.base_salary = 10_000_000;
    richer.decision_ownership = "You decide the ledger schema.".into();
    let v2 = store.save_offer(input(richer, ApprovalRule::OutsideBand)).await?;
    assert_eq!((v2.status, v2.version), (OfferStatus::Draft, 2), "changing an approved offer starts again");
    assert!(v2.approval_needed && v2.approval_reason.contains("outside the band"), "{}", v2.approval_reason);
    assert!(v2.warnings.is_empty());
    let diff = store.offer_diff(&offer.id, 1, 2).await?;
    let fields: Vec<&str> = diff.fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(fields, vec!["Base salary", "Decision ownership"]);
    assert!(diff.letter.iter().any(|l| l.change == Change::Removed && l.text.contains("EUR 90,000")));
    assert!(diff.letter.iter().any(|l| l.change == Change::Added && l.text.contains("EUR 100,000")));

    let pending = store.offer_action(&offer.id, OfferAction::Submit, None).await?;
    assert_eq!(pending.status, OfferStatus::PendingApproval);
    assert!(pending.approvers[0].current && !pending.approvers[1].current, "Dana first");
    // Only the approver whose turn it is decides.
    store.set_me(Some(&finn.id)).await?;
    assert!(matches!(
        store.decide_offer(&offer.id, ApprovalDecision::Approved, "").await,
        Err(StoreError::Conflict(_))
    ));
    store.set_me(Some(&dana.id)).await?;
    assert!(
        matches!(store.decide_offer(&offer.id, ApprovalDecision::Rejected, " ").await, Err(StoreError::Validation(_))),
        "a rejection needs a reason"
    );
    let after_dana = store.decide_offer(&offer.id, ApprovalDecision::Approved, "Fair for the level").await?;
    assert_eq!(after_dana.status, OfferStatus::PendingApproval);
    assert!(after_dana.approvers[1].current);
    store.set_me(Some(&finn.id)).await?;
    let rejected = store.decide_offer(&offer.id, ApprovalDecision::Rejected, "Cap at 97k").await?;
    assert_eq!(rejected.status, OfferStatus::Draft);
    assert!(rejected.events.last().and_then(|e| e.note.clone()).unwrap_or_default().contains("Cap at 97k"));

    // Fix, resubmit: both approve the new version, then send and accept.
    let mut fixed = terms();
    fixed.base_salary = 9_700_000;
    fixed.decision_ownership = "You decide the ledger schema.".into();
    store.save_offer(input(fixed, ApprovalRule::Always)).await?;
    store.offer_action(&offer.id, OfferAction::Submit, None).await?;
    store.set_me(Some(&dana.id)).await?;
    let half = store.decide_offer(&offer.id, ApprovalDecision::Approved, "").await?;
    assert_eq!(half.approvers[0].decision, Some(ApprovalDecision::Approved), "decisions count per version");
    store.set_me(Some(&finn.id)).await?;
    let approved = store.decide_offer(&offer.id, ApprovalDecision::Approved, "OK").await?;
    assert_eq!(approved.status, OfferStatus::Approved);
    // Reopened but not changed: resubmitting does not wait for approvals it already has.
    store.offer_action(&offer.id, OfferAction::Reopen, None).await?;
    let again = store.offer_action(&offer.id, OfferAction::Submit, None).await?;
    assert_eq!(again.status, OfferStatus::Approved, "{:?}", again.events.last());
    let sent = store.offer_action(&offer.id, OfferAction::Send, None).await?;
    assert_eq!(sent.status, OfferStatus::Sent);
    assert!(store.save_offer(input(terms(), ApprovalRule::Always)).await.is_err(), "a sent offer's terms are fixed");
    let accepted = store.offer_action(&offer.id, OfferAction::Accept, None).await?;
    assert_eq!(accepted.status, OfferStatus::Accepted);
    assert_eq!(store.application(&app).await?.application.stage, Stage::Hired, "accepting hires");
    let statuses: Vec<OfferStatus> = accepted.events.iter().map(|e| e.to_status).collect();
    assert_eq!(statuses.first(), Some(&OfferStatus::Draft));
    assert_eq!(statuses.last(), Some(&OfferStatus::Accepted));
    assert_eq!(accepted.versions.len(), 3);
    assert_eq!(count(&store, "offer_versions").await?, 3);
    assert!(store.offer_action(&offer.id, OfferAction::Decline, None).await.is_err(), "final");

    // Exports.
    let (name, pdf) = store.offer_document(&offer.id, LetterFormat::Pdf).await?;
    assert!(name.ends_with(".pdf") && pdf.starts_with(b"%PDF-1.4"));
    let (_, docx) = store.offer_document(&offer.id, LetterFormat::Docx).await?;
    assert!(docx.starts_with(b"PK"));
    let (_, html) = store.offer_document(&offer.id, LetterFormat::Html).await?;
    assert!(String::from_utf8(html)?.contains("<h1>Offer of employment: Senior Backend Engineer</h1>"));
    Ok(())
}

#[tokio::test]
async fn letter_templates_must_render_and_are_used_by_offers() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let r = store.create_role(role("Backend Engineer")).await?;
    store.create_candidate(candidate("Grace Hopper", "grace@example.com"), Some(&r.id)).await?;
    let app = store.role_detail(&r.id).await?.applications[0].application.id.clone();
    assert!(matches!(
        store.save_offer_template(None, "Short", "Hi {{ candidate.nmae }}").await,
        Err(StoreError::Validation(_))
    ));
    assert!(store.save_offer_template(Some("default"), "Mine", "x").await.is_err(), "the built-in stays as it is");
    let short =
        store.save_offer_template(None, "Short", "Hi {{ candidate.first_name }}: {{ offer.base_salary }}.").await?;
    let offer = store
        .save_offer(OfferInput {
            application_id: app,
            terms: terms(),
            template_id: short.id.clone(),
            approval_rule: ApprovalRule::Always,
            approver_ids: vec![],
        })
        .await?;
    assert_eq!(offer.letter.trim(), "Hi Grace: EUR 90,000.");
    // Once submitted, the letter is the one saved with the version: a later template edit
    // does not change what was approved.
    let offer = store.offer_action(&offer.id, OfferAction::Submit, None).await;
    assert!(offer.is_err(), "approval needs approvers");
    let offer = store
        .save_offer(OfferInput {
            application_id: store.role_detail(&r.id).await?.applications[0].application.id.clone(),
            terms: OfferTerms { base_salary: 10_000_000, ..terms() },
            template_id: short.id.clone(),
            approval_rule: ApprovalRule::OutsideBand,
            approver_ids: vec![],
        })
        .await?;
    let approved = store.offer_action(&offer.id, OfferAction::Submit, None).await?;
    assert_eq!(approved.status, OfferStatus::Approved, "{}", approved.approval_reason);
    store
        .save_offer_template(
            Some(&short.id),
            "Short",
            "Hi {{ candidate.first_name }}: {{ offer.base_salary }} PLUS A CAR.",
        )
        .await?;
    let after = store.offer(&offer.id).await?;
    assert_eq!(after.letter.trim(), "Hi Grace: EUR 100,000.", "the approved letter stays as approved");
    let (_, html) = store.offer_document(&offer.id, LetterFormat::Html).await?;
    assert!(!String::from_utf8(html)?.contains("CAR"));
    assert_eq!(store.offer_templates().await?.len(), 2);
    assert!(
        matches!(store.offer_action(&offer.id, OfferAction::Submit, None).await, Err(StoreError::Validation(_))),
        "approval needs approvers"
    );
    assert!(matches!(store.delete_offer_template(&short.id).await, Err(StoreError::Conflict(_))), "in use");
    Ok(())
}

#[tokio::test]
async fn outreach_is_drafted_linted_recorded_and_followed_up() -> anyhow::Result<()> {
    let (_db, store) = open_fresh().await?;
    let mut spec = role("Backend Engineer");
    spec.intake.problem_statement = "Moving settlement from a nightly batch to real-time events.".into();
    let r = store.create_role(spec).await?;
    let grace = store.create_candidate(candidate("Grace Hopper", "grace@example.com"), None).await?.candidate;
    let draft = store.outreach_draft(&grace.id, &r.id, "default").await?;
    assert_eq!(draft.to, "grace@example.com");
    assert!(draft.text.starts_with("Hi Grace,"));
    assert!(draft.text.contains("moving settlement from a nightly batch to real-time events"));
    let kinds: Vec<LintKind> = draft.lint.iter().map(|f| f.kind).collect();
    assert_eq!(kinds, vec![LintKind::NoSignal], "no profile, so no signal yet: {:?}", draft.lint);
    let mut fields = draft.fields.clone();
    fields.signal = "Your talk on COBOL at the Navy".into();
    let fixed = store.outreach_preview(&draft.to, "Backend Engineer", "default", fields).await?;
    assert!(fixed.lint.is_empty(), "{:?}", fixed.lint);

    let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let sent = store
        .record_outreach(
            OutreachInput {
                candidate_id: grace.id.clone(),
                role_id: Some(r.id.clone()),
                channel: OutreachChannel::Email,
                subject: draft.subject.clone(),
                body: fixed.text.clone(),
                follow_up_days: Some(5),
            },
            today,
        )
        .await?;
    assert_eq!(sent.follow_up_on, Some(today + Duration::days(5)));
    assert!(store.follow_ups_due(today + Duration::days(4)).await?.is_empty());
    let due = store.follow_ups_due(today + Duration::days(5)).await?;
    assert_eq!(due.len(), 1);
    assert_eq!(due[0].role_title.as_deref(), Some("Backend Engineer"));
    store.set_outreach_response(&sent.id, OutreachResponse::Interested, today + Duration::days(2)).await?;
    assert!(store.follow_ups_due(today + Duration::days(9)).await?.is_empty(), "answered: no follow-up");
    assert_eq!(store.outreach_for_candidate(&grace.id).await?[0].response, Some(OutreachResponse::Interested));

    let strings = store.search_strings(&r.id, "Berlin").await?;
    assert!(strings.len() >= 6, "{strings:?}");

    // Merging Grace into another record takes her outreach along; undoing brings it back.
    let other = store.create_candidate(candidate("Grace B. Hopper", "grace.hopper@example.org"), None).await?.candidate;
    let merge = store.merge_candidates(&other.id, &grace.id, other.to_input()).await?;
    assert_eq!(store.outreach_for_candidate(&other.id).await?.len(), 1, "the survivor has the outreach");
    store.undo_merge(&merge.id).await?;
    assert_eq!(store.outreach_for_candidate(&grace.id).await?.len(), 1, "back on Grace after the undo");
    assert!(store.outreach_for_candidate(&other.id).await?.is_empty());
    Ok(())
}
