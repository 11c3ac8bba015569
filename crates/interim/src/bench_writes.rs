//! `interim bench writes`: what durability against power loss costs. The same write-heavy work
//! (seeding a network in batches, then single-record updates one after another and from eight
//! writers at once) runs on two fresh SQLite files in one run, one committing with
//! `synchronous=FULL` (what Interim runs with) and one with `synchronous=NORMAL` (the
//! baseline), and the ratio is printed.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressStyle};

use domain::ids::CandidateId;
use seed::Generator;
use store::{DatabaseUrl, Durability, SqliteStore, Store};

/// How many writers the concurrent part runs.
const WRITERS: usize = 8;

/// The times of one durability setting.
#[derive(Debug)]
struct Times {
    seeding: Duration,
    sequential: Duration,
    concurrent: Duration,
}

/// Runs the work under both settings and prints the comparison.
pub async fn run(
    dir: &Path,
    candidates: u64,
    updates: usize,
    today: NaiveDate,
) -> anyhow::Result<()> {
    println!(
        "interim bench writes: seeding {candidates} interim managers, then {updates} single updates in a row and {updates} from {WRITERS} writers at once, on SQLite in {}",
        dir.display()
    );
    let full = measure(dir, Durability::PowerLoss, candidates, updates, today).await?;
    let normal = measure(dir, Durability::ProcessCrash, candidates, updates, today).await?;
    println!();
    println!(
        "{:<34} {:>16} {:>16} {:>8}",
        "", "FULL (Interim)", "NORMAL (baseline)", "ratio"
    );
    let row = |what: &str, count: f64, f: Duration, n: Duration| {
        println!(
            "{:<34} {:>12.0} /s {:>13.0} /s {:>7.2}×",
            what,
            count / f.as_secs_f64(),
            count / n.as_secs_f64(),
            f.as_secs_f64() / n.as_secs_f64()
        );
    };
    row(
        "seeding, interim managers",
        candidates as f64,
        full.seeding,
        normal.seeding,
    );
    row(
        "updates one after another",
        updates as f64,
        full.sequential,
        normal.sequential,
    );
    row(
        &format!("updates from {WRITERS} writers"),
        updates as f64,
        full.concurrent,
        normal.concurrent,
    );
    println!("(ratio: how many times longer FULL takes than NORMAL for the same work)");
    Ok(())
}

async fn measure(
    dir: &Path,
    durability: Durability,
    candidates: u64,
    updates: usize,
    today: NaiveDate,
) -> anyhow::Result<Times> {
    let path = dir.join(format!("writes-{durability:?}.db").to_lowercase());
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let url = DatabaseUrl::parse(&format!("sqlite://{}", path.display()))?;
    let store: Arc<dyn Store> = Arc::new(SqliteStore::connect_with(&url, durability).await?);
    store.migrate().await?;
    println!("{durability:?}: seeding …");
    let started = Instant::now();
    let ids =
        crate::seeding::write_candidates(&store, Generator::new(7, today), candidates).await?;
    let seeding = started.elapsed();
    anyhow::ensure!(!ids.is_empty(), "nothing was seeded");

    let bar = |label: &'static str| {
        ProgressBar::new(updates as u64).with_style(
            ProgressStyle::with_template(&format!("{{bar:40}} {{pos:>7}}/{{len}} {label}"))
                .unwrap_or_else(|_| ProgressStyle::default_bar()),
        )
    };
    let progress = bar("updates one after another");
    let started = Instant::now();
    for i in 0..updates {
        touch(&store, ids[i % ids.len()], i).await?;
        progress.inc(1);
    }
    let sequential = started.elapsed();
    progress.finish_and_clear();

    let progress = bar("updates from eight writers");
    let started = Instant::now();
    let mut writers = Vec::new();
    for w in 0..WRITERS {
        let (store, ids, progress) = (store.clone(), ids.clone(), progress.clone());
        writers.push(tokio::spawn(async move {
            // Each writer its own records, so no update is refused as stale.
            for i in (w..updates).step_by(WRITERS) {
                // Keeps the writer's residue: i ≡ w (mod WRITERS).
                let span = (ids.len() / WRITERS).max(1) * WRITERS;
                touch(&store, ids[(i % span) % ids.len()], i).await?;
                progress.inc(1);
            }
            Ok::<(), anyhow::Error>(())
        }));
    }
    for writer in writers {
        writer.await.context("a writer stopped")??;
    }
    let concurrent = started.elapsed();
    progress.finish_and_clear();
    store.close().await;
    Ok(Times {
        seeding,
        sequential,
        concurrent,
    })
}

/// One read-modify-write of an interim manager: days per week as a manager would change it.
async fn touch(store: &Arc<dyn Store>, id: CandidateId, i: usize) -> anyhow::Result<()> {
    let stored = store.candidate(id).await?;
    let mut candidate = stored.value;
    candidate.availability.days_per_week = (i % 5) as u8 + 1;
    store
        .update_candidate(id, stored.version, &candidate)
        .await
        .context("updating an interim manager")?;
    Ok(())
}
