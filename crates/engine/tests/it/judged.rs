//! Ranking quality on the hand-made judged set (`seed::judged`): the engine must rank the
//! judges' ideal candidates on top, and do better than BM25 over the same text behind the same
//! filters. A change that makes ranking worse fails here with the case named.

use chrono::NaiveDate;

use domain::ids::CandidateId;
use engine::quality::ndcg_at;
use engine::{Index, Query};

#[test]
fn the_engine_ranks_the_judged_set_well_and_beats_text_search() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date");
    let set = seed::judged::judged_set(today);
    let mut index = Index::new();
    for (i, c) in set.candidates.iter().enumerate() {
        index.upsert(CandidateId(i as i64 + 1), c);
    }
    let positions = |q: &Query| -> Vec<usize> {
        index
            .rank(q)
            .results
            .iter()
            .map(|r| (r.id.0 - 1) as usize)
            .collect()
    };
    let (mut engine_sum, mut text_sum) = (0.0, 0.0);
    for case in &set.cases {
        let mut q = Query::new(&case.mandate, &case.client, today);
        q.top = 10;
        let engine = ndcg_at(10, &positions(&q), &case.judgments);
        let text = ndcg_at(
            10,
            &positions(&Query::text_only(&case.mandate, &case.client, today, 10)),
            &case.judgments,
        );
        assert!(engine >= 0.85, "{}: nDCG@10 {engine:.3}", case.name);
        let top = positions(&q)[0];
        let grade = case
            .judgments
            .iter()
            .find(|(c, _)| *c == top)
            .map_or(0, |(_, g)| *g);
        assert!(
            grade >= 2,
            "{}: the first candidate should be judged good or ideal, is graded {grade}",
            case.name
        );
        engine_sum += engine;
        text_sum += text;
    }
    let n = set.cases.len() as f64;
    assert!(engine_sum / n >= 0.95, "mean nDCG@10 {:.3}", engine_sum / n);
    assert!(
        engine_sum > text_sum,
        "engine {:.3} vs BM25 {:.3}",
        engine_sum / n,
        text_sum / n
    );
}
