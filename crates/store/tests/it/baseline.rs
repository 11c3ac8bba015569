//! The full-text baselines: what they return honours every hard filter, and text matters.

use std::sync::Arc;

use domain::ids::CandidateId;
use domain::language::Language;
use domain::vocabulary::{Proficiency, ProfileKind};
use seed::Generator;
use store::baseline::BaselineQuery;
use store::{DatabaseUrl, Store};

use crate::backend_test;
use crate::harness::today;

fn query(terms: &[&str]) -> BaselineQuery {
    BaselineQuery {
        terms: terms.iter().map(|t| (*t).to_owned()).collect(),
        languages: vec![("en".into(), vec!["c1", "c2", "native"])],
        qualified_only: true,
        profile_kinds: vec!["interim_leader"],
        max_day_rate: 18_000,
        currency: "NOK",
        available_by: today() + chrono::Duration::days(30),
        today: today(),
        lat: 59.9139,
        lon: 10.7522,
        max_km: 500.0,
        top: 50,
    }
}

backend_test!(baseline_results_honour_every_filter, with_url |store: Arc<dyn Store>, url: DatabaseUrl| async move {
    let g = Generator::new(5, today());
    let people: Vec<_> = (0..400).map(|i| g.candidate(i)).collect();
    store.insert_candidates(&people).await.expect("insert");
    let baseline = store::baseline::connect(&url).await.expect("baseline");
    baseline.prepare().await.expect("prepare");

    let q = query(&["turnaround", "refinancing", "plant"]);
    let found = baseline.search(&q).await.expect("search");
    assert!(!found.is_empty(), "{} found nobody", baseline.name());
    let english = Language::parse("en").expect("en");
    for id in &found {
        let c = store.candidate(CandidateId(*id)).await.expect("candidate");
        assert!(c.vetting.is_qualified_on(today()), "{id} is not qualified");
        assert_eq!(c.profile_kind, ProfileKind::InterimLeader);
        assert!(c.day_rate.amount <= 18_000);
        assert!(c.availability.available_from <= q.available_by);
        assert!(c.consent_until.is_some_and(|d| d >= today()));
        assert!(c.languages.iter().any(|l| l.language == english && l.level >= Proficiency::C1), "{id} lacks English C1");
        let km = domain::values::distance_km(c.home.lat, c.home.lon, q.lat, q.lon);
        assert!(c.mobility.relocate || km < 900.0, "{id} lives {km} km away and will not relocate");
    }
    let nothing = baseline.search(&query(&["xylophonist"])).await.expect("search");
    assert!(nothing.is_empty(), "a word nobody uses must match nobody");
    match baseline.search(&query(&["--", "  "])).await {
        Err(store::Error::Invalid(e)) => assert_eq!(e.field, "terms"),
        other => panic!("a search without words should be refused, got {other:?}"),
    }
});
