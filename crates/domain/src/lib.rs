//! Interim's domain model: the records of an interim-management provider, the closed
//! vocabularies they use, and the rules that keep them valid. No I/O and no wire formats live
//! here; every value that exists has been parsed and is valid.
//!
//! Serde derives are for persistence of value objects (the store keeps nested parts such as a
//! track record as JSON documents); the HTTP shapes belong to the `web` crate.

pub mod audit;
pub mod award;
pub mod blind;
pub mod candidate;
pub mod client;
pub mod consent;
pub mod cv;
pub mod duplicates;
pub mod esco;
pub mod ids;
pub mod industry;
pub mod intake;
pub mod invalid;
pub mod language;
pub mod mandate;
pub mod occupation;
pub mod pipeline;
pub mod placement;
pub mod places;
pub mod portal;
pub mod roles;
pub mod titles;
pub mod user;
pub mod values;
pub mod vetting;
pub mod vocabulary;

pub use ids::*;
pub use invalid::{Invalid, Parsed};
