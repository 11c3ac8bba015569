//! The queries of both backends, written once: this file is compiled as a module of
//! `sqlite.rs` and of `postgres.rs`, each of which names its own `Db`, `Backend` and a few
//! constants. SQL here uses only what both databases accept (`$1` placeholders, `RETURNING`).

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::types::Json;

use domain::Invalid;
use domain::candidate::InterimManager;
use domain::candidate::TraitProfile;
use domain::client::{Client, ClientContact};
use domain::consent::ConsentRecord;
use domain::cv::CvFile;
use domain::duplicates::PossibleDuplicate;
use domain::ids::{
    ApplicationId, CandidateId, ClientId, ConsentId, ContactId, EvaluationId, InterviewId,
    MandateId, NetworkContactId, PipelineEntryId, PlacementId, PostingId, QualificationId,
    ReferenceCheckId, ShortlistId, Stored, UserId, Version,
};
use domain::intake::{ImportRecord, ImportReport};
use domain::mandate::{Mandate, StatusMove};
use domain::pipeline::PipelineEntry;
use domain::placement::{ClientEvaluation, ClientFeedback, FeedbackKind, Placement, Shortlist};
use domain::portal::{Application, JobPosting, NetworkContact};
use domain::user::{PasswordHash, User, UserRole};
use domain::values::{EmailAddress, PersonName};
use domain::vetting::{QualificationDecision, ReferenceCheck, VettingInterview};
use domain::vocabulary::{PipelineStage, QualificationOutcome, VettingStatus};

use super::{
    BACKEND_NAME, Backend, CLAIM_JOB, Db, LOCK_ROW, MIGRATION_LOCK, MIGRATIONS, PRUNE_CHANGES,
};
use crate::{
    ApiTokenRecord, CandidateKey, CandidateMerge, ChangeWaker, ClaimedJob, Error, IndexChange,
    JobRecord, MandateRevision, NewJob, Result, SessionRecord, StageChange, Store, StoredCv,
    StoredUser,
};
use domain::audit::{AuditAction, AuditEntry, AuditFilter};

type Tx = sqlx::Transaction<'static, Db>;

/// Turns a database error into a store error, naming what was being written.
fn map_err(what: &'static str, e: sqlx::Error) -> Error {
    if let sqlx::Error::Database(db) = &e {
        match db.kind() {
            sqlx::error::ErrorKind::UniqueViolation => {
                return Error::Duplicate(format!("a {what} with the same unique key exists"));
            }
            sqlx::error::ErrorKind::ForeignKeyViolation => {
                return Error::MissingReference(format!(
                    "the {what} refers to a record that does not exist"
                ));
            }
            _ => {}
        }
    }
    if let sqlx::Error::ColumnDecode { source, .. } = &e {
        return Error::Corrupt {
            what,
            id: 0,
            reason: source.to_string(),
        };
    }
    Error::Database(e)
}

/// Turns rows of (id, version, body) into stored records.
fn stored<I, T>(rows: Vec<(i64, i64, Json<T>)>, id: impl Fn(i64) -> I) -> Vec<Stored<I, T>> {
    rows.into_iter()
        .map(|(i, v, Json(value))| Stored {
            id: id(i),
            version: Version(v),
            value,
        })
        .collect()
}

/// Ids for an `IN (...)` list, written into the statement: integers only, so nothing a caller
/// sends can reach the SQL.
fn id_list(ids: impl Iterator<Item = i64>) -> String {
    ids.map(|id| id.to_string()).collect::<Vec<_>>().join(", ")
}

/// Inserts a pipeline entry on `connection` (the pool's or a transaction's); a candidate
/// already in the pipeline is refused as a duplicate, named.
async fn insert_entry(
    connection: &mut <Db as sqlx::Database>::Connection,
    entry: &PipelineEntry,
) -> Result<PipelineEntryId> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO pipeline_entries (mandate_id, candidate_id, stage, body) VALUES ($1, $2, $3, $4) RETURNING id",
    )
    .bind(entry.mandate_id.0)
    .bind(entry.candidate_id.0)
    .bind(entry.stage().code())
    .bind(Json(entry))
    .fetch_one(connection)
    .await
    .map_err(|e| match map_err("pipeline entry", e) {
        Error::Duplicate(_) => Error::Duplicate(format!(
            "interim manager {} is already in the pipeline of mandate {}",
            entry.candidate_id, entry.mandate_id
        )),
        other => other,
    })?;
    Ok(PipelineEntryId(id))
}

/// Rows of (seq, candidate id) as change-feed entries.
fn index_changes_of(rows: Vec<(i64, i64)>) -> Vec<IndexChange> {
    rows.into_iter()
        .map(|(seq, candidate)| IndexChange {
            seq,
            candidate_id: CandidateId(candidate),
        })
        .collect()
}

/// The stored records of `table` whose `column` is one of `ids`, ordered by id: one query,
/// the ids written into it by [`id_list`].
async fn stored_where_in<I, T>(
    pool: &sqlx::Pool<Db>,
    table: &str,
    column: &str,
    ids: impl Iterator<Item = i64>,
    what: &'static str,
    id: impl Fn(i64) -> I,
) -> Result<Vec<Stored<I, T>>>
where
    Json<T>: for<'r> sqlx::Decode<'r, Db> + sqlx::Type<Db>,
    T: Send + Unpin,
{
    let list = id_list(ids);
    if list.is_empty() {
        return Ok(Vec::new());
    }
    let sql =
        format!("SELECT id, version, body FROM {table} WHERE {column} IN ({list}) ORDER BY id");
    let rows = sqlx::query_as(&sql)
        .fetch_all(pool)
        .await
        .map_err(|e| map_err(what, e))?;
    Ok(stored(rows, id))
}

/// After an update touched no row: the record is gone, or it moved on.
async fn refused(pool: &sqlx::Pool<Db>, table: &'static str, what: &'static str, id: i64) -> Error {
    let sql = format!("SELECT version FROM {table} WHERE id = $1");
    match sqlx::query_scalar::<_, i64>(&sql)
        .bind(id)
        .fetch_optional(pool)
        .await
    {
        Ok(Some(current)) => Error::Stale {
            what,
            id,
            current: Version(current),
        },
        Ok(None) => Error::NotFound { what, id },
        Err(e) => Error::Database(e),
    }
}

/// Reads one (version, body) row inside a transaction, locking it where the backend can, and
/// checks the version the caller expects.
async fn read_for_write<T>(
    tx: &mut Tx,
    table: &'static str,
    what: &'static str,
    id: i64,
    expected: Option<Version>,
) -> Result<(Version, T)>
where
    Json<T>: for<'r> sqlx::Decode<'r, Db> + sqlx::Type<Db>,
    T: Send + Unpin,
{
    let sql = format!("SELECT version, body FROM {table} WHERE id = $1{LOCK_ROW}");
    let row: Option<(i64, Json<T>)> = sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(&mut **tx)
        .await
        .map_err(|e| map_err(what, e))?;
    let (version, Json(value)) = row.ok_or(Error::NotFound { what, id })?;
    let version = Version(version);
    match expected {
        Some(v) if v != version => Err(Error::Stale {
            what,
            id,
            current: version,
        }),
        _ => Ok((version, value)),
    }
}

const CANDIDATE_COLUMNS: &str = "name, email, profile_kind, source, vetting_status, qualified_until, day_rate, currency, \
    lat, lon, relocate, available_from, consent_until, languages, body, updated_at, external_id, phone_e164, notice_due, \
    name_key";

/// The placeholders of [`CANDIDATE_COLUMNS`], in order.
const CANDIDATE_VALUES: &str =
    "$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20";

fn bind_candidate<'q>(
    q: sqlx::query::Query<'q, Db, <Db as sqlx::Database>::Arguments<'q>>,
    c: &'q InterimManager,
    now: DateTime<Utc>,
) -> sqlx::query::Query<'q, Db, <Db as sqlx::Database>::Arguments<'q>> {
    q.bind(c.name.as_str())
        .bind(c.email.as_str())
        .bind(c.profile_kind.code())
        .bind(c.source.to_string())
        .bind(c.vetting.status.code())
        .bind(c.vetting.qualified_until)
        .bind(i64::from(c.day_rate.amount))
        .bind(c.day_rate.currency.code())
        .bind(c.home.lat)
        .bind(c.home.lon)
        .bind(c.mobility.relocate)
        .bind(c.availability.available_from)
        .bind(c.consent_until)
        .bind(Json(&c.languages))
        .bind(Json(c))
        .bind(now)
        .bind(c.external_id.as_ref().map(|x| x.as_str().to_owned()))
        .bind(c.phone_e164())
        .bind(c.basis.notice_due())
        .bind(domain::duplicates::name_key(c.name.as_str()))
}

fn user_from_row(row: UserRow) -> Result<StoredUser> {
    let (id, version, email, display_name, role, client_id, candidate_id, hash, active) = row;
    let corrupt = |e: Invalid| Error::Corrupt {
        what: "user",
        id,
        reason: e.to_string(),
    };
    let role = UserRole::parse(&role, client_id.or(candidate_id)).map_err(corrupt)?;
    Ok(Stored {
        id: UserId(id),
        version: Version(version),
        value: User {
            email: EmailAddress::parse(&email).map_err(corrupt)?,
            display_name: PersonName::parse(&display_name).map_err(corrupt)?,
            role,
            password_hash: PasswordHash::from_stored(hash),
            active,
        },
    })
}

type UserRow = (
    i64,
    i64,
    String,
    String,
    String,
    Option<i64>,
    Option<i64>,
    String,
    bool,
);
const USER_COLUMNS: &str =
    "id, version, email, display_name, role, client_id, candidate_id, password_hash, active";

/// [`USER_COLUMNS`] of the table aliased `alias`, for a join.
fn user_columns_of(alias: &str) -> String {
    USER_COLUMNS
        .split(", ")
        .map(|c| format!("{alias}.{c}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The user columns of a joined row, from column `at` on, in [`USER_COLUMNS`] order.
fn user_row_at(row: &<Db as sqlx::Database>::Row, at: usize) -> Result<UserRow> {
    use sqlx::Row;
    Ok((
        row.try_get(at)?,
        row.try_get(at + 1)?,
        row.try_get(at + 2)?,
        row.try_get(at + 3)?,
        row.try_get(at + 4)?,
        row.try_get(at + 5)?,
        row.try_get(at + 6)?,
        row.try_get(at + 7)?,
        row.try_get(at + 8)?,
    ))
}

#[async_trait]
impl Store for Backend {
    fn backend(&self) -> &'static str {
        BACKEND_NAME
    }

    async fn migrate(&self) -> Result<()> {
        sqlx::raw_sql(
            "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
        )
        .execute(&self.pool)
        .await?;
        let mut tx = self.begin_write().await?;
        if let Some(lock) = MIGRATION_LOCK {
            sqlx::Executor::execute(&mut *tx, lock).await?;
        }
        let applied: Vec<i64> = sqlx::query_scalar("SELECT version FROM schema_migrations")
            .fetch_all(&mut *tx)
            .await?;
        for (version, name, sql) in MIGRATIONS {
            if applied.contains(version) {
                continue;
            }
            tracing::info!(version, name, "applying migration");
            sqlx::Executor::execute(&mut *tx, *sql).await?;
            sqlx::query(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)",
            )
            .bind(version)
            .bind(name)
            .bind(Utc::now().to_rfc3339())
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        // Rows written before the name key existed get it now (it is the application's
        // folding, not SQL's).
        loop {
            let rows: Vec<(i64, String)> = sqlx::query_as(
                "SELECT id, name FROM candidates WHERE name_key IS NULL ORDER BY id LIMIT 1000",
            )
            .fetch_all(&self.pool)
            .await?;
            if rows.is_empty() {
                break;
            }
            let mut tx = self.begin_write().await?;
            for (id, name) in rows {
                sqlx::query("UPDATE candidates SET name_key = $1 WHERE id = $2")
                    .bind(domain::duplicates::name_key(&name))
                    .bind(id)
                    .execute(&mut *tx)
                    .await?;
            }
            tx.commit().await?;
        }
        Ok(())
    }

    async fn ping(&self) -> Result<()> {
        // A plain `1` is INT4 on PostgreSQL and would not decode as i64.
        sqlx::query_scalar::<_, i64>("SELECT CAST(1 AS BIGINT)")
            .fetch_one(&self.pool)
            .await?;
        Ok(())
    }

    async fn close(&self) {
        self.pool.close().await;
    }

    async fn insert_user(&self, user: &User, at: DateTime<Utc>) -> Result<UserId> {
        let (client_id, candidate_id) = match user.role {
            UserRole::Client { client_id } => (Some(client_id.0), None),
            UserRole::InterimManager { candidate_id } => (None, Some(candidate_id.0)),
            _ => (None, None),
        };
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO users (email, display_name, role, client_id, candidate_id, password_hash, active, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id",
        )
        .bind(user.email.as_str())
        .bind(user.display_name.as_str())
        .bind(user.role.code())
        .bind(client_id)
        .bind(candidate_id)
        .bind(user.password_hash.as_str())
        .bind(user.active)
        .bind(at)
        .fetch_one(&self.pool)
        .await
        .map_err(|e| match map_err("user", e) {
            Error::Duplicate(_) => Error::Duplicate(format!("a user with e-mail {} exists already", user.email)),
            other => other,
        })?;
        Ok(UserId(id))
    }

    async fn user_by_email(&self, email: &str) -> Result<Option<StoredUser>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE email = $1");
        let row: Option<UserRow> = sqlx::query_as(&sql)
            .bind(email.trim().to_lowercase())
            .fetch_optional(&self.pool)
            .await?;
        row.map(user_from_row).transpose()
    }

    async fn user(&self, id: UserId) -> Result<StoredUser> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
        let row: Option<UserRow> = sqlx::query_as(&sql)
            .bind(id.0)
            .fetch_optional(&self.pool)
            .await?;
        user_from_row(row.ok_or(Error::NotFound {
            what: "user",
            id: id.0,
        })?)
    }

    async fn users(&self) -> Result<Vec<StoredUser>> {
        let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY id");
        let rows: Vec<UserRow> = sqlx::query_as(&sql).fetch_all(&self.pool).await?;
        rows.into_iter().map(user_from_row).collect()
    }

    async fn client_names(&self, ids: &[ClientId]) -> Result<Vec<(ClientId, String)>> {
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT id, name FROM clients WHERE id IN ({}) ORDER BY id",
            id_list(ids.iter().map(|id| id.0))
        );
        let rows: Vec<(i64, String)> = sqlx::query_as(&sql).fetch_all(&self.pool).await?;
        Ok(rows
            .into_iter()
            .map(|(id, name)| (ClientId(id), name))
            .collect())
    }

    async fn insert_client(&self, client: &Client) -> Result<ClientId> {
        let id: i64 =
            sqlx::query_scalar("INSERT INTO clients (name, body) VALUES ($1, $2) RETURNING id")
                .bind(client.name.as_str())
                .bind(Json(client))
                .fetch_one(&self.pool)
                .await
                .map_err(|e| map_err("client", e))?;
        Ok(ClientId(id))
    }

    async fn client(&self, id: ClientId) -> Result<Stored<ClientId, Client>> {
        let row: Option<(i64, i64, Json<Client>)> =
            sqlx::query_as("SELECT id, version, body FROM clients WHERE id = $1")
                .bind(id.0)
                .fetch_optional(&self.pool)
                .await
                .map_err(|e| map_err("client", e))?;
        stored(row.into_iter().collect(), ClientId)
            .pop()
            .ok_or(Error::NotFound {
                what: "client",
                id: id.0,
            })
    }

    async fn clients(&self) -> Result<Vec<Stored<ClientId, Client>>> {
        let rows = sqlx::query_as("SELECT id, version, body FROM clients ORDER BY name, id")
            .fetch_all(&self.pool)
            .await
            .map_err(|e| map_err("client", e))?;
        Ok(stored(rows, ClientId))
    }

    async fn set_user_active(&self, id: UserId, active: bool, at: DateTime<Utc>) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query("UPDATE users SET active = $1, version = version + 1 WHERE id = $2")
            .bind(active)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        if done.rows_affected() == 0 {
            return Err(Error::NotFound {
                what: "user",
                id: id.0,
            });
        }
        if !active {
            sqlx::query("DELETE FROM sessions WHERE user_id = $1")
                .bind(id.0)
                .execute(&mut *tx)
                .await?;
            sqlx::query(
                "UPDATE api_tokens SET revoked_at = $1 WHERE user_id = $2 AND revoked_at IS NULL",
            )
            .bind(at)
            .bind(id.0)
            .execute(&mut *tx)
            .await?;
        }
        tx.commit().await?;
        Ok(())
    }

    async fn update_client(
        &self,
        id: ClientId,
        expected: Version,
        client: &Client,
    ) -> Result<Version> {
        let done = sqlx::query("UPDATE clients SET name = $1, body = $2, version = version + 1 WHERE id = $3 AND version = $4")
            .bind(client.name.as_str())
            .bind(Json(client))
            .bind(id.0)
            .bind(expected.0)
            .execute(&self.pool)
            .await
            .map_err(|e| map_err("client", e))?;
        if done.rows_affected() == 0 {
            return Err(refused(&self.pool, "clients", "client", id.0).await);
        }
        Ok(expected.next())
    }

    async fn insert_contact(&self, contact: &ClientContact) -> Result<ContactId> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO client_contacts (client_id, body) VALUES ($1, $2) RETURNING id",
        )
        .bind(contact.client_id.0)
        .bind(Json(contact))
        .fetch_one(&self.pool)
        .await
        .map_err(|e| map_err("contact", e))?;
        Ok(ContactId(id))
    }

    async fn contacts_of(&self, client: ClientId) -> Result<Vec<Stored<ContactId, ClientContact>>> {
        let rows = sqlx::query_as(
            "SELECT id, version, body FROM client_contacts WHERE client_id = $1 ORDER BY id",
        )
        .bind(client.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("contact", e))?;
        Ok(stored(rows, ContactId))
    }

    async fn insert_candidates(&self, candidates: &[InterimManager]) -> Result<Vec<CandidateId>> {
        self.write_candidates(candidates, &[]).await
    }

    async fn candidate_ids_named(&self, text: &str, limit: u32) -> Result<Vec<CandidateId>> {
        let words: String = text.trim().to_lowercase();
        if words.is_empty() {
            return Ok(Vec::new());
        }
        // LIKE's own wildcards in the input are matched literally.
        let escape = |s: &str| {
            s.replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_")
        };
        let as_typed = escape(text.trim());
        let escaped = escape(&words);
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT id FROM candidates WHERE lower(name) LIKE $1 ESCAPE '\\' OR name LIKE $2 ESCAPE '\\' \
             ORDER BY name, id LIMIT $3",
        )
        .bind(format!("%{escaped}%"))
        // As typed too: SQLite's lower() folds only ASCII, so "Øystein" is found as written.
        .bind(format!("%{as_typed}%"))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("interim manager", e))?;
        Ok(ids.into_iter().map(CandidateId).collect())
    }

    async fn candidates_by_id(
        &self,
        ids: &[CandidateId],
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>> {
        let mut found: std::collections::HashMap<CandidateId, Stored<CandidateId, InterimManager>> =
            self.candidates_among(ids)
                .await?
                .into_iter()
                .map(|c| (c.id, c))
                .collect();
        let mut out = Vec::with_capacity(ids.len());
        for id in ids {
            match found.remove(id) {
                Some(c) => out.push(c),
                None => return Err(self.missing_candidate(*id).await),
            }
        }
        Ok(out)
    }

    async fn candidate(&self, id: CandidateId) -> Result<Stored<CandidateId, InterimManager>> {
        let row: Option<(i64, i64, Json<InterimManager>)> =
            sqlx::query_as("SELECT id, version, body FROM candidates WHERE id = $1")
                .bind(id.0)
                .fetch_optional(&self.pool)
                .await
                .map_err(|e| map_err("interim manager", e))?;
        match stored(row.into_iter().collect(), CandidateId).pop() {
            Some(found) => Ok(found),
            None => Err(self.missing_candidate(id).await),
        }
    }

    async fn update_candidate(
        &self,
        id: CandidateId,
        expected: Version,
        candidate: &InterimManager,
    ) -> Result<Version> {
        candidate.check()?;
        let sql = format!(
            "UPDATE candidates SET ({CANDIDATE_COLUMNS}) = ({CANDIDATE_VALUES}), \
             version = version + 1 WHERE id = $21 AND version = $22"
        );
        let done = bind_candidate(sqlx::query(&sql), candidate, Utc::now())
            .bind(id.0)
            .bind(expected.0)
            .execute(&self.pool)
            .await
            .map_err(|e| map_err("interim manager", e))?;
        if done.rows_affected() == 0 {
            return Err(refused(&self.pool, "candidates", "interim manager", id.0).await);
        }
        Ok(expected.next())
    }

    async fn candidates_matching(
        &self,
        key: &CandidateKey,
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>> {
        // A record merged away is found by its keys too: the survivor answers for it.
        let rows: Vec<(i64, i64, Json<InterimManager>)> = sqlx::query_as(
            "SELECT id, version, body FROM candidates \
             WHERE (source = $1 AND external_id = $2) OR email = $3 OR phone_e164 = $4 \
                OR id IN (SELECT survivor_id FROM candidate_merges \
                          WHERE (source = $1 AND external_id = $2) OR email = $3 OR phone_e164 = $4) \
             ORDER BY CASE WHEN source = $1 AND external_id = $2 THEN 0 \
                           WHEN email = $3 THEN 1 WHEN phone_e164 = $4 THEN 2 ELSE 3 END, id LIMIT 10",
        )
        .bind(&key.source)
        .bind(key.external_id.as_deref())
        .bind(&key.email)
        .bind(key.phone_e164.as_deref())
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("interim manager", e))?;
        Ok(stored(rows, CandidateId))
    }

    async fn write_candidates(
        &self,
        creates: &[InterimManager],
        updates: &[(CandidateId, Version, InterimManager)],
    ) -> Result<Vec<CandidateId>> {
        for (i, c) in creates.iter().enumerate() {
            c.check().map_err(|e| e.within(&format!("[{i}]")))?;
        }
        for (id, _, c) in updates {
            c.check()
                .map_err(|e| e.within(&format!("candidate {}", id.0)))?;
        }
        let insert = format!(
            "INSERT INTO candidates ({CANDIDATE_COLUMNS}) VALUES ({CANDIDATE_VALUES}) RETURNING id"
        );
        let update = format!(
            "UPDATE candidates SET ({CANDIDATE_COLUMNS}) = ({CANDIDATE_VALUES}), \
             version = version + 1 WHERE id = $21 AND version = $22"
        );
        let now = Utc::now();
        let mut tx = self.begin_write().await?;
        let mut ids = Vec::with_capacity(creates.len());
        for c in creates {
            let id: i64 = bind_candidate(sqlx::query(&insert), c, now)
                .fetch_one(&mut *tx)
                .await
                .and_then(|row| sqlx::Row::try_get(&row, 0))
                .map_err(|e| match map_err("interim manager", e) {
                    Error::Duplicate(_) => Error::Duplicate(match &c.external_id {
                        None => {
                            format!("an interim manager with e-mail {} exists already", c.email)
                        }
                        Some(id) => format!(
                            "an interim manager with e-mail {} or id {id} in {} exists already",
                            c.email, c.source
                        ),
                    }),
                    other => other,
                })?;
            ids.push(CandidateId(id));
        }
        for (id, version, c) in updates {
            let done = bind_candidate(sqlx::query(&update), c, now)
                .bind(id.0)
                .bind(version.0)
                .execute(&mut *tx)
                .await
                .map_err(|e| map_err("interim manager", e))?;
            if done.rows_affected() == 0 {
                return Err(Error::Stale {
                    what: "interim manager",
                    id: id.0,
                    current: *version,
                });
            }
        }
        tx.commit().await?;
        Ok(ids)
    }

    async fn insert_import(&self, import: &ImportRecord) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO imports (source, file_name, format, dry_run, strict, status, started_by, started_at, finished_at, report) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
        )
        .bind(&import.source)
        .bind(&import.file_name)
        .bind(&import.format)
        .bind(import.dry_run)
        .bind(import.strict)
        .bind(&import.status)
        .bind(import.started_by.map(|u| u.0))
        .bind(import.started_at)
        .bind(import.finished_at)
        .bind(Json(&import.report))
        .fetch_one(&self.pool)
        .await
        .map_err(|e| map_err("import", e))?;
        Ok(id)
    }

    async fn finish_import(
        &self,
        id: i64,
        status: &str,
        report: &ImportReport,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE imports SET status = $1, report = $2, finished_at = $3, rows_done = rows_total \
             WHERE id = $4",
        )
        .bind(status)
        .bind(Json(report))
        .bind(at)
        .bind(id)
        .execute(&mut *tx)
        .await
        .map_err(|e| map_err("import", e))?;
        // The file uploaded for it has been read: it is not kept beyond the import.
        sqlx::query("DELETE FROM import_files WHERE import_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        if done.rows_affected() == 0 {
            return Err(Error::NotFound { what: "import", id });
        }
        Ok(())
    }

    async fn imports(&self, limit: u32) -> Result<Vec<(i64, ImportRecord)>> {
        let rows: Vec<ImportRow> = sqlx::query_as(&format!(
            "SELECT {IMPORT_COLUMNS} FROM imports ORDER BY id DESC LIMIT $1"
        ))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("import", e))?;
        Ok(rows
            .into_iter()
            .map(|r| {
                let (id, record, _, _) = import_from_row(r);
                (id, record)
            })
            .collect())
    }

    async fn import_record(&self, id: i64) -> Result<(ImportRecord, u64, u64)> {
        let row: Option<ImportRow> = sqlx::query_as(&format!(
            "SELECT {IMPORT_COLUMNS} FROM imports WHERE id = $1"
        ))
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| map_err("import", e))?;
        let (_, record, done, total) =
            import_from_row(row.ok_or(Error::NotFound { what: "import", id })?);
        Ok((record, done, total))
    }

    async fn put_import_file(&self, id: i64, bytes: &[u8]) -> Result<()> {
        sqlx::query("INSERT INTO import_files (import_id, bytes, mapping) VALUES ($1, $2, $3)")
            .bind(id)
            .bind(bytes)
            .bind(Json(Vec::<(String, String)>::new()))
            .execute(&self.pool)
            .await
            .map_err(|e| map_err("import file", e))?;
        Ok(())
    }

    async fn import_file(&self, id: i64) -> Result<Option<(Vec<u8>, Vec<(String, String)>)>> {
        let row: Option<(Vec<u8>, Json<Vec<(String, String)>>)> =
            sqlx::query_as("SELECT bytes, mapping FROM import_files WHERE import_id = $1")
                .bind(id)
                .fetch_optional(&self.pool)
                .await
                .map_err(|e| map_err("import file", e))?;
        Ok(row.map(|(bytes, Json(mapping))| (bytes, mapping)))
    }

    async fn start_import(
        &self,
        id: i64,
        source: &str,
        dry_run: bool,
        strict: bool,
        mapping: &[(String, String)],
    ) -> Result<()> {
        let mut tx = self.begin_write().await?;
        let done = sqlx::query(
            "UPDATE imports SET source = $1, dry_run = $2, strict = $3, status = 'queued' \
             WHERE id = $4 AND status = 'uploaded'",
        )
        .bind(source)
        .bind(dry_run)
        .bind(strict)
        .bind(id)
        .execute(&mut *tx)
        .await
        .map_err(|e| map_err("import", e))?;
        if done.rows_affected() == 0 {
            return Err(Error::Duplicate(format!(
                "import {id} is not waiting to start: it was started already, or does not exist"
            )));
        }
        sqlx::query("UPDATE import_files SET mapping = $1 WHERE import_id = $2")
            .bind(Json(mapping))
            .bind(id)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn import_progress(&self, id: i64, status: &str, done: u64, total: u64) -> Result<()> {
        sqlx::query(
            "UPDATE imports SET status = $1, rows_done = $2, rows_total = $3 WHERE id = $4",
        )
        .bind(status)
        .bind(done as i64)
        .bind(total as i64)
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(|e| map_err("import", e))?;
        Ok(())
    }

    async fn import_mapping(&self, source: &str) -> Result<Option<Vec<(String, String)>>> {
        let row: Option<(Json<Vec<(String, String)>>,)> =
            sqlx::query_as("SELECT mapping FROM import_mappings WHERE source = $1")
                .bind(source)
                .fetch_optional(&self.pool)
                .await
                .map_err(|e| map_err("import mapping", e))?;
        Ok(row.map(|(m,)| m.0))
    }

    async fn put_import_mapping(&self, source: &str, mapping: &[(String, String)]) -> Result<()> {
        sqlx::query(
            "INSERT INTO import_mappings (source, mapping, updated_at) VALUES ($1, $2, $3) \
             ON CONFLICT (source) DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at",
        )
        .bind(source)
        .bind(Json(mapping))
        .bind(Utc::now())
        .execute(&self.pool)
        .await
        .map_err(|e| map_err("import mapping", e))?;
        Ok(())
    }

    async fn count_candidates(&self) -> Result<u64> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM candidates")
            .fetch_one(&self.pool)
            .await?;
        Ok(n.max(0) as u64)
    }

    async fn candidates_named_alike(
        &self,
        keys: &[String],
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>> {
        let mut out = Vec::new();
        for chunk in keys.chunks(500) {
            let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
            let sql = format!(
                "SELECT id, version, body FROM candidates WHERE name_key IN ({}) ORDER BY id",
                placeholders.join(", ")
            );
            let mut query = sqlx::query_as::<_, (i64, i64, Json<InterimManager>)>(&sql);
            for key in chunk {
                query = query.bind(key);
            }
            let rows = query
                .fetch_all(&self.pool)
                .await
                .map_err(|e| map_err("interim manager", e))?;
            out.extend(stored(rows, CandidateId));
        }
        out.sort_by_key(|c| c.id);
        out.dedup_by_key(|c| c.id);
        Ok(out)
    }

    async fn record_possible_duplicates(
        &self,
        pairs: &[(CandidateId, CandidateId, Vec<String>)],
        at: DateTime<Utc>,
    ) -> Result<u64> {
        let mut tx = self.begin_write().await?;
        let mut new = 0;
        for (a, b, reasons) in pairs {
            if a == b {
                continue;
            }
            let (first, second) = if a < b { (a, b) } else { (b, a) };
            new += sqlx::query(
                "INSERT INTO possible_duplicates (first_id, second_id, reasons, status, found_at) \
                 VALUES ($1, $2, $3, 'open', $4) ON CONFLICT (first_id, second_id) DO NOTHING",
            )
            .bind(first.0)
            .bind(second.0)
            .bind(Json(reasons))
            .bind(at)
            .execute(&mut *tx)
            .await
            .map_err(|e| map_err("possible duplicate", e))?
            .rows_affected();
        }
        tx.commit().await?;
        Ok(new)
    }

    async fn possible_duplicates(
        &self,
        status: &str,
        limit: u32,
    ) -> Result<Vec<PossibleDuplicate>> {
        let rows: Vec<DuplicateRow> = sqlx::query_as(
            "SELECT id, first_id, second_id, reasons, status, found_at FROM possible_duplicates \
             WHERE status = $1 ORDER BY id LIMIT $2",
        )
        .bind(status)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("possible duplicate", e))?;
        Ok(rows.into_iter().map(duplicate_from_row).collect())
    }

    async fn possible_duplicate(&self, id: i64) -> Result<PossibleDuplicate> {
        let row: Option<DuplicateRow> = sqlx::query_as(
            "SELECT id, first_id, second_id, reasons, status, found_at FROM possible_duplicates \
             WHERE id = $1",
        )
        .bind(id)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| map_err("possible duplicate", e))?;
        row.map(duplicate_from_row).ok_or(Error::NotFound {
            what: "possible duplicate",
            id,
        })
    }

    async fn decide_possible_duplicate(
        &self,
        id: i64,
        status: &str,
        by: UserId,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let done = sqlx::query(
            "UPDATE possible_duplicates SET status = $1, decided_by = $2, decided_at = $3 \
             WHERE id = $4 AND status = 'open'",
        )
        .bind(status)
        .bind(by.0)
        .bind(at)
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(|e| map_err("possible duplicate", e))?;
        if done.rows_affected() == 0 {
            self.possible_duplicate(id).await?;
            return Err(Error::Duplicate(format!(
                "possible duplicate {id} was decided already"
            )));
        }
        Ok(())
    }

    async fn merge_candidates(&self, merge: &CandidateMerge<'_>) -> Result<()> {
        merge.survivor_record.check()?;
        let (s, m) = (merge.survivor.0, merge.merged.0);
        let mut tx = self.begin_write().await?;
        let sql = format!(
            "UPDATE candidates SET ({CANDIDATE_COLUMNS}) = ({CANDIDATE_VALUES}), \
             version = version + 1 WHERE id = $21 AND version = $22"
        );
        let done = bind_candidate(sqlx::query(&sql), merge.survivor_record, merge.at)
            .bind(s)
            .bind(merge.expected.0)
            .execute(&mut *tx)
            .await
            .map_err(|e| map_err("interim manager", e))?;
        if done.rows_affected() == 0 {
            return Err(refused(&self.pool, "candidates", "interim manager", s).await);
        }
        for (table, ids) in [
            ("pipeline_entries", &merge.drop_pipeline_entries),
            ("pipeline_entries", &merge.drop_survivor_entries),
        ] {
            if !ids.is_empty() {
                let sql = format!(
                    "DELETE FROM {table} WHERE id IN ({}) AND candidate_id IN ($1, $2)",
                    id_list(ids.iter().map(|i| i.0))
                );
                sqlx::query(&sql).bind(s).bind(m).execute(&mut *tx).await?;
            }
        }
        if !merge.drop_applications.is_empty() {
            let sql = format!(
                "DELETE FROM applications WHERE id IN ({}) AND candidate_id = $1",
                id_list(merge.drop_applications.iter().map(|i| i.0))
            );
            sqlx::query(&sql).bind(m).execute(&mut *tx).await?;
        }
        if merge.drop_cv {
            sqlx::query("DELETE FROM cv_files WHERE candidate_id = $1")
                .bind(m)
                .execute(&mut *tx)
                .await?;
        }
        if merge.replace_cv {
            sqlx::query("DELETE FROM cv_files WHERE candidate_id = $1")
                .bind(s)
                .execute(&mut *tx)
                .await?;
        }
        // Rows that name the person in a column and in their body.
        for (table, column) in [
            ("pipeline_entries", "candidate_id"),
            ("placements", "candidate_id"),
            ("consent_records", "candidate_id"),
            ("vetting_interviews", "candidate_id"),
            ("reference_checks", "candidate_id"),
            ("qualification_decisions", "candidate_id"),
            ("client_feedback", "candidate_id"),
            ("applications", "candidate_id"),
            ("network_contacts", "owner"),
        ] {
            let rows: Vec<(i64, Json<serde_json::Value>)> =
                sqlx::query_as(&format!("SELECT id, body FROM {table} WHERE {column} = $1"))
                    .bind(m)
                    .fetch_all(&mut *tx)
                    .await?;
            for (id, Json(mut body)) in rows {
                renumber(&mut body, m, s);
                sqlx::query(&format!(
                    "UPDATE {table} SET {column} = $1, body = $2 WHERE id = $3"
                ))
                .bind(s)
                .bind(Json(&body))
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(|e| map_err("merged record", e))?;
            }
        }
        // Rows that name the person in a column only.
        for (table, column) in [
            ("erasure_requests", "candidate_id"),
            ("users", "candidate_id"),
            ("cv_files", "candidate_id"),
        ] {
            sqlx::query(&format!(
                "UPDATE {table} SET {column} = $1 WHERE {column} = $2"
            ))
            .bind(s)
            .bind(m)
            .execute(&mut *tx)
            .await
            .map_err(|e| map_err("merged record", e))?;
        }
        // Bodies that name the person inside (a shortlist's entries, an evaluation, a
        // client's excluded candidates): the text finds the candidates, the JSON is exact.
        for table in ["shortlists", "client_evaluations", "clients"] {
            let rows: Vec<(i64, Json<serde_json::Value>)> = sqlx::query_as(&format!(
                "SELECT id, body FROM {table} WHERE CAST(body AS TEXT) LIKE $1"
            ))
            .bind(format!("%{m}%"))
            .fetch_all(&mut *tx)
            .await?;
            for (id, Json(mut body)) in rows {
                if renumber(&mut body, m, s) {
                    sqlx::query(&format!("UPDATE {table} SET body = $1 WHERE id = $2"))
                        .bind(Json(&body))
                        .bind(id)
                        .execute(&mut *tx)
                        .await?;
                }
            }
        }
        sqlx::query("DELETE FROM candidates WHERE id = $1")
            .bind(m)
            .execute(&mut *tx)
            .await
            .map_err(|e| map_err("merged record", e))?;
        let r = merge.merged_record;
        sqlx::query(
            "INSERT INTO candidate_merges (merged_id, survivor_id, merged_at, email, phone_e164, \
             source, external_id, merged_by, report) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(m)
        .bind(s)
        .bind(merge.at)
        .bind(r.email.as_str())
        .bind(r.phone_e164())
        .bind(r.source.to_string())
        .bind(r.external_id.as_ref().map(|x| x.as_str().to_owned()))
        .bind(merge.by.0)
        .bind(Json(&merge.report))
        .execute(&mut *tx)
        .await
        .map_err(|e| map_err("merge", e))?;
        sqlx::query("UPDATE candidate_merges SET survivor_id = $1 WHERE survivor_id = $2")
            .bind(s)
            .bind(m)
            .execute(&mut *tx)
            .await?;
        let (first, second) = if s < m { (s, m) } else { (m, s) };
        sqlx::query(
            "UPDATE possible_duplicates SET status = 'merged', decided_by = $1, decided_at = $2 \
             WHERE first_id = $3 AND second_id = $4",
        )
        .bind(merge.by.0)
        .bind(merge.at)
        .bind(first)
        .bind(second)
        .execute(&mut *tx)
        .await?;
        // Other open pairs of the merged record are asked again of the survivor.
        sqlx::query(
            "DELETE FROM possible_duplicates WHERE status = 'open' AND (first_id = $1 OR second_id = $1)",
        )
        .bind(m)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(())
    }

    async fn merged_into(&self, id: CandidateId) -> Result<Option<CandidateId>> {
        let survivor: Option<i64> =
            sqlx::query_scalar("SELECT survivor_id FROM candidate_merges WHERE merged_id = $1")
                .bind(id.0)
                .fetch_optional(&self.pool)
                .await?;
        Ok(survivor.map(CandidateId))
    }

    async fn candidates_after(
        &self,
        after: CandidateId,
        limit: u32,
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>> {
        let rows = sqlx::query_as(
            "SELECT id, version, body FROM candidates WHERE id > $1 ORDER BY id LIMIT $2",
        )
        .bind(after.0)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("interim manager", e))?;
        Ok(stored(rows, CandidateId))
    }

    async fn insert_mandate(&self, mandate: &Mandate) -> Result<MandateId> {
        mandate.check()?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO mandates (client_id, consultant_id, status, opened_at, body) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(mandate.client_id.0)
        .bind(mandate.consultant_id.map(|u| u.0))
        .bind(mandate.status.code())
        .bind(mandate.opened_at)
        .bind(Json(mandate))
        .fetch_one(&self.pool)
        .await
        .map_err(|e| map_err("mandate", e))?;
        Ok(MandateId(id))
    }

    async fn mandate_revisions(&self, id: MandateId) -> Result<Vec<MandateRevision>> {
        let rows: Vec<(i64, Json<Mandate>, DateTime<Utc>)> = sqlx::query_as(
            "SELECT version, body, replaced_at FROM mandate_revisions WHERE mandate_id = $1 ORDER BY version",
        )
        .bind(id.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("mandate", e))?;
        Ok(rows
            .into_iter()
            .map(|(version, Json(mandate), replaced_at)| MandateRevision {
                version: Version(version),
                mandate,
                replaced_at,
            })
            .collect())
    }

    async fn mandate(&self, id: MandateId) -> Result<Stored<MandateId, Mandate>> {
        let row: Option<(i64, i64, Json<Mandate>)> =
            sqlx::query_as("SELECT id, version, body FROM mandates WHERE id = $1")
                .bind(id.0)
                .fetch_optional(&self.pool)
                .await
                .map_err(|e| map_err("mandate", e))?;
        stored(row.into_iter().collect(), MandateId)
            .pop()
            .ok_or(Error::NotFound {
                what: "mandate",
                id: id.0,
            })
    }

    async fn mandate_with_client(
        &self,
        id: MandateId,
    ) -> Result<(Stored<MandateId, Mandate>, Stored<ClientId, Client>)> {
        type Row = (i64, i64, Json<Mandate>, i64, i64, Json<Client>);
        let row: Option<Row> = sqlx::query_as(
            "SELECT m.id, m.version, m.body, c.id, c.version, c.body \
             FROM mandates m JOIN clients c ON c.id = m.client_id WHERE m.id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| map_err("mandate", e))?;
        let (m, mv, Json(mandate), c, cv, Json(client)) = row.ok_or(Error::NotFound {
            what: "mandate",
            id: id.0,
        })?;
        Ok((
            Stored {
                id: MandateId(m),
                version: Version(mv),
                value: mandate,
            },
            Stored {
                id: ClientId(c),
                version: Version(cv),
                value: client,
            },
        ))
    }

    async fn mandates(&self) -> Result<Vec<Stored<MandateId, Mandate>>> {
        let rows = sqlx::query_as(
            "SELECT id, version, body FROM mandates ORDER BY opened_at DESC, id DESC",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("mandate", e))?;
        Ok(stored(rows, MandateId))
    }

    async fn mandates_of_client(
        &self,
        client: ClientId,
    ) -> Result<Vec<Stored<MandateId, Mandate>>> {
        let rows = sqlx::query_as(
            "SELECT id, version, body FROM mandates WHERE client_id = $1 ORDER BY opened_at DESC, id DESC",
        )
        .bind(client.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("mandate", e))?;
        Ok(stored(rows, MandateId))
    }

    async fn client_pipeline_has(
        &self,
        client: ClientId,
        candidate: CandidateId,
        stages: &[PipelineStage],
    ) -> Result<bool> {
        // The stage codes are our own constants, never user input.
        let codes: Vec<String> = stages.iter().map(|s| format!("'{}'", s.code())).collect();
        if codes.is_empty() {
            return Ok(false);
        }
        let sql = format!(
            "SELECT COUNT(*) FROM pipeline_entries p JOIN mandates m ON m.id = p.mandate_id \
             WHERE m.client_id = $1 AND p.candidate_id = $2 AND p.stage IN ({})",
            codes.join(", ")
        );
        let n: i64 = sqlx::query_scalar(&sql)
            .bind(client.0)
            .bind(candidate.0)
            .fetch_one(&self.pool)
            .await?;
        Ok(n > 0)
    }

    async fn update_mandate(
        &self,
        id: MandateId,
        expected: Version,
        mandate: &Mandate,
    ) -> Result<Version> {
        mandate.check()?;
        let done = sqlx::query(
            "UPDATE mandates SET client_id = $1, consultant_id = $2, status = $3, opened_at = $4, body = $5, \
             version = version + 1 WHERE id = $6 AND version = $7",
        )
        .bind(mandate.client_id.0)
        .bind(mandate.consultant_id.map(|u| u.0))
        .bind(mandate.status.code())
        .bind(mandate.opened_at)
        .bind(Json(mandate))
        .bind(id.0)
        .bind(expected.0)
        .execute(&self.pool)
        .await
        .map_err(|e| map_err("mandate", e))?;
        if done.rows_affected() == 0 {
            return Err(refused(&self.pool, "mandates", "mandate", id.0).await);
        }
        Ok(expected.next())
    }

    async fn insert_pipeline_entry(&self, entry: &PipelineEntry) -> Result<PipelineEntryId> {
        let mut connection = self.pool.acquire().await?;
        insert_entry(&mut connection, entry).await
    }

    async fn longlist(&self, entry: &PipelineEntry, moved: StatusMove) -> Result<PipelineEntryId> {
        let at = entry.stage_entered_at().unwrap_or_else(Utc::now);
        let mut tx = self.begin_write().await?;
        let (_, mut mandate): (Version, Mandate) =
            read_for_write(&mut tx, "mandates", "mandate", entry.mandate_id.0, None).await?;
        let before = mandate.clone();
        moved(&mut mandate, at)?;
        let id = insert_entry(&mut tx, entry).await?;
        if mandate != before {
            sqlx::query(
                "UPDATE mandates SET status = $1, body = $2, version = version + 1 WHERE id = $3",
            )
            .bind(mandate.status.code())
            .bind(Json(&mandate))
            .bind(entry.mandate_id.0)
            .execute(&mut *tx)
            .await
            .map_err(|e| map_err("mandate", e))?;
        }
        tx.commit().await?;
        Ok(id)
    }

    async fn pipeline_entry(
        &self,
        id: PipelineEntryId,
    ) -> Result<Stored<PipelineEntryId, PipelineEntry>> {
        let row: Option<(i64, i64, Json<PipelineEntry>)> =
            sqlx::query_as("SELECT id, version, body FROM pipeline_entries WHERE id = $1")
                .bind(id.0)
                .fetch_optional(&self.pool)
                .await
                .map_err(|e| map_err("pipeline entry", e))?;
        stored(row.into_iter().collect(), PipelineEntryId)
            .pop()
            .ok_or(Error::NotFound {
                what: "pipeline entry",
                id: id.0,
            })
    }

    async fn pipelines_of_candidate(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<PipelineEntryId, PipelineEntry>>> {
        let rows = sqlx::query_as(
            "SELECT id, version, body FROM pipeline_entries WHERE candidate_id = $1 ORDER BY id",
        )
        .bind(candidate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("pipeline entry", e))?;
        Ok(stored(rows, PipelineEntryId))
    }

    async fn pipeline_of(
        &self,
        mandate: MandateId,
    ) -> Result<Vec<Stored<PipelineEntryId, PipelineEntry>>> {
        let rows = sqlx::query_as(
            "SELECT id, version, body FROM pipeline_entries WHERE mandate_id = $1 ORDER BY id",
        )
        .bind(mandate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("pipeline entry", e))?;
        Ok(stored(rows, PipelineEntryId))
    }

    async fn pipelines_of(
        &self,
        mandates: &[MandateId],
    ) -> Result<Vec<Stored<PipelineEntryId, PipelineEntry>>> {
        let ids = mandates.iter().map(|id| id.0);
        stored_where_in(
            &self.pool,
            "pipeline_entries",
            "mandate_id",
            ids,
            "pipeline entry",
            PipelineEntryId,
        )
        .await
    }

    async fn move_pipeline_entry(
        &self,
        id: PipelineEntryId,
        expected: Version,
        mv: &StageChange,
    ) -> Result<Version> {
        let mut tx = self.begin_write().await?;
        let (version, mut entry): (Version, PipelineEntry) = read_for_write(
            &mut tx,
            "pipeline_entries",
            "pipeline entry",
            id.0,
            Some(expected),
        )
        .await?;
        entry.move_to(mv.to, mv.at, mv.by, mv.reason.as_deref())?;
        write_pipeline_entry(&mut tx, id, &entry).await?;
        tx.commit().await?;
        Ok(version.next())
    }

    async fn place(
        &self,
        placement: &Placement,
        entry_id: PipelineEntryId,
        expected: Version,
        moved: StatusMove,
    ) -> Result<PlacementId> {
        let mut tx = self.begin_write().await?;
        let (_, mut entry): (Version, PipelineEntry) = read_for_write(
            &mut tx,
            "pipeline_entries",
            "pipeline entry",
            entry_id.0,
            Some(expected),
        )
        .await?;
        if entry.mandate_id != placement.mandate_id || entry.candidate_id != placement.candidate_id
        {
            return Err(Invalid::new(
                "candidate_id",
                "the pipeline entry is for another mandate or interim manager than the placement",
            )
            .into());
        }
        let overlapping: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM placements WHERE candidate_id = $1 AND start_date <= $2 AND end_date >= $3",
        )
        .bind(placement.candidate_id.0)
        .bind(placement.period.end())
        .bind(placement.period.start())
        .fetch_one(&mut *tx)
        .await?;
        if overlapping > 0 {
            return Err(Invalid::new(
                "period",
                "the interim manager is already placed elsewhere during this period",
            )
            .into());
        }
        entry.move_to(PipelineStage::Placed, placement.placed_at, None, None)?;
        let (_, mut mandate): (Version, Mandate) =
            read_for_write(&mut tx, "mandates", "mandate", placement.mandate_id.0, None).await?;
        moved(&mut mandate, placement.placed_at)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO placements (mandate_id, candidate_id, start_date, end_date, body) VALUES ($1, $2, $3, $4, $5) RETURNING id",
        )
        .bind(placement.mandate_id.0)
        .bind(placement.candidate_id.0)
        .bind(placement.period.start())
        .bind(placement.period.end())
        .bind(Json(placement))
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| map_err("placement", e))?;
        write_pipeline_entry(&mut tx, entry_id, &entry).await?;
        sqlx::query(
            "UPDATE mandates SET status = $1, body = $2, version = version + 1 WHERE id = $3",
        )
        .bind(mandate.status.code())
        .bind(Json(&mandate))
        .bind(placement.mandate_id.0)
        .execute(&mut *tx)
        .await
        .map_err(|e| map_err("mandate", e))?;
        tx.commit().await?;
        Ok(PlacementId(id))
    }

    async fn placements_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<PlacementId, Placement>>> {
        let rows = sqlx::query_as(
            "SELECT id, version, body FROM placements WHERE candidate_id = $1 ORDER BY start_date",
        )
        .bind(candidate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("placement", e))?;
        Ok(stored(rows, PlacementId))
    }

    async fn placement_of_mandate(
        &self,
        mandate: MandateId,
    ) -> Result<Option<Stored<PlacementId, Placement>>> {
        let rows = sqlx::query_as(
            "SELECT id, version, body FROM placements WHERE mandate_id = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(mandate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("placement", e))?;
        Ok(stored(rows, PlacementId).pop())
    }

    async fn placements(&self) -> Result<Vec<Stored<PlacementId, Placement>>> {
        let rows = sqlx::query_as("SELECT id, version, body FROM placements ORDER BY id")
            .fetch_all(&self.pool)
            .await
            .map_err(|e| map_err("placement", e))?;
        Ok(stored(rows, PlacementId))
    }

    async fn insert_interview(&self, interview: &VettingInterview) -> Result<InterviewId> {
        if interview.scorecard.assessments().is_empty() {
            return Err(
                Invalid::new("scorecard", "score at least one trait, with evidence").into(),
            );
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO vetting_interviews (candidate_id, held_on, body) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(interview.candidate_id.0)
        .bind(interview.held_on)
        .bind(Json(interview))
        .fetch_one(&self.pool)
        .await
        .map_err(|e| map_err("vetting interview", e))?;
        Ok(InterviewId(id))
    }

    async fn interviews_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<InterviewId, VettingInterview>>> {
        let rows = sqlx::query_as(
            "SELECT id, CAST(1 AS BIGINT), body FROM vetting_interviews WHERE candidate_id = $1 ORDER BY held_on, id",
        )
        .bind(candidate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("vetting interview", e))?;
        Ok(stored(rows, InterviewId))
    }

    async fn insert_reference(&self, check: &ReferenceCheck) -> Result<ReferenceCheckId> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO reference_checks (candidate_id, checked_on, body) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(check.candidate_id.0)
        .bind(check.checked_on)
        .bind(Json(check))
        .fetch_one(&self.pool)
        .await
        .map_err(|e| map_err("reference check", e))?;
        Ok(ReferenceCheckId(id))
    }

    async fn references_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<ReferenceCheckId, ReferenceCheck>>> {
        let rows = sqlx::query_as(
            "SELECT id, CAST(1 AS BIGINT), body FROM reference_checks WHERE candidate_id = $1 ORDER BY checked_on, id",
        )
        .bind(candidate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("reference check", e))?;
        Ok(stored(rows, ReferenceCheckId))
    }

    async fn decide_qualification(
        &self,
        decision: &QualificationDecision,
        traits: Option<TraitProfile>,
    ) -> Result<(QualificationId, Version)> {
        let mut tx = self.begin_write().await?;
        let (version, mut candidate): (Version, InterimManager) = read_for_write(
            &mut tx,
            "candidates",
            "interim manager",
            decision.candidate_id.0,
            None,
        )
        .await?;
        candidate.vetting = domain::candidate::Vetting {
            status: match decision.outcome {
                QualificationOutcome::Qualified => VettingStatus::Qualified,
                QualificationOutcome::NotQualified => VettingStatus::NotQualified,
                QualificationOutcome::OnHold => VettingStatus::OnHold,
            },
            qualified_until: (decision.outcome == QualificationOutcome::Qualified)
                .then_some(decision.expires_on),
        };
        if traits.is_some() {
            candidate.traits = traits;
        }
        candidate.check()?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO qualification_decisions (candidate_id, decided_at, body) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(decision.candidate_id.0)
        .bind(decision.decided_at)
        .bind(Json(decision))
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| map_err("qualification decision", e))?;
        write_candidate(&mut tx, decision.candidate_id, &candidate).await?;
        tx.commit().await?;
        Ok((QualificationId(id), version.next()))
    }

    async fn decisions_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<QualificationId, QualificationDecision>>> {
        let rows = sqlx::query_as(
            "SELECT id, CAST(1 AS BIGINT), body FROM qualification_decisions WHERE candidate_id = $1 ORDER BY decided_at, id",
        )
        .bind(candidate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("qualification decision", e))?;
        Ok(stored(rows, QualificationId))
    }

    async fn present_shortlist(
        &self,
        shortlist: &Shortlist,
        moved: StatusMove,
    ) -> Result<ShortlistId> {
        shortlist.check()?;
        let at = shortlist
            .presented_at
            .ok_or_else(|| Invalid::new("presented_at", "a presented shortlist has a time"))?;
        let mut tx = self.begin_write().await?;
        let (_, mut mandate): (Version, Mandate) =
            read_for_write(&mut tx, "mandates", "mandate", shortlist.mandate_id.0, None).await?;
        if !mandate.status.is_open() {
            return Err(Invalid::new(
                "mandate_id",
                format!(
                    "the mandate is {}; it takes no shortlist",
                    mandate.status.label().to_lowercase()
                ),
            )
            .into());
        }
        for (i, e) in shortlist.entries.iter().enumerate() {
            let row: Option<(i64,)> = sqlx::query_as(
                "SELECT id FROM pipeline_entries WHERE mandate_id = $1 AND candidate_id = $2",
            )
            .bind(shortlist.mandate_id.0)
            .bind(e.candidate_id.0)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((entry_id,)) = row else {
                return Err(Invalid::new(
                    format!("entries[{i}].candidate_id"),
                    "is not in this mandate's pipeline",
                )
                .into());
            };
            let (_, mut entry): (Version, PipelineEntry) = read_for_write(
                &mut tx,
                "pipeline_entries",
                "pipeline entry",
                entry_id,
                None,
            )
            .await?;
            let stage = entry.stage();
            if stage.is_closed() {
                return Err(Invalid::new(
                    format!("entries[{i}].candidate_id"),
                    format!("is {} in this mandate", stage.label().to_lowercase()),
                )
                .into());
            }
            // Those the client already knows stay where they are; the others are presented.
            if stage.index() < PipelineStage::Presented.index() {
                entry
                    .move_to(
                        PipelineStage::Presented,
                        at,
                        Some(shortlist.created_by),
                        None,
                    )
                    .map_err(|e| e.within(&format!("entries[{i}]")))?;
                write_pipeline_entry(&mut tx, PipelineEntryId(entry_id), &entry).await?;
            }
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO shortlists (mandate_id, presented_at, body) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(shortlist.mandate_id.0)
        .bind(at)
        .bind(Json(shortlist))
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| map_err("shortlist", e))?;
        moved(&mut mandate, at)?;
        sqlx::query(
            "UPDATE mandates SET status = $1, body = $2, version = version + 1 WHERE id = $3",
        )
        .bind(mandate.status.code())
        .bind(Json(&mandate))
        .bind(shortlist.mandate_id.0)
        .execute(&mut *tx)
        .await
        .map_err(|e| map_err("mandate", e))?;
        tx.commit().await?;
        Ok(ShortlistId(id))
    }

    async fn shortlist_of(
        &self,
        mandate: MandateId,
    ) -> Result<Option<Stored<ShortlistId, Shortlist>>> {
        let rows = sqlx::query_as(
            "SELECT id, version, body FROM shortlists WHERE mandate_id = $1 ORDER BY id DESC LIMIT 1",
        )
        .bind(mandate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("shortlist", e))?;
        Ok(stored(rows, ShortlistId).pop())
    }

    async fn record_feedback(&self, feedback: &ClientFeedback) -> Result<i64> {
        let mut tx = self.begin_write().await?;
        let row: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM pipeline_entries WHERE mandate_id = $1 AND candidate_id = $2",
        )
        .bind(feedback.mandate_id.0)
        .bind(feedback.candidate_id.0)
        .fetch_optional(&mut *tx)
        .await?;
        let Some((entry_id,)) = row else {
            return Err(Error::NotFound {
                what: "pipeline entry",
                id: feedback.candidate_id.0,
            });
        };
        let (_, mut entry): (Version, PipelineEntry) = read_for_write(
            &mut tx,
            "pipeline_entries",
            "pipeline entry",
            entry_id,
            None,
        )
        .await?;
        let stage = entry.stage();
        let to = match feedback.kind {
            FeedbackKind::Meet if stage == PipelineStage::Presented => {
                Some((PipelineStage::ClientInterview, None))
            }
            FeedbackKind::Decline if !stage.is_closed() => Some((
                PipelineStage::Rejected,
                Some(format!(
                    "Declined by the client: {}",
                    feedback.text.as_ref().map_or("", |t| t.as_str())
                )),
            )),
            _ => None,
        };
        if let Some((to, reason)) = to {
            entry.move_to(to, feedback.at, Some(feedback.by), reason.as_deref())?;
            write_pipeline_entry(&mut tx, PipelineEntryId(entry_id), &entry).await?;
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO client_feedback (mandate_id, candidate_id, at, body) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(feedback.mandate_id.0)
        .bind(feedback.candidate_id.0)
        .bind(feedback.at)
        .bind(Json(feedback))
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| map_err("client feedback", e))?;
        tx.commit().await?;
        Ok(id)
    }

    async fn record_evaluation(&self, evaluation: &ClientEvaluation) -> Result<EvaluationId> {
        let mut tx = self.begin_write().await?;
        let (_, placement): (Version, Placement) = read_for_write(
            &mut tx,
            "placements",
            "placement",
            evaluation.placement_id.0,
            None,
        )
        .await?;
        let (_, mandate): (Version, Mandate) =
            read_for_write(&mut tx, "mandates", "mandate", placement.mandate_id.0, None).await?;
        let client: Option<(Json<Client>,)> =
            sqlx::query_as("SELECT body FROM clients WHERE id = $1")
                .bind(mandate.client_id.0)
                .fetch_optional(&mut *tx)
                .await
                .map_err(|e| map_err("client", e))?;
        let Json(client) = client
            .ok_or(Error::NotFound {
                what: "client",
                id: mandate.client_id.0,
            })?
            .0;
        let (_, mut candidate): (Version, InterimManager) = read_for_write(
            &mut tx,
            "candidates",
            "interim manager",
            placement.candidate_id.0,
            None,
        )
        .await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO client_evaluations (placement_id, body) VALUES ($1, $2) RETURNING id",
        )
        .bind(evaluation.placement_id.0)
        .bind(Json(evaluation))
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| match map_err("evaluation", e) {
            Error::Duplicate(_) => {
                Error::Duplicate("this assignment has been evaluated already".to_owned())
            }
            other => other,
        })?;
        candidate
            .track_record
            .push(evaluation.track_record_entry(&placement, &mandate, &client));
        candidate.check()?;
        write_candidate(&mut tx, placement.candidate_id, &candidate).await?;
        tx.commit().await?;
        Ok(EvaluationId(id))
    }

    async fn publish_posting(&self, posting: &JobPosting) -> Result<PostingId> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO job_postings (mandate_id, closes_on, body) VALUES ($1, $2, $3) \
             ON CONFLICT (mandate_id) DO UPDATE SET closes_on = excluded.closes_on, body = excluded.body \
             RETURNING id",
        )
        .bind(posting.mandate_id.0)
        .bind(posting.closes_on)
        .bind(Json(posting))
        .fetch_one(&self.pool)
        .await
        .map_err(|e| map_err("job posting", e))?;
        Ok(PostingId(id))
    }

    async fn postings(&self) -> Result<Vec<Stored<PostingId, JobPosting>>> {
        let rows =
            sqlx::query_as("SELECT id, CAST(1 AS BIGINT), body FROM job_postings ORDER BY id DESC")
                .fetch_all(&self.pool)
                .await
                .map_err(|e| map_err("job posting", e))?;
        Ok(stored(rows, PostingId))
    }

    async fn posting_of_mandate(
        &self,
        mandate: MandateId,
    ) -> Result<Option<Stored<PostingId, JobPosting>>> {
        let rows = sqlx::query_as(
            "SELECT id, CAST(1 AS BIGINT), body FROM job_postings WHERE mandate_id = $1",
        )
        .bind(mandate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("job posting", e))?;
        Ok(stored(rows, PostingId).pop())
    }

    async fn apply(&self, application: &Application, today: NaiveDate) -> Result<ApplicationId> {
        let mut tx = self.begin_write().await?;
        let row: Option<(Json<JobPosting>,)> =
            sqlx::query_as("SELECT body FROM job_postings WHERE id = $1")
                .bind(application.posting_id.0)
                .fetch_optional(&mut *tx)
                .await
                .map_err(|e| map_err("job posting", e))?;
        let Json(posting) = row
            .ok_or(Error::NotFound {
                what: "job posting",
                id: application.posting_id.0,
            })?
            .0;
        if posting.closes_on < today {
            return Err(Invalid::new(
                "posting_id",
                format!("applications closed on {}", posting.closes_on),
            )
            .into());
        }
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO applications (posting_id, candidate_id, body) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(application.posting_id.0)
        .bind(application.candidate_id.0)
        .bind(Json(application))
        .fetch_one(&mut *tx)
        .await
        .map_err(|e| match map_err("application", e) {
            Error::Duplicate(_) => {
                Error::Duplicate("you have applied to this assignment already".to_owned())
            }
            other => other,
        })?;
        let in_pipeline: Option<(i64,)> = sqlx::query_as(
            "SELECT id FROM pipeline_entries WHERE mandate_id = $1 AND candidate_id = $2",
        )
        .bind(posting.mandate_id.0)
        .bind(application.candidate_id.0)
        .fetch_optional(&mut *tx)
        .await?;
        if in_pipeline.is_none() {
            let entry = PipelineEntry::new(
                posting.mandate_id,
                application.candidate_id,
                PipelineStage::Longlist,
                application.applied_at,
                None,
            );
            sqlx::query(
                "INSERT INTO pipeline_entries (mandate_id, candidate_id, stage, body) VALUES ($1, $2, $3, $4)",
            )
            .bind(posting.mandate_id.0)
            .bind(application.candidate_id.0)
            .bind(entry.stage().code())
            .bind(Json(&entry))
            .execute(&mut *tx)
            .await
            .map_err(|e| map_err("pipeline entry", e))?;
        }
        tx.commit().await?;
        Ok(ApplicationId(id))
    }

    async fn applications_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<(Stored<ApplicationId, Application>, JobPosting)>> {
        let rows: Vec<(i64, Json<Application>, Json<JobPosting>)> = sqlx::query_as(
            "SELECT a.id, a.body, p.body FROM applications a JOIN job_postings p ON p.id = a.posting_id \
             WHERE a.candidate_id = $1 ORDER BY a.id DESC",
        )
        .bind(candidate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("application", e))?;
        Ok(rows
            .into_iter()
            .map(|(id, Json(a), Json(p))| {
                (
                    Stored {
                        id: ApplicationId(id),
                        version: Version::FIRST,
                        value: a,
                    },
                    p,
                )
            })
            .collect())
    }

    async fn insert_network_contact(&self, contact: &NetworkContact) -> Result<NetworkContactId> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO network_contacts (owner, next_contact_on, body) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(contact.owner.0)
        .bind(contact.next_contact_on)
        .bind(Json(contact))
        .fetch_one(&self.pool)
        .await
        .map_err(|e| map_err("network contact", e))?;
        Ok(NetworkContactId(id))
    }

    async fn network_of(
        &self,
        owner: CandidateId,
    ) -> Result<Vec<Stored<NetworkContactId, NetworkContact>>> {
        let rows = sqlx::query_as(
            "SELECT id, CAST(1 AS BIGINT), body FROM network_contacts WHERE owner = $1 \
             ORDER BY next_contact_on IS NULL, next_contact_on, id",
        )
        .bind(owner.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("network contact", e))?;
        Ok(stored(rows, NetworkContactId))
    }

    async fn request_erasure(
        &self,
        candidate: CandidateId,
        reason: &str,
        at: DateTime<Utc>,
    ) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO erasure_requests (candidate_id, requested_at, reason) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(candidate.0)
        .bind(at)
        .bind(reason)
        .fetch_one(&self.pool)
        .await
        .map_err(|e| map_err("erasure request", e))?;
        Ok(id)
    }

    async fn erasure_requests(&self) -> Result<Vec<(i64, CandidateId, DateTime<Utc>, String)>> {
        let rows: Vec<(i64, i64, DateTime<Utc>, String)> = sqlx::query_as(
            "SELECT id, candidate_id, requested_at, reason FROM erasure_requests ORDER BY requested_at, id",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("erasure request", e))?;
        Ok(rows
            .into_iter()
            .map(|(id, c, at, reason)| (id, CandidateId(c), at, reason))
            .collect())
    }

    async fn put_cv(
        &self,
        candidate: CandidateId,
        cv: &CvFile,
        by: Option<UserId>,
        at: DateTime<Utc>,
    ) -> Result<()> {
        let size = i64::try_from(cv.bytes().len()).map_err(|_| {
            Invalid::new(
                "cv",
                "the CV file is too large to store; upload a smaller one",
            )
        })?;
        let mut tx = self.begin_write().await?;
        // The interim manager is looked up (and locked, where the backend can) first, so an
        // unknown one is refused as not found rather than as a broken reference.
        let sql = format!("SELECT id FROM candidates WHERE id = $1{LOCK_ROW}");
        let exists: Option<i64> = sqlx::query_scalar(&sql)
            .bind(candidate.0)
            .fetch_optional(&mut *tx)
            .await
            .map_err(|e| map_err("interim manager", e))?;
        if exists.is_none() {
            return Err(Error::NotFound {
                what: "interim manager",
                id: candidate.0,
            });
        }
        sqlx::query(
            "INSERT INTO cv_files (candidate_id, file_name, content_type, size_bytes, bytes, uploaded_at, uploaded_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (candidate_id) DO UPDATE SET file_name = excluded.file_name, \
             content_type = excluded.content_type, size_bytes = excluded.size_bytes, \
             bytes = excluded.bytes, uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by",
        )
        .bind(candidate.0)
        .bind(cv.file_name())
        .bind(cv.kind().content_type())
        .bind(size)
        .bind(cv.bytes())
        .bind(at)
        .bind(by.map(|u| u.0))
        .execute(&mut *tx)
        .await
        .map_err(|e| map_err("CV file", e))?;
        tx.commit().await?;
        Ok(())
    }

    async fn cv_of(&self, candidate: CandidateId) -> Result<Option<StoredCv>> {
        let row: Option<CvRow> = sqlx::query_as(
            "SELECT file_name, content_type, size_bytes, bytes, uploaded_at, uploaded_by \
             FROM cv_files WHERE candidate_id = $1",
        )
        .bind(candidate.0)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| map_err("CV file", e))?;
        let Some((file_name, content_type, size, bytes, uploaded_at, uploaded_by)) = row else {
            return Ok(None);
        };
        let size = u64::try_from(size).map_err(|_| Error::Corrupt {
            what: "CV file",
            id: candidate.0,
            reason: format!("negative size {size}"),
        })?;
        Ok(Some(StoredCv {
            file_name,
            content_type,
            size,
            bytes,
            uploaded_at,
            uploaded_by: uploaded_by.map(UserId),
        }))
    }

    async fn delete_cv(&self, candidate: CandidateId) -> Result<bool> {
        let done = sqlx::query("DELETE FROM cv_files WHERE candidate_id = $1")
            .bind(candidate.0)
            .execute(&self.pool)
            .await
            .map_err(|e| map_err("CV file", e))?;
        Ok(done.rows_affected() > 0)
    }

    async fn evaluation_of(&self, placement: PlacementId) -> Result<Option<ClientEvaluation>> {
        let row: Option<(Json<ClientEvaluation>,)> =
            sqlx::query_as("SELECT body FROM client_evaluations WHERE placement_id = $1")
                .bind(placement.0)
                .fetch_optional(&self.pool)
                .await
                .map_err(|e| map_err("evaluation", e))?;
        Ok(row.map(|(Json(e),)| e))
    }

    async fn feedback_of(&self, mandate: MandateId) -> Result<Vec<ClientFeedback>> {
        let rows = sqlx::query_as(
            "SELECT id, CAST(1 AS BIGINT), body FROM client_feedback WHERE mandate_id = $1 ORDER BY at, id",
        )
        .bind(mandate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("client feedback", e))?;
        Ok(stored(rows, |i| i).into_iter().map(|s| s.value).collect())
    }

    async fn insert_consent(&self, consent: &ConsentRecord) -> Result<ConsentId> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO consent_records (candidate_id, purpose, body) VALUES ($1, $2, $3) RETURNING id",
        )
        .bind(consent.candidate_id.0)
        .bind(consent.purpose.code())
        .bind(Json(consent))
        .fetch_one(&self.pool)
        .await
        .map_err(|e| map_err("consent record", e))?;
        Ok(ConsentId(id))
    }

    async fn consents_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<ConsentId, ConsentRecord>>> {
        let rows = sqlx::query_as(
            "SELECT id, version, body FROM consent_records WHERE candidate_id = $1 ORDER BY id",
        )
        .bind(candidate.0)
        .fetch_all(&self.pool)
        .await
        .map_err(|e| map_err("consent record", e))?;
        Ok(stored(rows, ConsentId))
    }

    async fn insert_session(&self, session: &SessionRecord) -> Result<()> {
        sqlx::query(
            "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&session.token_hash)
        .bind(session.user_id.0)
        .bind(&session.csrf_token)
        .bind(session.created_at)
        .bind(session.last_seen_at)
        .bind(session.expires_at)
        .execute(&self.pool)
        .await
        .map_err(|e| map_err("session", e))?;
        Ok(())
    }

    async fn session(&self, token_hash: &str) -> Result<Option<(SessionRecord, StoredUser)>> {
        use sqlx::Row;
        let sql = format!(
            "SELECT s.token_hash, s.user_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, {} \
             FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token_hash = $1",
            user_columns_of("u")
        );
        let Some(row) = sqlx::query(&sql)
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let session = SessionRecord {
            token_hash: row.try_get(0)?,
            user_id: UserId(row.try_get(1)?),
            csrf_token: row.try_get(2)?,
            created_at: row.try_get(3)?,
            last_seen_at: row.try_get(4)?,
            expires_at: row.try_get(5)?,
        };
        Ok(Some((session, user_from_row(user_row_at(&row, 6)?)?)))
    }

    async fn touch_session(&self, token_hash: &str, at: DateTime<Utc>) -> Result<()> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1 WHERE token_hash = $2")
            .bind(at)
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn delete_session(&self, token_hash: &str) -> Result<()> {
        sqlx::query("DELETE FROM sessions WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn insert_api_token(
        &self,
        user: UserId,
        name: &str,
        token_hash: &str,
        at: DateTime<Utc>,
    ) -> Result<i64> {
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES ($1, $2, $3, $4) RETURNING id",
        )
        .bind(user.0)
        .bind(name)
        .bind(token_hash)
        .bind(at)
        .fetch_one(&self.pool)
        .await
        .map_err(|e| map_err("API token", e))?;
        Ok(id)
    }

    async fn api_token(&self, token_hash: &str) -> Result<Option<ApiTokenRecord>> {
        let sql = format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE token_hash = $1");
        let row: Option<TokenRow> = sqlx::query_as(&sql)
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(token_from_row))
    }

    async fn api_token_holder(
        &self,
        token_hash: &str,
    ) -> Result<Option<(ApiTokenRecord, StoredUser)>> {
        use sqlx::Row;
        let sql = format!(
            "SELECT t.id, t.user_id, t.name, t.created_at, t.last_used_at, t.revoked_at, {} \
             FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = $1",
            user_columns_of("u")
        );
        let Some(row) = sqlx::query(&sql)
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await?
        else {
            return Ok(None);
        };
        let token = token_from_row((
            row.try_get(0)?,
            row.try_get(1)?,
            row.try_get(2)?,
            row.try_get(3)?,
            row.try_get(4)?,
            row.try_get(5)?,
        ));
        Ok(Some((token, user_from_row(user_row_at(&row, 6)?)?)))
    }

    async fn api_tokens_of(&self, user: UserId) -> Result<Vec<ApiTokenRecord>> {
        let sql =
            format!("SELECT {TOKEN_COLUMNS} FROM api_tokens WHERE user_id = $1 ORDER BY id DESC");
        let rows: Vec<TokenRow> = sqlx::query_as(&sql)
            .bind(user.0)
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.into_iter().map(token_from_row).collect())
    }

    async fn revoke_api_token(&self, user: UserId, id: i64, at: DateTime<Utc>) -> Result<()> {
        let done = sqlx::query(
            "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2 AND user_id = $3",
        )
        .bind(at)
        .bind(id)
        .bind(user.0)
        .execute(&self.pool)
        .await?;
        if done.rows_affected() == 0 {
            return Err(Error::NotFound {
                what: "API token",
                id,
            });
        }
        Ok(())
    }

    async fn touch_api_token(&self, id: i64, at: DateTime<Utc>) -> Result<()> {
        sqlx::query("UPDATE api_tokens SET last_used_at = $1 WHERE id = $2")
            .bind(at)
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    async fn append_audit(&self, e: &AuditEntry) -> Result<i64> {
        let queue = self.audit.0.get_or_init(|| {
            let (queue, waiting) = tokio::sync::mpsc::unbounded_channel();
            tokio::spawn(write_audit_entries(self.pool.clone(), waiting));
            queue
        });
        let (reply, answer) = tokio::sync::oneshot::channel();
        queue
            .send((e.clone(), reply))
            .map_err(|_| Error::Database(sqlx::Error::WorkerCrashed))?;
        // Acknowledged only once committed: nothing acknowledged is lost.
        answer
            .await
            .map_err(|_| Error::Database(sqlx::Error::WorkerCrashed))?
    }

    async fn audit(&self, filter: &AuditFilter) -> Result<Vec<(i64, AuditEntry)>> {
        filter.check().map_err(Error::Invalid)?;
        let rows: Vec<AuditRow> = sqlx::query_as(
            "SELECT id, at, actor_user_id, actor_email, action, record_kind, record_id, subject_candidate_id, address, reason \
             FROM audit_log WHERE ($1 IS NULL OR subject_candidate_id = $1) AND ($2 IS NULL OR actor_user_id = $2) \
             AND ($3 IS NULL OR id < $3) ORDER BY id DESC LIMIT $4",
        )
        .bind(filter.subject.map(|c| c.0))
        .bind(filter.actor.map(|u| u.0))
        .bind(filter.before_id)
        .bind(i64::from(filter.limit))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(
                |(
                    id,
                    at,
                    actor,
                    actor_email,
                    action,
                    record_kind,
                    record_id,
                    subject,
                    address,
                    reason,
                )| {
                    let action = AuditAction::parse(&action).map_err(|e| Error::Corrupt {
                        what: "audit entry",
                        id,
                        reason: e.to_string(),
                    })?;
                    Ok((
                        id,
                        AuditEntry {
                            at,
                            actor: actor.map(UserId),
                            actor_email,
                            action,
                            record_kind,
                            record_id,
                            subject: subject.map(CandidateId),
                            address,
                            reason,
                        },
                    ))
                },
            )
            .collect()
    }

    async fn failed_logins_since(
        &self,
        email: &str,
        address: &str,
        since: DateTime<Utc>,
    ) -> Result<(u64, u64)> {
        let (by_email, by_address): (i64, i64) = sqlx::query_as(
            "SELECT COALESCE(SUM(CASE WHEN actor_email = $1 THEN 1 ELSE 0 END), 0), \
                    COALESCE(SUM(CASE WHEN address = $2 THEN 1 ELSE 0 END), 0) \
             FROM audit_log WHERE action = 'login_failed' AND at >= $3",
        )
        .bind(email)
        .bind(address)
        .bind(since)
        .fetch_one(&self.pool)
        .await?;
        Ok((by_email.max(0) as u64, by_address.max(0) as u64))
    }

    async fn index_changes_after(&self, after: i64, limit: u32) -> Result<Vec<IndexChange>> {
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT seq, candidate_id FROM index_changes WHERE seq > $1 ORDER BY seq LIMIT $2",
        )
        .bind(after)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(index_changes_of(rows))
    }

    async fn index_changes_in(&self, seqs: &[i64]) -> Result<Vec<IndexChange>> {
        if seqs.is_empty() {
            return Ok(Vec::new());
        }
        let sql = format!(
            "SELECT seq, candidate_id FROM index_changes WHERE seq IN ({}) ORDER BY seq",
            id_list(seqs.iter().copied())
        );
        let rows: Vec<(i64, i64)> = sqlx::query_as(&sql).fetch_all(&self.pool).await?;
        Ok(index_changes_of(rows))
    }

    async fn index_feed_bounds(&self) -> Result<Option<(i64, i64)>> {
        let (first, last): (Option<i64>, Option<i64>) =
            sqlx::query_as("SELECT MIN(seq), MAX(seq) FROM index_changes")
                .fetch_one(&self.pool)
                .await?;
        Ok(first.zip(last))
    }

    async fn prune_index_changes(&self, keep: std::time::Duration) -> Result<u64> {
        let seconds = i64::try_from(keep.as_secs()).unwrap_or(i64::MAX);
        let done = sqlx::query(PRUNE_CHANGES)
            .bind(seconds)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    async fn listen_for_changes(&self) -> Result<Option<Box<dyn ChangeWaker>>> {
        self.change_waker().await
    }

    async fn candidates_among(
        &self,
        ids: &[CandidateId],
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>> {
        let ids = ids.iter().map(|id| id.0);
        stored_where_in(
            &self.pool,
            "candidates",
            "id",
            ids,
            "interim manager",
            CandidateId,
        )
        .await
    }

    async fn enqueue_job(&self, job: &NewJob, now: DateTime<Utc>) -> Result<Option<i64>> {
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO jobs (kind, payload, dedupe_key, status, max_attempts, run_after, created_at) \
             VALUES ($1, $2, $3, 'queued', $4, $5, $6) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id",
        )
        .bind(&job.kind)
        .bind(Json(&job.payload))
        .bind(&job.dedupe_key)
        .bind(i64::from(job.max_attempts.max(1)))
        .bind(job.run_after)
        .bind(now)
        .fetch_optional(&self.pool)
        .await
        .map_err(|e| map_err("job", e))?;
        Ok(id)
    }

    async fn claim_job(
        &self,
        worker: &str,
        now: DateTime<Utc>,
        lease_until: DateTime<Utc>,
    ) -> Result<Option<ClaimedJob>> {
        let mut tx = self.begin_write().await?;
        let row: Option<(i64, String, Json<serde_json::Value>, i64, i64)> =
            sqlx::query_as(CLAIM_JOB)
                .bind(worker)
                .bind(now)
                .bind(lease_until)
                .fetch_optional(&mut *tx)
                .await
                .map_err(|e| map_err("job", e))?;
        tx.commit().await?;
        Ok(
            row.map(|(id, kind, Json(payload), attempt, max)| ClaimedJob {
                id,
                kind,
                payload,
                attempt: u32::try_from(attempt).unwrap_or(u32::MAX),
                max_attempts: u32::try_from(max).unwrap_or(u32::MAX),
            }),
        )
    }

    async fn finish_job(&self, id: i64, worker: &str, now: DateTime<Utc>) -> Result<bool> {
        let done = sqlx::query(
            "UPDATE jobs SET status = 'done', finished_at = $3, locked_by = NULL, locked_until = NULL \
             WHERE id = $1 AND locked_by = $2 AND status = 'running'",
        )
        .bind(id)
        .bind(worker)
        .bind(now)
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn fail_job(
        &self,
        id: i64,
        worker: &str,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        let done = match retry_at {
            Some(at) => sqlx::query(
                "UPDATE jobs SET status = 'queued', run_after = $4, last_error = $3, \
                 locked_by = NULL, locked_until = NULL \
                 WHERE id = $1 AND locked_by = $2 AND status = 'running'",
            )
            .bind(id)
            .bind(worker)
            .bind(error)
            .bind(at),
            None => sqlx::query(
                "UPDATE jobs SET status = 'failed', finished_at = $4, last_error = $3, \
                 locked_by = NULL, locked_until = NULL \
                 WHERE id = $1 AND locked_by = $2 AND status = 'running'",
            )
            .bind(id)
            .bind(worker)
            .bind(error)
            .bind(now),
        }
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    async fn jobs(&self, limit: u32) -> Result<Vec<JobRecord>> {
        type JobRow = (
            i64,
            String,
            String,
            i64,
            i64,
            DateTime<Utc>,
            Option<String>,
            Option<String>,
            DateTime<Utc>,
            Option<DateTime<Utc>>,
        );
        let rows: Vec<JobRow> = sqlx::query_as(
            "SELECT id, kind, status, attempts, max_attempts, run_after, locked_by, last_error, \
             created_at, finished_at FROM jobs ORDER BY id DESC LIMIT $1",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |(
                    id,
                    kind,
                    status,
                    attempts,
                    max,
                    run_after,
                    locked_by,
                    last_error,
                    created,
                    finished,
                )| {
                    JobRecord {
                        id,
                        kind,
                        status,
                        attempts: u32::try_from(attempts).unwrap_or(u32::MAX),
                        max_attempts: u32::try_from(max).unwrap_or(u32::MAX),
                        run_after,
                        locked_by,
                        last_error,
                        created_at: created,
                        finished_at: finished,
                    }
                },
            )
            .collect())
    }

    async fn placements_of_many(
        &self,
        ids: &[CandidateId],
    ) -> Result<Vec<Stored<PlacementId, Placement>>> {
        let ids = ids.iter().map(|id| id.0);
        stored_where_in(
            &self.pool,
            "placements",
            "candidate_id",
            ids,
            "placement",
            PlacementId,
        )
        .await
    }
}

type TokenRow = (
    i64,
    i64,
    String,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    Option<DateTime<Utc>>,
);
type AuditRow = (
    i64,
    DateTime<Utc>,
    Option<i64>,
    Option<String>,
    String,
    Option<String>,
    Option<i64>,
    Option<i64>,
    Option<String>,
    Option<String>,
);
/// A CV file's row: file name, content type, size, bytes, uploaded at, uploaded by.
type CvRow = (String, String, i64, Vec<u8>, DateTime<Utc>, Option<i64>);
const TOKEN_COLUMNS: &str = "id, user_id, name, created_at, last_used_at, revoked_at";

fn token_from_row(
    (id, user_id, name, created_at, last_used_at, revoked_at): TokenRow,
) -> ApiTokenRecord {
    ApiTokenRecord {
        id,
        user_id: UserId(user_id),
        name,
        created_at,
        last_used_at,
        revoked_at,
    }
}

impl Backend {
    /// Why candidate `id` is not there: merged into another record, or never there.
    async fn missing_candidate(&self, id: CandidateId) -> Error {
        match self.merged_into(id).await {
            Ok(Some(survivor)) => Error::Merged {
                id: id.0,
                survivor: survivor.0,
            },
            Ok(None) => Error::NotFound {
                what: "interim manager",
                id: id.0,
            },
            Err(e) => e,
        }
    }
}

/// The columns of an import, as [`ImportRow`] reads them.
const IMPORT_COLUMNS: &str = "id, source, file_name, format, dry_run, strict, status, started_by, \
    started_at, finished_at, report, rows_done, rows_total";

/// An import as stored.
type ImportRow = (
    i64,
    String,
    String,
    String,
    bool,
    bool,
    String,
    Option<i64>,
    DateTime<Utc>,
    Option<DateTime<Utc>>,
    Json<ImportReport>,
    i64,
    i64,
);

/// An import's id, record, rows done and rows in all.
fn import_from_row(r: ImportRow) -> (i64, ImportRecord, u64, u64) {
    (
        r.0,
        ImportRecord {
            source: r.1,
            file_name: r.2,
            format: r.3,
            dry_run: r.4,
            strict: r.5,
            status: r.6,
            started_by: r.7.map(UserId),
            started_at: r.8,
            finished_at: r.9,
            report: r.10.0,
        },
        r.11.max(0) as u64,
        r.12.max(0) as u64,
    )
}

/// A pair of records that may be one person, as stored.
type DuplicateRow = (i64, i64, i64, Json<Vec<String>>, String, DateTime<Utc>);

fn duplicate_from_row(
    (id, first, second, Json(reasons), status, found_at): DuplicateRow,
) -> PossibleDuplicate {
    PossibleDuplicate {
        id,
        first,
        second,
        reasons,
        status,
        found_at,
    }
}

/// Renames candidate `from` to `to` wherever a record's body names a candidate (a field
/// `candidate_id` or `owner`, or a list of candidate ids); whether anything changed.
fn renumber(value: &mut serde_json::Value, from: i64, to: i64) -> bool {
    use serde_json::Value;
    let mut changed = false;
    match value {
        Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                match (key.as_str(), &mut *field) {
                    ("candidate_id" | "owner", Value::Number(n)) if n.as_i64() == Some(from) => {
                        *field = Value::from(to);
                        changed = true;
                    }
                    ("excluded_candidates" | "candidate_ids" | "conflicts", Value::Array(ids)) => {
                        for id in ids.iter_mut() {
                            if id.as_i64() == Some(from) {
                                *id = Value::from(to);
                                changed = true;
                            }
                        }
                    }
                    _ => changed |= renumber(field, from, to),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                changed |= renumber(item, from, to);
            }
        }
        _ => {}
    }
    changed
}

/// Rewrites an interim manager read for write in the same transaction.
async fn write_candidate(tx: &mut Tx, id: CandidateId, candidate: &InterimManager) -> Result<()> {
    let sql = format!(
        "UPDATE candidates SET ({CANDIDATE_COLUMNS}) = ({CANDIDATE_VALUES}), \
         version = version + 1 WHERE id = $21"
    );
    bind_candidate(sqlx::query(&sql), candidate, Utc::now())
        .bind(id.0)
        .execute(&mut **tx)
        .await
        .map_err(|e| map_err("interim manager", e))?;
    Ok(())
}

async fn write_pipeline_entry(
    tx: &mut Tx,
    id: PipelineEntryId,
    entry: &PipelineEntry,
) -> Result<()> {
    sqlx::query(
        "UPDATE pipeline_entries SET stage = $1, body = $2, version = version + 1 WHERE id = $3",
    )
    .bind(entry.stage().code())
    .bind(Json(entry))
    .bind(id.0)
    .execute(&mut **tx)
    .await
    .map_err(|e| map_err("pipeline entry", e))?;
    Ok(())
}

/// An audit entry waiting to be written, and where its id goes once it is committed.
type QueuedAudit = (AuditEntry, tokio::sync::oneshot::Sender<Result<i64>>);

/// The audit log's group commit. Every audited read writes an entry, and with commits that
/// wait for the disk (SQLite's `synchronous=FULL`) one commit per entry would make the disk's
/// flush rate the server's request rate. Entries that arrive while a commit is under way wait
/// and go together in the next transaction: one flush for many, each caller answered only
/// once its entry is committed. Started by the first entry.
#[derive(Debug, Clone, Default)]
pub(crate) struct AuditQueue(
    std::sync::Arc<std::sync::OnceLock<tokio::sync::mpsc::UnboundedSender<QueuedAudit>>>,
);

/// The most entries one transaction takes.
const AUDIT_BATCH: usize = 256;

/// Writes queued audit entries, as many per transaction as are waiting.
async fn write_audit_entries(
    pool: sqlx::Pool<Db>,
    mut waiting: tokio::sync::mpsc::UnboundedReceiver<QueuedAudit>,
) {
    while let Some(first) = waiting.recv().await {
        let mut batch = vec![first];
        while batch.len() < AUDIT_BATCH {
            match waiting.try_recv() {
                Ok(next) => batch.push(next),
                Err(_) => break,
            }
        }
        let entries: Vec<&AuditEntry> = batch.iter().map(|(e, _)| e).collect();
        match insert_audit_entries(&pool, &entries).await {
            Ok(ids) => {
                for ((_, reply), id) in batch.into_iter().zip(ids) {
                    let _ = reply.send(Ok(id));
                }
            }
            // One bad entry must not take the others with it: each on its own, with its
            // own answer.
            Err(_) if batch.len() > 1 => {
                for (entry, reply) in batch {
                    let one = insert_audit_entries(&pool, &[&entry])
                        .await
                        .map(|ids| ids[0]);
                    let _ = reply.send(one);
                }
            }
            Err(e) => {
                if let Some((_, reply)) = batch.pop() {
                    let _ = reply.send(Err(e));
                }
            }
        }
    }
}

/// Inserts audit entries in one statement (so one commit); their ids in order.
async fn insert_audit_entries(pool: &sqlx::Pool<Db>, entries: &[&AuditEntry]) -> Result<Vec<i64>> {
    const COLUMNS: usize = 9;
    let rows: Vec<String> = (0..entries.len())
        .map(|r| {
            let marks: Vec<String> = (1..=COLUMNS)
                .map(|c| format!("${}", r * COLUMNS + c))
                .collect();
            format!("({})", marks.join(", "))
        })
        .collect();
    let sql = format!(
        "INSERT INTO audit_log (at, actor_user_id, actor_email, action, record_kind, record_id, subject_candidate_id, address, reason) \
         VALUES {} RETURNING id",
        rows.join(", ")
    );
    let mut insert = sqlx::query_scalar::<_, i64>(&sql);
    for e in entries {
        insert = insert
            .bind(e.at)
            .bind(e.actor.map(|u| u.0))
            .bind(&e.actor_email)
            .bind(e.action.code())
            .bind(&e.record_kind)
            .bind(e.record_id)
            .bind(e.subject.map(|c| c.0))
            .bind(&e.address)
            .bind(&e.reason);
    }
    let mut ids = insert
        .fetch_all(pool)
        .await
        .map_err(|err| map_err("audit entry", err))?;
    // One statement numbers its rows in the order given; RETURNING need not list them so.
    ids.sort_unstable();
    Ok(ids)
}
