//! The interim manager's own records over the API: they keep their profile but never their
//! vetting, another manager's profile, contacts and applications answer 404, the job board
//! hides the client's name unless allowed, applying reaches the consultant's pipeline, and
//! CV uploads are checked by content, size-limited and stripped of their metadata.

use axum::body::Body;
use axum::http::{Method, Request};
use serde_json::json;
use tower::ServiceExt;

use domain::vocabulary::MandateStatus;

use crate::harness::{As, World, worlds};

fn profile_path(world: &World) -> String {
    format!("/api/v1/candidates/{}", world.presented.0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_keeps_their_profile_but_never_their_vetting() {
    for world in worlds().await {
        let before = world
            .call(As::ManagerP, Method::GET, &profile_path(&world), None)
            .await;
        let version = before.json["version"].as_i64().expect("version");
        let path = format!("{}/profile", profile_path(&world));
        let vetting = world
            .call(
                As::ManagerP,
                Method::PUT,
                &path,
                Some(json!({ "version": version, "vetting": { "status": "qualified" } })),
            )
            .await;
        assert_eq!(
            (vetting.status.as_u16(), vetting.json["field"].as_str()),
            (422, Some("vetting")),
            "{}",
            vetting.json
        );
        let mut record = before.json["profile"]["track_record"].clone();
        record[0]["start"] = json!("last spring");
        let bad_date = world
            .call(
                As::ManagerP,
                Method::PUT,
                &path,
                Some(json!({ "version": version, "track_record": record })),
            )
            .await;
        assert_eq!(
            (bad_date.status.as_u16(), bad_date.json["field"].as_str()),
            (422, Some("track_record[0].start"))
        );
        let unchanged = world
            .call(As::ManagerP, Method::GET, &profile_path(&world), None)
            .await;
        assert_eq!(unchanged.json["version"], before.json["version"]);

        let mut record = before.json["profile"]["track_record"].clone();
        record[0]["achievements"] = json!("Cut working capital by a third in nine months.");
        let mut specialisation = before.json["profile"]["specialisation"].clone();
        specialisation["situations"] = json!(["restructuring_turnaround"]);
        let saved = world
            .call(
                As::ManagerP,
                Method::PUT,
                &path,
                Some(json!({
                    "version": version, "headline": "Interim CFO · turnarounds",
                    "home_city": "Bergen", "track_record": record, "specialisation": specialisation
                })),
            )
            .await;
        assert_eq!(saved.status, 200, "{}", saved.json);
        let after = world
            .call(As::ManagerP, Method::GET, &profile_path(&world), None)
            .await;
        let p = &after.json["profile"];
        assert_eq!(p["headline"], "Interim CFO · turnarounds");
        assert_eq!(p["home"]["city"], "Bergen");
        assert_eq!(
            p["track_record"][0]["achievements"],
            "Cut working capital by a third in nine months."
        );
        assert_eq!(
            p["specialisation"]["situations"],
            json!(["restructuring_turnaround"])
        );
        assert_eq!(p["vetting"], before.json["profile"]["vetting"]);

        let stale = world
            .call(
                As::ManagerP,
                Method::PUT,
                &path,
                Some(json!({ "version": version, "headline": "Old news" })),
            )
            .await;
        assert_eq!(stale.status, 409);
        let other = world
            .call(
                As::ManagerQ,
                Method::PUT,
                &path,
                Some(json!({ "version": saved.json["version"], "headline": "Not mine" })),
            )
            .await;
        assert_eq!(other.status, 404);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_board_hides_the_client_and_an_application_reaches_the_pipeline() {
    for world in worlds().await {
        // Client B's mandate is open for applications.
        let store = &world.store;
        let mandate = store.mandate(world.mandate_b).await.expect("mandate");
        let mut open = mandate.value.clone();
        open.status = MandateStatus::Search;
        store
            .update_mandate(world.mandate_b, mandate.version, &open)
            .await
            .expect("open");
        let client_b = store
            .client(open.client_id)
            .await
            .expect("client")
            .value
            .name
            .to_string();

        let board = world
            .call(As::ManagerP, Method::GET, "/api/v1/postings", None)
            .await;
        assert_eq!(board.status, 200, "{}", board.json);
        let posting = board
            .json
            .as_array()
            .and_then(|all| all.iter().find(|p| p["id"] == world.posting_b.0))
            .expect("the posting is on the board")
            .clone();
        assert!(posting.get("client").is_none(), "{posting}");
        assert!(posting.get("mandate_id").is_none());
        assert!(!board.json.to_string().contains(&client_b));
        assert!(
            posting["fit"]["reasons"]
                .as_array()
                .is_some_and(|r| !r.is_empty()),
            "the reasons are shown: {posting}"
        );
        assert!(posting["day_rate"]["high"].as_u64() > posting["day_rate"]["low"].as_u64());
        let staff = world
            .call(As::Consultant, Method::GET, "/api/v1/postings", None)
            .await;
        assert!(staff.json.to_string().contains(&client_b));
        let wrong = world
            .call(
                As::ManagerP,
                Method::GET,
                "/api/v1/postings?industry=ZZ",
                None,
            )
            .await;
        assert_eq!(
            (wrong.status.as_u16(), wrong.json["field"].as_str()),
            (400, Some("industry"))
        );
        let weeks = open.duration_weeks;
        let shorter = world
            .call(
                As::ManagerP,
                Method::GET,
                &format!("/api/v1/postings?max_weeks={}", weeks - 1),
                None,
            )
            .await;
        assert!(
            shorter
                .json
                .as_array()
                .expect("list")
                .iter()
                .all(|p| p["id"] != world.posting_b.0),
            "a {weeks}-week assignment is longer than {} weeks",
            weeks - 1
        );

        let apply = format!("/api/v1/postings/{}/applications", world.posting_b.0);
        let empty = world
            .call(
                As::ManagerP,
                Method::POST,
                &apply,
                Some(json!({ "motivation": "  " })),
            )
            .await;
        assert_eq!(empty.json["field"], "motivation");
        let motivation = json!({ "motivation": "Two refinancings in listed industry." });
        let applied = world
            .call(As::ManagerP, Method::POST, &apply, Some(motivation.clone()))
            .await;
        assert_eq!(applied.status, 201, "{}", applied.json);
        let again = world
            .call(As::ManagerP, Method::POST, &apply, Some(motivation))
            .await;
        assert_eq!(again.status, 409);
        let mine = format!("/api/v1/candidates/{}/applications", world.presented.0);
        let listed = world.call(As::ManagerP, Method::GET, &mine, None).await;
        assert_eq!(listed.json[0]["status"], "in_pipeline", "{}", listed.json);
        let theirs = world.call(As::ManagerQ, Method::GET, &mine, None).await;
        assert_eq!(theirs.status, 404);
        let pipeline = world
            .call(
                As::Consultant,
                Method::GET,
                &format!("/api/v1/mandates/{}/pipeline", world.mandate_b.0),
                None,
            )
            .await;
        assert!(
            pipeline
                .json
                .as_array()
                .expect("pipeline")
                .iter()
                .any(|e| e["candidate_id"] == world.presented.0 && e["stage"] == "longlist"),
            "the consultant finds the applicant on the longlist: {}",
            pipeline.json
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_managers_network_is_theirs_alone() {
    for world in worlds().await {
        let path = format!("/api/v1/candidates/{}/contacts", world.presented.0);
        let contact = json!({ "name": "Ola Berg", "company": "Vestland Verft", "role_title": "CEO",
                              "met_how": "The yard's refinancing", "next_contact_on": "2027-01-15" });
        let mut bad = contact.clone();
        bad["next_contact_on"] = json!("soon");
        let refused = world
            .call(As::ManagerP, Method::POST, &path, Some(bad))
            .await;
        assert_eq!(
            (refused.status.as_u16(), refused.json["field"].as_str()),
            (422, Some("next_contact_on"))
        );
        let mut someone_elses = contact.clone();
        someone_elses["met_on_placement"] = json!(99999);
        let refused = world
            .call(As::ManagerP, Method::POST, &path, Some(someone_elses))
            .await;
        assert_eq!(refused.status, 404, "not one of their placements");
        let added = world
            .call(As::ManagerP, Method::POST, &path, Some(contact))
            .await;
        assert_eq!(added.status, 201, "{}", added.json);
        let mine = world.call(As::ManagerP, Method::GET, &path, None).await;
        assert_eq!(mine.json.as_array().map(Vec::len), Some(1));
        for outsider in [As::ManagerQ, As::Consultant, As::Admin, As::ClientA] {
            let seen = world.call(outsider, Method::GET, &path, None).await;
            assert_eq!(seen.status, 404, "{outsider:?} sees a private network");
        }
        let export = world
            .call(
                As::ManagerP,
                Method::GET,
                &format!("/api/v1/candidates/{}/export", world.presented.0),
                None,
            )
            .await;
        assert_eq!(export.json["network"][0]["name"], "Ola Berg");
        // The export is what the OpenAPI document says it is, field for field.
        let spec = serde_json::to_value(<web::openapi::ApiDoc as utoipa::OpenApi>::openapi())
            .expect("spec");
        let described = |name: &str| {
            let mut f: Vec<String> = spec["components"]["schemas"][name]["properties"]
                .as_object()
                .unwrap_or_else(|| panic!("{name} is described"))
                .keys()
                .cloned()
                .collect();
            f.sort();
            f
        };
        let sent = |value: &serde_json::Value| {
            let mut f: Vec<String> = value
                .as_object()
                .expect("an object")
                .keys()
                .cloned()
                .collect();
            f.sort();
            f
        };
        assert_eq!(sent(&export.json), described("ExportSchema"));
        assert_eq!(
            sent(&export.json["network"][0]),
            described("NetworkContactSchema")
        );
        assert_eq!(
            sent(&export.json["pipelines"][0]),
            described("ExportPipelineSchema")
        );
        assert_eq!(
            sent(&export.json["access_log"][0]),
            described("ExportAccessSchema")
        );
        let admin = world
            .users
            .iter()
            .find(|u| u.0 == As::Admin)
            .expect("admin")
            .1;
        let admins_log = || async {
            world
                .call(
                    As::Admin,
                    Method::GET,
                    &format!("/api/v1/audit?actor={}", admin.0),
                    None,
                )
                .await
                .json
                .as_array()
                .expect("entries")
                .iter()
                .filter_map(|e| e["action"].as_str().map(str::to_owned))
                .collect::<Vec<String>>()
        };
        let before = admins_log().await;
        let by_admin = world
            .call(
                As::Admin,
                Method::GET,
                &format!("/api/v1/candidates/{}/export", world.presented.0),
                None,
            )
            .await;
        assert_eq!(
            by_admin.json["network"],
            json!([]),
            "their network stays theirs"
        );
        let after = admins_log().await;
        assert_eq!(
            after[..after.len() - before.len()],
            ["export".to_owned()],
            "an admin's export is logged as one export, not also as a refusal"
        );
        assert!(
            export.headers["content-disposition"]
                .to_str()
                .expect("header")
                .starts_with("attachment")
        );
    }
}

/// A small real PDF whose document information names its author.
pub fn pdf_by(author: &str) -> Vec<u8> {
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>".to_owned(),
        format!("<< /Author ({author}) /Producer (Word for CVs) >>"),
    ];
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(b"xref\n0 5\n0000000000 65535 f \n");
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size 5 /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n")
            .as_bytes(),
    );
    out
}

pub async fn upload(world: &World, who: As, name: &str, bytes: Vec<u8>) -> crate::harness::Answer {
    let mut request = Request::builder()
        .method(Method::PUT)
        .uri(format!(
            "/api/v1/candidates/{}/cv?name={name}",
            world.presented.0
        ))
        .header("content-type", "application/octet-stream");
    if let Some(secret) = world.token(who) {
        request = request.header("authorization", format!("Bearer {}", secret.expose()));
    }
    world
        .send(request.body(Body::from(bytes)).expect("request"))
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cv_is_checked_by_content_stripped_and_served_only_to_those_allowed() {
    for world in worlds().await {
        let path = format!("/api/v1/candidates/{}/cv", world.presented.0);
        let mut program = b"MZ\x90\x00\x03\x00\x00\x00".to_vec();
        program.resize(4096, 0);
        let renamed = upload(&world, As::ManagerP, "cv.pdf", program).await;
        assert_eq!(
            (renamed.status.as_u16(), renamed.json["field"].as_str()),
            (422, Some("cv"))
        );
        assert!(
            renamed.json["message"]
                .as_str()
                .is_some_and(|m| m.contains("Windows program")),
            "{}",
            renamed.json
        );
        let png = upload(
            &world,
            As::ManagerP,
            "photo.pdf",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(),
        )
        .await;
        assert_eq!(png.status, 422, "{}", png.json);
        let oversized = upload(&world, As::ManagerP, "cv.pdf", {
            let mut big = pdf_by("Kari Nordmann");
            big.resize(6 * 1024 * 1024, b' ');
            big
        })
        .await;
        assert_eq!(
            (oversized.status.as_u16(), oversized.json["code"].as_str()),
            (413, Some("too_large")),
            "{}",
            oversized.json
        );
        let nothing = world.call(As::ManagerP, Method::GET, &path, None).await;
        assert_eq!(nothing.status, 404, "no refusal stored anything");

        let other = upload(&world, As::ManagerQ, "cv.pdf", pdf_by("Someone Else")).await;
        assert_eq!(other.status, 404, "not their record");
        let stored = upload(
            &world,
            As::ManagerP,
            "Kari%20CV.pdf",
            pdf_by("Kari Nordmann"),
        )
        .await;
        assert_eq!(stored.status, 204, "{}", stored.json);

        for who in [As::ManagerP, As::Consultant] {
            let request = Request::builder()
                .uri(&path)
                .header(
                    "authorization",
                    format!("Bearer {}", world.token(who).expect("token").expose()),
                )
                .body(Body::empty())
                .expect("request");
            let response = web::app(world.state.clone())
                .oneshot(request)
                .await
                .expect("answer");
            assert_eq!(response.status(), 200, "{who:?}");
            let headers = response.headers().clone();
            assert_eq!(headers["content-type"], "application/pdf");
            assert!(
                headers["content-disposition"]
                    .to_str()
                    .expect("header")
                    .starts_with("attachment"),
                "served as a download, never inline"
            );
            let bytes = http_body_util::BodyExt::collect(response.into_body())
                .await
                .expect("body")
                .to_bytes();
            assert!(bytes.starts_with(b"%PDF-"));
            assert!(
                !String::from_utf8_lossy(&bytes).contains("Kari Nordmann"),
                "the author is stripped"
            );
        }
        for who in [As::ClientA, As::ClientB, As::ManagerQ, As::Juror] {
            let refused = world.call(who, Method::GET, &path, None).await;
            assert_eq!(refused.status, 404, "{who:?} may not download the CV");
        }
        let export = world
            .call(
                As::ManagerP,
                Method::GET,
                &format!("/api/v1/candidates/{}/export", world.presented.0),
                None,
            )
            .await;
        assert_eq!(export.json["cv"]["content_type"], "application/pdf");
        let removed = world.call(As::ManagerP, Method::DELETE, &path, None).await;
        assert_eq!(removed.status, 204);
        let gone = world.call(As::Consultant, Method::GET, &path, None).await;
        assert_eq!(gone.status, 404);
    }
}
