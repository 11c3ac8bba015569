//! A world for API tests: two client companies with a mandate each, interim managers (one
//! presented to the first client, one only on its longlist), a user for every role with an API
//! token, and the app over a fresh database.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use axum::body::Body;
use axum::http::{Method, Request, StatusCode};
use chrono::{NaiveDate, Utc};
use http_body_util::BodyExt;
use tower::ServiceExt;

use domain::ids::{CandidateId, ClientId, MandateId, PostingId, UserId};
use domain::pipeline::PipelineEntry;
use domain::placement::{Shortlist, ShortlistEntry};
use domain::portal::JobPosting;
use domain::user::{Password, Secret, User, UserRole};
use domain::values::{EmailAddress, PersonName};
use domain::vocabulary::PipelineStage;
use store::{DatabaseUrl, Store};
use web::AppState;

/// The password of every test user.
pub const PASSWORD: &str = "fjord-lantern-harbour";

/// The roles a request can come as, including the ones that must see nothing of another's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum As {
    Anonymous,
    Admin,
    Consultant,
    ClientA,
    ClientB,
    ManagerP,
    ManagerQ,
    Juror,
}

impl As {
    pub const ALL: [As; 8] = [
        As::Anonymous,
        As::Admin,
        As::Consultant,
        As::ClientA,
        As::ClientB,
        As::ManagerP,
        As::ManagerQ,
        As::Juror,
    ];
}

/// The test world.
#[derive(Debug)]
pub struct World {
    pub state: AppState,
    /// The store under `state`, for setting up and checking what a request wrote.
    pub store: Arc<dyn Store>,
    pub mandate_a: MandateId,
    pub mandate_b: MandateId,
    /// Presented to client A.
    pub presented: CandidateId,
    /// Only on client A's longlist.
    pub longlisted: CandidateId,
    /// Presented to client A on the same shortlist as `presented`.
    pub presented_too: CandidateId,
    /// Client A's company.
    pub client_a: ClientId,
    /// Client B's mandate on the job board, anonymised.
    pub posting_b: PostingId,
    /// Interim managers in no pipeline.
    pub spare: Vec<CandidateId>,
    pub users: Vec<(As, UserId, String, Secret)>,
    _dir: Option<tempfile::TempDir>,
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
}

async fn fresh_store() -> Vec<(Arc<dyn Store>, Option<tempfile::TempDir>)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let dir = tempfile::tempdir().expect("temp dir");
    let url = DatabaseUrl::parse(&format!("sqlite://{}", dir.path().join("api.db").display()))
        .expect("url");
    let mut stores = vec![(store::connect(&url).await.expect("sqlite"), Some(dir))];
    match std::env::var("INTERIM_TEST_POSTGRES_URL") {
        Ok(server) => {
            // The time as well as the process id: a server kept from an earlier run holds
            // databases of process ids that come round again.
            let name = format!(
                "interim_web_{}_{}_{}",
                std::process::id(),
                COUNTER.fetch_add(1, Ordering::Relaxed),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.as_nanos() % 1_000_000_000_000)
            );
            let server = DatabaseUrl::parse(&server).expect("url");
            let url = store::ensure_postgres_database(&server, &name)
                .await
                .expect("create database");
            stores.push((store::connect(&url).await.expect("postgres"), None));
        }
        Err(_) if std::env::var("INTERIM_REQUIRE_POSTGRES").as_deref() == Ok("1") => {
            panic!("INTERIM_REQUIRE_POSTGRES=1 but INTERIM_TEST_POSTGRES_URL is not set")
        }
        Err(_) => eprintln!("SKIP PostgreSQL variant: set INTERIM_TEST_POSTGRES_URL to run it"),
    }
    stores
}

/// One world per backend (SQLite always; PostgreSQL when configured).
pub async fn worlds() -> Vec<World> {
    let mut out = Vec::new();
    for (store, dir) in fresh_store().await {
        // A database from an earlier run of the same process id is reused on PostgreSQL;
        // migrating twice is harmless and the world below only adds.
        store.migrate().await.expect("migrate");
        out.push(build(store, dir).await);
    }
    out
}

async fn build(store: Arc<dyn Store>, dir: Option<tempfile::TempDir>) -> World {
    let g = seed::Generator::new(11, today());
    let mut clients = Vec::new();
    for c in g.clients(2) {
        let id = store.insert_client(&c.client).await.expect("client");
        clients.push((id, c.client, Vec::new()));
    }
    let candidates: Vec<_> = (0..40).map(|i| g.candidate(i)).collect();
    let ids = store
        .insert_candidates(&candidates)
        .await
        .expect("candidates");
    let mandates = g.mandates(&clients, &[], 2);
    let mandate_a = store.insert_mandate(&mandates[0]).await.expect("mandate");
    let mandate_b = store.insert_mandate(&mandates[1]).await.expect("mandate");
    let (presented, longlisted) = (ids[0], ids[1]);
    let now = Utc::now();
    let mut entry = PipelineEntry::new(mandate_a, presented, PipelineStage::Longlist, now, None);
    for stage in &PipelineStage::FORWARD[1..=5] {
        entry.move_to(*stage, now, None, None).expect("forward");
    }
    store.insert_pipeline_entry(&entry).await.expect("entry");
    store
        .insert_pipeline_entry(&PipelineEntry::new(
            mandate_a,
            longlisted,
            PipelineStage::Longlist,
            now,
            None,
        ))
        .await
        .expect("entry");
    let presented_too = ids[2];
    let mut entry =
        PipelineEntry::new(mandate_a, presented_too, PipelineStage::Longlist, now, None);
    for stage in &PipelineStage::FORWARD[1..=4] {
        entry.move_to(*stage, now, None, None).expect("forward");
    }
    store.insert_pipeline_entry(&entry).await.expect("entry");

    let client_id = |i: usize| -> ClientId { clients[i].0 };
    let roles = [
        (As::Admin, UserRole::Admin),
        (As::Consultant, UserRole::Consultant),
        (
            As::ClientA,
            UserRole::Client {
                client_id: client_id(0),
            },
        ),
        (
            As::ClientB,
            UserRole::Client {
                client_id: client_id(1),
            },
        ),
        (
            As::ManagerP,
            UserRole::InterimManager {
                candidate_id: presented,
            },
        ),
        (
            As::ManagerQ,
            UserRole::InterimManager {
                candidate_id: longlisted,
            },
        ),
        (As::Juror, UserRole::Juror),
    ];
    let hash = Password::parse(PASSWORD).expect("password").hash();
    let mut users = Vec::new();
    for (who, role) in roles {
        let email = format!("{who:?}@interim.test").to_lowercase();
        let user = User {
            email: EmailAddress::parse(&email).expect("email"),
            display_name: PersonName::parse("Test Person").expect("name"),
            role,
            password_hash: hash.clone(),
            active: true,
        };
        let id = store.insert_user(&user, now).await.expect("user");
        let secret = Secret::generate();
        store
            .insert_api_token(id, "tests", &secret.hash(), now)
            .await
            .expect("token");
        users.push((who, id, email, secret));
    }
    let consultant = users
        .iter()
        .find(|u| u.0 == As::Consultant)
        .expect("consultant")
        .1;
    let rationale = |words: &str| domain::values::RequiredText::parse(words).expect("rationale");
    store
        .present_shortlist(
            &Shortlist {
                mandate_id: mandate_a,
                entries: vec![
                    ShortlistEntry {
                        candidate_id: presented,
                        rationale: rationale("Has turned round two yards like this one."),
                    },
                    ShortlistEntry {
                        candidate_id: presented_too,
                        rationale: rationale("Knows the bank and the covenants."),
                    },
                ],
                created_by: consultant,
                presented_at: Some(now),
            },
            domain::mandate::Mandate::shortlist_presented,
        )
        .await
        .expect("shortlist");
    let posting_b = store
        .publish_posting(&JobPosting {
            mandate_id: mandate_b,
            headline: domain::values::ShortText::parse("Interim CFO for a turnaround")
                .expect("headline"),
            description: domain::values::LongText::parse(
                "A listed industrial group needs its cash in order.",
            )
            .expect("description"),
            show_client_name: false,
            published_at: now,
            closes_on: now.date_naive() + chrono::Duration::days(14),
        })
        .await
        .expect("posting");
    let state = AppState::new(service::Service::new(store.clone()));
    let mut index = engine::Index::new();
    for (id, c) in ids.iter().zip(&candidates) {
        index.upsert(*id, c);
    }
    state.index().set(index);
    World {
        state,
        store: store.clone(),
        mandate_a,
        mandate_b,
        presented,
        longlisted,
        presented_too,
        client_a: clients[0].0,
        posting_b,
        spare: ids[3..].to_vec(),
        users,
        _dir: dir,
    }
}

/// An answer: status, headers and JSON body (`Null` when empty or not JSON).
#[derive(Debug)]
pub struct Answer {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub json: serde_json::Value,
}

impl World {
    /// The API token of a role.
    pub fn token(&self, who: As) -> Option<&Secret> {
        self.users.iter().find(|u| u.0 == who).map(|u| &u.3)
    }

    /// Sends a request as `who` (with their API token).
    pub async fn call(
        &self,
        who: As,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
    ) -> Answer {
        self.call_with(who, method, path, body, None).await
    }

    /// Sends a request as `who`, with an `If-Match` version when given.
    pub async fn call_with(
        &self,
        who: As,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
        if_match: Option<&str>,
    ) -> Answer {
        let mut request = Request::builder().method(method).uri(path);
        if let Some(version) = if_match {
            request = request.header("if-match", format!("\"{version}\""));
        }
        if let Some(secret) = self.token(who) {
            request = request.header("authorization", format!("Bearer {}", secret.expose()));
        }
        let request = match body {
            Some(json) => request
                .header("content-type", "application/json")
                .body(Body::from(json.to_string())),
            None => request.body(Body::empty()),
        }
        .expect("request");
        self.send(request).await
    }

    /// Sends any request.
    pub async fn send(&self, request: Request<Body>) -> Answer {
        let response = web::app(self.state.clone())
            .oneshot(request)
            .await
            .expect("answer");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        let json = serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null);
        Answer {
            status,
            headers,
            json,
        }
    }
}
