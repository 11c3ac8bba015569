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
    /// How a blind shortlist names the candidate at `position` (from 0): "Candidate A", "B", ...
    pub fn blind_label(position: usize) -> String {
        format!("Candidate {}", char::from(b'A' + position.min(25) as u8))
    }

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

/// What a client does with a presented candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FeedbackKind {
    /// Asks to meet the candidate: reveals the name and moves them to client interview.
    Meet,
    /// Declines the candidate, with a reason.
    Decline,
    /// A comment for the consultant.
    Comment,
}

impl FeedbackKind {
    /// The stable code.
    pub fn code(self) -> &'static str {
        match self {
            FeedbackKind::Meet => "meet",
            FeedbackKind::Decline => "decline",
            FeedbackKind::Comment => "comment",
        }
    }

    /// Reads a code.
    pub fn parse(raw: &str) -> Parsed<Self> {
        match raw.trim() {
            "meet" => Ok(FeedbackKind::Meet),
            "decline" => Ok(FeedbackKind::Decline),
            "comment" => Ok(FeedbackKind::Comment),
            other => Err(Invalid::new(
                "kind",
                format!("'{other}' is not meet, decline or comment"),
            )),
        }
    }
}

/// A client's word on one presented candidate, seen by the consultant at once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClientFeedback {
    /// The mandate.
    pub mandate_id: MandateId,
    /// The candidate.
    pub candidate_id: CandidateId,
    /// What the client did.
    pub kind: FeedbackKind,
    /// The reason (required to decline) or the comment (required to comment).
    pub text: Option<RequiredText>,
    /// The client user.
    pub by: UserId,
    /// When.
    pub at: DateTime<Utc>,
}

impl ClientFeedback {
    /// Feedback of `kind` with `text`; declining and commenting need words.
    pub fn new(
        mandate_id: MandateId,
        candidate_id: CandidateId,
        kind: FeedbackKind,
        text: &str,
        by: UserId,
        at: DateTime<Utc>,
    ) -> Parsed<Self> {
        let text = match text.trim() {
            "" if kind == FeedbackKind::Meet => None,
            "" => {
                return Err(Invalid::new(
                    "text",
                    match kind {
                        FeedbackKind::Decline => "say why you decline this candidate",
                        _ => "write the comment",
                    },
                ));
            }
            words => Some(RequiredText::parse(words).map_err(|e| e.within("text"))?),
        };
        Ok(Self {
            mandate_id,
            candidate_id,
            kind,
            text,
            by,
            at,
        })
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

impl ClientEvaluation {
    /// The assignment as it joins the interim manager's track record: the mandate's role,
    /// level and situation at the client, for the placement's period, with the client's rating
    /// of the results and, when the client wrote one, its comment as the achievements.
    pub fn track_record_entry(
        &self,
        placement: &Placement,
        mandate: &crate::mandate::Mandate,
        client: &crate::client::Client,
    ) -> crate::candidate::TrackRecordEntry {
        crate::candidate::TrackRecordEntry {
            engagement: crate::vocabulary::Engagement::Interim,
            role: mandate.role.clone(),
            organisation: Some(client.name.clone()),
            industry: Some(client.industry),
            company_size: Some(client.size),
            sector: Some(client.sector),
            level: Some(mandate.level),
            situation: Some(mandate.situation),
            start: Some(placement.period.start()),
            end: Some(placement.period.end()),
            achievements: self.comment.clone(),
            client_rating: Some(self.results),
        }
    }
}
