//! A query: what one mandate asks of the network, read once from the mandate and its client
//! into the shape the index scores against, with the filter settings and weights.

use std::collections::HashMap;

use chrono::NaiveDate;

use domain::client::Client;
use domain::ids::CandidateId;
use domain::industry::Industry;
use domain::language::Language;
use domain::mandate::{Criterion as Requirement, Mandate};
use domain::roles::RoleId;
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
    /// The day the query is asked (vetting and consent are judged on it).
    pub today: NaiveDate,
    /// The role sought.
    pub role: RoleId,
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
            role: mandate.role,
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
