//! Interim's application layer, between the HTTP server and the store: the match index every
//! ranking reads, how it is loaded at start-up, and the change feed's follower that keeps it
//! current with every server's writes (see ARCHITECTURE.md).

pub mod feed;
pub mod index;

pub use feed::{FeedStatus, Wakeups, follow, follow_with};
pub use index::{LoadedIndex, SharedIndex, load_index};
