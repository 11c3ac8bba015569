//! The glue between the store and the match engine: loading the index from the database the
//! way the server does at start-up, and `interim match`, which prints a mandate's ranking with
//! the reasons.

use std::sync::Arc;
use std::time::Instant;

use chrono::NaiveDate;
use indicatif::{ProgressBar, ProgressStyle};

use domain::client::Client;
use domain::ids::{CandidateId, MandateId};
use domain::mandate::Mandate;
use engine::{Explanation, Index, Query};
use service::LoadedIndex;
use store::Store;

/// Reads every interim manager and every placement and builds the match index, with a
/// progress bar.
pub async fn load_index(store: &Arc<dyn Store>) -> anyhow::Result<LoadedIndex> {
    let bar = load_bar();
    let loaded = service::load_index(store, |done, total| show_load(&bar, done, total)).await?;
    bar.finish_and_clear();
    Ok(loaded)
}

/// The progress bar of an index load.
pub fn load_bar() -> ProgressBar {
    ProgressBar::new(0).with_style(
        ProgressStyle::with_template("{bar:40} {pos:>9}/{len} indexed  {per_sec:>12}  eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    )
}

/// Moves the bar of an index load; clears it when the load is complete.
pub fn show_load(bar: &ProgressBar, done: u64, total: u64) {
    bar.set_length(total);
    bar.set_position(done);
    if done >= total {
        bar.finish_and_clear();
    }
}

/// The engine query for a mandate, with its defaults (filters and weights for the situation).
pub fn query_for(mandate: &Mandate, client: &Client, today: NaiveDate, top: usize) -> Query {
    let mut query = Query::new(mandate, client, today);
    query.top = top;
    query
}

/// `interim match`: ranks the network for one mandate and prints the list with the reasons.
pub async fn run_match(
    store: &Arc<dyn Store>,
    mandate_id: MandateId,
    top: usize,
    json: bool,
    weights: Option<&str>,
    why: Option<CandidateId>,
) -> anyhow::Result<()> {
    let mandate = store.mandate(mandate_id).await?;
    let client = store.client(mandate.client_id).await?;
    let today = chrono::Utc::now().date_naive();
    let mut query = query_for(&mandate.value, &client.value, today, top);
    if let Some(spec) = weights {
        query.weights = query
            .weights
            .with_overrides(spec)
            .map_err(|e| e.within("--weights"))?;
    }
    let loaded = load_index(store).await?;
    if let Some(id) = why {
        return explain(store, &loaded.index, &query, id, json).await;
    }
    let started = Instant::now();
    let ranking = loaded.index.rank(&query);
    let took = started.elapsed();
    let people = web::matches::people_of(&loaded.index, &ranking);
    if json {
        let out = web::matches::MatchesJson::new(mandate_id, &ranking, people);
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    let m = &mandate.value;
    println!(
        "Mandate {mandate_id}: {} for {} ({}, {})",
        m.title,
        client.name,
        m.level.label(),
        m.situation.label()
    );
    println!(
        "{} interim managers considered, {} passed the filters, ranked in {:.2} ms",
        ranking.considered,
        ranking.passed,
        took.as_secs_f64() * 1_000.0
    );
    let removed: Vec<String> = ranking
        .removed
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(f, n)| format!("{} {n}", f.label().to_lowercase()))
        .collect();
    if !removed.is_empty() {
        println!("removed by: {}", removed.join(", "));
    }
    println!();
    for (i, (r, (name, _))) in ranking.results.iter().zip(&people).enumerate() {
        println!("{:>3}. {:<28} {:>6.3}  (id {})", i + 1, name, r.score, r.id);
        let parts: Vec<String> = r
            .contributions
            .iter()
            .filter(|(_, v)| *v > 0.0005)
            .map(|(c, v)| format!("{} {:.3}", c.code(), v))
            .collect();
        println!("     {}", parts.join(" · "));
        if !r.matched_terms.is_empty() {
            println!("     matched: {}", r.matched_terms.join(", "));
        }
    }
    Ok(())
}

/// `interim match --why ID`: where one candidate stands for the mandate.
async fn explain(
    store: &Arc<dyn Store>,
    index: &Index,
    query: &Query,
    id: CandidateId,
    json: bool,
) -> anyhow::Result<()> {
    let name = match store.candidate(id).await {
        Ok(c) => c.name.to_string(),
        Err(store::Error::NotFound { .. }) => {
            anyhow::bail!("there is no interim manager with id {id}")
        }
        Err(e) => return Err(e.into()),
    };
    let explanation = index.explain(query, id);
    if json {
        let out = match &explanation {
            Explanation::NotIndexed => {
                serde_json::json!({ "candidate_id": id.0, "name": name, "status": "not_indexed" })
            }
            Explanation::Removed(failures) => serde_json::json!({
                "candidate_id": id.0,
                "name": name,
                "status": "removed",
                "failed_filters": failures.iter().map(|f| serde_json::json!({ "filter": f.filter.code(), "reason": f.reason })).collect::<Vec<_>>(),
            }),
            Explanation::Ranked {
                position,
                passed,
                ranked,
            } => serde_json::json!({
                "candidate_id": id.0,
                "name": name,
                "status": "ranked",
                "position": position,
                "passed": passed,
                "score": ranked.score,
                "contributions": web::matches::ContributionJson::all(ranked),
                "matched_terms": ranked.matched_terms,
            }),
        };
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    match explanation {
        Explanation::NotIndexed => println!("{name} (id {id}) is not in the match index."),
        Explanation::Removed(failures) => {
            println!("{name} (id {id}) is not in the list:");
            for f in failures {
                println!("  - {}: {}", f.filter.label(), f.reason);
            }
        }
        Explanation::Ranked {
            position,
            passed,
            ranked,
        } => {
            println!(
                "{name} (id {id}) passes every filter and ranks {position} of {passed}, score {:.3}:",
                ranked.score
            );
            for (c, v) in &ranked.contributions {
                println!("  {:<13} {v:.3}  {}", c.code(), c.label());
            }
            if !ranked.matched_terms.is_empty() {
                println!("  matched: {}", ranked.matched_terms.join(", "));
            }
        }
    }
    Ok(())
}
