//! Fresh, migrated databases for test suites, here and in the crates above the store: a new
//! SQLite file, or a new database on the PostgreSQL server `INTERIM_TEST_POSTGRES_URL` names.
//! With `INTERIM_REQUIRE_POSTGRES=1` a missing server fails the test instead of skipping it.

use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::Connection;

use crate::{DatabaseUrl, Store};

/// A migrated store in a new SQLite file, its URL, and the directory that holds it.
pub async fn sqlite() -> (Arc<dyn Store>, DatabaseUrl, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("temporary directory");
    let url = format!("sqlite://{}", dir.path().join("test.db").display());
    let url = DatabaseUrl::parse(&url).expect("url");
    let store = crate::connect(&url).await.expect("open sqlite");
    store.migrate().await.expect("migrate sqlite");
    (store, url, dir)
}

/// A migrated store in a new PostgreSQL database, or `None` (after saying so) when no server
/// is configured. With `INTERIM_REQUIRE_POSTGRES=1` a missing server fails the test instead.
pub async fn postgres() -> Option<(Arc<dyn Store>, DatabaseUrl)> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let Ok(admin_url) = std::env::var("INTERIM_TEST_POSTGRES_URL") else {
        if std::env::var("INTERIM_REQUIRE_POSTGRES").as_deref() == Ok("1") {
            panic!("INTERIM_REQUIRE_POSTGRES=1 but INTERIM_TEST_POSTGRES_URL is not set");
        }
        eprintln!(
            "SKIP PostgreSQL variant: set INTERIM_TEST_POSTGRES_URL=postgres://user:pass@host/db to run it"
        );
        return None;
    };
    let name = format!(
        "interim_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos())
    );
    let mut admin = sqlx::PgConnection::connect(&admin_url)
        .await
        .unwrap_or_else(|e| panic!("cannot reach PostgreSQL at INTERIM_TEST_POSTGRES_URL: {e}"));
    sqlx::Executor::execute(&mut admin, format!("CREATE DATABASE {name}").as_str())
        .await
        .expect("create test database");
    admin.close().await.ok();
    let base = admin_url
        .rsplit_once('/')
        .map_or(admin_url.as_str(), |(b, _)| b);
    let url = DatabaseUrl::parse(&format!("{base}/{name}")).expect("url");
    let store = crate::connect(&url).await.expect("open postgres");
    store.migrate().await.expect("migrate postgres");
    Some((store, url))
}

/// Runs one statement on a connection of its own, outside the store: for a test that plays
/// another program writing to the same database.
pub async fn execute(url: &DatabaseUrl, sql: &str) {
    match url {
        DatabaseUrl::Sqlite(_) => {
            let mut c = sqlx::SqliteConnection::connect(url.expose())
                .await
                .expect("connect");
            sqlx::query(sql).execute(&mut c).await.expect("statement");
        }
        DatabaseUrl::Postgres(_) => {
            let mut c = sqlx::PgConnection::connect(url.expose())
                .await
                .expect("connect");
            sqlx::query(sql).execute(&mut c).await.expect("statement");
        }
    }
}

/// Runs a whole script (several statements) on a connection of its own: for a test that
/// replays a migration over data written in an earlier shape.
pub async fn execute_script(url: &DatabaseUrl, sql: &str) {
    match url {
        DatabaseUrl::Sqlite(_) => {
            let mut c = sqlx::SqliteConnection::connect(url.expose())
                .await
                .expect("connect");
            sqlx::raw_sql(sql).execute(&mut c).await.expect("script");
        }
        DatabaseUrl::Postgres(_) => {
            let mut c = sqlx::PgConnection::connect(url.expose())
                .await
                .expect("connect");
            let mut tx = c.begin().await.expect("begin");
            sqlx::raw_sql(sql).execute(&mut *tx).await.expect("script");
            tx.commit().await.expect("commit");
        }
    }
}

/// The text of migration `version` for the backend `url` names.
pub fn migration(url: &DatabaseUrl, version: i64) -> &'static str {
    let all = match url {
        DatabaseUrl::Sqlite(_) => crate::sqlite::MIGRATIONS,
        DatabaseUrl::Postgres(_) => crate::postgres::MIGRATIONS,
    };
    all.iter()
        .find(|(v, _, _)| *v == version)
        .map(|(_, _, sql)| *sql)
        .unwrap_or_else(|| panic!("no migration {version}"))
}
