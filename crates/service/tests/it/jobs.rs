//! The job runner with a clock the test sets: a failing job is retried after its backoff and
//! then done, a job of an unknown kind is given up with the reason, and a periodic job queued
//! by two servers in one period exists once.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use async_trait::async_trait;
use chrono::{Duration, TimeZone, Utc};
use service::jobs::{Job, backoff};
use service::{FixedClock, Service};
use store::{DatabaseUrl, Store};

/// Fails its first attempt, then succeeds; counts its runs.
#[derive(Debug, Default)]
struct Flaky(AtomicU32);

#[async_trait]
impl Job for Flaky {
    fn kind(&self) -> &'static str {
        "flaky"
    }

    async fn run(&self, _: &Service, payload: &serde_json::Value) -> Result<(), String> {
        assert_eq!(payload["to"], "kari@firma.no");
        match self.0.fetch_add(1, Ordering::SeqCst) {
            0 => Err("the mail server is away".to_owned()),
            _ => Ok(()),
        }
    }
}

async fn runs_retries_and_gives_up(store: Arc<dyn Store>) {
    let start = Utc
        .with_ymd_and_hms(2026, 12, 2, 9, 0, 0)
        .single()
        .expect("time");
    let clock = Arc::new(FixedClock::at(start));
    let service = Service::new(store).with_clock(clock.clone());
    let flaky = Arc::new(Flaky::default());
    let jobs: HashMap<&'static str, Arc<dyn Job>> =
        HashMap::from([("flaky", flaky.clone() as Arc<dyn Job>)]);

    let id = service
        .enqueue("flaky", serde_json::json!({ "to": "kari@firma.no" }), None)
        .await
        .expect("queue")
        .expect("new");
    service
        .enqueue("nobody.handles.this", serde_json::json!({}), None)
        .await
        .expect("queue");
    assert_eq!(service.run_due_jobs("a", &jobs).await.expect("run"), 2);
    assert_eq!(flaky.0.load(Ordering::SeqCst), 1);
    assert_eq!(
        service.run_due_jobs("a", &jobs).await.expect("run"),
        0,
        "the retry waits for its backoff"
    );
    clock.set(start + backoff(1) + Duration::seconds(1));
    assert_eq!(
        service.run_due_jobs("b", &jobs).await.expect("run"),
        2,
        "both retries are due: the flaky job and the one nobody handles"
    );

    let admin = admin_actor();
    let listed = service::Records::new(&service, &admin)
        .jobs(10)
        .await
        .expect("jobs");
    let flaky_job = listed.iter().find(|j| j.id == id).expect("listed");
    assert_eq!(
        (
            flaky_job.status.as_str(),
            flaky_job.attempts,
            flaky_job.last_error.as_deref()
        ),
        ("done", 2, Some("the mail server is away"))
    );
    let orphan = listed
        .iter()
        .find(|j| j.kind == "nobody.handles.this")
        .expect("listed");
    assert_eq!(
        orphan.status, "queued",
        "retried: another server may know the kind"
    );
    assert!(
        orphan
            .last_error
            .as_deref()
            .is_some_and(|e| e.contains("no handler")),
        "{orphan:?}"
    );

    // Two servers queue the same period's job: it exists once.
    let key = Some("feed.prune@1".to_owned());
    assert!(
        service
            .enqueue("feed.prune", serde_json::json!({}), key.clone())
            .await
            .expect("queue")
            .is_some()
    );
    assert!(
        service
            .enqueue("feed.prune", serde_json::json!({}), key)
            .await
            .expect("queue")
            .is_none()
    );
}

/// An admin for reading the job list (the rules check the role, not the account).
fn admin_actor() -> service::Actor {
    service::Actor {
        user_id: domain::ids::UserId(1),
        role: domain::user::UserRole::Admin,
        credential: service::Credential::Token { id: 1 },
        address: "test".to_owned(),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_retries_and_gives_up_on_sqlite() {
    let (store, _, _dir): (_, DatabaseUrl, _) = store::testing::sqlite().await;
    runs_retries_and_gives_up(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn runs_retries_and_gives_up_on_postgres() {
    if let Some((store, _)) = store::testing::postgres().await {
        runs_retries_and_gives_up(store).await;
    }
}

/// An uploaded import whose job fails every attempt (here: its file is gone) is marked
/// failed with the reason once the job gives up, so its page stops saying it runs.
async fn an_import_whose_job_gives_up_is_marked_failed(store: Arc<dyn Store>) {
    let start = Utc
        .with_ymd_and_hms(2026, 12, 3, 9, 0, 0)
        .single()
        .expect("time");
    let clock = Arc::new(FixedClock::at(start));
    let service = Service::new(store.clone()).with_clock(clock.clone());
    let import = store
        .insert_import(&domain::intake::ImportRecord {
            source: "Globalise".into(),
            file_name: "globalise.csv".into(),
            format: "csv".into(),
            dry_run: false,
            strict: false,
            status: "queued".into(),
            started_by: None,
            started_at: start,
            finished_at: None,
            report: Default::default(),
        })
        .await
        .expect("import");
    service
        .enqueue(
            service::uploads::KIND,
            serde_json::json!({ "import_id": import }),
            None,
        )
        .await
        .expect("queue");
    let (jobs, _) = service::jobs::standard();
    let jobs: HashMap<&'static str, Arc<dyn Job>> =
        jobs.into_iter().map(|j| (j.kind(), j)).collect();
    let mut now = start;
    for attempt in 1..=service::jobs::DEFAULT_ATTEMPTS {
        assert_eq!(
            store.import_record(import).await.expect("read").0.status,
            "queued",
            "attempt {attempt} is not the last"
        );
        assert_eq!(service.run_due_jobs("a", &jobs).await.expect("run"), 1);
        now += backoff(attempt) + Duration::seconds(1);
        clock.set(now);
    }
    let (record, _, _) = store.import_record(import).await.expect("read");
    assert_eq!(record.status, "failed");
    assert!(
        record
            .report
            .failure
            .as_deref()
            .is_some_and(|why| why.contains("has no file")),
        "{:?}",
        record.report.failure
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_whose_job_gives_up_is_marked_failed_on_sqlite() {
    let (store, _, _dir): (_, DatabaseUrl, _) = store::testing::sqlite().await;
    an_import_whose_job_gives_up_is_marked_failed(store).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_import_whose_job_gives_up_is_marked_failed_on_postgres() {
    if let Some((store, _)) = store::testing::postgres().await {
        an_import_whose_job_gives_up_is_marked_failed(store).await;
    }
}
