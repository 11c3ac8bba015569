//! The SQLite backend, Interim's embedded default: one file, write-ahead logging, foreign keys
//! enforced, and `BEGIN IMMEDIATE` for every transaction that reads before it writes.

use std::str::FromStr;
use std::time::Duration;

use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};

use crate::{DatabaseUrl, Error, Result};

/// The sqlx database type the shared queries are compiled for.
type Db = sqlx::Sqlite;
/// The backend the shared queries implement [`crate::Store`] for.
type Backend = SqliteStore;
/// The name [`crate::Store::backend`] reports.
const BACKEND_NAME: &str = "sqlite";
/// SQLite's `BEGIN IMMEDIATE` already serialises migrators; no extra lock is needed.
const MIGRATION_LOCK: Option<&str> = None;
/// SQLite locks the whole database in `BEGIN IMMEDIATE`; rows need no lock of their own.
const LOCK_ROW: &str = "";
/// Claims the next due job (`$1` worker, `$2` now, `$3` lease end); the write transaction
/// it runs in is the only one, so no two workers take the same row.
const CLAIM_JOB: &str = "UPDATE jobs SET status = 'running', attempts = attempts + 1, locked_by = $1, locked_until = $3 \
    WHERE id = (SELECT id FROM jobs \
        WHERE ((status = 'queued' AND run_after <= $2) OR (status = 'running' AND locked_until < $2)) \
        AND attempts < max_attempts \
        ORDER BY run_after, id LIMIT 1) \
    RETURNING id, kind, payload, attempts, max_attempts";
/// Deletes the change feed's rows older than `$1` seconds.
const PRUNE_CHANGES: &str = "DELETE FROM index_changes \
    WHERE changed_at < strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || $1 || ' seconds')";
/// The schema migrations, in order.
pub(crate) const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        "foundation",
        include_str!("../migrations/sqlite/0001_foundation.sql"),
    ),
    (
        2,
        "access",
        include_str!("../migrations/sqlite/0002_access.sql"),
    ),
    (
        3,
        "mandate_history",
        include_str!("../migrations/sqlite/0003_mandate_history.sql"),
    ),
    (
        4,
        "vetting_shortlists",
        include_str!("../migrations/sqlite/0004_vetting_shortlists.sql"),
    ),
    (
        5,
        "evaluations",
        include_str!("../migrations/sqlite/0005_evaluations.sql"),
    ),
    (
        6,
        "job_board",
        include_str!("../migrations/sqlite/0006_job_board.sql"),
    ),
    (
        7,
        "network_contacts",
        include_str!("../migrations/sqlite/0007_network_contacts.sql"),
    ),
    (
        8,
        "erasure_requests",
        include_str!("../migrations/sqlite/0008_erasure_requests.sql"),
    ),
    (
        9,
        "cv_files",
        include_str!("../migrations/sqlite/0009_cv_files.sql"),
    ),
    (
        10,
        "audit_reason",
        include_str!("../migrations/sqlite/0010_audit_reason.sql"),
    ),
    (
        11,
        "index_changes",
        include_str!("../migrations/sqlite/0011_index_changes.sql"),
    ),
    (
        12,
        "jobs",
        include_str!("../migrations/sqlite/0012_jobs.sql"),
    ),
    (
        13,
        "esco_roles",
        include_str!("../migrations/sqlite/0013_esco_roles.sql"),
    ),
    (
        14,
        "intake",
        include_str!("../migrations/sqlite/0014_intake.sql"),
    ),
    (
        15,
        "duplicates_uploads",
        include_str!("../migrations/sqlite/0015_duplicates_uploads.sql"),
    ),
];

/// A store in an SQLite file.
#[derive(Debug, Clone)]
pub struct SqliteStore {
    pub(crate) pool: sqlx::Pool<Db>,
    /// The audit log's group commit.
    audit: shared::AuditQueue,
}

/// How much of the database file is read through a memory map.
const MMAP_BYTES: u64 = 1 << 30;

/// What a committed write on SQLite survives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Durability {
    /// `synchronous=FULL`: every commit is on the disk before it is acknowledged, so it
    /// survives a power loss or an operating-system crash. What Interim runs with.
    #[default]
    PowerLoss,
    /// `synchronous=NORMAL`: commits survive the process being killed, but the last ones
    /// before a power loss can be lost. Only for `interim bench writes` to measure the cost.
    ProcessCrash,
}

impl SqliteStore {
    /// Opens (creating if needed) the SQLite database the URL names, with every commit
    /// durable against power loss.
    pub async fn connect(url: &DatabaseUrl) -> Result<Self> {
        Self::connect_with(url, Durability::PowerLoss).await
    }

    /// Opens the SQLite database the URL names with the durability given.
    pub async fn connect_with(url: &DatabaseUrl, durability: Durability) -> Result<Self> {
        let unreachable = |e: sqlx::Error| Error::Unreachable {
            url: url.redacted(),
            reason: e.to_string(),
        };
        let in_memory = url.expose().contains(":memory:");
        let options = SqliteConnectOptions::from_str(url.expose())
            .map_err(unreachable)?
            .create_if_missing(true)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // Read pages through a memory map instead of a read() per page: the reads of a
            // request (token, user, mandate, the ranked people) then cost no system calls.
            .pragma("mmap_size", MMAP_BYTES.to_string())
            .journal_mode(if in_memory {
                SqliteJournalMode::Memory
            } else {
                SqliteJournalMode::Wal
            })
            .synchronous(match durability {
                Durability::PowerLoss => SqliteSynchronous::Full,
                Durability::ProcessCrash => SqliteSynchronous::Normal,
            });
        // Every connection to `:memory:` would open a database of its own, so an in-memory
        // store keeps exactly one.
        let pool = SqlitePoolOptions::new()
            .max_connections(if in_memory { 1 } else { 8 })
            .min_connections(if in_memory { 1 } else { 0 })
            .idle_timeout(if in_memory {
                None
            } else {
                Some(Duration::from_secs(600))
            })
            .connect_with(options)
            .await
            .map_err(unreachable)?;
        Ok(Self {
            pool,
            audit: shared::AuditQueue::default(),
        })
    }

    /// Starts a transaction that takes the write lock at once, so a read-then-write never
    /// fails half-way on a lock upgrade.
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, Db>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    /// SQLite has no notifications: one process owns the file and its followers poll.
    async fn change_waker(&self) -> Result<Option<Box<dyn crate::ChangeWaker>>> {
        Ok(None)
    }
}

#[allow(
    clippy::duplicate_mod,
    reason = "the same queries are compiled once per backend, against that backend's types"
)]
#[path = "shared.rs"]
mod shared;

#[cfg(test)]
mod tests {
    use super::*;

    /// `PRAGMA synchronous` as every connection of the pool reports it (2 = FULL, 1 = NORMAL).
    async fn synchronous_of(durability: Durability) -> Vec<i64> {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = DatabaseUrl::parse(&format!("sqlite://{}", dir.path().join("d.db").display()))
            .expect("url");
        let store = SqliteStore::connect_with(&url, durability)
            .await
            .expect("open");
        // Several connections at once, so the setting is seen on more than the first.
        let mut held = Vec::new();
        let mut modes = Vec::new();
        for _ in 0..3 {
            let mut connection = store.pool.acquire().await.expect("connection");
            let mode: i64 = sqlx::query_scalar("PRAGMA synchronous")
                .fetch_one(&mut *connection)
                .await
                .expect("pragma");
            modes.push(mode);
            held.push(connection);
        }
        modes
    }

    #[tokio::test]
    async fn every_connection_commits_durably_against_power_loss() {
        assert_eq!(synchronous_of(Durability::PowerLoss).await, vec![2, 2, 2]);
        assert_eq!(
            synchronous_of(Durability::ProcessCrash).await,
            vec![1, 1, 1]
        );
    }
}
