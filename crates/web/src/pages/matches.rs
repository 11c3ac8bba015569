//! The ranked matches of a mandate: the engine's list with a bar per criterion, the matched
//! terms and the filters passed; filters and weights adjustable in a plain GET form (the page's
//! script re-ranks as they change, asking for the results part only); "why is this person not
//! here?" by name; and ticking candidates onto the longlist.

use std::collections::{HashMap, HashSet};

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use domain::ids::{CandidateId, MandateId};
use domain::vocabulary::ProfileKind;
use engine::{Criterion, Explanation, Filter, Networks, Weights};

use crate::AppState;
use crate::api::path_id;
use crate::error::Error;
use crate::matches::apply;
use service::Records;

use super::{Chrome, PageError, Viewer, render};

/// Short names for the bars (the engine's labels are sentences).
fn short_label(c: Criterion) -> &'static str {
    match c {
        Criterion::Role => "Role",
        Criterion::Level => "Level",
        Criterion::Situation => "Situation",
        Criterion::Industry => "Industry",
        Criterion::SizeSector => "Size, sector",
        Criterion::TrackRecord => "Track record",
        Criterion::Traits => "Traits",
        Criterion::Text => "Text",
        Criterion::Language => "Language",
        Criterion::Distance => "Distance",
        Criterion::Availability => "Availability",
        Criterion::Rate => "Rate",
        Criterion::Network => "Network",
    }
}

/// One criterion's bar for one candidate.
struct Bar {
    label: &'static str,
    title: &'static str,
    /// Contribution in points (of 100).
    points: String,
    /// Share of the criterion's weight earned, 0 to 100 (the bar's fill).
    percent: u32,
}

/// One ranked candidate.
struct Row {
    rank: usize,
    candidate_id: i64,
    name: String,
    headline: String,
    score: String,
    bars: Vec<Bar>,
    matched_terms: String,
    /// What lowered a criterion (availability confirmed long ago).
    notes: String,
    passed: String,
    unvetted: bool,
    /// The stage they already stand in for this mandate.
    in_pipeline: Option<&'static str>,
}

/// A weight input.
struct WeightInput {
    code: &'static str,
    label: &'static str,
    title: &'static str,
    value: String,
}

/// A filter's on/off switch.
struct FilterSwitch {
    code: &'static str,
    label: &'static str,
    on: bool,
    /// A legal limit, always on.
    locked: bool,
    removed: Option<usize>,
}

/// The answer to "why is this person not here?".
struct WhyNot {
    asked: String,
    answers: Vec<(i64, String, Vec<String>)>,
}

/// The settings as the form shows them.
struct Settings {
    top: usize,
    include_unvetted: bool,
    own_network_only: bool,
    kinds: Vec<(&'static str, &'static str, bool)>,
    rate_tolerance_percent: u8,
    start_tolerance_days: u16,
    max_distance_km: String,
    filters: Vec<FilterSwitch>,
    weights: Vec<WeightInput>,
    why: String,
    /// Why the client's exclusions do not apply, as written.
    off_reason: String,
}

#[derive(Template)]
#[template(path = "matches.html")]
struct MatchesPage {
    chrome: Chrome,
    id: i64,
    title: String,
    client: String,
    settings: Settings,
    considered: usize,
    passed: usize,
    rows: Vec<Row>,
    why_not: Option<WhyNot>,
    problem: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "matches_results.html")]
struct ResultsPart<'a> {
    page: &'a MatchesPage,
}

/// Turns the form's fields (checkboxes, one input per weight, repeated names) into the
/// parameters the API takes, so both read filters and weights with the same rules.
fn api_params(pairs: &[(String, String)], defaults: &Weights) -> HashMap<String, String> {
    let mut params = HashMap::new();
    let mut kinds = Vec::new();
    let mut off = Vec::new();
    let mut weights = Vec::new();
    for (k, v) in pairs {
        let v = v.trim();
        match k.as_str() {
            "top" | "networks" | "rate_tolerance_percent" | "start_tolerance_days" => {
                params.insert(k.clone(), v.to_owned());
            }
            "max_distance_km" if !v.is_empty() => {
                params.insert(k.clone(), v.to_owned());
            }
            "include_unvetted" => {
                params.insert(k.clone(), "true".to_owned());
            }
            "kind" => kinds.push(v.to_owned()),
            "off" => off.push(v.to_owned()),
            _ => {
                if let Some(code) = k.strip_prefix("w_") {
                    let default = Criterion::parse(code)
                        .map(|c| points(defaults.get(c)))
                        .unwrap_or_default();
                    if v != default {
                        weights.push(format!("{code}={v}"));
                    }
                }
            }
        }
    }
    // The form always sends the kinds; a first visit (no form yet) keeps the default.
    if pairs.iter().any(|(k, _)| k == "form") {
        params.insert("profile_kinds".to_owned(), kinds.join(","));
        // The reason goes with the switch it is for; left in the box alone, it is ignored.
        if off.iter().any(|o| o == Filter::Excluded.code())
            && let Some((_, reason)) = pairs.iter().find(|(k, _)| k == "off_reason")
        {
            params.insert("off_reason".to_owned(), reason.trim().to_owned());
        }
        if !off.is_empty() {
            params.insert("off".to_owned(), off.join(","));
        }
    }
    if !weights.is_empty() {
        params.insert("weights".to_owned(), weights.join(","));
    }
    params
}

/// A weight as whole points of 100.
fn points(weight: f32) -> String {
    format!("{:.0}", weight * 100.0)
}

/// `GET /app/mandates/{id}/matches`: the page, or with `part=results` only the results (for
/// the script that re-ranks as the filters change).
pub(super) async fn matches_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    let records = Records::new(&state, &viewer.actor);
    let (mandate, client) = records.mandate_with_client(id).await?;
    let mut query = engine::Query::new(&mandate.value, &client.value, state.today());
    let defaults = query.weights;
    let params = api_params(&pairs, &defaults);
    let (off_reason, problem) = match apply(&mut query, &params) {
        Ok(reason) => (reason, None),
        Err(e) => (None, Some((e.field, e.message))),
    };
    let field = |name: &str| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map_or(String::new(), |(_, v)| v.trim().to_owned())
    };
    let why = field("why");
    let (ranking, explanations) = if problem.is_some() {
        (None, Vec::new())
    } else {
        let named = if why.is_empty() {
            Vec::new()
        } else {
            records.candidate_ids_named(&why, 5).await?
        };
        // Pure CPU: off the async workers, as on the API.
        let (service, query) = ((*state).clone(), query.clone());
        let answer = crate::off_the_workers(move || {
            service.index().with(|index| {
                let ranking = index.rank(&query);
                let people = crate::matches::people_of(index, &ranking);
                let explanations: Vec<(CandidateId, Explanation)> = named
                    .iter()
                    .map(|c| (*c, index.explain(&query, *c)))
                    .collect();
                ((ranking, people), explanations)
            })
        })
        .await?
        .ok_or(Error::NotReady)?;
        (Some(answer.0), answer.1)
    };
    let pipeline: HashMap<CandidateId, &'static str> = records
        .pipeline_entries(id)
        .await?
        .into_iter()
        .map(|e| (e.value.candidate_id, e.value.stage().label()))
        .collect();
    let mut rows = Vec::new();
    let (mut considered, mut passed) = (0, 0);
    let mut removed_by: HashMap<Filter, usize> = HashMap::new();
    if let Some((ranking, people)) = ranking {
        considered = ranking.considered;
        passed = ranking.passed;
        removed_by = ranking.removed.iter().copied().collect();
        records.log_matches_shown(id, off_reason.clone()).await?;
        for (i, (r, (name, headline))) in ranking.results.iter().zip(people).enumerate() {
            rows.push(Row {
                rank: i + 1,
                candidate_id: r.id.0,
                name,
                headline,
                score: format!("{:.0}", r.score * 100.0),
                bars: r
                    .contributions
                    .iter()
                    .map(|(c, v)| {
                        let weight = query.weights.get(*c);
                        Bar {
                            label: short_label(*c),
                            title: c.label(),
                            points: format!("{:.1}", v * 100.0),
                            percent: if weight > 0.0 {
                                ((v / weight) * 100.0).clamp(0.0, 100.0).round() as u32
                            } else {
                                0
                            },
                        }
                    })
                    .collect(),
                matched_terms: r.matched_terms.join(", "),
                notes: r
                    .notes
                    .iter()
                    .map(|(c, text)| format!("{}: {text}", c.label()))
                    .collect::<Vec<_>>()
                    .join("; "),
                passed: r
                    .passed_filters
                    .iter()
                    .map(|f| f.label())
                    .collect::<Vec<_>>()
                    .join("; "),
                unvetted: r.unvetted,
                in_pipeline: pipeline.get(&r.id).copied(),
            });
        }
    }
    let why_not = if why.is_empty() {
        None
    } else {
        let ids: Vec<CandidateId> = explanations.iter().map(|(c, _)| *c).collect();
        let people = records.people(&ids).await?;
        let shown: HashSet<i64> = rows.iter().map(|r| r.candidate_id).collect();
        let answers = explanations
            .iter()
            .zip(people)
            .map(|((c, explanation), person)| {
                let lines = match explanation {
                    Explanation::NotIndexed => {
                        vec!["Not in the match index (the profile was just created or is being re-read).".to_owned()]
                    }
                    Explanation::Removed(failures) => failures
                        .iter()
                        .map(|f| f.reason.clone())
                        .collect(),
                    Explanation::Ranked {
                        position, passed, ..
                    } if shown.contains(&c.0) => {
                        vec![format!("On the list above, at {position} of {passed}.")]
                    }
                    Explanation::Ranked {
                        position, passed, ..
                    } => vec![format!(
                        "Passes every filter but ranks {position} of {passed}; show more results or raise the weights that favour them."
                    )],
                };
                (c.0, person.name.to_string(), lines)
            })
            .collect();
        Some(WhyNot {
            asked: why.clone(),
            answers,
        })
    };
    let filters = &query.filters;
    let settings = Settings {
        top: query.top,
        include_unvetted: filters.include_unvetted,
        own_network_only: filters.networks == Networks::OwnOnly,
        kinds: ProfileKind::ALL
            .iter()
            .map(|k| (k.code(), k.label(), filters.profile_kinds.contains(k)))
            .collect(),
        rate_tolerance_percent: filters.rate_tolerance_percent,
        start_tolerance_days: filters.start_tolerance_days,
        max_distance_km: filters
            .max_distance_km
            .map_or(String::new(), |d| d.to_string()),
        filters: Filter::ALL
            .iter()
            .map(|f| FilterSwitch {
                code: f.code(),
                label: f.label(),
                on: filters.is_on(*f),
                locked: !f.can_be_switched_off(),
                removed: removed_by.get(f).copied(),
            })
            .collect(),
        weights: Criterion::ALL
            .iter()
            .map(|c| WeightInput {
                code: c.code(),
                label: short_label(*c),
                title: c.label(),
                value: params
                    .get("weights")
                    .and_then(|spec| {
                        spec.split(',')
                            .filter_map(|p| p.split_once('='))
                            .find(|(k, _)| k.trim() == c.code())
                            .map(|(_, v)| v.trim().to_owned())
                    })
                    .unwrap_or_else(|| points(defaults.get(*c))),
            })
            .collect(),
        why,
        off_reason: field("off_reason"),
    };
    let page = MatchesPage {
        chrome: viewer.chrome("dashboard"),
        id: id.0,
        title: mandate.value.title.to_string(),
        client: client.value.name.to_string(),
        settings,
        considered,
        passed,
        rows,
        why_not,
        problem,
    };
    let status = if page.problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    if field("part") == "results" {
        return Ok((status, render(&ResultsPart { page: &page })).into_response());
    }
    Ok((status, render(&page)).into_response())
}
