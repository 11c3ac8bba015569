//! The match index as the server holds it: empty until the start-up load finishes, then read
//! by every ranking and updated by every write (this server's at once, other servers' through
//! the change feed).

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::{Duration, Instant};

use domain::candidate::InterimManager;
use domain::ids::{CandidateId, Stored};
use domain::values::Period;
use engine::Index;
use store::Store;

/// Candidates read from the store per page while loading.
const PAGE: u32 = 5_000;
/// Pages read ahead of the index build.
const PAGES_AHEAD: usize = 2;

/// The match index the server ranks with. Empty until the start-up load finishes; the server
/// answers health checks meanwhile and reports not ready.
#[derive(Debug, Default)]
pub struct SharedIndex(RwLock<Option<Index>>);

impl SharedIndex {
    /// Installs a loaded index.
    pub fn set(&self, index: Index) {
        *self.0.write().unwrap_or_else(PoisonError::into_inner) = Some(index);
    }

    /// Whether the index is loaded.
    pub fn is_loaded(&self) -> bool {
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .is_some()
    }

    /// Runs `f` with the index for reading, if it is loaded.
    pub fn with<T>(&self, f: impl FnOnce(&Index) -> T) -> Option<T> {
        self.0
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .as_ref()
            .map(f)
    }

    /// Runs `f` with the index for an incremental update, if it is loaded. Only the
    /// application layer writes to the index, after the write to the store it follows.
    pub(crate) fn update<T>(&self, f: impl FnOnce(&mut Index) -> T) -> Option<T> {
        self.0
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .as_mut()
            .map(f)
    }
}

/// An index loaded from the store, and how long that took.
#[derive(Debug)]
pub struct LoadedIndex {
    /// The index.
    pub index: Index,
    /// Time spent inside the engine's upserts.
    pub build_time: Duration,
    /// Time including reading and decoding the store.
    pub total_time: Duration,
}

/// Reads every interim manager and every placement and builds the match index. `progress` is
/// told how many of how many candidates are in after every page.
///
/// Reading and building overlap: this task reads and decodes page after page while a
/// blocking thread puts the previous pages into the index, so on two cores neither waits for
/// the other (at a million candidates each takes about a minute on its own).
pub async fn load_index(
    store: &Arc<dyn Store>,
    mut progress: impl FnMut(u64, u64),
) -> store::Result<LoadedIndex> {
    let started = Instant::now();
    let total = store.count_candidates().await?;
    let (pages, mut received) =
        tokio::sync::mpsc::channel::<Vec<Stored<CandidateId, InterimManager>>>(PAGES_AHEAD);
    let builder = tokio::task::spawn_blocking(move || {
        let mut index = Index::new();
        let mut build_time = Duration::ZERO;
        while let Some(page) = received.blocking_recv() {
            let t = Instant::now();
            for c in &page {
                index.upsert(c.id, &c.value);
            }
            build_time += t.elapsed();
        }
        (index, build_time)
    });
    let mut after = CandidateId(0);
    let mut done = 0u64;
    loop {
        let page = store.candidates_after(after, PAGE).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        done += page.len() as u64;
        if pages.send(page).await.is_err() {
            break;
        }
        progress(done, total.max(done));
    }
    drop(pages);
    let (mut index, mut build_time) = match builder.await {
        Ok(built) => built,
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    };
    let mut bookings: HashMap<CandidateId, Vec<Period>> = HashMap::new();
    for p in store.placements().await? {
        bookings
            .entry(p.candidate_id)
            .or_default()
            .push(p.value.period);
    }
    let t = Instant::now();
    for (candidate, periods) in bookings {
        index.set_bookings(candidate, &periods);
    }
    build_time += t.elapsed();
    Ok(LoadedIndex {
        index,
        build_time,
        total_time: started.elapsed(),
    })
}
