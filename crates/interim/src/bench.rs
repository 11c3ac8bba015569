//! `interim bench match`: builds a pool with the network generator, then runs the same
//! realistic mandates through the match engine and through the full-text baselines a firm
//! would otherwise use (SQLite FTS5 and, given a URL, PostgreSQL FTS), in one run, and prints
//! latencies and ratios.

use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::NaiveDate;

use domain::client::Client;
use domain::ids::{ClientId, ContactId};
use domain::mandate::{Criterion, Mandate};
use domain::vocabulary::Proficiency;
use seed::Generator;
use store::DatabaseUrl;
use store::baseline::BaselineQuery;

use crate::matching;

/// Latency figures of one engine over the query set.
#[derive(Debug)]
pub struct Latencies {
    name: String,
    pub(crate) samples: Vec<Duration>,
}

impl Latencies {
    pub(crate) fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            samples: Vec::new(),
        }
    }

    /// What was measured.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }

    /// The `p`-th percentile (0 to 100).
    pub(crate) fn percentile(&self, p: f64) -> Duration {
        let mut sorted = self.samples.clone();
        sorted.sort_unstable();
        if sorted.is_empty() {
            return Duration::ZERO;
        }
        let rank = ((p / 100.0) * (sorted.len() - 1) as f64).round() as usize;
        sorted[rank.min(sorted.len() - 1)]
    }

    fn mean(&self) -> Duration {
        let total: Duration = self.samples.iter().sum();
        total / (self.samples.len().max(1) as u32)
    }
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1_000.0)
}

/// The resident memory of this process, in bytes (Linux; 0 elsewhere).
pub fn resident_bytes() -> u64 {
    std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|p| p.parse::<u64>().ok())
        })
        .map_or(0, |pages| pages * 4096)
}

/// The search a firm without a match engine would type for a mandate: the role's titles and
/// the skill requirements, with the must-have languages and the budget as SQL filters.
pub fn baseline_query(mandate: &Mandate, today: NaiveDate, top: u32) -> BaselineQuery {
    let mut terms: Vec<String> = mandate.role.search_terms().into_iter().take(4).collect();
    for c in mandate.nice_to_haves().chain(mandate.must_haves()) {
        if let Criterion::Skill { text } = c {
            terms.push(text.to_string());
        }
    }
    let languages = mandate
        .must_haves()
        .filter_map(|c| match c {
            Criterion::Language {
                language,
                min_level,
            } => Some((
                language.code().to_owned(),
                Proficiency::ALL
                    .iter()
                    .filter(|p| *p >= min_level)
                    .map(|p| p.code())
                    .collect(),
            )),
            _ => None,
        })
        .collect();
    BaselineQuery {
        terms,
        languages,
        qualified_only: true,
        profile_kinds: vec!["interim_leader"],
        max_day_rate: i64::from(mandate.budget_day_rate.amount) * 110 / 100,
        currency: mandate.budget_day_rate.currency.code(),
        available_by: mandate.start_date,
        today,
        lat: mandate.location.lat,
        lon: mandate.location.lon,
        max_km: 150.0,
        top,
    }
}

/// Realistic mandates for the benchmark, from the generator's clients.
pub fn bench_mandates(generator: &Generator, count: usize) -> Vec<(Mandate, Client)> {
    let clients: Vec<(ClientId, Client, Vec<ContactId>)> = generator
        .clients(50)
        .into_iter()
        .enumerate()
        .map(|(i, c)| (ClientId(i as i64 + 1), c.client, Vec::new()))
        .collect();
    generator
        .mandates(&clients, &[], count)
        .into_iter()
        .map(|m| {
            let client = clients[(m.client_id.0 - 1) as usize].1.clone();
            (m, client)
        })
        .collect()
}

/// Options of `interim bench match`.
#[derive(Debug)]
pub struct BenchOptions {
    /// Pool size.
    pub candidates: u64,
    /// Number of mandates run.
    pub queries: usize,
    /// Generator seed.
    pub seed: u64,
    /// A PostgreSQL server to run the PostgreSQL baseline on (a fresh database is created).
    pub postgres: Option<String>,
    /// Where the SQLite pool is written.
    pub dir: std::path::PathBuf,
    /// The day the pool and the mandates are generated as of.
    pub today: NaiveDate,
    /// Skip the baselines.
    pub engine_only: bool,
}

/// Runs the benchmark and prints the report.
pub async fn run(opts: BenchOptions) -> anyhow::Result<()> {
    let today = opts.today;
    let pool = format!(
        "{}-{}-{}",
        opts.candidates,
        opts.seed,
        today.format("%Y%m%d")
    );
    let generator = Generator::new(opts.seed, today);
    println!(
        "interim bench match: {} candidates, {} mandates, seed {}, as of {today}",
        opts.candidates, opts.queries, opts.seed
    );
    println!(
        "machine: {} logical cores; engine runs on one thread",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );

    // The pool, in an SQLite file: the engine loads it the way the server does at start-up,
    // and the SQLite baseline searches it.
    let sqlite_path = opts.dir.join(format!("bench-{pool}.db"));
    let sqlite_url = DatabaseUrl::parse(&format!("sqlite://{}", sqlite_path.display()))?;
    let store = store::connect(&sqlite_url).await?;
    store.migrate().await?;
    if store.count_candidates().await? != opts.candidates {
        anyhow::ensure!(
            store.count_candidates().await? == 0,
            "{} holds another pool; delete it or pick another --dir",
            sqlite_path.display()
        );
        println!("writing the pool to {} …", sqlite_path.display());
        crate::seeding::write_candidates(&store, generator, opts.candidates).await?;
    } else {
        println!("reusing the pool in {}", sqlite_path.display());
    }

    let before = resident_bytes();
    let loaded = matching::load_index(&store).await?;
    let after = resident_bytes();
    let index = loaded.index;
    println!(
        "index: {} candidates, built in {:.2} s from domain values ({:.2} s including reading the store), resident memory +{:.0} MB = {:.0} bytes per candidate (the index's own heap: {:.0} bytes per candidate)",
        index.len(),
        loaded.build_time.as_secs_f64(),
        loaded.total_time.as_secs_f64(),
        after.saturating_sub(before) as f64 / 1e6,
        after.saturating_sub(before) as f64 / index.len().max(1) as f64,
        index.heap_bytes() as f64 / index.len().max(1) as f64,
    );

    let mandates = bench_mandates(&generator, opts.queries);
    let mut engine = Latencies::new("Interim match engine");
    let mut returned = 0usize;
    for (mandate, client) in &mandates {
        let query = matching::query_for(mandate, client, today, 20);
        let started = Instant::now();
        let ranking = index.rank(&query);
        engine.samples.push(started.elapsed());
        returned += ranking.results.len();
    }
    println!(
        "engine returned {:.1} candidates per mandate on average",
        returned as f64 / mandates.len().max(1) as f64
    );

    let mut runs = vec![engine];
    if opts.engine_only {
        report(&runs);
        store.close().await;
        return Ok(());
    }
    runs.push(baseline_latencies(&sqlite_url, &mandates, today).await?);
    if let Some(admin) = &opts.postgres {
        let server = DatabaseUrl::parse(admin)?;
        let url = store::ensure_postgres_database(
            &server,
            &format!("interim_bench_{}", pool.replace('-', "_")),
        )
        .await?;
        let pg = store::connect(&url).await?;
        pg.migrate().await?;
        if pg.count_candidates().await? == 0 {
            println!("writing the pool to PostgreSQL …");
            crate::seeding::write_candidates(&pg, generator, opts.candidates).await?;
        }
        pg.close().await;
        runs.push(baseline_latencies(&url, &mandates, today).await?);
    } else {
        println!("(PostgreSQL baseline skipped: pass --postgres-url to run it)");
    }
    report(&runs);
    store.close().await;
    Ok(())
}

async fn baseline_latencies(
    url: &DatabaseUrl,
    mandates: &[(Mandate, Client)],
    today: NaiveDate,
) -> anyhow::Result<Latencies> {
    let baseline = store::baseline::connect(url).await?;
    let started = Instant::now();
    baseline
        .prepare()
        .await
        .with_context(|| format!("preparing {}", baseline.name()))?;
    println!(
        "{}: text index built in {:.2} s",
        baseline.name(),
        started.elapsed().as_secs_f64()
    );
    let mut latencies = Latencies::new(baseline.name());
    for (mandate, _) in mandates {
        let q = baseline_query(mandate, today, 20);
        let started = Instant::now();
        baseline.search(&q).await?;
        latencies.samples.push(started.elapsed());
    }
    Ok(latencies)
}

fn report(runs: &[Latencies]) {
    println!();
    println!(
        "{:<48} {:>12} {:>12} {:>12} {:>12}",
        "per mandate, one thread", "p50", "p99", "mean", "p50 ratio"
    );
    let ours = runs[0].percentile(50.0).as_secs_f64().max(1e-9);
    for run in runs {
        let ratio = run.percentile(50.0).as_secs_f64() / ours;
        println!(
            "{:<48} {:>12} {:>12} {:>12} {:>11.1}x",
            run.name,
            ms(run.percentile(50.0)),
            ms(run.percentile(99.0)),
            ms(run.mean()),
            ratio
        );
    }
    for run in &runs[1..] {
        println!(
            "Interim is {:.0}x faster than {} at p50 and {:.0}x at p99",
            run.percentile(50.0).as_secs_f64() / ours,
            run.name,
            run.percentile(99.0).as_secs_f64() / runs[0].percentile(99.0).as_secs_f64().max(1e-9)
        );
    }
}
