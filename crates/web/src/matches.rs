//! `GET /api/v1/mandates/{id}/matches`: the engine's ranked list for a mandate with the
//! reasons, with filter and weight overrides as query parameters, each refused by name when it
//! does not parse.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

use domain::ids::MandateId;
use domain::vocabulary::ProfileKind;
use domain::{Invalid, Parsed};
use engine::{Filter, Networks};

use crate::AppState;
use crate::api::{int_param, known_params, path_id};
use crate::auth::Actor;
use crate::error::Error;
use service::Records;

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
    "off_reason",
];

/// The shortest reason accepted for ranking people the client excluded.
const MIN_REASON_CHARS: usize = 10;

/// A mandate's ranked list, as the API and `interim match --format json` answer it. Stable:
/// fields are only ever added.
#[derive(Debug, Serialize, ToSchema)]
pub struct MatchesJson {
    /// The mandate.
    pub mandate_id: i64,
    /// Interim managers in the index.
    pub considered: usize,
    /// How many passed every hard filter.
    pub passed: usize,
    /// How many each applied filter removed (counted against the first it failed).
    pub removed: Vec<RemovedJson>,
    /// Best first.
    pub results: Vec<RankedJson>,
}

/// How many one filter removed.
#[derive(Debug, Serialize, ToSchema)]
pub struct RemovedJson {
    /// The filter's stable code.
    pub filter: &'static str,
    /// How many it removed.
    pub count: usize,
}

/// One ranked interim manager with the reasons.
#[derive(Debug, Serialize, ToSchema)]
pub struct RankedJson {
    /// 1-based position.
    pub rank: usize,
    /// The interim manager.
    pub candidate_id: i64,
    /// Their name.
    pub name: String,
    /// Their headline.
    pub headline: String,
    /// The score, in 0..1: the sum of the contributions.
    pub score: f32,
    /// Every criterion's contribution, in order.
    pub contributions: Vec<ContributionJson>,
    /// Words of the mandate found in the profile.
    pub matched_terms: Vec<String>,
    /// Why a criterion counted less than it might have, in words (availability confirmed long
    /// ago); empty when nothing needs saying.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<NoteJson>,
    /// The filters applied, all passed.
    pub passed_filters: Vec<&'static str>,
    /// Not (or no longer) qualified; only when unvetted candidates were let in.
    pub unvetted: bool,
    /// The legal basis they are ranked on: "their own consent, until 2028-05-01", "legitimate
    /// interest until the Art. 14 notice due 2027-01-02".
    pub legal_basis: String,
}

/// A word on one criterion's value.
#[derive(Debug, Serialize, ToSchema)]
pub struct NoteJson {
    /// The criterion's code.
    pub criterion: &'static str,
    /// What lowered it.
    pub note: String,
}

/// One criterion's part of a score.
#[derive(Debug, Serialize, ToSchema)]
pub struct ContributionJson {
    /// The criterion's stable code.
    pub criterion: &'static str,
    /// Its weight times its value.
    pub value: f32,
}

impl ContributionJson {
    /// The contributions of a ranked candidate.
    pub fn all(ranked: &engine::Ranked) -> Vec<Self> {
        ranked
            .contributions
            .iter()
            .map(|(c, v)| ContributionJson {
                criterion: c.code(),
                value: *v,
            })
            .collect()
    }
}

/// The name and headline of every ranked candidate, in order, from the index that ranked
/// them: the list is shown without reading the store again.
pub fn people_of(index: &engine::Index, ranking: &engine::Ranking) -> Vec<(String, String)> {
    ranking
        .results
        .iter()
        .map(|r| {
            index
                .label(r.id)
                .map(|(name, headline)| (name.to_owned(), headline.to_owned()))
                .unwrap_or_default()
        })
        .collect()
}

impl MatchesJson {
    /// The answer for a ranking, with each result's name and headline in order.
    pub fn new(
        mandate: MandateId,
        ranking: &engine::Ranking,
        people: Vec<(String, String)>,
    ) -> Self {
        let results = ranking
            .results
            .iter()
            .zip(people)
            .enumerate()
            .map(|(i, (r, (name, headline)))| RankedJson {
                rank: i + 1,
                candidate_id: r.id.0,
                name,
                headline,
                score: r.score,
                contributions: ContributionJson::all(r),
                matched_terms: r.matched_terms.clone(),
                notes: r
                    .notes
                    .iter()
                    .map(|(c, text)| NoteJson {
                        criterion: c.code(),
                        note: text.clone(),
                    })
                    .collect(),
                passed_filters: r.passed_filters.iter().map(|f| f.code()).collect(),
                unvetted: r.unvetted,
                legal_basis: r.basis.clone(),
            })
            .collect();
        MatchesJson {
            mandate_id: mandate.0,
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
        }
    }
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

/// Applies the query parameters to the mandate's default query. Returns the reason given for
/// switching the client's exclusions off, which the caller writes to the audit log.
pub(crate) fn apply(
    query: &mut engine::Query,
    params: &HashMap<String, String>,
) -> Parsed<Option<String>> {
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
            if !filter.can_be_switched_off() {
                return Err(Invalid::new(
                    "off",
                    format!(
                        "'{code}' cannot be switched off: consent is a legal limit, and people whose consent ran out or who withdrew it are never ranked"
                    ),
                ));
            }
            query.filters.off.push(filter);
        }
    }
    let reason = params
        .get("off_reason")
        .map(|r| r.trim())
        .filter(|r| !r.is_empty());
    if !query.filters.off.contains(&Filter::Excluded) {
        return match reason {
            Some(_) => Err(Invalid::new(
                "off_reason",
                "a reason is only taken when 'excluded' is switched off",
            )),
            None => Ok(None),
        };
    }
    match reason {
        Some(r) if r.chars().count() >= MIN_REASON_CHARS && r.chars().count() <= 500 => {
            Ok(Some(r.to_owned()))
        }
        _ => Err(Invalid::new(
            "off_reason",
            format!(
                "write why the client's exclusions should not apply here ({MIN_REASON_CHARS} to 500 characters); the reason is kept in the audit log"
            ),
        )),
    }
}

/// The handler.
#[utoipa::path(get, path = "/api/v1/mandates/{id}/matches", tag = "mandates",
    params(
        ("id" = i64, Path, minimum = 1, description = "Mandate id"),
        ("top" = Option<i64>, Query, minimum = 1, maximum = 200, description = "1 to 200, default 20"),
        ("weights" = Option<String>, Query, description = "Overrides in points: role=30,text=5"),
        ("include_unvetted" = Option<bool>, Query, description = "Let unvetted candidates in, flagged"),
        ("networks" = Option<String>, Query, pattern = "^(all|own)$", description = "all or own"),
        ("profile_kinds" = Option<String>, Query, description = "Comma-separated: interim_leader, consultant, administrator"),
        ("rate_tolerance_percent" = Option<i64>, Query, minimum = 0, maximum = 100, description = "0 to 100, default 10"),
        ("start_tolerance_days" = Option<i64>, Query, minimum = 0, maximum = 365, description = "0 to 365, default 14"),
        ("max_distance_km" = Option<i64>, Query, minimum = 1, maximum = 20000, description = "A fixed distance limit"),
        ("off" = Option<String>, Query, description = "Filters switched off, by code. Every filter but `consent`, a legal limit; `excluded` only with `off_reason`"),
        ("off_reason" = Option<String>, Query, min_length = 10, max_length = 500, description = "Why the client's exclusions do not apply (10 to 500 characters); required with off=excluded and written to the audit log"),
    ),
    responses((status = 200, body = MatchesJson), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
        (status = 503, body = crate::error::ErrorBody)))]
pub async fn get_matches(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
) -> Result<Response, Error> {
    let records = Records::new(&state, &actor);
    records.staff_only()?;
    let id = MandateId(path_id(&id, "mandate")?);
    known_params(&params, PARAMS)?;
    let (mandate, client) = records.mandate_with_client(id).await?;
    let mut query = engine::Query::new(&mandate.value, &client.value, state.today());
    let off_reason = apply(&mut query, &params)?;
    // Ranking is pure CPU: off the async workers, so it never holds up other requests.
    let service = (*state).clone();
    let (ranking, people) = crate::off_the_workers(move || {
        service.index().with(|index| {
            let ranking = index.rank(&query);
            let people = people_of(index, &ranking);
            (ranking, people)
        })
    })
    .await?
    .ok_or(Error::NotReady)?;
    records.log_matches_shown(id, off_reason).await?;
    let body = MatchesJson::new(id, &ranking, people);
    // Personal data: the security layer marks it `Cache-Control: no-store`.
    Ok(axum::Json(body).into_response())
}
