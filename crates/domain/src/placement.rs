//! Shortlists presented to the client, placements (assignments), and the client's evaluation
//! of a finished assignment.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{CandidateId, ContactId, MandateId, PlacementId, UserId};
use crate::invalid::{Invalid, Parsed};
use crate::values::{LongText, Money, Period, Rating, RequiredText};

/// The fewest and most candidates a shortlist presents.
pub const SHORTLIST_SIZE: std::ops::RangeInclusive<usize> = 2..=5;

/// One candidate on a shortlist, with the rationale for presenting them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShortlistEntry {
    /// The candidate.
    pub candidate_id: CandidateId,
    /// Why this person for this situation.
    pub rationale: RequiredText,
}

/// The shortlist for a mandate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Shortlist {
    /// The mandate.
    pub mandate_id: MandateId,
    /// The candidates, in the order presented.
    pub entries: Vec<ShortlistEntry>,
    /// Who put it together.
    pub created_by: UserId,
    /// When it was presented to the client; `None` while a draft.
    pub presented_at: Option<DateTime<Utc>>,
}

impl Shortlist {
    /// Checks size and uniqueness before presenting.
    pub fn check(&self) -> Parsed<()> {
        if !SHORTLIST_SIZE.contains(&self.entries.len()) {
            return Err(Invalid::new(
                "entries",
                format!(
                    "a shortlist presents {} to {} candidates, not {}",
                    SHORTLIST_SIZE.start(),
                    SHORTLIST_SIZE.end(),
                    self.entries.len()
                ),
            ));
        }
        for (i, e) in self.entries.iter().enumerate() {
            if self.entries[..i]
                .iter()
                .any(|o| o.candidate_id == e.candidate_id)
            {
                return Err(Invalid::new(
                    format!("entries[{i}].candidate_id"),
                    "is on the shortlist twice",
                ));
            }
        }
        Ok(())
    }
}

/// An interim manager placed at a client for a fixed period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Placement {
    /// The mandate.
    pub mandate_id: MandateId,
    /// The interim manager.
    pub candidate_id: CandidateId,
    /// The client's contact person.
    pub client_contact_id: Option<ContactId>,
    /// First and last day.
    pub period: Period,
    /// The agreed day rate.
    pub day_rate: Money,
    /// When it was agreed.
    pub placed_at: DateTime<Utc>,
}

/// The client's evaluation of a finished assignment; it joins the track record.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClientEvaluation {
    /// The placement evaluated.
    pub placement_id: PlacementId,
    /// The seven traits as the client saw them, in the order of `Trait::ALL`.
    pub traits: [Rating; 7],
    /// How well the results met the success criteria.
    pub results: Rating,
    /// In the client's words.
    pub comment: LongText,
    /// When.
    pub submitted_at: DateTime<Utc>,
}
