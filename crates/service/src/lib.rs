//! Interim's application layer, between the HTTP server (and the command line) and the store.
//! It owns the store and the match index, and is the only way to them: the access rules and
//! the audit ([`Records`]), the workflow rules (intake, pipeline moves, shortlist, placement,
//! vetting decisions, the portals' actions), sign-in and sessions, the job board's reading,
//! the index's loading and the change feed that keeps it current on every server. Its errors
//! know nothing of HTTP; its time comes from an injectable [`Clock`] (see ARCHITECTURE.md).

mod actor;
pub mod board;
mod clock;
pub mod duplicates;
mod error;
pub mod feed;
pub mod import_file;
pub mod index;
pub mod intake;
pub mod jobs;
mod reads;
mod records;
pub mod sessions;
pub mod uploads;
pub mod workflow;

use std::sync::Arc;

use chrono::{DateTime, NaiveDate, Utc};

pub use actor::{Actor, Credential};
pub use clock::{Clock, FixedClock, SystemClock};
pub use error::{Error, Result};
pub use feed::{FeedStatus, Wakeups, follow, follow_with};
pub use index::{LoadedIndex, SharedIndex, load_index};
pub use reads::{ErasureRequest, MetOnPlacement};
pub use records::{Records, Vetting, Visibility};
// Plain records the store hands back, which callers read but cannot use to reach the store.
pub use store::{
    ApiTokenRecord, JobRecord, MandateRevision, SessionRecord, StageChange, StoredCv, StoredUser,
};

use store::Store;

/// The application: the store, this server's match index, the feed's state and the clock.
/// Cheap to clone; every clone shares the same parts.
#[derive(Debug, Clone)]
pub struct Service {
    store: Arc<dyn Store>,
    index: Arc<SharedIndex>,
    feed: Arc<FeedStatus>,
    clock: Arc<dyn Clock>,
}

impl Service {
    /// The application over `store`, with an index still to load and the system clock.
    pub fn new(store: Arc<dyn Store>) -> Self {
        Self {
            store,
            index: Arc::default(),
            feed: Arc::default(),
            clock: Arc::new(SystemClock),
        }
    }

    /// The same application reading the time from `clock`.
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The match index, for ranking and reading; writes to it go through the rules.
    pub fn index(&self) -> &SharedIndex {
        &self.index
    }

    /// How the change feed is followed.
    pub fn feed(&self) -> &FeedStatus {
        &self.feed
    }

    /// Now, by the service's clock.
    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    /// Today, by the service's clock.
    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// The database backend: `sqlite` or `postgres`.
    pub fn backend(&self) -> &'static str {
        self.store.backend()
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<()> {
        Ok(self.store.ping().await?)
    }

    /// Loads the match index and follows the change feed for as long as the future runs:
    /// spawn it once per server. `progress` is told how the load advances.
    pub fn follow(
        &self,
        progress: impl FnMut(u64, u64) + Send + 'static,
    ) -> impl Future<Output = ()> + Send + 'static {
        feed::follow(
            self.store.clone(),
            self.index.clone(),
            self.feed.clone(),
            progress,
        )
    }

    /// Closes the database connections.
    pub async fn close(&self) {
        self.store.close().await;
    }

    /// Counts for the status page: interim managers, mandates, clients and users.
    pub async fn counts(&self) -> Result<Counts> {
        let mandates = self.store.mandates().await?;
        Ok(Counts {
            candidates: self.store.count_candidates().await?,
            mandates: mandates.len(),
            open_mandates: mandates.iter().filter(|m| m.status.is_open()).count(),
            clients: self.store.clients().await?.len(),
            users: self.store.users().await?.len(),
        })
    }
}

/// How much the system holds, for the status page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    /// Interim managers.
    pub candidates: u64,
    /// Mandates.
    pub mandates: usize,
    /// Mandates still open.
    pub open_mandates: usize,
    /// Client companies.
    pub clients: usize,
    /// User accounts.
    pub users: usize,
}

/// Runs CPU-bound work (a ranking, a password check) so that it never stalls the other
/// requests on the same async worker: on a multi-threaded runtime in place, the worker handing
/// its queued tasks to the others meanwhile (no thread hop when nothing waits); elsewhere on
/// the blocking pool.
pub async fn off_the_workers<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T> {
    use tokio::runtime::{Handle, RuntimeFlavor};
    if Handle::current().runtime_flavor() == RuntimeFlavor::MultiThread {
        Ok(tokio::task::block_in_place(work))
    } else {
        tokio::task::spawn_blocking(work)
            .await
            .map_err(|e| Error::Internal(format!("the work stopped: {e}")))
    }
}
