//! `POST /api/v1/candidates`: staff bring a person into the network with a typed body; the
//! rules (duplicates, merge, provenance, the legal basis) are `service::intake`'s. And the
//! possible duplicates' review queue and the merge of two held records
//! (`service::duplicates`).

use axum::extract::{Query, State};
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use domain::intake::{CandidateDraft, FieldChange};
use service::Actor;
use service::intake::{Created, OnDuplicate};

use crate::AppState;
use crate::error::{Error, ErrorBody};
use crate::json::ApiJson;

/// The query of `POST /api/v1/candidates`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
pub(crate) struct CreateQuery {
    /// `merge` brings the record into the person the network has, instead of refusing it
    /// with `409 duplicate`.
    on_duplicate: Option<String>,
}

/// A candidate created, or merged into the person the network had.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CandidateCreatedJson {
    /// The candidate's id.
    id: i64,
    /// Whether the record was merged into a person the network had.
    merged: bool,
    /// What the merge changed.
    changed: Vec<FieldChangeJson>,
    /// Fields the interim manager wrote themself, which the merge left as they were.
    kept: Vec<String>,
    /// People the network has whom the new one may be (a similar name and the same birth
    /// year, city or employer): the pairs wait in the review queue
    /// (`GET /api/v1/duplicates`).
    possible_duplicates: Vec<i64>,
}

/// One field a merge changed.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct FieldChangeJson {
    field: String,
    before: String,
    after: String,
}

impl From<FieldChange> for FieldChangeJson {
    fn from(c: FieldChange) -> Self {
        Self {
            field: c.field,
            before: c.before,
            after: c.after,
        }
    }
}

/// `POST /api/v1/candidates[?on_duplicate=merge]`: a new candidate (staff). They start
/// unvetted, are ranked at once on every server, on the legal basis their record gives (the
/// source's recorded consent, else legitimate interest until the Art. 14 notice is due in 30
/// days). A person the network has (same source and external id, e-mail or phone) answers
/// `409 duplicate` with `existing_id`, or is merged into.
#[utoipa::path(post, path = "/api/v1/candidates", tag = "network", params(CreateQuery),
    request_body = crate::schemas::CandidateDraftSchema,
    responses((status = 201, body = CandidateCreatedJson), (status = 200, body = CandidateCreatedJson, description = "Merged into the person the network had"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn create_candidate(
    State(state): State<AppState>,
    actor: Actor,
    Query(query): Query<CreateQuery>,
    ApiJson(draft): ApiJson<CandidateDraft>,
) -> Result<(StatusCode, axum::Json<CandidateCreatedJson>), Error> {
    let on_duplicate = match query.on_duplicate.as_deref() {
        None | Some("refuse") => OnDuplicate::Refuse,
        Some("merge") => OnDuplicate::Merge,
        Some(other) => {
            return Err(Error::BadRequest(domain::Invalid::new(
                "on_duplicate",
                format!("'{other}' is not 'merge' or 'refuse'"),
            )));
        }
    };
    let created = service::intake::create_candidate(&state, &actor, &draft, on_duplicate).await?;
    Ok(match created {
        Created::New(id, alike) => (
            StatusCode::CREATED,
            axum::Json(CandidateCreatedJson {
                id: id.0,
                merged: false,
                changed: Vec::new(),
                kept: Vec::new(),
                possible_duplicates: alike.into_iter().map(|c| c.0).collect(),
            }),
        ),
        Created::Merged(id, merged) => (
            StatusCode::OK,
            axum::Json(CandidateCreatedJson {
                id: id.0,
                merged: true,
                changed: merged.changed.into_iter().map(Into::into).collect(),
                kept: merged.kept,
                possible_duplicates: Vec::new(),
            }),
        ),
    })
}

/// One record of a pair in the review queue.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct PairMemberJson {
    id: i64,
    name: String,
    email: String,
    headline: String,
    home_city: String,
    birth_year: Option<u16>,
    source: String,
    vetting_status: String,
}

impl From<&domain::ids::Stored<domain::ids::CandidateId, domain::candidate::InterimManager>>
    for PairMemberJson
{
    fn from(
        c: &domain::ids::Stored<domain::ids::CandidateId, domain::candidate::InterimManager>,
    ) -> Self {
        Self {
            id: c.id.0,
            name: c.value.name.to_string(),
            email: c.value.email.to_string(),
            headline: c.value.headline.to_string(),
            home_city: c.value.home.city.to_string(),
            birth_year: c.value.birth_year,
            source: c.value.source.to_string(),
            vetting_status: c.value.vetting.status.code().to_owned(),
        }
    }
}

/// Two records that may be one person.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct PossibleDuplicateJson {
    /// The pair's id.
    id: i64,
    /// Why they may be one person.
    reasons: Vec<String>,
    /// `open`, `merged` or `kept_apart`.
    status: String,
    /// When the pair was found.
    found_at: chrono::DateTime<chrono::Utc>,
    /// The older record.
    first: PairMemberJson,
    /// The newer record.
    second: PairMemberJson,
}

impl From<&service::duplicates::DuplicatePair> for PossibleDuplicateJson {
    fn from(p: &service::duplicates::DuplicatePair) -> Self {
        Self {
            id: p.pair.id,
            reasons: p.pair.reasons.clone(),
            status: p.pair.status.clone(),
            found_at: p.pair.found_at,
            first: (&p.first).into(),
            second: (&p.second).into(),
        }
    }
}

/// The review queue.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct PossibleDuplicatesJson {
    results: Vec<PossibleDuplicateJson>,
}

/// `GET /api/v1/duplicates`: the open pairs of records that may be one person, oldest first
/// (staff).
#[utoipa::path(get, path = "/api/v1/duplicates", tag = "network",
    responses((status = 200, body = PossibleDuplicatesJson), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody)))]
pub(crate) async fn possible_duplicates(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<axum::Json<PossibleDuplicatesJson>, Error> {
    let queue = service::duplicates::review_queue(&state, &actor, 500).await?;
    Ok(axum::Json(PossibleDuplicatesJson {
        results: queue.iter().map(Into::into).collect(),
    }))
}

/// Which record stays when a pair is merged.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PairMergeBody {
    /// The id of the record that stays: one of the pair.
    survivor: i64,
}

/// Which record to merge into the one named in the path.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct CandidateMergeBody {
    /// The id of the record merged away.
    merged: i64,
}

/// What a merge did.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MergeJson {
    /// The record that stays.
    survivor: i64,
    /// The record merged away: its id answers `410 merged` with the survivor's from now on.
    merged: i64,
    /// The survivor's fields that changed.
    changed: Vec<FieldChangeJson>,
    /// What moved to the survivor ("2 pipeline entries", "the CV").
    moved: Vec<String>,
    /// What both held and the survivor now holds once.
    folded: Vec<String>,
}

impl From<service::duplicates::MergeOutcome> for MergeJson {
    fn from(m: service::duplicates::MergeOutcome) -> Self {
        Self {
            survivor: m.survivor.0,
            merged: m.merged.0,
            changed: m.changed.into_iter().map(Into::into).collect(),
            moved: m.moved,
            folded: m.folded,
        }
    }
}

/// `POST /api/v1/duplicates/{id}/merge`: merges the pair, keeping `survivor` (staff). The
/// other record's pipeline entries, vetting, placements, evaluations, CV, applications,
/// contacts and consents move to the survivor; nothing is lost; it is audited.
#[utoipa::path(post, path = "/api/v1/duplicates/{id}/merge", tag = "network",
    params(("id" = i64, Path, minimum = 1, description = "The pair")), request_body = PairMergeBody,
    responses((status = 200, body = MergeJson), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn merge_pair(
    State(state): State<AppState>,
    actor: Actor,
    axum::extract::Path(raw): axum::extract::Path<String>,
    ApiJson(body): ApiJson<PairMergeBody>,
) -> Result<axum::Json<MergeJson>, Error> {
    let id = crate::api::path_id(&raw, "possible duplicate")?;
    let outcome = service::duplicates::merge_pair(
        &state,
        &actor,
        id,
        domain::ids::CandidateId(body.survivor),
    )
    .await?;
    Ok(axum::Json(outcome.into()))
}

/// `POST /api/v1/duplicates/{id}/keep-apart`: the pair are two people (staff); they are not
/// asked about again.
#[utoipa::path(post, path = "/api/v1/duplicates/{id}/keep-apart", tag = "network",
    params(("id" = i64, Path, minimum = 1, description = "The pair")),
    responses((status = 204), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, body = ErrorBody)))]
pub(crate) async fn keep_apart(
    State(state): State<AppState>,
    actor: Actor,
    axum::extract::Path(raw): axum::extract::Path<String>,
) -> Result<StatusCode, Error> {
    let id = crate::api::path_id(&raw, "possible duplicate")?;
    service::duplicates::keep_apart(&state, &actor, id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/candidates/{id}/merge`: merges the record `merged` into this one (staff),
/// as a pair's merge does, for two records a consultant found themself.
#[utoipa::path(post, path = "/api/v1/candidates/{id}/merge", tag = "network",
    params(("id" = i64, Path, minimum = 1, description = "The record that stays")),
    request_body = CandidateMergeBody,
    responses((status = 200, body = MergeJson), (status = 401, body = ErrorBody),
        (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 410, body = ErrorBody),
        (status = 422, body = ErrorBody)))]
pub(crate) async fn merge_into(
    State(state): State<AppState>,
    actor: Actor,
    axum::extract::Path(raw): axum::extract::Path<String>,
    ApiJson(body): ApiJson<CandidateMergeBody>,
) -> Result<axum::Json<MergeJson>, Error> {
    let survivor = crate::api::path_id(&raw, "candidate")?;
    let outcome = service::duplicates::merge_candidates(
        &state,
        &actor,
        domain::ids::CandidateId(survivor),
        domain::ids::CandidateId(body.merged),
    )
    .await?;
    Ok(axum::Json(outcome.into()))
}
