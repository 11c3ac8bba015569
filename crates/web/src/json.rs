//! The JSON body extractor of the API: a request that is not JSON, is malformed, has an
//! unknown field, a wrong type or a missing field is refused with the path of the field, never
//! a 500, and nothing is changed; a body over the limit is refused with 413 `too_large`.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::{StatusCode, header};
use serde::de::DeserializeOwned;

use crate::error::Error;

/// A JSON request body of type `T`.
#[derive(Debug)]
pub struct ApiJson<T>(pub T);

impl<S: Send + Sync, T: DeserializeOwned> FromRequest<S> for ApiJson<T> {
    type Rejection = Error;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| {
                v.split(';')
                    .next()
                    .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
            });
        if !is_json {
            return Err(Error::BadRequest(domain::Invalid::new(
                "",
                "send the body as JSON with Content-Type: application/json",
            )));
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|e| {
            if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                Error::TooLarge(format!(
                    "The body is larger than the {} KB a request may send.",
                    crate::BODY_LIMIT / 1024
                ))
            } else {
                Error::BadRequest(domain::Invalid::new(
                    "",
                    format!("the body could not be read: {}", e.body_text()),
                ))
            }
        })?;
        parse(&bytes).map(ApiJson)
    }
}

/// Parses a JSON body, naming the field that is wrong.
pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, Error> {
    let de = &mut serde_json::Deserializer::from_slice(bytes);
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let field = if path == "." { String::new() } else { path };
        let message = inner.to_string();
        let message = message
            .split(" at line ")
            .next()
            .unwrap_or(&message)
            .to_owned();
        if inner.is_data() {
            Error::Invalid(domain::Invalid::new(field, message))
        } else {
            Error::BadRequest(domain::Invalid::new(
                field,
                format!("malformed JSON: {message}"),
            ))
        }
    })
}
