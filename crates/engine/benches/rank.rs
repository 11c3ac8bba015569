//! Benchmarks of the match engine (filled in below).
fn main() {}
