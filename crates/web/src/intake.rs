//! `POST /api/v1/candidates`: staff bring a person into the network with a typed body; the
//! rules (duplicates, merge, provenance, the legal basis) are `service::intake`'s.

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
        Created::New(id) => (
            StatusCode::CREATED,
            axum::Json(CandidateCreatedJson {
                id: id.0,
                merged: false,
                changed: Vec::new(),
                kept: Vec::new(),
            }),
        ),
        Created::Merged(id, merged) => (
            StatusCode::OK,
            axum::Json(CandidateCreatedJson {
                id: id.0,
                merged: true,
                changed: merged.changed.into_iter().map(Into::into).collect(),
                kept: merged.kept,
            }),
        ),
    })
}
