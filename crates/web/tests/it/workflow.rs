//! The workflow routes' own rules: a mandate taken in and edited with If-Match, bad drafts
//! refused by field, the longlist once per candidate, moves that need a reason, accounts.

use axum::http::Method;
use serde_json::json;

use crate::access_matrix::draft;
use crate::harness::{As, worlds};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mandate_goes_from_intake_to_a_moving_pipeline() {
    for world in worlds().await {
        let made = world
            .call(
                As::Consultant,
                Method::POST,
                "/api/v1/mandates",
                Some(draft(&world)),
            )
            .await;
        assert_eq!(made.status, 201, "{}", made.json);
        let id = made.json["id"].as_i64().expect("id");
        let shown = world
            .call(
                As::Consultant,
                Method::GET,
                &format!("/api/v1/mandates/{id}"),
                None,
            )
            .await;
        let role = &shown.json["mandate"]["role"];
        assert_eq!(role["title"], "Finance Director", "kept as written: {role}");
        assert_eq!(
            role["uri"],
            "http://data.europa.eu/esco/occupation/30f3ea93-882a-4525-841c-1d5b4b64076f",
            "the synonym Finance Director is filed under ESCO's financial manager: {role}"
        );
        assert_eq!(role["isco_code"], "1211");
        assert_eq!(role["confirmed"], false, "nobody picked it: {role}");
        assert_eq!(role["needs_review"], false, "{role}");
        assert_eq!(shown.json["mandate"]["status"], "intake");

        let mut bad = draft(&world);
        bad["budget_day_rate"] = json!(-5);
        let refused = world
            .call(As::Consultant, Method::POST, "/api/v1/mandates", Some(bad))
            .await;
        assert_eq!(
            (refused.status.as_u16(), refused.json["field"].as_str()),
            (422, Some("budget_day_rate"))
        );
        let mut wrong_type = draft(&world);
        wrong_type["duration_weeks"] = json!("half a year");
        let refused = world
            .call(
                As::Consultant,
                Method::POST,
                "/api/v1/mandates",
                Some(wrong_type),
            )
            .await;
        assert_eq!(
            (refused.status.as_u16(), refused.json["field"].as_str()),
            (422, Some("duration_weeks"))
        );

        let path = format!("/api/v1/mandates/{id}");
        let mut edit = draft(&world);
        edit["duration_weeks"] = json!(30);
        let no_version = world
            .call(As::Consultant, Method::PUT, &path, Some(edit.clone()))
            .await;
        assert_eq!(
            (no_version.status.as_u16(), no_version.json["code"].as_str()),
            (428, Some("version_required"))
        );
        let edited = world
            .call_with(
                As::Consultant,
                Method::PUT,
                &path,
                Some(edit.clone()),
                Some("1"),
            )
            .await;
        assert_eq!(
            (edited.status.as_u16(), edited.json["version"].as_i64()),
            (200, Some(2))
        );
        let stale = world
            .call_with(As::Admin, Method::PUT, &path, Some(edit), Some("1"))
            .await;
        assert_eq!(
            (
                stale.status.as_u16(),
                stale.json["current_version"].as_i64()
            ),
            (409, Some(2))
        );

        let pipeline = format!("/api/v1/mandates/{id}/pipeline");
        let candidate = world.spare[0].0;
        let added = world
            .call(
                As::Consultant,
                Method::POST,
                &pipeline,
                Some(json!({ "candidate_id": candidate })),
            )
            .await;
        assert_eq!(added.status, 201, "{}", added.json);
        let again = world
            .call(
                As::Consultant,
                Method::POST,
                &pipeline,
                Some(json!({ "candidate_id": candidate })),
            )
            .await;
        assert_eq!(
            (again.status.as_u16(), again.json["code"].as_str()),
            (409, Some("duplicate"))
        );
        let nobody = world
            .call(
                As::Consultant,
                Method::POST,
                &pipeline,
                Some(json!({ "candidate_id": 987654 })),
            )
            .await;
        assert_eq!(nobody.json["field"], "candidate_id");

        let entry = added.json["id"].as_i64().expect("entry id");
        let moves = format!("/api/v1/pipeline/{entry}/moves");
        let contacted = world
            .call(
                As::Consultant,
                Method::POST,
                &moves,
                Some(json!({ "version": 1, "to": "contacted" })),
            )
            .await;
        assert_eq!(contacted.json["version"], 2, "{}", contacted.json);
        let no_reason = world
            .call(
                As::Consultant,
                Method::POST,
                &moves,
                Some(json!({ "version": 2, "to": "rejected" })),
            )
            .await;
        assert_eq!(
            (no_reason.status.as_u16(), no_reason.json["field"].as_str()),
            (422, Some("reason"))
        );
        let stale = world
            .call(
                As::Consultant,
                Method::POST,
                &moves,
                Some(json!({ "version": 1, "to": "interested" })),
            )
            .await;
        assert_eq!(stale.status, 409);
        let rejected = world
            .call(As::Consultant, Method::POST, &moves, Some(json!({ "version": 2, "to": "rejected", "reason": "Chose a permanent role elsewhere" })))
            .await;
        assert_eq!(rejected.status, 200, "{}", rejected.json);
        let listed = world
            .call(As::Consultant, Method::GET, &pipeline, None)
            .await;
        let row = &listed.json.as_array().expect("entries")[0];
        assert_eq!(row["stage"], "rejected");
        assert_eq!(row["history"].as_array().expect("history").len(), 3);
        assert_eq!(
            row["history"][2]["reason"],
            "Chose a permanent role elsewhere"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_submits_a_need_and_admins_make_accounts() {
    for world in worlds().await {
        let mut need = draft(&world);
        need["client_id"] = json!(0);
        let made = world
            .call(As::ClientA, Method::POST, "/api/v1/mandates", Some(need))
            .await;
        assert_eq!(made.status, 201, "{}", made.json);
        let id = made.json["id"].as_i64().expect("id");
        let mine = world
            .call(
                As::ClientA,
                Method::GET,
                &format!("/api/v1/mandates/{id}"),
                None,
            )
            .await;
        assert_eq!(mine.json["mandate"]["client_id"], world.client_a.0);
        assert_eq!(
            world
                .call(
                    As::ClientB,
                    Method::GET,
                    &format!("/api/v1/mandates/{id}"),
                    None
                )
                .await
                .status,
            404
        );

        let weak = json!({ "email": "weak@interim.test", "name": "Weak Password", "role": "consultant", "password": "password123" });
        let refused = world
            .call(As::Admin, Method::POST, "/api/v1/users", Some(weak))
            .await;
        assert_eq!(
            (refused.status.as_u16(), refused.json["field"].as_str()),
            (422, Some("password"))
        );
        let unbound = json!({ "email": "c@interim.test", "name": "Client Person", "role": "client", "password": "harbour-lantern-fjord" });
        let refused = world
            .call(As::Admin, Method::POST, "/api/v1/users", Some(unbound))
            .await;
        assert_eq!(refused.json["field"], "client_id");
        let twice = json!({ "email": "consultant@interim.test", "name": "Again", "role": "consultant", "password": "harbour-lantern-fjord" });
        assert_eq!(
            world
                .call(As::Admin, Method::POST, "/api/v1/users", Some(twice))
                .await
                .json["code"],
            "duplicate"
        );
        let listed = world
            .call(As::Admin, Method::GET, "/api/v1/users", None)
            .await;
        let accounts = listed.json.as_array().expect("accounts");
        assert_eq!(accounts.len(), 7);
        assert!(accounts.iter().all(|a| a.get("password_hash").is_none()));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clients_are_added_edited_with_if_match_and_given_contacts() {
    for world in worlds().await {
        let client = json!({ "name": "Fjordkraft Verft AS", "industry": "C30", "size": "large",
                             "sector": "private", "city": "Ålesund" });
        let mut bad = client.clone();
        bad["industry"] = json!("shipbuilding");
        let refused = world
            .call(As::Consultant, Method::POST, "/api/v1/clients", Some(bad))
            .await;
        assert_eq!(
            (refused.status.as_u16(), refused.json["field"].as_str()),
            (422, Some("industry"))
        );
        let made = world
            .call(
                As::Consultant,
                Method::POST,
                "/api/v1/clients",
                Some(client.clone()),
            )
            .await;
        assert_eq!(made.status, 201, "{}", made.json);
        let id = made.json["id"].as_i64().expect("id");
        let path = format!("/api/v1/clients/{id}");
        let mut renamed = client.clone();
        renamed["name"] = json!("Fjordkraft Verft ASA");
        let no_version = world
            .call(As::Consultant, Method::PUT, &path, Some(renamed.clone()))
            .await;
        assert_eq!(no_version.status, 428);
        let stale = world
            .call_with(
                As::Consultant,
                Method::PUT,
                &path,
                Some(renamed.clone()),
                Some("9"),
            )
            .await;
        assert_eq!(
            (
                stale.status.as_u16(),
                stale.json["current_version"].as_i64()
            ),
            (409, Some(1))
        );
        let saved = world
            .call_with(As::Consultant, Method::PUT, &path, Some(renamed), Some("1"))
            .await;
        assert_eq!(saved.json["version"], 2, "{}", saved.json);
        let contact = world
            .call(
                As::Consultant,
                Method::POST,
                &format!("{path}/contacts"),
                Some(json!({ "name": "Ingrid Holm", "title": "CEO", "email": "not an address" })),
            )
            .await;
        assert_eq!(contact.json["field"], "email");
        let contact = world
            .call(
                As::Consultant,
                Method::POST,
                &format!("{path}/contacts"),
                Some(json!({ "name": "Ingrid Holm", "title": "CEO", "email": "ingrid@fjordkraft.no" })),
            )
            .await;
        assert_eq!(contact.status, 201, "{}", contact.json);
        let shown = world.call(As::Consultant, Method::GET, &path, None).await;
        assert_eq!(shown.json["client"]["name"], "Fjordkraft Verft ASA");
        assert_eq!(shown.json["contacts"][0]["email"], "ingrid@fjordkraft.no");
        let missing = world
            .call(
                As::Consultant,
                Method::POST,
                "/api/v1/clients/99999/contacts",
                Some(json!({ "name": "Ingrid Holm", "title": "CEO", "email": "ingrid@fjordkraft.no" })),
            )
            .await;
        assert_eq!(missing.status, 404);
    }
}
