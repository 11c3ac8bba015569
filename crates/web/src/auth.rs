//! Who is asking: sessions (server-side, cookie `interim_session`, idle and absolute timeouts,
//! a fresh id at every sign-in, ended on the server at sign-out), API tokens for integrations
//! (`Authorization: Bearer`, shown once, stored hashed, revocable), sign-in throttled per
//! account and per address, and CSRF protection for unsafe requests made with a cookie.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};

use domain::user::Secret;
use service::{SessionRecord, StoredUser};

use crate::AppState;
use crate::error::Error;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "interim_session";
pub use service::sessions::{
    ABSOLUTE_TIMEOUT, IDLE_TIMEOUT, MAX_FAILED_PER_ACCOUNT, MAX_FAILED_PER_ADDRESS,
    THROTTLE_WINDOW, TOUCH_EVERY, session_expired,
};
pub use service::{Actor, Credential};

/// The header an unsafe cookie-authenticated request carries its CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The peer address of a request ("unknown" when the server was not started with connection
/// info, as in in-process tests). Forwarded headers are not trusted: anyone can write them.
pub fn peer_address(parts: &Parts) -> String {
    parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or_else(
            || "unknown".to_owned(),
            |ConnectInfo(addr)| addr.ip().to_string(),
        )
}

/// The peer's network address, as an extractor.
#[derive(Debug, Clone)]
pub struct PeerAddress(pub String);

impl<S: Send + Sync> FromRequestParts<S> for PeerAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(PeerAddress(peer_address(parts)))
    }
}

/// The value of a cookie, if sent.
pub fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

impl FromRequestParts<AppState> for Actor {
    type Rejection = Error;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        if let Some(actor) = parts.extensions.get::<Actor>() {
            return Ok(actor.clone());
        }
        let actor = authenticate(parts, state).await?;
        check_csrf(&parts.method, &parts.headers, &actor)?;
        parts.extensions.insert(actor.clone());
        Ok(actor)
    }
}

/// Finds who is asking from the API token or the session cookie, ending a session that has
/// timed out. The CSRF check is the caller's: a JSON request carries the token in a header,
/// a form in a field.
pub(crate) async fn authenticate(parts: &Parts, state: &AppState) -> Result<Actor, Error> {
    let address = peer_address(parts);
    if let Some(bearer) = parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        let secret = Secret::parse(bearer).ok_or(Error::Unauthenticated)?;
        Ok(state.actor_for_token(&secret, address).await?)
    } else {
        let secret = cookie(&parts.headers, SESSION_COOKIE)
            .and_then(Secret::parse)
            .ok_or(Error::Unauthenticated)?;
        Ok(state.actor_for_session(&secret, address).await?)
    }
}

/// Unsafe requests made with a session cookie must come from this site (Fetch Metadata and
/// Origin, where the browser sends them) and carry the session's CSRF token in a header.
/// Requests with an API token carry no ambient credential and need neither.
pub fn check_csrf(method: &Method, headers: &HeaderMap, actor: &Actor) -> Result<(), Error> {
    if !matches!(actor.credential, Credential::Session { .. })
        || matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
    {
        return Ok(());
    }
    check_same_origin(headers)?;
    let token = headers.get(CSRF_HEADER).and_then(|v| v.to_str().ok());
    check_csrf_token(actor, token)
}

/// Refuses a request the browser says came from another site (Fetch Metadata), or whose
/// `Origin` names another host.
pub fn check_same_origin(headers: &HeaderMap) -> Result<(), Error> {
    let text = |name: &str| headers.get(name).and_then(|v| v.to_str().ok());
    if text("sec-fetch-site").is_some_and(|site| site != "same-origin" && site != "none") {
        return Err(Error::CsrfRefused);
    }
    if let (Some(origin), Some(host)) = (text("origin"), text("host")) {
        let origin_host = origin.split_once("://").map_or(origin, |(_, rest)| rest);
        if origin_host != host {
            return Err(Error::CsrfRefused);
        }
    }
    Ok(())
}

/// Whether `token` is the session's CSRF token; requests with an API token need none.
pub fn check_csrf_token(actor: &Actor, token: Option<&str>) -> Result<(), Error> {
    let Credential::Session { csrf_token, .. } = &actor.credential else {
        return Ok(());
    };
    match token {
        Some(token) if constant_time_eq(token.as_bytes(), csrf_token.as_bytes()) => Ok(()),
        _ => Err(Error::CsrfRefused),
    }
}

/// Compares without stopping at the first difference, so timing says nothing about the token.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The `Set-Cookie` value for a new session; `Secure` when the request came over TLS (as a
/// reverse proxy reports it).
pub fn session_cookie(secret: &Secret, secure: bool) -> String {
    format!(
        "{SESSION_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age={}{}",
        secret.expose(),
        ABSOLUTE_TIMEOUT.num_seconds(),
        if secure { "; Secure" } else { "" }
    )
}

/// The `Set-Cookie` value that removes the session cookie.
pub fn cleared_cookie() -> String {
    format!("{SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0")
}

/// Whether the request reached us over TLS (directly or as a proxy in front says).
pub fn over_tls(headers: &HeaderMap) -> bool {
    headers
        .get("x-forwarded-proto")
        .and_then(|v| v.to_str().ok())
        == Some("https")
}

/// Checks an e-mail address and password and starts a new server-side session, ending the
/// one the browser had before (see [`service::Service::sign_in`]).
pub(crate) async fn start_session(
    state: &AppState,
    address: &str,
    headers: &HeaderMap,
    email: &str,
    password: &str,
) -> Result<(StoredUser, SessionRecord, Secret), Error> {
    let previous = cookie(headers, SESSION_COOKIE).and_then(Secret::parse);
    Ok(state.sign_in(address, email, password, previous).await?)
}

/// Ends the caller's session on the server (an API token stays valid) and logs the sign-out.
pub(crate) async fn end_session(state: &AppState, actor: &Actor) -> Result<(), Error> {
    Ok(state.sign_out(actor).await?)
}
