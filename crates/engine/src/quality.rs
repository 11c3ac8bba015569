//! How good a ranking is against graded judgments: nDCG, the measure `interim eval` prints.

/// Normalised discounted cumulative gain at `k` with gains `2^grade - 1`: 1.0 when the list
/// is the ideal ordering of the judged candidates, 0.0 when it holds none of them. Candidates
/// are numbered as the judgments number them; unjudged ones count as grade 0.
pub fn ndcg_at(k: usize, ranked: &[usize], judgments: &[(usize, u8)]) -> f64 {
    let grade = |candidate: usize| {
        judgments
            .iter()
            .find(|(c, _)| *c == candidate)
            .map_or(0, |(_, g)| *g)
    };
    let gain = |g: u8| f64::from((1u32 << g) - 1);
    let discount = |i: usize| (i as f64 + 2.0).log2();
    let dcg: f64 = ranked
        .iter()
        .take(k)
        .enumerate()
        .map(|(i, c)| gain(grade(*c)) / discount(i))
        .sum();
    let mut ideal: Vec<u8> = judgments.iter().map(|(_, g)| *g).collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal
        .iter()
        .take(k)
        .enumerate()
        .map(|(i, g)| gain(*g) / discount(i))
        .sum();
    if idcg == 0.0 { 0.0 } else { dcg / idcg }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ideal_order_scores_one_and_nothing_scores_zero() {
        let judged = [(1, 3), (2, 2), (3, 1)];
        assert!((ndcg_at(10, &[1, 2, 3], &judged) - 1.0).abs() < 1e-12);
        assert_eq!(ndcg_at(10, &[7, 8, 9], &judged), 0.0);
        let swapped = ndcg_at(10, &[3, 2, 1], &judged);
        assert!(swapped > 0.0 && swapped < 1.0, "{swapped}");
        assert!(
            ndcg_at(10, &[2, 1, 3], &judged) > swapped,
            "a small swap costs less than a reversal"
        );
        assert!(ndcg_at(1, &[2, 1], &judged) < 1.0, "the cut-off counts");
    }
}
