//! The job board. Consultants publish a mandate as an interim assignment, anonymised unless
//! they allow the client's name; interim managers see the open assignments sorted by how well
//! each fits them — the match engine in reverse: each posting's mandate query scored against
//! the viewer's own profile, with the reasons — filter them, apply with a short motivation
//! (which puts them on the mandate's longlist), and follow their applications.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{Duration, NaiveDate};

use domain::ids::{MandateId, PostingId};
use domain::portal::JobPosting;
use domain::values::{LongText, ShortText};

use crate::AppState;
use crate::api::path_id;
use crate::error::Error;
use service::Records;
use service::board::{BoardFilters, Fit};

use super::manager::{InterimManagers, own_id};
use super::{
    Chrome, PageError, Submitted, Viewer, capitalised, date, render, see_other, thousands,
};

/// `POST /app/mandates/{id}/posting`: publishes (or updates) the mandate on the job board.
pub(super) async fn publish(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    let records = Records::new(&state, &viewer.actor);
    let headline = ShortText::parse(fields.get("headline")).map_err(|e| e.within("headline"));
    let description =
        LongText::parse(fields.get("description")).map_err(|e| e.within("description"));
    let closes_on = NaiveDate::parse_from_str(fields.get("closes_on").trim(), "%Y-%m-%d");
    match (headline, description, closes_on) {
        (Ok(headline), Ok(description), Ok(closes_on)) if closes_on >= state.today() => {
            let posting = JobPosting {
                mandate_id: id,
                headline,
                description,
                show_client_name: fields.get("show_client_name") == "on",
                published_at: state.now(),
                closes_on,
            };
            records.publish(&posting).await?;
            Ok(see_other(&format!("/app/mandates/{}#job-board", id.0)))
        }
        (Err(e), _, _) | (_, Err(e), _) => Err(Error::Invalid(e).into()),
        _ => Err(Error::Invalid(domain::Invalid::new(
            "closes_on",
            "give the last day to apply, today or later (YYYY-MM-DD)",
        ))
        .into()),
    }
}

/// One assignment on the board, as an interim manager sees it.
struct Card {
    posting_id: i64,
    headline: String,
    description: String,
    client: Option<String>,
    facts: String,
    start: String,
    weeks: u16,
    place: String,
    band: String,
    closes: String,
    /// Fit in points of 100, when the person passes every hard requirement.
    fit: Option<u32>,
    reasons: Vec<String>,
    applied: Option<String>,
}

#[derive(Template)]
#[template(path = "jobs.html")]
struct JobsPage {
    chrome: Chrome,
    cards: Vec<Card>,
    applications: Vec<(String, String, &'static str)>,
    filters: HashMap<String, String>,
    /// The role facet: ISCO-08 groups (code, "1211 Finance managers").
    roles: Vec<(&'static str, String)>,
    levels: Vec<(&'static str, &'static str)>,
    situations: Vec<(&'static str, &'static str)>,
    industries: Vec<(&'static str, &'static str)>,
    sizes: Vec<(&'static str, &'static str)>,
    /// A filter that did not parse, named.
    filter_problem: Option<String>,
    problem: Option<(i64, String)>,
    total: usize,
}

/// The ISCO-08 groups the board's role facet offers: the manager groups, and the
/// professionals' groups interim assignments also come from.
const ROLE_GROUPS: &[&str] = &[
    "11", "112", "12", "121", "122", "13", "132", "133", "134", "14", "241", "242", "251", "261",
];

impl JobsPage {
    fn filter(&self, name: &str) -> &str {
        self.filters.get(name).map_or("", String::as_str)
    }
}

/// A day rate band around the budget, so the exact figure stays between client and provider.
fn band(budget: domain::values::Money) -> String {
    let (low, high) = service::board::rate_band(budget);
    format!(
        "{} {}–{}",
        budget.currency.code().to_uppercase(),
        thousands(low),
        thousands(high)
    )
}

async fn board(
    state: &AppState,
    viewer: &Viewer<InterimManagers>,
    filters: HashMap<String, String>,
    problem: Option<(i64, String)>,
) -> Result<JobsPage, PageError> {
    let me = own_id(viewer)?;
    let (chosen, filter_problem) = match BoardFilters::parse(&filters) {
        Ok(f) => (f, None),
        Err(e) => (
            BoardFilters::default(),
            Some(format!("{}: {}", e.field, e.message)),
        ),
    };
    let applications = Records::new(state, &viewer.actor)
        .applications(me)
        .await?
        .into_iter()
        .map(|(a, posting, status)| {
            (
                posting.headline.to_string(),
                date(a.value.applied_at.date_naive()),
                status.label(),
            )
        })
        .collect();
    let cards: Vec<Card> = Records::new(state, &viewer.actor)
        .job_board(&chosen)
        .await?
        .into_iter()
        .map(|o| {
            let (mandate, client, p) = (&o.mandate, &o.client, &o.posting);
            let fit = o.fit.clone().unwrap_or(Fit {
                score: None,
                reasons: Vec::new(),
            });
            Card {
                posting_id: o.posting_id.0,
                headline: p.headline.to_string(),
                description: p.description.to_string(),
                client: p.show_client_name.then(|| client.name.to_string()),
                facts: format!(
                    "{} · {} · {} · {} · {} {}",
                    mandate.role.title(),
                    mandate.level.label(),
                    mandate.situation.label(),
                    client.industry.section().label(),
                    client.size.label(),
                    client.sector.label().to_lowercase()
                ),
                start: date(mandate.start_date),
                weeks: mandate.duration_weeks,
                place: format!(
                    "{}, {} days a week on site",
                    mandate.location.city, mandate.on_site_days
                ),
                band: band(mandate.budget_day_rate),
                closes: date(p.closes_on),
                fit: fit.score,
                reasons: fit.reasons,
                applied: o.applied.map(|s| s.label().to_owned()),
            }
        })
        .collect();
    use domain::vocabulary::{CompanySize, Level, SituationType};
    Ok(JobsPage {
        chrome: viewer.chrome("jobs"),
        total: cards.len(),
        cards,
        applications,
        roles: ROLE_GROUPS
            .iter()
            .filter_map(|code| {
                let name = domain::esco::esco().isco_group(code)?;
                Some((*code, format!("{code} {name}")))
            })
            .collect(),
        levels: Level::ALL.iter().map(|l| (l.code(), l.label())).collect(),
        situations: SituationType::ALL
            .iter()
            .map(|s| (s.code(), s.label()))
            .collect(),
        industries: domain::industry::NaceSection::ALL
            .iter()
            .map(|s| (s.code(), s.label()))
            .collect(),
        sizes: CompanySize::ALL
            .iter()
            .map(|s| (s.code(), s.label()))
            .collect(),
        filters,
        filter_problem,
        problem,
    })
}

/// `GET /me/jobs`: the board, best fit first.
pub(super) async fn jobs(
    State(state): State<AppState>,
    viewer: Viewer<InterimManagers>,
    Query(filters): Query<HashMap<String, String>>,
) -> Result<Response, PageError> {
    Ok(render(&board(&state, &viewer, filters, None).await?))
}

/// `POST /me/jobs/{id}/apply`: applies with a short motivation.
pub(super) async fn apply(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted<InterimManagers>,
) -> Result<Response, PageError> {
    let posting = PostingId(path_id(&id, "job posting")?);
    let problem = match Records::new(&state, &viewer.actor)
        .apply(posting, fields.get("motivation"))
        .await
        .map_err(Error::from)
    {
        Ok(_) => return Ok(see_other("/me/jobs#applications")),
        Err(Error::Duplicate(m)) => m,
        Err(Error::Invalid(e)) => capitalised(&e.message),
        Err(e) => return Err(e.into()),
    };
    let page = board(&state, &viewer, HashMap::new(), Some((posting.0, problem))).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// The default closing day offered when publishing: two weeks, within the 10-day rhythm.
pub(super) fn default_closing(today: chrono::NaiveDate) -> String {
    (today + Duration::days(14)).format("%Y-%m-%d").to_string()
}
