//! Selection over the API: a score without evidence is refused, interviewers' disagreements
//! and same-company referees are flagged, decisions set status and expiry (an expired one
//! shows), the client sees its shortlist blind until it asks to meet, another company gets 404,
//! and a placement stops the clock and is rated by the client after its last day.

use axum::http::Method;
use chrono::{Months, Utc};
use serde_json::json;

use crate::access_matrix::{interview_body, traits_all};
use crate::harness::{As, World, worlds};

fn vetting_path(world: &World) -> String {
    format!("/api/v1/candidates/{}/vetting", world.presented.0)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_score_needs_evidence_and_disagreements_are_flagged() {
    for world in worlds().await {
        let path = format!("/api/v1/candidates/{}/interviews", world.presented.0);
        let mut no_evidence = interview_body("telling");
        no_evidence["scores"]["decisive"]["evidence"] = json!("  ");
        let refused = world
            .call(As::Consultant, Method::POST, &path, Some(no_evidence))
            .await;
        assert_eq!(
            (refused.status.as_u16(), refused.json["field"].as_str()),
            (422, Some("scores.decisive.evidence")),
            "{}",
            refused.json
        );
        let mut one_missing = interview_body("telling");
        one_missing["scores"]
            .as_object_mut()
            .expect("scores")
            .remove("integrity");
        let refused = world
            .call(As::Consultant, Method::POST, &path, Some(one_missing))
            .await;
        assert_eq!(
            (refused.status.as_u16(), refused.json["field"].as_str()),
            (422, Some("scores.integrity.score"))
        );
        let mut unknown = interview_body("telling");
        unknown["scores"]["charisma"] = json!({ "score": 5, "evidence": "Lit up the room." });
        let refused = world
            .call(As::Consultant, Method::POST, &path, Some(unknown))
            .await;
        assert_eq!(
            (refused.status.as_u16(), refused.json["field"].as_str()),
            (422, Some("scores.charisma"))
        );
        let mut out_of_range = interview_body("telling");
        out_of_range["scores"]["results"]["score"] = json!(6);
        let refused = world
            .call(As::Consultant, Method::POST, &path, Some(out_of_range))
            .await;
        assert_eq!(refused.json["field"], "scores.results.score");
        let nothing = world
            .call(As::Consultant, Method::GET, &vetting_path(&world), None)
            .await;
        assert_eq!(
            nothing.json["interviews"],
            json!([]),
            "refusals saved nothing"
        );

        let first = world
            .call(
                As::Consultant,
                Method::POST,
                &path,
                Some(interview_body("strong")),
            )
            .await;
        assert_eq!(first.status, 201, "{}", first.json);
        let mut doubtful = interview_body("weak");
        doubtful["scores"]["decisive"]["score"] = json!(2);
        let second = world
            .call(As::Admin, Method::POST, &path, Some(doubtful))
            .await;
        assert_eq!(second.status, 201, "{}", second.json);
        let vetting = world
            .call(As::Consultant, Method::GET, &vetting_path(&world), None)
            .await;
        assert_eq!(vetting.json["interviews"].as_array().map(Vec::len), Some(2));
        assert_eq!(
            vetting.json["disagreements"],
            json!(["decisive"]),
            "4 against 2 is two points apart; the other traits agree"
        );
        assert_eq!(
            vetting.json["interviews"][0]["scores"]["operational"]["evidence"],
            "A strong example of Operational from day one in the last role."
        );

        // The manager sees their decisions, never the interviewers' evidence.
        let own = world
            .call(As::ManagerP, Method::GET, &vetting_path(&world), None)
            .await;
        assert_eq!(own.status, 200);
        assert_eq!(own.json["interviews"], json!([]));
        assert!(!own.json.to_string().contains("strong example"));
        let other = world
            .call(As::ManagerQ, Method::GET, &vetting_path(&world), None)
            .await;
        assert_eq!(other.status, 404);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_referee_at_the_current_employer_is_flagged() {
    for world in worlds().await {
        let store = &world.store;
        let record = store.candidate(world.presented).await.expect("candidate");
        let mut person = record.value.clone();
        person.track_record[0].end = None;
        let employer = person.track_record[0]
            .organisation
            .as_ref()
            .expect("generated")
            .to_string();
        store
            .update_candidate(world.presented, record.version, &person)
            .await
            .expect("now employed");
        let path = format!("/api/v1/candidates/{}/references", world.presented.0);
        let reference = |company: &str| {
            json!({
                "referee_name": "Berit Hansen", "referee_company": company, "relation": "peer",
                "assignment": "Finance transformation", "verdict": "positive", "checked_on": "2026-11-20",
                "answers": [{ "question": "What did they achieve?", "answer": "Closed the books in five days." }]
            })
        };
        let no_answers = json!({
            "referee_name": "Berit Hansen", "referee_company": "Elsewhere AS", "relation": "peer",
            "assignment": "Finance", "verdict": "positive", "checked_on": "2026-11-20", "answers": []
        });
        let refused = world
            .call(As::Consultant, Method::POST, &path, Some(no_answers))
            .await;
        assert_eq!(
            (refused.status.as_u16(), refused.json["field"].as_str()),
            (422, Some("answers"))
        );
        let mut bad_relation = reference("Elsewhere AS");
        bad_relation["relation"] = json!("cousin");
        let refused = world
            .call(As::Consultant, Method::POST, &path, Some(bad_relation))
            .await;
        assert_eq!(refused.json["field"], "relation");
        for company in [employer.as_str(), "Elsewhere AS"] {
            let made = world
                .call(
                    As::Consultant,
                    Method::POST,
                    &path,
                    Some(reference(company)),
                )
                .await;
            assert_eq!(made.status, 201, "{}", made.json);
        }
        let vetting = world
            .call(As::Consultant, Method::GET, &vetting_path(&world), None)
            .await;
        let flags: Vec<(String, bool)> = vetting.json["references"]
            .as_array()
            .expect("references")
            .iter()
            .map(|r| {
                (
                    r["referee_company"].as_str().unwrap_or_default().to_owned(),
                    r["same_company"].as_bool().unwrap_or_default(),
                )
            })
            .collect();
        assert_eq!(
            flags,
            vec![(employer.clone(), true), ("Elsewhere AS".to_owned(), false)]
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_decision_sets_status_and_expiry_and_a_lapsed_one_shows_as_expired() {
    for world in worlds().await {
        let path = format!("/api/v1/candidates/{}/decisions", world.presented.0);
        let before = world
            .call(As::Consultant, Method::GET, &vetting_path(&world), None)
            .await;
        let yesterday = Utc::now().date_naive().pred_opt().expect("yesterday");
        let refused = world
            .call(
                As::Consultant,
                Method::POST,
                &path,
                Some(json!({ "outcome": "qualified", "reasons": "Strong.", "expires_on": yesterday })),
            )
            .await;
        assert_eq!(
            (refused.status.as_u16(), refused.json["field"].as_str()),
            (422, Some("expires_on"))
        );
        let no_reasons = world
            .call(
                As::Consultant,
                Method::POST,
                &path,
                Some(json!({ "outcome": "qualified", "reasons": "" })),
            )
            .await;
        assert_eq!(no_reasons.json["field"], "reasons");
        let unchanged = world
            .call(As::Consultant, Method::GET, &vetting_path(&world), None)
            .await;
        assert_eq!(
            (&unchanged.json["status"], &unchanged.json["decisions"]),
            (&before.json["status"], &before.json["decisions"])
        );

        let not = world
            .call(
                As::Consultant,
                Method::POST,
                &path,
                Some(json!({ "outcome": "not_qualified", "reasons": "Has not led a turnaround." })),
            )
            .await;
        assert_eq!(not.status, 201, "{}", not.json);
        let vetting = world
            .call(As::Consultant, Method::GET, &vetting_path(&world), None)
            .await;
        assert_eq!(vetting.json["status"], "not_qualified");

        let made = world
            .call(
                As::Consultant,
                Method::POST,
                &path,
                Some(json!({ "outcome": "qualified", "reasons": "Two strong interviews." })),
            )
            .await;
        assert_eq!(made.status, 201, "{}", made.json);
        let vetting = world
            .call(As::Consultant, Method::GET, &vetting_path(&world), None)
            .await;
        let in_two_years = Utc::now()
            .date_naive()
            .checked_add_months(Months::new(24))
            .expect("date");
        assert_eq!(vetting.json["status"], "qualified");
        assert_eq!(vetting.json["qualified_until"], json!(in_two_years));
        assert_eq!(vetting.json["expired"], false);
        let own = world
            .call(As::ManagerP, Method::GET, &vetting_path(&world), None)
            .await;
        assert_eq!(own.json["decisions"].as_array().map(Vec::len), Some(2));
        assert!(
            own.json["decisions"][0].get("reasons").is_none(),
            "the reasons stay with the provider: {}",
            own.json
        );

        // Two years later the qualification has lapsed.
        let store = &world.store;
        let record = store.candidate(world.presented).await.expect("candidate");
        let mut lapsed = record.value.clone();
        lapsed.vetting.qualified_until = Some(yesterday);
        store
            .update_candidate(world.presented, record.version, &lapsed)
            .await
            .expect("lapse");
        let vetting = world
            .call(As::Consultant, Method::GET, &vetting_path(&world), None)
            .await;
        assert_eq!(
            (&vetting.json["status"], &vetting.json["expired"]),
            (&json!("qualified"), &json!(true))
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_client_sees_its_shortlist_blind_until_it_asks_to_meet() {
    for world in worlds().await {
        let mandate = world.mandate_a.0;
        let shortlist_path = format!("/api/v1/mandates/{mandate}/shortlist");
        let one = world
            .call(
                As::Consultant,
                Method::POST,
                &shortlist_path,
                Some(json!({ "entries": [{ "candidate_id": world.presented.0, "rationale": "Fits." }] })),
            )
            .await;
        assert_eq!(
            (one.status.as_u16(), one.json["field"].as_str()),
            (422, Some("entries"))
        );
        let no_reason = world
            .call(
                As::Consultant,
                Method::POST,
                &shortlist_path,
                Some(json!({ "entries": [
                    { "candidate_id": world.presented.0, "rationale": "Fits." },
                    { "candidate_id": world.presented_too.0, "rationale": " " }
                ]})),
            )
            .await;
        assert_eq!(no_reason.json["field"], "entries[1].rationale");
        let outsider = world
            .call(
                As::Consultant,
                Method::POST,
                &shortlist_path,
                Some(json!({ "entries": [
                    { "candidate_id": world.presented.0, "rationale": "Fits." },
                    { "candidate_id": world.spare[0].0, "rationale": "Not in the pipeline." }
                ]})),
            )
            .await;
        assert_eq!(outsider.status, 422, "{}", outsider.json);

        let mut secrets = Vec::new();
        let mut names = Vec::new();
        for c in [world.presented, world.presented_too] {
            let c = world.store.candidate(c).await.expect("candidate").value;
            names.push(c.name.to_string());
            secrets.push(c.name.to_string());
            secrets.push(c.email.to_string());
            secrets.extend(
                c.track_record
                    .iter()
                    .filter_map(|t| t.organisation.as_ref())
                    .map(ToString::to_string),
            );
        }
        let blind = world
            .call(As::ClientA, Method::GET, &shortlist_path, None)
            .await;
        assert_eq!(blind.status, 200, "{}", blind.json);
        let entries = blind.json["entries"].as_array().expect("entries");
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0]["label"], "Candidate A");
        assert_eq!(
            entries[1]["rationale"], "Knows the bank and the covenants.",
            "the harness's rationale"
        );
        let text = blind.json.to_string();
        for secret in &secrets {
            assert!(
                !text.contains(secret.as_str()),
                "the blind shortlist shows {secret}"
            );
        }
        let staff = world
            .call(As::Consultant, Method::GET, &shortlist_path, None)
            .await;
        assert!(staff.json["entries"][0]["name"].is_string());

        let other = world
            .call(As::ClientB, Method::GET, &shortlist_path, None)
            .await;
        let unknown = world
            .call(
                As::ClientB,
                Method::GET,
                "/api/v1/mandates/99999/shortlist",
                None,
            )
            .await;
        assert_eq!(other.status, 404);
        assert_eq!(other.json, unknown.json);

        let feedback_path = format!("/api/v1/mandates/{mandate}/feedback");
        let meet = json!({ "candidate_id": world.presented_too.0, "kind": "meet" });
        let b_tries = world
            .call(
                As::ClientB,
                Method::POST,
                &feedback_path,
                Some(meet.clone()),
            )
            .await;
        assert_eq!(b_tries.status, 404);
        let not_on_it = world
            .call(
                As::ClientA,
                Method::POST,
                &feedback_path,
                Some(json!({ "candidate_id": world.longlisted.0, "kind": "meet" })),
            )
            .await;
        assert_eq!(
            not_on_it.status, 404,
            "only the longlist: not for the client"
        );
        let bare_decline = world
            .call(
                As::ClientA,
                Method::POST,
                &feedback_path,
                Some(json!({ "candidate_id": world.presented.0, "kind": "decline" })),
            )
            .await;
        assert_eq!(
            (
                bare_decline.status.as_u16(),
                bare_decline.json["field"].as_str()
            ),
            (422, Some("text"))
        );
        let met = world
            .call(As::ClientA, Method::POST, &feedback_path, Some(meet))
            .await;
        assert_eq!(met.status, 201, "{}", met.json);

        let after = world
            .call(As::ClientA, Method::GET, &shortlist_path, None)
            .await;
        let entries = after.json["entries"].as_array().expect("entries");
        assert!(
            entries[0].get("name").is_none(),
            "still blind: {}",
            entries[0]
        );
        assert_eq!(entries[1]["name"].as_str(), Some(names[1].as_str()));
        assert_eq!(entries[1]["stage"], "client_interview");
        let seen = world
            .call(As::Consultant, Method::GET, &feedback_path, None)
            .await;
        assert_eq!(
            seen.json
                .as_array()
                .and_then(|f| f.last())
                .map(|f| (f["candidate_id"].clone(), f["kind"].clone())),
            Some((json!(world.presented_too.0), json!("meet"))),
            "the consultant sees the wish at once"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_placement_stops_the_clock_and_the_client_rates_it_after_the_last_day() {
    for world in worlds().await {
        let mandate = world.mandate_a.0;
        let entry = world
            .store
            .pipeline_of(world.mandate_a)
            .await
            .expect("pipeline")
            .into_iter()
            .find(|e| e.candidate_id == world.presented)
            .expect("entry");
        let path = format!("/api/v1/mandates/{mandate}/placement");
        let placement = |version: i64| {
            json!({ "entry_id": entry.id.0, "version": version, "start": "2026-03-02",
                    "end": "2026-08-28", "day_rate": 13500 })
        };
        let stale = world
            .call(
                As::Consultant,
                Method::POST,
                &path,
                Some(placement(entry.version.0 + 7)),
            )
            .await;
        assert_eq!(
            (stale.status.as_u16(), stale.json["code"].as_str()),
            (409, Some("stale_version"))
        );
        let other_mandate = world
            .call(
                As::Consultant,
                Method::POST,
                &format!("/api/v1/mandates/{}/placement", world.mandate_b.0),
                Some(placement(entry.version.0)),
            )
            .await;
        assert_eq!(other_mandate.json["field"], "entry_id");
        let placed = world
            .call(
                As::Consultant,
                Method::POST,
                &path,
                Some(placement(entry.version.0)),
            )
            .await;
        assert_eq!(placed.status, 201, "{}", placed.json);
        let shown = world
            .call(
                As::Consultant,
                Method::GET,
                &format!("/api/v1/mandates/{mandate}"),
                None,
            )
            .await;
        assert_eq!(shown.json["mandate"]["status"], "placed");
        assert!(shown.json["mandate"]["placed_at"].is_string());

        let count = |who: As| {
            let world = &world;
            async move {
                world
                    .call(who, Method::GET, "/api/v1/placements", None)
                    .await
                    .json
                    .as_array()
                    .map(Vec::len)
            }
        };
        assert_eq!(count(As::ManagerP).await, Some(1), "their own placement");
        assert_eq!(count(As::ManagerQ).await, Some(0));
        assert_eq!(count(As::ClientA).await, Some(1));
        assert_eq!(count(As::ClientB).await, Some(0));

        let evaluation_path = format!("/api/v1/mandates/{mandate}/evaluation");
        let rating =
            json!({ "traits": traits_all(5), "results": 4, "comment": "Cash in order by May." });
        let b_tries = world
            .call(
                As::ClientB,
                Method::POST,
                &evaluation_path,
                Some(rating.clone()),
            )
            .await;
        assert_eq!(b_tries.status, 404);
        let mut incomplete = rating.clone();
        incomplete["traits"]
            .as_object_mut()
            .expect("traits")
            .remove("clear");
        let refused = world
            .call(
                As::ClientA,
                Method::POST,
                &evaluation_path,
                Some(incomplete),
            )
            .await;
        assert_eq!(
            (refused.status.as_u16(), refused.json["field"].as_str()),
            (422, Some("traits.clear"))
        );
        let rated = world
            .call(
                As::ClientA,
                Method::POST,
                &evaluation_path,
                Some(rating.clone()),
            )
            .await;
        assert_eq!(rated.status, 201, "{}", rated.json);
        let twice = world
            .call(As::ClientA, Method::POST, &evaluation_path, Some(rating))
            .await;
        assert_eq!(twice.status, 409, "{}", twice.json);
        let profile = world
            .call(
                As::Consultant,
                Method::GET,
                &format!("/api/v1/candidates/{}", world.presented.0),
                None,
            )
            .await;
        assert!(
            profile.json["profile"]["track_record"]
                .as_array()
                .expect("track record")
                .iter()
                .any(|t| t["achievements"]
                    .as_str()
                    .is_some_and(|a| a.contains("Cash in order by May"))),
            "the rating joins the track record"
        );
    }
}
