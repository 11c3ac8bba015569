//! The consultant's pages in-process: sign-in by form and back to the page asked for, forms
//! refused without their token (and nothing changed), every wrong intake field named at once,
//! longlisting and moving candidates, and pages closed to other roles.

use axum::body::Body;
use axum::http::{Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use tower::ServiceExt;

use domain::vocabulary::{MandateStatus, PipelineStage};

use crate::harness::{PASSWORD, World, worlds};

/// A page's answer: status, headers and the HTML.
pub(crate) struct Page {
    pub(crate) status: StatusCode,
    pub(crate) headers: axum::http::HeaderMap,
    pub(crate) html: String,
}

impl Page {
    fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// The form token the page carries for its forms.
    fn csrf(&self) -> String {
        let at = self
            .html
            .find("name=\"csrf\" value=\"")
            .expect("the page has a form token");
        let rest = &self.html[at + "name=\"csrf\" value=\"".len()..];
        rest[..rest.find('"').expect("closing quote")].to_owned()
    }
}

/// `application/x-www-form-urlencoded`.
fn encode(fields: &[(&str, &str)]) -> String {
    fields
        .iter()
        .map(|(k, v)| {
            let escape = |s: &str| {
                s.bytes()
                    .map(|b| {
                        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
                            char::from(b).to_string()
                        } else if b == b' ' {
                            "+".to_owned()
                        } else {
                            format!("%{b:02X}")
                        }
                    })
                    .collect::<String>()
            };
            format!("{}={}", escape(k), escape(v))
        })
        .collect::<Vec<_>>()
        .join("&")
}

pub(crate) async fn open(
    world: &World,
    method: Method,
    path: &str,
    cookie: Option<&str>,
    form: Option<String>,
) -> Page {
    let mut request = Request::builder()
        .method(method)
        .uri(path)
        .header("host", "interim.test");
    if let Some(cookie) = cookie {
        request = request.header(header::COOKIE, cookie);
    }
    let request = match form {
        Some(body) => request
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body)),
        None => request.body(Body::empty()),
    }
    .expect("request");
    let response = web::app(world.state.clone())
        .oneshot(request)
        .await
        .expect("answer");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    Page {
        status,
        headers,
        html: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

/// Signs in through the form; returns the cookie pair.
pub(crate) async fn sign_in(world: &World, email: &str, next: &str) -> (String, Page) {
    let page = open(
        world,
        Method::POST,
        "/sign-in",
        None,
        Some(encode(&[
            ("email", email),
            ("password", PASSWORD),
            ("next", next),
        ])),
    )
    .await;
    assert_eq!(page.status, StatusCode::SEE_OTHER, "{}", page.html);
    let cookie = page.headers[header::SET_COOKIE]
        .to_str()
        .expect("cookie")
        .split(';')
        .next()
        .expect("pair")
        .to_owned();
    (cookie, page)
}

pub(crate) fn email_of(world: &World, who: crate::harness::As) -> String {
    world
        .users
        .iter()
        .find(|u| u.0 == who)
        .map(|u| u.2.clone())
        .expect("user")
}

#[tokio::test]
async fn strangers_go_to_sign_in_and_come_back_to_the_page_they_asked_for() {
    for world in worlds().await {
        let page = open(&world, Method::GET, "/app/network?q=cfo", None, None).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER);
        assert_eq!(page.location(), "/sign-in?next=/app/network%3Fq%3Dcfo");

        let refused = open(
            &world,
            Method::POST,
            "/sign-in",
            None,
            Some(encode(&[
                ("email", &email_of(&world, crate::harness::As::Consultant)),
                ("password", "wrong-password-here"),
            ])),
        )
        .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.html.contains("class=\"form-error\""),
            "{}",
            refused.html
        );

        let email = email_of(&world, crate::harness::As::Consultant);
        let (cookie, signed_in) = sign_in(&world, &email, "/app/network?q=cfo").await;
        assert_eq!(signed_in.location(), "/app/network?q=cfo");
        // Another site's address is never a place to go back to.
        let (_, elsewhere) = sign_in(&world, &email, "//evil.example/").await;
        assert_eq!(elsewhere.location(), "/app");

        let dashboard = open(&world, Method::GET, "/app", Some(&cookie), None).await;
        assert_eq!(dashboard.status, StatusCode::OK);
        assert!(dashboard.html.contains("class=\"who\""));
        assert!(
            dashboard
                .html
                .contains(&format!("data-mandate-id=\"{}\"", world.mandate_a.0)),
            "the open mandate is on the dashboard"
        );

        let csrf = dashboard.csrf();
        let out = open(
            &world,
            Method::POST,
            "/sign-out",
            Some(&cookie),
            Some(encode(&[("csrf", &csrf)])),
        )
        .await;
        assert_eq!(out.status, StatusCode::SEE_OTHER);
        let after = open(&world, Method::GET, "/app", Some(&cookie), None).await;
        assert_eq!(
            after.status,
            StatusCode::SEE_OTHER,
            "the session ended on the server"
        );
    }
}

#[tokio::test]
async fn forms_without_their_token_or_from_another_site_are_refused_and_change_nothing() {
    for world in worlds().await {
        let email = email_of(&world, crate::harness::As::Consultant);
        let (cookie, _) = sign_in(&world, &email, "/app").await;
        let before = world.store.mandates().await.expect("mandates").len();
        let form = encode(&[("title", "Interim CFO"), ("client_id", "1")]);
        let no_token = open(
            &world,
            Method::POST,
            "/app/mandates/new",
            Some(&cookie),
            Some(form.clone()),
        )
        .await;
        assert_eq!(no_token.status, StatusCode::FORBIDDEN);
        assert!(no_token.html.contains("form token"), "{}", no_token.html);

        let dashboard = open(&world, Method::GET, "/app", Some(&cookie), None).await;
        let csrf = dashboard.csrf();
        let request = Request::builder()
            .method(Method::POST)
            .uri("/app/mandates/new")
            .header("host", "interim.test")
            .header(header::COOKIE, &cookie)
            .header("sec-fetch-site", "cross-site")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(encode(&[("csrf", &csrf), ("title", "x")])))
            .expect("request");
        let cross_site = web::app(world.state.clone())
            .oneshot(request)
            .await
            .expect("answer");
        assert_eq!(cross_site.status(), StatusCode::FORBIDDEN);
        assert_eq!(
            world.store.mandates().await.expect("mandates").len(),
            before,
            "nothing was taken in"
        );
    }
}

#[tokio::test]
async fn the_intake_form_names_every_wrong_field_then_takes_the_mandate_in() {
    for world in worlds().await {
        let email = email_of(&world, crate::harness::As::Consultant);
        let (cookie, _) = sign_in(&world, &email, "/app").await;
        let form_page = open(
            &world,
            Method::GET,
            "/app/mandates/new",
            Some(&cookie),
            None,
        )
        .await;
        assert_eq!(form_page.status, StatusCode::OK);
        let csrf = form_page.csrf();
        let client = world.client_a.0.to_string();
        let before = world.store.mandates().await.expect("mandates").len();
        let mut fields = vec![
            ("csrf", csrf.as_str()),
            ("client_id", client.as_str()),
            ("title", " "),
            ("role", "cfo"),
            ("level", "executive"),
            ("situation", "restructuring_turnaround"),
            ("current_state", "Losses for two years; covenants at risk."),
            ("goals", "Refinance and restore margins."),
            ("start_date", "next month"),
            ("duration_weeks", "26"),
            ("budget_day_rate", "14000"),
            ("currency", "nok"),
            ("city", "Oslo"),
            ("country", "NO"),
            ("on_site_days", "9"),
            ("req_importance", "must_have"),
            ("req_kind", "language"),
            ("req_value", "no"),
            ("req_min_level", "C1"),
        ];
        let refused = open(
            &world,
            Method::POST,
            "/app/mandates/new",
            Some(&cookie),
            Some(encode(&fields)),
        )
        .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        for field in ["title", "start_date", "on_site_days"] {
            assert!(
                refused
                    .html
                    .contains(&format!("class=\"field-error\" id=\"e-{field}\"")),
                "no message next to {field}"
            );
        }
        assert!(
            refused.html.contains("3 fields need"),
            "the count of problems is shown"
        );
        assert!(
            refused.html.contains("Losses for two years"),
            "what was typed is kept"
        );
        assert_eq!(
            world.store.mandates().await.expect("mandates").len(),
            before
        );

        for (k, v) in &mut fields {
            match *k {
                "title" => *v = "Interim CFO for the refinancing",
                "start_date" => *v = "2027-01-11",
                "on_site_days" => *v = "4",
                _ => {}
            }
        }
        let saved = open(
            &world,
            Method::POST,
            "/app/mandates/new",
            Some(&cookie),
            Some(encode(&fields)),
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html);
        let id: i64 = saved
            .location()
            .strip_prefix("/app/mandates/")
            .and_then(|s| s.parse().ok())
            .expect("goes to the new mandate");
        let mandate = world
            .store
            .mandate(domain::ids::MandateId(id))
            .await
            .expect("saved")
            .value;
        assert_eq!(mandate.title.as_str(), "Interim CFO for the refinancing");
        assert!(
            (mandate.location.lat - 59.91).abs() < 0.1,
            "Oslo placed on the map from its name"
        );
        assert_eq!(mandate.must_haves().count(), 1);
        let page = open(&world, Method::GET, saved.location(), Some(&cookie), None).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.html.contains("Day 0 of 10"), "the clock starts");

        // An edit keeps the earlier version: the page says what changed.
        let edit_path = format!("{}/edit", saved.location());
        let edit_form = open(&world, Method::GET, &edit_path, Some(&cookie), None).await;
        assert!(edit_form.html.contains("Interim CFO for the refinancing"));
        for (k, v) in &mut fields {
            if *k == "title" {
                *v = "Interim CFO for the refinancing and sale";
            }
        }
        fields.push(("version", "1"));
        let edited = open(
            &world,
            Method::POST,
            &edit_path,
            Some(&cookie),
            Some(encode(&fields)),
        )
        .await;
        assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.html);
        let page = open(&world, Method::GET, saved.location(), Some(&cookie), None).await;
        assert!(
            page.html.contains("edited title"),
            "the change is in the history"
        );
        let stale = open(
            &world,
            Method::POST,
            &edit_path,
            Some(&cookie),
            Some(encode(&fields)),
        )
        .await;
        assert_eq!(
            stale.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "version 1 is stale now"
        );
        assert!(
            stale
                .html
                .contains("Someone else saved this mandate meanwhile")
        );
    }
}

#[tokio::test]
async fn candidates_go_on_the_longlist_and_move_with_a_reason_where_one_is_needed() {
    for world in worlds().await {
        let email = email_of(&world, crate::harness::As::Consultant);
        let (cookie, _) = sign_in(&world, &email, "/app").await;
        let mandate_path = format!("/app/mandates/{}", world.mandate_b.0);
        let csrf = open(&world, Method::GET, &mandate_path, Some(&cookie), None)
            .await
            .csrf();
        let (first, second) = (world.spare[0].0.to_string(), world.spare[1].0.to_string());
        let added = open(
            &world,
            Method::POST,
            &format!("{mandate_path}/longlist"),
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("candidate_id", &first),
                ("candidate_id", &second),
            ])),
        )
        .await;
        assert_eq!(added.status, StatusCode::OK, "{}", added.html);
        assert!(added.html.contains("2 added to the longlist."));
        let entries = world
            .store
            .pipeline_of(world.mandate_b)
            .await
            .expect("pipeline");
        let entry = entries
            .iter()
            .find(|e| e.value.candidate_id == world.spare[0])
            .expect("on the longlist");
        assert_eq!(entry.value.stage(), PipelineStage::Longlist);
        let status = world
            .store
            .mandate(world.mandate_b)
            .await
            .expect("mandate")
            .value
            .status;
        assert_ne!(status, MandateStatus::Intake, "the search has started");

        let move_path = format!("/app/pipeline/{}/move", entry.id.0);
        let version = entry.version.0.to_string();
        let no_reason = open(
            &world,
            Method::POST,
            &move_path,
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("version", &version),
                ("to", "rejected"),
                ("reason", " "),
            ])),
        )
        .await;
        assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            no_reason.html.contains("say why the candidate is rejected"),
            "{}",
            no_reason.html
        );
        let unchanged = world.store.pipeline_entry(entry.id).await.expect("entry");
        assert_eq!(unchanged.value.stage(), PipelineStage::Longlist);

        let moved = open(
            &world,
            Method::POST,
            &move_path,
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("version", &version),
                ("to", "contacted"),
            ])),
        )
        .await;
        assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.html);
        let stale = open(
            &world,
            Method::POST,
            &move_path,
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("version", &version),
                ("to", "interested"),
            ])),
        )
        .await;
        assert_eq!(
            stale.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "the old version is stale"
        );
        assert!(
            stale
                .html
                .contains("Someone moved this candidate meanwhile")
        );
        let now = world.store.pipeline_entry(entry.id).await.expect("entry");
        assert_eq!(now.value.stage(), PipelineStage::Contacted);
        assert_eq!(now.value.history.len(), 2);
    }
}

#[tokio::test]
async fn the_consultant_pages_are_closed_to_clients_and_interim_managers() {
    for world in worlds().await {
        for who in [crate::harness::As::ClientA, crate::harness::As::ManagerP] {
            let (cookie, _) = sign_in(&world, &email_of(&world, who), "/app").await;
            for path in [
                "/app".to_owned(),
                format!("/app/candidates/{}", world.presented.0),
                format!("/app/mandates/{}", world.mandate_a.0),
            ] {
                let page = open(&world, Method::GET, &path, Some(&cookie), None).await;
                assert_eq!(page.status, StatusCode::FORBIDDEN, "{who:?} {path}");
                assert!(!page.html.contains("data-mandate-id"), "{who:?} {path}");
            }
        }
    }
}

/// The fields of a complete scorecard, every trait scored `score` with evidence.
fn scorecard_fields(score: &'static str) -> Vec<(String, String)> {
    let mut fields = vec![
        ("held_on".to_owned(), "2026-11-20".to_owned()),
        ("recommendation".to_owned(), "recommend".to_owned()),
        (
            "notes".to_owned(),
            "Calm, concrete, numbers at hand.".to_owned(),
        ),
    ];
    for t in domain::vocabulary::Trait::ALL {
        fields.push((format!("score_{}", t.code()), score.to_owned()));
        fields.push((
            format!("evidence_{}", t.code()),
            format!("Told how {} showed in the last turnaround.", t.label()),
        ));
    }
    fields
}

fn encode_owned(csrf: &str, fields: &[(String, String)]) -> String {
    let mut pairs: Vec<(&str, &str)> = vec![("csrf", csrf)];
    pairs.extend(fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
    encode(&pairs)
}

#[tokio::test]
async fn vetting_needs_evidence_flags_disagreement_and_a_decision_sets_the_status() {
    for world in worlds().await {
        let email = email_of(&world, crate::harness::As::Consultant);
        let (cookie, _) = sign_in(&world, &email, "/app").await;
        let who = world.spare[2];
        let profile_path = format!("/app/candidates/{}", who.0);
        let csrf = open(&world, Method::GET, &profile_path, Some(&cookie), None)
            .await
            .csrf();

        // A score without evidence is refused, named, and nothing is saved.
        let mut fields = scorecard_fields("4");
        for (k, v) in &mut fields {
            if k == "evidence_integrity" {
                v.clear();
            }
        }
        let refused = open(
            &world,
            Method::POST,
            &format!("{profile_path}/interviews"),
            Some(&cookie),
            Some(encode_owned(&csrf, &fields)),
        )
        .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            refused.html.contains("data-field=\"evidence_integrity\""),
            "the missing evidence is named"
        );
        assert!(
            world
                .store
                .interviews_of(who)
                .await
                .expect("read")
                .is_empty()
        );

        // Two interviewers, two points apart on every trait: the disagreement shows.
        for score in ["2", "4"] {
            let saved = open(
                &world,
                Method::POST,
                &format!("{profile_path}/interviews"),
                Some(&cookie),
                Some(encode_owned(&csrf, &scorecard_fields(score))),
            )
            .await;
            assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html);
        }
        let page = open(&world, Method::GET, &profile_path, Some(&cookie), None).await;
        assert!(
            page.html.contains("id=\"disagreements\""),
            "disagreement flagged"
        );

        // An interview held for a mandate the candidate is in is tied to it.
        let presented_path = format!("/app/candidates/{}", world.presented.0);
        let form = open(&world, Method::GET, &presented_path, Some(&cookie), None).await;
        assert!(
            form.html
                .contains(&format!("<option value=\"{}\">", world.mandate_a.0)),
            "the mandates of their pipelines are offered"
        );
        let mut tied = scorecard_fields("4");
        tied.push(("mandate_id".to_owned(), world.mandate_a.0.to_string()));
        let saved = open(
            &world,
            Method::POST,
            &format!("{presented_path}/interviews"),
            Some(&cookie),
            Some(encode_owned(&csrf, &tied)),
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html);
        let held = world
            .store
            .interviews_of(world.presented)
            .await
            .expect("read");
        assert_eq!(held[0].value.mandate_id, Some(world.mandate_a));

        // A reference from the candidate's current employer is flagged.
        // Make one interim manager currently employed: their latest role goes on.
        let employee = world.spare[3];
        let stored = world.store.candidate(employee).await.expect("candidate");
        let mut current = stored.value.clone();
        let latest = current
            .track_record
            .iter_mut()
            .max_by_key(|t| t.start)
            .expect("a track record");
        latest.end = None;
        let employer = latest.organisation.as_ref().expect("generated").to_string();
        world
            .store
            .update_candidate(employee, stored.version, &current)
            .await
            .expect("still in a role");
        let employee_path = format!("/app/candidates/{}", employee.0);
        let saved = open(
            &world,
            Method::POST,
            &format!("{employee_path}/references"),
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("referee_name", "Kari Nordmann"),
                ("referee_company", &employer),
                ("assignment", "Interim CFO"),
                ("relation", "peer"),
                ("verdict", "positive"),
                ("checked_on", "2026-11-21"),
                ("answer_0", "Cut working capital by a fifth in six months."),
            ])),
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html);
        let page = open(&world, Method::GET, &employee_path, Some(&cookie), None).await;
        assert!(
            page.html.contains("same-company"),
            "same-company reference flagged"
        );

        // A qualification decision sets the status and expiry, and the traits from the cards.
        let decided = open(
            &world,
            Method::POST,
            &format!("{profile_path}/decisions"),
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("outcome", "qualified"),
                (
                    "reasons",
                    "Strong evidence on every trait; references positive.",
                ),
                ("expires_on", "2028-11-20"),
            ])),
        )
        .await;
        assert_eq!(decided.status, StatusCode::SEE_OTHER, "{}", decided.html);
        let after = world.store.candidate(who).await.expect("candidate").value;
        assert_eq!(
            after.vetting.status,
            domain::vocabulary::VettingStatus::Qualified
        );
        assert_eq!(
            after.vetting.qualified_until,
            chrono::NaiveDate::from_ymd_opt(2028, 11, 20)
        );
        assert_eq!(
            after.traits.map(|t| t.0[0]),
            Some(30),
            "the average of 2 and 4"
        );
        let expired = open(
            &world,
            Method::POST,
            &format!("{profile_path}/decisions"),
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("outcome", "qualified"),
                ("reasons", "Renewal."),
                ("expires_on", "2020-01-01"),
            ])),
        )
        .await;
        assert_eq!(expired.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
}

#[tokio::test]
async fn a_shortlist_needs_two_to_five_with_reasons_and_a_placement_books_the_window() {
    for world in worlds().await {
        let email = email_of(&world, crate::harness::As::Consultant);
        let (cookie, _) = sign_in(&world, &email, "/app").await;
        let mandate_path = format!("/app/mandates/{}", world.mandate_b.0);
        let csrf = open(&world, Method::GET, &mandate_path, Some(&cookie), None)
            .await
            .csrf();
        let (first, second) = (world.spare[0].0.to_string(), world.spare[1].0.to_string());
        let added = open(
            &world,
            Method::POST,
            &format!("{mandate_path}/longlist"),
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("candidate_id", &first),
                ("candidate_id", &second),
            ])),
        )
        .await;
        assert_eq!(added.status, StatusCode::OK);
        let shortlist_path = format!("{mandate_path}/shortlist");
        let rationale_first = format!("rationale_{first}");
        let rationale_second = format!("rationale_{second}");
        let one = open(
            &world,
            Method::POST,
            &shortlist_path,
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("pick", &first),
                (&rationale_first, "Ran three carve-outs."),
            ])),
        )
        .await;
        assert_eq!(one.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(one.html.contains("2 to 5"), "{}", one.html);
        let no_reason = open(
            &world,
            Method::POST,
            &shortlist_path,
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("pick", &first),
                ("pick", &second),
                (&rationale_first, "Ran three carve-outs."),
            ])),
        )
        .await;
        assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(no_reason.html.contains("rationale is missing"));
        let before = world
            .store
            .mandate(world.mandate_b)
            .await
            .expect("mandate")
            .value;
        assert!(
            before.shortlist_presented_at.is_none(),
            "nothing presented yet"
        );

        let presented = open(
            &world,
            Method::POST,
            &shortlist_path,
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("pick", &first),
                ("pick", &second),
                (&rationale_first, "Ran three carve-outs."),
                (&rationale_second, "Knows the sector's regulator."),
            ])),
        )
        .await;
        assert_eq!(
            presented.status,
            StatusCode::SEE_OTHER,
            "{}",
            presented.html
        );
        let mandate = world
            .store
            .mandate(world.mandate_b)
            .await
            .expect("mandate")
            .value;
        assert_eq!(mandate.status, MandateStatus::Shortlist);
        assert!(
            mandate
                .clock(chrono::Utc::now())
                .days_to_shortlist
                .is_some()
        );

        // Place the first for the mandate's window: the clock stops, and the engine no longer
        // offers them for a mandate that overlaps it.
        let entry = world
            .store
            .pipeline_of(world.mandate_b)
            .await
            .expect("pipeline")
            .into_iter()
            .find(|e| e.value.candidate_id == world.spare[0])
            .expect("entry");
        let window = mandate.window();
        let placed = open(
            &world,
            Method::POST,
            &format!("{mandate_path}/placement"),
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("entry", &entry.id.0.to_string()),
                ("start", &window.start().to_string()),
                ("end", &window.end().to_string()),
                ("day_rate", "14500"),
            ])),
        )
        .await;
        assert_eq!(placed.status, StatusCode::SEE_OTHER, "{}", placed.html);
        let mandate = world
            .store
            .mandate(world.mandate_b)
            .await
            .expect("mandate")
            .value;
        assert_eq!(mandate.status, MandateStatus::Placed);
        let clock = mandate.clock(chrono::Utc::now());
        assert!(clock.days_to_placement.is_some() && !clock.at_risk);
        let client = world
            .store
            .client(mandate.client_id)
            .await
            .expect("client")
            .value;
        let mut overlapping = engine::Query::new(&mandate, &client, mandate.start_date);
        overlapping.filters.off = engine::Filter::ALL
            .into_iter()
            .filter(|f| *f != engine::Filter::Availability)
            .collect();
        let explanation = world
            .state
            .index()
            .with(|index| index.explain(&overlapping, world.spare[0]))
            .expect("index loaded");
        match explanation {
            engine::Explanation::Removed(failures) => {
                assert_eq!(failures[0].filter, engine::Filter::Availability)
            }
            other => panic!("the placed manager is still offered: {other:?}"),
        }
    }
}

#[tokio::test]
async fn the_client_portal_shows_a_blind_shortlist_until_the_client_asks_to_meet() {
    for world in worlds().await {
        // Present the presented and the longlisted candidate of client A's mandate.
        let rationale = |s: &str| domain::values::RequiredText::parse(s).expect("text");
        world
            .store
            .present_shortlist(
                &domain::placement::Shortlist {
                    mandate_id: world.mandate_a,
                    entries: vec![
                        domain::placement::ShortlistEntry {
                            candidate_id: world.presented,
                            rationale: rationale("Led two turnarounds in the same industry."),
                        },
                        domain::placement::ShortlistEntry {
                            candidate_id: world.longlisted,
                            rationale: rationale("Fluent with lenders; ran a refinancing."),
                        },
                    ],
                    created_by: world.users[2].1,
                    presented_at: Some(chrono::Utc::now()),
                },
                domain::mandate::Mandate::shortlist_presented,
            )
            .await
            .expect("presented");
        let mut secrets = Vec::new();
        for c in [world.presented, world.longlisted] {
            let c = world.store.candidate(c).await.expect("candidate").value;
            secrets.push(c.name.to_string());
            secrets.extend(
                c.track_record
                    .iter()
                    .filter_map(|t| t.organisation.as_ref())
                    .map(ToString::to_string),
            );
            secrets.push(c.email.to_string());
        }

        let (cookie, signed_in) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ClientA),
            "/app",
        )
        .await;
        assert_eq!(
            signed_in.location(),
            "/portal",
            "a client starts in its portal"
        );
        let home = open(&world, Method::GET, "/portal", Some(&cookie), None).await;
        assert_eq!(home.status, StatusCode::OK);
        assert!(
            home.html
                .contains(&format!("data-mandate-id=\"{}\"", world.mandate_a.0))
        );
        assert!(
            !home
                .html
                .contains(&format!("data-mandate-id=\"{}\"", world.mandate_b.0))
        );

        let path = format!("/portal/mandates/{}", world.mandate_a.0);
        let page = open(&world, Method::GET, &path, Some(&cookie), None).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.html.contains("Candidate A") && page.html.contains("Candidate B"));
        assert!(
            page.html.contains("Led two turnarounds"),
            "the rationale is shown"
        );
        for secret in &secrets {
            assert!(
                !page.html.contains(secret.as_str()),
                "blind page shows {secret}"
            );
        }
        let csrf = page.csrf();

        // Client B knows nothing of client A's mandate.
        let (other, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ClientB),
            "/portal",
        )
        .await;
        let hidden = open(&world, Method::GET, &path, Some(&other), None).await;
        assert_eq!(hidden.status, StatusCode::NOT_FOUND);

        let feedback = format!("{path}/feedback");
        let longlisted = world.longlisted.0.to_string();
        let no_reason = open(
            &world,
            Method::POST,
            &feedback,
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("candidate_id", &longlisted),
                ("kind", "decline"),
                ("text", " "),
            ])),
        )
        .await;
        assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            no_reason.html.contains("Say why you decline"),
            "{}",
            no_reason.html
        );
        let declined = open(
            &world,
            Method::POST,
            &feedback,
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("candidate_id", &longlisted),
                ("kind", "decline"),
                ("text", "We need someone who has run a listed company"),
            ])),
        )
        .await;
        assert_eq!(declined.status, StatusCode::SEE_OTHER, "{}", declined.html);

        let presented = world.presented.0.to_string();
        let met = open(
            &world,
            Method::POST,
            &feedback,
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("candidate_id", &presented),
                ("kind", "meet"),
            ])),
        )
        .await;
        assert_eq!(met.status, StatusCode::SEE_OTHER, "{}", met.html);
        let page = open(&world, Method::GET, &path, Some(&cookie), None).await;
        assert!(
            page.html.contains(secrets[0].as_str()),
            "the name is revealed after asking to meet"
        );
        let stages: Vec<_> = world
            .store
            .pipeline_of(world.mandate_a)
            .await
            .expect("pipeline")
            .into_iter()
            .map(|e| (e.value.candidate_id, e.value.stage()))
            .collect();
        assert!(stages.contains(&(world.presented, PipelineStage::ClientInterview)));
        assert!(stages.contains(&(world.longlisted, PipelineStage::Rejected)));

        // The consultant sees it at once on the mandate page.
        let (staff, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::Consultant),
            "/app",
        )
        .await;
        let consultant_page = open(
            &world,
            Method::GET,
            &format!("/app/mandates/{}", world.mandate_a.0),
            Some(&staff),
            None,
        )
        .await;
        assert!(consultant_page.html.contains("asked to meet"));
        assert!(
            consultant_page
                .html
                .contains("We need someone who has run a listed company")
        );

        // Client B cannot act on client A's candidates.
        let other_csrf = open(&world, Method::GET, "/portal", Some(&other), None)
            .await
            .csrf();
        let refused = open(
            &world,
            Method::POST,
            &feedback,
            Some(&other),
            Some(encode(&[
                ("csrf", &other_csrf),
                ("candidate_id", &presented),
                ("kind", "comment"),
                ("text", "hi"),
            ])),
        )
        .await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn after_the_last_day_the_client_rates_the_assignment_and_it_joins_the_track_record() {
    for world in worlds().await {
        let entry = world
            .store
            .pipeline_of(world.mandate_a)
            .await
            .expect("pipeline")
            .into_iter()
            .find(|e| e.value.candidate_id == world.presented)
            .expect("presented entry");
        let today = chrono::Utc::now().date_naive();
        let mandate = world
            .store
            .mandate(world.mandate_a)
            .await
            .expect("mandate")
            .value;
        let placement = domain::placement::Placement {
            mandate_id: world.mandate_a,
            candidate_id: world.presented,
            client_contact_id: None,
            period: domain::values::Period::new(
                today - chrono::Duration::days(120),
                today - chrono::Duration::days(1),
            )
            .expect("period"),
            day_rate: mandate.budget_day_rate,
            placed_at: chrono::Utc::now(),
        };
        world
            .store
            .place(
                &placement,
                entry.id,
                entry.version,
                domain::mandate::Mandate::placed,
            )
            .await
            .expect("placed");
        let before = world
            .store
            .candidate(world.presented)
            .await
            .expect("c")
            .value;

        let (cookie, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ClientA),
            "/portal",
        )
        .await;
        let path = format!("/portal/mandates/{}", world.mandate_a.0);
        let page = open(&world, Method::GET, &path, Some(&cookie), None).await;
        assert!(
            page.html.contains("id=\"evaluation-form\""),
            "the rating is open"
        );
        let csrf = page.csrf();
        let mut fields: Vec<(String, String)> = domain::vocabulary::Trait::ALL
            .iter()
            .map(|t| (format!("trait_{}", t.code()), "4".to_owned()))
            .collect();
        fields.push((
            "comment".to_owned(),
            "Cut costs by 12 % without losing key people.".to_owned(),
        ));
        let incomplete = open(
            &world,
            Method::POST,
            &format!("{path}/evaluation"),
            Some(&cookie),
            Some(encode_owned(&csrf, &fields)),
        )
        .await;
        assert_eq!(
            incomplete.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "results missing"
        );
        fields.push(("results".to_owned(), "5".to_owned()));
        let rated = open(
            &world,
            Method::POST,
            &format!("{path}/evaluation"),
            Some(&cookie),
            Some(encode_owned(&csrf, &fields)),
        )
        .await;
        assert_eq!(rated.status, StatusCode::SEE_OTHER, "{}", rated.html);
        let after = world
            .store
            .candidate(world.presented)
            .await
            .expect("c")
            .value;
        assert_eq!(after.track_record.len(), before.track_record.len() + 1);
        let added = after.track_record.last().expect("entry");
        assert_eq!(added.client_rating.map(|r| r.get()), Some(5));
        assert_eq!(added.end, Some(placement.period.end()));
        let again = open(
            &world,
            Method::POST,
            &format!("{path}/evaluation"),
            Some(&cookie),
            Some(encode_owned(&csrf, &fields)),
        )
        .await;
        assert_eq!(
            again.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "one rating per assignment"
        );
        let page = open(&world, Method::GET, &path, Some(&cookie), None).await;
        assert!(page.html.contains("id=\"evaluation-given\""));

        let (other, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ClientB),
            "/portal",
        )
        .await;
        let other_csrf = open(&world, Method::GET, "/portal", Some(&other), None)
            .await
            .csrf();
        let refused = open(
            &world,
            Method::POST,
            &format!("{path}/evaluation"),
            Some(&other),
            Some(encode_owned(&other_csrf, &fields)),
        )
        .await;
        assert_eq!(refused.status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn an_interim_manager_keeps_availability_current_and_sees_their_specialisation() {
    for world in worlds().await {
        let (cookie, signed_in) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ManagerP),
            "/app",
        )
        .await;
        assert_eq!(
            signed_in.location(),
            "/me",
            "a manager starts on their own page"
        );
        let me = world
            .users
            .iter()
            .find(|u| u.0 == crate::harness::As::ManagerP)
            .map(|u| u.1)
            .expect("manager");
        let candidate = match world.store.user(me).await.expect("user").value.role {
            domain::user::UserRole::InterimManager { candidate_id } => candidate_id,
            other => panic!("not a manager: {other:?}"),
        };
        // Last confirmed 40 days ago: the page asks again.
        let stored = world.store.candidate(candidate).await.expect("c");
        let mut stale = stored.value.clone();
        stale.availability.confirmed_at = Some(chrono::Utc::now() - chrono::Duration::days(40));
        world
            .store
            .update_candidate(candidate, stored.version, &stale)
            .await
            .expect("backdated");
        let page = open(&world, Method::GET, "/me", Some(&cookie), None).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(
            page.html.contains("id=\"confirm-box\""),
            "40 days old: asked again"
        );
        assert!(page.html.contains("<svg"), "the specialisation is drawn");
        let csrf = page.csrf();
        let version = world
            .store
            .candidate(candidate)
            .await
            .expect("c")
            .version
            .0
            .to_string();

        let bad = open(
            &world,
            Method::POST,
            "/me/availability",
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("version", &version),
                ("available_from", "2027-02-01"),
                ("days_per_week", "4"),
                ("away_start", "2027-03-10"),
                ("away_end", ""),
            ])),
        )
        .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.html.contains("Period away 1"), "{}", bad.html);
        let unchanged = world.store.candidate(candidate).await.expect("c").value;
        assert_eq!(unchanged, stale, "nothing saved");

        let saved = open(
            &world,
            Method::POST,
            "/me/availability",
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("version", &version),
                ("available_from", "2027-02-01"),
                ("days_per_week", "4"),
                ("away_start", "2027-03-10"),
                ("away_end", "2027-03-20"),
            ])),
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html);
        let after = world.store.candidate(candidate).await.expect("c").value;
        assert_eq!(after.availability.days_per_week, 4);
        assert_eq!(after.availability.unavailable.len(), 1);
        assert!(after.availability.confirmed_at.is_some(), "saving confirms");
        let page = open(&world, Method::GET, "/me", Some(&cookie), None).await;
        assert!(
            !page.html.contains("id=\"confirm-box\""),
            "confirmed: not asked again"
        );

        // Their page is theirs: other roles get no /me, and they get no staff or client pages.
        for path in ["/app", "/portal"] {
            let refused = open(&world, Method::GET, path, Some(&cookie), None).await;
            assert_eq!(refused.status, StatusCode::FORBIDDEN, "{path}");
        }
        let (staff, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::Consultant),
            "/app",
        )
        .await;
        let refused = open(&world, Method::GET, "/me", Some(&staff), None).await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn a_published_assignment_is_anonymised_ranked_for_the_manager_and_applying_longlists_them() {
    for world in worlds().await {
        let (staff, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::Consultant),
            "/app",
        )
        .await;
        let mandate_path = format!("/app/mandates/{}", world.mandate_b.0);
        let csrf = open(&world, Method::GET, &mandate_path, Some(&staff), None)
            .await
            .csrf();
        let published = open(
            &world,
            Method::POST,
            &format!("{mandate_path}/posting"),
            Some(&staff),
            Some(encode(&[
                ("csrf", &csrf),
                ("headline", "Interim CFO for a listed industrial group"),
                (
                    "description",
                    "Refinance the group and steer the sale of a division.",
                ),
                ("closes_on", "2099-01-31"),
            ])),
        )
        .await;
        assert_eq!(
            published.status,
            StatusCode::SEE_OTHER,
            "{}",
            published.html
        );
        let mandate = world.store.mandate(world.mandate_b).await.expect("m").value;
        let client_name = world
            .store
            .client(mandate.client_id)
            .await
            .expect("client")
            .value
            .name
            .to_string();

        let (cookie, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ManagerQ),
            "/me",
        )
        .await;
        let board = open(&world, Method::GET, "/me/jobs", Some(&cookie), None).await;
        assert_eq!(board.status, StatusCode::OK);
        assert!(
            board
                .html
                .contains("Interim CFO for a listed industrial group")
        );
        assert!(
            !board.html.contains(&client_name),
            "anonymised: no client name"
        );
        assert!(
            board.html.contains("Fits through") || board.html.contains("Why not:"),
            "the engine's reasons are shown"
        );
        let posting = world
            .store
            .posting_of_mandate(world.mandate_b)
            .await
            .expect("read")
            .expect("published");
        let apply_path = format!("/me/jobs/{}/apply", posting.id.0);
        let csrf = board.csrf();
        let empty = open(
            &world,
            Method::POST,
            &apply_path,
            Some(&cookie),
            Some(encode(&[("csrf", &csrf), ("motivation", " ")])),
        )
        .await;
        assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
        let applied = open(
            &world,
            Method::POST,
            &apply_path,
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                (
                    "motivation",
                    "Led two refinancings and a carve-out in the last five years.",
                ),
            ])),
        )
        .await;
        assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.html);
        let me = match world
            .store
            .user(
                world
                    .users
                    .iter()
                    .find(|u| u.0 == crate::harness::As::ManagerQ)
                    .expect("q")
                    .1,
            )
            .await
            .expect("user")
            .value
            .role
        {
            domain::user::UserRole::InterimManager { candidate_id } => candidate_id,
            other => panic!("{other:?}"),
        };
        let entry = world
            .store
            .pipeline_of(world.mandate_b)
            .await
            .expect("pipeline")
            .into_iter()
            .find(|e| e.value.candidate_id == me)
            .expect("the applicant is on the longlist");
        assert_eq!(entry.value.stage(), PipelineStage::Longlist);
        let again = open(
            &world,
            Method::POST,
            &apply_path,
            Some(&cookie),
            Some(encode(&[("csrf", &csrf), ("motivation", "Once more.")])),
        )
        .await;
        assert_eq!(
            again.status,
            StatusCode::UNPROCESSABLE_ENTITY,
            "one application each"
        );
        let board = open(&world, Method::GET, "/me/jobs", Some(&cookie), None).await;
        assert!(
            board.html.contains("In the pipeline"),
            "the status is shown"
        );

        // With the client's name allowed, it shows; a manager cannot publish.
        let named = open(
            &world,
            Method::POST,
            &format!("{mandate_path}/posting"),
            Some(&staff),
            Some(encode(&[
                (
                    "csrf",
                    &open(&world, Method::GET, &mandate_path, Some(&staff), None)
                        .await
                        .csrf(),
                ),
                ("headline", "Interim CFO for a listed industrial group"),
                (
                    "description",
                    "Refinance the group and steer the sale of a division.",
                ),
                ("show_client_name", "on"),
                ("closes_on", "2099-01-31"),
            ])),
        )
        .await;
        assert_eq!(named.status, StatusCode::SEE_OTHER);
        let board = open(&world, Method::GET, "/me/jobs", Some(&cookie), None).await;
        assert!(board.html.contains(&client_name), "named when allowed");
        let refused = open(
            &world,
            Method::POST,
            &format!("{mandate_path}/posting"),
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("headline", "x"),
                ("description", "y"),
                ("closes_on", "2099-01-01"),
            ])),
        )
        .await;
        assert_eq!(refused.status, StatusCode::FORBIDDEN);
    }
}

#[tokio::test]
async fn a_managers_network_is_private_reminds_them_and_suggests_people_from_placements() {
    for world in worlds().await {
        // Manager P was placed at client A with a contact named on the placement.
        let contacts = world
            .store
            .contacts_of(world.client_a)
            .await
            .expect("contacts");
        let contact = match contacts.first() {
            Some(c) => c.id,
            None => world
                .store
                .insert_contact(&domain::client::ClientContact {
                    client_id: world.client_a,
                    name: domain::values::PersonName::parse("Siri Dahl").expect("name"),
                    title: domain::values::ShortText::parse("CEO").expect("title"),
                    email: domain::values::EmailAddress::parse("siri@client.test").expect("e"),
                    phone: None,
                })
                .await
                .expect("contact"),
        };
        let contact_name = world
            .store
            .contacts_of(world.client_a)
            .await
            .expect("contacts")
            .into_iter()
            .find(|c| c.id == contact)
            .expect("contact")
            .value
            .name
            .to_string();
        let entry = world
            .store
            .pipeline_of(world.mandate_a)
            .await
            .expect("pipeline")
            .into_iter()
            .find(|e| e.value.candidate_id == world.presented)
            .expect("entry");
        let today = chrono::Utc::now().date_naive();
        let mandate = world.store.mandate(world.mandate_a).await.expect("m").value;
        world
            .store
            .place(
                &domain::placement::Placement {
                    mandate_id: world.mandate_a,
                    candidate_id: world.presented,
                    client_contact_id: Some(contact),
                    period: domain::values::Period::new(
                        today - chrono::Duration::days(90),
                        today - chrono::Duration::days(10),
                    )
                    .expect("period"),
                    day_rate: mandate.budget_day_rate,
                    placed_at: chrono::Utc::now(),
                },
                entry.id,
                entry.version,
                domain::mandate::Mandate::placed,
            )
            .await
            .expect("placed");

        let (cookie, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ManagerP),
            "/me",
        )
        .await;
        let page = open(&world, Method::GET, "/me/network", Some(&cookie), None).await;
        assert_eq!(page.status, StatusCode::OK);
        assert!(page.html.contains("id=\"suggestions\"") && page.html.contains(&contact_name));
        let csrf = page.csrf();
        let bad = open(
            &world,
            Method::POST,
            "/me/network",
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("name", "Ola Berg"),
                ("company", "Fjordkraft"),
                ("role_title", "CFO"),
                ("next_contact_on", "soon"),
            ])),
        )
        .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.html.contains("The next contact is not a date"));
        let due = (today - chrono::Duration::days(2)).to_string();
        let added = open(
            &world,
            Method::POST,
            "/me/network",
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("name", "Ola Berg"),
                ("company", "Fjordkraft"),
                ("role_title", "CFO"),
                ("met_how", "Board meeting during the refinancing"),
                ("next_contact_on", &due),
            ])),
        )
        .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.html);
        let suggested = open(
            &world,
            Method::POST,
            "/me/network",
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("name", &contact_name),
                ("company", "Client A"),
                ("role_title", "CEO"),
                ("met_how", "Client contact"),
                (
                    "placement",
                    &world.store.placements_of(world.presented).await.expect("p")[0]
                        .id
                        .0
                        .to_string(),
                ),
            ])),
        )
        .await;
        assert_eq!(
            suggested.status,
            StatusCode::SEE_OTHER,
            "{}",
            suggested.html
        );
        let page = open(&world, Method::GET, "/me/network", Some(&cookie), None).await;
        assert!(
            page.html.contains("(overdue)"),
            "the reminder shows, overdue"
        );
        assert!(
            !page.html.contains("id=\"suggestions\""),
            "the suggestion was taken"
        );

        // Private: manager Q sees none of it, and cannot claim P's placement.
        let (other, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ManagerQ),
            "/me",
        )
        .await;
        let theirs = open(&world, Method::GET, "/me/network", Some(&other), None).await;
        assert!(!theirs.html.contains("Ola Berg"));
        let claim = open(
            &world,
            Method::POST,
            "/me/network",
            Some(&other),
            Some(encode(&[
                ("csrf", &theirs.csrf()),
                ("name", "Someone"),
                ("company", "X"),
                ("role_title", "Y"),
                (
                    "placement",
                    &world.store.placements_of(world.presented).await.expect("p")[0]
                        .id
                        .0
                        .to_string(),
                ),
            ])),
        )
        .await;
        assert_eq!(claim.status, StatusCode::NOT_FOUND);
    }
}

#[tokio::test]
async fn a_manager_downloads_their_data_and_an_erasure_request_reaches_the_admin() {
    for world in worlds().await {
        let (cookie, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ManagerP),
            "/me",
        )
        .await;
        let download = open(&world, Method::GET, "/me/data.json", Some(&cookie), None).await;
        assert_eq!(download.status, StatusCode::OK);
        assert!(
            download.headers[header::CONTENT_DISPOSITION]
                .to_str()
                .expect("header")
                .starts_with("attachment"),
            "a download"
        );
        let data: serde_json::Value = serde_json::from_str(&download.html).expect("JSON");
        let name = world
            .store
            .candidate(world.presented)
            .await
            .expect("c")
            .value
            .name
            .to_string();
        assert_eq!(
            data["profile"]["name"],
            serde_json::json!(name),
            "their own profile"
        );
        assert!(data["access_log"].as_array().is_some_and(|a| !a.is_empty()));
        let exports = world
            .store
            .audit(&domain::audit::AuditFilter {
                subject: Some(world.presented),
                limit: 1_000,
                ..Default::default()
            })
            .await
            .expect("audit")
            .into_iter()
            .filter(|(_, e)| e.action == domain::audit::AuditAction::Export)
            .count();
        assert_eq!(exports, 1, "the export is logged");

        let csrf = open(&world, Method::GET, "/me", Some(&cookie), None)
            .await
            .csrf();
        let asked = open(
            &world,
            Method::POST,
            "/me/erasure",
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("reason", "Retiring from interim work"),
            ])),
        )
        .await;
        assert_eq!(asked.status, StatusCode::SEE_OTHER);
        let page = open(&world, Method::GET, "/me", Some(&cookie), None).await;
        assert!(page.html.contains("id=\"erasure-requested\""));

        let (admin, _) =
            sign_in(&world, &email_of(&world, crate::harness::As::Admin), "/app").await;
        let dashboard = open(&world, Method::GET, "/app", Some(&admin), None).await;
        assert!(dashboard.html.contains("Erasure requests waiting"));
        assert!(dashboard.html.contains("Retiring from interim work"));
        let (consultant, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::Consultant),
            "/app",
        )
        .await;
        let theirs = open(&world, Method::GET, "/app", Some(&consultant), None).await;
        assert!(
            !theirs.html.contains("Erasure requests waiting"),
            "admins only"
        );
    }
}

#[tokio::test]
async fn a_manager_edits_their_own_profile_but_never_their_vetting() {
    for world in worlds().await {
        let (cookie, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ManagerP),
            "/me",
        )
        .await;
        let page = open(&world, Method::GET, "/me", Some(&cookie), None).await;
        let csrf = page.csrf();
        let before = world.store.candidate(world.presented).await.expect("c");
        let version = before.version.0.to_string();
        let form = |min: &'static str, city: &'static str| {
            vec![
                ("csrf".to_owned(), csrf.clone()),
                ("version".to_owned(), version.clone()),
                (
                    "headline".to_owned(),
                    "Interim CFO · turnarounds and refinancing".to_owned(),
                ),
                (
                    "summary".to_owned(),
                    "Twenty years of finance leadership.".to_owned(),
                ),
                ("day_rate".to_owned(), "15500".to_owned()),
                ("city".to_owned(), city.to_owned()),
                ("max_commute_km".to_owned(), "60".to_owned()),
                ("min_weeks".to_owned(), min.to_owned()),
                ("max_weeks".to_owned(), "52".to_owned()),
                ("remote_days".to_owned(), "1".to_owned()),
                ("travel".to_owned(), "on".to_owned()),
                ("vetting".to_owned(), "qualified".to_owned()),
            ]
        };
        let body = |fields: Vec<(String, String)>| {
            encode(
                &fields
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect::<Vec<_>>(),
            )
        };
        let refused = open(
            &world,
            Method::POST,
            "/me/profile",
            Some(&cookie),
            Some(body(form("60", "Atlantis"))),
        )
        .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(refused.html.contains("Interim does not know where"));
        assert!(refused.html.contains("longer than the longest"));
        assert_eq!(
            world
                .store
                .candidate(world.presented)
                .await
                .expect("c")
                .value,
            before.value,
            "nothing saved"
        );
        let saved = open(
            &world,
            Method::POST,
            "/me/profile",
            Some(&cookie),
            Some(body(form("8", "Bergen"))),
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html);
        let after = world
            .store
            .candidate(world.presented)
            .await
            .expect("c")
            .value;
        assert_eq!(
            after.headline.as_str(),
            "Interim CFO · turnarounds and refinancing"
        );
        assert_eq!(after.day_rate.amount, 15_500);
        assert_eq!(after.home.city.as_str(), "Bergen");
        assert!(after.mobility.travel && !after.mobility.relocate);
        assert_eq!(
            after.vetting, before.value.vetting,
            "vetting is not theirs to edit"
        );
    }
}

#[tokio::test]
async fn a_manager_keeps_languages_specialisation_and_track_record_current() {
    for world in worlds().await {
        let (cookie, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ManagerP),
            "/me",
        )
        .await;
        let page = open(&world, Method::GET, "/me", Some(&cookie), None).await;
        assert!(page.html.contains("id=\"experience-form\""));
        let csrf = page.csrf();
        let stored = || async {
            world
                .store
                .candidate(world.presented)
                .await
                .expect("candidate")
        };
        let before = stored().await;
        let version = before.version.0.to_string();

        let twice = open(
            &world,
            Method::POST,
            "/me/experience",
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("version", &version),
                ("language", "no"),
                ("language_level", "native"),
                ("language", "Norwegian"),
                ("language_level", "C1"),
            ])),
        )
        .await;
        assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(twice.html.contains("listed twice"), "{}", twice.html);
        assert_eq!(stored().await.version, before.version, "nothing saved");

        let saved = open(
            &world,
            Method::POST,
            "/me/experience",
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("version", &version),
                ("language", "no"),
                ("language_level", "native"),
                ("language", "en"),
                ("language_level", "C1"),
                ("language", ""),
                ("language_level", ""),
                ("situation", "restructuring_turnaround"),
                ("level", "executive"),
                ("size", "large"),
                ("sector", "private"),
                ("industry", "C"),
            ])),
        )
        .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.html);
        let after = stored().await;
        let spoken: Vec<&str> = after.languages.iter().map(|l| l.language.code()).collect();
        assert_eq!(spoken, vec!["no", "en"]);
        assert_eq!(
            after.specialisation.situations,
            vec![domain::vocabulary::SituationType::RestructuringTurnaround]
        );
        assert_eq!(after.vetting, before.vetting, "vetting untouched");

        let version = after.version.0.to_string();
        let entry = |start: &'static str| {
            vec![
                ("csrf", csrf.as_str()),
                ("version", version.as_str()),
                ("title", "Konstituert økonomisjef"),
                ("organisation", "Kongsberg Maskin AS"),
                ("engagement", "interim"),
                ("industry", "C28"),
                ("company_size", "large"),
                ("sector", "private"),
                ("level", "executive"),
                ("situation", "restructuring_turnaround"),
                ("start", start),
                ("end", "2025-06-30"),
                (
                    "achievements",
                    "Refinanced the group and cut working capital by a third.",
                ),
            ]
        };
        let bad = open(
            &world,
            Method::POST,
            "/me/track-record",
            Some(&cookie),
            Some(encode(&entry("last spring"))),
        )
        .await;
        assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(bad.html.contains("is not a date"), "{}", bad.html);
        assert_eq!(stored().await.track_record.len(), after.track_record.len());
        let added = open(
            &world,
            Method::POST,
            "/me/track-record",
            Some(&cookie),
            Some(encode(&entry("2024-09-01"))),
        )
        .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.html);
        let with_entry = stored().await;
        assert_eq!(with_entry.track_record.len(), after.track_record.len() + 1);
        let filed = with_entry
            .track_record
            .iter()
            .find(|e| e.role.title() == "Konstituert økonomisjef")
            .expect("the title is kept as written");
        assert_eq!(filed.role.label(), "financial manager", "filed under ESCO");
        assert!(!filed.role.is_confirmed(), "nobody picked a suggestion");
        let index = (with_entry.track_record.len() - 1).to_string();
        let version = with_entry.version.0.to_string();
        let removed = open(
            &world,
            Method::POST,
            "/me/track-record/remove",
            Some(&cookie),
            Some(encode(&[
                ("csrf", &csrf),
                ("version", &version),
                ("index", &index),
            ])),
        )
        .await;
        assert_eq!(removed.status, StatusCode::SEE_OTHER);
        let last = stored().await;
        assert_eq!(last.track_record, after.track_record);
    }
}

#[tokio::test]
async fn each_strength_on_the_managers_page_links_the_open_assignments_that_match_it() {
    for world in worlds().await {
        let store = &world.store;
        let mandate = store.mandate(world.mandate_b).await.expect("mandate");
        let mut open = mandate.value.clone();
        open.status = domain::vocabulary::MandateStatus::Search;
        store
            .update_mandate(world.mandate_b, mandate.version, &open)
            .await
            .expect("open");
        let client = store.client(open.client_id).await.expect("client").value;
        let person = store.candidate(world.presented).await.expect("p").value;
        let theirs = |filter: &str, code: &str| {
            person.track_record.iter().any(|t| match filter {
                "size" => t.company_size.is_some_and(|s| s.code() == code),
                "sector" => t.sector.is_some_and(|s| s.code() == code),
                "industry" => t.industry.is_some_and(|i| i.section().code() == code),
                "level" => t.level.is_some_and(|l| l.code() == code),
                _ => t.situation.is_some_and(|s| s.code() == code),
            })
        };
        let posting = [
            ("size", client.size.code()),
            ("sector", client.sector.code()),
            ("industry", client.industry.section().code()),
            ("level", open.level.code()),
            ("situation", open.situation.code()),
        ];
        let (cookie, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ManagerP),
            "/me",
        )
        .await;
        let page = open_page(&world, &cookie).await;
        for (filter, code) in posting {
            let link = format!("href=\"/me/jobs?{filter}={code}\">1 open assignment:");
            assert_eq!(
                page.contains(&link),
                theirs(filter, code),
                "{filter}={code}: a strength of theirs links the matching assignment, and only then"
            );
        }
    }
}

async fn open_page(world: &World, cookie: &str) -> String {
    open(world, Method::GET, "/me", Some(cookie), None)
        .await
        .html
}

/// Posts a file to `/me/cv` as a browser does: `multipart/form-data` with the form token.
async fn upload_page(world: &World, cookie: &str, csrf: &str, name: &str, bytes: &[u8]) -> Page {
    upload_to(world, "/me/cv", cookie, csrf, name, bytes).await
}

/// Posts a file to `path` as a browser does.
async fn upload_to(
    world: &World,
    path: &str,
    cookie: &str,
    csrf: &str,
    name: &str,
    bytes: &[u8],
) -> Page {
    let boundary = "interim-test-boundary";
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{csrf}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\n\
         Content-Type: application/octet-stream\r\n\r\n"
    )
    .into_bytes();
    body.extend_from_slice(bytes);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    let request = Request::builder()
        .method(Method::POST)
        .uri(path)
        .header("host", "interim.test")
        .header(header::COOKIE, cookie)
        .header(
            header::CONTENT_TYPE,
            format!("multipart/form-data; boundary={boundary}"),
        )
        .body(Body::from(body))
        .expect("request");
    let response = web::app(world.state.clone())
        .oneshot(request)
        .await
        .expect("answer");
    let status = response.status();
    let headers = response.headers().clone();
    let bytes = response
        .into_body()
        .collect()
        .await
        .expect("body")
        .to_bytes();
    Page {
        status,
        headers,
        html: String::from_utf8_lossy(&bytes).into_owned(),
    }
}

#[tokio::test]
async fn the_cv_form_refuses_by_content_and_size_and_needs_the_form_token() {
    for world in worlds().await {
        let (cookie, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::ManagerP),
            "/me",
        )
        .await;
        let csrf = open(&world, Method::GET, "/me", Some(&cookie), None)
            .await
            .csrf();
        let pdf = crate::own::pdf_by("Kari Nordmann");
        let no_token = upload_page(&world, &cookie, "forged", "cv.pdf", &pdf).await;
        assert_eq!(no_token.status, StatusCode::FORBIDDEN);
        let mut program = b"MZ\x90\x00\x03\x00".to_vec();
        program.resize(1024, 0);
        let renamed = upload_page(&world, &cookie, &csrf, "cv.pdf", &program).await;
        assert_eq!(renamed.status, StatusCode::UNPROCESSABLE_ENTITY);
        assert!(
            renamed.html.contains("id=\"cv-problem\""),
            "{}",
            renamed.html
        );
        assert!(renamed.html.contains("Windows program"));
        let mut big = pdf.clone();
        big.resize(6 * 1024 * 1024, b' ');
        let oversized = upload_page(&world, &cookie, &csrf, "cv.pdf", &big).await;
        assert_eq!(oversized.status, StatusCode::PAYLOAD_TOO_LARGE);
        assert!(oversized.html.contains("5 MB"), "{}", oversized.html);
        assert!(
            world
                .store
                .cv_of(world.presented)
                .await
                .expect("read")
                .is_none(),
            "no refused file was stored"
        );
        let stored = upload_page(&world, &cookie, &csrf, "Kari CV.pdf", &pdf).await;
        assert_eq!(stored.status, StatusCode::SEE_OTHER, "{}", stored.html);
        let cv = world
            .store
            .cv_of(world.presented)
            .await
            .expect("read")
            .expect("stored");
        assert_eq!(cv.file_name, "Kari CV.pdf");
        assert!(!String::from_utf8_lossy(&cv.bytes).contains("Kari Nordmann"));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_data_sources_page_acknowledges_esco_to_anyone() {
    let world = worlds().await.remove(0);
    let page = open(&world, Method::GET, "/about/data", None, None).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(
        page.html
            .contains("This product uses the ESCO classification of the European Commission."),
        "{}",
        page.html
    );
    assert!(page.html.contains("3007 ESCO occupations"), "{}", page.html);
    let sign_in = open(&world, Method::GET, "/sign-in", None, None).await;
    assert!(
        sign_in.html.contains("href=\"/about/data\""),
        "every page links the data sources"
    );
}

/// The import page: a semicolon-separated export with a byte-order mark is uploaded, its
/// columns are shown with the field each is read into (an unknown column left out until the
/// consultant names it), the import runs as a background job, and its report names the bad
/// row; the people are in the network from the partner named.
#[tokio::test]
async fn an_export_uploaded_on_the_import_page_is_mapped_run_in_the_background_and_reported() {
    for world in worlds().await {
        let (cookie, _) = sign_in(
            &world,
            &email_of(&world, crate::harness::As::Consultant),
            "/app",
        )
        .await;
        let list = open(&world, Method::GET, "/app/imports", Some(&cookie), None).await;
        assert_eq!(list.status, StatusCode::OK, "{}", list.html);
        assert!(list.html.contains("id=\"upload-import\""));
        let csrf = list.csrf();
        let before = world.store.count_candidates().await.expect("count");
        let export = "\u{feff}Navn;E-post;Poststed;Dagpris;Stilling;Medlemsnr\r\n\
            Solveig Fjeld;solveig.fjeld@partner.example;Bergen;12500;Økonomisjef;GL-1\r\n\
            Tor Aasen;tor.aasen@partner.example;Oslo;13000;HR-direktør;GL-2\r\n\
            Liv Strand;liv.strand@partner.example;Trondheim;11000;Interim CFO;GL-3\r\n\
            Per Vik;not-an-email;Oslo;9000;Controller;GL-4\r\n";
        let uploaded = upload_to(
            &world,
            "/app/imports",
            &cookie,
            &csrf,
            "globalise.csv",
            export.as_bytes(),
        )
        .await;
        assert_eq!(uploaded.status, StatusCode::SEE_OTHER, "{}", uploaded.html);
        let at = uploaded.location().to_owned();
        let preview = open(&world, Method::GET, &at, Some(&cookie), None).await;
        assert_eq!(preview.status, StatusCode::OK, "{}", preview.html);
        assert!(
            preview.html.contains("<option value=\"email\" selected>"),
            "E-post is read as the e-mail: {}",
            preview.html
        );
        assert!(preview.html.contains("solveig.fjeld@partner.example"));
        assert_eq!(
            world.store.count_candidates().await.expect("count"),
            before,
            "nothing is written before the import starts"
        );

        let columns = [
            "Navn",
            "E-post",
            "Poststed",
            "Dagpris",
            "Stilling",
            "Medlemsnr",
        ];
        let fields = [
            "name",
            "email",
            "home_city",
            "day_rate",
            "title",
            "external_id",
        ];
        let mut form = vec![("csrf", csrf.as_str()), ("source", "Globalise")];
        for (c, f) in columns.iter().zip(fields) {
            form.push(("column", c));
            form.push(("field", f));
        }
        let started = open(
            &world,
            Method::POST,
            &format!("{at}/start"),
            Some(&cookie),
            Some(encode(&form)),
        )
        .await;
        assert_eq!(started.status, StatusCode::SEE_OTHER, "{}", started.html);
        let queued = open(&world, Method::GET, &at, Some(&cookie), None).await;
        assert!(queued.html.contains("id=\"progress\""), "{}", queued.html);
        assert!(queued.html.contains("http-equiv=\"refresh\""));

        let (jobs, _) = service::jobs::standard();
        let jobs = jobs.into_iter().map(|j| (j.kind(), j)).collect();
        let ran = world
            .state
            .run_due_jobs("test", &jobs)
            .await
            .expect("jobs run");
        assert!(ran >= 1);
        let done = open(&world, Method::GET, &at, Some(&cookie), None).await;
        assert!(done.html.contains("id=\"import-report\""), "{}", done.html);
        assert!(
            done.html.contains("<dd id=\"created\">3</dd>"),
            "{}",
            done.html
        );
        assert!(
            done.html
                .contains("row 5, E-post: &#39;not-an-email&#39; is not an e-mail address")
                || done
                    .html
                    .contains("row 5, E-post: &#x27;not-an-email&#x27; is not an e-mail address"),
            "the bad row is named: {}",
            done.html
        );
        assert_eq!(
            world.store.count_candidates().await.expect("count"),
            before + 3
        );
        let key = store::CandidateKey {
            source: "Globalise".into(),
            external_id: Some("GL-2".into()),
            email: "nobody@nowhere.example".into(),
            phone_e164: None,
        };
        let tor = world.store.candidates_matching(&key).await.expect("found");
        assert_eq!(tor[0].value.name.as_str(), "Tor Aasen");
        assert!(
            world
                .store
                .import_file(at.rsplit('/').next().expect("id").parse().expect("id"))
                .await
                .expect("read")
                .is_none(),
            "the uploaded file is not kept once imported"
        );
    }
}
