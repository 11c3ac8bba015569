//! `GET /api/v1/mandates/{id}/matches`: the engine's ranked list for a mandate with the
//! reasons, with filter and weight overrides as query parameters, each refused by name when it
//! does not parse.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Serialize;

use domain::ids::MandateId;
use domain::vocabulary::ProfileKind;
use domain::{Invalid, Parsed};
use engine::{Filter, Networks};

use crate::AppState;
use crate::access::Records;
use crate::api::{int_param, known_params, no_store};
use crate::auth::Actor;
use crate::error::Error;

/// The parameters the route takes.
pub const PARAMS: &[&str] = &[
    "top",
    "weights",
    "include_unvetted",
    "networks",
    "profile_kinds",
    "rate_tolerance_percent",
    "start_tolerance_days",
    "max_distance_km",
    "off",
];

#[derive(Debug, Serialize)]
struct MatchesJson {
    mandate_id: i64,
    considered: usize,
    passed: usize,
    removed: Vec<RemovedJson>,
    results: Vec<RankedJson>,
}

#[derive(Debug, Serialize)]
struct RemovedJson {
    filter: &'static str,
    count: usize,
}

#[derive(Debug, Serialize)]
struct RankedJson {
    rank: usize,
    candidate_id: i64,
    name: String,
    headline: String,
    score: f32,
    contributions: Vec<ContributionJson>,
    matched_terms: Vec<String>,
    passed_filters: Vec<&'static str>,
    unvetted: bool,
}

#[derive(Debug, Serialize)]
struct ContributionJson {
    criterion: &'static str,
    value: f32,
}

fn flag(params: &HashMap<String, String>, name: &str) -> Parsed<Option<bool>> {
    params
        .get(name)
        .map(|raw| match raw.trim() {
            "true" | "1" | "yes" => Ok(true),
            "false" | "0" | "no" => Ok(false),
            other => Err(Invalid::new(
                name,
                format!("'{other}' is not true or false"),
            )),
        })
        .transpose()
}

/// Applies the query parameters to the mandate's default query.
fn apply(query: &mut engine::Query, params: &HashMap<String, String>) -> Parsed<()> {
    if let Some(top) = int_param(params, "top", 1..=200)? {
        query.top = top as usize;
    }
    if let Some(spec) = params.get("weights") {
        query.weights = query
            .weights
            .with_overrides(spec)
            .map_err(|e| e.within("weights"))?;
    }
    if let Some(on) = flag(params, "include_unvetted")? {
        query.filters.include_unvetted = on;
    }
    if let Some(raw) = params.get("networks") {
        query.filters.networks = match raw.trim() {
            "all" => Networks::All,
            "own" => Networks::OwnOnly,
            other => {
                return Err(Invalid::new(
                    "networks",
                    format!("'{other}' is not all or own"),
                ));
            }
        };
    }
    if let Some(raw) = params.get("profile_kinds") {
        query.filters.profile_kinds = raw
            .split(',')
            .map(|k| ProfileKind::parse(k).map_err(|e| e.within("profile_kinds")))
            .collect::<Parsed<Vec<_>>>()?;
    }
    if let Some(v) = int_param(params, "rate_tolerance_percent", 0..=100)? {
        query.filters.rate_tolerance_percent = v as u8;
    }
    if let Some(v) = int_param(params, "start_tolerance_days", 0..=365)? {
        query.filters.start_tolerance_days = v as u16;
    }
    if let Some(v) = int_param(params, "max_distance_km", 1..=20_000)? {
        query.filters.max_distance_km = Some(v as u16);
    }
    if let Some(raw) = params.get("off") {
        for code in raw.split(',').map(str::trim).filter(|c| !c.is_empty()) {
            let filter = Filter::ALL
                .into_iter()
                .find(|f| f.code() == code)
                .ok_or_else(|| {
                    let codes: Vec<&str> = Filter::ALL.iter().map(|f| f.code()).collect();
                    Invalid::new(
                        "off",
                        format!("'{code}' is not a filter; use {}", codes.join(", ")),
                    )
                })?;
            query.filters.off.push(filter);
        }
    }
    Ok(())
}

/// The handler.
pub async fn get_matches(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, Error> {
    let records = Records::new(&state, &actor);
    records.staff_only()?;
    let id = MandateId(id.parse().ok().filter(|i| *i > 0).ok_or_else(|| {
        Error::BadRequest(Invalid::new("id", format!("'{id}' is not a mandate id")))
    })?);
    known_params(&params, PARAMS)?;
    let mandate = records.mandate(id).await?;
    let client = state.store.client(mandate.client_id).await?;
    let mut query = engine::Query::new(&mandate.value, &client.value, Utc::now().date_naive());
    apply(&mut query, &params)?;
    let ranking = state
        .index
        .with(|index| index.rank(&query))
        .ok_or(Error::NotReady)?;
    let mut results = Vec::with_capacity(ranking.results.len());
    for (i, r) in ranking.results.iter().enumerate() {
        let c = state.store.candidate(r.id).await?;
        results.push(RankedJson {
            rank: i + 1,
            candidate_id: r.id.0,
            name: c.name.to_string(),
            headline: c.headline.to_string(),
            score: r.score,
            contributions: r
                .contributions
                .iter()
                .map(|(c, v)| ContributionJson {
                    criterion: c.code(),
                    value: *v,
                })
                .collect(),
            matched_terms: r.matched_terms.clone(),
            passed_filters: r.passed_filters.iter().map(|f| f.code()).collect(),
            unvetted: r.unvetted,
        });
    }
    records.log_matches_shown(id).await?;
    let body = MatchesJson {
        mandate_id: id.0,
        considered: ranking.considered,
        passed: ranking.passed,
        removed: ranking
            .removed
            .iter()
            .map(|(f, n)| RemovedJson {
                filter: f.code(),
                count: *n,
            })
            .collect(),
        results,
    };
    let mut response = axum::Json(body).into_response();
    no_store(response.headers_mut());
    Ok(response)
}
