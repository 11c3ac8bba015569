//! The access matrix: for every API route and every role (including a client of the other
//! company and an interim manager asking for someone else's record) the expected status. The
//! table is checked against `web::api::route_table()`, so a new route without a row fails.

use axum::http::{Method, StatusCode};
use serde_json::json;

use crate::harness::{As, World, worlds};
use crate::own::{pdf_by, upload};

/// Expected statuses in the order of `As::ALL`:
/// anonymous, admin, consultant, client A, client B, manager P, manager Q, juror.
type Row = (Method, &'static str, [u16; 8]);

fn table() -> Vec<Row> {
    vec![
        (
            Method::POST,
            "/api/v1/session",
            [422, 422, 422, 422, 422, 422, 422, 422],
        ),
        (
            Method::DELETE,
            "/api/v1/session",
            [401, 204, 204, 204, 204, 204, 204, 204],
        ),
        (
            Method::GET,
            "/api/v1/me",
            [401, 200, 200, 200, 200, 200, 200, 200],
        ),
        (
            Method::GET,
            "/api/v1/tokens",
            [401, 200, 200, 200, 200, 200, 200, 200],
        ),
        (
            Method::POST,
            "/api/v1/tokens",
            [401, 201, 201, 201, 201, 201, 201, 201],
        ),
        (
            Method::DELETE,
            "/api/v1/tokens/{id}",
            [401, 404, 404, 404, 404, 404, 404, 404],
        ),
        (
            Method::GET,
            "/api/v1/candidates",
            [401, 200, 200, 403, 403, 403, 403, 403],
        ),
        (
            Method::POST,
            "/api/v1/candidates",
            [401, 201, 201, 403, 403, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/candidates/{id}",
            [401, 200, 200, 200, 404, 200, 404, 404],
        ),
        (
            Method::POST,
            "/api/v1/candidates/{id}/merge",
            [401, 422, 422, 403, 403, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/duplicates",
            [401, 200, 200, 403, 403, 403, 403, 403],
        ),
        (
            Method::POST,
            "/api/v1/duplicates/{id}/merge",
            [401, 404, 404, 403, 403, 403, 403, 403],
        ),
        (
            Method::POST,
            "/api/v1/duplicates/{id}/keep-apart",
            [401, 404, 404, 403, 403, 403, 403, 403],
        ),
        (
            Method::PUT,
            "/api/v1/candidates/{id}/availability",
            [401, 200, 200, 404, 404, 200, 404, 404],
        ),
        (
            Method::GET,
            "/api/v1/mandates",
            [401, 200, 200, 200, 200, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/mandates/{id}",
            [401, 200, 200, 200, 404, 404, 404, 404],
        ),
        (
            Method::GET,
            "/api/v1/mandates/{id}/matches",
            [401, 200, 200, 403, 403, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/audit",
            [401, 200, 403, 403, 403, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/jobs",
            [401, 200, 403, 403, 403, 403, 403, 403],
        ),
        // Without a title: refused for the roles it is not for, 422 naming `q` for the others.
        (
            Method::GET,
            "/api/v1/occupations",
            [401, 422, 422, 403, 403, 422, 422, 403],
        ),
        (
            Method::GET,
            "/api/v1/openapi.json",
            [200, 200, 200, 200, 200, 200, 200, 200],
        ),
        (
            Method::POST,
            "/api/v1/mandates",
            [401, 201, 201, 201, 422, 403, 403, 403],
        ),
        (
            Method::PUT,
            "/api/v1/mandates/{id}",
            [401, 200, 200, 403, 403, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/mandates/{id}/pipeline",
            [401, 200, 200, 403, 403, 403, 403, 403],
        ),
        (
            Method::POST,
            "/api/v1/mandates/{id}/pipeline",
            [401, 201, 201, 403, 403, 403, 403, 403],
        ),
        (
            Method::POST,
            "/api/v1/pipeline/{id}/moves",
            [401, 200, 200, 403, 403, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/clients",
            [401, 200, 200, 403, 403, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/clients/{id}",
            [401, 200, 200, 200, 404, 404, 404, 404],
        ),
        (
            Method::GET,
            "/api/v1/users",
            [401, 200, 403, 403, 403, 403, 403, 403],
        ),
        (
            Method::POST,
            "/api/v1/users",
            [401, 201, 403, 403, 403, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/candidates/{id}/vetting",
            [401, 200, 200, 404, 404, 200, 404, 404],
        ),
        (
            Method::POST,
            "/api/v1/candidates/{id}/interviews",
            [401, 201, 201, 403, 403, 403, 403, 403],
        ),
        (
            Method::POST,
            "/api/v1/candidates/{id}/references",
            [401, 201, 201, 403, 403, 403, 403, 403],
        ),
        (
            Method::POST,
            "/api/v1/candidates/{id}/decisions",
            [401, 201, 201, 403, 403, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/mandates/{id}/shortlist",
            [401, 200, 200, 200, 404, 404, 404, 404],
        ),
        (
            Method::POST,
            "/api/v1/mandates/{id}/shortlist",
            [401, 201, 201, 403, 403, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/mandates/{id}/feedback",
            [401, 200, 200, 200, 404, 404, 404, 404],
        ),
        (
            Method::POST,
            "/api/v1/mandates/{id}/feedback",
            [401, 403, 403, 201, 404, 403, 403, 403],
        ),
        // The period given ends before it starts: staff get past the access rules to the
        // refusal of the period, which leaves the world as it was for the next role.
        (
            Method::POST,
            "/api/v1/mandates/{id}/placement",
            [401, 422, 422, 403, 403, 403, 403, 403],
        ),
        // No placement on the mandate yet: its client is let through to find none.
        (
            Method::POST,
            "/api/v1/mandates/{id}/evaluation",
            [401, 403, 403, 404, 404, 403, 403, 403],
        ),
        (
            Method::GET,
            "/api/v1/placements",
            [401, 200, 200, 200, 200, 200, 200, 403],
        ),
        (
            Method::PUT,
            "/api/v1/candidates/{id}/profile",
            [401, 200, 200, 404, 404, 200, 404, 404],
        ),
        (
            Method::GET,
            "/api/v1/postings",
            [401, 200, 200, 403, 403, 200, 200, 403],
        ),
        (
            Method::POST,
            "/api/v1/mandates/{id}/posting",
            [401, 201, 201, 403, 403, 403, 403, 403],
        ),
        (
            Method::POST,
            "/api/v1/postings/{id}/applications",
            [401, 403, 403, 403, 403, 201, 201, 403],
        ),
        (
            Method::GET,
            "/api/v1/candidates/{id}/applications",
            [401, 200, 200, 404, 404, 200, 404, 404],
        ),
        // A manager's network is theirs alone: not even staff see it.
        (
            Method::GET,
            "/api/v1/candidates/{id}/contacts",
            [401, 404, 404, 404, 404, 200, 404, 404],
        ),
        (
            Method::POST,
            "/api/v1/candidates/{id}/contacts",
            [401, 404, 404, 404, 404, 201, 404, 404],
        ),
        (
            Method::GET,
            "/api/v1/candidates/{id}/export",
            [401, 200, 404, 404, 404, 200, 404, 404],
        ),
        (
            Method::POST,
            "/api/v1/candidates/{id}/erasure-request",
            [401, 404, 404, 404, 404, 201, 404, 404],
        ),
        (
            Method::POST,
            "/api/v1/clients",
            [401, 201, 201, 403, 403, 403, 403, 403],
        ),
        (
            Method::PUT,
            "/api/v1/clients/{id}",
            [401, 200, 200, 403, 403, 403, 403, 403],
        ),
        (
            Method::POST,
            "/api/v1/clients/{id}/contacts",
            [401, 201, 201, 403, 403, 403, 403, 403],
        ),
        // Reactivating the juror, who is active: a change without effect, open to admins only.
        (
            Method::PUT,
            "/api/v1/users/{id}",
            [401, 204, 403, 403, 403, 403, 403, 403],
        ),
        // Before each CV request a CV is on file, so every allowed role finds one.
        (
            Method::PUT,
            "/api/v1/candidates/{id}/cv",
            [401, 204, 204, 404, 404, 204, 404, 404],
        ),
        (
            Method::GET,
            "/api/v1/candidates/{id}/cv",
            [401, 200, 200, 404, 404, 200, 404, 404],
        ),
        (
            Method::DELETE,
            "/api/v1/candidates/{id}/cv",
            [401, 204, 204, 404, 404, 204, 404, 404],
        ),
    ]
}

/// A valid mandate draft for client A.
pub fn draft(world: &World) -> serde_json::Value {
    json!({
        "client_id": world.client_a.0, "title": "Interim CFO for the spring", "role": "Finance Director",
        "level": "executive", "situation": "restructuring_turnaround",
        "current_state": "Losses two years running; the bank wants a plan.", "goals": "Stabilise cash and refinance.",
        "requirements": [{ "importance": "must_have", "kind": "language", "value": "no", "min_level": "C1" }],
        "start_date": "2027-01-11", "duration_weeks": 26, "budget_day_rate": 14000, "currency": "NOK",
        "city": "Oslo", "country": "NO", "lat": 59.91, "lon": 10.75, "on_site_days": 4
    })
}

/// Every one of the seven traits scored `score`.
pub fn traits_all(score: i64) -> serde_json::Value {
    let mut all = serde_json::Map::new();
    for t in domain::vocabulary::Trait::ALL {
        all.insert(t.code().to_owned(), json!(score));
    }
    serde_json::Value::Object(all)
}

/// An interview scoring every trait 4 with evidence that says `word`.
pub fn interview_body(word: &str) -> serde_json::Value {
    let mut scores = serde_json::Map::new();
    for t in domain::vocabulary::Trait::ALL {
        scores.insert(
            t.code().to_owned(),
            json!({ "score": 4, "evidence": format!("A {word} example of {} in the last role.", t.label()) }),
        );
    }
    json!({ "held_on": "2026-11-20", "scores": scores, "recommendation": "recommend", "notes": "" })
}

/// The concrete request for a route: ids of the presented candidate, client A and its
/// mandate, a body where the route takes one, and `If-Match` where it needs one.
async fn request(
    world: &World,
    who: As,
    method: &Method,
    route: &str,
) -> (String, Option<serde_json::Value>, Option<String>) {
    let entry = world
        .store
        .pipeline_of(world.mandate_a)
        .await
        .expect("pipeline")
        .into_iter()
        .find(|e| e.candidate_id == world.presented)
        .expect("the presented candidate's entry");
    let path = match route {
        "/api/v1/tokens/{id}" => "/api/v1/tokens/999999".to_owned(),
        r if r.starts_with("/api/v1/duplicates/{id}") => r.replace("{id}", "999999"),
        "/api/v1/users/{id}" => format!(
            "/api/v1/users/{}",
            world
                .users
                .iter()
                .find(|u| u.0 == As::Juror)
                .expect("juror")
                .1
                .0
        ),
        "/api/v1/pipeline/{id}/moves" => format!("/api/v1/pipeline/{}/moves", entry.id.0),
        "/api/v1/postings/{id}/applications" => {
            format!("/api/v1/postings/{}/applications", world.posting_b.0)
        }
        r if r.starts_with("/api/v1/candidates/{id}") => {
            r.replace("{id}", &world.presented.0.to_string())
        }
        r if r.starts_with("/api/v1/mandates/{id}") => {
            r.replace("{id}", &world.mandate_a.0.to_string())
        }
        r if r.starts_with("/api/v1/clients/{id}") => {
            r.replace("{id}", &world.client_a.0.to_string())
        }
        r => r.to_owned(),
    };
    let index = As::ALL.iter().position(|w| *w == who).expect("role");
    let mut if_match = None;
    let body = match (method.clone(), route) {
        (Method::POST, "/api/v1/session") => Some(
            json!({ "email": format!("nobody-{who:?}@interim.test"), "password": "not the password" }),
        ),
        (Method::POST, "/api/v1/tokens") => Some(json!({ "name": "integration" })),
        (Method::PUT, "/api/v1/candidates/{id}/availability") => {
            let version = world
                .store
                .candidate(world.presented)
                .await
                .expect("candidate")
                .version
                .0;
            Some(json!({ "version": version, "available_from": "2027-01-04", "days_per_week": 4 }))
        }
        (Method::POST, "/api/v1/candidates") => Some(json!({
            "name": "Ingrid Matrix", "email": format!("matrix-{index}@interim.test"),
            "home_city": "Bergen", "day_rate": 11000,
            "experience": [{ "title": "Konstituert økonomisjef", "organisation": "Matrix AS" }]
        })),
        // Merging a record into itself is refused after the access check: nothing changes.
        (Method::POST, "/api/v1/candidates/{id}/merge") => {
            Some(json!({ "merged": world.presented.0 }))
        }
        (Method::POST, "/api/v1/duplicates/{id}/merge") => Some(json!({ "survivor": 1 })),
        (Method::POST, "/api/v1/mandates") => Some(draft(world)),
        (Method::PUT, "/api/v1/mandates/{id}") => {
            if_match = Some(
                world
                    .store
                    .mandate(world.mandate_a)
                    .await
                    .expect("mandate")
                    .version
                    .0
                    .to_string(),
            );
            Some(draft(world))
        }
        (Method::POST, "/api/v1/mandates/{id}/pipeline") => {
            Some(json!({ "candidate_id": world.spare[index].0 }))
        }
        (Method::POST, "/api/v1/pipeline/{id}/moves") => {
            let next = domain::vocabulary::PipelineStage::FORWARD
                .iter()
                .skip_while(|s| **s != entry.stage())
                .nth(1)
                .expect("a next stage");
            Some(json!({ "version": entry.version.0, "to": next.code() }))
        }
        (Method::POST, "/api/v1/candidates/{id}/interviews") => Some(interview_body("good")),
        (Method::POST, "/api/v1/candidates/{id}/references") => Some(json!({
            "referee_name": "Berit Hansen", "referee_company": "Vestland Verft", "relation": "manager",
            "assignment": "Interim CFO 2024", "verdict": "positive", "checked_on": "2026-11-20",
            "answers": [{ "question": "What did the candidate achieve?", "answer": "Refinanced the yard in four months." }]
        })),
        (Method::POST, "/api/v1/candidates/{id}/decisions") => Some(json!({
            "outcome": "qualified", "reasons": "Two strong interviews and a positive reference."
        })),
        (Method::POST, "/api/v1/mandates/{id}/shortlist") => Some(json!({ "entries": [
            { "candidate_id": world.presented.0, "rationale": "Has turned round two yards." },
            { "candidate_id": world.presented_too.0, "rationale": "Knows the bank." }
        ]})),
        (Method::POST, "/api/v1/mandates/{id}/feedback") => Some(json!({
            "candidate_id": world.presented.0, "kind": "comment", "text": "Can we hear about the yard?"
        })),
        (Method::POST, "/api/v1/mandates/{id}/placement") => Some(json!({
            "entry_id": entry.id.0, "version": entry.version.0,
            "start": "2027-02-01", "end": "2027-01-01", "day_rate": 14000
        })),
        (Method::POST, "/api/v1/mandates/{id}/evaluation") => Some(json!({
            "traits": traits_all(4), "results": 4, "comment": "Did what was promised."
        })),
        (Method::PUT, "/api/v1/candidates/{id}/profile") => {
            let version = world
                .store
                .candidate(world.presented)
                .await
                .expect("candidate")
                .version
                .0;
            Some(
                json!({ "version": version, "headline": "Interim CFO · turnarounds and refinancing" }),
            )
        }
        (Method::POST, "/api/v1/mandates/{id}/posting") => Some(json!({
            "headline": "Interim CFO, spring", "description": "A yard needs its cash in order.",
            "closes_on": (chrono::Utc::now().date_naive() + chrono::Duration::days(10))
        })),
        (Method::POST, "/api/v1/postings/{id}/applications") => Some(json!({
            "motivation": "I refinanced two yards in the last three years."
        })),
        (Method::POST, "/api/v1/candidates/{id}/contacts") => Some(json!({
            "name": "Ola Berg", "company": "Vestland Verft", "role_title": "CEO",
            "next_contact_on": "2027-01-15"
        })),
        (Method::POST, "/api/v1/candidates/{id}/erasure-request") => {
            Some(json!({ "reason": "Retiring." }))
        }
        (Method::POST, "/api/v1/clients") | (Method::PUT, "/api/v1/clients/{id}") => {
            if *method == Method::PUT {
                if_match = Some(
                    world
                        .store
                        .client(world.client_a)
                        .await
                        .expect("client")
                        .version
                        .0
                        .to_string(),
                );
            }
            Some(
                json!({ "name": "Nordlys Elektro AB", "industry": "C27", "size": "medium",
                         "sector": "private", "city": "Gothenburg" }),
            )
        }
        (Method::POST, "/api/v1/clients/{id}/contacts") => Some(json!({
            "name": "Ingrid Holm", "title": "CFO", "email": format!("ingrid-{index}@nordlys.se")
        })),
        (Method::PUT, "/api/v1/users/{id}") => Some(json!({ "active": true })),
        (Method::POST, "/api/v1/users") => Some(json!({
            "email": format!("new-{who:?}@interim.test"), "name": "New Consultant", "role": "consultant", "password": "harbour-lantern-fjord"
        })),
        _ => None,
    };
    (path, body, if_match)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_route_answers_every_role_as_the_table_says() {
    let table = table();
    let mut routes: Vec<(Method, &str)> = web::api::route_table()
        .into_iter()
        .map(|(m, p, _)| (m, p))
        .collect();
    let mut rows: Vec<(Method, &str)> = table.iter().map(|(m, p, _)| (m.clone(), *p)).collect();
    routes.sort_by_key(|(m, p)| (p.to_string(), m.to_string()));
    rows.sort_by_key(|(m, p)| (p.to_string(), m.to_string()));
    assert_eq!(
        rows, routes,
        "every route needs a row in the access matrix, and every row a route"
    );

    for world in worlds().await {
        let mut failures = Vec::new();
        for (method, route, expected) in &table {
            for (who, want) in As::ALL.iter().zip(expected) {
                let (path, body, if_match) = request(&world, *who, method, route).await;
                let answer = if route.ends_with("/cv") {
                    let cv = domain::cv::CvFile::parse("cv.pdf", &pdf_by("Kari Nordmann"))
                        .expect("a PDF");
                    world
                        .store
                        .put_cv(world.presented, &cv, None, chrono::Utc::now())
                        .await
                        .expect("a CV on file");
                    if *method == Method::PUT {
                        upload(&world, *who, "cv.pdf", pdf_by("Kari Nordmann")).await
                    } else {
                        world.call(*who, method.clone(), &path, None).await
                    }
                } else {
                    world
                        .call_with(*who, method.clone(), &path, body, if_match.as_deref())
                        .await
                };
                if answer.status != StatusCode::from_u16(*want).expect("status") {
                    failures.push(format!(
                        "{method} {path} as {who:?}: {} (want {want}) {}",
                        answer.status, answer.json
                    ));
                }
                if answer.status.is_client_error() {
                    assert!(
                        answer.json["code"].is_string(),
                        "{method} {path}: errors carry a code: {}",
                        answer.json
                    );
                }
            }
        }
        assert!(
            failures.is_empty(),
            "access matrix:\n{}",
            failures.join("\n")
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_sees_client_fields_and_refusals_are_audited() {
    for world in worlds().await {
        let as_client = world
            .call(
                As::ClientA,
                Method::GET,
                &format!("/api/v1/candidates/{}", world.presented.0),
                None,
            )
            .await;
        assert_eq!(as_client.status, 200);
        // Presented, not yet met: blind. No name, no employers' names.
        let record = &as_client.json["track_record"];
        assert!(
            record.as_array().is_some_and(|r| !r.is_empty()),
            "{}",
            as_client.json
        );
        assert!(
            record
                .as_array()
                .into_iter()
                .flatten()
                .all(|r| r.get("organisation").is_none()),
            "employers are hidden while blind: {record}"
        );
        for hidden in ["name", "email", "phone", "birth_year", "profile", "version"] {
            assert!(
                as_client.json.get(hidden).is_none(),
                "a client must not see {hidden}: {}",
                as_client.json
            );
        }
        let as_staff = world
            .call(
                As::Consultant,
                Method::GET,
                &format!("/api/v1/candidates/{}", world.presented.0),
                None,
            )
            .await;
        assert!(as_staff.json["profile"]["email"].is_string());
        assert_eq!(as_staff.headers["cache-control"], "no-store");

        let other = world
            .call(
                As::ClientB,
                Method::GET,
                &format!("/api/v1/candidates/{}", world.presented.0),
                None,
            )
            .await;
        assert_eq!(
            (other.status.as_u16(), other.json["code"].as_str()),
            (404, Some("not_found"))
        );
        let unknown = world
            .call(As::ClientB, Method::GET, "/api/v1/candidates/99999", None)
            .await;
        assert_eq!(
            other.json, unknown.json,
            "someone else's record and no record look the same"
        );

        let log = world
            .call(
                As::Admin,
                Method::GET,
                &format!("/api/v1/audit?subject={}", world.presented.0),
                None,
            )
            .await;
        let actions: Vec<&str> = log
            .json
            .as_array()
            .expect("entries")
            .iter()
            .filter_map(|e| e["action"].as_str())
            .collect();
        assert!(actions.contains(&"view"), "{actions:?}");
        let refused = world
            .call(As::Admin, Method::GET, "/api/v1/audit?limit=50", None)
            .await;
        assert!(
            refused
                .json
                .as_array()
                .expect("entries")
                .iter()
                .any(|e| e["action"] == "refused" && e["record_id"] == world.presented.0)
        );

        // Only on the longlist, not presented: the client does not know the candidate exists.
        let longlisted = world
            .call(
                As::ClientA,
                Method::GET,
                &format!("/api/v1/candidates/{}", world.longlisted.0),
                None,
            )
            .await;
        assert_eq!(longlisted.status, 404);
        // The other company's mandate is hidden, and its own list holds only its own.
        let other = world
            .call(
                As::ClientA,
                Method::GET,
                &format!("/api/v1/mandates/{}", world.mandate_b.0),
                None,
            )
            .await;
        assert_eq!(other.status, 404);
        let listed = world
            .call(As::ClientA, Method::GET, "/api/v1/mandates", None)
            .await;
        let ids: Vec<i64> = listed
            .json
            .as_array()
            .expect("mandates")
            .iter()
            .filter_map(|m| m["id"].as_i64())
            .collect();
        assert_eq!(ids, vec![world.mandate_a.0]);
        assert_eq!(
            world
                .call(
                    As::Consultant,
                    Method::GET,
                    &format!("/api/v1/mandates/{}", world.mandate_a.0),
                    None
                )
                .await
                .headers["cache-control"],
            "no-store"
        );
    }
}
