//! A query: what one mandate asks of the network, read once from the mandate and its client
//! into the shape the index scores against, with the filter settings and weights.

use std::collections::HashMap;

use chrono::NaiveDate;

use domain::client::Client;
use domain::esco::OccupationId;
use domain::ids::CandidateId;
use domain::industry::Industry;
use domain::language::Language;
use domain::mandate::{Criterion as Requirement, Mandate};
use domain::values::{Location, Money};
use domain::vocabulary::{CompanySize, Currency, Level, Proficiency, Sector, SituationType};

use crate::criteria::{Criterion, Weights, trait_weights};
use crate::filters::{Filter, Filters};
use crate::text;

/// What a mandate asks of the network.
#[derive(Debug, Clone)]
pub struct Query {
    /// How many ranked candidates to return.
    pub top: usize,
    /// The weights of the scored criteria.
    pub weights: Weights,
    /// The hard filters.
    pub filters: Filters,
    /// The day the query is asked (vetting, consent and the age of a candidate's availability
    /// confirmation are judged on it, never the clock).
    pub today: NaiveDate,
    /// The occupation sought; `None` when the mandate's role title is not filed under one
    /// (role fit is then zero for everyone, and the title still counts as text).
    pub role: Option<OccupationId>,
    /// The level of the role.
    pub level: Level,
    /// The situation type.
    pub situation: SituationType,
    /// Other situations asked for as nice-to-have.
    pub nice_situations: Vec<SituationType>,
    /// Situations that are must-haves.
    pub must_situations: Vec<SituationType>,
    /// The client's industry.
    pub industry: Industry,
    /// Other industries asked for as nice-to-have.
    pub nice_industries: Vec<Industry>,
    /// Industries that are must-haves.
    pub must_industries: Vec<Industry>,
    /// The client's size.
    pub size: CompanySize,
    /// The client's sector.
    pub sector: Sector,
    /// First day of the assignment.
    pub start: NaiveDate,
    /// Last day of the assignment.
    pub end: NaiveDate,
    /// The budget day rate in NOK.
    pub budget_nok: u32,
    /// Where the work is.
    pub location: Location,
    /// Days per week on site.
    pub on_site_days: u8,
    /// Languages required, with the lowest level accepted.
    pub must_languages: Vec<(Language, Proficiency)>,
    /// Languages that count in the score (the must-haves, the nice-to-haves, and the local
    /// language when the mandate names none).
    pub scored_languages: Vec<(Language, Proficiency)>,
    /// Skills that are must-haves, as analysed terms: every term of one skill must appear.
    pub must_skills: Vec<Vec<String>>,
    /// Candidates the client must never be offered.
    pub excluded: Vec<CandidateId>,
    /// The text query: analysed terms with their weights.
    pub terms: Vec<QueryTerm>,
    /// How much each trait matters here.
    pub trait_weights: [f32; 7],
}

/// One term of the text query.
#[derive(Debug, Clone, PartialEq)]
pub struct QueryTerm {
    /// The analysed term, as indexed.
    pub term: String,
    /// The word of the mandate it came from, lower-cased, for explanations.
    pub word: String,
    /// Its weight.
    pub weight: f32,
}

/// A search of the network by a consultant: free text and facets, no mandate. Facets that
/// the engine filters on (situation, industry, language, availability, vetting, network, day
/// rate, distance, profile kind) filter; role and level rank, since related roles and higher
/// levels are often what a consultant wants to see too.
#[derive(Debug, Clone, Default)]
pub struct NetworkSearch {
    /// Words to find in profiles and CVs.
    pub text: String,
    /// The occupation sought, ranked by fit (the same occupation, a broader or narrower one,
    /// its ISCO group, a related role).
    pub role: Option<OccupationId>,
    /// The level sought, ranked.
    pub level: Option<Level>,
    /// Has handled this kind of situation.
    pub situation: Option<SituationType>,
    /// Has worked in this industry.
    pub industry: Option<Industry>,
    /// Speaks this language at least this well.
    pub language: Option<(Language, Proficiency)>,
    /// Free on this day (and the four weeks after).
    pub available_on: Option<NaiveDate>,
    /// Let candidates who are not (yet) qualified in.
    pub include_unvetted: bool,
    /// The provider's own network only.
    pub own_network_only: bool,
    /// The highest day rate, in NOK.
    pub max_rate_nok: Option<u32>,
    /// Within this many km of a place.
    pub near: Option<(Location, u16)>,
    /// Profile kinds accepted; empty means interim leaders only.
    pub profile_kinds: Vec<domain::vocabulary::ProfileKind>,
    /// How many results.
    pub top: usize,
}

impl Query {
    /// The query for a network search: facets become filters (or, for role and level,
    /// criteria), the text becomes the text query, and the rest of the score is the track
    /// record and the traits, so the strongest people come first among equals.
    pub fn search(search: &NetworkSearch, today: NaiveDate) -> Self {
        let mut raw = [0.0f32; crate::criteria::COUNT];
        let mut weigh = |c: Criterion, w: f32| raw[c.index()] = w;
        weigh(Criterion::TrackRecord, 6.0);
        weigh(Criterion::Traits, 6.0);
        weigh(Criterion::Network, 1.0);
        let mut filters = Filters {
            include_unvetted: search.include_unvetted,
            networks: if search.own_network_only {
                crate::filters::Networks::OwnOnly
            } else {
                crate::filters::Networks::All
            },
            rate_tolerance_percent: 0,
            start_tolerance_days: 0,
            max_distance_km: search.near.as_ref().map(|(_, km)| *km),
            ..Filters::default()
        };
        if !search.profile_kinds.is_empty() {
            filters.profile_kinds = search.profile_kinds.clone();
        }
        if search.available_on.is_none() {
            filters.off.push(Filter::Availability);
        }
        if search.max_rate_nok.is_none() {
            filters.off.push(Filter::Rate);
        }
        if search.near.is_none() {
            filters.off.push(Filter::Distance);
        }
        let situation = search.situation.unwrap_or(SituationType::LeadershipGap);
        let start = search.available_on.unwrap_or(today);
        let mut query = Self {
            top: search.top.max(1),
            weights: Weights::for_situation(situation),
            filters,
            today,
            // Role and level only count when asked for (their weights are zero otherwise).
            role: search.role,
            level: search.level.unwrap_or(Level::Executive),
            situation,
            nice_situations: Vec::new(),
            must_situations: search.situation.into_iter().collect(),
            industry: search
                .industry
                .unwrap_or_else(|| Industry::section_only(domain::industry::NaceSection::C)),
            nice_industries: Vec::new(),
            must_industries: search.industry.into_iter().collect(),
            size: CompanySize::Large,
            sector: Sector::Private,
            start,
            end: start + chrono::Duration::days(27),
            budget_nok: search.max_rate_nok.unwrap_or(u32::MAX),
            location: search
                .near
                .as_ref()
                .map(|(l, _)| l.clone())
                .unwrap_or_else(nowhere),
            on_site_days: 0,
            must_languages: search.language.into_iter().collect(),
            scored_languages: search.language.into_iter().collect(),
            must_skills: Vec::new(),
            excluded: Vec::new(),
            terms: Vec::new(),
            trait_weights: trait_weights(situation),
        };
        let mut terms: HashMap<String, QueryTerm> = HashMap::new();
        let mut buf = String::new();
        text::for_each_word(&search.text, &mut buf, |word, term| {
            terms.entry(term.to_owned()).or_insert_with(|| QueryTerm {
                term: term.to_owned(),
                word: word.to_lowercase(),
                weight: SKILL_TERM,
            });
        });
        if !terms.is_empty() {
            // Every word must appear, as in any search box; BM25 orders those that have them.
            query.must_skills.push(text::terms(&search.text));
            weigh(Criterion::Text, 40.0);
        }
        if search.role.is_some() {
            weigh(Criterion::Role, 30.0);
        }
        if search.level.is_some() {
            weigh(Criterion::Level, 8.0);
        }
        if search.situation.is_some() {
            weigh(Criterion::Situation, 6.0);
        }
        if search.industry.is_some() {
            weigh(Criterion::Industry, 6.0);
        }
        if search.language.is_some() {
            weigh(Criterion::Language, 2.0);
        }
        query.weights = Weights::from_raw(raw).unwrap_or(query.weights);
        let mut terms: Vec<QueryTerm> = terms.into_values().collect();
        terms.sort_by(|a, b| a.term.cmp(&b.term));
        query.terms = terms;
        query
    }
}

/// The location of a search that names none (distance neither filters nor counts then).
fn nowhere() -> Location {
    Location::new(
        domain::values::ShortText::parse("anywhere").expect("a short text"),
        domain::values::CountryCode::parse("NO").expect("a country code"),
        0.0,
        0.0,
    )
    .expect("valid coordinates")
}

/// Weight of a term from the situation analysis, per occurrence (capped at two).
const ANALYSIS_TERM: f32 = 1.0;
/// Weight of a term of the role's titles and synonyms.
const ROLE_TERM: f32 = 1.5;
/// Weight of a term of a skill requirement.
const SKILL_TERM: f32 = 2.0;

impl Query {
    /// The query for a mandate of a client, with the default filters and the default weights
    /// of its situation type.
    pub fn new(mandate: &Mandate, client: &Client, today: NaiveDate) -> Self {
        let window = mandate.window();
        let mut query = Self {
            top: 20,
            weights: Weights::for_situation(mandate.situation),
            filters: Filters::default(),
            today,
            role: mandate.role.occupation(),
            level: mandate.level,
            situation: mandate.situation,
            nice_situations: Vec::new(),
            must_situations: Vec::new(),
            industry: client.industry,
            nice_industries: Vec::new(),
            must_industries: Vec::new(),
            size: client.size,
            sector: client.sector,
            start: window.start(),
            end: window.end(),
            budget_nok: to_nok(mandate.budget_day_rate),
            location: mandate.location.clone(),
            on_site_days: mandate.on_site_days,
            must_languages: Vec::new(),
            scored_languages: Vec::new(),
            must_skills: Vec::new(),
            excluded: client.excluded_candidates.clone(),
            terms: Vec::new(),
            trait_weights: trait_weights(mandate.situation),
        };
        let mut terms: HashMap<String, QueryTerm> = HashMap::new();
        let mut buf = String::new();
        let mut add = |text: &str, weight: f32, cap: f32| {
            text::for_each_word(text, &mut buf, |word, term| {
                let t = terms.entry(term.to_owned()).or_insert_with(|| QueryTerm {
                    term: term.to_owned(),
                    word: word.to_lowercase(),
                    weight: 0.0,
                });
                t.weight = (t.weight + weight).min(cap);
            });
        };
        add(
            &mandate.analysis.full_text(),
            ANALYSIS_TERM,
            2.0 * ANALYSIS_TERM,
        );
        add(mandate.title.as_str(), ANALYSIS_TERM, 2.0 * ANALYSIS_TERM);
        for title in mandate.role.search_terms() {
            add(&title, ROLE_TERM, ROLE_TERM);
        }
        for requirement in &mandate.requirements {
            let must = requirement.importance == domain::vocabulary::Importance::MustHave;
            match &requirement.criterion {
                Requirement::Language {
                    language,
                    min_level,
                } => {
                    if must {
                        query.must_languages.push((*language, *min_level));
                    }
                    query.scored_languages.push((*language, *min_level));
                }
                Requirement::Industry { industry } => {
                    if must {
                        &mut query.must_industries
                    } else {
                        &mut query.nice_industries
                    }
                    .push(*industry);
                }
                Requirement::Situation { situation } => {
                    if must {
                        &mut query.must_situations
                    } else {
                        &mut query.nice_situations
                    }
                    .push(*situation);
                }
                Requirement::Skill { text: skill } => {
                    add(skill.as_str(), SKILL_TERM, SKILL_TERM);
                    if must {
                        query.must_skills.push(text::terms(skill.as_str()));
                    }
                }
            }
        }
        if query.scored_languages.is_empty()
            && let Some(local) = local_language(mandate.location.country.as_str())
        {
            query.scored_languages.push((local, Proficiency::C1));
        }
        let mut terms: Vec<QueryTerm> = terms.into_values().collect();
        terms.sort_by(|a, b| a.term.cmp(&b.term));
        query.terms = terms;
        query
    }

    /// The text-only baseline for the same mandate: the same hard filters, ranked by BM25 of
    /// the same text query alone (what a firm gets from full-text search plus SQL filters).
    pub fn text_only(mandate: &Mandate, client: &Client, today: NaiveDate, top: usize) -> Self {
        let mut query = Self::new(mandate, client, today);
        query.top = top;
        query.weights = Weights::only(Criterion::Text);
        query
    }

    /// Whether a filter applies to this query: switched on, and with something to check.
    pub(crate) fn applies(&self, filter: Filter) -> bool {
        self.filters.is_on(filter)
            && match filter {
                Filter::Excluded => !self.excluded.is_empty(),
                Filter::Network => self.filters.networks != crate::filters::Networks::All,
                Filter::Languages => !self.must_languages.is_empty(),
                Filter::MustHaveIndustry => !self.must_industries.is_empty(),
                Filter::MustHaveSituation => !self.must_situations.is_empty(),
                Filter::MustHaveSkill => !self.must_skills.is_empty(),
                _ => true,
            }
    }
}

/// The language of the place, for mandates that name none.
fn local_language(country: &str) -> Option<Language> {
    let code = match country {
        "NO" => "no",
        "SE" => "sv",
        "DK" => "da",
        "FI" => "fi",
        "IS" => "is",
        "DE" | "AT" => "de",
        "GB" | "IE" => "en",
        "NL" => "nl",
        _ => return None,
    };
    Language::parse(code).ok()
}

/// A day rate in whole NOK. Rates and budgets are compared in one currency; the factors are
/// indicative (rounded Norges Bank reference rates of 2025) and only have to be good enough to
/// compare a day rate with a budget within a tolerance of several percent.
pub fn to_nok(money: Money) -> u32 {
    let factor = match money.currency {
        Currency::Nok => 1.0,
        Currency::Sek => 1.06,
        Currency::Dkk => 1.57,
        Currency::Eur => 11.7,
        Currency::Gbp => 13.7,
        Currency::Usd => 10.5,
    };
    (f64::from(money.amount) * factor).round() as u32
}
