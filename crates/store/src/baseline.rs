//! The searches a firm would otherwise run, as baselines for the match engine's benchmark:
//! full-text search over the profile text (SQLite FTS5, or PostgreSQL `tsvector` with a GIN
//! index) with the hard filters written as SQL, ranked by the database's own text rank.

use async_trait::async_trait;
use chrono::NaiveDate;

use crate::{DatabaseUrl, Error, PostgresStore, Result, SqliteStore};

/// One search: text terms plus the hard filters a mandate switches on.
#[derive(Debug, Clone)]
pub struct BaselineQuery {
    /// Words to look for (any of them); ranked by the database's text rank.
    pub terms: Vec<String>,
    /// Required languages: ISO 639-1 code and the accepted level codes (`c1`, `c2`, `native`).
    pub languages: Vec<(String, Vec<&'static str>)>,
    /// Only qualified candidates whose qualification holds on `today`.
    pub qualified_only: bool,
    /// Accepted profile kinds (codes).
    pub profile_kinds: Vec<&'static str>,
    /// The highest day rate accepted, in `currency`.
    pub max_day_rate: i64,
    /// The currency code.
    pub currency: &'static str,
    /// Available from this day at the latest.
    pub available_by: NaiveDate,
    /// Consent must hold on this day; qualification too.
    pub today: NaiveDate,
    /// The mandate's location.
    pub lat: f64,
    /// The mandate's location.
    pub lon: f64,
    /// Within this distance, or willing to relocate.
    pub max_km: f64,
    /// How many to return.
    pub top: u32,
}

/// A baseline search engine over one database.
#[async_trait]
pub trait Baseline: Send + Sync {
    /// Builds the text index over the stored candidates (once, before timing).
    async fn prepare(&self) -> Result<()>;
    /// Runs one search; returns candidate ids, best first.
    async fn search(&self, q: &BaselineQuery) -> Result<Vec<i64>>;
    /// Its name in reports.
    fn name(&self) -> &'static str;
}

/// The baseline for the database the URL names.
pub async fn connect(url: &DatabaseUrl) -> Result<Box<dyn Baseline>> {
    Ok(match url {
        DatabaseUrl::Sqlite(_) => Box::new(SqliteFts(SqliteStore::connect(url).await?)),
        DatabaseUrl::Postgres(_) => Box::new(PostgresFts(PostgresStore::connect(url).await?)),
    })
}

/// Degrees of latitude and longitude around `lat` that cover `km`: a bounding box, which is
/// what SQL without a geo extension can do.
fn bounding_box(lat: f64, km: f64) -> (f64, f64) {
    let dlat = km / 111.0;
    let dlon = km / (111.0 * lat.to_radians().cos().abs().max(0.05));
    (dlat, dlon)
}

/// Keeps letters, digits and spaces so terms can be quoted safely in a text query.
fn clean(term: &str) -> String {
    term.chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The cleaned terms of a query, each shaped for the database's text query syntax; refused
/// when none is left.
fn text_terms(q: &BaselineQuery, shape: impl Fn(&str) -> String) -> Result<Vec<String>> {
    let terms: Vec<String> = q
        .terms
        .iter()
        .map(|t| clean(t))
        .filter(|t| !t.is_empty())
        .map(|t| shape(&t))
        .collect();
    if terms.is_empty() {
        return Err(Error::Invalid(domain::Invalid::new(
            "terms",
            "a baseline search needs at least one word",
        )));
    }
    Ok(terms)
}

/// The hard filters as SQL over `candidates c`, the same for both databases but for how true
/// is written and how a language is looked up in the JSON column (`$2`..`$9` are bound by the
/// caller: rate, currency, available by, today, and the bounding box).
fn filter_sql(
    q: &BaselineQuery,
    relocate: &str,
    language: impl Fn(&str, &str) -> String,
) -> String {
    let mut sql = format!(
        " AND c.day_rate <= $2 AND c.currency = $3 AND c.available_from <= $4 \
         AND c.consent_until >= $5 AND ({relocate} OR (c.lat BETWEEN $6 AND $7 AND c.lon BETWEEN $8 AND $9))"
    );
    if q.qualified_only {
        sql.push_str(" AND c.vetting_status = 'qualified' AND c.qualified_until >= $5");
    }
    // Profile kinds and level codes are our own constants; language codes are cleaned.
    let kinds: Vec<String> = q.profile_kinds.iter().map(|k| format!("'{k}'")).collect();
    sql.push_str(&format!(" AND c.profile_kind IN ({})", kinds.join(", ")));
    for (code, levels) in &q.languages {
        let levels: Vec<String> = levels.iter().map(|l| format!("'{l}'")).collect();
        sql.push_str(&language(&clean(code), &levels.join(", ")));
    }
    sql
}

/// SQLite FTS5 (`unicode61`, diacritics folded) ranked by `bm25()`.
struct SqliteFts(SqliteStore);

#[async_trait]
impl Baseline for SqliteFts {
    fn name(&self) -> &'static str {
        "SQLite FTS5 + SQL filters"
    }

    async fn prepare(&self) -> Result<()> {
        let pool = &self.0.pool;
        sqlx::Executor::execute(
            pool,
            "DROP TABLE IF EXISTS baseline_fts; \
             CREATE VIRTUAL TABLE baseline_fts USING fts5(body_text, content='', tokenize='unicode61 remove_diacritics 2'); \
             INSERT INTO baseline_fts(rowid, body_text) \
             SELECT id, json_extract(body, '$.headline') || ' ' || json_extract(body, '$.summary') || ' ' || \
                    json_extract(body, '$.cv_text') || ' ' || \
                    (SELECT group_concat(json_extract(value, '$.role.title') || ' ' || json_extract(value, '$.achievements'), ' ') \
                     FROM json_each(body, '$.track_record')) \
             FROM candidates;",
        )
        .await?;
        Ok(())
    }

    async fn search(&self, q: &BaselineQuery) -> Result<Vec<i64>> {
        let terms = text_terms(q, |t| format!("\"{t}\""))?;
        let mut sql = String::from(
            "SELECT c.id FROM baseline_fts f JOIN candidates c ON c.id = f.rowid WHERE baseline_fts MATCH $1",
        );
        sql.push_str(&filter_sql(q, "c.relocate = 1", |code, levels| {
            format!(
                " AND EXISTS (SELECT 1 FROM json_each(c.languages) WHERE json_extract(value, '$.language') = '{code}' AND json_extract(value, '$.level') IN ({levels}))"
            )
        }));
        sql.push_str(" ORDER BY bm25(baseline_fts) LIMIT $10");
        let (dlat, dlon) = bounding_box(q.lat, q.max_km);
        let rows: Vec<(i64,)> = sqlx::query_as(&sql)
            .bind(terms.join(" OR "))
            .bind(q.max_day_rate)
            .bind(q.currency)
            .bind(q.available_by)
            .bind(q.today)
            .bind(q.lat - dlat)
            .bind(q.lat + dlat)
            .bind(q.lon - dlon)
            .bind(q.lon + dlon)
            .bind(i64::from(q.top))
            .fetch_all(&self.0.pool)
            .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }
}

/// PostgreSQL full-text search: a stored `tsvector` with a GIN index, ranked by `ts_rank`.
struct PostgresFts(PostgresStore);

#[async_trait]
impl Baseline for PostgresFts {
    fn name(&self) -> &'static str {
        "PostgreSQL FTS (tsvector + GIN) + SQL filters"
    }

    async fn prepare(&self) -> Result<()> {
        let pool = &self.0.pool;
        sqlx::Executor::execute(
            pool,
            "DROP TABLE IF EXISTS baseline_fts; \
             CREATE TABLE baseline_fts AS SELECT id, to_tsvector('simple', \
                 (body->>'headline') || ' ' || (body->>'summary') || ' ' || (body->>'cv_text') || ' ' || \
                 coalesce((SELECT string_agg((e->'role'->>'title') || ' ' || (e->>'achievements'), ' ') \
                           FROM jsonb_array_elements(body->'track_record') e), '')) AS doc \
             FROM candidates; \
             ALTER TABLE baseline_fts ADD PRIMARY KEY (id); \
             CREATE INDEX baseline_fts_doc ON baseline_fts USING GIN (doc); \
             ANALYZE baseline_fts; ANALYZE candidates;",
        )
        .await?;
        Ok(())
    }

    async fn search(&self, q: &BaselineQuery) -> Result<Vec<i64>> {
        let terms = text_terms(q, |t| {
            format!("({})", t.split(' ').collect::<Vec<_>>().join(" <-> "))
        })?;
        let mut sql = String::from(
            "SELECT c.id FROM baseline_fts f JOIN candidates c ON c.id = f.id, to_tsquery('simple', $1) query WHERE f.doc @@ query",
        );
        sql.push_str(&filter_sql(q, "c.relocate", |code, levels| {
            format!(
                " AND EXISTS (SELECT 1 FROM jsonb_array_elements(c.languages) l WHERE l->>'language' = '{code}' AND l->>'level' IN ({levels}))"
            )
        }));
        sql.push_str(" ORDER BY ts_rank(f.doc, query) DESC, c.id LIMIT $10");
        let (dlat, dlon) = bounding_box(q.lat, q.max_km);
        let rows: Vec<(i64,)> = sqlx::query_as(&sql)
            .bind(terms.join(" | "))
            .bind(q.max_day_rate)
            .bind(q.currency)
            .bind(q.available_by)
            .bind(q.today)
            .bind(q.lat - dlat)
            .bind(q.lat + dlat)
            .bind(q.lon - dlon)
            .bind(q.lon + dlon)
            .bind(i64::from(q.top))
            .fetch_all(&self.0.pool)
            .await?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }
}
