//! The interim manager's own network: contacts from their assignments with how they met, the
//! last contact, notes and the next keep-in-touch date; a list of those due; and suggestions
//! from the people named on their placements (the client's contact), which they may add.
//! Private to the manager: every read and write is bound to their own record.

use std::collections::HashSet;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{Duration, NaiveDate};

use domain::Invalid;
use domain::ids::PlacementId;
use domain::portal::NetworkContact;
use domain::values::{LongText, PersonName, ShortText};

use crate::AppState;

use super::manager::{InterimManagers, own_id};
use super::{Chrome, Fields, PageError, Submitted, Viewer, date, render, see_other};

/// Contacts due within this many days are on the reminder list.
const DUE_WITHIN_DAYS: i64 = 7;

/// One contact, shown.
struct Row {
    name: String,
    company: String,
    role: String,
    met: String,
    last: String,
    next: String,
    overdue: bool,
    notes: String,
}

/// A person from a placement the manager may add: name, title, company, placement id.
struct Suggestion {
    name: String,
    title: String,
    company: String,
    placement: i64,
    met: String,
}

#[derive(Template)]
#[template(path = "contacts.html")]
struct ContactsPage {
    chrome: Chrome,
    due: Vec<Row>,
    all: Vec<Row>,
    suggestions: Vec<Suggestion>,
    problems: Vec<String>,
    typed: Fields,
}

async fn page(
    state: &AppState,
    viewer: &Viewer<InterimManagers>,
    problems: Vec<String>,
    typed: Fields,
) -> Result<ContactsPage, PageError> {
    let me = own_id(viewer)?;
    let today = state.today();
    let contacts = service::Records::new(state, &viewer.actor)
        .network(me)
        .await?;
    let row = |c: &NetworkContact| Row {
        name: c.name.to_string(),
        company: c.company.to_string(),
        role: c.role_title.to_string(),
        met: c.met_how.to_string(),
        last: c.last_contact.map_or(String::new(), date),
        next: c.next_contact_on.map_or(String::new(), date),
        overdue: c.next_contact_on.is_some_and(|d| d < today),
        notes: c.notes.to_string(),
    };
    let known: HashSet<String> = contacts
        .iter()
        .map(|c| c.value.name.as_str().to_lowercase())
        .collect();
    let mut suggestions = Vec::new();
    let met = service::Records::new(state, &viewer.actor)
        .met_on_placements(me)
        .await?;
    for (placement, mandate_title, company, contact) in met {
        if !known.contains(&contact.name.as_str().to_lowercase()) {
            suggestions.push(Suggestion {
                name: contact.name.to_string(),
                title: contact.title.to_string(),
                company,
                placement: placement.0,
                met: format!("Client contact on {mandate_title}"),
            });
        }
    }
    Ok(ContactsPage {
        chrome: viewer.chrome("contacts"),
        due: contacts
            .iter()
            .filter(|c| {
                c.value
                    .next_contact_on
                    .is_some_and(|d| d <= today + Duration::days(DUE_WITHIN_DAYS))
            })
            .map(|c| row(&c.value))
            .collect(),
        all: contacts.iter().map(|c| row(&c.value)).collect(),
        suggestions,
        problems,
        typed,
    })
}

/// `GET /me/network`.
pub(super) async fn network(
    State(state): State<AppState>,
    viewer: Viewer<InterimManagers>,
) -> Result<Response, PageError> {
    Ok(render(
        &page(&state, &viewer, Vec::new(), Fields::default()).await?,
    ))
}

/// `POST /me/network`: adds a contact (from the form or a suggestion).
pub(super) async fn add(
    State(state): State<AppState>,
    Submitted { viewer, fields }: Submitted<InterimManagers>,
) -> Result<Response, PageError> {
    let me = own_id(&viewer)?;
    let mut problems = Vec::new();
    fn keep<T>(problems: &mut Vec<String>, label: &str, r: domain::Parsed<T>) -> Option<T> {
        r.map_err(|e: Invalid| problems.push(format!("{label}: {}.", e.message)))
            .ok()
    }
    let name = keep(&mut problems, "Name", PersonName::parse(fields.get("name")));
    let company = keep(
        &mut problems,
        "Company",
        ShortText::parse(fields.get("company")),
    );
    let role_title = keep(
        &mut problems,
        "Role",
        ShortText::parse(fields.get("role_title")),
    );
    let met_how = LongText::parse(fields.get("met_how")).ok();
    let notes = LongText::parse(fields.get("notes")).ok();
    let day = |name: &str, label: &str, problems: &mut Vec<String>| -> Option<Option<NaiveDate>> {
        let raw = fields.get(name).trim();
        if raw.is_empty() {
            return Some(None);
        }
        match NaiveDate::parse_from_str(raw, "%Y-%m-%d") {
            Ok(d) => Some(Some(d)),
            Err(_) => {
                problems.push(format!("{label} is not a date (YYYY-MM-DD)."));
                None
            }
        }
    };
    let last_contact = day("last_contact", "The last contact", &mut problems);
    let next_contact_on = day("next_contact_on", "The next contact", &mut problems);
    // A suggested contact must come from one of the manager's own placements: the access
    // rules answer another's with 404.
    let met_on_placement = match fields.int("placement", 0).unwrap_or(0) {
        0 => None,
        p => Some(PlacementId(p)),
    };
    if let (
        true,
        Some(name),
        Some(company),
        Some(role_title),
        Some(met_how),
        Some(notes),
        Some(last_contact),
        Some(next_contact_on),
    ) = (
        problems.is_empty(),
        name,
        company,
        role_title,
        met_how,
        notes,
        last_contact,
        next_contact_on,
    ) {
        let contact = NetworkContact {
            owner: me,
            name,
            company,
            role_title,
            met_how,
            met_on_placement,
            last_contact,
            notes,
            next_contact_on,
        };
        service::Records::new(&state, &viewer.actor)
            .add_contact(&contact)
            .await?;
        return Ok(see_other("/me/network"));
    }
    let page = page(&state, &viewer, problems, fields).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}
