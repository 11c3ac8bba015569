//! Vetting: interviews scored on the seven traits with evidence, reference checks, and the
//! qualification decision that expires.

use chrono::{DateTime, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::candidate::TraitProfile;
use crate::ids::{CandidateId, MandateId, UserId};
use crate::invalid::{Invalid, Parsed};
use crate::values::{LongText, PersonName, Rating, RequiredText, ShortText};
use crate::vocabulary::{QualificationOutcome, Recommendation, RefereeRelation, Trait, Verdict};

/// How long a qualification holds unless the decision says otherwise.
pub const QUALIFICATION_MONTHS: u32 = 24;

/// One trait scored with the evidence for the score.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraitAssessment {
    /// The trait.
    pub r#trait: Trait,
    /// The score, 1 to 5.
    pub score: Rating,
    /// What the candidate said or did that justifies the score.
    pub evidence: RequiredText,
}

/// A scorecard: all seven traits, each with evidence, in the order of [`Trait::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scorecard(Vec<TraitAssessment>);

impl Scorecard {
    /// Builds a scorecard from (trait, score, evidence) triples; every trait must be scored
    /// once, and a score without evidence is refused.
    pub fn parse(entries: &[(Trait, i64, &str)]) -> Parsed<Self> {
        let mut out: Vec<Option<TraitAssessment>> = vec![None; Trait::ALL.len()];
        for (t, score, evidence) in entries {
            let field = |f: &str| format!("scores.{}.{f}", t.code());
            let slot = &mut out[t.index()];
            if slot.is_some() {
                return Err(Invalid::new(field("score"), "is scored twice"));
            }
            let score =
                Rating::parse(*score).map_err(|e| Invalid::new(field("score"), e.message))?;
            let evidence = RequiredText::parse(evidence).map_err(|_| {
                Invalid::new(
                    field("evidence"),
                    "a score needs written evidence: what the candidate said or did",
                )
            })?;
            *slot = Some(TraitAssessment {
                r#trait: *t,
                score,
                evidence,
            });
        }
        let mut assessments = Vec::with_capacity(out.len());
        for (t, slot) in Trait::ALL.iter().zip(out) {
            assessments.push(slot.ok_or_else(|| {
                Invalid::new(
                    format!("scores.{}.score", t.code()),
                    format!("score '{}' too", t.label()),
                )
            })?);
        }
        Ok(Self(assessments))
    }

    /// The assessments, in trait order.
    pub fn assessments(&self) -> &[TraitAssessment] {
        &self.0
    }

    /// The score of one trait.
    pub fn score(&self, t: Trait) -> Rating {
        self.0[t.index()].score
    }
}

/// A vetting interview.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct VettingInterview {
    /// The candidate.
    pub candidate_id: CandidateId,
    /// The mandate it was held for, if any.
    pub mandate_id: Option<MandateId>,
    /// Who interviewed.
    pub interviewer: UserId,
    /// When.
    pub held_on: NaiveDate,
    /// The scorecard.
    pub scorecard: Scorecard,
    /// The overall recommendation.
    pub recommendation: Recommendation,
    /// Other notes.
    pub notes: LongText,
}

/// Averages several scorecards into a trait profile (in tenths); `None` when there are none.
pub fn trait_profile<'a>(cards: impl IntoIterator<Item = &'a Scorecard>) -> Option<TraitProfile> {
    let mut sums = [0u32; 7];
    let mut n = 0u32;
    for card in cards {
        for a in card.assessments() {
            sums[a.r#trait.index()] += u32::from(a.score.get()) * 10;
        }
        n += 1;
    }
    (n > 0).then(|| TraitProfile(sums.map(|s| ((s + n / 2) / n) as u8)))
}

/// Traits on which two interviewers' scores differ by two points or more.
pub fn disagreements<'a>(cards: impl IntoIterator<Item = &'a Scorecard>) -> Vec<Trait> {
    let cards: Vec<&Scorecard> = cards.into_iter().collect();
    Trait::ALL
        .iter()
        .copied()
        .filter(|t| {
            let scores = cards.iter().map(|c| c.score(*t).get());
            let (lo, hi) = scores.fold((u8::MAX, 0), |(lo, hi), s| (lo.min(s), hi.max(s)));
            hi >= lo.saturating_add(2) && hi > 0
        })
        .collect()
}

/// The questions every reference check asks, in order.
pub const REFERENCE_QUESTIONS: [&str; 3] = [
    "What did the candidate achieve in this assignment?",
    "How did they lead people through the change?",
    "Would you hire them again for the same situation, and why?",
];

/// One question asked of a referee and the answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReferenceAnswer {
    /// The question.
    pub question: ShortText,
    /// The answer, in the referee's words.
    pub answer: LongText,
}

/// A reference check.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReferenceCheck {
    /// The candidate.
    pub candidate_id: CandidateId,
    /// The referee's name.
    pub referee_name: PersonName,
    /// The referee's company.
    pub referee_company: ShortText,
    /// How the referee knows the candidate.
    pub relation: RefereeRelation,
    /// The role or assignment the reference concerns.
    pub assignment: ShortText,
    /// Questions and answers.
    pub answers: Vec<ReferenceAnswer>,
    /// The verdict.
    pub verdict: Verdict,
    /// When.
    pub checked_on: NaiveDate,
    /// Who took the reference.
    pub checked_by: UserId,
}

impl ReferenceCheck {
    /// Whether the referee works where the candidate works now: such a reference is flagged,
    /// since a colleague may not speak freely.
    pub fn same_company_as(&self, current_employer: Option<&str>) -> bool {
        current_employer
            .is_some_and(|c| c.trim().eq_ignore_ascii_case(self.referee_company.as_str()))
    }
}

/// A qualification decision.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QualificationDecision {
    /// The candidate.
    pub candidate_id: CandidateId,
    /// The outcome.
    pub outcome: QualificationOutcome,
    /// The reasons.
    pub reasons: RequiredText,
    /// Who decided.
    pub decided_by: UserId,
    /// When.
    pub decided_at: DateTime<Utc>,
    /// When a qualification lapses and must be renewed.
    pub expires_on: NaiveDate,
}

impl QualificationDecision {
    /// The default expiry for a decision taken on `day`.
    pub fn default_expiry(day: NaiveDate) -> NaiveDate {
        day.checked_add_months(Months::new(QUALIFICATION_MONTHS))
            .unwrap_or(day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card(scores: [i64; 7]) -> Scorecard {
        let entries: Vec<(Trait, i64, &str)> = Trait::ALL
            .iter()
            .zip(scores)
            .map(|(t, s)| (*t, s, "Told of the plant closure"))
            .collect();
        Scorecard::parse(&entries).expect("valid")
    }

    #[test]
    fn a_score_without_evidence_is_refused() {
        let mut entries: Vec<(Trait, i64, &str)> =
            Trait::ALL.iter().map(|t| (*t, 4, "evidence")).collect();
        entries[2].2 = "   ";
        let err = Scorecard::parse(&entries).expect_err("no evidence");
        assert_eq!(err.field, "scores.clear.evidence");
        entries[2].2 = "ok";
        entries.pop();
        let err = Scorecard::parse(&entries).expect_err("missing trait");
        assert_eq!(err.field, "scores.results.score");
        entries.push((Trait::ResultsDriven, 6, "x"));
        assert_eq!(
            Scorecard::parse(&entries).expect_err("range").field,
            "scores.results.score"
        );
    }

    #[test]
    fn profiles_average_and_disagreements_show() {
        let a = card([5, 4, 4, 3, 5, 5, 4]);
        let b = card([3, 4, 5, 3, 5, 5, 4]);
        let p = trait_profile([&a, &b]).expect("two cards");
        assert_eq!(p.0[0], 40);
        assert_eq!(p.0[2], 45);
        assert_eq!(disagreements([&a, &b]), vec![Trait::OperationalFromDayOne]);
        assert!(trait_profile(std::iter::empty()).is_none());
    }

    #[test]
    fn qualification_expires_after_24_months() {
        let d = NaiveDate::from_ymd_opt(2026, 2, 28).expect("date");
        assert_eq!(
            QualificationDecision::default_expiry(d),
            NaiveDate::from_ymd_opt(2028, 2, 28).expect("date")
        );
    }
}
