//! The PostgreSQL backend, for firms that outgrow one machine: several stateless app servers
//! share one PostgreSQL database.

use std::time::Duration;

use sqlx::postgres::PgPoolOptions;

use crate::{DatabaseUrl, Error, Result};

/// The sqlx database type the shared queries are compiled for.
type Db = sqlx::Postgres;
/// The backend the shared queries implement [`crate::Store`] for.
type Backend = PostgresStore;
/// The name [`crate::Store::backend`] reports.
const BACKEND_NAME: &str = "postgres";
/// App servers starting together must not migrate at the same time: a transaction-scoped
/// advisory lock makes the second wait for the first.
const MIGRATION_LOCK: Option<&str> = Some("SELECT pg_advisory_xact_lock(7346721)");
/// Rows read before a write in the same transaction are locked against other writers.
const LOCK_ROW: &str = " FOR UPDATE";
/// Claims the next due job (`$1` worker, `$2` now, `$3` lease end): a row another worker is
/// claiming is skipped, not waited for.
const CLAIM_JOB: &str = "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $3 \
    WHERE id = (SELECT id FROM jobs \
        WHERE ((status = 'queued' AND run_after <= $2) OR (status = 'running' AND locked_until < $2)) \
        AND attempts < max_attempts \
        ORDER BY run_after, id LIMIT 1 FOR UPDATE SKIP LOCKED) \
    RETURNING id, kind, payload, attempts, max_attempts";
/// Deletes the change feed's rows older than `$1` seconds.
const PRUNE_CHANGES: &str = "DELETE FROM index_changes WHERE changed_at < now() - make_interval(secs => $1::double precision)";
/// The channel the change feed's trigger notifies (migration 0011).
const CHANGES_CHANNEL: &str = "interim_index_changes";
/// The schema migrations, in order.
pub(crate) const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "foundation",
        include_str!("../migrations/postgres/0001_foundation.sql"),
    ),
    (
        2,
        "access",
        include_str!("../migrations/postgres/0002_access.sql"),
    ),
    (
        3,
        "mandate_history",
        include_str!("../migrations/postgres/0003_mandate_history.sql"),
    ),
    (
        4,
        "vetting_shortlists",
        include_str!("../migrations/postgres/0004_vetting_shortlists.sql"),
    ),
    (
        5,
        "evaluations",
        include_str!("../migrations/postgres/0005_evaluations.sql"),
    ),
    (
        6,
        "job_board",
        include_str!("../migrations/postgres/0006_job_board.sql"),
    ),
    (
        7,
        "network_contacts",
        include_str!("../migrations/postgres/0007_network_contacts.sql"),
    ),
    (
        8,
        "erasure_requests",
        include_str!("../migrations/postgres/0008_erasure_requests.sql"),
    ),
    (
        9,
        "cv_files",
        include_str!("../migrations/postgres/0009_cv_files.sql"),
    ),
    (
        10,
        "audit_reason",
        include_str!("../migrations/postgres/0010_audit_reason.sql"),
    ),
    (
        11,
        "index_changes",
        include_str!("../migrations/postgres/0011_index_changes.sql"),
    ),
    (
        12,
        "jobs",
        include_str!("../migrations/postgres/0012_jobs.sql"),
    ),
    (
        13,
        "esco_roles",
        include_str!("../migrations/postgres/0013_esco_roles.sql"),
    ),
    (
        14,
        "intake",
        include_str!("../migrations/postgres/0014_intake.sql"),
    ),
    (
        15,
        "duplicates_uploads",
        include_str!("../migrations/postgres/0015_duplicates_uploads.sql"),
    ),
];

/// A store in a PostgreSQL database.
#[derive(Debug, Clone)]
pub struct PostgresStore {
    pub(crate) pool: sqlx::Pool<Db>,
    /// The audit log's group commit.
    audit: shared::AuditQueue,
}

impl PostgresStore {
    /// Connects to the PostgreSQL database the URL names.
    pub async fn connect(url: &DatabaseUrl) -> Result<Self> {
        let pool = PgPoolOptions::new()
            .max_connections(16)
            .acquire_timeout(Duration::from_secs(10))
            .connect(url.expose())
            .await
            .map_err(|e| Error::Unreachable {
                url: url.redacted(),
                reason: e.to_string(),
            })?;
        Ok(Self {
            pool,
            audit: shared::AuditQueue::default(),
        })
    }

    /// Starts a transaction. Read-then-write operations lock the rows they read with
    /// `FOR UPDATE` where it matters; the version check catches the rest.
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, Db>> {
        Ok(self.pool.begin().await?)
    }

    /// A `LISTEN` on the change feed's channel, on a connection of its own.
    async fn change_waker(&self) -> Result<Option<Box<dyn crate::ChangeWaker>>> {
        let mut listener = sqlx::postgres::PgListener::connect_with(&self.pool).await?;
        listener.listen(CHANGES_CHANNEL).await?;
        Ok(Some(Box::new(ChangeListener(listener))))
    }
}

/// The follower's `LISTEN` connection.
#[derive(Debug)]
struct ChangeListener(sqlx::postgres::PgListener);

#[async_trait::async_trait]
impl crate::ChangeWaker for ChangeListener {
    async fn woken(&mut self) -> Result<crate::Woken> {
        // `try_recv` answers `None` once when the connection was lost; the next call connects
        // again and listens on the same channel.
        Ok(match self.0.try_recv().await? {
            Some(_) => crate::Woken::Changed,
            None => crate::Woken::Reconnected,
        })
    }
}

#[allow(
    clippy::duplicate_mod,
    reason = "the same queries are compiled once per backend, against that backend's types"
)]
#[path = "shared.rs"]
mod shared;
