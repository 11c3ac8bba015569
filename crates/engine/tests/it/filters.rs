//! Every hard filter removes the candidate it should, the ranking counts it against that
//! filter, and "why is X not in the list?" names the filter with the numbers.

use chrono::Duration;

use domain::candidate::{InterimManager, SourceNetwork};
use domain::ids::CandidateId;
use domain::values::{Period, ShortText};
use domain::vocabulary::{Proficiency, ProfileKind, VettingStatus};
use engine::{Explanation, Filter, Index, Networks};

use crate::support::{ideal_for, mandates, query, today};

const IDEAL: CandidateId = CandidateId(1);
const BROKEN: CandidateId = CandidateId(2);

type Breakage = fn(&mut InterimManager);

/// Indexes the ideal candidate and a copy broken in one way; returns the explanation of the
/// broken one and the ranking's removed count for `filter`.
fn check(
    filter: Filter,
    breakage: Breakage,
    adjust: fn(&mut engine::Query),
    expected_reason: &str,
) {
    let (mandate, client) = mandates(1).remove(0);
    let ideal = ideal_for(&mandate, &client);
    let mut broken = ideal.clone();
    breakage(&mut broken);
    let mut index = Index::new();
    index.upsert(IDEAL, &ideal);
    index.upsert(BROKEN, &broken);
    let mut q = query(&mandate, &client, 10);
    adjust(&mut q);
    let ranking = index.rank(&q);
    let ids: Vec<CandidateId> = ranking.results.iter().map(|r| r.id).collect();
    assert_eq!(
        ids,
        vec![IDEAL],
        "{filter:?} should remove only the broken candidate"
    );
    assert_eq!(ranking.passed, 1);
    let removed: Vec<(Filter, usize)> = ranking
        .removed
        .iter()
        .filter(|(_, n)| *n > 0)
        .copied()
        .collect();
    assert_eq!(removed, vec![(filter, 1)], "counted against {filter:?}");
    match index.explain(&q, BROKEN) {
        Explanation::Removed(failures) => {
            assert_eq!(failures.len(), 1, "{failures:?}");
            assert_eq!(failures[0].filter, filter);
            assert!(
                failures[0].reason.contains(expected_reason),
                "{:?} lacks {expected_reason:?}",
                failures[0].reason
            );
        }
        other => panic!("{filter:?}: expected a removal, got {other:?}"),
    }
    match index.explain(&q, IDEAL) {
        Explanation::Ranked {
            position,
            passed,
            ranked,
        } => {
            assert_eq!((position, passed), (1, 1));
            assert!(ranked.passed_filters.contains(&filter));
        }
        other => panic!("the ideal candidate should rank, got {other:?}"),
    }
}

fn unchanged(_: &mut engine::Query) {}

#[test]
fn excluded_for_the_client() {
    check(
        Filter::Excluded,
        |_| {},
        |q| q.excluded.push(BROKEN),
        "excluded",
    );
}

#[test]
fn consent_run_out() {
    check(
        Filter::Consent,
        |c| c.consent_until = Some(today() - Duration::days(1)),
        unchanged,
        "consent ran out on 2026-11-21",
    );
}

#[test]
fn consent_stays_on_when_every_filter_is_switched_off() {
    // A legal limit, not a preference: switching it off changes nothing.
    check(
        Filter::Consent,
        |c| c.consent_until = None,
        |q| q.filters.off = Filter::ALL.to_vec(),
        "consent",
    );
}

#[test]
fn profile_kind_consultant() {
    check(
        Filter::ProfileKind,
        |c| c.profile_kind = ProfileKind::Consultant,
        unchanged,
        "profile kind is consultant",
    );
}

#[test]
fn vetting_expired_and_unvetted() {
    check(
        Filter::Vetting,
        |c| c.vetting.qualified_until = Some(today() - Duration::days(3)),
        unchanged,
        "qualification expired",
    );
    check(
        Filter::Vetting,
        |c| c.vetting.status = VettingStatus::Unvetted,
        unchanged,
        "vetting status: unvetted",
    );
}

#[test]
fn unvetted_come_in_flagged_when_asked_but_not_qualified_never() {
    let (mandate, client) = mandates(1).remove(0);
    let ideal = ideal_for(&mandate, &client);
    let mut unvetted = ideal.clone();
    unvetted.vetting.status = VettingStatus::Unvetted;
    let mut rejected = ideal.clone();
    rejected.vetting.status = VettingStatus::NotQualified;
    let mut index = Index::new();
    index.upsert(IDEAL, &ideal);
    index.upsert(BROKEN, &unvetted);
    index.upsert(CandidateId(3), &rejected);
    let mut q = query(&mandate, &client, 10);
    q.filters.include_unvetted = true;
    let ranking = index.rank(&q);
    let flags: Vec<(CandidateId, bool)> =
        ranking.results.iter().map(|r| (r.id, r.unvetted)).collect();
    assert_eq!(flags.len(), 2);
    assert!(
        flags.contains(&(IDEAL, false)) && flags.contains(&(BROKEN, true)),
        "{flags:?}"
    );
}

#[test]
fn network_own_only() {
    check(
        Filter::Network,
        |c| c.source = SourceNetwork::Partner(ShortText::parse("Globalise").expect("valid")),
        |q| q.filters.networks = Networks::OwnOnly,
        "partner network",
    );
}

#[test]
fn availability_late_start_and_bookings() {
    check(
        Filter::Availability,
        |c| c.availability.available_from = today() + Duration::days(400),
        unchanged,
        "days after the start",
    );
    check(
        Filter::Availability,
        |c| {
            c.availability
                .unavailable
                .push(Period::of_days(today(), 365))
        },
        unchanged,
        "not free from 2026-11-22",
    );
}

#[test]
fn a_placement_elsewhere_blocks_the_window() {
    let (mandate, client) = mandates(1).remove(0);
    let mut index = Index::new();
    index.upsert(IDEAL, &ideal_for(&mandate, &client));
    let q = query(&mandate, &client, 10);
    assert_eq!(index.rank(&q).passed, 1);
    index.set_bookings(
        IDEAL,
        &[Period::of_days(mandate.start_date + Duration::days(3), 30)],
    );
    let ranking = index.rank(&q);
    assert_eq!(ranking.passed, 0);
    assert!(ranking.removed.contains(&(Filter::Availability, 1)));
    index.set_bookings(IDEAL, &[]);
    assert_eq!(
        index.rank(&q).passed,
        1,
        "a cancelled booking frees the candidate again"
    );
}

#[test]
fn languages_missing_or_too_weak() {
    check(
        Filter::Languages,
        |c| c.languages.retain(|l| l.language.code() == "sv"),
        unchanged,
        "does not speak",
    );
    check(
        Filter::Languages,
        |c| {
            for l in &mut c.languages {
                l.level = Proficiency::A2;
            }
        },
        unchanged,
        "below the required",
    );
}

#[test]
fn rate_above_budget_and_tolerance() {
    check(
        Filter::Rate,
        |c| c.day_rate.amount *= 2,
        unchanged,
        "is above the budget",
    );
}

#[test]
fn distance_without_mobility() {
    check(
        Filter::Distance,
        |c| {
            c.home.lat = 69.65; // Tromsø
            c.home.lon = 18.96;
            c.mobility.relocate = false;
            c.mobility.travel = false;
            c.mobility.remote = false;
            c.mobility.max_commute_km = 60;
        },
        unchanged,
        "km from",
    );
}

#[test]
fn must_have_industry_and_situation() {
    check(
        Filter::MustHaveIndustry,
        |c| {
            let farming = domain::industry::Industry::parse("A01").expect("valid");
            for e in &mut c.track_record {
                e.industry = Some(farming);
            }
            c.specialisation.industries = vec![farming];
        },
        |q| q.must_industries.push(q.industry),
        "has not worked in",
    );
    check(
        Filter::MustHaveSituation,
        |c| {
            for e in &mut c.track_record {
                e.situation = None;
            }
        },
        |q| q.must_situations.push(q.situation),
        "has not handled",
    );
}

#[test]
fn every_failed_filter_is_named_and_counts_add_up() {
    let (mandate, client) = mandates(1).remove(0);
    let mut broken = ideal_for(&mandate, &client);
    broken.profile_kind = ProfileKind::Administrator;
    broken.day_rate.amount *= 3;
    broken.consent_until = None;
    let mut index = crate::support::pool(500);
    index.upsert(CandidateId(10_000), &broken);
    let q = query(&mandate, &client, 10);
    match index.explain(&q, CandidateId(10_000)) {
        Explanation::Removed(failures) => {
            let filters: Vec<Filter> = failures.iter().map(|f| f.filter).collect();
            assert_eq!(
                filters,
                vec![Filter::ProfileKind, Filter::Consent, Filter::Rate]
            );
        }
        other => panic!("expected a removal, got {other:?}"),
    }
    let ranking = index.rank(&q);
    let removed: usize = ranking.removed.iter().map(|(_, n)| n).sum();
    assert_eq!(ranking.considered, 501);
    assert_eq!(removed + ranking.passed, ranking.considered);
    assert_eq!(
        index.explain(&q, CandidateId(999_999)),
        Explanation::NotIndexed
    );
}

#[test]
fn the_column_pass_and_the_explanations_agree_on_every_candidate() {
    let index = crate::support::pool(1_200);
    for (n, (mandate, client)) in mandates(5).iter().enumerate() {
        let mut q = query(mandate, client, 10);
        match n {
            1 => q.filters.include_unvetted = true,
            2 => q.filters.networks = Networks::OwnOnly,
            3 => q.must_situations.push(q.situation),
            4 => q.filters.off.push(Filter::Availability),
            _ => {}
        }
        let ranking = index.rank(&q);
        let mut tally = [0usize; engine::FILTER_COUNT];
        let mut passed = 0;
        for id in 1..=1_200 {
            match index.explain(&q, CandidateId(id)) {
                Explanation::Removed(failures) => tally[failures[0].filter.index()] += 1,
                Explanation::Ranked { .. } => passed += 1,
                Explanation::NotIndexed => panic!("{id} is indexed"),
            }
        }
        assert_eq!(passed, ranking.passed, "case {n}");
        for (filter, count) in &ranking.removed {
            assert_eq!(tally[filter.index()], *count, "case {n}: {filter:?}");
        }
    }
}

#[test]
fn explaining_a_ranked_candidate_gives_the_ranking_s_own_position_and_reasons() {
    let index = crate::support::pool(1_000);
    for (mandate, client) in mandates(3) {
        let q = query(&mandate, &client, 10);
        let ranking = index.rank(&q);
        for (i, r) in ranking.results.iter().enumerate() {
            assert_eq!(
                index.explain(&q, r.id),
                Explanation::Ranked {
                    position: i + 1,
                    passed: ranking.passed,
                    ranked: r.clone()
                }
            );
        }
    }
}
