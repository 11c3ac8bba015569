//! The OpenAPI document describes every route of the route table, each with its error answers,
//! and is served as JSON.

use axum::http::Method;

use crate::harness::{As, worlds};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_spec_describes_every_route_and_is_served() {
    let spec = serde_json::to_value(<web::openapi::ApiDoc as utoipa::OpenApi>::openapi())
        .expect("spec as JSON");
    let mut missing = Vec::new();
    for (method, path, _) in web::api::route_table() {
        let operation = &spec["paths"][path][method.as_str().to_lowercase()];
        if operation.is_null() {
            missing.push(format!("{method} {path}"));
            continue;
        }
        let responses = operation["responses"].as_object().expect("responses");
        assert!(
            responses.keys().any(|k| k.starts_with('2')),
            "{method} {path} has no success answer"
        );
        if path != "/api/v1/openapi.json" {
            assert!(
                responses.keys().any(|k| k.starts_with('4')),
                "{method} {path} lists no error answer"
            );
        }
    }
    assert!(
        missing.is_empty(),
        "routes missing from the OpenAPI document: {missing:?}"
    );
    let described: usize = spec["paths"]
        .as_object()
        .expect("paths")
        .values()
        .map(|p| p.as_object().expect("ops").len())
        .sum();
    assert_eq!(
        described,
        web::api::route_table().len(),
        "the document describes routes that do not exist"
    );
    assert!(spec["components"]["schemas"]["ErrorBody"].is_object());

    let world = worlds().await.remove(0);
    let served = world
        .call(As::Anonymous, Method::GET, "/api/v1/openapi.json", None)
        .await;
    assert_eq!(served.status, 200);
    assert_eq!(
        served.json["openapi"].as_str().map(|v| v.starts_with('3')),
        Some(true)
    );
    assert_eq!(served.json["paths"], spec["paths"]);
}
