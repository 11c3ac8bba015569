//! The client portal: a client contact sees its own company's mandates with their 10-day
//! clock and the presented shortlists. A shortlist is blind until the client asks to meet
//! someone (no name, age, photo, contact details or employers' names; the role history and
//! results in words), with the consultant's rationale, the trait profile and availability,
//! side by side. Asking to meet reveals the name and moves the pipeline to client interview;
//! declining needs a reason; comments go to the consultant, who sees everything at once.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Utc};

use domain::Invalid;
use domain::blind::ClientView;
use domain::ids::{CandidateId, MandateId};
use domain::mandate::{Mandate, PROMISE_DAYS, SHORTLIST_TARGET_DAYS};
use domain::placement::{FeedbackKind, Shortlist};
use domain::vocabulary::{PipelineStage, Trait};

use crate::AppState;
use crate::api::path_id;
use crate::error::Error;
use service::{Records, Visibility};

use super::{
    Chrome, ClientContacts, PageError, Submitted, Viewer, capitalised, date, days, moment, render,
    see_other,
};

/// One mandate in the list.
struct MandateRow {
    id: i64,
    title: String,
    status: &'static str,
    clock: String,
    at_risk: bool,
    shortlisted: usize,
}

#[derive(Template)]
#[template(path = "portal_home.html")]
struct PortalHome {
    chrome: Chrome,
    company: String,
    rows: Vec<MandateRow>,
}

/// The clock in a client's words.
fn clock_words(m: &Mandate, now: chrono::DateTime<Utc>) -> String {
    let clock = m.clock(now);
    match (clock.days_to_placement, clock.days_to_shortlist) {
        (Some(d), _) => format!("Placed on day {d}"),
        (None, Some(d)) => format!(
            "Day {} of {PROMISE_DAYS}; shortlist presented on day {d}",
            clock.days_elapsed
        ),
        (None, None) => format!(
            "Day {} of {PROMISE_DAYS}; shortlist due by day {SHORTLIST_TARGET_DAYS}",
            clock.days_elapsed
        ),
    }
}

/// `GET /portal`: the company's mandates.
pub(super) async fn home(
    State(state): State<AppState>,
    viewer: Viewer<ClientContacts>,
) -> Result<Response, PageError> {
    let records = Records::new(&state, &viewer.actor);
    let mandates = records.mandates().await?;
    let company = match viewer.actor.role {
        domain::user::UserRole::Client { client_id } => records
            .client_names(&[client_id])
            .await?
            .remove(&client_id)
            .unwrap_or_default(),
        _ => String::new(),
    };
    let mut rows = Vec::new();
    for m in &mandates {
        let shortlisted = records
            .shortlist(m.id)
            .await?
            .map_or(0, |s| s.value.entries.len());
        rows.push(MandateRow {
            id: m.id.0,
            title: m.value.title.to_string(),
            status: m.value.status.label(),
            clock: clock_words(&m.value, state.now()),
            at_risk: m.value.at_risk(state.now()),
            shortlisted,
        });
    }
    Ok(render(&PortalHome {
        chrome: viewer.chrome("portal"),
        company,
        rows,
    }))
}

/// One candidate on the shortlist, as the client may see them.
struct Presented {
    candidate_id: i64,
    /// "Candidate A" while blind; the name once the client asked to meet them.
    label: String,
    revealed: bool,
    declined: Option<String>,
    can_act: bool,
    stage: &'static str,
    rationale: String,
    headline: String,
    summary: Option<String>,
    roles: Vec<(String, String, String)>,
    traits: Vec<(&'static str, String, u32)>,
    available: String,
    days_per_week: u8,
    languages: String,
    years: i32,
    situations: String,
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "portal_mandate.html")]
struct PortalMandate {
    chrome: Chrome,
    id: i64,
    title: String,
    role: String,
    start: String,
    weeks: u16,
    place: String,
    status: &'static str,
    clock: String,
    presented_at: Option<String>,
    people: Vec<Presented>,
    trait_labels: Vec<&'static str>,
    feedback: Vec<(String, String, &'static str, String)>,
    evaluation: EvaluationView,
}

/// Each trait's label and score.
type TraitScores = Vec<(&'static str, u8)>;

/// The end-of-assignment rating: the placed person and period, whether it can be given yet,
/// and the rating once given.
#[derive(Default)]
struct EvaluationView {
    placed: Option<(String, String)>,
    /// The last day has passed and no rating is in yet.
    open: bool,
    /// Given: the results score, the trait scores and the comment.
    given: Option<(u8, TraitScores, String)>,
    problem: Option<String>,
    codes: Vec<(&'static str, &'static str)>,
}

/// Builds the blind (or revealed) view of one presented candidate.
fn presented(
    blind_label: String,
    view: &ClientView<'_>,
    stage: PipelineStage,
    rationale: &str,
    today: chrono::NaiveDate,
) -> Presented {
    let revealed = view.revealed();
    let mut roles: Vec<_> = view.track_record().collect();
    roles.sort_by_key(|t| std::cmp::Reverse(t.start));
    let first_year = roles
        .iter()
        .filter_map(|t| t.start.map(|s| s.year()))
        .min()
        .unwrap_or(today.year());
    Presented {
        candidate_id: 0,
        label: view.name().map_or(blind_label, str::to_owned),
        revealed,
        declined: None,
        can_act: stage == PipelineStage::Presented,
        stage: stage.label(),
        rationale: view.text(rationale).into_owned(),
        headline: view.headline().into_owned(),
        summary: view.summary().map(str::to_owned),
        roles: roles
            .into_iter()
            .take(6)
            .map(|t| {
                let when = format!(
                    "{}–{}",
                    t.start
                        .map_or_else(|| "?".to_owned(), |s| s.year().to_string()),
                    t.end.map_or("now".to_owned(), |e| e.year().to_string())
                );
                let at = if let Some(organisation) = t.organisation {
                    format!("{}, {}", t.title, organisation)
                } else {
                    let size = match (t.company_size, t.sector) {
                        (Some(size), Some(sector)) => Some(format!(
                            "{} {} organisation",
                            size.label(),
                            sector.label().to_lowercase()
                        )),
                        (Some(size), None) => Some(format!("{} organisation", size.label())),
                        (None, Some(sector)) => {
                            Some(format!("{} organisation", sector.label().to_lowercase()))
                        }
                        (None, None) => None,
                    };
                    [
                        Some(t.title.to_string()),
                        t.industry.map(|i| i.section().label().to_owned()),
                        size,
                    ]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(" · ")
                };
                (when, at, t.achievements.to_string())
            })
            .collect(),
        traits: view
            .traits()
            .map(|p| {
                Trait::ALL
                    .iter()
                    .map(|t| {
                        let tenths = p.0[t.index()];
                        (
                            t.label(),
                            format!("{:.1}", f32::from(tenths) / 10.0),
                            u32::from(tenths) * 2,
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
        available: if view.availability().available_from <= today {
            "now".to_owned()
        } else {
            date(view.availability().available_from)
        },
        days_per_week: view.availability().days_per_week,
        languages: view
            .languages()
            .iter()
            .map(|l| format!("{} {}", l.language.name(), l.level.label()))
            .collect::<Vec<_>>()
            .join(", "),
        years: today.year() - first_year,
        situations: view
            .situations()
            .iter()
            .map(|s| s.label())
            .collect::<Vec<_>>()
            .join(", "),
        problem: None,
    }
}

async fn mandate_view(
    state: &AppState,
    viewer: &Viewer<ClientContacts>,
    id: MandateId,
    problem: Option<(CandidateId, String)>,
) -> Result<PortalMandate, PageError> {
    mandate_view_with(state, viewer, id, problem, None).await
}

async fn mandate_view_with(
    state: &AppState,
    viewer: &Viewer<ClientContacts>,
    id: MandateId,
    problem: Option<(CandidateId, String)>,
    evaluation_problem: Option<String>,
) -> Result<PortalMandate, PageError> {
    let records = Records::new(state, &viewer.actor);
    let mandate = records.mandate(id).await?.value;
    let mut evaluation = EvaluationView {
        problem: evaluation_problem,
        codes: Trait::ALL.iter().map(|t| (t.code(), t.label())).collect(),
        ..EvaluationView::default()
    };
    if let Some(placement) = records.placement_of_mandate(id).await? {
        let person = records
            .candidate(placement.value.candidate_id)
            .await
            .map(|(c, _)| c.value.name.to_string())
            .unwrap_or_default();
        evaluation.placed = Some((
            person,
            format!(
                "{} to {}",
                date(placement.value.period.start()),
                date(placement.value.period.end())
            ),
        ));
        match records.evaluation_of_mandate(id).await? {
            Some(e) => {
                evaluation.given = Some((
                    e.results.get(),
                    Trait::ALL
                        .iter()
                        .map(|t| (t.label(), e.traits[t.index()].get()))
                        .collect(),
                    e.comment.to_string(),
                ));
            }
            None => evaluation.open = placement.value.period.end() < state.today(),
        }
    }
    let shortlist = records.shortlist(id).await?;
    let shortlisted = records.shortlisted_people(id).await?;
    let stages: HashMap<CandidateId, PipelineStage> = records
        .pipeline_entries(id)
        .await?
        .into_iter()
        .map(|e| (e.value.candidate_id, e.value.stage()))
        .collect();
    let feedback = records.feedback(id).await?;
    let mut people = Vec::new();
    let mut names: HashMap<CandidateId, String> = HashMap::new();
    if let Some(shortlist) = &shortlist {
        for (i, entry) in shortlist.value.entries.iter().enumerate() {
            let letter = Shortlist::blind_label(i);
            let stage = stages
                .get(&entry.candidate_id)
                .copied()
                .unwrap_or(PipelineStage::Presented);
            let mut person = match records
                .candidate(entry.candidate_id)
                .await
                .map_err(Error::from)
            {
                Ok((c, visibility)) => presented(
                    letter.clone(),
                    &ClientView::new(
                        &c.value,
                        visibility != Visibility::Client { revealed: false },
                    ),
                    stage,
                    entry.rationale.as_str(),
                    state.today(),
                ),
                // Declined: out of the running, nothing more to see.
                Err(Error::NotFound) => Presented {
                    candidate_id: 0,
                    label: letter,
                    revealed: false,
                    declined: Some(
                        feedback
                            .iter()
                            .rev()
                            .find(|f| {
                                f.candidate_id == entry.candidate_id
                                    && f.kind == FeedbackKind::Decline
                            })
                            .and_then(|f| f.text.as_ref().map(ToString::to_string))
                            .unwrap_or_else(|| "No longer in the running.".to_owned()),
                    ),
                    can_act: false,
                    stage: stage.label(),
                    // Still blind: the rationale may name them.
                    rationale: match shortlisted.get(&entry.candidate_id) {
                        Some(c) => ClientView::new(c, false)
                            .text(entry.rationale.as_str())
                            .into_owned(),
                        None => String::new(),
                    },
                    headline: String::new(),
                    summary: None,
                    roles: Vec::new(),
                    traits: Vec::new(),
                    available: String::new(),
                    days_per_week: 0,
                    languages: String::new(),
                    years: 0,
                    situations: String::new(),
                    problem: None,
                },
                Err(e) => return Err(e.into()),
            };
            person.candidate_id = entry.candidate_id.0;
            person.problem = problem
                .as_ref()
                .filter(|(c, _)| *c == entry.candidate_id)
                .map(|(_, m)| m.clone());
            names.insert(entry.candidate_id, person.label.clone());
            people.push(person);
        }
    }
    let feedback = feedback
        .iter()
        .rev()
        .map(|f| {
            (
                moment(f.at),
                names.get(&f.candidate_id).cloned().unwrap_or_default(),
                match f.kind {
                    FeedbackKind::Meet => "You asked to meet",
                    FeedbackKind::Decline => "You declined",
                    FeedbackKind::Comment => "You commented on",
                },
                f.text.as_ref().map_or(String::new(), ToString::to_string),
            )
        })
        .collect();
    Ok(PortalMandate {
        chrome: viewer.chrome("portal"),
        id: id.0,
        title: mandate.title.to_string(),
        role: mandate.role.title().to_owned(),
        start: date(mandate.start_date),
        weeks: mandate.duration_weeks,
        place: format!(
            "{}, {} days a week on site",
            mandate.location.city, mandate.on_site_days
        ),
        status: mandate.status.label(),
        clock: clock_words(&mandate, state.now()),
        presented_at: shortlist
            .as_ref()
            .and_then(|s| s.value.presented_at)
            .map(|t| format!("{} ago", days((state.now() - t).num_days().max(0)))),
        people,
        trait_labels: Trait::ALL.iter().map(|t| t.label()).collect(),
        feedback,
        evaluation,
    })
}

/// `GET /portal/mandates/{id}`: one mandate with its shortlist, blind until met.
pub(super) async fn mandate(
    State(state): State<AppState>,
    viewer: Viewer<ClientContacts>,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    Ok(render(&mandate_view(&state, &viewer, id, None).await?))
}

/// `POST /portal/mandates/{id}/feedback`: ask to meet, decline (with a reason) or comment on
/// one presented candidate.
pub(super) async fn feedback(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted<ClientContacts>,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    let candidate = CandidateId(fields.int("candidate_id", 0).map_err(Error::BadRequest)?);
    let kind = FeedbackKind::parse(fields.get("kind")).map_err(Error::BadRequest)?;
    let problem = match Records::new(&state, &viewer.actor)
        .give_feedback(id, candidate, kind, fields.get("text"))
        .await
        .map_err(Error::from)
    {
        Ok(_) => {
            return Ok(see_other(&format!(
                "/portal/mandates/{}#candidate-{}",
                id.0, candidate.0
            )));
        }
        Err(Error::Invalid(Invalid { message, .. })) => message,
        Err(e) => return Err(e.into()),
    };
    let mut problem = problem;
    if let Some(first) = problem.get(..1) {
        problem = format!("{}{}", first.to_uppercase(), &problem[1..]);
    }
    let page = mandate_view(&state, &viewer, id, Some((candidate, problem))).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// `POST /portal/mandates/{id}/evaluation`: after the last day, the client rates the
/// assignment on the seven traits and the results against the success criteria; the rating
/// joins the interim manager's track record (and so the engine's track-record criterion).
pub(super) async fn evaluate(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted<ClientContacts>,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    let records = Records::new(&state, &viewer.actor);
    let rating = |name: &str| {
        fields
            .get(name)
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|n| domain::values::Rating::parse(n).ok())
    };
    // The rules (its own mandate, after the last day, once) are `Records::evaluate`'s.
    let mut problem = None;
    let traits: Vec<Option<domain::values::Rating>> = Trait::ALL
        .iter()
        .map(|t| rating(&format!("trait_{}", t.code())))
        .collect();
    let results = rating("results");
    if traits.iter().any(Option::is_none) || results.is_none() {
        problem = Some("Score each of the seven traits and the results, 1 to 5.".to_owned());
    }
    let comment = domain::values::LongText::parse(fields.get("comment"));
    if problem.is_none()
        && let (Ok(comment), Some(results)) = (comment, results)
    {
        let traits: [domain::values::Rating; 7] = traits
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .try_into()
            .map_err(|_| Error::Internal("seven traits".to_owned()))?;
        match records
            .evaluate(id, traits, results, comment)
            .await
            .map_err(Error::from)
        {
            Ok(_) => return Ok(see_other(&format!("/portal/mandates/{}#evaluation", id.0))),
            Err(Error::Duplicate(message)) => problem = Some(message),
            Err(Error::Invalid(e)) => problem = Some(capitalised(&e.message)),
            Err(e) => return Err(e.into()),
        }
    }
    let problem = problem.unwrap_or_else(|| "The comment is too long.".to_owned());
    let page = mandate_view_with(&state, &viewer, id, None, Some(problem)).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}
