//! The consultants' review queue of possible duplicates: two records with a similar name and
//! the same birth year, city or employer, shown side by side, to merge (choosing the record
//! that stays) or to keep apart. The rules are `service::duplicates`'.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use domain::candidate::InterimManager;
use domain::ids::{CandidateId, Stored};
use service::duplicates::DuplicatePair;

use crate::AppState;
use crate::api::path_id;

use super::network::vetting_text;
use super::{Chrome, PageError, Submitted, Viewer, date, money, render, see_other};

/// One record of a pair, as the side-by-side page shows it.
struct Side {
    id: i64,
    name: String,
    email: String,
    phone: String,
    birth_year: String,
    home: String,
    headline: String,
    source: String,
    vetting: String,
    rate: String,
    available: String,
    roles: Vec<String>,
    languages: String,
}

impl Side {
    fn new(c: &Stored<CandidateId, InterimManager>, today: chrono::NaiveDate) -> Self {
        let v = &c.value;
        Self {
            id: c.id.0,
            name: v.name.to_string(),
            email: v.email.to_string(),
            phone: v
                .phone
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default(),
            birth_year: v.birth_year.map(|y| y.to_string()).unwrap_or_default(),
            home: format!("{}, {}", v.home.city, v.home.country),
            headline: v.headline.to_string(),
            source: match &v.external_id {
                Some(x) => format!("{} (id {x})", v.source),
                None => v.source.to_string(),
            },
            vetting: vetting_text(v, today),
            rate: money(v.day_rate),
            available: date(v.availability.available_from),
            roles: v
                .track_record
                .iter()
                .take(6)
                .map(|e| match &e.organisation {
                    Some(o) => format!("{}, {o}", e.role.title()),
                    None => e.role.title().to_owned(),
                })
                .collect(),
            languages: v
                .languages
                .iter()
                .map(|l| format!("{} {}", l.language.name(), l.level.label()))
                .collect::<Vec<_>>()
                .join(", "),
        }
    }
}

/// A pair as the queue lists it.
struct Row {
    id: i64,
    first: Side,
    second: Side,
    reasons: Vec<String>,
    found: String,
}

impl Row {
    fn new(p: &DuplicatePair, today: chrono::NaiveDate) -> Self {
        Self {
            id: p.pair.id,
            first: Side::new(&p.first, today),
            second: Side::new(&p.second, today),
            reasons: p
                .pair
                .reasons
                .iter()
                .enumerate()
                .map(|(i, r)| if i == 0 { capitalised(r) } else { r.clone() })
                .collect(),
            found: date(p.pair.found_at.date_naive()),
        }
    }
}

#[derive(Template)]
#[template(path = "duplicates.html")]
struct QueuePage {
    chrome: Chrome,
    rows: Vec<Row>,
}

#[derive(Template)]
#[template(path = "duplicate.html")]
struct PairPage {
    chrome: Chrome,
    row: Row,
    status: String,
}

/// `GET /app/duplicates`: the open pairs, oldest first.
pub(super) async fn queue(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Response, PageError> {
    let pairs = service::duplicates::review_queue(&state, &viewer.actor, 200).await?;
    Ok(render(&QueuePage {
        chrome: viewer.chrome("duplicates"),
        rows: pairs.iter().map(|p| Row::new(p, state.today())).collect(),
    }))
}

/// `GET /app/duplicates/{id}`: the two records side by side, with merge and keep apart.
pub(super) async fn pair(
    State(state): State<AppState>,
    Path(id): Path<String>,
    viewer: Viewer,
) -> Result<Response, PageError> {
    let id = path_id(&id, "possible duplicate")?;
    let pair = service::duplicates::pair(&state, &viewer.actor, id).await?;
    Ok(render(&PairPage {
        chrome: viewer.chrome("duplicates"),
        status: pair.pair.status.replace('_', " "),
        row: Row::new(&pair, state.today()),
    }))
}

/// `POST /app/duplicates/{id}/merge`: merges the pair, keeping the record `survivor`; then
/// the survivor's profile.
pub(super) async fn merge(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let id = path_id(&id, "possible duplicate")?;
    let survivor = path_id(fields.get("survivor"), "interim manager")?;
    let outcome =
        service::duplicates::merge_pair(&state, &viewer.actor, id, CandidateId(survivor)).await?;
    Ok(see_other(&format!(
        "/app/candidates/{survivor}?merged={}",
        outcome.merged.0
    )))
}

/// `POST /app/duplicates/{id}/keep-apart`: the two are different people; back to the queue.
pub(super) async fn keep_apart(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, .. }: Submitted,
) -> Result<Response, PageError> {
    let id = path_id(&id, "possible duplicate")?;
    service::duplicates::keep_apart(&state, &viewer.actor, id).await?;
    Ok(see_other("/app/duplicates"))
}

/// `text` with its first letter in upper case.
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
