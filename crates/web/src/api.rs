//! The JSON API under `/api/v1`: sign-in and sign-out, the caller's account and API tokens,
//! the network, mandates, a mandate's ranked matches, and the audit log. Handlers are thin:
//! they parse, go through [`Records`] (which enforces who may see what), and shape the answer.

use std::borrow::Cow;
use std::collections::HashMap;

use axum::Router;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, delete, get, post, put};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use domain::audit::AuditFilter;
use domain::blind::{ClientRole, ClientView};
use domain::candidate::InterimManager;
use domain::ids::{CandidateId, MandateId, UserId, Version};
use domain::user::{Secret, UserRole};
use domain::values::Period;
use domain::{Invalid, Parsed};

use crate::AppState;
use crate::auth::{self, Actor};
use crate::error::{Error, ErrorBody};
use crate::json::ApiJson;
use crate::{own, selection, workflow};
use service::{Records, Visibility};

/// Every API route: method, path, handler. The router is built from this table, and the
/// access-matrix test and the OpenAPI test read it, so no route can be left out of either.
pub fn route_table() -> Vec<(Method, &'static str, MethodRouter<AppState>)> {
    vec![
        (Method::POST, "/api/v1/session", post(sign_in)),
        (Method::DELETE, "/api/v1/session", delete(sign_out)),
        (Method::GET, "/api/v1/me", get(me)),
        (Method::GET, "/api/v1/tokens", get(list_tokens)),
        (Method::POST, "/api/v1/tokens", post(create_token)),
        (Method::DELETE, "/api/v1/tokens/{id}", delete(revoke_token)),
        (Method::GET, "/api/v1/candidates", get(list_candidates)),
        (
            Method::POST,
            "/api/v1/candidates",
            post(crate::intake::create_candidate),
        ),
        (Method::GET, "/api/v1/candidates/{id}", get(get_candidate)),
        (
            Method::POST,
            "/api/v1/candidates/{id}/merge",
            post(crate::intake::merge_into),
        ),
        (
            Method::GET,
            "/api/v1/duplicates",
            get(crate::intake::possible_duplicates),
        ),
        (
            Method::POST,
            "/api/v1/duplicates/{id}/merge",
            post(crate::intake::merge_pair),
        ),
        (
            Method::POST,
            "/api/v1/duplicates/{id}/keep-apart",
            post(crate::intake::keep_apart),
        ),
        (
            Method::PUT,
            "/api/v1/candidates/{id}/availability",
            put(set_availability),
        ),
        (Method::GET, "/api/v1/mandates", get(list_mandates)),
        (Method::GET, "/api/v1/mandates/{id}", get(get_mandate)),
        (
            Method::GET,
            "/api/v1/mandates/{id}/matches",
            get(crate::matches::get_matches),
        ),
        (
            Method::POST,
            "/api/v1/mandates",
            post(workflow::create_mandate),
        ),
        (
            Method::PUT,
            "/api/v1/mandates/{id}",
            put(workflow::update_mandate),
        ),
        (
            Method::GET,
            "/api/v1/mandates/{id}/pipeline",
            get(workflow::pipeline),
        ),
        (
            Method::POST,
            "/api/v1/mandates/{id}/pipeline",
            post(workflow::longlist),
        ),
        (
            Method::POST,
            "/api/v1/pipeline/{id}/moves",
            post(workflow::move_entry),
        ),
        (Method::GET, "/api/v1/clients", get(workflow::clients)),
        (Method::GET, "/api/v1/clients/{id}", get(workflow::client)),
        (
            Method::POST,
            "/api/v1/clients",
            post(workflow::create_client),
        ),
        (
            Method::PUT,
            "/api/v1/clients/{id}",
            put(workflow::update_client),
        ),
        (
            Method::POST,
            "/api/v1/clients/{id}/contacts",
            post(workflow::add_contact),
        ),
        (
            Method::PUT,
            "/api/v1/users/{id}",
            put(workflow::update_user),
        ),
        (Method::GET, "/api/v1/users", get(workflow::users)),
        (Method::POST, "/api/v1/users", post(workflow::create_user)),
        (
            Method::GET,
            "/api/v1/candidates/{id}/vetting",
            get(selection::vetting),
        ),
        (
            Method::POST,
            "/api/v1/candidates/{id}/interviews",
            post(selection::record_interview),
        ),
        (
            Method::POST,
            "/api/v1/candidates/{id}/references",
            post(selection::record_reference),
        ),
        (
            Method::POST,
            "/api/v1/candidates/{id}/decisions",
            post(selection::decide),
        ),
        (
            Method::GET,
            "/api/v1/mandates/{id}/shortlist",
            get(selection::shortlist),
        ),
        (
            Method::POST,
            "/api/v1/mandates/{id}/shortlist",
            post(selection::present_shortlist),
        ),
        (
            Method::GET,
            "/api/v1/mandates/{id}/feedback",
            get(selection::feedback),
        ),
        (
            Method::POST,
            "/api/v1/mandates/{id}/feedback",
            post(selection::give_feedback),
        ),
        (
            Method::POST,
            "/api/v1/mandates/{id}/placement",
            post(selection::place),
        ),
        (
            Method::POST,
            "/api/v1/mandates/{id}/evaluation",
            post(selection::evaluate),
        ),
        (
            Method::GET,
            "/api/v1/placements",
            get(selection::placements),
        ),
        (
            Method::PUT,
            "/api/v1/candidates/{id}/profile",
            put(own::edit_profile),
        ),
        (Method::GET, "/api/v1/postings", get(own::postings)),
        (
            Method::POST,
            "/api/v1/mandates/{id}/posting",
            post(own::publish),
        ),
        (
            Method::POST,
            "/api/v1/postings/{id}/applications",
            post(own::apply),
        ),
        (
            Method::GET,
            "/api/v1/candidates/{id}/applications",
            get(own::applications),
        ),
        (
            Method::GET,
            "/api/v1/candidates/{id}/contacts",
            get(own::contacts),
        ),
        (
            Method::POST,
            "/api/v1/candidates/{id}/contacts",
            post(own::add_contact),
        ),
        (
            Method::GET,
            "/api/v1/candidates/{id}/export",
            get(own::export),
        ),
        (
            Method::POST,
            "/api/v1/candidates/{id}/erasure-request",
            post(own::request_erasure),
        ),
        (
            Method::PUT,
            "/api/v1/candidates/{id}/cv",
            put(own::upload_cv).layer(axum::extract::DefaultBodyLimit::max(own::CV_BODY_LIMIT)),
        ),
        (
            Method::GET,
            "/api/v1/candidates/{id}/cv",
            get(own::download_cv),
        ),
        (
            Method::DELETE,
            "/api/v1/candidates/{id}/cv",
            delete(own::delete_cv),
        ),
        (Method::GET, "/api/v1/audit", get(read_audit)),
        (Method::GET, "/api/v1/jobs", get(list_jobs)),
        (
            Method::GET,
            "/api/v1/occupations",
            get(crate::occupations::occupations),
        ),
        (
            Method::GET,
            "/api/v1/openapi.json",
            get(crate::openapi::openapi_json),
        ),
    ]
}

/// The API's routes.
pub fn routes() -> Router<AppState> {
    let mut by_path: Vec<(&'static str, MethodRouter<AppState>)> = Vec::new();
    for (_, path, handler) in route_table() {
        match by_path.iter_mut().find(|(p, _)| *p == path) {
            Some((_, existing)) => *existing = std::mem::take(existing).merge(handler),
            None => by_path.push((path, handler)),
        }
    }
    by_path
        .into_iter()
        .fold(Router::new(), |router, (path, handler)| {
            router.route(path, handler)
        })
}

/// Reads a numeric id from the path, refusing what is not one.
pub(crate) fn path_id(raw: &str, what: &str) -> Result<i64, Error> {
    // Digits only: `parse` alone would also take "+1" as 1.
    Some(raw)
        .filter(|r| !r.is_empty() && r.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|r| r.parse::<i64>().ok())
        .filter(|id| *id > 0)
        .ok_or_else(|| Error::BadRequest(Invalid::new("id", format!("'{raw}' is not a {what} id"))))
}

/// Refuses query parameters the route does not know, naming the first.
pub fn known_params(params: &HashMap<String, String>, known: &[&str]) -> Result<(), Error> {
    match params.keys().find(|k| !known.contains(&k.as_str())) {
        Some(k) => Err(Error::BadRequest(Invalid::new(
            k.clone(),
            format!("unknown parameter; use {}", known.join(", ")),
        ))),
        None => Ok(()),
    }
}

/// Reads an optional integer parameter within a range.
pub fn int_param(
    params: &HashMap<String, String>,
    name: &str,
    range: std::ops::RangeInclusive<i64>,
) -> Parsed<Option<i64>> {
    let Some(raw) = params.get(name) else {
        return Ok(None);
    };
    let value: i64 = raw
        .trim()
        .parse()
        .map_err(|_| Invalid::new(name, format!("'{raw}' is not a whole number")))?;
    if !range.contains(&value) {
        return Err(Invalid::new(
            name,
            format!("{value} is outside {} to {}", range.start(), range.end()),
        ));
    }
    Ok(Some(value))
}

// Sessions.

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct SignIn {
    #[schema(value_type = crate::schemas::Email)]
    email: String,
    #[schema(min_length = 1, max_length = 256)]
    password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SignedIn {
    user: UserJson,
    csrf_token: String,
    expires_at: DateTime<Utc>,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct UserJson {
    id: i64,
    email: String,
    name: String,
    role: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    client_id: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    candidate_id: Option<i64>,
}

fn user_json(id: UserId, user: &domain::user::User) -> UserJson {
    let (client_id, candidate_id) = match user.role {
        UserRole::Client { client_id } => (Some(client_id.0), None),
        UserRole::InterimManager { candidate_id } => (None, Some(candidate_id.0)),
        _ => (None, None),
    };
    UserJson {
        id: id.0,
        email: user.email.to_string(),
        name: user.display_name.to_string(),
        role: user.role.code(),
        client_id,
        candidate_id,
    }
}

/// `POST /api/v1/session`: signs in with e-mail and password, starts a new server-side
/// session (a fresh id every time) and sets the cookie.
#[utoipa::path(post, path = "/api/v1/session", tag = "session", request_body = SignIn,
    responses((status = 200, body = SignedIn, description = "Signed in; the session cookie is set"), (status = 400, body = ErrorBody), (status = 422, body = ErrorBody), (status = 429, body = ErrorBody)))]
pub(crate) async fn sign_in(
    State(state): State<AppState>,
    auth::PeerAddress(address): auth::PeerAddress,
    headers: HeaderMap,
    ApiJson(form): ApiJson<SignIn>,
) -> Result<Response, Error> {
    let (user, session, secret) =
        auth::start_session(&state, &address, &headers, &form.email, &form.password).await?;
    let cookie = auth::session_cookie(&secret, auth::over_tls(&headers));
    let body = SignedIn {
        user: user_json(user.id, &user.value),
        csrf_token: session.csrf_token,
        expires_at: session.expires_at,
    };
    let mut response = axum::Json(body).into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, header_value(&cookie)?);
    Ok(response)
}

fn header_value(s: &str) -> Result<HeaderValue, Error> {
    HeaderValue::from_str(s).map_err(|e| Error::Internal(e.to_string()))
}

/// `DELETE /api/v1/session`: ends the session on the server and clears the cookie.
#[utoipa::path(delete, path = "/api/v1/session", tag = "session",
    responses((status = 204, description = "Signed out; the session is gone on the server"), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub(crate) async fn sign_out(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Response, Error> {
    auth::end_session(&state, &actor).await?;
    let mut response = StatusCode::NO_CONTENT.into_response();
    response
        .headers_mut()
        .insert(header::SET_COOKIE, header_value(&auth::cleared_cookie())?);
    Ok(response)
}

/// `GET /api/v1/me`: the signed-in user.
#[utoipa::path(get, path = "/api/v1/me", tag = "session", responses((status = 200, body = UserJson), (status = 401, body = ErrorBody)))]
pub(crate) async fn me(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<axum::Json<UserJson>, Error> {
    let user = Records::new(&state, &actor).me().await?;
    Ok(axum::Json(user_json(user.id, &user.value)))
}

// API tokens.

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct NewToken {
    #[schema(value_type = crate::schemas::Short)]
    name: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct TokenJson {
    id: i64,
    name: String,
    created_at: DateTime<Utc>,
    last_used_at: Option<DateTime<Utc>>,
    revoked_at: Option<DateTime<Utc>>,
    /// Only in the answer to the creation: shown once, never again.
    #[serde(skip_serializing_if = "Option::is_none")]
    token: Option<String>,
}

fn token_json(t: service::ApiTokenRecord, token: Option<String>) -> TokenJson {
    TokenJson {
        id: t.id,
        name: t.name,
        created_at: t.created_at,
        last_used_at: t.last_used_at,
        revoked_at: t.revoked_at,
        token,
    }
}

/// `GET /api/v1/tokens`: the caller's API tokens (never the secrets).
#[utoipa::path(get, path = "/api/v1/tokens", tag = "tokens", responses((status = 200, body = Vec<TokenJson>), (status = 401, body = ErrorBody)))]
pub(crate) async fn list_tokens(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<axum::Json<Vec<TokenJson>>, Error> {
    let tokens = Records::new(&state, &actor).tokens().await?;
    Ok(axum::Json(
        tokens.into_iter().map(|t| token_json(t, None)).collect(),
    ))
}

/// `POST /api/v1/tokens`: a new API token for the caller, shown once in the answer.
#[utoipa::path(post, path = "/api/v1/tokens", tag = "tokens", request_body = NewToken,
    responses((status = 201, body = TokenJson, description = "The token, shown this once"), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn create_token(
    State(state): State<AppState>,
    actor: Actor,
    ApiJson(body): ApiJson<NewToken>,
) -> Result<(StatusCode, axum::Json<TokenJson>), Error> {
    let name = domain::values::ShortText::parse(&body.name).map_err(|e| e.within("name"))?;
    let secret = Secret::generate();
    let record = Records::new(&state, &actor)
        .create_token(name.as_str(), &secret.hash())
        .await?;
    Ok((
        StatusCode::CREATED,
        axum::Json(token_json(record, Some(secret.expose().to_owned()))),
    ))
}

/// `DELETE /api/v1/tokens/{id}`: revokes one of the caller's tokens.
#[utoipa::path(delete, path = "/api/v1/tokens/{id}", tag = "tokens", params(("id" = i64, Path, minimum = 1, description = "Token id")),
    responses((status = 204), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn revoke_token(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<StatusCode, Error> {
    let id = path_id(&id, "token")?;
    Records::new(&state, &actor).revoke_token(id).await?;
    Ok(StatusCode::NO_CONTENT)
}

// The network.

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CandidateSummary {
    id: i64,
    name: String,
    headline: String,
    profile_kind: &'static str,
    vetting: &'static str,
    #[schema(value_type = String, format = Date)]
    available_from: NaiveDate,
    day_rate: u32,
    currency: &'static str,
    city: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CandidatePage {
    items: Vec<CandidateSummary>,
    /// Pass as `after` for the next page; absent on the last page.
    #[serde(skip_serializing_if = "Option::is_none")]
    next_after: Option<i64>,
}

/// `GET /api/v1/candidates?after=&limit=`: a page of the network (staff).
#[utoipa::path(get, path = "/api/v1/candidates", tag = "network",
    params(("after" = Option<i64>, Query, minimum = 0, description = "Last id of the previous page"), ("limit" = Option<i64>, Query, minimum = 1, maximum = 200, description = "1 to 200, default 50")),
    responses((status = 200, body = CandidatePage), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub(crate) async fn list_candidates(
    State(state): State<AppState>,
    actor: Actor,
    Query(params): Query<HashMap<String, String>>,
) -> Result<axum::Json<CandidatePage>, Error> {
    known_params(&params, &["after", "limit"])?;
    let after = int_param(&params, "after", 0..=i64::MAX)
        .map_err(Error::BadRequest)?
        .unwrap_or(0);
    let limit = int_param(&params, "limit", 1..=200)
        .map_err(Error::BadRequest)?
        .unwrap_or(50) as u32;
    let page = Records::new(&state, &actor)
        .candidates(CandidateId(after), limit)
        .await?;
    let next_after = (page.len() == limit as usize)
        .then(|| page.last().map(|c| c.id.0))
        .flatten();
    let items = page
        .iter()
        .map(|c| CandidateSummary {
            id: c.id.0,
            name: c.name.to_string(),
            headline: c.headline.to_string(),
            profile_kind: c.profile_kind.code(),
            vetting: c.vetting.status.code(),
            available_from: c.availability.available_from,
            day_rate: c.day_rate.amount,
            currency: c.day_rate.currency.code(),
            city: c.home.city.to_string(),
        })
        .collect();
    Ok(axum::Json(CandidatePage { items, next_after }))
}

/// What a client sees of a presented candidate: built from [`ClientView`], which states the
/// blind fields once.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ClientCandidateJson<'a> {
    id: i64,
    /// Only once the client has asked to meet them; the shortlist is blind until then.
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
    /// While blind, with the candidate's name and employers withheld.
    headline: Cow<'a, str>,
    /// Only once the client has asked to meet them: a summary names where they worked.
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    track_record: Vec<ClientRoleJson<'a>>,
    #[schema(value_type = Vec<crate::schemas::LanguageSkillSchema>)]
    languages: &'a [domain::language::LanguageSkill],
    city: &'a str,
    day_rate: u32,
    currency: &'static str,
    available_from: NaiveDate,
}

impl<'a> ClientCandidateJson<'a> {
    fn of(id: CandidateId, view: &ClientView<'a>) -> Self {
        Self {
            id: id.0,
            name: view.name(),
            headline: view.headline(),
            summary: view.summary(),
            track_record: view.track_record().map(ClientRoleJson::from).collect(),
            languages: view.languages(),
            city: view.city(),
            day_rate: view.day_rate().amount,
            currency: view.day_rate().currency.code(),
            available_from: view.availability().available_from,
        }
    }
}

/// One earlier role as a client sees it: the employer's name only once revealed.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ClientRoleJson<'a> {
    title: Cow<'a, str>,
    /// The ESCO occupation the title is filed under.
    occupation: Option<crate::occupations::FiledJson>,
    #[serde(skip_serializing_if = "Option::is_none")]
    organisation: Option<&'a str>,
    /// The employer's NACE code, when known.
    industry: Option<String>,
    company_size: Option<&'static str>,
    sector: Option<&'static str>,
    level: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    situation: Option<&'static str>,
    /// The first day, when known.
    start: Option<NaiveDate>,
    end: Option<NaiveDate>,
    achievements: Cow<'a, str>,
}

impl<'a> From<ClientRole<'a>> for ClientRoleJson<'a> {
    fn from(t: ClientRole<'a>) -> Self {
        Self {
            title: t.title,
            occupation: crate::occupations::FiledJson::of(t.occupation),
            organisation: t.organisation,
            industry: t.industry.map(|i| i.to_string()),
            company_size: t.company_size.map(|s| s.code()),
            sector: t.sector.map(|s| s.code()),
            level: t.level.map(|l| l.code()),
            situation: t.situation.map(|s| s.code()),
            start: t.start,
            end: t.end,
            achievements: t.achievements,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct FullCandidateJson<'a> {
    id: i64,
    version: i64,
    /// The whole profile.
    #[schema(value_type = crate::schemas::ProfileSchema)]
    profile: &'a InterimManager,
}

/// `GET /api/v1/candidates/{id}`: one interim manager, as far as the caller may see them
/// (the view is written to the audit log).
#[utoipa::path(get, path = "/api/v1/candidates/{id}", tag = "network", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    responses((status = 200, body = FullCandidateJson, description = "Staff and the manager themself; a client gets ClientCandidateJson"), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn get_candidate(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let (record, visibility) = Records::new(&state, &actor).candidate(id).await?;
    let c = &record.value;
    Ok(match visibility {
        Visibility::Full => axum::Json(FullCandidateJson {
            id: id.0,
            version: record.version.0,
            profile: c,
        })
        .into_response(),
        Visibility::Client { revealed } => {
            axum::Json(ClientCandidateJson::of(id, &ClientView::new(c, revealed))).into_response()
        }
    })
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct AvailabilityBody {
    #[schema(minimum = 1)]
    version: i64,
    available_from: NaiveDate,
    #[schema(minimum = 1, maximum = 5)]
    days_per_week: u8,
    #[serde(default)]
    unavailable: Vec<PeriodBody>,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PeriodBody {
    start: NaiveDate,
    end: NaiveDate,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct VersionJson {
    pub(crate) version: i64,
}

/// `PUT /api/v1/candidates/{id}/availability`: the interim manager (or staff) updates
/// availability; the version read must be sent back, and the match index sees the change on
/// the next query.
#[utoipa::path(put, path = "/api/v1/candidates/{id}/availability", tag = "network", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    request_body = AvailabilityBody, responses((status = 200, body = VersionJson), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn set_availability(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<AvailabilityBody>,
) -> Result<axum::Json<VersionJson>, Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let unavailable = body
        .unavailable
        .iter()
        .enumerate()
        .map(|(i, p)| {
            Period::new(p.start, p.end).map_err(|e| e.within(&format!("unavailable[{i}]")))
        })
        .collect::<Parsed<Vec<_>>>()?;
    let version = Records::new(&state, &actor)
        .set_availability(
            id,
            Version(body.version),
            body.available_from,
            body.days_per_week,
            unavailable,
        )
        .await?;
    Ok(axum::Json(VersionJson { version: version.0 }))
}

// Mandates.

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MandateJson<'a> {
    id: i64,
    version: i64,
    /// The mandate with its situation analysis and requirements.
    #[schema(value_type = crate::schemas::MandateSchema)]
    mandate: &'a domain::mandate::Mandate,
    days_elapsed: i64,
    at_risk: bool,
}

fn mandate_json(
    m: &domain::ids::Stored<MandateId, domain::mandate::Mandate>,
    now: chrono::DateTime<Utc>,
) -> MandateJson<'_> {
    MandateJson {
        id: m.id.0,
        version: m.version.0,
        mandate: &m.value,
        days_elapsed: m.days_elapsed(now),
        at_risk: m.at_risk(now),
    }
}

/// `GET /api/v1/mandates`: the mandates the caller may see, newest first.
#[utoipa::path(get, path = "/api/v1/mandates", tag = "mandates", responses((status = 200, body = Vec<MandateJson>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub(crate) async fn list_mandates(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<Response, Error> {
    let mut mandates = Records::new(&state, &actor).mandates().await?;
    mandates.sort_by_key(|m| std::cmp::Reverse(m.id));
    let now = state.now();
    let body: Vec<MandateJson<'_>> = mandates.iter().map(|m| mandate_json(m, now)).collect();
    Ok(axum::Json(body).into_response())
}

/// `GET /api/v1/mandates/{id}`: one mandate.
#[utoipa::path(get, path = "/api/v1/mandates/{id}", tag = "mandates", params(("id" = i64, Path, minimum = 1, description = "Mandate id")),
    responses((status = 200, body = MandateJson), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn get_mandate(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let id = MandateId(path_id(&id, "mandate")?);
    let m = Records::new(&state, &actor).mandate(id).await?;
    Ok(axum::Json(mandate_json(&m, state.now())).into_response())
}

// The audit log.

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct AuditJson {
    id: i64,
    at: DateTime<Utc>,
    action: &'static str,
    actor_user_id: Option<i64>,
    actor_email: Option<String>,
    record_kind: Option<String>,
    record_id: Option<i64>,
    subject_candidate_id: Option<i64>,
    address: Option<String>,
    /// Why, where the rules ask for a reason.
    #[serde(skip_serializing_if = "Option::is_none")]
    reason: Option<String>,
}

/// `GET /api/v1/audit?subject=&actor=&before=&limit=`: the audit log, newest first (admin).
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit",
    params(("subject" = Option<i64>, Query, minimum = 1, description = "Interim manager id"), ("actor" = Option<i64>, Query, minimum = 1, description = "User id"), ("before" = Option<i64>, Query, minimum = 1, description = "Entry id to page back from"), ("limit" = Option<i64>, Query, minimum = 1, maximum = 1000, description = "1 to 1000, default 100")),
    responses((status = 200, body = Vec<AuditJson>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub(crate) async fn read_audit(
    State(state): State<AppState>,
    actor: Actor,
    Query(params): Query<HashMap<String, String>>,
) -> Result<axum::Json<Vec<AuditJson>>, Error> {
    known_params(&params, &["subject", "actor", "before", "limit"])?;
    let bad = Error::BadRequest;
    let filter = AuditFilter {
        subject: int_param(&params, "subject", 1..=i64::MAX)
            .map_err(bad)?
            .map(CandidateId),
        actor: int_param(&params, "actor", 1..=i64::MAX)
            .map_err(bad)?
            .map(UserId),
        before_id: int_param(&params, "before", 1..=i64::MAX).map_err(bad)?,
        limit: int_param(&params, "limit", 1..=1_000)
            .map_err(bad)?
            .unwrap_or(100) as u32,
    };
    let entries = Records::new(&state, &actor).audit(&filter).await?;
    Ok(axum::Json(
        entries
            .into_iter()
            .map(|(id, e)| AuditJson {
                id,
                at: e.at,
                action: e.action.code(),
                actor_user_id: e.actor.map(|u| u.0),
                actor_email: e.actor_email,
                record_kind: e.record_kind,
                record_id: e.record_id,
                subject_candidate_id: e.subject.map(|c| c.0),
                address: e.address,
                reason: e.reason,
            })
            .collect(),
    ))
}

/// A background job as an admin sees it.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct JobJson {
    id: i64,
    /// What it runs (`feed.prune`, …).
    kind: String,
    /// `queued`, `running`, `done` or `failed` (given up after its attempts).
    status: String,
    attempts: u32,
    max_attempts: u32,
    /// Not before (the next attempt of a retried job).
    run_after: DateTime<Utc>,
    /// The server holding it while it runs.
    locked_by: Option<String>,
    /// The last attempt's error.
    last_error: Option<String>,
    created_at: DateTime<Utc>,
    finished_at: Option<DateTime<Utc>>,
}

/// `GET /api/v1/jobs?limit=`: the most recent background jobs with their attempts and last
/// errors, newest first (admin).
#[utoipa::path(get, path = "/api/v1/jobs", tag = "audit",
    params(("limit" = Option<i64>, Query, minimum = 1, maximum = 1000, description = "1 to 1000, default 100")),
    responses((status = 200, body = Vec<JobJson>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub(crate) async fn list_jobs(
    State(state): State<AppState>,
    actor: Actor,
    Query(params): Query<HashMap<String, String>>,
) -> Result<axum::Json<Vec<JobJson>>, Error> {
    known_params(&params, &["limit"])?;
    let limit = int_param(&params, "limit", 1..=1_000)
        .map_err(Error::BadRequest)?
        .unwrap_or(100) as u32;
    let jobs = Records::new(&state, &actor).jobs(limit).await?;
    Ok(axum::Json(
        jobs.into_iter()
            .map(|j| JobJson {
                id: j.id,
                kind: j.kind,
                status: j.status,
                attempts: j.attempts,
                max_attempts: j.max_attempts,
                run_after: j.run_after,
                locked_by: j.locked_by,
                last_error: j.last_error,
                created_at: j.created_at,
                finished_at: j.finished_at,
            })
            .collect(),
    ))
}
