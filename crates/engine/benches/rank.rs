//! Benchmarks of the match engine on a generated pool of 30,000 (`cargo bench -p engine`):
//! ranking realistic mandates, explaining one candidate, and upserting one candidate; plus
//! the baseline in the same run, a plain scan applying the same hard filters to the domain
//! values themselves, with the ratio printed before divan's table.

use std::hint::black_box;
use std::sync::LazyLock;
use std::time::Instant;

use chrono::NaiveDate;

use domain::candidate::InterimManager;
use domain::client::Client;
use domain::ids::{CandidateId, ClientId, ContactId};
use domain::mandate::{Criterion as Requirement, Mandate};
use engine::{Index, Query};
use seed::Generator;

const POOL: u64 = 30_000;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
}

static CANDIDATES: LazyLock<Vec<InterimManager>> = LazyLock::new(|| {
    (0..POOL)
        .map(|i| Generator::new(42, today()).candidate(i))
        .collect()
});

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let mut index = Index::new();
    for (i, c) in CANDIDATES.iter().enumerate() {
        index.upsert(CandidateId(i as i64 + 1), c);
    }
    index
});

static MANDATES: LazyLock<Vec<(Mandate, Client)>> = LazyLock::new(|| {
    let g = Generator::new(42, today());
    let clients: Vec<(ClientId, Client, Vec<ContactId>)> = g
        .clients(20)
        .into_iter()
        .enumerate()
        .map(|(i, c)| (ClientId(i as i64 + 1), c.client, Vec::new()))
        .collect();
    g.mandates(&clients, &[], 50)
        .into_iter()
        .map(|m| {
            let client = clients[(m.client_id.0 - 1) as usize].1.clone();
            (m, client)
        })
        .collect()
});

fn queries() -> Vec<Query> {
    MANDATES
        .iter()
        .map(|(m, c)| Query::new(m, c, today()))
        .collect()
}

/// The baseline: the same hard filters applied to the domain values one by one, the way a
/// service without an index would, returning how many pass (no scoring at all).
fn scan_domain_values(mandate: &Mandate, client: &Client) -> usize {
    let window = mandate.window();
    let budget = u64::from(engine::to_nok(mandate.budget_day_rate)) * 110;
    CANDIDATES
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            !client
                .excluded_candidates
                .contains(&CandidateId(*i as i64 + 1))
                && c.consent_until.is_some_and(|d| d >= today())
                && c.profile_kind == domain::vocabulary::ProfileKind::InterimLeader
                && c.vetting.is_qualified_on(today())
                && c.availability.available_from <= window.start() + chrono::Duration::days(14)
                && !c
                    .availability
                    .unavailable
                    .iter()
                    .any(|p| p.overlaps(&window))
                && mandate.must_haves().all(|r| match r {
                    Requirement::Language {
                        language,
                        min_level,
                    } => c
                        .languages
                        .iter()
                        .any(|l| l.language == *language && l.level >= *min_level),
                    _ => true,
                })
                && u64::from(engine::to_nok(c.day_rate)) * 100 <= budget
                && (c.mobility.relocate
                    || c.mobility.travel
                    || c.home.distance_km(&mandate.location)
                        <= f64::from(c.mobility.max_commute_km))
        })
        .count()
}

fn main() {
    let qs = queries();
    LazyLock::force(&INDEX);
    let runs = 5;
    let started = Instant::now();
    for _ in 0..runs {
        for q in &qs {
            black_box(INDEX.rank(q));
        }
    }
    let engine = started.elapsed().as_secs_f64() / (runs * qs.len()) as f64;
    let started = Instant::now();
    for _ in 0..runs {
        for (m, c) in MANDATES.iter() {
            black_box(scan_domain_values(m, c));
        }
    }
    let scan = started.elapsed().as_secs_f64() / (runs * qs.len()) as f64;
    println!(
        "{POOL} candidates: engine ranks with every criterion in {:.3} ms; filtering the domain values alone takes {:.3} ms: {:.1}x",
        engine * 1e3,
        scan * 1e3,
        scan / engine
    );
    divan::main();
}

#[divan::bench]
fn rank_a_mandate(bencher: divan::Bencher) {
    let qs = queries();
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % qs.len();
        INDEX.rank(&qs[i])
    });
}

#[divan::bench]
fn baseline_filter_domain_values(bencher: divan::Bencher) {
    let mut i = 0;
    bencher.bench_local(|| {
        i = (i + 1) % MANDATES.len();
        let (m, c) = &MANDATES[i];
        scan_domain_values(m, c)
    });
}

#[divan::bench]
fn explain_one_candidate(bencher: divan::Bencher) {
    let qs = queries();
    bencher.bench_local(|| INDEX.explain(&qs[0], CandidateId(777)));
}

#[divan::bench]
fn upsert_one_changed_candidate(bencher: divan::Bencher) {
    let mut index = Index::new();
    for (i, c) in CANDIDATES.iter().take(5_000).enumerate() {
        index.upsert(CandidateId(i as i64 + 1), c);
    }
    let mut n = 0usize;
    bencher.bench_local(|| {
        n += 1;
        let mut c = CANDIDATES[n % 5_000].clone();
        c.summary = domain::values::LongText::parse(&format!("{} Update {n}.", c.summary.as_str()))
            .expect("valid");
        index.upsert(CandidateId((n % 5_000) as i64 + 1), &c);
    });
}
