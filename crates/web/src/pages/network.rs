//! Network search (free text and facets over the whole network, answered by the match index)
//! and the interim manager's profile: summary, track record, specialisation, availability
//! calendar, assessments, pipelines and placements. Opening a profile is audited.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Duration, NaiveDate, Utc};

use domain::candidate::InterimManager;
use domain::ids::CandidateId;
use domain::industry::{Industry, NaceSection};
use domain::language::Language;
use domain::places;
use domain::roles::RoleId;
use domain::values::{CountryCode, Location, Period, ShortText};
use domain::vocabulary::{Level, Proficiency, SituationType, Trait, VettingStatus};
use domain::{Invalid, Parsed};
use engine::NetworkSearch;

use crate::AppState;
use crate::access::Records;
use crate::api::path_id;
use crate::error::Error;

use super::{Chrome, PageError, Viewer, date, days, money, render};

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
    roles: Vec<Choice>,
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
        role: optional("role")
            .map(RoleId::parse)
            .transpose()
            .map_err(within("role"))?,
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
    let today = Utc::now().date_naive();
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
                .index
                .with(|index| index.rank(&query))
                .ok_or(Error::NotReady)?;
            total = ranking.passed;
            considered = ranking.considered;
            let skip = (page_number - 1) * PAGE_SIZE;
            let shown: Vec<&engine::Ranked> = ranking.results.iter().skip(skip).collect();
            let ids: Vec<CandidateId> = shown.iter().map(|r| r.id).collect();
            let people = state.store.candidates_by_id(&ids).await?;
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
        roles: RoleId::all().map(|r| choice(r.code(), r.title())).collect(),
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
fn vetting_text(c: &InterimManager, today: NaiveDate) -> String {
    match (c.vetting.status, c.vetting.qualified_until) {
        (VettingStatus::Qualified, Some(until)) if until < today => {
            format!("Qualification expired {}", date(until))
        }
        (VettingStatus::Qualified, Some(until)) => format!("Qualified until {}", date(until)),
        (status, _) => status.label().to_owned(),
    }
}

/// One row of the track record.
struct RecordRow {
    period: String,
    title: String,
    organisation: String,
    kind: &'static str,
    details: String,
    achievements: String,
    rating: Option<String>,
}

/// One day of the availability calendar.
struct CalendarDay {
    day: u32,
    class: &'static str,
}

/// One month of the availability calendar.
struct Month {
    name: String,
    /// Blank cells before the first day (Monday first).
    lead: Vec<()>,
    days: Vec<CalendarDay>,
}

/// A pipeline the person stands in.
struct PipelineRow {
    mandate_id: i64,
    title: String,
    stage: &'static str,
    since: String,
}

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfilePage {
    chrome: Chrome,
    c: InterimManager,
    vetting: String,
    vetting_expired: bool,
    rate: String,
    languages: String,
    mobility: String,
    specialisation: Vec<(&'static str, String)>,
    record: Vec<RecordRow>,
    traits: Vec<(&'static str, u8, u32)>,
    months: Vec<Month>,
    confirmed: String,
    available_from: String,
    pipelines: Vec<PipelineRow>,
    placements: Vec<(i64, String, String, String)>,
}

/// `GET /app/candidates/{id}`: the profile (the view is audited).
pub(super) async fn profile(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = CandidateId(path_id(&id, "interim manager")?);
    let today = Utc::now().date_naive();
    let records = Records::new(&state, &viewer.actor);
    let (stored, _) = records.candidate(id).await?;
    let c = stored.value;
    let placements = state.store.placements_of(id).await?;
    let booked: Vec<Period> = placements.iter().map(|p| p.value.period).collect();
    let entries = state.store.pipelines_of_candidate(id).await?;
    let mandates: HashMap<_, _> = state
        .store
        .mandates()
        .await?
        .into_iter()
        .map(|m| (m.id, m.value.title.to_string()))
        .collect();
    let months = calendar(today, &c, &booked);
    let mut entries_newest_first: Vec<&domain::candidate::TrackRecordEntry> =
        c.track_record.iter().collect();
    entries_newest_first.sort_by_key(|t| std::cmp::Reverse(t.start));
    let record: Vec<RecordRow> = entries_newest_first
        .into_iter()
        .map(|t| RecordRow {
            period: format!(
                "{} – {}",
                t.start.format("%b %Y"),
                t.end
                    .map_or("now".to_owned(), |e| e.format("%b %Y").to_string())
            ),
            title: t.title.to_string(),
            organisation: t.organisation.to_string(),
            kind: t.engagement.label(),
            details: format!(
                "{} · {} · {} · {}{}",
                t.role.title(),
                t.level.label(),
                t.company_size.label(),
                t.sector.label(),
                t.situation
                    .map(|s| format!(" · {}", s.label()))
                    .unwrap_or_default()
            ),
            achievements: t.achievements.to_string(),
            rating: t.client_rating.map(|r| format!("{r:?}")),
        })
        .collect();
    let page = ProfilePage {
        chrome: viewer.chrome("network"),
        vetting: vetting_text(&c, today),
        vetting_expired: c.vetting.is_expired_on(today),
        rate: money(c.day_rate),
        languages: c
            .languages
            .iter()
            .map(|l| format!("{} {}", l.language.name(), l.level.label()))
            .collect::<Vec<_>>()
            .join(", "),
        mobility: {
            let m = c.mobility;
            let mut parts = Vec::new();
            if m.relocate {
                parts.push("will relocate");
            }
            if m.travel {
                parts.push("will travel weekly");
            }
            if m.remote {
                parts.push("works remotely");
            }
            if parts.is_empty() {
                "daily commute only".to_owned()
            } else {
                parts.join(", ")
            }
        },
        specialisation: vec![
            (
                "Industries",
                c.specialisation
                    .industries
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ("Sectors", labels(&c.specialisation.sectors, |s| s.label())),
            (
                "Company sizes",
                labels(&c.specialisation.company_sizes, |s| s.label()),
            ),
            ("Levels", labels(&c.specialisation.levels, |s| s.label())),
            (
                "Situations handled",
                labels(&c.specialisation.situations, |s| s.label()),
            ),
        ],
        record,
        traits: c
            .traits
            .map(|t| {
                Trait::ALL
                    .iter()
                    .map(|tr| {
                        let score = t.0[tr.index()];
                        (tr.label(), score, u32::from(score) * 20)
                    })
                    .collect()
            })
            .unwrap_or_default(),
        months,
        available_from: date(c.availability.available_from),
        confirmed: c.availability.confirmed_at.map_or_else(
            || "never confirmed by them".to_owned(),
            |t| format!("confirmed {} ago", days((Utc::now() - t).num_days().max(0))),
        ),
        pipelines: entries
            .iter()
            .map(|e| PipelineRow {
                mandate_id: e.value.mandate_id.0,
                title: mandates
                    .get(&e.value.mandate_id)
                    .cloned()
                    .unwrap_or_default(),
                stage: e.value.stage().label(),
                since: e
                    .value
                    .stage_entered_at()
                    .map_or(String::new(), |t| date(t.date_naive())),
            })
            .collect(),
        placements: placements
            .iter()
            .map(|p| {
                (
                    p.value.mandate_id.0,
                    mandates
                        .get(&p.value.mandate_id)
                        .cloned()
                        .unwrap_or_default(),
                    format!(
                        "{} – {}",
                        date(p.value.period.start()),
                        date(p.value.period.end())
                    ),
                    money(p.value.day_rate),
                )
            })
            .collect(),
        c,
    };
    Ok(render(&page))
}

fn labels<T: Copy>(values: &[T], label: fn(T) -> &'static str) -> String {
    values
        .iter()
        .map(|v| label(*v))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Six months from this one: free, booked (placements and periods they gave), or before the
/// day they become available.
fn calendar(today: NaiveDate, c: &InterimManager, booked: &[Period]) -> Vec<Month> {
    let mut first = today.with_day(1).unwrap_or(today);
    let mut months = Vec::new();
    for _ in 0..6 {
        let next = first
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(first + Duration::days(31));
        let lead = vec![(); first.weekday().num_days_from_monday() as usize];
        let mut days = Vec::new();
        let mut d = first;
        while d < next {
            let busy = booked
                .iter()
                .chain(c.availability.unavailable.iter())
                .any(|p| p.contains(d));
            days.push(CalendarDay {
                day: d.day(),
                class: if busy {
                    "busy"
                } else if d < c.availability.available_from {
                    "before"
                } else {
                    "free"
                },
            });
            d += Duration::days(1);
        }
        months.push(Month {
            name: first.format("%B %Y").to_string(),
            lead,
            days,
        });
        first = next;
    }
    months
}
