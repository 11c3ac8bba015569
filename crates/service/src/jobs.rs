//! Background jobs: a [`Job`] is a kind of work the application does outside a request
//! (imports, retention, reminders, e-mail). The runner on each server claims due jobs from
//! the database one at a time, runs them, and records the outcome; a failed attempt is
//! retried with backoff (30 s, doubling, at most an hour) until its attempts run out, with its
//! last error kept for the admin's view (`GET /api/v1/jobs`).
//!
//! A claim holds a job for a lease of [`LEASE`]; a server that dies mid-job loses it when the
//! lease runs out and another runs it again. A job therefore runs exactly once when it
//! succeeds on its first server, and at least once when a server dies holding it: a handler
//! writes its effect so that a second run changes nothing (and the jobs of the issues that
//! follow, an import's batches or a mail's outbox row, are written that way).
//!
//! Periodic jobs are queued by every runner with a dedupe key naming their period, so each
//! period's job exists once whichever servers queued it.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use chrono::{DateTime, Utc};
use store::NewJob;

use crate::{Error, Records, Service};

/// How long a claim holds a job before another server may take it.
pub const LEASE: chrono::Duration = chrono::Duration::minutes(10);
/// How long the runner waits when no job is due.
const IDLE: Duration = Duration::from_secs(1);
/// The first retry's wait; each further retry waits twice as long, at most [`MAX_BACKOFF`].
const FIRST_BACKOFF: chrono::Duration = chrono::Duration::seconds(30);
/// The longest wait between attempts.
const MAX_BACKOFF: chrono::Duration = chrono::Duration::hours(1);
/// Attempts a job gets unless it says otherwise.
pub const DEFAULT_ATTEMPTS: u32 = 5;

/// One kind of background work.
#[async_trait]
pub trait Job: Send + Sync + std::fmt::Debug {
    /// The name jobs of this kind are queued under.
    fn kind(&self) -> &'static str;
    /// Runs one job with its payload; an error is recorded and the job retried.
    async fn run(&self, service: &Service, payload: &serde_json::Value) -> Result<(), String>;

    /// Called once when the job's last attempt failed with `error`: the work it stands for
    /// can say so where its users look. Nothing by default.
    async fn gave_up(
        &self,
        _service: &Service,
        _payload: &serde_json::Value,
        _error: &str,
    ) -> Result<(), String> {
        Ok(())
    }
}

/// A job queued every period by every server, existing once per period.
#[derive(Debug, Clone, Copy)]
pub struct Periodic {
    /// The kind to queue.
    pub kind: &'static str,
    /// How often.
    pub every: chrono::Duration,
}

/// The wait before attempt `attempt + 1`, after `attempt` failed.
pub fn backoff(attempt: u32) -> chrono::Duration {
    let doublings = attempt.saturating_sub(1).min(16);
    (FIRST_BACKOFF * 2i32.pow(doublings)).min(MAX_BACKOFF)
}

/// The dedupe key of a periodic job's period containing `now`.
fn period_key(periodic: &Periodic, now: DateTime<Utc>) -> String {
    let seconds = periodic.every.num_seconds().max(1);
    format!("{}@{}", periodic.kind, now.timestamp().div_euclid(seconds))
}

/// Deletes the change feed's rows older than a day (see [`crate::feed::KEEP_CHANGES`]).
#[derive(Debug)]
pub struct PruneFeed;

#[async_trait]
impl Job for PruneFeed {
    fn kind(&self) -> &'static str {
        "feed.prune"
    }

    async fn run(&self, service: &Service, _: &serde_json::Value) -> Result<(), String> {
        let deleted = service
            .store
            .prune_index_changes(crate::feed::KEEP_CHANGES)
            .await
            .map_err(|e| e.to_string())?;
        if deleted > 0 {
            tracing::info!(deleted, "old change-feed rows deleted");
        }
        Ok(())
    }
}

/// The jobs every server runs (pruning the feed, uploaded imports), and the periodic ones
/// it queues.
pub fn standard() -> (Vec<Arc<dyn Job>>, Vec<Periodic>) {
    (
        vec![
            Arc::new(PruneFeed),
            Arc::new(crate::uploads::ImportUploaded),
        ],
        vec![Periodic {
            kind: "feed.prune",
            every: chrono::Duration::hours(1),
        }],
    )
}

impl Service {
    /// Queues a job of `kind`; `None` when one with the same `dedupe_key` exists already.
    pub async fn enqueue(
        &self,
        kind: &str,
        payload: serde_json::Value,
        dedupe_key: Option<String>,
    ) -> Result<Option<i64>, Error> {
        let now = self.now();
        Ok(self
            .store
            .enqueue_job(
                &NewJob {
                    kind: kind.to_owned(),
                    payload,
                    dedupe_key,
                    max_attempts: DEFAULT_ATTEMPTS,
                    run_after: now,
                },
                now,
            )
            .await?)
    }

    /// Claims and runs due jobs until none is due; returns how many ran (successfully or not).
    /// `worker` names this runner in the job table.
    pub async fn run_due_jobs(
        &self,
        worker: &str,
        jobs: &HashMap<&'static str, Arc<dyn Job>>,
    ) -> Result<usize, Error> {
        let mut ran = 0;
        loop {
            let now = self.now();
            let Some(claimed) = self.store.claim_job(worker, now, now + LEASE).await? else {
                return Ok(ran);
            };
            ran += 1;
            let outcome = match jobs.get(claimed.kind.as_str()) {
                Some(job) => job.run(self, &claimed.payload).await,
                None => Err(format!("no handler for jobs of kind '{}'", claimed.kind)),
            };
            let now = self.now();
            match outcome {
                Ok(()) => {
                    self.store.finish_job(claimed.id, worker, now).await?;
                }
                Err(error) => {
                    let retry = (claimed.attempt < claimed.max_attempts)
                        .then(|| now + backoff(claimed.attempt));
                    tracing::warn!(
                        job = claimed.id,
                        kind = %claimed.kind,
                        attempt = claimed.attempt,
                        %error,
                        gives_up = retry.is_none(),
                        "a background job failed"
                    );
                    self.store
                        .fail_job(claimed.id, worker, &error, retry, now)
                        .await?;
                    if retry.is_none()
                        && let Some(job) = jobs.get(claimed.kind.as_str())
                        && let Err(e) = job.gave_up(self, &claimed.payload, &error).await
                    {
                        tracing::warn!(job = claimed.id, error = %e, "a given-up job could not say so");
                    }
                }
            }
        }
    }

    /// The server's job runner: queues the periodic jobs of their period and runs what is
    /// due, for as long as the future runs. Errors are logged and the loop goes on.
    pub fn run_jobs(
        &self,
        jobs: Vec<Arc<dyn Job>>,
        periodic: Vec<Periodic>,
    ) -> impl Future<Output = ()> + Send + 'static {
        let service = self.clone();
        let worker = format!(
            "{}-{}",
            std::env::var("HOSTNAME").unwrap_or_else(|_| "server".to_owned()),
            std::process::id()
        );
        let jobs: HashMap<&'static str, Arc<dyn Job>> =
            jobs.into_iter().map(|j| (j.kind(), j)).collect();
        async move {
            loop {
                for p in &periodic {
                    let key = period_key(p, service.now());
                    if let Err(e) = service
                        .enqueue(p.kind, serde_json::json!({}), Some(key))
                        .await
                    {
                        tracing::warn!(error = %e, kind = p.kind, "a periodic job could not be queued");
                    }
                }
                if let Err(e) = service.run_due_jobs(&worker, &jobs).await {
                    tracing::warn!(error = %e, "background jobs could not be read");
                }
                tokio::time::sleep(IDLE).await;
            }
        }
    }
}

impl Records<'_> {
    /// The most recent background jobs with their attempts and last errors (admin).
    pub async fn jobs(&self, limit: u32) -> Result<Vec<store::JobRecord>, Error> {
        self.admin_only()?;
        Ok(self.service.store.jobs(limit).await?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_up_to_an_hour() {
        let waits: Vec<i64> = (1..=10).map(|a| backoff(a).num_seconds()).collect();
        assert_eq!(
            waits,
            vec![30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
        );
    }

    #[test]
    fn a_periodic_job_has_one_key_per_period() {
        let hourly = Periodic {
            kind: "feed.prune",
            every: chrono::Duration::hours(1),
        };
        let at = |h: u32, m: u32| {
            chrono::NaiveDate::from_ymd_opt(2026, 12, 2)
                .and_then(|d| d.and_hms_opt(h, m, 0))
                .map(|t| t.and_utc())
                .expect("time")
        };
        assert_eq!(
            period_key(&hourly, at(20, 1)),
            period_key(&hourly, at(20, 59))
        );
        assert_ne!(
            period_key(&hourly, at(20, 59)),
            period_key(&hourly, at(21, 0))
        );
    }
}
