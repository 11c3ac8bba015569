//! The judged relevance set: hand-made interim-manager profiles and mandates with graded
//! judgments written as a senior consultant would grade them, to measure the matching
//! engine's ranking against an independent human judgment (nDCG and the like).
//!
//! Every profile is written on purpose (see the `people_*` files), and every judgment by hand
//! with the reason beside it (see the `cases_*` files). Nothing here is drawn at random: the
//! same `today` gives the same set, and every date is relative to it.

mod build;
mod cases_commercial;
mod cases_finance;
mod cases_leaders;
mod cases_operations;
mod cases_projects;
mod cases_supply;
mod cases_tech_hr;
mod intake;
mod people_commercial;
mod people_finance;
mod people_hr;
mod people_leaders;
mod people_logistics;
mod people_operations;
mod people_projects;
mod people_public;
mod people_supply;
mod people_tech;
mod places;

use chrono::NaiveDate;

use domain::candidate::InterimManager;
use domain::client::Client;
use domain::mandate::Mandate;

/// The hand-made pool and the mandates judged over it.
#[derive(Debug, Clone)]
pub struct JudgedSet {
    /// The hand-made profiles. A candidate is referred to by its position in this Vec.
    pub candidates: Vec<InterimManager>,
    /// The mandates with their graded judgments.
    pub cases: Vec<JudgedCase>,
}

/// One mandate with its client and the graded judgments of candidates for it.
#[derive(Debug, Clone)]
pub struct JudgedCase {
    /// A short name for the printed table, at most 44 characters: "CFO turnaround, Oslo machinery".
    pub name: &'static str,
    /// The mandate.
    pub mandate: Mandate,
    /// The client the mandate is for (its exclusions refer to `CandidateId(position + 1)`).
    pub client: Client,
    /// (position in `candidates`, grade): 3 = ideal, 2 = good, 1 = acceptable, 0 = wrong.
    /// Candidates not listed count as 0.
    pub judgments: Vec<(usize, u8)>,
}

/// The judged set as of `today`. Deterministic: the same `today` gives the same set. All
/// dates are relative to `today`.
pub fn judged_set(today: NaiveDate) -> JudgedSet {
    let people: Vec<build::Person> = [
        people_finance::people(),
        people_leaders::people(),
        people_public::people(),
        people_operations::people(),
        people_supply::people(),
        people_logistics::people(),
        people_projects::people(),
        people_tech::people(),
        people_hr::people(),
        people_commercial::people(),
    ]
    .concat();
    let pool = build::Pool::new(&people);
    let candidates = people.iter().map(|p| p.build(today)).collect();
    let cases = [
        cases_finance::cases(&pool, today),
        cases_leaders::cases(&pool, today),
        cases_operations::cases(&pool, today),
        cases_supply::cases(&pool, today),
        cases_projects::cases(&pool, today),
        cases_tech_hr::cases(&pool, today),
        cases_commercial::cases(&pool, today),
    ]
    .concat();
    JudgedSet { candidates, cases }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use chrono::Duration;
    use domain::mandate::Criterion;
    use domain::vocabulary::{Level, ProfileKind, SituationType};

    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
    }

    fn set() -> JudgedSet {
        judged_set(today())
    }

    #[test]
    fn every_candidate_and_mandate_is_valid() {
        let s = set();
        for (i, c) in s.candidates.iter().enumerate() {
            c.check()
                .unwrap_or_else(|e| panic!("candidate {i} ({}) invalid: {e}", c.name));
            assert!(!c.track_record.is_empty(), "{} has no track record", c.name);
            assert!(
                (2..=5).contains(&c.track_record.len()),
                "{}: track record of {}",
                c.name,
                c.track_record.len()
            );
            assert!(!c.summary.is_empty() && !c.cv_text.is_empty(), "{}", c.name);
            if let Some(t) = c.traits {
                assert!(t.0.iter().all(|s| (10..=50).contains(s)), "{}", c.name);
            }
        }
        for case in &s.cases {
            case.mandate
                .check()
                .unwrap_or_else(|e| panic!("mandate '{}' invalid: {e}", case.name));
            let start = (case.mandate.start_date - today()).num_days();
            assert!(
                (7..=60).contains(&start),
                "{}: starts in {start} days",
                case.name
            );
            assert!(
                (12..=52).contains(&case.mandate.duration_weeks),
                "{}",
                case.name
            );
            assert!(
                case.mandate.opened_at.date_naive() <= today(),
                "{}",
                case.name
            );
        }
    }

    #[test]
    fn the_set_is_large_enough() {
        let s = set();
        assert!(s.cases.len() >= 15, "only {} cases", s.cases.len());
        assert!(
            s.candidates.len() >= 240,
            "only {} candidates",
            s.candidates.len()
        );
    }

    #[test]
    fn judgments_are_in_range_unique_and_balanced() {
        let s = set();
        for case in &s.cases {
            let mut seen = HashSet::new();
            for (i, grade) in &case.judgments {
                assert!(*i < s.candidates.len(), "{}: index {i}", case.name);
                assert!(*grade <= 3, "{}: grade {grade}", case.name);
                assert!(
                    seen.insert(*i),
                    "{}: {} judged twice",
                    case.name,
                    s.candidates[*i].name
                );
            }
            let count = |g: u8| case.judgments.iter().filter(|(_, x)| *x == g).count();
            assert!(count(3) >= 2, "{}: fewer than two ideal", case.name);
            assert!(count(0) >= 3, "{}: fewer than three wrong", case.name);
            assert!(
                (12..=30).contains(&case.judgments.len()),
                "{}: {} judged",
                case.name,
                case.judgments.len()
            );
        }
    }

    #[test]
    fn names_are_unique_and_short() {
        let s = set();
        let mut cases = HashSet::new();
        for case in &s.cases {
            assert!(
                case.name.chars().count() <= 44,
                "'{}' is too long",
                case.name
            );
            assert!(cases.insert(case.name), "case '{}' twice", case.name);
        }
        let mut people = HashSet::new();
        for c in &s.candidates {
            assert!(people.insert(c.name.as_str()), "{} twice", c.name);
        }
    }

    #[test]
    fn the_set_is_deterministic() {
        let (a, b) = (set(), set());
        assert_eq!(a.candidates, b.candidates);
        assert_eq!(a.cases.len(), b.cases.len());
        for (x, y) in a.cases.iter().zip(&b.cases) {
            assert_eq!(x.name, y.name);
            assert_eq!(x.mandate, y.mandate);
            assert_eq!(x.client, y.client);
            assert_eq!(x.judgments, y.judgments);
        }
        let later = judged_set(today() + Duration::days(30));
        assert_eq!(
            later.cases[0].mandate.start_date - a.cases[0].mandate.start_date,
            Duration::days(30),
            "dates move with today"
        );
    }

    #[test]
    fn mandates_cover_every_situation_and_level() {
        let s = set();
        for sit in SituationType::ALL {
            assert!(
                s.cases.iter().any(|c| c.mandate.situation == *sit),
                "no mandate for {sit}"
            );
        }
        for level in Level::ALL {
            assert!(
                s.cases.iter().any(|c| c.mandate.level == *level),
                "no mandate at {level}"
            );
        }
    }

    /// The hand judgments are independent of the engine, but an ideal candidate must still
    /// be someone the consultant could present: a qualified interim leader with consent, free
    /// in the window, within budget, speaking the required languages and not excluded.
    #[test]
    fn ideal_candidates_are_presentable() {
        let s = set();
        let day = today();
        for case in &s.cases {
            let m = &case.mandate;
            let window = m.window();
            for (i, grade) in &case.judgments {
                if *grade < 3 {
                    continue;
                }
                let c = &s.candidates[*i];
                let who = format!("{}: {}", case.name, c.name);
                assert_eq!(c.profile_kind, ProfileKind::InterimLeader, "{who}");
                assert!(c.vetting.is_qualified_on(day), "{who}: not qualified");
                assert!(c.consent_until.is_some_and(|d| d >= day), "{who}: consent");
                assert!(
                    c.availability.available_from <= m.start_date,
                    "{who}: not free"
                );
                assert!(
                    c.availability
                        .unavailable
                        .iter()
                        .all(|p| !p.overlaps(&window)),
                    "{who}: booked in the window"
                );
                assert!(
                    c.day_rate.amount <= m.budget_day_rate.amount * 11 / 10,
                    "{who}: rate {}",
                    c.day_rate
                );
                assert!(
                    !case
                        .client
                        .excluded_candidates
                        .contains(&domain::ids::CandidateId(*i as i64 + 1)),
                    "{who}: excluded"
                );
                for need in m.must_haves() {
                    if let Criterion::Language {
                        language,
                        min_level,
                    } = need
                    {
                        assert!(
                            c.languages
                                .iter()
                                .any(|l| l.language == *language && l.level >= *min_level),
                            "{who}: lacks {language}"
                        );
                    }
                }
            }
        }
    }

    /// Every case holds a keyword trap: a consultant or administrator whose CV reads like the
    /// mandate. Such a person is never a fit for an interim leadership role.
    #[test]
    fn every_case_has_a_non_leader_trap() {
        let s = set();
        for case in &s.cases {
            let mut traps = 0;
            for (i, grade) in &case.judgments {
                let c = &s.candidates[*i];
                if c.profile_kind != ProfileKind::InterimLeader {
                    assert_eq!(*grade, 0, "{}: {} is not a leader", case.name, c.name);
                    traps += 1;
                }
            }
            assert!(
                traps >= 1,
                "{}: no consultant or administrator judged",
                case.name
            );
        }
    }

    #[test]
    fn exclusions_name_judged_people() {
        let s = set();
        for case in &s.cases {
            for id in &case.client.excluded_candidates {
                let i = (id.0 - 1) as usize;
                assert!(i < s.candidates.len(), "{}: exclusion {id}", case.name);
            }
        }
    }
}
