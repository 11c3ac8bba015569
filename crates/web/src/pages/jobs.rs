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
use chrono::{Duration, NaiveDate, Utc};

use domain::ids::{CandidateId, MandateId, PostingId};
use domain::portal::{Application, JobPosting};
use domain::values::{LongText, ShortText};
use domain::vocabulary::{ApplicationStatus, PipelineStage};
use engine::Explanation;

use crate::AppState;
use crate::access::Records;
use crate::api::path_id;
use crate::error::Error;

use super::manager::InterimManagers;
use super::{Chrome, PageError, Submitted, Viewer, date, render, see_other, thousands};

/// `POST /app/mandates/{id}/posting`: publishes (or updates) the mandate on the job board.
pub(super) async fn publish(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    Records::new(&state, &viewer.actor).mandate(id).await?;
    let headline = ShortText::parse(fields.get("headline")).map_err(|e| e.within("headline"));
    let description =
        LongText::parse(fields.get("description")).map_err(|e| e.within("description"));
    let closes_on = NaiveDate::parse_from_str(fields.get("closes_on").trim(), "%Y-%m-%d");
    match (headline, description, closes_on) {
        (Ok(headline), Ok(description), Ok(closes_on)) if closes_on >= Utc::now().date_naive() => {
            let posting = JobPosting {
                mandate_id: id,
                headline,
                description,
                show_client_name: fields.get("show_client_name") == "on",
                published_at: Utc::now(),
                closes_on,
            };
            state.store.publish_posting(&posting).await?;
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
    roles: Vec<(&'static str, &'static str)>,
    situations: Vec<(&'static str, &'static str)>,
    sizes: Vec<(&'static str, &'static str)>,
    problem: Option<(i64, String)>,
    total: usize,
}

impl JobsPage {
    fn filter(&self, name: &str) -> &str {
        self.filters.get(name).map_or("", String::as_str)
    }
}

/// A day rate band around the budget, so the exact figure stays between client and provider.
fn band(budget: domain::values::Money) -> String {
    let step = 2_500;
    let low = budget.amount / step * step;
    format!(
        "{} {}–{}",
        budget.currency.code().to_uppercase(),
        thousands(low),
        thousands(low + step)
    )
}

/// Short names of the criteria, for the reasons.
fn criterion_words(c: engine::Criterion) -> &'static str {
    use engine::Criterion as C;
    match c {
        C::Role => "your roles",
        C::Level => "your level",
        C::Situation => "situations you have handled",
        C::Industry => "your industries",
        C::SizeSector => "company sizes and sector you know",
        C::TrackRecord => "your clients' ratings",
        C::Traits => "your assessed traits",
        C::Text => "words in your profile",
        C::Language => "your languages",
        C::Distance => "where you live",
        C::Availability => "your availability",
        C::Rate => "your day rate",
        C::Network => "being in our own network",
    }
}

async fn board(
    state: &AppState,
    viewer: &Viewer<InterimManagers>,
    filters: HashMap<String, String>,
    problem: Option<(i64, String)>,
) -> Result<JobsPage, PageError> {
    let me = match viewer.actor.role {
        domain::user::UserRole::InterimManager { candidate_id } => candidate_id,
        _ => return Err(PageError::NotForRole),
    };
    let today = Utc::now().date_naive();
    let applied: Vec<(
        domain::ids::Stored<domain::ids::ApplicationId, Application>,
        JobPosting,
    )> = state.store.applications_of(me).await?;
    let stage_of = |mandate: MandateId| async move {
        state.store.pipeline_of(mandate).await.map(|entries| {
            entries
                .into_iter()
                .find(|e| e.value.candidate_id == me)
                .map(|e| e.value.stage())
        })
    };
    let mut applications = Vec::new();
    let mut applied_to: HashMap<MandateId, String> = HashMap::new();
    for (a, posting) in &applied {
        let status = match stage_of(posting.mandate_id).await? {
            Some(PipelineStage::Rejected) => ApplicationStatus::Declined.label(),
            Some(PipelineStage::Withdrawn) => ApplicationStatus::Withdrawn.label(),
            Some(_) => ApplicationStatus::InPipeline.label(),
            None => ApplicationStatus::Received.label(),
        };
        applied_to.insert(posting.mandate_id, status.to_owned());
        applications.push((
            posting.headline.to_string(),
            date(a.value.applied_at.date_naive()),
            status,
        ));
    }
    let wanted = |name: &str| {
        filters
            .get(name)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    };
    let words: Vec<String> = wanted("q")
        .map(|q| {
            q.to_lowercase()
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        })
        .unwrap_or_default();
    let mut cards = Vec::new();
    for posting in state.store.postings().await? {
        let p = posting.value;
        if p.closes_on < today {
            continue;
        }
        let mandate = state.store.mandate(p.mandate_id).await?.value;
        if !mandate.status.is_open() {
            continue;
        }
        let client = state.store.client(mandate.client_id).await?.value;
        let text =
            format!("{} {} {}", p.headline, p.description, mandate.role.title()).to_lowercase();
        if !words.iter().all(|w| text.contains(w.as_str()))
            || wanted("role").is_some_and(|r| r != mandate.role.code())
            || wanted("situation").is_some_and(|s| s != mandate.situation.code())
            || wanted("size").is_some_and(|s| s != client.size.code())
            || wanted("sector").is_some_and(|s| s != client.sector.code())
        {
            continue;
        }
        let mut query = engine::Query::new(&mandate, &client, today);
        // Vetting is the provider's step after an application, not part of the fit.
        query.filters.include_unvetted = true;
        let explanation = state
            .index
            .with(|index| index.explain(&query, me))
            .ok_or(Error::NotReady)?;
        let (fit, reasons) = match explanation {
            Explanation::Ranked { ranked, .. } => {
                let mut parts = ranked.contributions.clone();
                parts.sort_by(|a, b| b.1.total_cmp(&a.1));
                (
                    Some((ranked.score * 100.0).round() as u32),
                    parts
                        .iter()
                        .take(3)
                        .filter(|(_, v)| *v > 0.0)
                        .map(|(c, v)| format!("{} (+{:.0})", criterion_words(*c), v * 100.0))
                        .collect(),
                )
            }
            Explanation::Removed(failures) => {
                (None, failures.iter().map(|f| f.reason.clone()).collect())
            }
            Explanation::NotIndexed => (None, vec!["Your profile is being indexed.".to_owned()]),
        };
        cards.push(Card {
            posting_id: posting.id.0,
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
            fit,
            reasons,
            applied: applied_to.get(&p.mandate_id).cloned(),
        });
    }
    // Best fit first; those they do not meet the requirements of last.
    cards.sort_by_key(|c| std::cmp::Reverse(c.fit.map_or(0, |f| f + 1)));
    Ok(JobsPage {
        chrome: viewer.chrome("jobs"),
        total: cards.len(),
        cards,
        applications,
        roles: domain::roles::RoleId::all()
            .map(|r| (r.code(), r.title()))
            .collect(),
        situations: domain::vocabulary::SituationType::ALL
            .iter()
            .map(|s| (s.code(), s.label()))
            .collect(),
        sizes: domain::vocabulary::CompanySize::ALL
            .iter()
            .map(|s| (s.code(), s.label()))
            .collect(),
        filters,
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
    let me: CandidateId = match viewer.actor.role {
        domain::user::UserRole::InterimManager { candidate_id } => candidate_id,
        _ => return Err(PageError::NotForRole),
    };
    let problem = match LongText::parse(fields.get("motivation")) {
        Ok(m) if m.is_empty() => "Write a few lines on why this assignment fits you.".to_owned(),
        Ok(motivation) => {
            let application = Application {
                posting_id: posting,
                candidate_id: me,
                motivation,
                applied_at: Utc::now(),
                status: ApplicationStatus::Received,
            };
            match state
                .store
                .apply(&application, Utc::now().date_naive())
                .await
            {
                Ok(_) => return Ok(see_other("/me/jobs#applications")),
                Err(store::Error::NotFound { .. }) => return Err(Error::NotFound.into()),
                Err(store::Error::Duplicate(m)) => m,
                Err(store::Error::Invalid(e)) => e.message,
                Err(e) => return Err(e.into()),
            }
        }
        Err(e) => e.message,
    };
    let page = board(&state, &viewer, HashMap::new(), Some((posting.0, problem))).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// The default closing day offered when publishing: two weeks, within the 10-day rhythm.
pub(super) fn default_closing() -> String {
    (Utc::now().date_naive() + Duration::days(14))
        .format("%Y-%m-%d")
        .to_string()
}
