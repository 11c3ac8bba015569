//! A deterministic generator of a believable Nordic interim-management network: interim
//! managers with careers that make sense, clients with contacts, mandates in every stage.
//! No I/O: it yields domain values; the `interim seed` command writes them to a store.
//!
//! Every candidate is generated from `(seed, index)` alone, so a pool of any size streams in
//! constant memory and the same seed always gives the same network.
