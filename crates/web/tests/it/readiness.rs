//! `/readyz` in each of its states, on SQLite and PostgreSQL: not ready while the match index
//! loads, not ready while the change feed is not followed, ready once both are, with the
//! index's size and the feed's state in the body.

use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use tower::ServiceExt;
use web::AppState;

use crate::harness::worlds;

async fn readyz(state: &AppState) -> (StatusCode, serde_json::Value) {
    let response = web::app(state.clone())
        .oneshot(
            Request::get("/readyz")
                .body(Body::empty())
                .expect("request"),
        )
        .await
        .expect("answer");
    let status = response.status();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    (status, serde_json::from_slice(&bytes).expect("a JSON body"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn readiness_tells_which_part_is_missing() {
    for world in worlds().await {
        let backend = world.state.backend();
        let people = world.store.count_candidates().await.expect("count");

        // A server whose index is still loading.
        let loading = AppState::new(service::Service::new(world.store.clone()));
        let (status, body) = readyz(&loading).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{backend}: {body}");
        assert_eq!(body["status"], "match index loading", "{backend}: {body}");
        assert_eq!(body["database"], "ok");
        assert_eq!(body["index"]["loaded"], false);

        // The harness loads an index by hand and never follows the feed.
        let (status, body) = readyz(&world.state).await;
        assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE, "{backend}: {body}");
        assert_eq!(
            body["status"], "change feed not followed",
            "{backend}: {body}"
        );
        assert_eq!(body["feed"]["followed"], false);

        // A server as `interim serve` runs it: loaded, then following.
        let running = service::Service::new(world.store.clone());
        let follower = tokio::spawn(running.follow(|_, _| {}));
        let state = AppState::new(running);
        let deadline = Instant::now() + Duration::from_secs(60);
        let body = loop {
            let (status, body) = readyz(&state).await;
            if status == StatusCode::OK {
                break body;
            }
            assert!(Instant::now() < deadline, "{backend}: never ready: {body}");
            tokio::time::sleep(Duration::from_millis(20)).await;
        };
        assert_eq!(body["status"], "ready", "{backend}: {body}");
        assert_eq!(body["index"]["candidates"], people, "{backend}: {body}");
        assert_eq!(body["feed"]["followed"], true, "{backend}: {body}");
        assert!(
            body["feed"]["applied_through"]
                .as_i64()
                .is_some_and(|n| n > 0),
            "{backend}: {body}"
        );
        follower.abort();
    }
}
