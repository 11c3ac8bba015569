//! A mandate from the consultant's side: the intake form (new and edit, every wrong field
//! named next to itself at once), the mandate page with its 10-day clock, situation analysis
//! and requirements, and the pipeline board where candidates are longlisted and moved.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;

use domain::Invalid;
use domain::ids::{CandidateId, MandateId, PipelineEntryId, Version};
use domain::industry::NaceSection;
use domain::mandate::{
    Criterion, Mandate, MandateDraft, PROMISE_DAYS, RequirementDraft, SHORTLIST_TARGET_DAYS,
};
use domain::placement::{FeedbackKind, Placement, ShortlistEntry};
use domain::places;
use domain::values::{Money, Period, RequiredText};
use domain::vocabulary::{Currency, Importance, Level, PipelineStage, Proficiency, SituationType};

use crate::AppState;
use crate::api::path_id;
use crate::error::Error;
use service::Records;

use super::{
    Chrome, Fields, PageError, Submitted, Viewer, capitalised, date, days, moment, money, render,
    see_other,
};

/// Blank requirement rows offered below the filled ones.
const SPARE_REQUIREMENT_ROWS: usize = 3;

/// A choice in a `<select>`.
struct Choice {
    value: String,
    label: String,
}

fn choices<T: Copy>(
    all: &[T],
    code: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<Choice> {
    all.iter()
        .map(|v| Choice {
            value: code(*v).to_owned(),
            label: label(*v).to_owned(),
        })
        .collect()
}

/// One requirement row of the form, with its problem if any.
struct RequirementRow {
    importance: String,
    kind: String,
    value: String,
    min_level: String,
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "mandate_form.html")]
struct MandateForm {
    chrome: Chrome,
    heading: String,
    action: String,
    version: i64,
    draft: MandateDraft,
    /// Latitude and longitude as typed (empty when looked up from the city).
    lat: String,
    lon: String,
    rows: Vec<RequirementRow>,
    problems: HashMap<String, String>,
    problem_count: usize,
    clients: Vec<Choice>,
    levels: Vec<Choice>,
    situations: Vec<Choice>,
    currencies: Vec<Choice>,
    importances: Vec<Choice>,
    proficiencies: Vec<Choice>,
    sections: Vec<Choice>,
    cities: Vec<&'static str>,
    editing: bool,
}

impl MandateForm {
    /// The message for `field`, if it is wrong.
    fn problem(&self, field: &str) -> Option<&str> {
        self.problems.get(field).map(String::as_str)
    }
}

async fn form(
    state: &AppState,
    actor: &service::Actor,
    chrome: Chrome,
    editing: Option<(MandateId, Version)>,
    draft: MandateDraft,
    coordinates: (String, String),
    problems: Vec<Invalid>,
) -> Result<MandateForm, PageError> {
    let clients = Records::new(state, actor)
        .client_list()
        .await?
        .into_iter()
        .map(|c| Choice {
            value: c.id.0.to_string(),
            label: c.value.name.to_string(),
        })
        .collect();
    let mut by_field = HashMap::new();
    for p in &problems {
        by_field
            .entry(p.field.clone())
            .or_insert_with(|| p.message.clone());
    }
    let mut rows: Vec<RequirementRow> = draft
        .requirements
        .iter()
        .enumerate()
        .map(|(i, r)| RequirementRow {
            importance: r.importance.clone(),
            kind: r.kind.clone(),
            value: r.value.clone(),
            min_level: r.min_level.clone(),
            problem: problems
                .iter()
                .find(|p| p.field.starts_with(&format!("requirements[{i}]")))
                .map(|p| p.message.clone()),
        })
        .collect();
    rows.extend((0..SPARE_REQUIREMENT_ROWS).map(|_| RequirementRow {
        importance: Importance::MustHave.code().to_owned(),
        kind: "skill".to_owned(),
        value: String::new(),
        min_level: String::new(),
        problem: None,
    }));
    let (heading, action, version) = match editing {
        Some((id, version)) => (
            format!("Edit mandate: {}", draft.title),
            format!("/app/mandates/{}/edit", id.0),
            version.0,
        ),
        None => ("New mandate".to_owned(), "/app/mandates/new".to_owned(), 0),
    };
    Ok(MandateForm {
        chrome,
        heading,
        action,
        version,
        lat: coordinates.0,
        lon: coordinates.1,
        rows,
        problem_count: by_field.len(),
        problems: by_field,
        clients,
        levels: choices(Level::ALL, Level::code, Level::label),
        situations: choices(
            SituationType::ALL,
            SituationType::code,
            SituationType::label,
        ),
        currencies: choices(Currency::ALL, Currency::code, Currency::code),
        importances: choices(Importance::ALL, Importance::code, Importance::label),
        proficiencies: choices(Proficiency::ALL, Proficiency::code, Proficiency::label),
        sections: NaceSection::ALL
            .iter()
            .map(|s| Choice {
                value: s.code().to_owned(),
                label: format!("{} {}", s.code(), s.label()),
            })
            .collect(),
        cities: places::CITIES.iter().map(|c| c.0).collect(),
        editing: editing.is_some(),
        draft,
    })
}

/// Reads the form into a draft; numbers that do not parse, and a city Interim cannot place,
/// are problems of their own.
fn draft_of(fields: &Fields) -> (MandateDraft, (String, String), Vec<Invalid>) {
    let mut problems = Vec::new();
    let mut int = |name: &str, default: i64| {
        fields.int(name, default).unwrap_or_else(|e| {
            problems.push(e);
            default
        })
    };
    let client_id = int("client_id", 0);
    let duration_weeks = int("duration_weeks", 0);
    let budget_day_rate = int("budget_day_rate", 0);
    let on_site_days = int("on_site_days", 0);
    let importances = fields.all("req_importance");
    let kinds = fields.all("req_kind");
    let values = fields.all("req_value");
    let levels = fields.all("req_min_level");
    let requirements = values
        .iter()
        .enumerate()
        .filter(|(_, v)| !v.trim().is_empty())
        .map(|(i, v)| RequirementDraft {
            importance: importances.get(i).copied().unwrap_or_default().to_owned(),
            kind: kinds.get(i).copied().unwrap_or_default().to_owned(),
            value: (*v).to_owned(),
            min_level: levels.get(i).copied().unwrap_or_default().to_owned(),
        })
        .collect();
    let coordinates = (
        fields.get("lat").trim().to_owned(),
        fields.get("lon").trim().to_owned(),
    );
    let city = fields.get("city");
    let country = fields.get("country");
    let (lat, lon) = if coordinates.0.is_empty() && coordinates.1.is_empty() {
        match places::find(city, Some(country).filter(|c| !c.trim().is_empty())) {
            Some(place) => (place.2, place.3),
            None => {
                if !city.trim().is_empty() {
                    problems.push(Invalid::new(
                        "city",
                        format!(
                            "Interim does not know where '{}' is; pick a city from the list or give its latitude and longitude under Coordinates",
                            city.trim()
                        ),
                    ));
                }
                (0.0, 0.0)
            }
        }
    } else {
        let lat = fields.float("lat", 0.0).unwrap_or_else(|e| {
            problems.push(e);
            0.0
        });
        let lon = fields.float("lon", 0.0).unwrap_or_else(|e| {
            problems.push(e);
            0.0
        });
        (lat, lon)
    };
    let draft = MandateDraft {
        client_id,
        contact_id: None,
        consultant_id: None,
        title: fields.get("title").to_owned(),
        role: fields.get("role").to_owned(),
        role_uri: Some(fields.get("role_uri").to_owned()).filter(|u| !u.trim().is_empty()),
        level: fields.get("level").to_owned(),
        situation: fields.get("situation").to_owned(),
        current_state: fields.get("current_state").to_owned(),
        goals: fields.get("goals").to_owned(),
        challenges: fields.get("challenges").to_owned(),
        stakeholders: fields.get("stakeholders").to_owned(),
        success_criteria: fields.get("success_criteria").to_owned(),
        requirements,
        start_date: fields.get("start_date").to_owned(),
        duration_weeks,
        budget_day_rate,
        currency: fields.get("currency").to_owned(),
        city: city.to_owned(),
        country: country.to_owned(),
        lat,
        lon,
        on_site_days,
    };
    (draft, coordinates, problems)
}

/// Every problem with the submitted draft: the form's own, then the domain's.
fn problems_of(
    draft: &MandateDraft,
    mut problems: Vec<Invalid>,
    now: chrono::DateTime<Utc>,
) -> Vec<Invalid> {
    if let Err(more) = draft.parse_all(now) {
        problems.extend(more);
    }
    problems
}

/// `GET /app/mandates/new`: an empty intake form with sensible defaults.
pub(super) async fn new_form(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Response, PageError> {
    let draft = MandateDraft {
        level: Level::Executive.code().to_owned(),
        duration_weeks: 26,
        on_site_days: 4,
        currency: Currency::Nok.code().to_owned(),
        country: "NO".to_owned(),
        start_date: (state.today() + chrono::Duration::days(21))
            .format("%Y-%m-%d")
            .to_string(),
        ..MandateDraft::default()
    };
    let page = form(
        &state,
        &viewer.actor,
        viewer.chrome("intake"),
        None,
        draft,
        Default::default(),
        Vec::new(),
    )
    .await?;
    Ok(render(&page))
}

/// `POST /app/mandates/new`: takes the mandate in, or shows the form again with every
/// problem next to its field; nothing is saved until all is well.
pub(super) async fn create(
    State(state): State<AppState>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let (draft, coordinates, problems) = draft_of(&fields);
    let problems = problems_of(&draft, problems, state.now());
    if problems.is_empty() {
        match service::workflow::take_in_mandate(&state, &viewer.actor, draft.clone())
            .await
            .map_err(Error::from)
        {
            Ok(id) => return Ok(see_other(&format!("/app/mandates/{}", id.0))),
            Err(Error::Invalid(problem)) => {
                let page = form(
                    &state,
                    &viewer.actor,
                    viewer.chrome("intake"),
                    None,
                    draft,
                    coordinates,
                    vec![problem],
                )
                .await?;
                return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
            }
            Err(other) => return Err(other.into()),
        }
    }
    let page = form(
        &state,
        &viewer.actor,
        viewer.chrome("intake"),
        None,
        draft,
        coordinates,
        problems,
    )
    .await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// `GET /app/mandates/{id}/edit`.
pub(super) async fn edit_form(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    let mandate = Records::new(&state, &viewer.actor).mandate(id).await?;
    let draft = MandateDraft::from(&mandate.value);
    let coordinates = (draft.lat.to_string(), draft.lon.to_string());
    let page = form(
        &state,
        &viewer.actor,
        viewer.chrome("dashboard"),
        Some((id, mandate.version)),
        draft,
        coordinates,
        Vec::new(),
    )
    .await?;
    Ok(render(&page))
}

/// `POST /app/mandates/{id}/edit`: saves the change if nobody changed the mandate since the
/// form was opened; otherwise says so and keeps what was typed.
pub(super) async fn update(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    let version = Version(fields.int("version", 0).map_err(Error::BadRequest)?);
    let current = Records::new(&state, &viewer.actor).mandate(id).await?;
    let (mut draft, coordinates, problems) = draft_of(&fields);
    draft.client_id = current.value.client_id.0;
    draft.consultant_id = current.value.consultant_id.map(|u| u.0);
    draft.contact_id = current.value.contact_id.map(|c| c.0);
    let mut problems = problems_of(&draft, problems, state.now());
    if problems.is_empty() {
        match service::workflow::revise_mandate(&state, &viewer.actor, id, version, &draft).await.map_err(Error::from) {
            Ok(_) => return Ok(see_other(&format!("/app/mandates/{}", id.0))),
            Err(Error::Invalid(problem)) => problems.push(problem),
            Err(Error::Stale { current }) => problems.push(Invalid::new(
                "version",
                format!(
                    "Someone else saved this mandate meanwhile (now version {current}). Open it again to see their change, then apply yours."
                ),
            )),
            Err(other) => return Err(other.into()),
        }
    }
    let page = form(
        &state,
        &viewer.actor,
        viewer.chrome("dashboard"),
        Some((id, version)),
        draft,
        coordinates,
        problems,
    )
    .await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// One candidate card on the board.
struct Card {
    entry_id: i64,
    version: i64,
    candidate_id: i64,
    name: String,
    headline: String,
    days_in_stage: String,
    stage: &'static str,
    /// Stages the card can move to.
    moves: Vec<Choice>,
    history: Vec<String>,
    problem: Option<String>,
}

/// A column of the board.
struct Column {
    code: &'static str,
    label: &'static str,
    cards: Vec<Card>,
}

/// One requirement, shown.
struct RequirementView {
    must: bool,
    text: String,
}

/// A day of the 10-day timeline.
struct Day {
    number: i64,
    past: bool,
    today: bool,
    target: bool,
}

/// The presented shortlist's candidates: id, name, rationale, stage now.
type ShortlistRows = Vec<(i64, String, String, &'static str)>;

#[derive(Template)]
#[template(path = "mandate.html")]
struct MandatePage {
    chrome: Chrome,
    id: i64,
    mandate: Mandate,
    client: String,
    consultant: String,
    status: &'static str,
    budget: String,
    start: String,
    opened: String,
    timeline: Vec<Day>,
    clock_text: String,
    at_risk: bool,
    requirements: Vec<RequirementView>,
    columns: Vec<Column>,
    out: Vec<Card>,
    in_pipeline: usize,
    notice: Option<String>,
    /// Each change, newest first: when, and what changed.
    changes: Vec<(String, String)>,
    /// The presented shortlist: when, and each candidate with the rationale and stage.
    shortlist: Option<(String, ShortlistRows)>,
    /// What the client said: when, about whom, what, and the words.
    feedback: Vec<(String, String, &'static str, String)>,
    /// Candidates who can go on a shortlist: id, name, stage.
    shortlistable: Vec<(i64, String, &'static str)>,
    /// Candidates who can be placed: entry id, name, stage.
    placeable: Vec<(i64, String, &'static str)>,
    /// The client's contacts: id, name.
    contacts: Vec<(i64, String)>,
    placement_defaults: (String, String, String),
    /// A refused shortlist or placement: which, and the problems.
    refusal: Option<(&'static str, Vec<String>)>,
    /// The job-board posting: headline, description, client named, closing day; published or
    /// the defaults offered.
    posting: (String, String, bool, String),
    published: bool,
}

/// What changed between two versions of a mandate, in words.
fn changed(before: &Mandate, after: &Mandate) -> String {
    let mut parts = Vec::new();
    if before.status != after.status {
        parts.push(format!(
            "status {} → {}",
            before.status.label(),
            after.status.label()
        ));
    }
    let fields: [(&str, bool); 10] = [
        ("title", before.title != after.title),
        ("role", before.role != after.role),
        ("level", before.level != after.level),
        ("situation type", before.situation != after.situation),
        ("situation analysis", before.analysis != after.analysis),
        ("requirements", before.requirements != after.requirements),
        (
            "start or duration",
            before.start_date != after.start_date || before.duration_weeks != after.duration_weeks,
        ),
        ("budget", before.budget_day_rate != after.budget_day_rate),
        (
            "location or on-site days",
            before.location != after.location || before.on_site_days != after.on_site_days,
        ),
        (
            "clock",
            before.shortlist_presented_at != after.shortlist_presented_at
                || before.placed_at != after.placed_at,
        ),
    ];
    let edited: Vec<&str> = fields.iter().filter(|(_, c)| *c).map(|(f, _)| *f).collect();
    if !edited.is_empty() {
        parts.push(format!("edited {}", edited.join(", ")));
    }
    if parts.is_empty() {
        "saved unchanged".to_owned()
    } else {
        parts.join("; ")
    }
}

fn describe(c: &Criterion) -> String {
    match c {
        Criterion::Language {
            language,
            min_level,
        } => format!("{} at {} or better", language.name(), min_level.label()),
        Criterion::Industry { industry } => {
            format!("industry {} ({})", industry, industry.section().label())
        }
        Criterion::Situation { situation } => format!("has handled: {}", situation.label()),
        Criterion::Skill { text } => text.to_string(),
    }
}

/// The stages a card can move to, the next one forward first (what a consultant does most).
fn moves_from(stage: PipelineStage) -> Vec<Choice> {
    let next = PipelineStage::FORWARD
        .iter()
        .skip_while(|s| **s != stage)
        .nth(1)
        .copied();
    let mut stages: Vec<PipelineStage> = next.into_iter().collect();
    stages.extend(
        PipelineStage::ALL
            .iter()
            .copied()
            .filter(|s| *s != stage && Some(*s) != next),
    );
    stages
        .into_iter()
        .filter(|s| *s != PipelineStage::Placed)
        .map(|s| Choice {
            value: s.code().to_owned(),
            label: s.label().to_owned(),
        })
        .collect()
}

/// Renders the mandate page, with a problem on one card when a move was refused.
async fn mandate_view(
    state: &AppState,
    viewer: &Viewer,
    id: MandateId,
    problem: Option<(PipelineEntryId, String)>,
    notice: Option<String>,
) -> Result<MandatePage, PageError> {
    mandate_view_with(state, viewer, id, problem, notice, None).await
}

/// The mandate page, with a refused shortlist or placement shown with its problems.
async fn mandate_view_with(
    state: &AppState,
    viewer: &Viewer,
    id: MandateId,
    problem: Option<(PipelineEntryId, String)>,
    notice: Option<String>,
    refusal: Option<(&'static str, Vec<String>)>,
) -> Result<MandatePage, PageError> {
    let records = Records::new(state, &viewer.actor);
    let stored = records.mandate(id).await?;
    let mandate = stored.value;
    let now = state.now();
    let (client, contacts) = records.client(mandate.client_id).await?;
    let client = client.value.name.to_string();
    let consultant = match mandate.consultant_id {
        Some(u) => records.user_name(u).await?,
        None => "unassigned".to_owned(),
    };
    let clock = mandate.clock(now);
    let revisions = records.mandate_revisions(id).await?;
    let mut changes: Vec<(String, String)> = revisions
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let after = revisions.get(i + 1).map_or(&mandate, |next| &next.mandate);
            (moment(r.replaced_at), changed(&r.mandate, after))
        })
        .collect();
    changes.reverse();
    let entries = records.pipeline_entries(id).await?;
    let ids: Vec<CandidateId> = entries.iter().map(|e| e.value.candidate_id).collect();
    let people = records.people(&ids).await?;
    let name_of: HashMap<CandidateId, String> = ids
        .iter()
        .zip(&people)
        .map(|(id, p)| (*id, p.name.to_string()))
        .collect();
    let stage_of: HashMap<CandidateId, PipelineStage> = entries
        .iter()
        .map(|e| (e.value.candidate_id, e.value.stage()))
        .collect();
    let shortlist = records.shortlist(id).await?.map(|s| {
        (
            s.value.presented_at.map_or(String::new(), moment),
            s.value
                .entries
                .iter()
                .map(|e| {
                    (
                        e.candidate_id.0,
                        name_of.get(&e.candidate_id).cloned().unwrap_or_default(),
                        e.rationale.to_string(),
                        stage_of.get(&e.candidate_id).map_or("", |s| s.label()),
                    )
                })
                .collect(),
        )
    });
    let feedback = records
        .feedback(id)
        .await?
        .into_iter()
        .rev()
        .map(|f| {
            (
                moment(f.at),
                name_of.get(&f.candidate_id).cloned().unwrap_or_default(),
                match f.kind {
                    FeedbackKind::Meet => "asked to meet",
                    FeedbackKind::Decline => "declined",
                    FeedbackKind::Comment => "commented on",
                },
                f.text.map_or(String::new(), |t| t.to_string()),
            )
        })
        .collect();
    let shortlistable = entries
        .iter()
        .filter(|e| !e.value.stage().is_closed())
        .map(|e| {
            (
                e.value.candidate_id.0,
                name_of
                    .get(&e.value.candidate_id)
                    .cloned()
                    .unwrap_or_default(),
                e.value.stage().label(),
            )
        })
        .collect();
    let placeable = entries
        .iter()
        .filter(|e| {
            matches!(
                e.value.stage(),
                PipelineStage::Presented | PipelineStage::ClientInterview | PipelineStage::Offered
            )
        })
        .map(|e| {
            (
                e.id.0,
                name_of
                    .get(&e.value.candidate_id)
                    .cloned()
                    .unwrap_or_default(),
                e.value.stage().label(),
            )
        })
        .collect();
    let contacts = contacts
        .into_iter()
        .map(|c| (c.id.0, c.value.name.to_string()))
        .collect();
    let published = records.posting_of_mandate(id).await?;
    let posting = match &published {
        Some(p) => (
            p.value.headline.to_string(),
            p.value.description.to_string(),
            p.value.show_client_name,
            p.value.closes_on.format("%Y-%m-%d").to_string(),
        ),
        None => (
            format!(
                "Interim {} · {}",
                mandate.role.title(),
                mandate.situation.label()
            ),
            mandate.analysis.goals.to_string(),
            false,
            super::jobs::default_closing(state.today()),
        ),
    };
    let window = mandate.window();
    let placement_defaults = (
        window.start().format("%Y-%m-%d").to_string(),
        window.end().format("%Y-%m-%d").to_string(),
        mandate.budget_day_rate.amount.to_string(),
    );
    let mut columns: Vec<Column> = PipelineStage::FORWARD
        .iter()
        .map(|s| Column {
            code: s.code(),
            label: s.label(),
            cards: Vec::new(),
        })
        .collect();
    let mut out = Vec::new();
    for (e, person) in entries.iter().zip(people) {
        let stage = e.value.stage();
        let card = Card {
            entry_id: e.id.0,
            version: e.version.0,
            candidate_id: e.value.candidate_id.0,
            name: person.name.to_string(),
            headline: person.headline.to_string(),
            days_in_stage: days(
                e.value
                    .stage_entered_at()
                    .map_or(0, |t| (now - t).num_days().max(0)),
            ),
            stage: stage.label(),
            moves: moves_from(stage),
            history: e
                .value
                .history
                .iter()
                .map(|m| {
                    let mut line = format!("{}: {}", moment(m.at), m.to.label());
                    if let Some(r) = &m.reason {
                        line.push_str(&format!(" ({r})"));
                    }
                    line
                })
                .collect(),
            problem: problem
                .as_ref()
                .filter(|(entry, _)| *entry == e.id)
                .map(|(_, m)| m.clone()),
        };
        match columns.iter_mut().find(|c| c.code == stage.code()) {
            Some(column) => column.cards.push(card),
            None => out.push(card),
        }
    }
    let clock_text = match (clock.days_to_placement, clock.days_to_shortlist) {
        (Some(d), _) => format!("Placed on day {d}."),
        (None, Some(d)) => format!(
            "Day {} of {PROMISE_DAYS}. Shortlist presented on day {d}.",
            clock.days_elapsed
        ),
        (None, None) if clock.shortlist_overdue => format!(
            "Day {} of {PROMISE_DAYS}. The shortlist was due on day {SHORTLIST_TARGET_DAYS}.",
            clock.days_elapsed
        ),
        (None, None) => format!(
            "Day {} of {PROMISE_DAYS}. Shortlist due on day {SHORTLIST_TARGET_DAYS}.",
            clock.days_elapsed
        ),
    };
    Ok(MandatePage {
        chrome: viewer.chrome("dashboard"),
        id: id.0,
        client,
        consultant,
        status: mandate.status.label(),
        budget: money(mandate.budget_day_rate),
        start: date(mandate.start_date),
        opened: moment(mandate.opened_at),
        timeline: (1..=PROMISE_DAYS)
            .map(|d| Day {
                number: d,
                past: d <= clock.days_elapsed,
                today: d == clock.days_elapsed,
                target: d == SHORTLIST_TARGET_DAYS || d == PROMISE_DAYS,
            })
            .collect(),
        clock_text,
        at_risk: clock.at_risk,
        requirements: mandate
            .requirements
            .iter()
            .map(|r| RequirementView {
                must: r.importance == Importance::MustHave,
                text: describe(&r.criterion),
            })
            .collect(),
        in_pipeline: entries.len(),
        columns,
        out,
        notice,
        changes,
        shortlist,
        feedback,
        shortlistable,
        placeable,
        contacts,
        placement_defaults,
        refusal,
        posting,
        published: published.is_some(),
        mandate,
    })
}

/// `GET /app/mandates/{id}`.
pub(super) async fn mandate_page(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    Ok(render(
        &mandate_view(&state, &viewer, id, None, None).await?,
    ))
}

/// `POST /app/mandates/{id}/longlist`: puts the ticked candidates on the longlist; those
/// already in the pipeline are skipped and said so.
pub(super) async fn longlist(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    let picked: Vec<CandidateId> = fields
        .all("candidate_id")
        .iter()
        .filter_map(|v| v.trim().parse().ok().map(CandidateId))
        .collect();
    if picked.is_empty() {
        let page = mandate_view(
            &state,
            &viewer,
            id,
            None,
            Some(
                "Tick at least one candidate on the ranked list to add them to the longlist."
                    .to_owned(),
            ),
        )
        .await?;
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response());
    }
    let (mut added, mut already) = (0, 0);
    for candidate in picked {
        match service::workflow::add_to_longlist(&state, &viewer.actor, id, candidate)
            .await
            .map_err(Error::from)
        {
            Ok(_) => added += 1,
            Err(Error::Duplicate(_)) => already += 1,
            Err(other) => return Err(other.into()),
        }
    }
    let mut notice = format!("{added} added to the longlist.");
    if already > 0 {
        notice.push_str(&format!(" {already} were already in the pipeline."));
    }
    let page = mandate_view(&state, &viewer, id, None, Some(notice)).await?;
    Ok(render(&page))
}

/// `POST /app/pipeline/{id}/move`: moves one candidate; a refusal (no reason for a
/// rejection, someone moved them meanwhile) shows on their card.
pub(super) async fn move_entry(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let entry = PipelineEntryId(path_id(&id, "pipeline entry")?);
    let mandate = Records::new(&state, &viewer.actor)
        .pipeline_entry(entry)
        .await?
        .value
        .mandate_id;
    let version = Version(fields.int("version", 0).map_err(Error::BadRequest)?);
    let reason = Some(fields.get("reason").to_owned()).filter(|r| !r.trim().is_empty());
    let problem = match service::workflow::move_candidate(
        &state,
        &viewer.actor,
        entry,
        version,
        fields.get("to"),
        reason,
    )
    .await
    .map_err(Error::from)
    {
        Ok(_) => return Ok(see_other(&format!("/app/mandates/{}#pipeline", mandate.0))),
        Err(Error::Invalid(p)) => p.message,
        Err(Error::Stale { .. }) => {
            "Someone moved this candidate meanwhile; the board now shows where they are.".to_owned()
        }
        Err(other) => return Err(other.into()),
    };
    let page = mandate_view(&state, &viewer, mandate, Some((entry, problem)), None).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// `POST /app/mandates/{id}/shortlist`: presents the ticked candidates (2 to 5), each with
/// the rationale written for them.
pub(super) async fn present_shortlist(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    let mut problems = Vec::new();
    let mut entries = Vec::new();
    for raw in fields.all("pick") {
        let Ok(candidate) = raw.trim().parse::<i64>() else {
            continue;
        };
        match RequiredText::parse(fields.get(&format!("rationale_{candidate}"))) {
            Ok(rationale) => entries.push(ShortlistEntry {
                candidate_id: CandidateId(candidate),
                rationale,
            }),
            Err(_) => problems.push(
                "Write why each ticked candidate fits this situation; a rationale is missing."
                    .to_owned(),
            ),
        }
    }
    if problems.is_empty() {
        match service::workflow::present_shortlist(&state, &viewer.actor, id, entries)
            .await
            .map_err(Error::from)
        {
            Ok(_) => return Ok(see_other(&format!("/app/mandates/{}#shortlist", id.0))),
            Err(Error::Invalid(p)) => problems.push(capitalised(&p.message)),
            Err(other) => return Err(other.into()),
        }
    }
    let page = mandate_view_with(
        &state,
        &viewer,
        id,
        None,
        None,
        Some(("shortlist", problems)),
    )
    .await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// `POST /app/mandates/{id}/placement`: places a presented candidate for a period at a day
/// rate with the client's contact; the mandate's clock stops.
pub(super) async fn place(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let id = MandateId(path_id(&id, "mandate")?);
    let mandate = Records::new(&state, &viewer.actor).mandate(id).await?.value;
    let mut problems = Vec::new();
    let entry_id = fields.int("entry", 0).unwrap_or(0);
    let entry = Records::new(&state, &viewer.actor)
        .pipeline_entries(id)
        .await?
        .into_iter()
        .find(|e| e.id.0 == entry_id);
    if entry.is_none() {
        problems.push("Choose the candidate to place.".to_owned());
    }
    let date_of = |name: &str, label: &str, problems: &mut Vec<String>| {
        chrono::NaiveDate::parse_from_str(fields.get(name).trim(), "%Y-%m-%d")
            .map_err(|_| problems.push(format!("The {label} is not a date (YYYY-MM-DD).")))
            .ok()
    };
    let start = date_of("start", "first day", &mut problems);
    let end = date_of("end", "last day", &mut problems);
    let period = match (start, end) {
        (Some(s), Some(e)) => Period::new(s, e)
            .map_err(|e| problems.push(capitalised(&e.message)))
            .ok(),
        _ => None,
    };
    let rate = fields
        .int("day_rate", -1)
        .ok()
        .and_then(|r| Money::day_rate(r, mandate.budget_day_rate.currency).ok())
        .filter(|m| m.amount > 0);
    if rate.is_none() {
        problems.push("Give the agreed day rate, a whole number above zero.".to_owned());
    }
    let contact = fields.int("contact", 0).ok().filter(|c| *c > 0);
    if let (true, Some(entry), Some(period), Some(day_rate)) =
        (problems.is_empty(), entry, period, rate)
    {
        let placement = Placement {
            mandate_id: id,
            candidate_id: entry.value.candidate_id,
            client_contact_id: contact.map(domain::ids::ContactId),
            period,
            day_rate,
            placed_at: state.now(),
        };
        match service::workflow::place_candidate(
            &state,
            &viewer.actor,
            entry.id,
            entry.version,
            &placement,
        )
        .await
        .map_err(Error::from)
        {
            Ok(_) => return Ok(see_other(&format!("/app/mandates/{}", id.0))),
            Err(Error::Invalid(p)) => problems.push(capitalised(&p.message)),
            Err(Error::Stale { .. }) => problems.push(
                "The candidate moved meanwhile; check the board and place them again.".to_owned(),
            ),
            Err(other) => return Err(other.into()),
        }
    }
    let page = mandate_view_with(
        &state,
        &viewer,
        id,
        None,
        None,
        Some(("placement", problems)),
    )
    .await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}
