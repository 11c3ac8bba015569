//! Integration tests of the match engine: filters, explanations, incremental updates, the
//! property that contributions sum to the score, the preference for fresh availability, and
//! snapshots of rankings on a fixed seed.

mod filters;
mod freshness;
mod judged;
mod properties;
mod search;
mod snapshots;
mod support;
mod updates;
