//! `GET /api/v1/occupations`: a title in any of the four languages names its ESCO occupation,
//! for staff and interim managers; bad input is named.

use axum::http::Method;

use crate::harness::{As, worlds};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_title_names_its_occupation_and_bad_input_is_named() {
    let world = worlds().await.remove(0);
    let answer = world
        .call(
            As::Consultant,
            Method::GET,
            "/api/v1/occupations?q=Interim%20%C3%B8konomisjef&limit=3",
            None,
        )
        .await;
    assert_eq!(answer.status, 200, "{:?}", answer.json);
    let first = &answer.json["results"][0];
    assert_eq!(first["isco_code"], "1211", "{first}");
    assert_eq!(first["label"], "financial manager");
    assert_eq!(first["matched_label"], "økonomisjef");
    assert_eq!(first["language"], "nb");
    assert!(
        first["uri"]
            .as_str()
            .is_some_and(|u| u.starts_with("http://data.europa.eu/esco/occupation/"))
    );
    assert!(
        first["confidence"]
            .as_f64()
            .is_some_and(|c| c > 0.9 && c <= 1.0)
    );
    assert!(
        answer.json["results"]
            .as_array()
            .is_some_and(|r| r.len() <= 3)
    );

    // A manager records their career with it too.
    let answer = world
        .call(
            As::ManagerP,
            Method::GET,
            "/api/v1/occupations?q=ekonomichef",
            None,
        )
        .await;
    assert_eq!(
        answer.json["results"][0]["isco_code"], "1211",
        "{:?}",
        answer.json
    );

    for (path, status, field) in [
        ("/api/v1/occupations?q=%20", 422, Some("q")),
        ("/api/v1/occupations?q=cfo&limit=0", 400, Some("limit")),
        ("/api/v1/occupations?q=cfo&top=3", 400, None),
    ] {
        let answer = world.call(As::Consultant, Method::GET, path, None).await;
        assert_eq!(answer.status, status, "{path}: {:?}", answer.json);
        if let Some(field) = field {
            assert_eq!(answer.json["field"], field, "{path}");
        }
    }
    let long = format!("/api/v1/occupations?q={}", "a".repeat(201));
    let answer = world.call(As::Consultant, Method::GET, &long, None).await;
    assert_eq!(answer.status, 422);
    assert_eq!(answer.json["field"], "q");
    let client = world
        .call(As::ClientA, Method::GET, "/api/v1/occupations?q=cfo", None)
        .await;
    assert_eq!(client.status, 403);
}
