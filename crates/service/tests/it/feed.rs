//! The change feed's follower: a second server's index follows the first server's writes,
//! including a write whose transaction took its feed number earlier but committed later.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;
use domain::ids::CandidateId;
use domain::values::PersonName;
use seed::Generator;
use service::feed::{Cursor, catch_up, cursor_before_load};
use service::{FeedStatus, SharedIndex, load_index};
use sqlx::Connection;
use store::{DatabaseUrl, Store};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
}

/// Two servers' stores on one database: `a` writes, `b` follows. Returns the candidates'
/// ids, `b`'s loaded index and `b`'s cursor, taken before its load as a server does.
async fn two_servers(
    url: &DatabaseUrl,
) -> (
    Arc<dyn Store>,
    Arc<dyn Store>,
    Vec<CandidateId>,
    SharedIndex,
    Cursor,
) {
    let a = store::connect(url).await.expect("server a");
    let g = Generator::new(3, today());
    let people: Vec<_> = (0..20).map(|i| g.candidate(i)).collect();
    let ids = a.insert_candidates(&people).await.expect("insert");
    let b = store::connect(url).await.expect("server b");
    let cursor = cursor_before_load(&b).await.expect("cursor");
    let index = SharedIndex::default();
    index.set(load_index(&b, |_, _| {}).await.expect("load").index);
    (a, b, ids, index, cursor)
}

fn name_in(index: &SharedIndex, id: CandidateId) -> Option<String> {
    index
        .with(|i| i.label(id).map(|(name, _)| name.to_owned()))
        .flatten()
}

/// Renames a candidate through the store, as a server's write does.
async fn rename(store: &Arc<dyn Store>, id: CandidateId, name: &str) {
    let mut c = store.candidate(id).await.expect("read");
    c.value.name = PersonName::parse(name).expect("name");
    store
        .update_candidate(id, c.version, &c.value)
        .await
        .expect("update");
}

async fn a_write_on_one_server_reaches_the_other(url: DatabaseUrl) {
    let (a, b, ids, index, mut cursor) = two_servers(&url).await;
    assert_eq!(
        catch_up(&b, &index, &mut cursor).await.expect("round"),
        0,
        "nothing new since the load"
    );
    rename(&a, ids[4], "Astrid Followed").await;
    assert_ne!(name_in(&index, ids[4]).as_deref(), Some("Astrid Followed"));
    assert_eq!(catch_up(&b, &index, &mut cursor).await.expect("round"), 1);
    assert_eq!(
        name_in(&index, ids[4]).as_deref(),
        Some("Astrid Followed"),
        "the other server's index follows the write"
    );
    // A candidate deleted outside the application (an erasure, later) leaves the index.
    store::testing::execute(
        &url,
        &format!("DELETE FROM candidates WHERE id = {}", ids[7].0),
    )
    .await;
    catch_up(&b, &index, &mut cursor).await.expect("round");
    assert_eq!(name_in(&index, ids[7]), None);
    assert_eq!(index.with(engine::Index::len), Some(19));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_on_one_server_reaches_the_other_on_sqlite() {
    let (_, url, _dir) = store::testing::sqlite().await;
    a_write_on_one_server_reaches_the_other(url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_write_on_one_server_reaches_the_other_on_postgres() {
    if let Some((_, url)) = store::testing::postgres().await {
        a_write_on_one_server_reaches_the_other(url).await;
    }
}

/// Two transactions interleave: the first takes feed number n, the second n + 1 and commits
/// first. A follower that read `seq > last` would never see n.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_that_commits_after_a_later_number_is_not_missed() {
    let Some((_, url)) = store::testing::postgres().await else {
        return;
    };
    let (_, b, ids, index, mut cursor) = two_servers(&url).await;
    let rename_in = |id: CandidateId, name: &str| {
        format!(
            "UPDATE candidates SET body = jsonb_set(body, '{{name}}', to_jsonb('{name}'::text)) \
             WHERE id = {}",
            id.0
        )
    };
    let mut early = sqlx::PgConnection::connect(url.expose())
        .await
        .expect("connect");
    let mut late = sqlx::PgConnection::connect(url.expose())
        .await
        .expect("connect");
    let mut early_tx = early.begin().await.expect("begin");
    sqlx::query(&rename_in(ids[1], "Early Taker"))
        .execute(&mut *early_tx)
        .await
        .expect("first write");
    let mut late_tx = late.begin().await.expect("begin");
    sqlx::query(&rename_in(ids[2], "Late Taker"))
        .execute(&mut *late_tx)
        .await
        .expect("second write");
    late_tx.commit().await.expect("second commits first");

    assert_eq!(catch_up(&b, &index, &mut cursor).await.expect("round"), 1);
    assert_eq!(name_in(&index, ids[2]).as_deref(), Some("Late Taker"));
    assert_eq!(
        cursor.open().count(),
        1,
        "the number the first transaction took stays open"
    );

    early_tx.commit().await.expect("first commits");
    assert_eq!(catch_up(&b, &index, &mut cursor).await.expect("round"), 1);
    assert_eq!(
        name_in(&index, ids[1]).as_deref(),
        Some("Early Taker"),
        "the change that committed out of order is applied"
    );
    assert_eq!(cursor.open().count(), 0);
}

/// The follower as a server runs it: loaded, then woken (PostgreSQL) or polling (SQLite).
async fn the_follower_task_keeps_the_index_current(url: DatabaseUrl) {
    let a = store::connect(&url).await.expect("server a");
    let g = Generator::new(5, today());
    let people: Vec<_> = (0..10).map(|i| g.candidate(i)).collect();
    let ids = a.insert_candidates(&people).await.expect("insert");
    let b = store::connect(&url).await.expect("server b");
    let index = Arc::new(SharedIndex::default());
    let status = Arc::new(FeedStatus::default());
    let task = tokio::spawn(service::follow(b, index.clone(), status.clone(), |_, _| {}));
    wait_until("the index loads", || index.is_loaded()).await;
    rename(&a, ids[3], "Bergljot Woken").await;
    wait_until("the rename reaches the other server", || {
        name_in(&index, ids[3]).as_deref() == Some("Bergljot Woken")
    })
    .await;
    let report = status.report();
    assert!(report.followed, "{report:?}");
    assert!(report.applied >= 1, "{report:?}");
    task.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_follower_task_keeps_the_index_current_on_sqlite() {
    let (_, url, _dir) = store::testing::sqlite().await;
    the_follower_task_keeps_the_index_current(url).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_follower_task_keeps_the_index_current_on_postgres() {
    if let Some((_, url)) = store::testing::postgres().await {
        the_follower_task_keeps_the_index_current(url).await;
    }
}

/// Polls `done` until it holds; fails after a minute rather than hang (a deadline, not a
/// measurement).
async fn wait_until(what: &str, done: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !done() {
        assert!(Instant::now() < deadline, "{what}: not within a minute");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}
