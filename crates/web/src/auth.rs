//! Who is asking: sessions (server-side, cookie `interim_session`, idle and absolute timeouts,
//! a fresh id at every sign-in, ended on the server at sign-out), API tokens for integrations
//! (`Authorization: Bearer`, shown once, stored hashed, revocable), sign-in throttled per
//! account and per address, and CSRF protection for unsafe requests made with a cookie.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use chrono::{DateTime, Duration, Utc};

use domain::Invalid;
use domain::audit::{AuditAction, AuditEntry};
use domain::ids::UserId;
use domain::user::{Secret, UserRole};
use store::{SessionRecord, StoredUser};

use crate::AppState;
use crate::error::Error;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "interim_session";
/// A session ends after this long without a request.
pub const IDLE_TIMEOUT: Duration = Duration::minutes(30);
/// A session ends this long after sign-in, whatever happens.
pub const ABSOLUTE_TIMEOUT: Duration = Duration::hours(12);
/// Refused sign-ins counted over this window.
pub const THROTTLE_WINDOW: Duration = Duration::minutes(15);
/// Refused sign-ins for one account within the window before further attempts are refused.
pub const MAX_FAILED_PER_ACCOUNT: u64 = 5;
/// Refused sign-ins from one address within the window before further attempts are refused.
pub const MAX_FAILED_PER_ADDRESS: u64 = 30;
/// How stale a session's or token's "last seen" may get before a request writes it again.
pub const TOUCH_EVERY: Duration = Duration::minutes(1);
/// The header an unsafe cookie-authenticated request carries its CSRF token in.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// How the caller proved who they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// A browser session.
    Session {
        /// Hash of the session token.
        token_hash: String,
        /// The session's CSRF token.
        csrf_token: String,
    },
    /// An API token.
    Token {
        /// The token's id.
        id: i64,
    },
}

/// The signed-in user making a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The user.
    pub user_id: UserId,
    /// Their role (and the record it binds them to).
    pub role: UserRole,
    /// How they signed in.
    pub credential: Credential,
    /// The peer's network address.
    pub address: String,
}

impl Actor {
    /// Whether the user works for the provider (consultant or admin) and sees the network.
    pub fn is_staff(&self) -> bool {
        matches!(self.role, UserRole::Admin | UserRole::Consultant)
    }

    /// An audit entry by this actor.
    pub fn audit(&self, action: AuditAction) -> AuditEntry {
        AuditEntry {
            actor: Some(self.user_id),
            address: Some(self.address.clone()),
            ..AuditEntry::new(action, Utc::now())
        }
    }
}

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
    let now = Utc::now();
    let actor = if let Some(bearer) = parts
        .headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
    {
        let secret = Secret::parse(bearer).ok_or(Error::Unauthenticated)?;
        let (token, holder) = state
            .store
            .api_token_holder(&secret.hash())
            .await?
            .ok_or(Error::Unauthenticated)?;
        if token.revoked_at.is_some() || !holder.value.active {
            return Err(Error::Unauthenticated);
        }
        let user = holder.value.role;
        if token
            .last_used_at
            .is_none_or(|last| now - last >= TOUCH_EVERY)
        {
            state.store.touch_api_token(token.id, now).await?;
        }
        Actor {
            user_id: token.user_id,
            role: user,
            credential: Credential::Token { id: token.id },
            address,
        }
    } else {
        let secret = cookie(&parts.headers, SESSION_COOKIE)
            .and_then(Secret::parse)
            .ok_or(Error::Unauthenticated)?;
        let hash = secret.hash();
        let (session, holder) = state
            .store
            .session(&hash)
            .await?
            .ok_or(Error::Unauthenticated)?;
        if session_expired(&session, now) {
            state.store.delete_session(&hash).await?;
            return Err(Error::Unauthenticated);
        }
        if !holder.value.active {
            return Err(Error::Unauthenticated);
        }
        let role = holder.value.role;
        // The idle timeout is measured in minutes, so writing `last_seen_at` on every request
        // buys nothing but a write per page and per call; once a minute is enough.
        if now - session.last_seen_at >= TOUCH_EVERY {
            state.store.touch_session(&hash, now).await?;
        }
        Actor {
            user_id: session.user_id,
            role,
            credential: Credential::Session {
                token_hash: hash,
                csrf_token: session.csrf_token,
            },
            address,
        }
    };
    Ok(actor)
}

/// Whether a session has run past its idle or absolute timeout.
pub fn session_expired(session: &SessionRecord, now: DateTime<Utc>) -> bool {
    now >= session.expires_at || now - session.last_seen_at >= IDLE_TIMEOUT
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

/// An Argon2id hash of a random password, verified against when the account does not exist.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2pVvmRrYyQJp5V0ns5nUjQSx5cBHtcv3mYTtOJbvOTQ";

/// Checks an e-mail address and password (throttled per account and per address, every
/// refusal audited), then starts a new server-side session and ends the one the browser had
/// before, so a session id is never carried across a sign-in.
pub(crate) async fn start_session(
    state: &AppState,
    address: &str,
    headers: &HeaderMap,
    email: &str,
    password: &str,
) -> Result<(StoredUser, SessionRecord, Secret), Error> {
    let email = email.trim().to_lowercase();
    let now = Utc::now();
    let (by_account, by_address) = state
        .store
        .failed_logins_since(&email, address, now - THROTTLE_WINDOW)
        .await?;
    let refuse = || async {
        let entry = AuditEntry {
            actor_email: Some(email.clone()),
            address: Some(address.to_owned()),
            ..AuditEntry::new(AuditAction::LoginFailed, Utc::now())
        };
        state.store.append_audit(&entry).await?;
        Ok::<(), Error>(())
    };
    if by_account >= MAX_FAILED_PER_ACCOUNT || by_address >= MAX_FAILED_PER_ADDRESS {
        refuse().await?;
        return Err(Error::TooManyAttempts);
    }
    let user = state.store.user_by_email(&email).await?;
    // Verify even for unknown accounts, so timing does not tell which e-mails exist. Argon2
    // takes tens of milliseconds of CPU on purpose: off the async workers, so sign-ins never
    // hold up other requests.
    let (stored_hash, active) = match &user {
        Some(u) => (u.password_hash.clone(), u.active),
        None => (
            domain::user::PasswordHash::from_stored(DUMMY_HASH.to_owned()),
            false,
        ),
    };
    let candidate = password.to_owned();
    let matches = crate::off_the_workers(move || stored_hash.verify(&candidate)).await?;
    let verified = matches && active && user.is_some();
    let Some(user) = user.filter(|_| verified) else {
        refuse().await?;
        return Err(Error::Invalid(Invalid::new(
            "password",
            "the e-mail address or the password is wrong",
        )));
    };
    let secret = Secret::generate();
    let session = SessionRecord {
        token_hash: secret.hash(),
        user_id: user.id,
        csrf_token: Secret::generate().expose().to_owned(),
        created_at: now,
        last_seen_at: now,
        expires_at: now + ABSOLUTE_TIMEOUT,
    };
    state.store.insert_session(&session).await?;
    if let Some(old) = cookie(headers, SESSION_COOKIE).and_then(Secret::parse) {
        state.store.delete_session(&old.hash()).await?;
    }
    state
        .store
        .append_audit(&AuditEntry {
            actor: Some(user.id),
            actor_email: Some(email),
            address: Some(address.to_owned()),
            ..AuditEntry::new(AuditAction::Login, now)
        })
        .await?;
    Ok((user, session, secret))
}

/// Ends the caller's session on the server (an API token stays valid) and logs the sign-out.
pub(crate) async fn end_session(state: &AppState, actor: &Actor) -> Result<(), Error> {
    if let Credential::Session { token_hash, .. } = &actor.credential {
        state.store.delete_session(token_hash).await?;
    }
    state
        .store
        .append_audit(&actor.audit(AuditAction::Logout))
        .await?;
    Ok(())
}
