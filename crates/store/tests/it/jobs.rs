//! Background jobs: queued once per dedupe key, claimed by one worker at a time (also when
//! workers race), retried with backoff until the attempts run out, claimed again when a
//! worker's lease runs out, never run again once done.

use std::collections::HashSet;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use store::{NewJob, Store};

use crate::backend_test;

fn job(kind: &str, key: Option<&str>, at: DateTime<Utc>) -> NewJob {
    NewJob {
        kind: kind.to_owned(),
        payload: serde_json::json!({ "n": 1 }),
        dedupe_key: key.map(str::to_owned),
        max_attempts: 2,
        run_after: at,
    }
}

backend_test!(a_job_is_claimed_once_retried_then_given_up, |store: Arc<
    dyn Store,
>| async move {
    let now = Utc::now();
    let lease = now + Duration::minutes(5);
    let id = store
        .enqueue_job(&job("feed.prune", Some("prune:1"), now), now)
        .await
        .expect("queue")
        .expect("new");
    assert_eq!(
        store
            .enqueue_job(&job("feed.prune", Some("prune:1"), now), now)
            .await
            .expect("queue"),
        None,
        "the same key is queued once"
    );
    store
        .enqueue_job(&job("later", None, now + Duration::hours(1)), now)
        .await
        .expect("queue");

    let claimed = store
        .claim_job("a", now, lease)
        .await
        .expect("claim")
        .expect("due");
    assert_eq!(
        (claimed.id, claimed.attempt, claimed.payload["n"].as_i64()),
        (id, 1, Some(1))
    );
    assert!(
        store
            .claim_job("b", now, lease)
            .await
            .expect("claim")
            .is_none(),
        "held by a, and the other job is not due"
    );
    // A worker that no longer holds the job cannot settle it.
    assert!(!store.finish_job(id, "b", now).await.expect("finish"));

    let retry = now + Duration::seconds(30);
    assert!(
        store
            .fail_job(id, "a", "the mail server said no", Some(retry), now)
            .await
            .expect("fail")
    );
    assert!(
        store
            .claim_job("b", now, lease)
            .await
            .expect("claim")
            .is_none(),
        "not before the retry"
    );
    let again = store
        .claim_job("b", retry, lease)
        .await
        .expect("claim")
        .expect("due again");
    assert_eq!(again.attempt, 2);
    assert!(
        store
            .fail_job(id, "b", "still no", None, retry)
            .await
            .expect("fail")
    );
    let record = store
        .jobs(10)
        .await
        .expect("jobs")
        .into_iter()
        .find(|j| j.id == id)
        .expect("listed");
    assert_eq!(
        (
            record.status.as_str(),
            record.attempts,
            record.last_error.as_deref()
        ),
        ("failed", 2, Some("still no"))
    );
    assert!(record.finished_at.is_some());
    let far = now + Duration::days(1);
    let later = store
        .claim_job("c", far, far + Duration::minutes(5))
        .await
        .expect("claim")
        .expect("the later job");
    assert_eq!(later.kind, "later", "a failed job is not claimed again");
    assert!(store.finish_job(later.id, "c", far).await.expect("finish"));
    assert!(
        store
            .claim_job("c", far, far)
            .await
            .expect("claim")
            .is_none(),
        "a done job never runs again"
    );
});

backend_test!(
    a_job_whose_worker_died_is_claimed_again_after_its_lease,
    |store: Arc<dyn Store>| async move {
        let now = Utc::now();
        store
            .enqueue_job(&job("import", None, now), now)
            .await
            .expect("queue");
        let first = store
            .claim_job("dead", now, now + Duration::minutes(1))
            .await
            .expect("claim")
            .expect("due");
        assert!(
            store
                .claim_job(
                    "alive",
                    now + Duration::seconds(59),
                    now + Duration::minutes(2)
                )
                .await
                .expect("claim")
                .is_none()
        );
        let second = store
            .claim_job(
                "alive",
                now + Duration::seconds(61),
                now + Duration::minutes(2),
            )
            .await
            .expect("claim")
            .expect("the lease ran out");
        assert_eq!((second.id, second.attempt), (first.id, 2));
        assert!(
            !store
                .finish_job(first.id, "dead", now)
                .await
                .expect("finish"),
            "the dead worker lost it"
        );
        assert!(
            store
                .finish_job(first.id, "alive", now)
                .await
                .expect("finish")
        );
    }
);

backend_test!(racing_workers_never_take_the_same_job, |store: Arc<
    dyn Store,
>| async move {
    let now = Utc::now();
    for _ in 0..40 {
        store
            .enqueue_job(&job("race", None, now), now)
            .await
            .expect("queue");
    }
    let workers: Vec<_> = (0..4)
        .map(|w| {
            let store = store.clone();
            tokio::spawn(async move {
                let name = format!("worker-{w}");
                let mut mine = Vec::new();
                while let Some(job) = store
                    .claim_job(&name, now, now + Duration::minutes(5))
                    .await
                    .expect("claim")
                {
                    assert!(store.finish_job(job.id, &name, now).await.expect("finish"));
                    mine.push(job.id);
                }
                mine
            })
        })
        .collect();
    let mut all = Vec::new();
    for w in workers {
        all.extend(w.await.expect("worker"));
    }
    let distinct: HashSet<i64> = all.iter().copied().collect();
    assert_eq!((all.len(), distinct.len()), (40, 40), "every job ran once");
});
