//! `interim bench sync`: how long a change made on one app server takes to be ranked on
//! another that shares its PostgreSQL database. Two servers' stores and indexes run in this
//! process, each with its own connection pool; server A writes, server B's follower applies.
//! The same changes run twice in one run: B woken by PostgreSQL's notifications (what a
//! server does) and B polling alone (the baseline), with the ratio.

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use domain::ids::CandidateId;
use domain::values::PersonName;
use seed::Generator;
use service::{FeedStatus, SharedIndex, Wakeups};
use store::{DatabaseUrl, Store};

use crate::bench::Latencies;

/// What to run.
#[derive(Debug)]
pub struct SyncBenchOptions {
    /// The PostgreSQL server; a database `interim_bench_sync_N` is made on it.
    pub postgres: String,
    /// The network's size.
    pub candidates: u64,
    /// Changes measured per mode.
    pub changes: usize,
    /// The day the network is generated as of.
    pub today: NaiveDate,
}

/// Runs the benchmark and prints the lag of both modes.
pub async fn run(opts: SyncBenchOptions) -> anyhow::Result<()> {
    let server = DatabaseUrl::parse(&opts.postgres)?;
    let url = store::ensure_postgres_database(
        &server,
        &format!("interim_bench_sync_{}", opts.candidates),
    )
    .await?;
    let a = store::connect(&url).await?;
    a.migrate().await?;
    if a.count_candidates().await? == 0 {
        println!("writing {} interim managers …", opts.candidates);
        let generator = Generator::new(42, opts.today);
        crate::seeding::write_candidates(&a, generator, opts.candidates).await?;
    }
    let ids = a.candidates_after(CandidateId(0), 1_000).await?;
    let ids: Vec<CandidateId> = ids.iter().map(|c| c.id).collect();
    anyhow::ensure!(!ids.is_empty(), "the network is empty");

    let mut runs = Vec::new();
    for (name, wakeups) in [
        ("notified (LISTEN/NOTIFY + poll)", Wakeups::Notifications),
        ("polling alone (baseline)", Wakeups::PollOnly),
    ] {
        runs.push(lag(&url, &a, &ids, opts.changes, name, wakeups).await?);
    }
    a.close().await;

    println!();
    println!(
        "{:<34} {:>10} {:>10} {:>10}",
        "change ranked on the other server", "p50", "p99", "max"
    );
    for run in &runs {
        println!(
            "{:<34} {:>10} {:>10} {:>10}",
            run.name(),
            ms(run.percentile(50.0)),
            ms(run.percentile(99.0)),
            ms(run.percentile(100.0))
        );
    }
    let (notified, polling) = (&runs[0], &runs[1]);
    println!();
    println!(
        "polling / notified: {:.1}× at p50, {:.1}× at p99",
        ratio(polling.percentile(50.0), notified.percentile(50.0)),
        ratio(polling.percentile(99.0), notified.percentile(99.0)),
    );
    println!(
        "goal, p99 within 1 s: {}",
        if notified.percentile(99.0) <= Duration::from_secs(1) {
            "met"
        } else {
            "NOT met"
        }
    );
    Ok(())
}

/// Starts server B's follower as `wakeups` says, then makes `changes` renames on A one after
/// the other and times each from A's commit until B's index has it.
async fn lag(
    url: &DatabaseUrl,
    a: &Arc<dyn Store>,
    ids: &[CandidateId],
    changes: usize,
    name: &str,
    wakeups: Wakeups,
) -> anyhow::Result<Latencies> {
    let b = store::connect(url).await?;
    let index = Arc::new(SharedIndex::default());
    let status = Arc::new(FeedStatus::default());
    let follower = tokio::spawn(service::follow_with(
        b.clone(),
        index.clone(),
        status.clone(),
        wakeups,
        |_, _| {},
    ));
    let loading = Instant::now();
    while !index.is_loaded() {
        anyhow::ensure!(
            loading.elapsed() < Duration::from_secs(600),
            "server B's index did not load"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let bar = indicatif::ProgressBar::new(changes as u64);
    let mut latencies = Latencies::new(name);
    for i in 0..changes {
        let id = ids[i % ids.len()];
        let mut candidate = a.candidate(id).await?;
        let renamed = format!("Synced {} {}", letters(wakeups as usize), letters(i));
        candidate.value.name = PersonName::parse(&renamed)?;
        a.update_candidate(id, candidate.version, &candidate.value)
            .await?;
        let committed = Instant::now();
        loop {
            let seen = index
                .with(|index| index.label(id).is_some_and(|(n, _)| n == renamed))
                .unwrap_or(false);
            if seen {
                break;
            }
            anyhow::ensure!(
                committed.elapsed() < Duration::from_secs(60),
                "change {i} did not reach server B within a minute"
            );
            tokio::time::sleep(Duration::from_micros(200)).await;
        }
        latencies.samples.push(committed.elapsed());
        bar.inc(1);
        // Changes arrive spread out, not in lock-step with the poll.
        tokio::time::sleep(Duration::from_millis(7 + (i as u64 * 37) % 60)).await;
    }
    bar.finish_and_clear();
    follower.abort();
    b.close().await;
    Ok(latencies)
}

/// `n` written in letters (a, b, …, z, ba, …), since a name holds no digits.
fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (n % 26) as u8);
        n /= 26;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    let mut word = String::from_utf8(out).unwrap_or_default();
    word[..1].make_ascii_uppercase();
    word
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1_000.0)
}

fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-9)
}
