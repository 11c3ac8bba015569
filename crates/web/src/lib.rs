//! Interim's HTTP server over the application layer (`service`): health and readiness checks
//! (ready once the database answers, the match index is loaded and the change feed is
//! followed), a status page that tells a newcomer which parts of the product exist, the JSON
//! API, the pages and authentication (see ARCHITECTURE.md).

pub mod api;
pub mod auth;
pub mod error;
pub mod intake;
pub mod json;
pub mod matches;
pub mod occupations;
pub mod openapi;
pub mod own;
mod pages;
mod schemas;
mod security;
pub mod selection;
pub mod serving;
pub mod workflow;

use std::future::Future;

use axum::Router;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use service::Service;

pub use serving::Limits;

/// What every request handler can reach: the application layer, and through it (never
/// around it) the records and the match index.
#[derive(Debug, Clone)]
pub struct AppState {
    service: Service,
}

impl AppState {
    /// The server's state over the application `service`.
    pub fn new(service: Service) -> Self {
        Self { service }
    }
}

impl std::ops::Deref for AppState {
    type Target = Service;

    fn deref(&self) -> &Service {
        &self.service
    }
}

/// Runs CPU-bound work (a ranking) off the async workers; see [`service::off_the_workers`].
pub(crate) async fn off_the_workers<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, error::Error> {
    Ok(service::off_the_workers(work).await?)
}

/// The largest request body accepted.
pub const BODY_LIMIT: usize = 64 * 1024;
/// The longest a request may take before it is answered 408.
pub const REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// The application's routes, with the layers every response goes through: request ids,
/// a trace span per request (method, path and id; never bodies or personal data), body limit,
/// timeout, compression and the security headers.
pub fn app(state: AppState) -> Router {
    Router::new()
        .route("/", get(status_page))
        .route("/healthz", get(healthz))
        .route("/readyz", get(readyz))
        .merge(api::routes())
        .merge(pages::routes())
        .fallback(not_found)
        .with_state(state)
        .layer(axum::extract::DefaultBodyLimit::max(BODY_LIMIT))
        .layer(axum::middleware::from_fn(security::headers))
        .layer(tower_http::compression::CompressionLayer::new())
        .layer(tower_http::timeout::TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            REQUEST_TIMEOUT,
        ))
        .layer(tower_http::request_id::PropagateRequestIdLayer::x_request_id())
        .layer(tower_http::trace::TraceLayer::new_for_http().make_span_with(security::span))
        .layer(tower_http::request_id::SetRequestIdLayer::x_request_id(
            security::RequestIds::default(),
        ))
}

async fn not_found() -> error::Error {
    error::Error::NotFound
}

/// Serves until `shutdown` resolves, then finishes the requests in flight, with the default
/// [`Limits`] on slow clients and open connections.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serving::serve_with(listener, state, Limits::default(), shutdown).await
}

/// The process is up.
async fn healthz() -> &'static str {
    "ok"
}

/// Ready for traffic: the database answers, the match index is loaded and the change feed is
/// followed. The body says which part is missing, the index's size and the feed's state.
async fn readyz(State(state): State<AppState>) -> Response {
    let database = state.ping().await;
    if let Err(e) = &database {
        tracing::warn!(error = %e, "readiness check failed");
    }
    let candidates = state.index().with(engine::Index::len);
    let feed = state.feed().report();
    let (status, problem) = match (&database, candidates) {
        (Err(_), _) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Some("database unreachable"),
        ),
        (Ok(()), None) => (StatusCode::SERVICE_UNAVAILABLE, Some("match index loading")),
        (Ok(()), Some(_)) if !feed.followed => (
            StatusCode::SERVICE_UNAVAILABLE,
            Some("change feed not followed"),
        ),
        (Ok(()), Some(_)) => (StatusCode::OK, None),
    };
    let body = serde_json::json!({
        "status": problem.unwrap_or("ready"),
        "database": if database.is_ok() { "ok" } else { "unreachable" },
        "index": { "loaded": candidates.is_some(), "candidates": candidates },
        "feed": {
            "followed": feed.followed,
            "seconds_since_followed": feed.seconds_since_followed,
            "applied_through": feed.applied_through,
            "open": feed.open,
            "applied": feed.applied,
            "last_error": feed.last_error,
        },
    });
    (status, axum::Json(body)).into_response()
}

async fn status_page(State(state): State<AppState>) -> Response {
    let counts = match state.counts().await {
        Ok(c) => c,
        Err(e) => {
            tracing::error!(error = %e, "status page could not read the store");
            return (
                StatusCode::SERVICE_UNAVAILABLE,
                "The database cannot be read right now.",
            )
                .into_response();
        }
    };
    let body = format!(
        r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Interim</title>
<style>
body {{ font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; margin: 3rem auto; padding: 0 1rem; color: #1d2733; }}
h1 {{ font-weight: 600; letter-spacing: -0.01em; }} .muted {{ color: #4a5866; }}
table {{ border-collapse: collapse; }} td {{ padding: .25rem 1.5rem .25rem 0; }} td.n {{ text-align: right; font-variant-numeric: tabular-nums; }}
</style></head>
<body>
<h1>Interim</h1>
<p class="muted">The system an interim-management provider runs on. Storage: {backend}.</p>
<p><a href="/sign-in" style="display:inline-block;padding:.5rem 1.1rem;background:#1f6feb;color:#fff;border-radius:6px;text-decoration:none;font-weight:600">Sign in</a></p>
<table>
<tr><td>Interim managers in the network</td><td class="n">{candidates}</td></tr>
<tr><td>Client companies</td><td class="n">{clients}</td></tr>
<tr><td>Mandates (open)</td><td class="n">{mandate_count} ({open})</td></tr>
<tr><td>User accounts</td><td class="n">{users}</td></tr>
</table>
<h2>What exists so far</h2>
<ul>
<li>The domain model, the network generator and storage on SQLite and PostgreSQL.</li>
<li>The command line: <code>interim seed</code>, <code>migrate</code>, <code>users create</code>, <code>serve</code>, <code>demo</code>.</li>
<li>The match engine: <code>interim match --mandate ID</code> ranks the whole network with the reasons; <code>interim eval</code> and <code>interim bench match</code> measure it. Match index: {index}.</li>
<li>The JSON API under <code>/api/v1</code>: sign-in with sessions or API tokens, the network, mandates, the pipeline, ranked matches, clients, accounts and the audit log, each answering only what the caller may see. Its description: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a>.</li>
<li>The consultant's pages: a dashboard of open mandates against the 10-day clock, mandate intake, ranked matches with the reasons and live filters, the pipeline board, network search and profiles. <a href="/sign-in">Sign in</a> to use them.</li>
<li>Health checks at <a href="/healthz">/healthz</a> and <a href="/readyz">/readyz</a>.</li>
</ul>
<p class="muted">The client portal and the interim manager's portal are being built.</p>
<p class="muted"><a href="/about/data">Data sources</a> · This product uses the ESCO classification of the European Commission.</p>
</body></html>"#,
        backend = state.backend(),
        candidates = counts.candidates,
        clients = counts.clients,
        users = counts.users,
        open = counts.open_mandates,
        mandate_count = counts.mandates,
        index = state
            .index()
            .with(|i| format!("{} interim managers indexed", i.len()))
            .unwrap_or_else(|| "loading".to_owned()),
    );
    ([(header::CACHE_CONTROL, "no-store")], Html(body)).into_response()
}
