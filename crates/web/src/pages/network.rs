//! Network search: free text and facets over the whole network, answered by the match index.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;

use domain::candidate::InterimManager;
use domain::ids::CandidateId;
use domain::industry::{Industry, NaceSection};
use domain::language::Language;
use domain::occupation::Role;
use domain::places;
use domain::values::{CountryCode, Location, ShortText};
use domain::vocabulary::{Level, Proficiency, SituationType, VettingStatus};
use domain::{Invalid, Parsed};
use engine::NetworkSearch;

use crate::AppState;
use crate::error::Error;

use super::{Chrome, PageError, Viewer, date, money, render};

/// Results per page.
const PAGE_SIZE: usize = 25;
/// The deepest a search pages.
const MAX_RESULTS: usize = 500;

/// A choice in a `<select>`.
struct Choice {
    value: String,
    label: String,
}

fn choice(value: &str, label: &str) -> Choice {
    Choice {
        value: value.to_owned(),
        label: label.to_owned(),
    }
}

/// One person found.
struct Hit {
    id: i64,
    name: String,
    headline: String,
    vetting: String,
    rate: String,
    city: String,
    available: String,
    matched: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    chrome: Chrome,
    form: HashMap<String, String>,
    levels: Vec<Choice>,
    situations: Vec<Choice>,
    industries: Vec<Choice>,
    languages: Vec<Choice>,
    proficiencies: Vec<Choice>,
    cities: Vec<&'static str>,
    problem: Option<Invalid>,
    searched: bool,
    total: usize,
    considered: usize,
    hits: Vec<Hit>,
    page: usize,
    pages: usize,
    first: usize,
    previous_link: Option<String>,
    next_link: Option<String>,
}

impl SearchPage {
    /// The value typed into `name`.
    fn value(&self, name: &str) -> &str {
        self.form.get(name).map_or("", String::as_str)
    }
}

/// Reads the facets, naming the first that does not parse.
fn search_of(form: &HashMap<String, String>, today: NaiveDate) -> Parsed<NetworkSearch> {
    let get = |name: &str| form.get(name).map_or("", |v| v.trim());
    let within = |name: &'static str| move |e: Invalid| e.within(name);
    let optional = |name: &str| Some(get(name)).filter(|v| !v.is_empty());
    let language = match optional("language") {
        Some(code) => Some((
            Language::parse(code).map_err(within("language"))?,
            match optional("language_level") {
                Some(level) => Proficiency::parse(level).map_err(within("language_level"))?,
                None => Proficiency::B2,
            },
        )),
        None => None,
    };
    let near = match optional("city") {
        Some(city) => {
            let place = places::find(city, None).ok_or_else(|| {
                Invalid::new(
                    "city",
                    format!("Interim does not know where '{city}' is; pick a city from the list"),
                )
            })?;
            let km: u16 = match optional("km") {
                Some(km) => km
                    .parse()
                    .ok()
                    .filter(|k| (1..=5000).contains(k))
                    .ok_or_else(|| Invalid::new("km", format!("'{km}' is not 1 to 5000 km")))?,
                None => 100,
            };
            Some((
                Location::new(
                    ShortText::parse(place.0)?,
                    CountryCode::parse(place.1)?,
                    place.2,
                    place.3,
                )?,
                km,
            ))
        }
        None => None,
    };
    let max_rate_nok = match optional("max_rate") {
        Some(raw) => Some(
            raw.replace([' ', '\u{a0}', '\u{202f}'], "")
                .parse::<u32>()
                .map_err(|_| {
                    Invalid::new("max_rate", format!("'{raw}' is not a day rate in NOK"))
                })?,
        ),
        None => None,
    };
    let available_on = match optional("available_on") {
        Some(raw) => Some(NaiveDate::parse_from_str(raw, "%Y-%m-%d").map_err(|_| {
            Invalid::new(
                "available_on",
                format!("'{raw}' is not a date; write it as YYYY-MM-DD"),
            )
        })?),
        None => None,
    };
    let page = match optional("page") {
        Some(raw) => raw
            .parse::<usize>()
            .ok()
            .filter(|p| *p >= 1)
            .ok_or_else(|| Invalid::new("page", format!("'{raw}' is not a page number")))?,
        None => 1,
    };
    Ok(NetworkSearch {
        text: get("q").to_owned(),
        // Any title or an ESCO URI; the suggestion picked, when there is one, wins.
        role: match optional("role_uri") {
            Some(uri) => Some(Role::parse(uri).map_err(within("role_uri"))?),
            None => optional("role")
                .map(Role::parse)
                .transpose()
                .map_err(within("role"))?,
        }
        .and_then(|r| r.occupation()),
        level: optional("level")
            .map(Level::parse)
            .transpose()
            .map_err(within("level"))?,
        situation: optional("situation")
            .map(SituationType::parse)
            .transpose()
            .map_err(within("situation"))?,
        industry: optional("industry")
            .map(Industry::parse)
            .transpose()
            .map_err(within("industry"))?,
        language,
        available_on: available_on.map(|d| d.max(today)),
        include_unvetted: get("include_unvetted") == "on",
        own_network_only: get("network") == "own",
        max_rate_nok,
        near,
        profile_kinds: Vec::new(),
        top: (page * PAGE_SIZE).min(MAX_RESULTS),
    })
}

/// The query string of this search at another page.
fn link_to_page(form: &HashMap<String, String>, page: usize) -> String {
    let mut pairs: Vec<(&String, &String)> = form
        .iter()
        .filter(|(k, v)| k.as_str() != "page" && !v.is_empty())
        .collect();
    pairs.sort();
    let mut query: Vec<String> = pairs
        .into_iter()
        .map(|(k, v)| format!("{}={}", super::query_escape(k), super::query_escape(v)))
        .collect();
    query.push(format!("page={page}"));
    format!("/app/network?{}", query.join("&"))
}

/// `GET /app/network`.
pub(super) async fn search(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(form): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let today = state.today();
    let searched = !form.is_empty();
    let mut page_number = 1;
    let mut hits = Vec::new();
    let (mut total, mut considered) = (0, 0);
    let problem = match search_of(&form, today) {
        Err(problem) => Some(problem),
        Ok(search) => {
            page_number = search.top.div_ceil(PAGE_SIZE).max(1);
            let query = engine::Query::search(&search, today);
            let ranking = state
                .index()
                .with(|index| index.rank(&query))
                .ok_or(Error::NotReady)?;
            total = ranking.passed;
            considered = ranking.considered;
            let skip = (page_number - 1) * PAGE_SIZE;
            let shown: Vec<&engine::Ranked> = ranking.results.iter().skip(skip).collect();
            let ids: Vec<CandidateId> = shown.iter().map(|r| r.id).collect();
            let people = service::Records::new(&state, &viewer.actor)
                .people(&ids)
                .await?;
            for (r, c) in shown.into_iter().zip(people) {
                hits.push(Hit {
                    id: r.id.0,
                    name: c.name.to_string(),
                    headline: c.headline.to_string(),
                    vetting: vetting_text(&c, today),
                    rate: money(c.day_rate),
                    city: c.home.city.to_string(),
                    available: if c.availability.available_from <= today {
                        "now".to_owned()
                    } else {
                        format!("from {}", date(c.availability.available_from))
                    },
                    matched: r.matched_terms.join(", "),
                });
            }
            None
        }
    };
    let reachable = total.min(MAX_RESULTS);
    let pages = reachable.div_ceil(PAGE_SIZE).max(1);
    let page = SearchPage {
        chrome: viewer.chrome("network"),
        levels: Level::ALL
            .iter()
            .map(|l| choice(l.code(), l.label()))
            .collect(),
        situations: SituationType::ALL
            .iter()
            .map(|s| choice(s.code(), s.label()))
            .collect(),
        industries: NaceSection::ALL
            .iter()
            .map(|s| choice(s.code(), &format!("{} {}", s.code(), s.label())))
            .collect(),
        languages: ["no", "sv", "da", "fi", "en", "de", "fr", "nl", "is", "pl"]
            .iter()
            .filter_map(|c| Language::parse(c).ok())
            .map(|l| choice(l.code(), l.name()))
            .collect(),
        proficiencies: Proficiency::ALL
            .iter()
            .map(|p| choice(p.code(), p.code()))
            .collect(),
        cities: places::CITIES.iter().map(|c| c.0).collect(),
        searched,
        total,
        considered,
        first: (page_number - 1) * PAGE_SIZE + 1,
        previous_link: (page_number > 1).then(|| link_to_page(&form, page_number - 1)),
        next_link: (page_number < pages && problem.is_none())
            .then(|| link_to_page(&form, page_number + 1)),
        page: page_number,
        pages,
        hits,
        problem,
        form,
    };
    let status = if page.problem.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    Ok((status, render(&page)).into_response())
}

/// The vetting status as people read it, with the expiry.
pub(super) fn vetting_text(c: &InterimManager, today: NaiveDate) -> String {
    match (c.vetting.status, c.vetting.qualified_until) {
        (VettingStatus::Qualified, Some(until)) if until < today => {
            format!("Qualification expired {}", date(until))
        }
        (VettingStatus::Qualified, Some(until)) => format!("Qualified until {}", date(until)),
        (status, _) => status.label().to_owned(),
    }
}
