//! Snapshots of the top ten, with every reason, for fixed mandates on a fixed seed: a change
//! in ranking behaviour shows up as a readable diff in review.

use std::fmt::Write;

use domain::ids::CandidateId;
use engine::{Explanation, Query};

use crate::support::{candidate, mandates, pool, query};

fn render(index: &engine::Index, q: &Query) -> String {
    let ranking = index.rank(q);
    let mut out = String::new();
    let removed: Vec<String> = ranking
        .removed
        .iter()
        .map(|(f, n)| format!("{} {n}", f.code()))
        .collect();
    let _ = writeln!(
        out,
        "considered {} · passed {} · removed: {}",
        ranking.considered,
        ranking.passed,
        removed.join(", ")
    );
    for (i, r) in ranking.results.iter().enumerate() {
        let c = candidate((r.id.0 - 1) as u64);
        let _ = writeln!(
            out,
            "{:>2}. #{:<5} {:.4}  {}",
            i + 1,
            r.id.0,
            r.score,
            c.headline.as_str()
        );
        let parts: Vec<String> = r
            .contributions
            .iter()
            .map(|(c, v)| format!("{} {v:.4}", c.code()))
            .collect();
        let _ = writeln!(out, "    {}", parts.join(" "));
        let _ = writeln!(out, "    matched: {}", r.matched_terms.join(" "));
        for (c, note) in &r.notes {
            let _ = writeln!(out, "    note: {} {note}", c.code());
        }
    }
    out
}

#[test]
fn top_ten_of_fixed_mandates() {
    let index = pool(2_000);
    for (n, (mandate, client)) in mandates(4).iter().enumerate() {
        let q = query(mandate, client, 10);
        insta::assert_snapshot!(
            format!("mandate_{n}"),
            render(&index, &q),
            mandate.title.as_str()
        );
    }
}

#[test]
fn why_not_in_the_list() {
    let index = pool(2_000);
    let (mandate, client) = mandates(1).remove(0);
    let q = query(&mandate, &client, 10);
    let mut lines = Vec::new();
    for id in 1..=12 {
        let line = match index.explain(&q, CandidateId(id)) {
            Explanation::Removed(failures) => failures
                .iter()
                .map(|f| format!("{}: {}", f.filter.code(), f.reason))
                .collect::<Vec<_>>()
                .join(" | "),
            Explanation::Ranked {
                position,
                passed,
                ranked,
            } => format!("ranked {position} of {passed}, score {:.4}", ranked.score),
            Explanation::NotIndexed => "not indexed".to_owned(),
        };
        lines.push(format!("#{id}: {line}"));
    }
    insta::assert_snapshot!(lines.join("\n"));
}
