//! `interim eval`: ranking quality on the built-in judged set (hand-made profiles and
//! mandates with graded judgments, `seed::judged`), as nDCG@10 for the match engine, for BM25
//! over the same text behind the same hard filters, and for BM25 alone (a keyword search).

use chrono::NaiveDate;

use domain::ids::CandidateId;
use engine::quality::ndcg_at;
use engine::{Filters, Index, Query};

/// Cut-off of the measure.
const K: usize = 10;

/// Prints nDCG@10 per case and the mean, for the engine and the two baselines.
pub fn run(today: NaiveDate) -> anyhow::Result<()> {
    let set = seed::judged::judged_set(today);
    let mut index = Index::new();
    for (i, c) in set.candidates.iter().enumerate() {
        index.upsert(CandidateId(i as i64 + 1), c);
    }
    println!(
        "judged set: {} mandates, {} hand-made profiles, {} graded judgments ({} above grade 0)",
        set.cases.len(),
        set.candidates.len(),
        set.cases.iter().map(|c| c.judgments.len()).sum::<usize>(),
        set.cases
            .iter()
            .map(|c| c.judgments.iter().filter(|(_, g)| *g > 0).count())
            .sum::<usize>()
    );
    println!("nDCG@10 (gain 2^grade - 1; 1.0 = the judges' own order)");
    println!();
    println!(
        "{:<44} {:>8} {:>16} {:>10}",
        "mandate", "engine", "BM25 + filters", "BM25 only"
    );
    let mut sums = [0.0; 3];
    for case in &set.cases {
        let mut engine = Query::new(&case.mandate, &case.client, today);
        engine.top = K;
        let filtered = Query::text_only(&case.mandate, &case.client, today, K);
        let mut keyword = filtered.clone();
        keyword.filters = Filters::none();
        let scores =
            [engine, filtered, keyword].map(|q| ndcg_at(K, &ids(&index.rank(&q)), &case.judgments));
        for (sum, s) in sums.iter_mut().zip(scores) {
            *sum += s;
        }
        println!(
            "{:<44} {:>8.3} {:>16.3} {:>10.3}",
            case.name, scores[0], scores[1], scores[2]
        );
    }
    print_mean(sums, set.cases.len());
    Ok(())
}

/// Prints the mean row of a table of three nDCG columns.
pub fn print_mean(sums: [f64; 3], cases: usize) {
    let n = cases.max(1) as f64;
    println!(
        "{:<44} {:>8.3} {:>16.3} {:>10.3}",
        "mean",
        sums[0] / n,
        sums[1] / n,
        sums[2] / n
    );
}

/// Positions in a set's candidate list (ids 1, 2, ... in list order), best first.
pub fn ids(ranking: &engine::Ranking) -> Vec<usize> {
    ranking
        .results
        .iter()
        .map(|r| (r.id.0 - 1) as usize)
        .collect()
}
