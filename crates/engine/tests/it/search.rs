//! Network search over the match index: every word must appear, each facet that filters
//! removes exactly those who do not meet it, and an empty search lists the network.

use std::collections::HashSet;

use domain::ids::CandidateId;
use domain::language::Language;
use domain::vocabulary::{Proficiency, SituationType};
use engine::{NetworkSearch, Query};

use crate::support::{candidate, pool, today};

const POOL: u64 = 600;

fn found(search: &NetworkSearch) -> (usize, Vec<CandidateId>) {
    let index = pool(POOL);
    let ranking = index.rank(&Query::search(search, today()));
    (
        ranking.passed,
        ranking.results.iter().map(|r| r.id).collect(),
    )
}

fn everyone(search: NetworkSearch) -> NetworkSearch {
    NetworkSearch {
        include_unvetted: true,
        top: POOL as usize,
        ..search
    }
}

#[test]
fn every_word_of_the_text_must_appear_in_the_profile() {
    let wanted = candidate(7);
    // A word from one person's own summary finds them; a made-up word finds nobody.
    let word = wanted
        .summary
        .as_str()
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .find(|w| w.len() > 7)
        .expect("a long word in the summary")
        .to_owned();
    let (passed, ids) = found(&everyone(NetworkSearch {
        text: word.clone(),
        ..NetworkSearch::default()
    }));
    assert!(ids.contains(&CandidateId(8)), "'{word}' finds its owner");
    assert!(passed < POOL as usize, "'{word}' does not match everyone");
    let (nobody, _) = found(&everyone(NetworkSearch {
        text: format!("{word} zyxwvutsrq"),
        ..NetworkSearch::default()
    }));
    assert_eq!(nobody, 0, "both words must appear");
}

#[test]
fn facets_filter_exactly_those_who_do_not_meet_them() {
    let norwegian = Language::parse("no").expect("language");
    let (_, ids) = found(&everyone(NetworkSearch {
        language: Some((norwegian, Proficiency::C1)),
        situation: Some(SituationType::RestructuringTurnaround),
        ..NetworkSearch::default()
    }));
    let ids: HashSet<CandidateId> = ids.into_iter().collect();
    assert!(!ids.is_empty(), "some pass");
    for i in 0..POOL {
        let c = candidate(i);
        let speaks = c
            .languages
            .iter()
            .any(|l| l.language == norwegian && l.level >= Proficiency::C1);
        let handled = c
            .track_record
            .iter()
            .any(|t| t.situation == Some(SituationType::RestructuringTurnaround));
        let consent = c.consent_until.is_none_or(|d| d >= today());
        let leader = c.profile_kind == domain::vocabulary::ProfileKind::InterimLeader;
        let assessed_out = c.vetting.status == domain::vocabulary::VettingStatus::NotQualified;
        if ids.contains(&CandidateId(i as i64 + 1)) {
            assert!(
                speaks && handled,
                "candidate {i} passed without meeting the facets"
            );
        } else if speaks && handled && consent && leader && !assessed_out {
            panic!("candidate {i} meets every facet but was removed");
        }
    }
}

#[test]
fn an_empty_search_lists_the_qualified_network_best_first() {
    let (passed, ids) = found(&NetworkSearch {
        top: 10,
        ..NetworkSearch::default()
    });
    assert!(passed > 0);
    assert_eq!(ids.len(), 10.min(passed));
}
