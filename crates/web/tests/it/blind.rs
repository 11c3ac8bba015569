//! The blind shortlist holds on every client-facing route: a consultant presents a shortlist
//! whose rationales name the candidates and their employers; then every byte the client can
//! get (every GET route of the API, each with every id it might try, and its portal pages) is
//! searched for every name, contact detail, employer and organisation of every candidate still
//! blind to it.

use axum::http::{Method, StatusCode};
use serde_json::json;

use crate::harness::{As, World, worlds};
use crate::pages::{email_of, open, sign_in};

/// An organisation's name without a trailing legal form, as people write it.
fn core_name(organisation: &str) -> &str {
    const FORMS: [&str; 9] = [
        " AS", " ASA", " AB", " A/S", " ApS", " Oy", " Oyj", " HF", " SA",
    ];
    FORMS
        .iter()
        .find_map(|f| organisation.strip_suffix(f))
        .unwrap_or(organisation)
}

/// Everything that would unblind `candidate`, leaving out the client's own company name (its
/// pages name it, and a candidate may have worked there).
async fn secrets_of(world: &World, candidate: domain::ids::CandidateId) -> Vec<String> {
    let c = world
        .store
        .candidate(candidate)
        .await
        .expect("candidate")
        .value;
    let own = world
        .store
        .client(world.client_a)
        .await
        .expect("client")
        .value
        .name
        .to_string();
    let mut secrets = vec![c.name.to_string(), c.email.to_string()];
    secrets.extend(c.phone.map(|p| p.to_string()));
    for t in &c.track_record {
        let organisation = t.organisation.as_ref().expect("generated").as_str();
        if core_name(organisation) != core_name(&own) {
            secrets.push(organisation.to_owned());
            secrets.push(core_name(organisation).to_owned());
        }
    }
    secrets.retain(|s| s.chars().count() >= 4);
    secrets
}

/// The stage of `candidate` on client A's mandate, as staff see it.
async fn stage_of(world: &World, candidate: domain::ids::CandidateId) -> String {
    world
        .store
        .pipeline_of(world.mandate_a)
        .await
        .expect("pipeline")
        .into_iter()
        .find(|e| e.candidate_id == candidate)
        .map(|e| e.stage().code().to_owned())
        .expect("in the pipeline")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_client_facing_route_shows_a_blind_candidates_name_or_employers() {
    for world in worlds().await {
        let people = [world.presented, world.presented_too, world.longlisted];
        // The consultant writes names into the rationales: the full name, the first name on
        // its own, and each one's latest employer with and without its legal form.
        let mut entries = Vec::new();
        let mut first_names = Vec::new();
        for id in people {
            let c = world.store.candidate(id).await.expect("c").value;
            let first = c.name.as_str().split_whitespace().next().expect("a name");
            first_names.push(first.to_owned());
            let employer = c.track_record[0]
                .organisation
                .as_ref()
                .expect("generated")
                .to_string();
            entries.push(json!({
                "candidate_id": id.0,
                "rationale": format!(
                    "{} turned {} round; {first} also knows {} and answers at {}.",
                    c.name,
                    employer,
                    core_name(&employer).to_uppercase(),
                    c.email,
                ),
            }));
        }
        let presented = world
            .call(
                As::Consultant,
                Method::POST,
                &format!("/api/v1/mandates/{}/shortlist", world.mandate_a.0),
                Some(json!({ "entries": entries })),
            )
            .await;
        assert_eq!(presented.status, StatusCode::CREATED, "{}", presented.json);

        let mut blind = Vec::new();
        for id in people {
            if stage_of(&world, id).await == "presented" {
                blind.push(id);
            }
        }
        assert_eq!(blind.len(), 3, "the new shortlist is blind to the client");
        let mut secrets = Vec::new();
        for id in &blind {
            secrets.extend(secrets_of(&world, *id).await);
        }
        assert!(secrets.len() >= 9, "{secrets:?}");

        // Every GET route of the API, with each id the client might try in it.
        let mut answers: Vec<(String, String)> = Vec::new();
        let mut ids: Vec<i64> = people.iter().map(|c| c.0).collect();
        ids.extend([world.mandate_a.0, world.client_a.0, 1, 2, 3]);
        for (method, route, _) in web::api::route_table() {
            if method != Method::GET {
                continue;
            }
            let paths: Vec<String> = if route.contains("{id}") {
                ids.iter()
                    .map(|id| route.replace("{id}", &id.to_string()))
                    .collect()
            } else {
                vec![route.to_owned()]
            };
            for path in paths {
                let answer = world.call(As::ClientA, Method::GET, &path, None).await;
                answers.push((path, answer.json.to_string()));
            }
        }
        let shortlist = world
            .call(
                As::ClientA,
                Method::GET,
                &format!("/api/v1/mandates/{}/shortlist", world.mandate_a.0),
                None,
            )
            .await;
        assert_eq!(shortlist.status, StatusCode::OK);
        let rationales: Vec<&str> = shortlist.json["entries"]
            .as_array()
            .expect("entries")
            .iter()
            .filter_map(|e| e["rationale"].as_str())
            .collect();
        assert_eq!(rationales.len(), 3);
        for (rationale, first) in rationales.iter().zip(&first_names) {
            assert!(
                rationale.contains("round;") && rationale.contains("[name withheld]"),
                "the rest of the rationale stays: {rationale}"
            );
            assert!(
                !rationale
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|w| w == first),
                "the first name alone is withheld too: {rationale}"
            );
        }

        // The portal's pages, signed in as the client.
        let (cookie, _) = sign_in(&world, &email_of(&world, As::ClientA), "/portal").await;
        for path in [
            "/portal".to_owned(),
            format!("/portal/mandates/{}", world.mandate_a.0),
        ] {
            let page = open(&world, Method::GET, &path, Some(&cookie), None).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            answers.push((path, page.html));
        }
        assert!(
            answers
                .iter()
                .any(|(_, body)| body.contains("[employer withheld]")),
            "the redacted rationale reaches the client"
        );

        for (path, body) in &answers {
            for secret in &secrets {
                assert!(
                    !body.to_lowercase().contains(&secret.to_lowercase()),
                    "{path} shows '{secret}' of a blind candidate: {body}"
                );
            }
        }

        // Staff read the rationale as it was written.
        let staff = world
            .call(
                As::Consultant,
                Method::GET,
                &format!("/api/v1/mandates/{}/shortlist", world.mandate_a.0),
                None,
            )
            .await;
        let first = staff.json["entries"][0]["rationale"]
            .as_str()
            .expect("rationale");
        assert!(first.contains(&first_names[0]), "{first}");
    }
}
