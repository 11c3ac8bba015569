//! A candidate's way through one mandate: the current stage and every timestamped move.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{CandidateId, MandateId, UserId};
use crate::invalid::{Invalid, Parsed};
use crate::values::RequiredText;
use crate::vocabulary::PipelineStage;

/// One move between stages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StageMove {
    /// The stage left; `None` for the first entry into the pipeline.
    pub from: Option<PipelineStage>,
    /// The stage entered.
    pub to: PipelineStage,
    /// When.
    pub at: DateTime<Utc>,
    /// Who moved it, when a person did.
    pub by: Option<UserId>,
    /// Why (required for rejections and withdrawals).
    pub reason: Option<RequiredText>,
}

/// A candidate in a mandate's pipeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PipelineEntry {
    /// The mandate.
    pub mandate_id: MandateId,
    /// The candidate.
    pub candidate_id: CandidateId,
    /// Every move, oldest first; the last one's `to` is the current stage.
    pub history: Vec<StageMove>,
}

impl PipelineEntry {
    /// A new entry in `stage`.
    pub fn new(
        mandate_id: MandateId,
        candidate_id: CandidateId,
        stage: PipelineStage,
        at: DateTime<Utc>,
        by: Option<UserId>,
    ) -> Self {
        Self {
            mandate_id,
            candidate_id,
            history: vec![StageMove {
                from: None,
                to: stage,
                at,
                by,
                reason: None,
            }],
        }
    }

    /// The current stage.
    pub fn stage(&self) -> PipelineStage {
        self.history
            .last()
            .map_or(PipelineStage::Longlist, |m| m.to)
    }

    /// When the current stage was entered.
    pub fn stage_entered_at(&self) -> Option<DateTime<Utc>> {
        self.history.last().map(|m| m.at)
    }

    /// Moves to `to`. A rejection or withdrawal needs a reason; a placed candidate does not
    /// move again, and moving to the stage one is in is refused as a likely double click.
    pub fn move_to(
        &mut self,
        to: PipelineStage,
        at: DateTime<Utc>,
        by: Option<UserId>,
        reason: Option<&str>,
    ) -> Parsed<()> {
        let from = self.stage();
        if from == PipelineStage::Placed {
            return Err(Invalid::new(
                "stage",
                "the candidate is placed; end the placement instead of moving them",
            ));
        }
        if from == to {
            return Err(Invalid::new(
                "stage",
                format!("the candidate is already in {}", to.label()),
            ));
        }
        let reason = match reason.map(str::trim).filter(|r| !r.is_empty()) {
            Some(r) => Some(RequiredText::parse(r).map_err(|e| e.within("reason"))?),
            None if to.needs_reason() => {
                return Err(Invalid::new(
                    "reason",
                    format!("say why the candidate is {}", to.label().to_lowercase()),
                ));
            }
            None => None,
        };
        self.history.push(StageMove {
            from: Some(from),
            to,
            at,
            by,
            reason,
        });
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000 + s, 0).expect("valid")
    }

    #[test]
    fn moves_are_recorded_and_rejection_needs_a_reason() {
        let mut e = PipelineEntry::new(
            MandateId(1),
            CandidateId(2),
            PipelineStage::Longlist,
            at(0),
            None,
        );
        e.move_to(PipelineStage::Contacted, at(10), None, None)
            .expect("allowed");
        let err = e
            .move_to(PipelineStage::Rejected, at(20), None, Some("  "))
            .expect_err("no reason");
        assert_eq!(err.field, "reason");
        assert_eq!(
            e.stage(),
            PipelineStage::Contacted,
            "a refused move changes nothing"
        );
        e.move_to(
            PipelineStage::Rejected,
            at(20),
            None,
            Some("Rate far above budget"),
        )
        .expect("allowed");
        assert_eq!(e.history.len(), 3);
        assert_eq!(e.stage_entered_at(), Some(at(20)));
    }

    #[test]
    fn placed_is_final_and_double_moves_are_refused() {
        let mut e = PipelineEntry::new(
            MandateId(1),
            CandidateId(2),
            PipelineStage::Offered,
            at(0),
            None,
        );
        assert!(
            e.move_to(PipelineStage::Offered, at(1), None, None)
                .is_err()
        );
        e.move_to(PipelineStage::Placed, at(2), None, None)
            .expect("allowed");
        assert!(
            e.move_to(PipelineStage::Longlist, at(3), None, None)
                .is_err()
        );
    }
}
