//! The availability criterion prefers availability confirmed recently, judged on the query's
//! day: fresher ranks higher, stale and never-confirmed candidates still rank, and the
//! explanation says when the confirmation lowered the value.

use chrono::{Duration, NaiveTime};

use domain::candidate::InterimManager;
use domain::ids::CandidateId;
use engine::{Criterion, Explanation, Index, Ranked, STALE_AVAILABILITY_FLOOR};

use crate::support::{ideal_for, mandates, query, today};

const NEVER: CandidateId = CandidateId(1);
const STALE: CandidateId = CandidateId(2);
const FRESH: CandidateId = CandidateId(3);

/// The ideal candidate for the first mandate, confirmed `days_ago` days before the fixture day
/// (at noon UTC), or never.
fn confirmed(ideal: &InterimManager, days_ago: Option<i64>) -> InterimManager {
    let mut c = ideal.clone();
    c.availability.confirmed_at = days_ago.map(|d| {
        (today() - Duration::days(d))
            .and_time(NaiveTime::from_hms_opt(12, 0, 0).expect("valid time"))
            .and_utc()
    });
    c
}

fn availability(r: &Ranked) -> f32 {
    r.contributions
        .iter()
        .find(|(c, _)| *c == Criterion::Availability)
        .map_or(0.0, |(_, v)| *v)
}

/// The availability notes of a candidate's explanation.
fn notes(index: &Index, q: &engine::Query, id: CandidateId) -> Vec<(Criterion, String)> {
    match index.explain(q, id) {
        Explanation::Ranked { ranked, .. } => ranked
            .notes
            .into_iter()
            .filter(|(c, _)| *c == Criterion::Availability)
            .collect(),
        other => panic!("{id} should rank, got {other:?}"),
    }
}

#[test]
fn fresher_availability_ranks_higher_and_stale_still_ranks() {
    let (mandate, client) = mandates(1).remove(0);
    let ideal = ideal_for(&mandate, &client);
    // Ids run against freshness, so the tie-break by id cannot produce the expected order.
    let mut index = Index::new();
    index.upsert(NEVER, &confirmed(&ideal, None));
    index.upsert(STALE, &confirmed(&ideal, Some(120)));
    index.upsert(FRESH, &confirmed(&ideal, Some(3)));
    let q = query(&mandate, &client, 10);
    let ranking = index.rank(&q);

    let ids: Vec<CandidateId> = ranking.results.iter().map(|r| r.id).collect();
    assert_eq!(
        ids,
        vec![FRESH, STALE, NEVER],
        "all three rank, freshest first"
    );
    let [fresh, stale, never] = [0, 1, 2].map(|i| &ranking.results[i]);
    assert!(availability(fresh) > availability(stale));
    assert!(availability(stale) > availability(never));
    assert!(availability(never) > 0.0, "never confirmed still counts");
    // Only availability differs between the three.
    for other in [stale, never] {
        for ((c, a), (_, b)) in fresh.contributions.iter().zip(&other.contributions) {
            if *c != Criterion::Availability {
                assert_eq!(a, b, "{c:?} of {}", other.id);
            }
        }
    }
    // A preference, not a filter: never confirmed costs at most the floor's share of the
    // availability weight.
    let most = (1.0 - STALE_AVAILABILITY_FLOOR) * q.weights.get(Criterion::Availability);
    assert!(fresh.score - never.score <= most + 1e-6);

    assert_eq!(notes(&index, &q, FRESH), Vec::new());
    let stale_on = today() - Duration::days(120);
    assert_eq!(
        notes(&index, &q, STALE),
        vec![(
            Criterion::Availability,
            format!("last confirmed on {stale_on}, 120 days ago: counted at 70 %")
        )]
    );
    assert_eq!(
        notes(&index, &q, NEVER),
        vec![(
            Criterion::Availability,
            "never confirmed: counted at 50 %".to_owned()
        )]
    );
}

#[test]
fn the_age_of_a_confirmation_is_counted_to_the_query_day() {
    let (mandate, client) = mandates(1).remove(0);
    let ideal = ideal_for(&mandate, &client);
    let mut index = Index::new();
    index.upsert(FRESH, &confirmed(&ideal, Some(3)));
    let mut q = query(&mandate, &client, 10);
    assert_eq!(notes(&index, &q, FRESH), Vec::new());
    // The same index asked 100 days later: the confirmation is 103 days old on that day.
    q.today += Duration::days(100);
    let confirmed_on = today() - Duration::days(3);
    assert_eq!(
        notes(&index, &q, FRESH),
        vec![(
            Criterion::Availability,
            format!("last confirmed on {confirmed_on}, 103 days ago: counted at 76 %")
        )]
    );
}
