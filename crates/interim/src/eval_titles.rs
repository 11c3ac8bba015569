//! `interim eval`'s two measures of titles, beside the judged set:
//! - **titles**: a hand-made set of real-world job titles (`data/eval/titles.tsv`, as job ads
//!   write them, each with the ESCO occupation a recruiter would file it under, chosen by
//!   hand), normalised; top-1 and top-5 per language;
//! - **ranking by title alone**: a set built from ESCO itself. Each mandate's role is an
//!   executive occupation's preferred label and its situation text the occupation's ESCO
//!   description; the candidates carry only alternative labels of occupations, with one
//!   neutral summary, and are otherwise alike. Grade 2 for the same occupation, 1 for the same
//!   ISCO-08 unit group. nDCG@10 for the engine and for BM25 over the same text.

use std::collections::HashMap;

use chrono::{Duration, NaiveDate};

use domain::candidate::InterimManager;
use domain::esco::{LabelLanguage, OccupationId, esco};
use domain::ids::CandidateId;
use domain::mandate::Mandate;
use domain::occupation::Role;
use domain::titles::normalise;
use domain::values::{LongText, ShortText};
use domain::vocabulary::{Level, VettingStatus};
use engine::quality::ndcg_at;
use engine::{Filters, Index, Query};

/// The hand-made title set: title, language, ESCO UUID, note.
const TITLES: &str = include_str!("../data/eval/titles.tsv");

/// The ESCO descriptions of the executive occupations: UUID, description.
const DESCRIPTIONS: &str = include_str!("../data/eval/esco-executive-descriptions.tsv");

/// Cut-off of the ranking measure.
const K: usize = 10;

/// Alternative labels each occupation lends to candidates of the ranking set.
const LABELS_PER_OCCUPATION: usize = 3;

/// One row of the title set.
struct TitleCase<'a> {
    title: &'a str,
    language: &'a str,
    expected: &'a str,
}

fn title_cases() -> Vec<TitleCase<'static>> {
    TITLES
        .lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let mut f = l.split('\t');
            Some(TitleCase {
                title: f.next()?,
                language: f.next()?,
                expected: f.next()?,
            })
        })
        .collect()
}

/// The real-world titles of the title set, as job ads write them.
pub fn real_world_titles() -> Vec<&'static str> {
    title_cases().into_iter().map(|c| c.title).collect()
}

/// Prints top-1 and top-5 of the title normaliser on the hand-made set, per language; with
/// `misses`, every title whose occupation is not first.
pub fn titles(misses: bool) {
    let cases = title_cases();
    println!(
        "titles: {} real-world titles, each filed by hand under its ESCO occupation",
        cases.len()
    );
    println!();
    println!(
        "{:<10} {:>6} {:>8} {:>8}",
        "language", "titles", "top-1", "top-5"
    );
    let mut per: HashMap<&str, [usize; 3]> = HashMap::new();
    let mut wrong = Vec::new();
    for case in &cases {
        let found = normalise(case.title, 5);
        let position = found.iter().position(|m| m.occupation.id == case.expected);
        for key in [case.language, "all"] {
            let tally = per.entry(key).or_default();
            tally[0] += 1;
            tally[1] += usize::from(position == Some(0));
            tally[2] += usize::from(position.is_some());
        }
        if position != Some(0) {
            wrong.push((case, found.first().map(|m| m.occupation.label())));
        }
    }
    for key in ["en", "nb", "sv", "da", "all"] {
        let [n, top1, top5] = per.get(key).copied().unwrap_or_default();
        let share = |k: usize| k as f64 / n.max(1) as f64;
        println!(
            "{:<10} {:>6} {:>8.3} {:>8.3}",
            key,
            n,
            share(top1),
            share(top5)
        );
    }
    if misses {
        println!();
        for (case, first) in wrong {
            let expected = esco().occupation(case.expected).map_or("?", |o| o.label());
            println!(
                "  {} ({}): expected {expected}, first {}",
                case.title,
                case.language,
                first.unwrap_or("nothing")
            );
        }
    }
}

/// The ranking set: mandates, candidates (with the occupation whose label they carry), and
/// each mandate's graded judgments.
struct TitleRankingSet {
    mandates: Vec<(Mandate, OccupationId)>,
    candidates: Vec<(InterimManager, OccupationId)>,
    client: domain::client::Client,
}

fn ranking_set(today: NaiveDate) -> anyhow::Result<TitleRankingSet> {
    let g = seed::Generator::new(15, today);
    let generated = g.clients(1).remove(0);
    let client = generated.client.clone();
    let template_mandate = g
        .mandates(
            &[(domain::ids::ClientId(1), client.clone(), Vec::new())],
            &[],
            1,
        )
        .remove(0);
    let template = neutral_candidate(&g.candidate(0), &template_mandate, today);
    let mut mandates = Vec::new();
    let mut candidates = Vec::new();
    for line in DESCRIPTIONS.lines().filter(|l| !l.starts_with('#')) {
        let Some((id, description)) = line.split_once('\t') else {
            continue;
        };
        let Some(occupation) = esco().id_of(id) else {
            anyhow::bail!("the descriptions name {id}, which ESCO does not hold");
        };
        let o = occupation.get();
        let mut mandate = template_mandate.clone();
        mandate.role = Role::parse(o.label())?;
        mandate.title = ShortText::parse(&format!("Interim {}", o.label()))?;
        mandate.analysis.current_state = LongText::parse(description)?;
        mandate.analysis.goals = LongText::parse("")?;
        mandate.analysis.challenges = LongText::parse("")?;
        mandate.analysis.stakeholders = LongText::parse("")?;
        mandate.analysis.success_criteria = LongText::parse("")?;
        mandate.requirements.clear();
        mandate.level = Level::Executive;
        mandates.push((mandate, occupation));
        let alternatives = o.labels(LabelLanguage::En).iter().skip(1).chain(
            [LabelLanguage::Nb, LabelLanguage::Sv, LabelLanguage::Da]
                .iter()
                .flat_map(|l| o.labels(*l).iter().take(1)),
        );
        for label in alternatives.take(LABELS_PER_OCCUPATION) {
            let mut c = template.clone();
            c.track_record[0].role = Role::parse(label)?;
            candidates.push((c, occupation));
        }
    }
    Ok(TitleRankingSet {
        mandates,
        candidates,
        client,
    })
}

/// A candidate who fits every mandate of the set alike, but for the title they held: free,
/// qualified, consenting, local, affordable, at the level sought.
fn neutral_candidate(base: &InterimManager, mandate: &Mandate, today: NaiveDate) -> InterimManager {
    let mut c = base.clone();
    c.headline = ShortText::parse("Interim leader").expect("short");
    c.summary =
        LongText::parse("Experienced leader, available for interim assignments.").expect("long");
    c.cv_text = LongText::parse("").expect("empty");
    c.track_record.truncate(1);
    let entry = &mut c.track_record[0];
    entry.level = Some(Level::Executive);
    entry.situation = None;
    entry.achievements = LongText::parse("").expect("empty");
    entry.client_rating = None;
    entry.start = Some(today - Duration::days(900));
    entry.end = Some(today - Duration::days(60));
    c.specialisation = Default::default();
    c.home = mandate.location.clone();
    c.availability.available_from = today;
    c.availability.unavailable.clear();
    c.availability.confirmed_at = None;
    c.day_rate = domain::values::Money {
        amount: mandate.budget_day_rate.amount / 2,
        ..mandate.budget_day_rate
    };
    c.vetting.status = VettingStatus::Qualified;
    c.vetting.qualified_until = Some(today + Duration::days(365));
    c.consent_until = Some(today + Duration::days(365));
    c.traits = None;
    c.profile_kind = domain::vocabulary::ProfileKind::InterimLeader;
    c
}

/// Prints nDCG@10 of ranking by title alone, for the engine and the two BM25 baselines.
pub fn ranking(today: NaiveDate) -> anyhow::Result<()> {
    let set = ranking_set(today)?;
    let mut index = Index::new();
    for (i, (c, _)) in set.candidates.iter().enumerate() {
        index.upsert(CandidateId(i as i64 + 1), c);
    }
    println!(
        "ranking by title alone: {} mandates (an ESCO occupation's preferred label, its description \
         as the situation), {} candidates (only alternative labels)",
        set.mandates.len(),
        set.candidates.len()
    );
    println!("grade 2 = the same occupation, 1 = the same ISCO-08 unit group; nDCG@10");
    println!();
    println!(
        "{:<44} {:>8} {:>16} {:>10}",
        "", "engine", "BM25 + filters", "BM25 only"
    );
    let mut sums = [0.0; 3];
    for (mandate, occupation) in &set.mandates {
        let judgments: Vec<(usize, u8)> = set
            .candidates
            .iter()
            .enumerate()
            .filter_map(|(i, (_, held))| {
                let grade = if held == occupation {
                    2
                } else if held.unit_group() == occupation.unit_group() {
                    1
                } else {
                    0
                };
                (grade > 0).then_some((i, grade))
            })
            .collect();
        let mut engine = Query::new(mandate, &set.client, today);
        engine.top = K;
        let filtered = Query::text_only(mandate, &set.client, today, K);
        let mut keyword = filtered.clone();
        keyword.filters = Filters::none();
        let scores = [engine, filtered, keyword]
            .map(|q| ndcg_at(K, &crate::eval::ids(&index.rank(&q)), &judgments));
        for (sum, s) in sums.iter_mut().zip(scores) {
            *sum += s;
        }
    }
    crate::eval::print_mean(sums, set.mandates.len());
    Ok(())
}
