//! Properties that hold for every query: the contributions of a ranked candidate sum exactly
//! to its score, every score is within 0 to 1, the list is ordered, and a shorter list is the
//! top of a longer one.

use std::sync::LazyLock;

use proptest::prelude::*;

use domain::client::Client;
use domain::mandate::Mandate;
use engine::{Criterion, Filter, Index, Weights};

use crate::support::{mandates, pool, query};

static POOL: LazyLock<Index> = LazyLock::new(|| pool(1_500));
static MANDATES: LazyLock<Vec<(Mandate, Client)>> = LazyLock::new(|| mandates(40));

fn weights() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(0u8..=40, engine::CRITERION_COUNT)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn contributions_sum_to_the_score(
        m in 0usize..40,
        raw in weights(),
        off in proptest::collection::vec(0usize..engine::FILTER_COUNT, 0..6),
        unvetted in any::<bool>(),
        top in 1usize..60,
    ) {
        let (mandate, client) = &MANDATES[m];
        let mut q = query(mandate, client, top);
        let spec: Vec<String> = Criterion::ALL.iter().zip(&raw).map(|(c, w)| format!("{}={w}", c.code())).collect();
        if let Ok(w) = Weights::for_situation(mandate.situation).with_overrides(&spec.join(",")) {
            q.weights = w;
        }
        q.filters.off = off.iter().map(|i| Filter::ALL[*i]).collect();
        q.filters.include_unvetted = unvetted;
        let ranking = POOL.rank(&q);
        prop_assert!(ranking.results.len() <= top);
        for r in &ranking.results {
            let sum: f32 = r.contributions.iter().map(|(_, c)| c).sum();
            prop_assert_eq!(sum, r.score, "contributions of {} must sum to the score", r.id);
            prop_assert!((0.0..=1.0 + 1e-5).contains(&r.score));
            for (c, v) in &r.contributions {
                prop_assert!(*v >= 0.0 && *v <= q.weights.get(*c) + 1e-6, "{c:?} {v}");
            }
        }
        for pair in ranking.results.windows(2) {
            prop_assert!(pair[0].score > pair[1].score || (pair[0].score == pair[1].score && pair[0].id < pair[1].id));
        }
        let longer = POOL.rank(&engine::Query { top: top + 20, ..q.clone() });
        prop_assert_eq!(&longer.results[..ranking.results.len()], &ranking.results[..]);
    }
}
