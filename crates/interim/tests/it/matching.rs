//! `interim match` end to end: a seeded SQLite file, the ranked list as stable JSON with
//! explanations that sum to the score, "why not?" for one candidate, and bad input refused.

use serde_json::Value;

use crate::{assert_one_line_error, interim, stdout};

fn seeded() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let db = dir.path().join("match.db");
    let out = interim(&db, &["seed", "--candidates", "3000", "--seed", "5"], "");
    assert!(out.status.success(), "{}", crate::stderr(&out));
    (dir, db)
}

#[test]
fn match_ranks_explains_and_refuses_bad_input() {
    let (_dir, db) = seeded();
    let out = interim(
        &db,
        &["match", "--mandate", "2", "--top", "7", "--format", "json"],
        "",
    );
    assert!(out.status.success(), "{}", crate::stderr(&out));
    let json: Value = serde_json::from_str(&stdout(&out)).expect("valid JSON");
    assert_eq!(json["mandate_id"], 2);
    assert_eq!(json["considered"], 3000);
    let results = json["results"].as_array().expect("results");
    assert!(
        !results.is_empty() && results.len() <= 7,
        "{} results",
        results.len()
    );
    let removed: u64 = json["removed"]
        .as_array()
        .expect("removed")
        .iter()
        .map(|r| r["count"].as_u64().expect("count"))
        .sum();
    assert_eq!(removed + json["passed"].as_u64().expect("passed"), 3000);
    let mut last = f64::INFINITY;
    for (i, r) in results.iter().enumerate() {
        assert_eq!(r["rank"], i + 1);
        let score = r["score"].as_f64().expect("score");
        assert!(score <= last, "ordered by score");
        last = score;
        let sum: f64 = r["contributions"]
            .as_array()
            .expect("contributions")
            .iter()
            .map(|c| c["value"].as_f64().expect("value"))
            .sum();
        assert!(
            (sum - score).abs() < 1e-4,
            "contributions {sum} vs score {score}"
        );
        assert!(
            r["passed_filters"]
                .as_array()
                .expect("filters")
                .iter()
                .any(|f| f == "availability")
        );
        assert!(!r["name"].as_str().expect("name").is_empty());
    }

    let first = results[0]["candidate_id"].as_i64().expect("id").to_string();
    let why = interim(&db, &["match", "--mandate", "2", "--why", &first], "");
    assert!(stdout(&why).contains("ranks 1 of"), "{}", stdout(&why));
    let removed_one = (1..=3000)
        .map(|id| id.to_string())
        .find(|id| {
            let o = interim(
                &db,
                &["match", "--mandate", "2", "--why", id, "--format", "json"],
                "",
            );
            serde_json::from_str::<Value>(&stdout(&o)).expect("json")["status"] == "removed"
        })
        .expect("some candidate is filtered out");
    let why_not = interim(&db, &["match", "--mandate", "2", "--why", &removed_one], "");
    assert!(
        stdout(&why_not).contains("is not in the list:"),
        "{}",
        stdout(&why_not)
    );

    assert_one_line_error(
        &interim(
            &db,
            &["match", "--mandate", "2", "--weights", "role=lots"],
            "",
        ),
        "--weights[0].role",
    );
    assert_one_line_error(
        &interim(
            &db,
            &["match", "--mandate", "2", "--weights", "charm=3"],
            "",
        ),
        "'charm' is not a criterion",
    );
    assert_one_line_error(
        &interim(&db, &["match", "--mandate", "999"], ""),
        "mandate 999 does not exist",
    );
    assert_one_line_error(
        &interim(&db, &["match", "--mandate", "2", "--why", "99999"], ""),
        "no interim manager with id 99999",
    );
}
