//! The consultant's workflow over the API: taking in a mandate (a client may submit its own
//! company's need), editing it with `If-Match`, the pipeline (longlist a candidate, move them
//! with a reason where one is needed), clients with their contacts, and user accounts (admin).

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use domain::Invalid;
use domain::ids::{CandidateId, ClientId, MandateId, PipelineEntryId, Version};
use domain::mandate::MandateDraft;
use domain::user::{Password, User, UserRole};
use domain::values::{EmailAddress, PersonName};

use crate::AppState;
use crate::api::path_id;
use crate::auth::Actor;
use crate::error::{Error, ErrorBody};
use crate::json::ApiJson;
use service::Records;

/// A new record's id and version.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Created {
    id: i64,
    version: i64,
}

/// The version a write names, from `If-Match` (`"3"` or `3`); required. A weak tag (`W/"3"`)
/// is refused: a write must name the exact version it read.
fn if_match(headers: &HeaderMap) -> Result<Version, Error> {
    let raw = headers
        .get(header::IF_MATCH)
        .and_then(|v| v.to_str().ok())
        .ok_or(Error::VersionRequired)?;
    let tag = raw.trim();
    if tag.starts_with("W/") {
        return Err(Error::BadRequest(Invalid::new(
            "If-Match",
            format!("'{raw}' is a weak tag; send the strong version, such as \"3\""),
        )));
    }
    let digits = tag
        .strip_prefix('"')
        .and_then(|t| t.strip_suffix('"'))
        .unwrap_or(tag);
    Some(digits)
        .filter(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|d| d.parse::<i64>().ok())
        .map(Version)
        .ok_or_else(|| {
            Error::BadRequest(Invalid::new(
                "If-Match",
                format!("'{raw}' is not a version number"),
            ))
        })
}

/// `POST /api/v1/mandates`: takes in a mandate. Staff name the client; a client submits for
/// its own company (`client_id` 0 or its own).
#[utoipa::path(post, path = "/api/v1/mandates", tag = "mandates", request_body = crate::schemas::MandateDraftSchema,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn create_mandate(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(draft): ApiJson<MandateDraft>,
) -> Result<(StatusCode, axum::Json<Created>), Error> {
    let id = service::workflow::take_in_mandate(&state, &actor, draft).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(Created {
            id: id.0,
            version: Version::FIRST.0,
        }),
    ))
}

/// `PUT /api/v1/mandates/{id}`: replaces a mandate's need (staff), naming the version read in
/// `If-Match`; status and the 10-day clock are kept.
#[utoipa::path(put, path = "/api/v1/mandates/{id}", tag = "mandates", params(("id" = i64, Path, minimum = 1, description = "Mandate id"), ("If-Match" = String, Header, pattern = r#"^("[0-9]+"|[0-9]+)$"#, description = "The version read")),
    request_body = crate::schemas::MandateDraftSchema,
    responses((status = 200, body = Created), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody)))]
pub(crate) async fn update_mandate(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(draft): ApiJson<MandateDraft>,
) -> Result<axum::Json<Created>, Error> {
    let id = MandateId(path_id(&id, "mandate")?);
    let expected = if_match(&headers)?;
    let version = service::workflow::revise_mandate(&state, &actor, id, expected, &draft).await?;
    Ok(axum::Json(Created {
        id: id.0,
        version: version.0,
    }))
}

/// One candidate in a mandate's pipeline.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct EntryJson {
    id: i64,
    version: i64,
    candidate_id: i64,
    name: String,
    stage: &'static str,
    #[schema(value_type = Option<String>, format = DateTime)]
    stage_entered_at: Option<DateTime<Utc>>,
    /// Every move, oldest first.
    #[schema(value_type = Vec<crate::schemas::StageMoveSchema>)]
    history: Vec<domain::pipeline::StageMove>,
}

/// `GET /api/v1/mandates/{id}/pipeline`: the candidates in a mandate's pipeline (staff).
#[utoipa::path(get, path = "/api/v1/mandates/{id}/pipeline", tag = "pipeline", params(("id" = i64, Path, minimum = 1, description = "Mandate id")),
    responses((status = 200, body = Vec<EntryJson>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn pipeline(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<axum::Json<Vec<EntryJson>>, Error> {
    let id = MandateId(path_id(&id, "mandate")?);
    let entries = Records::new(&state, &actor).pipeline(id).await?;
    let out = entries
        .iter()
        .map(|(e, name)| EntryJson {
            id: e.id.0,
            version: e.version.0,
            candidate_id: e.candidate_id.0,
            name: name.clone(),
            stage: e.stage().code(),
            stage_entered_at: e.stage_entered_at(),
            history: e.value.history.clone(),
        })
        .collect();
    Ok(axum::Json(out))
}

/// Adding a candidate to the longlist.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct LonglistBody {
    #[schema(minimum = 1)]
    candidate_id: i64,
}

/// `POST /api/v1/mandates/{id}/pipeline`: puts a candidate on the longlist (staff).
#[utoipa::path(post, path = "/api/v1/mandates/{id}/pipeline", tag = "pipeline", params(("id" = i64, Path, minimum = 1, description = "Mandate id")), request_body = LonglistBody,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn longlist(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<LonglistBody>,
) -> Result<(StatusCode, axum::Json<Created>), Error> {
    let id = MandateId(path_id(&id, "mandate")?);
    let entry_id =
        service::workflow::add_to_longlist(&state, &actor, id, CandidateId(body.candidate_id))
            .await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(Created {
            id: entry_id.0,
            version: Version::FIRST.0,
        }),
    ))
}

/// A move in the pipeline.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct MoveBody {
    /// The version of the entry read.
    #[schema(minimum = 1)]
    version: i64,
    /// The stage's code.
    to: String,
    /// Required for rejected and withdrawn.
    #[serde(default)]
    #[schema(value_type = Option<crate::schemas::Long>)]
    reason: Option<String>,
}

/// `POST /api/v1/pipeline/{id}/moves`: moves a candidate to another stage (staff); a
/// rejection or withdrawal needs a reason; a stale version gets 409.
#[utoipa::path(post, path = "/api/v1/pipeline/{id}/moves", tag = "pipeline", params(("id" = i64, Path, minimum = 1, description = "Pipeline entry id")), request_body = MoveBody,
    responses((status = 200, body = Created), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn move_entry(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<MoveBody>,
) -> Result<axum::Json<Created>, Error> {
    let id = PipelineEntryId(path_id(&id, "pipeline entry")?);
    let version = service::workflow::move_candidate(
        &state,
        &actor,
        id,
        Version(body.version),
        &body.to,
        body.reason,
    )
    .await?;
    Ok(axum::Json(Created {
        id: id.0,
        version: version.0,
    }))
}

/// A client company with its contacts.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ClientJson {
    id: i64,
    version: i64,
    #[schema(value_type = crate::schemas::ClientSchema)]
    client: domain::client::Client,
    #[schema(value_type = Vec<crate::schemas::ClientContactSchema>)]
    contacts: Vec<domain::client::ClientContact>,
}

/// `GET /api/v1/clients`: every client company (staff).
#[utoipa::path(get, path = "/api/v1/clients", tag = "clients", responses((status = 200, body = Vec<ClientJson>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub(crate) async fn clients(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<axum::Json<Vec<ClientJson>>, Error> {
    let mut out = Vec::new();
    for (c, contacts) in Records::new(&state, &actor).clients().await? {
        let contacts = contacts.into_iter().map(|s| s.value).collect();
        out.push(ClientJson {
            id: c.id.0,
            version: c.version.0,
            client: c.value,
            contacts,
        });
    }
    Ok(axum::Json(out))
}

/// `GET /api/v1/clients/{id}`: one client company (staff; a client its own).
#[utoipa::path(get, path = "/api/v1/clients/{id}", tag = "clients", params(("id" = i64, Path, minimum = 1, description = "Client id")),
    responses((status = 200, body = ClientJson), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn client(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<axum::Json<ClientJson>, Error> {
    let id = ClientId(path_id(&id, "client")?);
    let (c, contacts) = Records::new(&state, &actor).client(id).await?;
    let contacts = contacts.into_iter().map(|s| s.value).collect();
    Ok(axum::Json(ClientJson {
        id: c.id.0,
        version: c.version.0,
        client: c.value,
        contacts,
    }))
}

/// A client company as the API takes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ClientBody {
    #[schema(value_type = crate::schemas::Short)]
    name: String,
    /// In its national register, if known.
    #[serde(default)]
    #[schema(value_type = Option<crate::schemas::Short>)]
    org_number: Option<String>,
    /// A NACE Rev. 2 section or division: `C`, `C28`, `28`.
    industry: String,
    /// `micro`, `small`, `medium`, `large` or `enterprise`.
    size: String,
    /// `public` or `private`.
    sector: String,
    /// Where the head office is.
    #[schema(value_type = crate::schemas::Short)]
    city: String,
    /// Interim managers this client must never be offered.
    #[serde(default)]
    excluded_candidates: Vec<i64>,
}

impl ClientBody {
    fn parse(&self) -> Result<domain::client::Client, Error> {
        use domain::values::ShortText;
        Ok(domain::client::Client {
            name: ShortText::parse(&self.name).map_err(|e| e.within("name"))?,
            org_number: self
                .org_number
                .as_deref()
                .filter(|n| !n.trim().is_empty())
                .map(ShortText::parse)
                .transpose()
                .map_err(|e| e.within("org_number"))?,
            industry: domain::industry::Industry::parse(&self.industry)
                .map_err(|e| e.within("industry"))?,
            size: domain::vocabulary::CompanySize::parse(&self.size)
                .map_err(|e| e.within("size"))?,
            sector: domain::vocabulary::Sector::parse(&self.sector)
                .map_err(|e| e.within("sector"))?,
            city: ShortText::parse(&self.city).map_err(|e| e.within("city"))?,
            excluded_candidates: self
                .excluded_candidates
                .iter()
                .map(|c| CandidateId(*c))
                .collect(),
        })
    }
}

/// `POST /api/v1/clients`: adds a client company (staff).
#[utoipa::path(post, path = "/api/v1/clients", tag = "clients", request_body = ClientBody,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn create_client(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<ClientBody>,
) -> Result<(StatusCode, axum::Json<Created>), Error> {
    let records = Records::new(&state, &actor);
    records.staff_only()?;
    let client = body.parse()?;
    let id = records.create_client(&client).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(Created {
            id: id.0,
            version: Version::FIRST.0,
        }),
    ))
}

/// `PUT /api/v1/clients/{id}` + `If-Match`: replaces a client company's record (staff); the
/// match index sees a changed exclusion list on the next ranking.
#[utoipa::path(put, path = "/api/v1/clients/{id}", tag = "clients", params(("id" = i64, Path, minimum = 1, description = "Client id"), ("If-Match" = String, Header, pattern = r#"^("[0-9]+"|[0-9]+)$"#, description = "The version read")),
    request_body = ClientBody,
    responses((status = 200, body = Created), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, body = ErrorBody), (status = 422, body = ErrorBody), (status = 428, body = ErrorBody)))]
pub(crate) async fn update_client(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    headers: HeaderMap,
    ApiJson(body): ApiJson<ClientBody>,
) -> Result<axum::Json<Created>, Error> {
    let records = Records::new(&state, &actor);
    records.staff_only()?;
    let id = ClientId(path_id(&id, "client")?);
    let expected = if_match(&headers)?;
    let client = body.parse()?;
    let version = records.update_client(id, expected, &client).await?;
    Ok(axum::Json(Created {
        id: id.0,
        version: version.0,
    }))
}

/// A contact person at a client company.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ContactBody {
    #[schema(value_type = crate::schemas::Name)]
    name: String,
    #[schema(value_type = crate::schemas::Short)]
    title: String,
    #[schema(value_type = crate::schemas::Email)]
    email: String,
    #[serde(default)]
    #[schema(value_type = Option<crate::schemas::Short>)]
    phone: Option<String>,
}

/// `POST /api/v1/clients/{id}/contacts`: adds a contact person to a client company (staff).
#[utoipa::path(post, path = "/api/v1/clients/{id}/contacts", tag = "clients", params(("id" = i64, Path, minimum = 1, description = "Client id")),
    request_body = ContactBody,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn add_contact(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ContactBody>,
) -> Result<(StatusCode, axum::Json<Created>), Error> {
    let records = Records::new(&state, &actor);
    records.staff_only()?;
    let id = ClientId(path_id(&id, "client")?);
    let contact = domain::client::ClientContact {
        client_id: id,
        name: PersonName::parse(&body.name).map_err(|e| e.within("name"))?,
        title: domain::values::ShortText::parse(&body.title).map_err(|e| e.within("title"))?,
        email: EmailAddress::parse(&body.email).map_err(|e| e.within("email"))?,
        phone: body
            .phone
            .as_deref()
            .filter(|p| !p.trim().is_empty())
            .map(domain::values::ShortText::parse)
            .transpose()
            .map_err(|e| e.within("phone"))?,
    };
    let contact = records.add_client_contact(&contact).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(Created {
            id: contact.0,
            version: Version::FIRST.0,
        }),
    ))
}

/// A user account, without its password hash.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct AccountJson {
    id: i64,
    email: String,
    name: String,
    role: &'static str,
    client_id: Option<i64>,
    candidate_id: Option<i64>,
    active: bool,
}

/// `GET /api/v1/users`: every account (admin).
#[utoipa::path(get, path = "/api/v1/users", tag = "users", responses((status = 200, body = Vec<AccountJson>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub(crate) async fn users(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<axum::Json<Vec<AccountJson>>, Error> {
    let users = Records::new(&state, &actor).users().await?;
    Ok(axum::Json(
        users
            .iter()
            .map(|u| {
                let (client_id, candidate_id) = match u.role {
                    UserRole::Client { client_id } => (Some(client_id.0), None),
                    UserRole::InterimManager { candidate_id } => (None, Some(candidate_id.0)),
                    _ => (None, None),
                };
                AccountJson {
                    id: u.id.0,
                    email: u.email.to_string(),
                    name: u.display_name.to_string(),
                    role: u.role.code(),
                    client_id,
                    candidate_id,
                    active: u.active,
                }
            })
            .collect(),
    ))
}

/// A new account.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewUser {
    #[schema(value_type = crate::schemas::Email)]
    email: String,
    #[schema(value_type = crate::schemas::Name)]
    name: String,
    /// admin, consultant, client, interim_manager or juror.
    role: String,
    /// For clients: their company.
    #[serde(default)]
    #[schema(minimum = 1)]
    client_id: Option<i64>,
    /// For interim managers: their record.
    #[serde(default)]
    #[schema(minimum = 1)]
    candidate_id: Option<i64>,
    /// At least 10 characters, not a common password.
    #[schema(min_length = 10, max_length = 256)]
    password: String,
}

/// `POST /api/v1/users`: creates an account (admin).
#[utoipa::path(post, path = "/api/v1/users", tag = "users", request_body = NewUser,
    responses((status = 201, body = Created), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn create_user(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<NewUser>,
) -> Result<(StatusCode, axum::Json<Created>), Error> {
    let records = Records::new(&state, &actor);
    records.admin_only()?;
    let role = UserRole::parse(&body.role, body.client_id.or(body.candidate_id))?;
    let user = User {
        email: EmailAddress::parse(&body.email).map_err(|e| e.within("email"))?,
        display_name: PersonName::parse(&body.name).map_err(|e| e.within("name"))?,
        role,
        password_hash: Password::parse(&body.password)?.hash(),
        active: true,
    };
    let reference = if body.client_id.is_some() {
        "client_id"
    } else {
        "candidate_id"
    };
    let id = records.create_user(&user, reference).await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(Created {
            id: id.0,
            version: Version::FIRST.0,
        }),
    ))
}

/// A change to an account.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct AccountChange {
    /// `false` deactivates: every session ends on the server at once and every API token is
    /// revoked. `true` lets them sign in again.
    active: bool,
}

/// `PUT /api/v1/users/{id}`: deactivates or reactivates an account (admin); an admin cannot
/// deactivate themself.
#[utoipa::path(put, path = "/api/v1/users/{id}", tag = "users", params(("id" = i64, Path, minimum = 1, description = "User id")), request_body = AccountChange,
    responses((status = 204), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn update_user(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AccountChange>,
) -> Result<StatusCode, Error> {
    let id = domain::ids::UserId(path_id(&id, "user")?);
    Records::new(&state, &actor)
        .set_user_active(id, body.active)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}
