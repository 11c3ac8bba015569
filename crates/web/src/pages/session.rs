//! Signing in and out from the browser: the same checks, throttling and audit as the API's
//! session routes, with the answer as a page and a redirect.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};

use domain::user::UserRole;

use crate::AppState;
use crate::auth::{self, PeerAddress};
use crate::error::Error;

use super::{PageError, render, see_other};

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    next: String,
    email: String,
    problem: Option<String>,
}

/// Only paths on this site may be returned to after sign-in.
fn safe_next(next: Option<&str>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.starts_with("/\\") => {
            n.to_owned()
        }
        _ => "/app".to_owned(),
    }
}

/// `GET /sign-in`: the form; someone already signed in goes straight on.
pub(super) async fn sign_in_page(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<HashMap<String, String>>,
) -> Response {
    let next = safe_next(params.get("next").map(String::as_str));
    let mut probe = axum::http::Request::new(());
    *probe.headers_mut() = headers;
    let (parts, ()) = probe.into_parts();
    if auth::authenticate(&parts, &state).await.is_ok() {
        return see_other(&next);
    }
    render(&SignInPage {
        next,
        email: String::new(),
        problem: None,
    })
}

/// `POST /sign-in`: checks the form, starts a session and goes to the page asked for; a
/// refusal shows the form again with the reason and the e-mail address kept.
pub(super) async fn sign_in(
    State(state): State<AppState>,
    PeerAddress(address): PeerAddress,
    headers: HeaderMap,
    axum::Form(form): axum::Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    // There is no session (and so no form token) yet; the browser's own word that the form
    // came from this site stops another site from signing a visitor in to its account.
    auth::check_same_origin(&headers)?;
    let field = |name: &str| form.get(name).map_or("", String::as_str);
    let next = safe_next(Some(field("next")));
    match auth::start_session(
        &state,
        &address,
        &headers,
        field("email"),
        field("password"),
    )
    .await
    {
        Ok((user, _, secret)) => {
            // Each role starts at its own home unless it asked for a page.
            let next = match user.value.role {
                UserRole::Client { .. } if next == "/app" => "/portal".to_owned(),
                UserRole::InterimManager { .. } if next == "/app" => "/me".to_owned(),
                UserRole::Juror if next == "/app" => "/".to_owned(),
                _ => next,
            };
            let mut response = see_other(&next);
            let cookie = auth::session_cookie(&secret, auth::over_tls(&headers));
            response.headers_mut().insert(
                header::SET_COOKIE,
                HeaderValue::from_str(&cookie).map_err(|e| Error::Internal(e.to_string()))?,
            );
            Ok(response)
        }
        Err(e @ (Error::Invalid(_) | Error::TooManyAttempts)) => {
            let status = e.status();
            let page = SignInPage {
                next,
                email: field("email").trim().to_owned(),
                problem: Some(match e {
                    Error::TooManyAttempts => {
                        "Too many refused sign-ins. Wait 15 minutes and try again.".to_owned()
                    }
                    _ => "The e-mail address or the password is wrong.".to_owned(),
                }),
            };
            Ok((status, render(&page)).into_response())
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST /sign-out`: ends the session on the server and clears the cookie. Open to every
/// role (the portals sign out here too), with the same origin and form-token checks.
pub(super) async fn sign_out(
    State(state): State<AppState>,
    request: axum::extract::Request,
) -> Result<Response, PageError> {
    let (parts, body) = request.into_parts();
    auth::check_same_origin(&parts.headers)?;
    let actor = auth::authenticate(&parts, &state).await?;
    let request = axum::extract::Request::from_parts(parts, body);
    let axum::Form(form) = <axum::Form<HashMap<String, String>> as axum::extract::FromRequest<
        AppState,
    >>::from_request(request, &state)
    .await
    .map_err(|_| Error::CsrfRefused)?;
    auth::check_csrf_token(&actor, form.get("csrf").map(String::as_str))?;
    auth::end_session(&state, &actor).await?;
    let mut response = see_other("/sign-in");
    response.headers_mut().insert(
        header::SET_COOKIE,
        HeaderValue::from_str(&auth::cleared_cookie())
            .map_err(|e| Error::Internal(e.to_string()))?,
    );
    Ok(response)
}
