//! Shared test fixtures: a fixed day, a generated pool, and mandates from the generator.

use chrono::NaiveDate;

use domain::candidate::InterimManager;
use domain::client::Client;
use domain::ids::{CandidateId, ClientId};
use domain::mandate::Mandate;
use engine::{Index, Query};
use seed::Generator;

/// The day every fixture is generated as of.
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
}

/// The generator every fixture comes from.
pub fn generator() -> Generator {
    Generator::new(7, today())
}

/// `count` mandates with their clients.
pub fn mandates(count: usize) -> Vec<(Mandate, Client)> {
    let g = generator();
    let clients: Vec<(ClientId, Client, Vec<domain::ids::ContactId>)> = g
        .clients(12)
        .into_iter()
        .enumerate()
        .map(|(i, c)| (ClientId(i as i64 + 1), c.client, Vec::new()))
        .collect();
    g.mandates(&clients, &[], count)
        .into_iter()
        .map(|m| {
            let client = clients[(m.client_id.0 - 1) as usize].1.clone();
            (m, client)
        })
        .collect()
}

/// Generated candidate `i`, indexed as `CandidateId(i + 1)`.
pub fn candidate(i: u64) -> InterimManager {
    generator().candidate(i)
}

/// An index of the first `count` generated candidates.
pub fn pool(count: u64) -> Index {
    let mut index = Index::new();
    for i in 0..count {
        index.upsert(CandidateId(i as i64 + 1), &candidate(i));
    }
    index
}

/// The query for a mandate, with its defaults.
pub fn query(mandate: &Mandate, client: &Client, top: usize) -> Query {
    let mut q = Query::new(mandate, client, today());
    q.top = top;
    q
}

/// A candidate that passes every default filter of `mandate` and fits it well: built from a
/// generated candidate by setting what the filters read.
pub fn ideal_for(mandate: &Mandate, client: &Client) -> InterimManager {
    use domain::candidate::Vetting;
    use domain::language::{Language, LanguageSkill};
    use domain::values::Money;
    use domain::vocabulary::{Proficiency, ProfileKind, VettingStatus};

    let mut c = candidate(3);
    c.profile_kind = ProfileKind::InterimLeader;
    c.source = domain::candidate::SourceNetwork::Own;
    c.vetting = Vetting {
        status: VettingStatus::Qualified,
        qualified_until: Some(today() + chrono::Duration::days(400)),
    };
    c.consent_until = Some(today() + chrono::Duration::days(700));
    c.availability.available_from = today();
    c.availability.unavailable.clear();
    c.day_rate = Money {
        amount: mandate.budget_day_rate.amount.saturating_sub(1_000),
        ..mandate.budget_day_rate
    };
    c.home = mandate.location.clone();
    c.languages = ["no", "en", "sv"]
        .iter()
        .map(|code| LanguageSkill {
            language: Language::parse(code).expect("valid"),
            level: Proficiency::Native,
        })
        .collect();
    if let Some(first) = c.track_record.first_mut() {
        first.role = mandate.role.clone();
        first.level = Some(mandate.level);
        first.situation = Some(mandate.situation);
        first.industry = Some(client.industry);
    }
    c.specialisation.industries.push(client.industry);
    c
}
