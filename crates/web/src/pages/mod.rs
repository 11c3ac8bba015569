//! The consultant's pages, rendered on the server from compiled templates (askama, escaping on
//! by default): plain HTML forms that work without JavaScript, with a little script of our own
//! for live re-ranking. Pages stand on the same sessions and the same [`Records`] access rules
//! as the API; forms carry the session's CSRF token in a field, checked by [`Submitted`].
//!
//! [`Records`]: service::Records

mod about;
mod contacts;
mod dashboard;
mod duplicates;
mod experience;
mod imports;
mod jobs;
mod manager;
mod mandates;
mod matches;
mod network;
mod portal;
mod profile;
mod session;

use std::fmt::Write as _;

use askama::Template;
use axum::Router;
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::response::{Html, IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use chrono::{DateTime, NaiveDate, Utc};

use domain::Invalid;
use domain::user::UserRole;
use domain::values::Money;

use crate::AppState;
use crate::auth::{self, Actor, Credential};
use crate::error::Error;

/// The page routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/sign-in",
            get(session::sign_in_page).post(session::sign_in),
        )
        .route("/sign-out", post(session::sign_out))
        .route("/about/data", get(about::data_sources))
        .route("/app", get(dashboard::dashboard))
        .route(
            "/app/mandates/new",
            get(mandates::new_form).post(mandates::create),
        )
        .route("/app/mandates/{id}", get(mandates::mandate_page))
        .route(
            "/app/mandates/{id}/edit",
            get(mandates::edit_form).post(mandates::update),
        )
        .route("/app/mandates/{id}/matches", get(matches::matches_page))
        .route("/app/mandates/{id}/longlist", post(mandates::longlist))
        .route(
            "/app/mandates/{id}/shortlist",
            post(mandates::present_shortlist),
        )
        .route("/app/mandates/{id}/placement", post(mandates::place))
        .route("/app/pipeline/{id}/move", post(mandates::move_entry))
        .route("/app/network", get(network::search))
        .route("/app/candidates/{id}", get(profile::profile))
        .route("/app/duplicates", get(duplicates::queue))
        .route(
            "/app/imports",
            get(imports::list)
                .post(imports::upload)
                .layer(axum::extract::DefaultBodyLimit::max(
                    imports::IMPORT_BODY_LIMIT,
                )),
        )
        .route("/app/imports/{id}", get(imports::show))
        .route("/app/imports/{id}/start", post(imports::start))
        .route("/app/duplicates/{id}", get(duplicates::pair))
        .route("/app/duplicates/{id}/merge", post(duplicates::merge))
        .route(
            "/app/duplicates/{id}/keep-apart",
            post(duplicates::keep_apart),
        )
        .route(
            "/app/candidates/{id}/interviews",
            post(profile::record_interview),
        )
        .route(
            "/app/candidates/{id}/references",
            post(profile::record_reference),
        )
        .route("/app/candidates/{id}/decisions", post(profile::decide))
        .route("/me", get(manager::home))
        .route("/me/availability", post(manager::save_availability))
        .route("/me/profile", post(manager::save_profile))
        .route("/me/experience", post(experience::save_experience))
        .route("/me/track-record", post(experience::add_entry))
        .route("/me/track-record/remove", post(experience::remove_entry))
        .route("/me/data.json", get(manager::export))
        .route("/me/erasure", post(manager::request_erasure))
        .route(
            "/me/cv",
            get(manager::download_cv).post(manager::upload_cv).layer(
                axum::extract::DefaultBodyLimit::max(crate::own::CV_BODY_LIMIT),
            ),
        )
        .route("/app/candidates/{id}/cv", get(profile::download_cv))
        .route("/me/jobs", get(jobs::jobs))
        .route("/me/network", get(contacts::network).post(contacts::add))
        .route("/me/jobs/{id}/apply", post(jobs::apply))
        .route("/app/mandates/{id}/posting", post(jobs::publish))
        .route("/portal", get(portal::home))
        .route("/portal/mandates/{id}", get(portal::mandate))
        .route("/portal/mandates/{id}/feedback", post(portal::feedback))
        .route("/portal/mandates/{id}/evaluation", post(portal::evaluate))
        .route("/static/app.css", get(stylesheet))
        .route("/static/app.js", get(script))
}

/// What every page's frame shows: who is signed in, the form token for sign-out, and which
/// part of the navigation is current.
#[derive(Debug, Clone)]
pub(crate) struct Chrome {
    pub name: String,
    pub email: String,
    pub role: &'static str,
    pub csrf: String,
    pub current: &'static str,
}

/// Who a part of the pages is for.
pub(crate) trait Audience: Send + Sync + 'static {
    /// Whether a signed-in user of this role may open these pages.
    fn admits(role: &UserRole) -> bool;
}

/// The provider's consultants and administrators.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Staff;

impl Audience for Staff {
    fn admits(role: &UserRole) -> bool {
        matches!(role, UserRole::Admin | UserRole::Consultant)
    }
}

/// Contacts of client companies, in their portal.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ClientContacts;

impl Audience for ClientContacts {
    fn admits(role: &UserRole) -> bool {
        matches!(role, UserRole::Client { .. })
    }
}

/// A signed-in user of audience `A` (staff unless named) opening a page. Anyone else is sent to
/// sign in (with the page to come back to) or told the page is not for their role. Only for
/// safe requests: a form submission goes through [`Submitted`], which checks the form's CSRF
/// token.
#[derive(Debug, Clone)]
pub(crate) struct Viewer<A = Staff> {
    pub actor: Actor,
    pub name: String,
    pub email: String,
    audience: std::marker::PhantomData<A>,
}

impl<A> Viewer<A> {
    /// The page frame for this viewer, with `current` highlighted in the navigation.
    pub fn chrome(&self, current: &'static str) -> Chrome {
        let csrf = match &self.actor.credential {
            Credential::Session { csrf_token, .. } => csrf_token.clone(),
            Credential::Token { .. } => String::new(),
        };
        Chrome {
            name: self.name.clone(),
            email: self.email.clone(),
            role: self.actor.role.label(),
            csrf,
            current,
        }
    }
}

async fn viewer_of<A: Audience>(parts: &Parts, state: &AppState) -> Result<Viewer<A>, PageError> {
    let actor = auth::authenticate(parts, state)
        .await
        .map_err(|e| match e {
            Error::Unauthenticated => PageError::SignIn {
                next: parts
                    .uri
                    .path_and_query()
                    .map_or("/app".to_owned(), ToString::to_string),
            },
            other => other.into(),
        })?;
    if !A::admits(&actor.role) {
        return Err(PageError::NotForRole);
    }
    let user = service::Records::new(state, &actor)
        .me()
        .await
        .map_err(Error::from)?;
    Ok(Viewer {
        actor,
        name: user.value.display_name.to_string(),
        email: user.value.email.to_string(),
        audience: std::marker::PhantomData,
    })
}

impl<A: Audience> FromRequestParts<AppState> for Viewer<A> {
    type Rejection = PageError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if !matches!(parts.method, Method::GET | Method::HEAD) {
            // A state change from a page must carry the form token: see `Submitted`.
            return Err(PageError::Refused);
        }
        viewer_of(parts, state).await
    }
}

/// The fields of a submitted form, in order, repeated names kept.
#[derive(Debug, Clone, Default)]
pub(crate) struct Fields(Vec<(String, String)>);

impl Fields {
    /// The first value of `name`, or "" when absent.
    pub fn get(&self, name: &str) -> &str {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Every value of `name`, in order.
    pub fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .iter()
            .filter(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
            .collect()
    }

    /// `name` as a whole number; empty counts as `default`.
    pub fn int(&self, name: &str, default: i64) -> Result<i64, Invalid> {
        let raw = self.get(name).trim();
        if raw.is_empty() {
            return Ok(default);
        }
        raw.replace([' ', '\u{a0}'], "")
            .parse()
            .map_err(|_| Invalid::new(name, format!("'{raw}' is not a whole number")))
    }

    /// `name` as a decimal number; empty counts as `default`.
    pub fn float(&self, name: &str, default: f64) -> Result<f64, Invalid> {
        let raw = self.get(name).trim();
        if raw.is_empty() {
            return Ok(default);
        }
        raw.replace(',', ".")
            .parse()
            .map_err(|_| Invalid::new(name, format!("'{raw}' is not a number")))
    }
}

/// A form posted from one of our pages by a signed-in user of audience `A` (staff unless
/// named): same origin, and the session's CSRF token in the `csrf` field. A page handler that
/// changes anything takes this, so no form can skip the check.
#[derive(Debug)]
pub(crate) struct Submitted<A = Staff> {
    pub viewer: Viewer<A>,
    pub fields: Fields,
}

impl<A: Audience> FromRequest<AppState> for Submitted<A> {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (parts, body) = request.into_parts();
        auth::check_same_origin(&parts.headers)?;
        let viewer = viewer_of::<A>(&parts, state).await?;
        let request = Request::from_parts(parts, body);
        let axum::Form(pairs) = axum::Form::<Vec<(String, String)>>::from_request(request, state)
            .await
            .map_err(|e| PageError::from(Error::BadRequest(Invalid::new("form", e.body_text()))))?;
        let fields = Fields(pairs);
        auth::check_csrf_token(&viewer.actor, Some(fields.get("csrf")))?;
        Ok(Submitted { viewer, fields })
    }
}

/// A file posted from one of our pages (`multipart/form-data`) by a signed-in user of
/// audience `A`: the same checks as [`Submitted`] (same origin, the session's CSRF token in the
/// `csrf` field), with the one file of field `file` and its name.
#[derive(Debug)]
pub(crate) struct Uploaded<A = Staff> {
    pub viewer: Viewer<A>,
    pub file_name: String,
    pub bytes: Vec<u8>,
}

impl<A: Audience> FromRequest<AppState> for Uploaded<A> {
    type Rejection = PageError;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Self::Rejection> {
        let (parts, body) = request.into_parts();
        auth::check_same_origin(&parts.headers)?;
        let viewer = viewer_of::<A>(&parts, state).await?;
        let request = Request::from_parts(parts, body);
        // Over the route's body limit is the one refusal with its own answer; anything else
        // wrong with the form is a bad request.
        let refused = |status: StatusCode, message: String| {
            PageError::from(if status == StatusCode::PAYLOAD_TOO_LARGE {
                crate::own::cv_too_large()
            } else {
                Error::BadRequest(Invalid::new("file", message))
            })
        };
        let mut form = axum::extract::Multipart::from_request(request, state)
            .await
            .map_err(|e| refused(e.status(), e.body_text()))?;
        let (mut csrf, mut file) = (None, None);
        while let Some(field) = form
            .next_field()
            .await
            .map_err(|e| refused(e.status(), e.body_text()))?
        {
            match field.name() {
                Some("csrf") => {
                    let text = field.text().await;
                    csrf = Some(text.map_err(|e| refused(e.status(), e.body_text()))?);
                }
                Some("file") => {
                    let name = field.file_name().unwrap_or("cv").to_owned();
                    let bytes = field.bytes().await;
                    let bytes = bytes.map_err(|e| refused(e.status(), e.body_text()))?;
                    file = Some((name, bytes.to_vec()));
                }
                _ => {}
            }
        }
        auth::check_csrf_token(&viewer.actor, csrf.as_deref())?;
        let (file_name, bytes) = file.unwrap_or_default();
        Ok(Uploaded {
            viewer,
            file_name,
            bytes,
        })
    }
}

/// How a page request fails, answered as a page (or a redirect), never as JSON.
#[derive(Debug)]
pub(crate) enum PageError {
    /// Not signed in (or the session ended): go to sign-in, then come back to `next`.
    SignIn { next: String },
    /// Signed in, but these pages are for the provider's staff.
    NotForRole,
    /// An unsafe request without a form token.
    Refused,
    /// Anything the API would answer.
    Api(Error),
}

impl From<Error> for PageError {
    fn from(e: Error) -> Self {
        match e {
            Error::Unauthenticated => PageError::SignIn {
                next: "/app".to_owned(),
            },
            other => PageError::Api(other),
        }
    }
}

impl From<service::Error> for PageError {
    fn from(e: service::Error) -> Self {
        PageError::Api(e.into())
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    title: &'a str,
    message: &'a str,
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, title, message) = match self {
            PageError::SignIn { next } => {
                let next = if next.starts_with('/') && !next.starts_with("//") {
                    next
                } else {
                    "/app".to_owned()
                };
                return Redirect::to(&format!("/sign-in?next={}", query_escape(&next)))
                    .into_response();
            }
            PageError::NotForRole => (
                StatusCode::FORBIDDEN,
                "Not for your account",
                "These pages are for the provider's consultants and administrators.".to_owned(),
            ),
            PageError::Refused | PageError::Api(Error::CsrfRefused) => (
                StatusCode::FORBIDDEN,
                "The form could not be sent",
                "It came without a valid form token, perhaps from an old tab or another site. \
                 Go back, reload the page and send it again."
                    .to_owned(),
            ),
            PageError::Api(Error::Merged { survivor, .. }) => {
                // The person lives on in the record they were merged into.
                return (
                    StatusCode::MOVED_PERMANENTLY,
                    [(header::LOCATION, format!("/app/candidates/{survivor}"))],
                )
                    .into_response();
            }
            PageError::Api(Error::NotFound) => (
                StatusCode::NOT_FOUND,
                "Not found",
                "There is nothing here, or it is not yours to see.".to_owned(),
            ),
            PageError::Api(Error::Forbidden) => (
                StatusCode::FORBIDDEN,
                "Not for your account",
                "Your role does not allow this.".to_owned(),
            ),
            PageError::Api(Error::NotReady) => (
                StatusCode::SERVICE_UNAVAILABLE,
                "Starting up",
                "The match index is still loading; try again in a few seconds.".to_owned(),
            ),
            PageError::Api(Error::Internal(cause)) => {
                tracing::error!(%cause, "page failed");
                (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "Something went wrong",
                    "The server could not answer; the error is logged. Try again shortly."
                        .to_owned(),
                )
            }
            PageError::Api(other) => {
                let status = other.status();
                let message = other.body().message;
                (status, "That did not work", message)
            }
        };
        let page = ErrorPage {
            title,
            message: &message,
        };
        (status, render(&page)).into_response()
    }
}

/// Renders a template to HTML; a failing template is logged and answered 500.
pub(crate) fn render(page: &impl Template) -> Response {
    match page.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => {
            tracing::error!(error = %e, "template failed");
            (
                StatusCode::INTERNAL_SERVER_ERROR,
                "The page could not be drawn.",
            )
                .into_response()
        }
    }
}

/// A `303 See Other` to `to`: after a successful form, the browser loads the result with GET.
pub(crate) fn see_other(to: &str) -> Response {
    Redirect::to(to).into_response()
}

/// Escapes a value for a URL query.
pub(crate) fn query_escape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for b in raw.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A day rate as people write it: "NOK 14 500".
pub(crate) fn money(m: Money) -> String {
    format!(
        "{} {}",
        m.currency.code().to_uppercase(),
        thousands(m.amount)
    )
}

/// A whole number with thin spaces between thousands.
pub(crate) fn thousands(n: impl Into<i64>) -> String {
    let n: i64 = n.into();
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('\u{202f}');
        }
        out.push(c);
    }
    if n < 0 { format!("-{out}") } else { out }
}

/// A date as "23 Nov 2026".
pub(crate) fn date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// A moment as "23 Nov 2026 14:05" (UTC).
pub(crate) fn moment(t: DateTime<Utc>) -> String {
    t.format("%-d %b %Y %H:%M").to_string()
}

/// "1 day" / "3 days".
pub(crate) fn days(n: i64) -> String {
    if n == 1 {
        "1 day".to_owned()
    } else {
        format!("{n} days")
    }
}

const STYLESHEET: &str = include_str!("../../assets/app.css");
const SCRIPT: &str = include_str!("../../assets/app.js");

fn asset(content_type: &'static str, body: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (
                header::CACHE_CONTROL,
                HeaderValue::from_static("public, max-age=3600"),
            ),
        ],
        body,
    )
        .into_response()
}

async fn stylesheet() -> Response {
    asset("text/css; charset=utf-8", STYLESHEET)
}

async fn script() -> Response {
    asset("text/javascript; charset=utf-8", SCRIPT)
}

/// A domain message as a sentence.
pub(crate) fn capitalised(message: &str) -> String {
    let mut chars = message.chars();
    let mut out: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    out.push_str(chars.as_str());
    if !out.ends_with('.') {
        out.push('.');
    }
    out
}
