//! The yearly award for the best interim manager: nominations, an independent jury that
//! declares conflicts, and scores.

use serde::{Deserialize, Serialize};

use crate::ids::{CandidateId, NominationId, UserId};
use crate::invalid::{Invalid, Parsed};
use crate::values::{LongText, RequiredText};

/// A nomination for the award of one year.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Nomination {
    /// The award year.
    pub year: u16,
    /// The nominee.
    pub candidate_id: CandidateId,
    /// Who nominated.
    pub nominated_by: UserId,
    /// Why, with the results achieved.
    pub motivation: RequiredText,
}

/// A juror's seat on one year's jury, with the nominees they declared a conflict with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JurorSeat {
    /// The award year.
    pub year: u16,
    /// The juror's user account.
    pub juror: UserId,
    /// Nominees the juror must not score.
    pub conflicts: Vec<CandidateId>,
}

/// A juror's score of one nomination, 1 to 10.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AwardScore {
    /// The nomination.
    pub nomination_id: NominationId,
    /// The juror.
    pub juror: UserId,
    /// The score.
    pub score: u8,
    /// The juror's comment.
    pub comment: LongText,
}

impl AwardScore {
    /// Checks the score range.
    pub fn check(&self) -> Parsed<()> {
        if (1..=10).contains(&self.score) {
            Ok(())
        } else {
            Err(Invalid::new(
                "score",
                format!("{} is outside 1 to 10", self.score),
            ))
        }
    }
}
