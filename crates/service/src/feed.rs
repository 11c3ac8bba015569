//! The change feed's follower: keeps this server's match index current with every committed
//! write that changes what the index sees, whichever server made it.
//!
//! The database writes a feed row by trigger in the writing transaction (migration 0011), so
//! a change cannot commit without its row. Each server follows the feed from the number it
//! last applied, re-reads the candidates named and applies them to its own index; re-applying
//! a change is harmless, so a server also applies its own writes at once and then once more.
//!
//! Sequence numbers are taken at write time, not at commit. On PostgreSQL a transaction that
//! took 10 can commit after one that took 11, so a follower that only read `seq > last` would
//! skip 10 for ever. The [`Cursor`] therefore keeps every number it jumped over open and asks
//! for the open ones again on every round, for [`GAP_PATIENCE`]; a number still missing then
//! belonged to a transaction that rolled back (sequences do not roll back).
//!
//! A round runs when PostgreSQL notifies the feed's channel (a `LISTEN` connection) and every
//! [`POLL_EVERY`] anyway, because notifications are not replayed across a lost connection and
//! SQLite has none. Nothing is lost while a connection is down: the feed table has every row,
//! and the next round reads them.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use domain::ids::CandidateId;
use domain::values::Period;
use store::{ChangeWaker, IndexChange, Store};

use crate::index::{SharedIndex, load_index};

/// How often a follower reads the feed when nothing woke it.
pub const POLL_EVERY: Duration = Duration::from_millis(500);
/// How long a number the feed skipped stays open: longer than any write transaction runs.
pub const GAP_PATIENCE: Duration = Duration::from_secs(60);
/// How long the feed keeps its rows. A server that could not follow for half of it loads its
/// index afresh instead of trusting a feed that may have lost rows it never read.
pub const KEEP_CHANGES: Duration = Duration::from_secs(24 * 3600);
/// A server is ready only when its last round over the feed succeeded this recently.
pub const FOLLOWED_WITHIN: Duration = Duration::from_secs(5);
/// At start-up the cursor begins this many numbers before the feed's end, so a transaction
/// that took its number before the load and commits during it is still read.
const START_OVERLAP: i64 = 1_000;
/// Feed rows read per query.
const PAGE: u32 = 2_000;
/// Candidates re-read per query.
const CANDIDATES_PER_READ: usize = 500;
/// Open numbers asked for per round; the rest wait for the next.
const OPEN_PER_READ: usize = 1_000;
/// A jump larger than this is not kept open number by number (a sequence that skipped ahead).
const LARGEST_GAP: i64 = 100_000;

/// Which numbers of the feed this server has applied: every number up to `high` was applied,
/// except the `open` ones, which were jumped over and may still commit.
#[derive(Debug, Clone, Default)]
pub struct Cursor {
    high: i64,
    open: BTreeMap<i64, Instant>,
}

impl Cursor {
    /// A cursor that has applied everything up to and including `seq`.
    pub fn after(seq: i64) -> Self {
        Self {
            high: seq,
            open: BTreeMap::new(),
        }
    }

    /// The highest number applied.
    pub fn high(&self) -> i64 {
        self.high
    }

    /// The numbers jumped over that may still commit, lowest first.
    pub fn open(&self) -> impl Iterator<Item = i64> + '_ {
        self.open.keys().copied()
    }

    /// How many numbers are open.
    pub fn open_count(&self) -> usize {
        self.open.len()
    }

    /// Takes feed rows read after [`Cursor::high`] or among the open numbers, in any order;
    /// returns the ones not applied before. Numbers jumped over are opened at `now`.
    pub fn take(&mut self, mut changes: Vec<IndexChange>, now: Instant) -> Vec<IndexChange> {
        changes.sort_by_key(|c| c.seq);
        changes.dedup_by_key(|c| c.seq);
        let mut fresh = Vec::with_capacity(changes.len());
        for change in changes {
            if change.seq <= self.high {
                if self.open.remove(&change.seq).is_some() {
                    fresh.push(change);
                }
                continue;
            }
            let skipped = change.seq - self.high - 1;
            if skipped > LARGEST_GAP {
                tracing::warn!(
                    from = self.high,
                    to = change.seq,
                    "the change feed jumped; the numbers between are not waited for"
                );
            } else {
                for seq in self.high + 1..change.seq {
                    self.open.insert(seq, now);
                }
            }
            self.high = change.seq;
            fresh.push(change);
        }
        fresh
    }

    /// Closes the numbers open since before `now - patience`: their transactions rolled back.
    /// Returns how many were closed.
    pub fn close_older_than(&mut self, patience: Duration, now: Instant) -> usize {
        let before = self.open.len();
        self.open
            .retain(|_, opened| now.saturating_duration_since(*opened) < patience);
        before - self.open.len()
    }
}

/// What `/readyz` says about the feed.
#[derive(Debug, Clone, PartialEq)]
pub struct FeedReport {
    /// Whether the last round succeeded within [`FOLLOWED_WITHIN`].
    pub followed: bool,
    /// Seconds since the last successful round; `None` before the first.
    pub seconds_since_followed: Option<f64>,
    /// The highest feed number applied.
    pub applied_through: i64,
    /// Numbers jumped over that may still commit.
    pub open: usize,
    /// Changes applied since start-up.
    pub applied: u64,
    /// Why the last round failed, if it did.
    pub last_error: Option<String>,
}

/// How the follower is doing, shared with the readiness check.
#[derive(Debug, Default)]
pub struct FeedStatus(Mutex<FeedState>);

#[derive(Debug, Default)]
struct FeedState {
    followed_at: Option<Instant>,
    applied_through: i64,
    open: usize,
    applied: u64,
    last_error: Option<String>,
}

impl FeedStatus {
    /// The state now.
    pub fn report(&self) -> FeedReport {
        let state = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        let since = state.followed_at.map(|at| at.elapsed());
        FeedReport {
            followed: since.is_some_and(|s| s <= FOLLOWED_WITHIN),
            seconds_since_followed: since.map(|s| s.as_secs_f64()),
            applied_through: state.applied_through,
            open: state.open,
            applied: state.applied,
            last_error: state.last_error.clone(),
        }
    }

    fn followed(&self, cursor: &Cursor, applied: usize) {
        let mut state = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        state.followed_at = Some(Instant::now());
        state.applied_through = cursor.high();
        state.open = cursor.open_count();
        state.applied += applied as u64;
        state.last_error = None;
    }

    fn failed(&self, error: &store::Error) {
        let mut state = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        state.last_error = Some(error.to_string());
    }
}

/// A cursor for a load that starts now: [`START_OVERLAP`] numbers before the feed's end, the
/// numbers in that stretch that are missing kept open (they may belong to transactions still
/// running). Everything the load reads is at least as new as the cursor says.
pub async fn cursor_before_load(store: &Arc<dyn Store>) -> store::Result<Cursor> {
    let Some((_, last)) = store.index_feed_bounds().await? else {
        return Ok(Cursor::after(0));
    };
    let from = (last - START_OVERLAP).max(0);
    let mut cursor = Cursor::after(from);
    let mut present = Vec::new();
    let mut after = from;
    loop {
        let page = store.index_changes_after(after, PAGE).await?;
        let Some(end) = page.last() else { break };
        after = end.seq;
        present.extend(page);
    }
    // The rows present were applied by the load that follows; only the missing ones stay open.
    cursor.take(present, Instant::now());
    Ok(cursor)
}

/// One round over the feed: reads what committed since `cursor`, applies it to `index`, and
/// moves the cursor only once it is applied. Returns how many changes were applied.
pub async fn catch_up(
    store: &Arc<dyn Store>,
    index: &SharedIndex,
    cursor: &mut Cursor,
) -> store::Result<usize> {
    let now = Instant::now();
    let mut next = cursor.clone();
    let mut fresh = Vec::new();
    if next.open_count() > 0 {
        let open: Vec<i64> = next.open().take(OPEN_PER_READ).collect();
        let late = store.index_changes_in(&open).await?;
        fresh.extend(next.take(late, now));
    }
    loop {
        let page = store.index_changes_after(next.high(), PAGE).await?;
        let full = page.len() == PAGE as usize;
        fresh.extend(next.take(page, now));
        if !full {
            break;
        }
    }
    let closed = next.close_older_than(GAP_PATIENCE, now);
    if closed > 0 {
        tracing::debug!(closed, "feed numbers that never committed were closed");
    }
    let candidates: BTreeSet<CandidateId> = fresh.iter().map(|c| c.candidate_id).collect();
    apply(store, index, &candidates.into_iter().collect::<Vec<_>>()).await?;
    *cursor = next;
    Ok(fresh.len())
}

/// Re-reads the candidates of `ids` with their bookings and puts them into `index` as they
/// are now; a candidate that no longer exists leaves it.
pub async fn apply(
    store: &Arc<dyn Store>,
    index: &SharedIndex,
    ids: &[CandidateId],
) -> store::Result<()> {
    for chunk in ids.chunks(CANDIDATES_PER_READ) {
        let candidates = store.candidates_among(chunk).await?;
        let mut bookings: BTreeMap<CandidateId, Vec<Period>> =
            chunk.iter().map(|id| (*id, Vec::new())).collect();
        for placement in store.placements_of_many(chunk).await? {
            bookings
                .entry(placement.value.candidate_id)
                .or_default()
                .push(placement.value.period);
        }
        index.update(|index| {
            let mut gone: BTreeSet<CandidateId> = chunk.iter().copied().collect();
            for candidate in &candidates {
                gone.remove(&candidate.id);
                index.upsert(candidate.id, &candidate.value);
            }
            for id in gone {
                index.remove(id);
            }
            for (id, periods) in &bookings {
                index.set_bookings(*id, periods);
            }
        });
    }
    Ok(())
}

/// What wakes a follower besides its poll.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wakeups {
    /// The database's notifications where it has them (PostgreSQL), and the poll.
    Notifications,
    /// The poll alone, every [`POLL_EVERY`]: what a follower falls back to when its
    /// notifications stop, and the baseline `interim bench sync` compares against.
    PollOnly,
}

/// Loads the match index and then follows the feed for as long as the server runs: the
/// server's one background task for its index. `progress` is told how the load advances.
/// Errors are logged and retried; meanwhile `/readyz` says why the server is not ready.
pub async fn follow(
    store: Arc<dyn Store>,
    index: Arc<SharedIndex>,
    status: Arc<FeedStatus>,
    progress: impl FnMut(u64, u64) + Send,
) {
    follow_with(store, index, status, Wakeups::Notifications, progress).await;
}

/// [`follow`], woken as `wakeups` says.
pub async fn follow_with(
    store: Arc<dyn Store>,
    index: Arc<SharedIndex>,
    status: Arc<FeedStatus>,
    wakeups: Wakeups,
    mut progress: impl FnMut(u64, u64) + Send,
) {
    let mut retry = Backoff::default();
    loop {
        match load_and_follow(&store, &index, &status, wakeups, &mut progress).await {
            Ok(()) => retry = Backoff::default(),
            Err(e) => {
                status.failed(&e);
                tracing::error!(error = %e, "the match index could not be loaded; retrying");
                tokio::time::sleep(retry.next()).await;
            }
        }
    }
}

/// Loads the index afresh and follows the feed until the server has fallen so far behind that
/// the feed may have lost rows it never read (then it returns, to be loaded again).
async fn load_and_follow(
    store: &Arc<dyn Store>,
    index: &Arc<SharedIndex>,
    status: &Arc<FeedStatus>,
    wakeups: Wakeups,
    progress: &mut (impl FnMut(u64, u64) + Send),
) -> store::Result<()> {
    let mut cursor = cursor_before_load(store).await?;
    let loaded = load_index(store, &mut *progress).await?;
    tracing::info!(
        candidates = loaded.index.len(),
        seconds = loaded.total_time.as_secs_f64(),
        "match index loaded"
    );
    index.set(loaded.index);
    status.followed(&cursor, 0);
    let mut followed_at = Instant::now();
    let mut waker: Option<Box<dyn ChangeWaker>> = None;
    let mut listen_again_at = Instant::now();
    loop {
        if wakeups == Wakeups::Notifications && waker.is_none() && Instant::now() >= listen_again_at
        {
            match store.listen_for_changes().await {
                Ok(w) => waker = w,
                Err(e) => tracing::warn!(error = %e, "cannot listen for changes; polling"),
            }
            listen_again_at = Instant::now() + FOLLOWED_WITHIN;
        }
        let woken = wait(&mut waker).await;
        if let Some(Err(e)) = woken {
            tracing::warn!(error = %e, "the change notifications stopped; polling meanwhile");
            waker = None;
        }
        match catch_up(store, index, &mut cursor).await {
            Ok(applied) => {
                status.followed(&cursor, applied);
                followed_at = Instant::now();
            }
            Err(e) => {
                status.failed(&e);
                tracing::warn!(error = %e, "the change feed could not be read; trying again");
                if followed_at.elapsed() > KEEP_CHANGES / 2 {
                    return Ok(());
                }
            }
        }
    }
}

/// Waits for a notification or [`POLL_EVERY`], whichever comes first. `None` when the time
/// ran out.
async fn wait(waker: &mut Option<Box<dyn ChangeWaker>>) -> Option<store::Result<store::Woken>> {
    let notified = async {
        match waker.as_mut() {
            Some(w) => w.woken().await,
            None => std::future::pending().await,
        }
    };
    tokio::select! {
        woken = notified => Some(woken),
        () = tokio::time::sleep(POLL_EVERY) => None,
    }
}

/// Waits between retries: 1 s, doubling to a minute.
#[derive(Debug)]
struct Backoff(Duration);

impl Default for Backoff {
    fn default() -> Self {
        Self(Duration::from_secs(1))
    }
}

impl Backoff {
    fn next(&mut self) -> Duration {
        let wait = self.0;
        self.0 = (self.0 * 2).min(Duration::from_secs(60));
        wait
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(seq: i64) -> IndexChange {
        IndexChange {
            seq,
            candidate_id: CandidateId(seq * 10),
        }
    }

    fn seqs(changes: &[IndexChange]) -> Vec<i64> {
        changes.iter().map(|c| c.seq).collect()
    }

    #[test]
    fn a_number_that_commits_late_is_applied_once_it_does() {
        let now = Instant::now();
        let mut cursor = Cursor::after(9);
        // 11 committed before 10.
        assert_eq!(seqs(&cursor.take(vec![change(11)], now)), vec![11]);
        assert_eq!(cursor.open().collect::<Vec<_>>(), vec![10]);
        assert_eq!(cursor.high(), 11);
        // Read again, 11 is not applied twice; 10 arrives.
        assert_eq!(
            seqs(&cursor.take(vec![change(10), change(11), change(12)], now)),
            vec![10, 12]
        );
        assert_eq!(cursor.open_count(), 0);
    }

    #[test]
    fn a_number_that_never_commits_is_closed_after_the_patience() {
        let start = Instant::now();
        let mut cursor = Cursor::after(0);
        cursor.take(vec![change(1), change(4)], start);
        assert_eq!(cursor.open().collect::<Vec<_>>(), vec![2, 3]);
        assert_eq!(cursor.close_older_than(GAP_PATIENCE, start), 0);
        let later = start + GAP_PATIENCE;
        assert_eq!(cursor.close_older_than(GAP_PATIENCE, later), 2);
        assert_eq!(cursor.open_count(), 0);
        assert_eq!(cursor.high(), 4);
    }

    #[test]
    fn rows_at_or_below_the_cursor_that_were_not_open_are_skipped() {
        let mut cursor = Cursor::after(5);
        assert!(
            cursor
                .take(vec![change(3), change(5)], Instant::now())
                .is_empty()
        );
        assert_eq!(cursor.high(), 5);
    }

    #[test]
    fn a_huge_jump_is_not_kept_open_number_by_number() {
        let mut cursor = Cursor::after(1);
        cursor.take(vec![change(2 + LARGEST_GAP + 1)], Instant::now());
        assert_eq!(cursor.open_count(), 0);
        assert_eq!(cursor.high(), 2 + LARGEST_GAP + 1);
    }

    #[test]
    fn backoff_doubles_to_a_minute() {
        let mut backoff = Backoff::default();
        let waits: Vec<u64> = (0..8).map(|_| backoff.next().as_secs()).collect();
        assert_eq!(waits, vec![1, 2, 4, 8, 16, 32, 60, 60]);
    }
}
