//! What interim managers keep themselves: applications to job postings and their own network
//! of contacts; and the postings consultants publish.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{CandidateId, MandateId, PlacementId, PostingId};
use crate::values::{LongText, PersonName, ShortText};
use crate::vocabulary::ApplicationStatus;

/// An interim assignment published for interim managers to apply to; anonymised unless the
/// consultant allows the client's name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JobPosting {
    /// The mandate it comes from.
    pub mandate_id: MandateId,
    /// The headline shown on the board.
    pub headline: ShortText,
    /// The description, written without naming the client.
    pub description: LongText,
    /// Whether the client's name may be shown.
    pub show_client_name: bool,
    /// When it was published.
    pub published_at: DateTime<Utc>,
    /// The last day to apply.
    pub closes_on: NaiveDate,
}

/// An interim manager's application to a posting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Application {
    /// The posting.
    pub posting_id: PostingId,
    /// The applicant.
    pub candidate_id: CandidateId,
    /// A short motivation.
    pub motivation: LongText,
    /// When.
    pub applied_at: DateTime<Utc>,
    /// Where it stands.
    pub status: ApplicationStatus,
}

/// A contact in an interim manager's own network; private to that manager.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkContact {
    /// The interim manager who keeps this contact.
    pub owner: CandidateId,
    /// The contact's name.
    pub name: PersonName,
    /// Their company.
    pub company: ShortText,
    /// Their role.
    pub role_title: ShortText,
    /// How they met.
    pub met_how: LongText,
    /// The placement they met on, if any.
    pub met_on_placement: Option<PlacementId>,
    /// When they were last in touch.
    pub last_contact: Option<NaiveDate>,
    /// Notes.
    pub notes: LongText,
    /// When to get in touch next.
    pub next_contact_on: Option<NaiveDate>,
}
