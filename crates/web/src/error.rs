//! The one error type of the HTTP layer. Everything a user can fix answers with a JSON body
//! `{ "code", "message", "field" }` and a stable code; internal failures are logged and answer
//! an opaque 500, so no database detail or personal data leaves the server.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// Every code an error can carry, for the documentation and the OpenAPI spec.
pub const CODES: &[(&str, u16, &str)] = &[
    (
        "bad_request",
        400,
        "Malformed request: not JSON, wrong type, unknown field, bad parameter",
    ),
    ("unauthenticated", 401, "No valid session or API token"),
    ("forbidden", 403, "The route is not for the caller's role"),
    (
        "csrf_refused",
        403,
        "Unsafe request from a cookie session without the CSRF token, or from another site",
    ),
    (
        "not_found",
        404,
        "No such record, or one the caller may not know exists",
    ),
    (
        "stale_version",
        409,
        "The record changed since it was read; reload and apply again",
    ),
    ("duplicate", 409, "A record with the same unique key exists"),
    (
        "merged",
        410,
        "The interim manager was merged into another record: `survivor_id` and `Location` name it",
    ),
    (
        "too_large",
        413,
        "The request body is larger than the route accepts; the message says the limit",
    ),
    ("invalid_field", 422, "A value is wrong; `field` says which"),
    (
        "version_required",
        428,
        "A write that must name the version it read (If-Match) did not",
    ),
    (
        "too_many_attempts",
        429,
        "Too many refused sign-ins for the account or from the address",
    ),
    ("internal", 500, "Our failure; logged, no detail given"),
    (
        "not_ready",
        503,
        "The server is still loading the match index",
    ),
];

/// An error answered to an HTTP client.
#[derive(Debug)]
pub enum Error {
    /// The input is wrong; the field says where.
    Invalid(domain::Invalid),
    /// Several fields are wrong: the first in `field` and `message`, all in `problems`.
    InvalidFields(Vec<domain::Invalid>),
    /// The candidate is in the network already, as `existing`.
    DuplicateCandidate {
        /// The person held.
        existing: i64,
        /// What the two records share.
        message: String,
    },
    /// The record does not exist, or the caller may not know it exists.
    NotFound,
    /// The record changed since the caller read it.
    Stale {
        /// The version it is at now.
        current: i64,
    },
    /// A record with the same unique key exists.
    Duplicate(String),
    /// The request is malformed (not JSON, wrong content type, a parameter that does not
    /// parse); the field names it when there is one.
    BadRequest(domain::Invalid),
    /// The interim manager was merged into another record (`410 merged`, with the survivor's
    /// id and a `Location` to it).
    Merged {
        /// The merged-away id.
        id: i64,
        /// The record that answers for them now.
        survivor: i64,
    },
    /// No valid session or API token.
    Unauthenticated,
    /// Signed in, but this kind of request is not for the user's role.
    Forbidden,
    /// An unsafe request from a cookie session without a valid CSRF token or from another site.
    CsrfRefused,
    /// Too many refused sign-ins; try again later.
    TooManyAttempts,
    /// The body is larger than the route accepts; the message says the limit.
    TooLarge(String),
    /// A write that must name the version it read (`If-Match`) did not.
    VersionRequired,
    /// The server is starting (the match index is loading); try again shortly.
    NotReady,
    /// A failure the user cannot fix; logged, answered without detail.
    Internal(String),
}

/// The JSON body of every error.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// A stable code programs can match on.
    pub code: &'static str,
    /// A sentence for people, saying what to do next.
    pub message: String,
    /// The field the problem is in, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For `stale_version`: the version to reload.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub current_version: Option<i64>,
    /// For `duplicate` of a candidate: the id of the person the network has.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub existing_id: Option<i64>,
    /// For `merged`: the id of the record the person was merged into.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub survivor_id: Option<i64>,
    /// Every wrong field, when several are.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub problems: Vec<ProblemJson>,
}

/// One wrong field.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ProblemJson {
    /// The field, as a path (`experience[0].start`).
    pub field: String,
    /// What is wrong.
    pub message: String,
}

impl Error {
    /// The stable code; the table of codes in ARCHITECTURE.md lists them all.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid(_) | Error::InvalidFields(_) => "invalid_field",
            Error::DuplicateCandidate { .. } => "duplicate",
            Error::NotFound => "not_found",
            Error::Merged { .. } => "merged",
            Error::Stale { .. } => "stale_version",
            Error::Duplicate(_) => "duplicate",
            Error::BadRequest(_) => "bad_request",
            Error::Unauthenticated => "unauthenticated",
            Error::Forbidden => "forbidden",
            Error::CsrfRefused => "csrf_refused",
            Error::TooManyAttempts => "too_many_attempts",
            Error::NotReady => "not_ready",
            Error::VersionRequired => "version_required",
            Error::TooLarge(_) => "too_large",
            Error::Internal(_) => "internal",
        }
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        match self {
            Error::Invalid(_) | Error::InvalidFields(_) => StatusCode::UNPROCESSABLE_ENTITY,
            Error::DuplicateCandidate { .. } => StatusCode::CONFLICT,
            Error::NotFound => StatusCode::NOT_FOUND,
            Error::Merged { .. } => StatusCode::GONE,
            Error::Stale { .. } | Error::Duplicate(_) => StatusCode::CONFLICT,
            Error::BadRequest(_) => StatusCode::BAD_REQUEST,
            Error::Unauthenticated => StatusCode::UNAUTHORIZED,
            Error::Forbidden | Error::CsrfRefused => StatusCode::FORBIDDEN,
            Error::TooManyAttempts => StatusCode::TOO_MANY_REQUESTS,
            Error::NotReady => StatusCode::SERVICE_UNAVAILABLE,
            Error::VersionRequired => StatusCode::PRECONDITION_REQUIRED,
            Error::TooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            Error::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The body answered for this error.
    pub fn body(&self) -> ErrorBody {
        let (message, field, current_version) = match self {
            Error::Invalid(e) => (
                e.message.clone(),
                Some(e.field.clone()).filter(|f| !f.is_empty()),
                None,
            ),
            Error::NotFound => ("There is no such record.".to_owned(), None, None),
            Error::Merged { id, survivor } => (
                format!(
                    "Candidate {id} was merged into candidate {survivor}: use /api/v1/candidates/{survivor}."
                ),
                None,
                None,
            ),
            Error::Stale { current } => (
                format!(
                    "Someone else changed this record (it is now at version {current}); reload it and apply your change again."
                ),
                None,
                Some(*current),
            ),
            Error::Duplicate(m) => (m.clone(), None, None),
            Error::DuplicateCandidate { message, .. } => (
                format!(
                    "{message}. Send ?on_duplicate=merge to bring this record into theirs."
                ),
                None,
                None,
            ),
            Error::InvalidFields(all) => (
                all.first().map_or_else(String::new, |e| e.message.clone()),
                all.first().map(|e| e.field.clone()).filter(|f| !f.is_empty()),
                None,
            ),
            Error::TooLarge(m) => (m.clone(), None, None),
            Error::BadRequest(e) => (
                e.message.clone(),
                Some(e.field.clone()).filter(|f| !f.is_empty()),
                None,
            ),
            Error::Unauthenticated => (
                "Sign in first (POST /api/v1/session), or send an API token as 'Authorization: Bearer <token>'.".to_owned(),
                None,
                None,
            ),
            Error::Forbidden => ("Your role does not give access to this.".to_owned(), None, None),
            Error::CsrfRefused => (
                "This change was refused: send the X-CSRF-Token header your sign-in returned, from this site.".to_owned(),
                None,
                None,
            ),
            Error::TooManyAttempts => (
                "Too many refused sign-ins; wait 15 minutes and try again.".to_owned(),
                None,
                None,
            ),
            Error::VersionRequired => (
                "Send the version you read in the If-Match header, so a change made meanwhile is not overwritten.".to_owned(),
                Some("If-Match".to_owned()),
                None,
            ),
            Error::NotReady => (
                "The server is starting and still loading the match index; try again in a few seconds.".to_owned(),
                None,
                None,
            ),
            Error::Internal(_) => (
                "Something went wrong on our side; it has been logged. Try again in a moment."
                    .to_owned(),
                None,
                None,
            ),
        };
        ErrorBody {
            code: self.code(),
            message,
            field,
            current_version,
            existing_id: match self {
                Error::DuplicateCandidate { existing, .. } => Some(*existing),
                _ => None,
            },
            survivor_id: match self {
                Error::Merged { survivor, .. } => Some(*survivor),
                _ => None,
            },
            problems: match self {
                Error::InvalidFields(all) if all.len() > 1 => all
                    .iter()
                    .map(|e| ProblemJson {
                        field: e.field.clone(),
                        message: e.message.clone(),
                    })
                    .collect(),
                _ => Vec::new(),
            },
        }
    }
}

impl From<domain::Invalid> for Error {
    fn from(e: domain::Invalid) -> Self {
        Error::Invalid(e)
    }
}

impl From<service::Error> for Error {
    fn from(e: service::Error) -> Self {
        match e {
            service::Error::Invalid(i) => Error::Invalid(i),
            service::Error::NotFound => Error::NotFound,
            service::Error::Forbidden => Error::Forbidden,
            service::Error::Stale { current } => Error::Stale { current },
            service::Error::Duplicate(m) => Error::Duplicate(m),
            service::Error::InvalidFields(all) => Error::InvalidFields(all),
            service::Error::DuplicateCandidate { existing, message } => Error::DuplicateCandidate {
                existing: existing.0,
                message,
            },
            service::Error::Merged { id, survivor } => Error::Merged {
                id: id.0,
                survivor: survivor.0,
            },
            service::Error::Unauthenticated => Error::Unauthenticated,
            service::Error::TooManyAttempts => Error::TooManyAttempts,
            service::Error::NotReady => Error::NotReady,
            service::Error::Internal(cause) => Error::Internal(cause),
        }
    }
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        if let Error::Internal(cause) = &self {
            tracing::error!(%cause, "internal error");
        }
        if let Error::Merged { survivor, .. } = &self {
            let location = format!("/api/v1/candidates/{survivor}");
            return (
                self.status(),
                [(axum::http::header::LOCATION, location)],
                Json(self.body()),
            )
                .into_response();
        }
        (self.status(), Json(self.body())).into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_statuses_and_fields() {
        let invalid = Error::from(domain::Invalid::new("budget_day_rate", "is negative"));
        assert_eq!(invalid.status(), StatusCode::UNPROCESSABLE_ENTITY);
        let body = invalid.body();
        assert_eq!(
            (body.code, body.field.as_deref()),
            ("invalid_field", Some("budget_day_rate"))
        );

        let stale = Error::from(service::Error::Stale { current: 4 });
        assert_eq!(stale.status(), StatusCode::CONFLICT);
        assert_eq!(stale.body().current_version, Some(4));

        let hidden = Error::from(service::Error::Internal("secret detail".into()));
        assert_eq!(hidden.status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert!(
            !hidden.body().message.contains("secret"),
            "internal causes must not leak"
        );
        assert_eq!(
            Error::from(service::Error::NotFound).status(),
            StatusCode::NOT_FOUND
        );
    }
}
