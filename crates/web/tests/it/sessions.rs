//! Sessions end to end: sign-in with a fresh id and a CSRF token, cookie flags, CSRF refusals,
//! sign-out that kills the session on the server, throttled sign-in, stale writes, and bad
//! input answered by name.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use serde_json::json;

use crate::harness::{As, PASSWORD, World, worlds};

fn sign_in_request(email: &str, password: &str) -> Request<Body> {
    Request::builder()
        .method(Method::POST)
        .uri("/api/v1/session")
        .header("content-type", "application/json")
        .body(Body::from(
            json!({ "email": email, "password": password }).to_string(),
        ))
        .expect("request")
}

async fn sign_in(world: &World, email: &str) -> (String, String) {
    let answer = world.send(sign_in_request(email, PASSWORD)).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.json);
    let cookie = answer.headers["set-cookie"]
        .to_str()
        .expect("cookie")
        .to_owned();
    for flag in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(flag), "{cookie} lacks {flag}");
    }
    let pair = cookie.split(';').next().expect("pair").to_owned();
    (
        pair,
        answer.json["csrf_token"].as_str().expect("csrf").to_owned(),
    )
}

fn with_cookie(
    method: Method,
    path: &str,
    cookie: &str,
    csrf: Option<&str>,
    body: Option<serde_json::Value>,
) -> Request<Body> {
    let mut r = Request::builder()
        .method(method)
        .uri(path)
        .header("cookie", cookie)
        .header("host", "interim.test");
    if let Some(token) = csrf {
        r = r.header("x-csrf-token", token);
    }
    match body {
        Some(b) => r
            .header("content-type", "application/json")
            .body(Body::from(b.to_string())),
        None => r.body(Body::empty()),
    }
    .expect("request")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_csrf_and_sign_out() {
    for world in worlds().await {
        let (cookie, csrf) = sign_in(&world, "consultant@interim.test").await;
        let (second, _) = sign_in(&world, "consultant@interim.test").await;
        assert_ne!(cookie, second, "every sign-in gets a new session id");

        let me = world
            .send(with_cookie(Method::GET, "/api/v1/me", &cookie, None, None))
            .await;
        assert_eq!(
            (me.status.as_u16(), me.json["role"].as_str()),
            (200, Some("consultant"))
        );

        let token_body = Some(json!({ "name": "from the browser" }));
        let no_token = world
            .send(with_cookie(
                Method::POST,
                "/api/v1/tokens",
                &cookie,
                None,
                token_body.clone(),
            ))
            .await;
        assert_eq!(
            (no_token.status.as_u16(), no_token.json["code"].as_str()),
            (403, Some("csrf_refused"))
        );
        let mut cross = with_cookie(
            Method::POST,
            "/api/v1/tokens",
            &cookie,
            Some(&csrf),
            token_body.clone(),
        );
        cross
            .headers_mut()
            .insert("sec-fetch-site", "cross-site".parse().expect("header"));
        assert_eq!(world.send(cross).await.json["code"], "csrf_refused");
        let mut other_origin = with_cookie(
            Method::POST,
            "/api/v1/tokens",
            &cookie,
            Some(&csrf),
            token_body.clone(),
        );
        other_origin
            .headers_mut()
            .insert("origin", "https://evil.example".parse().expect("header"));
        assert_eq!(world.send(other_origin).await.json["code"], "csrf_refused");
        let made = world
            .send(with_cookie(
                Method::POST,
                "/api/v1/tokens",
                &cookie,
                Some(&csrf),
                token_body,
            ))
            .await;
        assert_eq!(made.status, StatusCode::CREATED, "{}", made.json);
        let secret = made.json["token"].as_str().expect("shown once").to_owned();
        let listed = world
            .send(with_cookie(
                Method::GET,
                "/api/v1/tokens",
                &cookie,
                None,
                None,
            ))
            .await;
        assert!(
            listed
                .json
                .as_array()
                .expect("list")
                .iter()
                .all(|t| t.get("token").is_none()),
            "never shown again"
        );

        let bearer = |path: &str| {
            Request::builder()
                .uri(path)
                .header("authorization", format!("Bearer {secret}"))
                .body(Body::empty())
                .expect("request")
        };
        assert_eq!(world.send(bearer("/api/v1/me")).await.status, 200);
        let id = made.json["id"].as_i64().expect("id");
        let revoke = world
            .send(with_cookie(
                Method::DELETE,
                &format!("/api/v1/tokens/{id}"),
                &cookie,
                Some(&csrf),
                None,
            ))
            .await;
        assert_eq!(revoke.status, StatusCode::NO_CONTENT);
        assert_eq!(
            world.send(bearer("/api/v1/me")).await.status,
            401,
            "a revoked token opens nothing"
        );

        let out = world
            .send(with_cookie(
                Method::DELETE,
                "/api/v1/session",
                &cookie,
                Some(&csrf),
                None,
            ))
            .await;
        assert_eq!(out.status, StatusCode::NO_CONTENT);
        assert!(
            out.headers["set-cookie"]
                .to_str()
                .expect("cookie")
                .contains("Max-Age=0")
        );
        let after = world
            .send(with_cookie(Method::GET, "/api/v1/me", &cookie, None, None))
            .await;
        assert_eq!(
            (after.status.as_u16(), after.json["code"].as_str()),
            (401, Some("unauthenticated"))
        );
        assert_eq!(
            world
                .send(with_cookie(Method::GET, "/api/v1/me", &second, None, None))
                .await
                .status,
            200
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sign_in_is_throttled_per_account() {
    for world in worlds().await {
        for _ in 0..5 {
            let wrong = world
                .send(sign_in_request("admin@interim.test", "not-the-password"))
                .await;
            assert_eq!(
                (wrong.status.as_u16(), wrong.json["field"].as_str()),
                (422, Some("password"))
            );
        }
        let throttled = world
            .send(sign_in_request("admin@interim.test", PASSWORD))
            .await;
        assert_eq!(
            (throttled.status.as_u16(), throttled.json["code"].as_str()),
            (429, Some("too_many_attempts"))
        );
        // Another account from the same address is not locked by this one's failures.
        assert_eq!(
            world
                .send(sign_in_request("juror@interim.test", PASSWORD))
                .await
                .status,
            200
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stale_writes_and_bad_input_change_nothing() {
    for world in worlds().await {
        let path = format!("/api/v1/candidates/{}/availability", world.presented.0);
        let before = world
            .store
            .candidate(world.presented)
            .await
            .expect("candidate");
        let body = |version: i64| json!({ "version": version, "available_from": "2027-02-01", "days_per_week": 3 });
        let ok = world
            .call(
                As::ManagerP,
                Method::PUT,
                &path,
                Some(body(before.version.0)),
            )
            .await;
        assert_eq!(ok.status, 200, "{}", ok.json);
        let stale = world
            .call(
                As::Consultant,
                Method::PUT,
                &path,
                Some(body(before.version.0)),
            )
            .await;
        assert_eq!(
            (stale.status.as_u16(), stale.json["code"].as_str()),
            (409, Some("stale_version"))
        );
        assert_eq!(stale.json["current_version"], ok.json["version"]);

        let after = world
            .store
            .candidate(world.presented)
            .await
            .expect("candidate");
        let cases = [
            (
                json!({ "version": after.version.0, "available_from": "2027-02-01", "days_per_week": 9 }),
                422,
                "days_per_week",
            ),
            (
                json!({ "version": after.version.0, "available_from": "soon", "days_per_week": 3 }),
                422,
                "available_from",
            ),
            (
                json!({ "version": after.version.0, "available_from": "2027-02-01", "days_per_week": 3, "mood": "busy" }),
                422,
                "",
            ),
            (
                json!({ "version": after.version.0, "available_from": "2027-02-01", "days_per_week": 3,
                     "unavailable": [{ "start": "2027-03-10", "end": "2027-03-01" }] }),
                422,
                "unavailable[0].end",
            ),
        ];
        for (body, status, field) in cases {
            let answer = world
                .call(As::ManagerP, Method::PUT, &path, Some(body.clone()))
                .await;
            assert_eq!(answer.status.as_u16(), status, "{body}: {}", answer.json);
            if !field.is_empty() {
                assert_eq!(answer.json["field"], field, "{body}: {}", answer.json);
            }
        }
        let malformed = world
            .send(
                Request::builder()
                    .method(Method::PUT)
                    .uri(&path)
                    .header(
                        "authorization",
                        format!(
                            "Bearer {}",
                            world.token(As::ManagerP).expect("token").expose()
                        ),
                    )
                    .header("content-type", "application/json")
                    .body(Body::from("{\"version\": 3,"))
                    .expect("request"),
            )
            .await;
        assert_eq!(
            (malformed.status.as_u16(), malformed.json["code"].as_str()),
            (400, Some("bad_request"))
        );
        assert_eq!(
            world
                .store
                .candidate(world.presented)
                .await
                .expect("candidate"),
            after,
            "refusals change nothing"
        );

        let bad_param = world
            .call(
                As::Consultant,
                Method::GET,
                &format!("/api/v1/mandates/{}/matches?top=0", world.mandate_a.0),
                None,
            )
            .await;
        assert_eq!(
            (bad_param.status.as_u16(), bad_param.json["field"].as_str()),
            (422, Some("top"))
        );
        let bad_weights = world
            .call(
                As::Consultant,
                Method::GET,
                &format!(
                    "/api/v1/mandates/{}/matches?weights=charm%3D3",
                    world.mandate_a.0
                ),
                None,
            )
            .await;
        assert_eq!(bad_weights.json["field"], "weights[0]");
        let unknown = world
            .call(
                As::Consultant,
                Method::GET,
                &format!("/api/v1/mandates/{}/matches?colour=red", world.mandate_a.0),
                None,
            )
            .await;
        assert_eq!(
            (unknown.status.as_u16(), unknown.json["field"].as_str()),
            (400, Some("colour"))
        );
        let matches = world
            .call(
                As::Consultant,
                Method::GET,
                &format!(
                    "/api/v1/mandates/{}/matches?top=5&include_unvetted=true&off=distance",
                    world.mandate_a.0
                ),
                None,
            )
            .await;
        assert_eq!(matches.status, 200, "{}", matches.json);
        let results = matches.json["results"].as_array().expect("results");
        assert!(!results.is_empty() && results.len() <= 5);
        for r in results {
            let sum: f64 = r["contributions"]
                .as_array()
                .expect("contributions")
                .iter()
                .map(|c| c["value"].as_f64().expect("value"))
                .sum();
            assert!((sum - r["score"].as_f64().expect("score")).abs() < 1e-4);
        }
        for header in [
            "content-security-policy",
            "x-content-type-options",
            "referrer-policy",
            "x-request-id",
        ] {
            assert!(matches.headers.contains_key(header), "missing {header}");
        }
        assert!(
            matches.headers["content-security-policy"]
                .to_str()
                .expect("csp")
                .contains("frame-ancestors 'none'")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn deactivating_an_account_ends_its_sessions_and_tokens_at_once() {
    for world in worlds().await {
        let consultant = world
            .users
            .iter()
            .find(|u| u.0 == As::Consultant)
            .expect("consultant")
            .clone();
        let (cookie, _) = sign_in(&world, &consultant.2).await;
        let me = world
            .send(with_cookie(Method::GET, "/api/v1/me", &cookie, None, None))
            .await;
        assert_eq!(me.status, StatusCode::OK);
        let path = format!("/api/v1/users/{}", consultant.1.0);
        let admin = world
            .users
            .iter()
            .find(|u| u.0 == As::Admin)
            .expect("admin");
        let own = world
            .call(
                As::Admin,
                Method::PUT,
                &format!("/api/v1/users/{}", admin.1.0),
                Some(json!({ "active": false })),
            )
            .await;
        assert_eq!(
            (own.status.as_u16(), own.json["field"].as_str()),
            (422, Some("active")),
            "an admin cannot lock themself out"
        );
        let off = world
            .call(
                As::Admin,
                Method::PUT,
                &path,
                Some(json!({ "active": false })),
            )
            .await;
        assert_eq!(off.status, StatusCode::NO_CONTENT, "{}", off.json);
        let session = world
            .send(with_cookie(Method::GET, "/api/v1/me", &cookie, None, None))
            .await;
        assert_eq!(
            session.status,
            StatusCode::UNAUTHORIZED,
            "the session ended"
        );
        let token = world
            .call(As::Consultant, Method::GET, "/api/v1/me", None)
            .await;
        assert_eq!(
            token.status,
            StatusCode::UNAUTHORIZED,
            "the token is revoked"
        );
        let again = world.send(sign_in_request(&consultant.2, PASSWORD)).await;
        assert_eq!(
            again.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "{}",
            again.json
        );
        let on = world
            .call(
                As::Admin,
                Method::PUT,
                &path,
                Some(json!({ "active": true })),
            )
            .await;
        assert_eq!(on.status, StatusCode::NO_CONTENT);
        let (cookie, _) = sign_in(&world, &consultant.2).await;
        let back = world
            .send(with_cookie(Method::GET, "/api/v1/me", &cookie, None, None))
            .await;
        assert_eq!(
            back.status,
            StatusCode::OK,
            "reactivated, they sign in again"
        );
        let revoked = world
            .call(As::Consultant, Method::GET, "/api/v1/me", None)
            .await;
        assert_eq!(
            revoked.status,
            StatusCode::UNAUTHORIZED,
            "a revoked token stays revoked"
        );
    }
}

/// A session of the consultant as the server would hold it, made `idle` ago with `left`
/// before its absolute timeout; returns the cookie.
async fn aged_session(
    world: &World,
    idle: chrono::Duration,
    left: chrono::Duration,
) -> (String, String) {
    let now = chrono::Utc::now();
    let user = world
        .users
        .iter()
        .find(|u| u.0 == As::Consultant)
        .expect("consultant")
        .1;
    let secret = domain::user::Secret::generate();
    world
        .store
        .insert_session(&store::SessionRecord {
            token_hash: secret.hash(),
            user_id: user,
            csrf_token: "csrf".to_owned(),
            created_at: now - idle,
            last_seen_at: now - idle,
            expires_at: now + left,
        })
        .await
        .expect("session");
    (
        format!("{}={}", web::auth::SESSION_COOKIE, secret.expose()),
        secret.hash(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_end_after_idle_and_absolute_timeouts_and_are_kept_alive_by_use() {
    for world in worlds().await {
        let me = |cookie: String| with_cookie(Method::GET, "/api/v1/me", &cookie, None, None);
        let hours = chrono::Duration::hours;
        let minutes = chrono::Duration::minutes;

        let (cookie, hash) = aged_session(&world, minutes(31), hours(6)).await;
        let idle = world.send(me(cookie)).await;
        assert_eq!(idle.status, StatusCode::UNAUTHORIZED, "idle for 31 minutes");
        assert!(
            world.store.session(&hash).await.expect("read").is_none(),
            "the expired session is deleted on the server"
        );

        let (cookie, hash) = aged_session(&world, minutes(1), -minutes(1)).await;
        let past = world.send(me(cookie)).await;
        assert_eq!(
            past.status,
            StatusCode::UNAUTHORIZED,
            "past the absolute timeout"
        );
        assert!(world.store.session(&hash).await.expect("read").is_none());

        let (cookie, hash) = aged_session(&world, minutes(20), hours(6)).await;
        let alive = world.send(me(cookie)).await;
        assert_eq!(
            alive.status,
            StatusCode::OK,
            "20 minutes idle is within the timeout"
        );
        let seen = world
            .store
            .session(&hash)
            .await
            .expect("read")
            .expect("still there")
            .0
            .last_seen_at;
        assert!(
            chrono::Utc::now() - seen < minutes(5),
            "the request kept the session alive (last seen {seen})"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sizes_ids_tags_and_weights_are_refused_with_the_right_code_and_words() {
    for world in worlds().await {
        let bearer = format!(
            "Bearer {}",
            world.token(As::Consultant).expect("token").expose()
        );
        // A megabyte of JSON: 413 too_large, as the error table promises.
        let big = format!("{{\"title\":\"{}\"}}", "x".repeat(1024 * 1024));
        let too_large = world
            .send(
                Request::builder()
                    .method(Method::POST)
                    .uri("/api/v1/mandates")
                    .header("authorization", &bearer)
                    .header("content-type", "application/json")
                    .body(Body::from(big))
                    .expect("request"),
            )
            .await;
        assert_eq!(
            (too_large.status.as_u16(), too_large.json["code"].as_str()),
            (413, Some("too_large")),
            "{}",
            too_large.json
        );

        // "+1" is not an id, though Rust's integer parser would take it.
        for (route, id) in [
            ("/api/v1/candidates/{id}", "+1"),
            ("/api/v1/candidates/{id}", "01x"),
            ("/api/v1/candidates/{id}", " 1"),
            ("/api/v1/candidates/{id}", "-1"),
            ("/api/v1/mandates/{id}/matches", "+1"),
        ] {
            let path = route.replace("{id}", &id.replace(' ', "%20"));
            let answer = world.call(As::Consultant, Method::GET, &path, None).await;
            assert_eq!(
                (answer.status.as_u16(), answer.json["field"].as_str()),
                (400, Some("id")),
                "{path}: {}",
                answer.json
            );
        }

        // A weak tag is not the exact version read.
        let path = format!("/api/v1/mandates/{}", world.mandate_a.0);
        let mandate = world.call(As::Consultant, Method::GET, &path, None).await;
        let version = mandate.json["version"].as_i64().expect("version");
        for tag in [format!("W/\"{version}\""), format!("\"+{version}\"")] {
            let answer = world
                .send(
                    Request::builder()
                        .method(Method::PUT)
                        .uri(&path)
                        .header("authorization", &bearer)
                        .header("content-type", "application/json")
                        .header("if-match", &tag)
                        .body(Body::from(crate::access_matrix::draft(&world).to_string()))
                        .expect("request"),
                )
                .await;
            assert_eq!(
                (answer.status.as_u16(), answer.json["field"].as_str()),
                (400, Some("If-Match")),
                "{tag}: {}",
                answer.json
            );
        }
        let unchanged = world.call(As::Consultant, Method::GET, &path, None).await;
        assert_eq!(unchanged.json["version"], version, "nothing was written");

        // A weight that is not a finite number is named as such.
        for weight in ["inf", "NaN", "-inf"] {
            let answer = world
                .call(
                    As::Consultant,
                    Method::GET,
                    &format!(
                        "/api/v1/mandates/{}/matches?weights=role%3D{weight}",
                        world.mandate_a.0
                    ),
                    None,
                )
                .await;
            assert_eq!(answer.status.as_u16(), 422, "{weight}: {}", answer.json);
            let message = answer.json["message"].as_str().expect("message");
            assert!(
                message.contains("not a finite number") && !message.contains("negative"),
                "{weight}: {message}"
            );
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn consent_cannot_be_switched_off_and_exclusions_only_with_a_written_reason() {
    for world in worlds().await {
        let matches =
            |query: &str| format!("/api/v1/mandates/{}/matches?{query}", world.mandate_a.0);
        let consent = world
            .call(
                As::Consultant,
                Method::GET,
                &matches("off=consent,excluded"),
                None,
            )
            .await;
        assert_eq!(
            (consent.status.as_u16(), consent.json["field"].as_str()),
            (422, Some("off")),
            "{}",
            consent.json
        );
        assert!(
            consent.json["message"]
                .as_str()
                .is_some_and(|m| m.contains("legal limit")),
            "{}",
            consent.json
        );
        for query in [
            "off=excluded",
            "off=excluded&off_reason=because",
            "off_reason=the+client+asked+us+to",
        ] {
            let answer = world
                .call(As::Consultant, Method::GET, &matches(query), None)
                .await;
            assert_eq!(
                (answer.status.as_u16(), answer.json["field"].as_str()),
                (422, Some("off_reason")),
                "{query}: {}",
                answer.json
            );
        }
        let reason = "The client lifted the exclusion by phone on 1 December.";
        let with_reason = world
            .call(
                As::Consultant,
                Method::GET,
                &matches(&format!(
                    "off=excluded&off_reason={}",
                    reason.replace(' ', "+")
                )),
                None,
            )
            .await;
        assert_eq!(with_reason.status, StatusCode::OK, "{}", with_reason.json);
        let log = world
            .call(As::Admin, Method::GET, "/api/v1/audit?limit=20", None)
            .await;
        let entry = log
            .json
            .as_array()
            .expect("entries")
            .iter()
            .find(|e| e["record_kind"] == "mandate_matches")
            .expect("the ranking is in the audit log");
        assert_eq!(entry["reason"], reason, "{entry}");
        assert_eq!(entry["record_id"], world.mandate_a.0);
    }
}
