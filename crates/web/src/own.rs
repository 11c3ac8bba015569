//! The interim manager's own records over the API: their profile (never the vetting), the
//! job board scored for them, applications, their private network of contacts, everything
//! held about them as one download, and the request to be erased. Consultants publish
//! postings here too. The rules are [`Records`]'s; the pages call the same.

use std::collections::HashMap;

use axum::extract::{Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use domain::Invalid;
use domain::candidate::{Mobility, Preferences, Specialisation, TrackRecordEntry};
use domain::ids::{CandidateId, MandateId, PlacementId, PostingId, Version};
use domain::language::LanguageSkill;
use domain::portal::{JobPosting, NetworkContact};
use domain::values::{CountryCode, Location, LongText, Money, PersonName, ShortText};
use domain::vocabulary::Currency;

use crate::AppState;
use crate::api::{VersionJson, path_id};
use crate::auth::Actor;
use crate::error::{Error, ErrorBody};
use crate::json::ApiJson;
use crate::selection::{CreatedId, created};
use service::Records;
use service::board::{BoardFilters, FILTER_NAMES, rate_band};

// The profile.

/// The parts of a profile an interim manager keeps; every part given replaces the stored
/// one, parts left out stay as they are. Vetting, assessments, name, e-mail and consent are
/// not here: a body naming them is refused.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ProfileBody {
    /// The version read.
    #[schema(minimum = 1)]
    version: i64,
    #[serde(default)]
    #[schema(value_type = Option<crate::schemas::Short>)]
    headline: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<crate::schemas::Long>)]
    summary: Option<String>,
    #[serde(default)]
    #[schema(value_type = Option<crate::schemas::Short>)]
    phone: Option<String>,
    /// In the profile's currency.
    #[serde(default)]
    #[schema(minimum = 0, maximum = 1000000)]
    day_rate: Option<i64>,
    /// A known city (Oslo, Bergen, Stockholm, ...) as home.
    #[serde(default)]
    #[schema(value_type = Option<crate::schemas::Short>)]
    home_city: Option<String>,
    /// Roles held and assignments, as in the stored profile.
    #[serde(default)]
    #[schema(value_type = Option<Vec<crate::schemas::TrackRecordEntrySchema>>)]
    track_record: Option<Vec<TrackRecordEntry>>,
    #[serde(default)]
    #[schema(value_type = Option<Vec<crate::schemas::LanguageSkillSchema>>)]
    languages: Option<Vec<LanguageSkill>>,
    /// Industries, sectors, company sizes, levels and situations handled.
    #[serde(default)]
    #[schema(value_type = Option<crate::schemas::SpecialisationSchema>)]
    specialisation: Option<Specialisation>,
    /// Relocation, travel, remote work and the longest daily commute.
    #[serde(default)]
    #[schema(value_type = Option<crate::schemas::MobilitySchema>)]
    mobility: Option<Mobility>,
    /// Shortest and longest assignment accepted, and remote days wanted.
    #[serde(default)]
    #[schema(value_type = Option<crate::schemas::PreferencesSchema>)]
    preferences: Option<Preferences>,
}

/// `PUT /api/v1/candidates/{id}/profile`: the interim manager (or staff) changes the profile;
/// the version read must be sent, the match index follows at once, and vetting is not touched.
#[utoipa::path(put, path = "/api/v1/candidates/{id}/profile", tag = "manager", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    request_body = ProfileBody,
    responses((status = 200, body = VersionJson), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn edit_profile(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ProfileBody>,
) -> Result<axum::Json<VersionJson>, Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let within = |field: &'static str| move |e: Invalid| e.within(field);
    let headline = body
        .headline
        .as_deref()
        .map(ShortText::parse)
        .transpose()
        .map_err(within("headline"))?;
    let summary = body
        .summary
        .as_deref()
        .map(LongText::parse)
        .transpose()
        .map_err(within("summary"))?;
    let phone = body
        .phone
        .as_deref()
        .map(|p| match p.trim() {
            "" => Ok(None),
            p => ShortText::parse(p).map(Some),
        })
        .transpose()
        .map_err(within("phone"))?;
    let home = body
        .home_city
        .as_deref()
        .map(|c| {
            domain::places::find(c, None)
                .ok_or_else(|| {
                    Invalid::new(
                        "home_city",
                        format!("'{c}' is not a city we know; name the nearest larger town"),
                    )
                })
                .and_then(|place| {
                    Location::new(
                        ShortText::parse(place.0)?,
                        CountryCode::parse(place.1)?,
                        place.2,
                        place.3,
                    )
                })
        })
        .transpose()?;
    // The rate is quoted in the profile's own currency; the check does not depend on it.
    let day_rate = body
        .day_rate
        .map(|r| Money::day_rate(r, Currency::Nok).map(|m| m.amount))
        .transpose()
        .map_err(within("day_rate"))?;
    let records = Records::new(&state, &actor);
    let version = records
        .edit_candidate(id, Version(body.version), |c| {
            if let Some(v) = headline {
                c.headline = v;
            }
            if let Some(v) = summary {
                c.summary = v;
            }
            if let Some(v) = phone {
                c.phone = v;
            }
            if let Some(amount) = day_rate {
                c.day_rate.amount = amount;
            }
            if let Some(v) = home {
                c.home = v;
            }
            if let Some(v) = body.track_record {
                c.track_record = v;
            }
            if let Some(v) = body.languages {
                c.languages = v;
            }
            if let Some(v) = body.specialisation {
                c.specialisation = v;
            }
            if let Some(v) = body.mobility {
                c.mobility = v;
            }
            if let Some(v) = body.preferences {
                c.preferences = v;
            }
        })
        .await?;
    Ok(axum::Json(VersionJson { version: version.0 }))
}

// The job board.

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RateBandJson {
    currency: &'static str,
    low: u32,
    high: u32,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct FitJson {
    /// Points of 100; absent when a hard requirement is not met.
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<u32>,
    /// The strongest reasons, or why a requirement is not met.
    reasons: Vec<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct PostingJson {
    id: i64,
    /// Staff only.
    #[serde(skip_serializing_if = "Option::is_none")]
    mandate_id: Option<i64>,
    headline: String,
    description: String,
    /// Only where the consultant allowed it (staff always see it).
    #[serde(skip_serializing_if = "Option::is_none")]
    client: Option<String>,
    /// The role as the client named it.
    role: String,
    /// The ESCO occupation it is filed under.
    occupation: Option<crate::occupations::FiledJson>,
    level: &'static str,
    situation: &'static str,
    /// The NACE section.
    industry: &'static str,
    company_size: &'static str,
    sector: &'static str,
    city: String,
    on_site_days: u8,
    start_date: NaiveDate,
    duration_weeks: u16,
    /// A band around the budget: the exact figure stays between client and provider.
    day_rate: RateBandJson,
    closes_on: NaiveDate,
    /// For an interim manager: how well it fits their profile.
    #[serde(skip_serializing_if = "Option::is_none")]
    fit: Option<FitJson>,
    /// For an interim manager who applied: where it stands.
    #[serde(skip_serializing_if = "Option::is_none")]
    applied: Option<&'static str>,
}

/// `GET /api/v1/postings`: the open job board. An interim manager sees it anonymised and
/// scored for their own profile, best fit first; staff see every open posting. Filters: `q`,
/// `role`, `level`, `situation`, `industry` (NACE section), `size`, `sector`, `city`,
/// `starts_by`, `max_weeks`.
#[utoipa::path(get, path = "/api/v1/postings", tag = "job board",
    params(("q" = Option<String>, Query, description = "Words that must all appear"), ("role" = Option<String>, Query), ("level" = Option<String>, Query),
        ("situation" = Option<String>, Query), ("industry" = Option<String>, Query, description = "NACE section letter"), ("size" = Option<String>, Query),
        ("sector" = Option<String>, Query), ("city" = Option<String>, Query), ("starts_by" = Option<String>, Query, format = Date, description = "YYYY-MM-DD"), ("max_weeks" = Option<u16>, Query)),
    responses((status = 200, body = Vec<PostingJson>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub(crate) async fn postings(
    State(state): State<AppState>,
    actor: Actor,
    Query(params): Query<HashMap<String, String>>,
) -> Result<axum::Json<Vec<PostingJson>>, Error> {
    crate::api::known_params(&params, FILTER_NAMES)?;
    let filters = BoardFilters::parse(&params).map_err(Error::BadRequest)?;
    let staff = actor.is_staff();
    let openings = Records::new(&state, &actor).job_board(&filters).await?;
    Ok(axum::Json(
        openings
            .into_iter()
            .map(|o| {
                let (low, high) = rate_band(o.mandate.budget_day_rate);
                PostingJson {
                    id: o.posting_id.0,
                    mandate_id: staff.then_some(o.posting.mandate_id.0),
                    headline: o.posting.headline.to_string(),
                    description: o.posting.description.to_string(),
                    client: (staff || o.posting.show_client_name)
                        .then(|| o.client.name.to_string()),
                    role: o.mandate.role.title().to_owned(),
                    occupation: crate::occupations::FiledJson::of(o.mandate.role.occupation()),
                    level: o.mandate.level.code(),
                    situation: o.mandate.situation.code(),
                    industry: o.client.industry.section().code(),
                    company_size: o.client.size.code(),
                    sector: o.client.sector.code(),
                    city: o.mandate.location.city.to_string(),
                    on_site_days: o.mandate.on_site_days,
                    start_date: o.mandate.start_date,
                    duration_weeks: o.mandate.duration_weeks,
                    day_rate: RateBandJson {
                        currency: o.mandate.budget_day_rate.currency.code(),
                        low,
                        high,
                    },
                    closes_on: o.posting.closes_on,
                    fit: o.fit.map(|f| FitJson {
                        score: f.score,
                        reasons: f.reasons,
                    }),
                    applied: o.applied.map(|s| s.code()),
                }
            })
            .collect(),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PostingBody {
    #[schema(value_type = crate::schemas::Short)]
    headline: String,
    /// Written without naming the client.
    #[schema(value_type = crate::schemas::Long)]
    description: String,
    /// Whether the board may show the client's name; off unless given.
    #[serde(default)]
    show_client_name: bool,
    /// The last day to apply, today or later.
    closes_on: NaiveDate,
}

/// `POST /api/v1/mandates/{id}/posting`: publishes the mandate on the job board, anonymised
/// unless allowed (staff); publishing again replaces the text and the closing day.
#[utoipa::path(post, path = "/api/v1/mandates/{id}/posting", tag = "job board", params(("id" = i64, Path, minimum = 1, description = "Mandate id")),
    request_body = PostingBody,
    responses((status = 201, body = CreatedId), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn publish(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<PostingBody>,
) -> Result<(StatusCode, axum::Json<CreatedId>), Error> {
    let id = MandateId(path_id(&id, "mandate")?);
    Records::new(&state, &actor).staff_only()?;
    let posting = JobPosting {
        mandate_id: id,
        headline: ShortText::parse(&body.headline).map_err(|e| e.within("headline"))?,
        description: LongText::parse(&body.description).map_err(|e| e.within("description"))?,
        show_client_name: body.show_client_name,
        published_at: state.now(),
        closes_on: body.closes_on,
    };
    let published = Records::new(&state, &actor).publish(&posting).await?;
    Ok(created(published.0))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ApplicationBody {
    /// A few lines on why the assignment fits.
    #[schema(value_type = crate::schemas::Long)]
    motivation: String,
}

/// `POST /api/v1/postings/{id}/applications`: the interim manager applies; the application
/// puts them on the mandate's longlist for the consultant.
#[utoipa::path(post, path = "/api/v1/postings/{id}/applications", tag = "job board", params(("id" = i64, Path, minimum = 1, description = "Posting id")),
    request_body = ApplicationBody,
    responses((status = 201, body = CreatedId), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn apply(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ApplicationBody>,
) -> Result<(StatusCode, axum::Json<CreatedId>), Error> {
    let posting = PostingId(path_id(&id, "posting")?);
    let applied = Records::new(&state, &actor)
        .apply(posting, &body.motivation)
        .await?;
    Ok(created(applied.0))
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ApplicationJson {
    id: i64,
    posting_id: i64,
    headline: String,
    motivation: String,
    applied_at: DateTime<Utc>,
    /// `received`, `in_pipeline`, `declined` or `withdrawn`.
    status: &'static str,
}

/// `GET /api/v1/candidates/{id}/applications`: the interim manager's applications and where
/// they stand (the manager themself; staff).
#[utoipa::path(get, path = "/api/v1/candidates/{id}/applications", tag = "job board", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    responses((status = 200, body = Vec<ApplicationJson>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn applications(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<axum::Json<Vec<ApplicationJson>>, Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let all = Records::new(&state, &actor).applications(id).await?;
    Ok(axum::Json(
        all.into_iter()
            .map(|(a, posting, status)| ApplicationJson {
                id: a.id.0,
                posting_id: a.value.posting_id.0,
                headline: posting.headline.to_string(),
                motivation: a.value.motivation.to_string(),
                applied_at: a.value.applied_at,
                status: status.code(),
            })
            .collect(),
    ))
}

// The manager's own network.

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ContactJson {
    #[serde(default, skip_deserializing, skip_serializing_if = "Option::is_none")]
    id: Option<i64>,
    name: String,
    company: String,
    role_title: String,
    /// How and where they met.
    #[serde(default)]
    met_how: String,
    /// One of the manager's own placements, when they met on it.
    #[serde(default)]
    met_on_placement: Option<i64>,
    #[serde(default)]
    last_contact: Option<NaiveDate>,
    #[serde(default)]
    notes: String,
    /// When to get in touch next.
    #[serde(default)]
    next_contact_on: Option<NaiveDate>,
}

/// `GET /api/v1/candidates/{id}/contacts`: the manager's own network, the next to get in
/// touch with first; private to the manager (everyone else gets 404).
#[utoipa::path(get, path = "/api/v1/candidates/{id}/contacts", tag = "manager", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    responses((status = 200, body = Vec<ContactJson>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn contacts(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<axum::Json<Vec<ContactJson>>, Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let all = Records::new(&state, &actor).network(id).await?;
    Ok(axum::Json(
        all.into_iter()
            .map(|c| ContactJson {
                id: Some(c.id.0),
                name: c.value.name.to_string(),
                company: c.value.company.to_string(),
                role_title: c.value.role_title.to_string(),
                met_how: c.value.met_how.to_string(),
                met_on_placement: c.value.met_on_placement.map(|p| p.0),
                last_contact: c.value.last_contact,
                notes: c.value.notes.to_string(),
                next_contact_on: c.value.next_contact_on,
            })
            .collect(),
    ))
}

/// `POST /api/v1/candidates/{id}/contacts`: adds a contact to the manager's own network.
#[utoipa::path(post, path = "/api/v1/candidates/{id}/contacts", tag = "manager", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    request_body = ContactJson,
    responses((status = 201, body = CreatedId), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn add_contact(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ContactJson>,
) -> Result<(StatusCode, axum::Json<CreatedId>), Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let contact = NetworkContact {
        owner: id,
        name: PersonName::parse(&body.name).map_err(|e| e.within("name"))?,
        company: ShortText::parse(&body.company).map_err(|e| e.within("company"))?,
        role_title: ShortText::parse(&body.role_title).map_err(|e| e.within("role_title"))?,
        met_how: LongText::parse(&body.met_how).map_err(|e| e.within("met_how"))?,
        met_on_placement: body.met_on_placement.map(PlacementId),
        last_contact: body.last_contact,
        notes: LongText::parse(&body.notes).map_err(|e| e.within("notes"))?,
        next_contact_on: body.next_contact_on,
    };
    let added = Records::new(&state, &actor).add_contact(&contact).await?;
    Ok(created(added.0))
}

// Data about me.

/// `GET /api/v1/candidates/{id}/export`: everything held about the interim manager as one
/// JSON download (the manager themself; an admin answering a request). Logged.
#[utoipa::path(get, path = "/api/v1/candidates/{id}/export", tag = "manager", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    responses((status = 200, body = crate::schemas::ExportSchema, description = "Everything held about them, as a download"), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn export(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let body = Records::new(&state, &actor).export(id).await?;
    Ok((
        [(
            header::CONTENT_DISPOSITION,
            format!("attachment; filename=\"interim-data-{}.json\"", id.0),
        )],
        axum::Json(body),
    )
        .into_response())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ErasureBody {
    /// Why, in the manager's words (optional).
    #[serde(default)]
    #[schema(value_type = crate::schemas::Long)]
    reason: String,
}

/// `POST /api/v1/candidates/{id}/erasure-request`: the manager asks to be erased; the request
/// waits for an administrator.
#[utoipa::path(post, path = "/api/v1/candidates/{id}/erasure-request", tag = "manager", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    request_body = ErasureBody,
    responses((status = 201, body = CreatedId), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn request_erasure(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ErasureBody>,
) -> Result<(StatusCode, axum::Json<CreatedId>), Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let request = Records::new(&state, &actor)
        .request_erasure(id, &body.reason)
        .await?;
    Ok(created(request))
}

// The CV file.

/// The largest upload the CV route reads: a little over the file limit, so that a file just
/// too large is refused with the limit named rather than cut off.
pub const CV_BODY_LIMIT: usize = domain::cv::MAX_CV_BYTES + 64 * 1024;

/// The file name an upload gives: `?name=` or the `Content-Disposition` filename.
fn upload_name(params: &HashMap<String, String>, headers: &axum::http::HeaderMap) -> String {
    if let Some(name) = params.get("name") {
        return name.clone();
    }
    headers
        .get(header::CONTENT_DISPOSITION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split("filename=").nth(1))
        .map(|n| {
            n.trim_matches(|c| c == '"' || c == ' ' || c == ';')
                .to_owned()
        })
        .unwrap_or_else(|| "cv".to_owned())
}

/// The answer to a CV upload over the limit, with the limit named.
pub(crate) fn cv_too_large() -> Error {
    Error::TooLarge(format!(
        "The file is larger than the {} MB a CV may be; upload a smaller PDF or DOCX.",
        domain::cv::MAX_CV_BYTES / (1024 * 1024)
    ))
}

/// A body that could not be read: over the limit, or broken off.
fn unreadable(rejection: &axum::extract::rejection::BytesRejection) -> Error {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        cv_too_large()
    } else {
        Error::BadRequest(Invalid::new("cv", rejection.body_text()))
    }
}

/// `PUT /api/v1/candidates/{id}/cv?name=cv.pdf`: uploads the interim manager's CV as the
/// raw body (the manager themself; staff). PDF or DOCX, at most 5 MB, the type decided by
/// the content, never the name; metadata (author, software, dates) is stripped before it is
/// stored; it replaces the one before.
#[utoipa::path(put, path = "/api/v1/candidates/{id}/cv", tag = "manager",
    params(("id" = i64, Path, minimum = 1, description = "Interim manager id"), ("name" = Option<String>, Query, description = "The file's name (or send Content-Disposition)")),
    request_body(content = Vec<u8>, content_type = "application/octet-stream", description = "The PDF or DOCX file"),
    responses((status = 204, description = "Stored"), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody), (status = 413, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn upload_cv(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    Query(params): Query<HashMap<String, String>>,
    headers: axum::http::HeaderMap,
    body: Result<axum::body::Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<StatusCode, Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    crate::api::known_params(&params, &["name"])?;
    let bytes = body.map_err(|e| unreadable(&e))?;
    Records::new(&state, &actor)
        .upload_cv(id, &upload_name(&params, &headers), &bytes)
        .await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The stored CV as a download: never shown inline, so a browser does not render it.
pub(crate) fn cv_download(cv: service::StoredCv) -> Response {
    let ascii: String = cv
        .file_name
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = cv
        .file_name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b".-_".contains(&b) {
                char::from(b).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    (
        [
            (header::CONTENT_TYPE, cv.content_type),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}"),
            ),
            (header::CACHE_CONTROL, "no-store".to_owned()),
        ],
        cv.bytes,
    )
        .into_response()
}

/// `GET /api/v1/candidates/{id}/cv`: the CV file as a download (the manager themself; staff).
#[utoipa::path(get, path = "/api/v1/candidates/{id}/cv", tag = "manager", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    responses((status = 200, description = "The file, as an attachment, with the type its content has",
        content((Vec<u8> = "application/pdf"), (Vec<u8> = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn download_cv(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<Response, Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    Ok(cv_download(Records::new(&state, &actor).cv(id).await?))
}

/// `DELETE /api/v1/candidates/{id}/cv`: removes the CV file (the manager themself; staff).
#[utoipa::path(delete, path = "/api/v1/candidates/{id}/cv", tag = "manager", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    responses((status = 204, description = "Removed"), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn delete_cv(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<StatusCode, Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    Records::new(&state, &actor).delete_cv(id).await?;
    Ok(StatusCode::NO_CONTENT)
}
