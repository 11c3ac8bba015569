//! `POST /api/v1/candidates`: staff create a candidate with a typed body, who ranks at once
//! like a generated one and says on which legal basis; a known person answers 409 with
//! their id, or is merged into; every wrong field is named; clients cannot create anyone.

use axum::http::Method;
use serde_json::json;

use crate::access_matrix::draft;
use crate::harness::{As, worlds};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_created_candidate_ranks_at_once_and_a_duplicate_names_the_person_held() {
    for world in worlds().await {
        let mandate = world
            .call(
                As::Consultant,
                Method::POST,
                "/api/v1/mandates",
                Some(draft(&world)),
            )
            .await;
        assert_eq!(mandate.status, 201, "{:?}", mandate.json);
        let mandate = mandate.json["id"].as_i64().expect("id");
        let body = json!({
            "name": "Hedda Gabler", "email": "Hedda.Gabler@Partner.example", "phone": "+47 415 55 123",
            "headline": "Finance director for turnarounds", "source": "Globalise", "external_id": "GL-77",
            "home_city": "Oslo", "country": "NO", "day_rate": 13000, "languages": ["no:C2", "en:C1"],
            "available_from": "2027-01-04",
            "experience": [
                { "title": "Finance Director", "organisation": "Norsk Hydro", "start": "2019-03", "industry": "C24",
                  "achievements": "Led the refinancing and the turnaround of the aluminium division." },
                { "title": "Økonomisjef", "organisation": "Elkem", "start": "2014", "end": "2019-02" }
            ]
        });
        let created = world
            .call(
                As::Consultant,
                Method::POST,
                "/api/v1/candidates",
                Some(body.clone()),
            )
            .await;
        assert_eq!(created.status, 201, "{:?}", created.json);
        let id = created.json["id"].as_i64().expect("id");

        // In the index at once: ranked for the mandate (unvetted, so only when let in).
        let path = format!("/api/v1/mandates/{mandate}/matches?include_unvetted=true&top=50");
        let ranked = world.call(As::Consultant, Method::GET, &path, None).await;
        assert_eq!(ranked.status, 200, "{:?}", ranked.json);
        let results = ranked.json["results"].as_array().expect("results");
        let hedda = results
            .iter()
            .find(|r| r["candidate_id"] == id)
            .unwrap_or_else(|| panic!("the new candidate is ranked: {results:?}"));
        assert_eq!(hedda["unvetted"], true);
        let due = chrono::Utc::now().date_naive() + chrono::Duration::days(30);
        assert_eq!(
            hedda["legal_basis"],
            format!("legitimate interest until the Art. 14 notice due {due}"),
            "{hedda}"
        );
        let reasons = hedda.to_string();
        assert!(
            reasons.contains("financial manager"),
            "the role is filed under ESCO: {reasons}"
        );
        let unvetted_left_out = world
            .call(
                As::Consultant,
                Method::GET,
                &format!("/api/v1/mandates/{mandate}/matches?top=50"),
                None,
            )
            .await;
        assert!(
            unvetted_left_out.json["results"]
                .as_array()
                .is_some_and(|r| r.iter().all(|r| r["candidate_id"] != id)),
            "a new candidate starts unvetted"
        );

        // The same e-mail (another case) is the same person: refused with their id, or merged.
        let mut again = body.clone();
        again["email"] = json!("  hedda.gabler@partner.example ");
        again["external_id"] = json!(null);
        again["day_rate"] = json!(13500);
        let refused = world
            .call(
                As::Consultant,
                Method::POST,
                "/api/v1/candidates",
                Some(again.clone()),
            )
            .await;
        assert_eq!(refused.status, 409, "{:?}", refused.json);
        assert_eq!(refused.json["code"], "duplicate");
        assert_eq!(refused.json["existing_id"], id);
        let merged = world
            .call(
                As::Consultant,
                Method::POST,
                "/api/v1/candidates?on_duplicate=merge",
                Some(again),
            )
            .await;
        assert_eq!(merged.status, 200, "{:?}", merged.json);
        assert_eq!(merged.json["id"], id);
        assert_eq!(merged.json["merged"], true);
        assert!(
            merged.json["changed"].as_array().is_some_and(|c| c
                .iter()
                .any(|c| c["field"] == "day_rate" && c["after"] == "NOK 13500")),
            "{:?}",
            merged.json
        );
        let read = world
            .call(
                As::Consultant,
                Method::GET,
                &format!("/api/v1/candidates/{id}"),
                None,
            )
            .await;
        assert_eq!(
            read.json["profile"]["day_rate"]["amount"], 13500,
            "{:?}",
            read.json
        );
        assert_eq!(read.json["profile"]["external_id"], "GL-77");
        assert_eq!(
            read.json["profile"]["provenance"]["day_rate"]["by"],
            "staff"
        );

        // The consultant's page says where the person came from and on which basis.
        let email = crate::pages::email_of(&world, As::Consultant);
        let (cookie, _) = crate::pages::sign_in(&world, &email, "/app").await;
        let page = crate::pages::open(
            &world,
            Method::GET,
            &format!("/app/candidates/{id}"),
            Some(&cookie),
            None,
        )
        .await;
        assert_eq!(page.status, 200);
        for text in [
            "Globalise (their id there: GL-77)",
            &format!("legitimate interest until the Art. 14 notice due {due}"),
            "Where the data came from",
            "by staff on",
        ] {
            assert!(page.html.contains(text), "no '{text}' on the profile page");
        }

        // Every wrong field is named, and nothing is written.
        let before = world.store.count_candidates().await.expect("count");
        let wrong = world
            .call(
                As::Admin,
                Method::POST,
                "/api/v1/candidates",
                Some(json!({
                    "name": "X", "email": "nobody", "home_city": "Atlantis", "day_rate": -3,
                    "languages": ["no"], "experience": [{ "title": "CFO", "start": "2020-13" }]
                })),
            )
            .await;
        assert_eq!(wrong.status, 422, "{:?}", wrong.json);
        assert_eq!(wrong.json["field"], "name");
        let fields: Vec<&str> = wrong.json["problems"]
            .as_array()
            .expect("problems")
            .iter()
            .filter_map(|p| p["field"].as_str())
            .collect();
        assert_eq!(
            fields,
            [
                "name",
                "email",
                "home_city",
                "day_rate",
                "languages[0]",
                "experience[0].start"
            ]
        );
        let unknown = world
            .call(
                As::Admin,
                Method::POST,
                "/api/v1/candidates",
                Some(json!({ "name": "Eva Lind", "email": "eva@x.se", "home_city": "Oslo", "day_rate": 1, "salary": 3 })),
            )
            .await;
        assert_eq!(unknown.status, 422, "{:?}", unknown.json);
        assert_eq!(unknown.json["field"], "salary");
        assert_eq!(world.store.count_candidates().await.expect("count"), before);
    }
}

/// A record like a held person's (the same name and city, another e-mail) is created and
/// put in the review queue with them; merging the held person into it keeps everything they
/// had: the pipeline entries, the shortlist, the login, and their e-mail as a key; the
/// merged-away id answers 410 with the survivor's (a page, 301), and a lookalike kept apart
/// leaves the queue.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_possible_duplicate_is_reviewed_and_a_merge_keeps_everything() {
    for world in worlds().await {
        let held = world
            .store
            .candidate(world.presented)
            .await
            .expect("presented")
            .value;
        let lookalike = |email: &str| {
            json!({
                "name": held.name.as_str(), "email": email, "home_city": held.home.city.as_str(),
                "country": held.home.country.as_str(), "day_rate": 12000, "birth_year": 1966,
                "experience": [{ "title": "Interim CFO", "organisation": "Fjordkraft" }]
            })
        };
        let created = world
            .call(
                As::Consultant,
                Method::POST,
                "/api/v1/candidates",
                Some(lookalike("second.record@partner.example")),
            )
            .await;
        assert_eq!(created.status, 201, "{:?}", created.json);
        let survivor = created.json["id"].as_i64().expect("id");
        assert_eq!(
            created.json["possible_duplicates"],
            json!([world.presented.0]),
            "{:?}",
            created.json
        );

        let queue = world
            .call(As::Consultant, Method::GET, "/api/v1/duplicates", None)
            .await;
        assert_eq!(queue.status, 200, "{:?}", queue.json);
        let pairs = queue.json["results"].as_array().expect("results");
        assert_eq!(pairs.len(), 1, "{pairs:?}");
        let pair = &pairs[0];
        assert_eq!(pair["first"]["id"], world.presented.0);
        assert_eq!(pair["second"]["id"], survivor);
        let reasons = pair["reasons"].to_string();
        assert!(
            reasons.contains("the same name") && reasons.contains("both live in"),
            "{reasons}"
        );

        // Merge the held person into the new record: everything moves.
        let entries_before = world
            .store
            .pipelines_of_candidate(world.presented)
            .await
            .expect("pipelines")
            .len();
        assert!(entries_before > 0);
        let path = format!("/api/v1/duplicates/{}/merge", pair["id"]);
        let merged = world
            .call(
                As::Consultant,
                Method::POST,
                &path,
                Some(json!({ "survivor": survivor })),
            )
            .await;
        assert_eq!(merged.status, 200, "{:?}", merged.json);
        assert_eq!(merged.json["merged"], world.presented.0);
        assert!(
            merged.json["moved"].to_string().contains("pipeline entr"),
            "{:?}",
            merged.json
        );
        let again = world
            .call(
                As::Consultant,
                Method::POST,
                &path,
                Some(json!({ "survivor": survivor })),
            )
            .await;
        assert_eq!(again.status, 409, "decided already: {:?}", again.json);

        let survivor_id = domain::ids::CandidateId(survivor);
        let entries = world
            .store
            .pipelines_of_candidate(survivor_id)
            .await
            .expect("pipelines");
        assert_eq!(entries.len(), entries_before, "every pipeline entry moved");
        assert!(entries.iter().all(|e| e.value.candidate_id == survivor_id));
        let shortlist = world
            .store
            .shortlist_of(world.mandate_a)
            .await
            .expect("shortlist")
            .expect("presented");
        assert!(
            shortlist
                .value
                .entries
                .iter()
                .any(|e| e.candidate_id == survivor_id),
            "the shortlist names the survivor"
        );
        let login = world
            .users
            .iter()
            .find(|u| u.0 == As::ManagerP)
            .expect("manager")
            .1;
        assert_eq!(
            world.store.user(login).await.expect("user").role,
            domain::user::UserRole::InterimManager {
                candidate_id: survivor_id
            },
            "the manager's login is the survivor's"
        );
        let record = world
            .store
            .candidate(survivor_id)
            .await
            .expect("survivor")
            .value;
        assert_eq!(record.email.as_str(), "second.record@partner.example");
        assert!(
            record.track_record.len() > 1,
            "the held roles are joined to the new one"
        );

        // The merged-away id points to the survivor, over the API and as a page.
        let old = format!("/api/v1/candidates/{}", world.presented.0);
        let gone = world.call(As::Consultant, Method::GET, &old, None).await;
        assert_eq!(gone.status, 410, "{:?}", gone.json);
        assert_eq!(gone.json["code"], "merged");
        assert_eq!(gone.json["survivor_id"], survivor);
        assert_eq!(
            gone.headers["location"],
            format!("/api/v1/candidates/{survivor}").as_str()
        );
        let page = format!("/app/candidates/{}", world.presented.0);
        let moved = world.call(As::Consultant, Method::GET, &page, None).await;
        assert_eq!(moved.status, 301);
        assert_eq!(
            moved.headers["location"],
            format!("/app/candidates/{survivor}").as_str()
        );

        // The merged-away e-mail still finds the person.
        let mut by_old_email = lookalike(held.email.as_str());
        by_old_email["name"] = json!("Someone Else");
        let known = world
            .call(
                As::Consultant,
                Method::POST,
                "/api/v1/candidates",
                Some(by_old_email),
            )
            .await;
        assert_eq!(known.status, 409, "{:?}", known.json);
        assert_eq!(known.json["existing_id"], survivor);

        // A lookalike kept apart leaves the queue and is not asked about again.
        let third = world
            .call(
                As::Consultant,
                Method::POST,
                "/api/v1/candidates",
                Some(lookalike("third.record@partner.example")),
            )
            .await;
        assert_eq!(third.status, 201, "{:?}", third.json);
        assert_eq!(third.json["possible_duplicates"], json!([survivor]));
        let queue = world
            .call(As::Consultant, Method::GET, "/api/v1/duplicates", None)
            .await;
        let pair = queue.json["results"][0]["id"].clone();
        let apart = world
            .call(
                As::Admin,
                Method::POST,
                &format!("/api/v1/duplicates/{pair}/keep-apart"),
                None,
            )
            .await;
        assert_eq!(apart.status, 204, "{:?}", apart.json);
        let queue = world
            .call(As::Consultant, Method::GET, "/api/v1/duplicates", None)
            .await;
        assert_eq!(queue.json["results"], json!([]));
    }
}
