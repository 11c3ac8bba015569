//! Interim's match engine: an in-memory index of the whole network that ranks it for a mandate
//! in milliseconds and explains every score. No I/O: it is built from domain values and knows
//! nothing of databases or HTTP.
//!
//! ```text
//! Index::upsert(id, &InterimManager)      compact features + inverted text index
//! Query::new(&Mandate, &Client, today)    filters, weights for the situation, text query
//! Index::rank(&query) -> Ranking          filters -> criteria -> top k with reasons
//! Index::explain(&query, id)              "why is X not in the list?"
//! ```

mod columns;
mod criteria;
mod features;
mod filters;
mod index;
pub mod quality;
mod query;
mod rank;
pub mod text;

pub use criteria::{COUNT as CRITERION_COUNT, Criterion, Weights, trait_weights};
pub use filters::{FILTER_COUNT, Filter, Filters, Networks, WEEKLY_TRAVEL_KM};
pub use index::Index;
pub use query::{NetworkSearch, Query, QueryTerm, to_nok};
pub use rank::{
    Explanation, FRESH_AVAILABILITY_DAYS, FilterFailure, Ranked, Ranking, STALE_AVAILABILITY_DAYS,
    STALE_AVAILABILITY_FLOOR,
};
