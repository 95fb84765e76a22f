//! Offers: the terms (money in minor units with an ISO 4217 code), the four things strong
//! candidates want spelled out, approval rules and the status an offer moves through.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use specta::Type;

use crate::validation::{ValidationErrors, Warning};

/// Currencies the app formats; each with its minor-unit digits (ISO 4217).
pub const CURRENCIES: [(&str, u32); 16] = [
    ("EUR", 2),
    ("USD", 2),
    ("GBP", 2),
    ("CHF", 2),
    ("SEK", 2),
    ("NOK", 2),
    ("DKK", 2),
    ("PLN", 2),
    ("CAD", 2),
    ("AUD", 2),
    ("NZD", 2),
    ("SGD", 2),
    ("INR", 2),
    ("BRL", 2),
    ("JPY", 0),
    ("KRW", 0),
];

pub const OFFER_TEXT_MAX: usize = 4_000;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Type)]
pub struct OfferTerms {
    pub title: String,
    pub level: String,
    /// In minor units of `currency` (cents for EUR).
    pub base_salary: i64,
    /// ISO 4217, e.g. "EUR".
    pub currency: String,
    /// e.g. "10% annual target, paid quarterly".
    pub bonus: String,
    /// e.g. "4,000 RSUs over four years, one-year cliff".
    pub equity: String,
    pub start_date: Option<NaiveDate>,
    pub location: String,
    /// e.g. "Remote within CET ± 2 h; Berlin office optional".
    pub remote_policy: String,
    pub expires_on: Option<NaiveDate>,
    /// The immediate scope: services, migrations, reliability work.
    pub scope: String,
    /// What they decide on their own.
    pub decision_ownership: String,
    pub growth_path: String,
    pub team_environment: String,
}

impl OfferTerms {
    pub const FIELDS: [&'static str; 14] = [
        "title",
        "level",
        "base_salary",
        "currency",
        "bonus",
        "equity",
        "start_date",
        "location",
        "remote_policy",
        "expires_on",
        "scope",
        "decision_ownership",
        "growth_path",
        "team_environment",
    ];

    /// The four sections whose absence reads as internal misalignment, with what to write.
    pub const SECTIONS: [(&'static str, &'static str); 4] = [
        ("scope", "Immediate scope: name the services, migrations or reliability work they will own first."),
        ("decision_ownership", "Decision ownership: say what they decide on their own."),
        ("growth_path", "Growth path: say what the next level looks like and how they get there."),
        ("team_environment", "Team environment: say who they work with and how the team works."),
    ];

    pub fn normalized(mut self) -> Self {
        for s in [
            &mut self.title,
            &mut self.level,
            &mut self.currency,
            &mut self.bonus,
            &mut self.equity,
            &mut self.location,
            &mut self.remote_policy,
            &mut self.scope,
            &mut self.decision_ownership,
            &mut self.growth_path,
            &mut self.team_environment,
        ] {
            *s = s.trim().to_string();
        }
        self.currency = self.currency.to_ascii_uppercase();
        self
    }

    pub fn validate(&self, today: NaiveDate) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::default();
        errors.required_text("title", "Title", &self.title, 200);
        errors.max_len("level", "Level", &self.level, 100);
        if self.base_salary <= 0 {
            errors.add("base_salary", "Enter the base salary.");
        } else if self.base_salary > 1_000_000_000_000 {
            errors.add("base_salary", "That base salary is not plausible; check the number of digits.");
        }
        if minor_digits(&self.currency).is_none() {
            errors.add("currency", "Use a three-letter ISO 4217 currency code such as EUR, USD or GBP.");
        }
        for (field, label, value) in [
            ("bonus", "Bonus", &self.bonus),
            ("equity", "Equity", &self.equity),
            ("location", "Location", &self.location),
            ("remote_policy", "Remote policy", &self.remote_policy),
        ] {
            errors.max_len(field, label, value, 500);
        }
        for (field, label, value) in [
            ("scope", "Scope", &self.scope),
            ("decision_ownership", "Decision ownership", &self.decision_ownership),
            ("growth_path", "Growth path", &self.growth_path),
            ("team_environment", "Team environment", &self.team_environment),
        ] {
            errors.max_len(field, label, value, OFFER_TEXT_MAX);
        }
        if let Some(d) = self.expires_on {
            if d < today {
                errors.add("expires_on", "The expiry date is in the past.");
            }
            if let Some(start) = self.start_date {
                if start < d {
                    errors.add("start_date", "The start date comes before the offer expires.");
                }
            }
        }
        errors.into_result()
    }

    /// Empty scope, ownership, growth or team sections: a vague offer signals misalignment.
    pub fn warnings(&self) -> Vec<Warning> {
        let value = |f: &str| match f {
            "scope" => &self.scope,
            "decision_ownership" => &self.decision_ownership,
            "growth_path" => &self.growth_path,
            _ => &self.team_environment,
        };
        OfferTerms::SECTIONS
            .iter()
            .filter(|(field, _)| value(field).trim().is_empty())
            .map(|(field, message)| Warning {
                field: field.to_string(),
                message: format!("{message} A vague offer signals internal misalignment."),
                related_id: None,
            })
            .collect()
    }
}

pub fn minor_digits(currency: &str) -> Option<u32> {
    CURRENCIES.iter().find(|(c, _)| *c == currency).map(|(_, d)| *d)
}

/// "EUR 95,000" or "EUR 95,000.50"; unknown currencies show the raw minor units.
pub fn format_money(minor: i64, currency: &str) -> String {
    let Some(digits) = minor_digits(currency) else { return format!("{minor} (minor units) {currency}") };
    let unit = 10_i64.pow(digits);
    let (major, cents) = (minor.abs() / unit, minor.abs() % unit);
    let text = major.to_string();
    let mut grouped = String::new();
    for (i, c) in text.chars().enumerate() {
        if i > 0 && (text.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let sign = if minor < 0 { "-" } else { "" };
    if cents == 0 {
        format!("{currency} {sign}{grouped}")
    } else {
        format!("{currency} {sign}{grouped}.{cents:0width$}", width = digits as usize)
    }
}

/// When approval is needed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum ApprovalRule {
    Always,
    /// Only when the base salary is outside the role's compensation band (or the band is unknown).
    OutsideBand,
}

/// Whether this offer needs its approvers, and why (for the screen).
pub fn approval_needed(
    rule: ApprovalRule,
    terms: &OfferTerms,
    band_min: Option<i64>,
    band_max: Option<i64>,
    band_currency: &str,
) -> (bool, String) {
    match rule {
        ApprovalRule::Always => (true, "Every offer for this role is approved before it is sent.".into()),
        ApprovalRule::OutsideBand => {
            let (Some(min), Some(max)) = (band_min, band_max) else {
                return (true, "The role has no compensation band, so the offer needs approval.".into());
            };
            if band_currency != terms.currency {
                return (
                    true,
                    format!("The band is in {band_currency} and the offer in {}: approval needed.", terms.currency),
                );
            }
            if terms.base_salary < min || terms.base_salary > max {
                (
                    true,
                    format!(
                        "{} is outside the band ({} – {}): approval needed.",
                        format_money(terms.base_salary, &terms.currency),
                        format_money(min, band_currency),
                        format_money(max, band_currency)
                    ),
                )
            } else {
                (false, "Inside the role's compensation band: no approval needed.".into())
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum OfferStatus {
    Draft,
    PendingApproval,
    Approved,
    Sent,
    Accepted,
    Declined,
    Expired,
}

impl OfferStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            OfferStatus::Draft => "draft",
            OfferStatus::PendingApproval => "pending_approval",
            OfferStatus::Approved => "approved",
            OfferStatus::Sent => "sent",
            OfferStatus::Accepted => "accepted",
            OfferStatus::Declined => "declined",
            OfferStatus::Expired => "expired",
        }
    }

    pub fn parse(s: &str) -> Option<OfferStatus> {
        [
            OfferStatus::Draft,
            OfferStatus::PendingApproval,
            OfferStatus::Approved,
            OfferStatus::Sent,
            OfferStatus::Accepted,
            OfferStatus::Declined,
            OfferStatus::Expired,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            OfferStatus::Draft => "Draft",
            OfferStatus::PendingApproval => "Pending approval",
            OfferStatus::Approved => "Approved",
            OfferStatus::Sent => "Sent",
            OfferStatus::Accepted => "Accepted",
            OfferStatus::Declined => "Declined",
            OfferStatus::Expired => "Expired",
        }
    }

    /// Terms can change only before the offer is sent (a change sends it back to draft).
    pub fn editable(self) -> bool {
        matches!(self, OfferStatus::Draft | OfferStatus::PendingApproval | OfferStatus::Approved)
    }
}

/// What a person does to an offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Type)]
#[serde(rename_all = "snake_case")]
pub enum OfferAction {
    /// Ask the approvers (or, when none are needed, approve at once).
    Submit,
    Send,
    Accept,
    Decline,
    Expire,
    /// Back to draft (withdraw from approval, or re-open after a rejection).
    Reopen,
}

/// The status an action leads to, or why it cannot be done now. `approval_needed` decides
/// where Submit goes.
pub fn transition(from: OfferStatus, action: OfferAction, approval_needed: bool) -> Result<OfferStatus, String> {
    use OfferAction as A;
    use OfferStatus as S;
    match (from, action) {
        (S::Draft, A::Submit) => Ok(if approval_needed { S::PendingApproval } else { S::Approved }),
        (S::Approved, A::Send) => Ok(S::Sent),
        (S::Sent, A::Accept) => Ok(S::Accepted),
        (S::Sent, A::Decline) => Ok(S::Declined),
        (S::Sent | S::Approved, A::Expire) => Ok(S::Expired),
        (S::PendingApproval | S::Approved, A::Reopen) => Ok(S::Draft),
        (S::Draft, A::Send) => Err("Submit the draft first: an offer is approved before it is sent.".into()),
        (S::PendingApproval, A::Send) => Err("The offer is still waiting for approval.".into()),
        (S::Accepted | S::Declined | S::Expired, _) => {
            Err(format!("The offer is {}; nothing more can happen to it.", from.label().to_lowercase()))
        }
        (_, _) => Err(format!("A {} offer cannot be {}.", from.label().to_lowercase(), past(action))),
    }
}

fn past(action: OfferAction) -> &'static str {
    match action {
        OfferAction::Submit => "submitted",
        OfferAction::Send => "sent",
        OfferAction::Accept => "accepted",
        OfferAction::Decline => "declined",
        OfferAction::Expire => "marked expired",
        OfferAction::Reopen => "reopened",
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn terms() -> OfferTerms {
        OfferTerms {
            title: "Senior Backend Engineer".into(),
            level: "Senior".into(),
            base_salary: 9_500_000,
            currency: "EUR".into(),
            bonus: "10% target".into(),
            equity: String::new(),
            start_date: NaiveDate::from_ymd_opt(2027, 2, 1),
            location: "Berlin".into(),
            remote_policy: "Hybrid, two office days".into(),
            expires_on: NaiveDate::from_ymd_opt(2026, 12, 15),
            scope: "Own the payments ledger service and its migration to Postgres 17.".into(),
            decision_ownership: String::new(),
            growth_path: "Staff in 18–24 months with a platform remit.".into(),
            team_environment: "Five backend engineers, a PM and an SRE; on-call one week in six.".into(),
        }
    }

    #[test]
    fn money_is_grouped_with_minor_units() {
        assert_eq!(format_money(9_500_000, "EUR"), "EUR 95,000");
        assert_eq!(format_money(9_500_050, "USD"), "USD 95,000.50");
        assert_eq!(format_money(12_000_000, "JPY"), "JPY 12,000,000");
        assert_eq!(format_money(123, "XYZ"), "123 (minor units) XYZ");
    }

    #[test]
    fn empty_sections_warn_and_bad_terms_are_refused() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
        let t = terms();
        assert!(t.validate(today).is_ok());
        let warnings = t.warnings();
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].field, "decision_ownership");
        assert!(warnings[0].message.contains("misalignment"));
        let bad = OfferTerms {
            base_salary: 0,
            currency: "EURO".into(),
            expires_on: NaiveDate::from_ymd_opt(2026, 1, 1),
            ..terms()
        };
        let fields: Vec<String> = bad.validate(today).expect_err("bad").fields.into_iter().map(|f| f.field).collect();
        assert_eq!(fields, vec!["base_salary", "currency", "expires_on"]);
    }

    #[test]
    fn approval_only_outside_the_band_when_so_configured() {
        let t = terms();
        assert!(approval_needed(ApprovalRule::Always, &t, Some(1), Some(2), "EUR").0);
        assert!(!approval_needed(ApprovalRule::OutsideBand, &t, Some(8_000_000), Some(10_000_000), "EUR").0);
        let (needed, why) = approval_needed(ApprovalRule::OutsideBand, &t, Some(8_000_000), Some(9_000_000), "EUR");
        assert!(needed);
        assert_eq!(why, "EUR 95,000 is outside the band (EUR 80,000 – EUR 90,000): approval needed.");
        assert!(approval_needed(ApprovalRule::OutsideBand, &t, None, None, "EUR").0, "no band: ask");
        assert!(
            approval_needed(ApprovalRule::OutsideBand, &t, Some(1), Some(99_999_999), "USD").0,
            "other currency: ask"
        );
    }

    #[test]
    fn status_moves_only_forward_through_the_process() {
        use OfferAction as A;
        use OfferStatus as S;
        assert_eq!(transition(S::Draft, A::Submit, true), Ok(S::PendingApproval));
        assert_eq!(transition(S::Draft, A::Submit, false), Ok(S::Approved));
        assert_eq!(transition(S::Approved, A::Send, true), Ok(S::Sent));
        assert_eq!(transition(S::Sent, A::Accept, true), Ok(S::Accepted));
        assert!(transition(S::Draft, A::Send, true).expect_err("not yet").contains("Submit the draft first"));
        assert!(transition(S::Accepted, A::Decline, true).expect_err("final").contains("accepted"));
        assert_eq!(transition(S::PendingApproval, A::Reopen, true), Ok(S::Draft));
    }
}
