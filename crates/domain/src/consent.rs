//! Consent records: what a person agreed to, when, and until when (GDPR art. 7 asks that
//! consent can be shown and withdrawn).

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::CandidateId;
use crate::values::ShortText;
use crate::vocabulary::ConsentPurpose;

/// One consent given by an interim manager.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConsentRecord {
    /// The person.
    pub candidate_id: CandidateId,
    /// What for.
    pub purpose: ConsentPurpose,
    /// When it was given.
    pub given_at: DateTime<Utc>,
    /// When it lapses unless renewed.
    pub expires_on: NaiveDate,
    /// When it was withdrawn, if it was.
    pub withdrawn_at: Option<DateTime<Utc>>,
    /// How it was given: "portal sign-up", "partner import from Globalise".
    pub source: ShortText,
}

impl ConsentRecord {
    /// Whether the consent holds on `day`.
    pub fn holds_on(&self, day: NaiveDate) -> bool {
        self.withdrawn_at.is_none() && self.expires_on >= day
    }
}
