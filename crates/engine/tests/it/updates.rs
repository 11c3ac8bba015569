//! Upserts and removals are visible to the next query, and an index that has been through
//! many updates ranks exactly like one built fresh from the same candidates.

use domain::ids::CandidateId;
use domain::values::{LongText, Period, ShortText};
use engine::{Explanation, Filter, Index};

use crate::support::{candidate, ideal_for, mandates, pool, query};

#[test]
fn an_upsert_is_visible_to_the_next_query_and_a_removal_too() {
    let (mandate, client) = mandates(1).remove(0);
    let mut index = pool(300);
    let q = query(&mandate, &client, 5);
    let before = index.rank(&q);
    let newcomer = CandidateId(5_000);
    index.upsert(newcomer, &ideal_for(&mandate, &client));
    assert_eq!(index.len(), 301);
    let after = index.rank(&q);
    assert_eq!(after.passed, before.passed + 1);
    assert!(
        after.results.iter().any(|r| r.id == newcomer),
        "the ideal newcomer should make the top 5"
    );

    assert!(index.remove(newcomer));
    assert!(!index.remove(newcomer), "a second removal finds nothing");
    assert_eq!(index.rank(&q), before);
    assert_eq!(index.explain(&q, newcomer), Explanation::NotIndexed);
}

#[test]
fn changing_availability_in_place_and_text_in_a_new_slot_both_show() {
    let (mandate, client) = mandates(1).remove(0);
    let mut index = pool(200);
    let id = CandidateId(9_000);
    let mut c = ideal_for(&mandate, &client);
    index.upsert(id, &c);
    let q = query(&mandate, &client, 300);

    c.availability
        .unavailable
        .push(Period::of_days(mandate.start_date, 10));
    index.upsert(id, &c);
    match index.explain(&q, id) {
        Explanation::Removed(f) => assert_eq!(f[0].filter, Filter::Availability),
        other => panic!("expected the new unavailability to remove them, got {other:?}"),
    }

    c.availability.unavailable.clear();
    let matched = |index: &Index| match index.explain(&q, id) {
        Explanation::Ranked { ranked, .. } => ranked.matched_terms,
        other => panic!("expected a ranking, got {other:?}"),
    };
    index.upsert(id, &c);
    let word = "zanzibarisation";
    assert!(!matched(&index).iter().any(|t| t == word));
    c.headline = ShortText::parse(&format!("{} {word}", c.headline.as_str())).expect("valid");
    c.summary = LongText::parse(&format!("{} {word}", c.summary.as_str())).expect("valid");
    index.upsert(id, &c);
    let mut q2 = q.clone();
    q2.terms.push(engine::QueryTerm {
        term: engine::text::terms(word).remove(0),
        word: word.into(),
        weight: 1.0,
    });
    match index.explain(&q2, id) {
        Explanation::Ranked { ranked, .. } => {
            assert!(ranked.matched_terms.iter().any(|t| t == word))
        }
        other => panic!("expected a ranking, got {other:?}"),
    }
    assert_eq!(index.len(), 201, "an upsert replaces, never duplicates");
}

#[test]
fn the_name_and_headline_a_ranked_list_shows_follow_every_upsert() {
    let (mandate, client) = mandates(1).remove(0);
    let mut index = pool(50);
    let id = CandidateId(7_000);
    let mut c = ideal_for(&mandate, &client);
    index.upsert(id, &c);
    assert_eq!(
        index.label(id),
        Some((c.name.as_str(), c.headline.as_str()))
    );
    // A new name alone takes the in-place path (the text is unchanged).
    c.name = domain::values::PersonName::parse("Ingrid Haugland").expect("name");
    index.upsert(id, &c);
    assert_eq!(index.label(id).map(|l| l.0), Some("Ingrid Haugland"));
    // A new headline takes a new slot.
    c.headline = ShortText::parse("Interim CFO for shipyards").expect("headline");
    index.upsert(id, &c);
    assert_eq!(
        index.label(id),
        Some(("Ingrid Haugland", "Interim CFO for shipyards"))
    );
    index.remove(id);
    assert_eq!(index.label(id), None);
}

#[test]
fn an_index_after_many_updates_ranks_like_a_fresh_one() {
    let all = mandates(6);
    let mut churned = Index::new();
    for i in 0..3_000u64 {
        churned.upsert(CandidateId(i as i64 + 1), &candidate(i));
    }
    // Rewrite the text of some, remove two thirds (which compacts on the way).
    for i in (0..3_000u64).step_by(7) {
        let mut c = candidate(i);
        c.summary = LongText::parse(&format!(
            "{} Rewritten after a new assignment.",
            c.summary.as_str()
        ))
        .expect("valid");
        churned.upsert(CandidateId(i as i64 + 1), &c);
    }
    for i in (0..3_000u64).filter(|i| i % 3 != 0) {
        churned.remove(CandidateId(i as i64 + 1));
    }
    let mut fresh = Index::new();
    for i in (0..3_000u64).filter(|i| i % 3 == 0) {
        let mut c = candidate(i);
        if i % 7 == 0 {
            c.summary = LongText::parse(&format!(
                "{} Rewritten after a new assignment.",
                c.summary.as_str()
            ))
            .expect("valid");
        }
        fresh.upsert(CandidateId(i as i64 + 1), &c);
    }
    assert_eq!(churned.len(), fresh.len());
    for (mandate, client) in &all {
        let q = query(mandate, client, 25);
        assert_eq!(
            churned.rank(&q),
            fresh.rank(&q),
            "{}",
            mandate.title.as_str()
        );
    }
}
