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

/// Follows `$ref`s within the document.
fn resolve<'a>(
    spec: &'a serde_json::Value,
    schema: &'a serde_json::Value,
) -> &'a serde_json::Value {
    match schema["$ref"].as_str() {
        Some(reference) => {
            let name = reference.trim_start_matches("#/components/schemas/");
            let target = &spec["components"]["schemas"][name];
            assert!(!target.is_null(), "{reference} points at nothing");
            resolve(spec, target)
        }
        None => schema,
    }
}

/// Every place under `schema` that is an object without a description of its fields.
fn untyped(
    spec: &serde_json::Value,
    schema: &serde_json::Value,
    at: &str,
    found: &mut Vec<String>,
) {
    let schema = resolve(spec, schema);
    for key in ["allOf", "oneOf", "anyOf"] {
        for (i, part) in schema[key].as_array().into_iter().flatten().enumerate() {
            untyped(spec, part, &format!("{at}.{key}[{i}]"), found);
        }
    }
    if let Some(items) = schema.get("items") {
        untyped(spec, items, &format!("{at}[]"), found);
    }
    if let Some(properties) = schema["properties"].as_object() {
        for (name, property) in properties {
            untyped(spec, property, &format!("{at}.{name}"), found);
        }
    }
    if let Some(values) = schema.get("additionalProperties").filter(|v| v.is_object()) {
        untyped(spec, values, &format!("{at}{{}}"), found);
    }
    let is_object = schema["type"] == "object"
        || schema["type"]
            .as_array()
            .is_some_and(|t| t.iter().any(|t| t == "object"));
    let described = schema.get("properties").is_some()
        || schema.get("additionalProperties").is_some()
        || ["allOf", "oneOf", "anyOf"]
            .iter()
            .any(|k| schema.get(*k).is_some());
    if is_object && !described {
        found.push(at.to_owned());
    }
}

/// Every body the document describes, as (where, schema): requests when `responses` is
/// false, responses otherwise.
fn bodies(spec: &serde_json::Value, responses: bool) -> Vec<(String, &serde_json::Value)> {
    let mut out = Vec::new();
    for (path, operations) in spec["paths"].as_object().expect("paths") {
        for (method, operation) in operations.as_object().expect("operations") {
            let parts: Vec<(String, &serde_json::Value)> = if responses {
                operation["responses"]
                    .as_object()
                    .into_iter()
                    .flatten()
                    .map(|(status, r)| (format!(" {status}"), r))
                    .collect()
            } else {
                vec![(String::new(), &operation["requestBody"])]
            };
            for (status, part) in parts {
                for (media, content) in part["content"].as_object().into_iter().flatten() {
                    out.push((
                        format!("{method} {path}{status} ({media})"),
                        &content["schema"],
                    ));
                }
            }
        }
    }
    out
}

/// The places in `bodies` with an untyped object.
fn untyped_in(spec: &serde_json::Value, bodies: &[(String, &serde_json::Value)]) -> Vec<String> {
    let mut found = Vec::new();
    for (at, schema) in bodies {
        untyped(spec, schema, at, &mut found);
    }
    found
}

#[test]
fn every_request_body_is_typed_down_to_its_leaves() {
    let spec = serde_json::to_value(<web::openapi::ApiDoc as utoipa::OpenApi>::openapi())
        .expect("spec as JSON");
    let requests = bodies(&spec, false);
    assert!(
        requests.len() >= 20,
        "only {} request bodies found",
        requests.len()
    );
    let found = untyped_in(&spec, &requests);
    assert!(
        found.is_empty(),
        "request bodies with untyped objects: {found:#?}"
    );
    // The check itself finds an untyped object.
    let mut probe = Vec::new();
    untyped(
        &spec,
        &serde_json::json!({"type": "object", "properties": {"x": {"type": "object"}}}),
        "probe",
        &mut probe,
    );
    assert_eq!(probe, vec!["probe.x"]);
}

#[test]
fn every_response_body_is_typed_down_to_its_leaves() {
    let spec = serde_json::to_value(<web::openapi::ApiDoc as utoipa::OpenApi>::openapi())
        .expect("spec as JSON");
    let responses = bodies(&spec, true);
    assert!(
        responses.len() >= 100,
        "only {} response bodies found",
        responses.len()
    );
    let found = untyped_in(&spec, &responses);
    assert!(
        found.is_empty(),
        "response bodies with untyped objects: {found:#?}"
    );
}

/// The field names of a schema in the document.
fn fields(spec: &serde_json::Value, name: &str) -> Vec<String> {
    let mut names: Vec<String> = spec["components"]["schemas"][name]["properties"]
        .as_object()
        .unwrap_or_else(|| panic!("{name} is not in the document"))
        .keys()
        .cloned()
        .collect();
    names.sort();
    names
}

/// The field names a domain value has as JSON.
fn keys(value: impl serde::Serialize) -> Vec<String> {
    let mut names: Vec<String> = serde_json::to_value(value)
        .expect("json")
        .as_object()
        .expect("an object")
        .keys()
        .cloned()
        .collect();
    names.sort();
    names
}

#[test]
fn the_described_bodies_have_exactly_the_domain_types_fields() {
    let spec = serde_json::to_value(<web::openapi::ApiDoc as utoipa::OpenApi>::openapi())
        .expect("spec as JSON");
    let candidate = seed::Generator::new(
        3,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("day"),
    )
    .candidate(0);
    let generator = seed::Generator::new(
        3,
        chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("day"),
    );
    let generated = generator.clients(1).remove(0);
    let mandate = generator
        .mandates(
            &[(domain::ids::ClientId(1), generated.client.clone(), vec![])],
            &[],
            1,
        )
        .remove(0);
    let entry = domain::pipeline::PipelineEntry::new(
        domain::ids::MandateId(1),
        domain::ids::CandidateId(1),
        domain::vocabulary::PipelineStage::Longlist,
        chrono::Utc::now(),
        None,
    );
    let placement = domain::placement::Placement {
        mandate_id: domain::ids::MandateId(1),
        candidate_id: domain::ids::CandidateId(1),
        client_contact_id: None,
        period: mandate.window(),
        day_rate: mandate.budget_day_rate,
        placed_at: chrono::Utc::now(),
    };
    // Every kind of criterion has only fields the description names.
    let criterion = fields(&spec, "CriterionSchema");
    for requirement in &mandate.requirements {
        for key in keys(&requirement.criterion) {
            assert!(criterion.contains(&key), "CriterionSchema lacks {key}");
        }
    }
    for (schema, domain) in [
        (
            "MandateDraftSchema",
            keys(domain::mandate::MandateDraft::default()),
        ),
        (
            "RequirementDraftSchema",
            keys(domain::mandate::RequirementDraft::default()),
        ),
        (
            "CandidateDraftSchema",
            keys(domain::intake::CandidateDraft::default()),
        ),
        (
            "ExperienceDraftSchema",
            keys(domain::intake::ExperienceDraft::default()),
        ),
        (
            "ConsentDraftSchema",
            keys(domain::intake::ConsentDraft::default()),
        ),
        ("TrackRecordEntrySchema", keys(&candidate.track_record[0])),
        ("RoleSchema", keys(&mandate.role)),
        ("LanguageSkillSchema", keys(candidate.languages[0])),
        ("SpecialisationSchema", keys(&candidate.specialisation)),
        ("MobilitySchema", keys(candidate.mobility)),
        ("PreferencesSchema", keys(candidate.preferences)),
        ("ProfileSchema", keys(&candidate)),
        ("VettingSchema", keys(candidate.vetting)),
        ("AvailabilitySchema", keys(&candidate.availability)),
        ("MoneySchema", keys(candidate.day_rate)),
        ("LocationSchema", keys(&candidate.home)),
        ("PeriodSchema", keys(mandate.window())),
        ("MandateSchema", keys(&mandate)),
        ("SituationAnalysisSchema", keys(&mandate.analysis)),
        ("RequirementSchema", keys(&mandate.requirements[0])),
        ("ClientSchema", keys(&generated.client)),
        (
            "ClientContactSchema",
            keys(generated.contacts[0].at(domain::ids::ClientId(1))),
        ),
        ("StageMoveSchema", keys(&entry.history[0])),
        ("PlacementSchema", keys(&placement)),
    ] {
        assert_eq!(
            fields(&spec, schema),
            domain,
            "{schema} has drifted from its domain type"
        );
    }
    // Text fields carry the lengths of their domain type and refuse control characters.
    let title = resolve(
        &spec,
        &spec["components"]["schemas"]["MandateDraftSchema"]["properties"]["title"],
    );
    assert_eq!(
        (&title["minLength"], &title["maxLength"]),
        (
            &serde_json::json!(domain::values::ShortText::MIN),
            &serde_json::json!(domain::values::ShortText::MAX)
        ),
        "{title}"
    );
    assert!(
        title["pattern"]
            .as_str()
            .is_some_and(|p| p.contains("u0000")),
        "{title}"
    );
    // The CV download says what it sends.
    let download =
        &spec["paths"]["/api/v1/candidates/{id}/cv"]["get"]["responses"]["200"]["content"];
    assert!(download.get("application/pdf").is_some(), "{download}");
    assert!(
        download.get("application/octet-stream").is_none(),
        "{download}"
    );
}

#[test]
fn path_ids_and_versions_say_what_the_server_takes() {
    let spec = serde_json::to_value(<web::openapi::ApiDoc as utoipa::OpenApi>::openapi())
        .expect("spec as JSON");
    let mut ids = 0;
    for (path, operations) in spec["paths"].as_object().expect("paths") {
        for (method, operation) in operations.as_object().expect("operations") {
            for p in operation["parameters"].as_array().into_iter().flatten() {
                match (p["in"].as_str(), p["name"].as_str()) {
                    (Some("path"), Some("id")) => {
                        ids += 1;
                        assert_eq!(p["schema"]["minimum"], 1, "{method} {path}: ids start at 1");
                    }
                    (Some("header"), Some("If-Match")) => {
                        let pattern = p["schema"]["pattern"].as_str().expect("a pattern");
                        assert!(!pattern.contains("W/"), "{method} {path}: no weak tags");
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(ids >= 30, "only {ids} path ids");
}
