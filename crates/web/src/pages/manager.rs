//! The interim manager's own portal, first part: their availability (a calendar, the form to
//! change it, and the "still accurate?" confirmation asked again after 30 days, which the
//! consultants see and the engine relies on) and a view of their specialisation drawn as
//! small SVG charts from the track record. Vetting results are theirs to see, not to edit.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;

use domain::Invalid;
use domain::candidate::InterimManager;
use domain::ids::{CandidateId, Version};
use domain::user::UserRole;
use domain::values::Period;

use crate::AppState;
use crate::error::Error;
use service::Records;

use super::network::vetting_text;
use super::profile::{Month, calendar};
use super::{
    Audience, Chrome, Fields, PageError, Submitted, Uploaded, Viewer, capitalised, date, days,
    money, render, see_other,
};

/// Interim managers in their own portal.
#[derive(Debug, Clone, Copy)]
pub(crate) struct InterimManagers;

impl Audience for InterimManagers {
    fn admits(role: &UserRole) -> bool {
        matches!(role, UserRole::InterimManager { .. })
    }
}

/// After this many days an availability is asked about again.
pub const CONFIRM_AFTER_DAYS: i64 = engine::FRESH_AVAILABILITY_DAYS as i64;

/// Rows for periods away offered in the form.
const AWAY_ROWS: usize = 3;

/// One bar of a chart.
struct Bar {
    label: String,
    /// The label as it fits beside the bar; the whole label is the SVG title.
    short: String,
    years: f32,
    /// Width in the SVG's units (of 100).
    width: u32,
    y: u32,
    /// The job board filtered to this strength, and how many open assignments it shows.
    board: String,
    open: usize,
}

/// One small chart: where the experience lies along one dimension.
struct Chart {
    title: &'static str,
    bars: Vec<Bar>,
    height: u32,
}

#[derive(Template)]
#[template(path = "manager_home.html")]
pub(super) struct ManagerHome {
    chrome: Chrome,
    name: String,
    headline: String,
    vetting: String,
    rate: String,
    available_from: String,
    days_per_week: u8,
    away: Vec<(String, String)>,
    confirmed: String,
    ask_to_confirm: bool,
    confirm_after: i64,
    version: i64,
    months: Vec<Month>,
    charts: Vec<Chart>,
    placements: Vec<(String, String)>,
    problems: Vec<String>,
    notice: Option<String>,
    erasure_requested: bool,
    /// The profile as it stands, for the form.
    summary: String,
    city: String,
    cities: Vec<&'static str>,
    mobility: domain::candidate::Mobility,
    preferences: domain::candidate::Preferences,
    rate_amount: u32,
    profile_problems: Vec<String>,
    /// Languages, specialisation and track record, for their forms.
    pub(super) experience: super::experience::ExperienceForm,
    /// The CV on file: name, size and when it was uploaded.
    cv: Option<(String, String, String)>,
    /// Why the last upload was refused.
    cv_problem: Option<String>,
}

/// The candidate record the signed-in manager is bound to.
pub(super) fn own_id(viewer: &Viewer<InterimManagers>) -> Result<CandidateId, PageError> {
    match viewer.actor.role {
        UserRole::InterimManager { candidate_id } => Ok(candidate_id),
        _ => Err(PageError::NotForRole),
    }
}

/// The most characters of a label that fit left of a chart's bars at 11 px.
const CHART_LABEL_CHARS: usize = 28;

/// `label` cut to `most` characters with an ellipsis when longer.
fn shortened(label: &str, most: usize) -> String {
    if label.chars().count() <= most {
        label.to_owned()
    } else {
        let cut: String = label.chars().take(most - 1).collect();
        format!("{}…", cut.trim_end().trim_end_matches(','))
    }
}

/// Years spent, by a key of each track-record entry, largest first.
/// One dimension of a chart: its title, the board filter it maps to, and each track-record
/// entry's code and label on it.
type Dimension = (
    &'static str,
    &'static str,
    fn(&domain::candidate::TrackRecordEntry) -> Option<(&'static str, &'static str)>,
);

/// The chart's dimensions, each tied to the job board's filter of the same name.
const DIMENSIONS: [Dimension; 5] = [
    ("Company size", "size", |t| {
        t.company_size.map(|s| (s.code(), s.label()))
    }),
    ("Public or private", "sector", |t| {
        t.sector.map(|s| (s.code(), s.label()))
    }),
    ("Industries", "industry", |t| {
        let s = t.industry?.section();
        Some((s.code(), s.label()))
    }),
    ("Organisation levels", "level", |t| {
        t.level.map(|l| (l.code(), l.label()))
    }),
    ("Situations handled", "situation", |t| {
        t.situation.map(|s| (s.code(), s.label()))
    }),
];

/// Years spent along one dimension, largest first, each strength linked to the open
/// assignments on the board that match it (`open` holds the board's postings).
fn chart(
    (title, filter, key): &Dimension,
    c: &InterimManager,
    today: NaiveDate,
    open: &[service::board::Opening],
) -> Chart {
    let mut years: BTreeMap<(&'static str, &'static str), f32> = BTreeMap::new();
    for t in &c.track_record {
        if let (Some(k), Some(start)) = (key(t), t.start) {
            let end = t.end.unwrap_or(today);
            *years.entry(k).or_default() += ((end - start).num_days().max(0) as f32) / 365.25;
        }
    }
    let matching = |code: &str| {
        open.iter()
            .filter(|o| match *filter {
                "size" => o.client.size.code() == code,
                "sector" => o.client.sector.code() == code,
                "industry" => o.client.industry.section().code() == code,
                "level" => o.mandate.level.code() == code,
                _ => o.mandate.situation.code() == code,
            })
            .count()
    };
    let mut sorted: Vec<((&'static str, &'static str), f32)> = years.into_iter().collect();
    sorted.sort_by(|a, b| b.1.total_cmp(&a.1));
    sorted.truncate(6);
    let most = sorted.first().map_or(1.0, |(_, y)| y.max(0.1));
    let bars: Vec<Bar> = sorted
        .into_iter()
        .enumerate()
        .map(|(i, ((code, label), y))| Bar {
            short: shortened(label, CHART_LABEL_CHARS),
            label: label.to_owned(),
            board: format!("/me/jobs?{filter}={code}"),
            open: matching(code),
            years: (y * 10.0).round() / 10.0,
            width: ((y / most) * 100.0).round() as u32,
            y: i as u32 * 22,
        })
        .collect();
    Chart {
        title,
        height: (bars.len() as u32).max(1) * 22,
        bars,
    }
}

async fn home_page(
    state: &AppState,
    viewer: &Viewer<InterimManagers>,
    problems: Vec<String>,
    notice: Option<String>,
) -> Result<ManagerHome, PageError> {
    let id = own_id(viewer)?;
    let records = Records::new(state, &viewer.actor);
    let (stored, _) = records.candidate(id).await?;
    let c = stored.value;
    let today = state.today();
    let placements = records.placements_of(id).await?;
    let booked: Vec<Period> = placements.iter().map(|p| p.value.period).collect();
    let open =
        service::board::openings(state, None, &service::board::BoardFilters::default()).await?;
    let confirmed_days = c
        .availability
        .confirmed_at
        .map(|t| (state.now() - t).num_days().max(0));
    Ok(ManagerHome {
        chrome: viewer.chrome("manager"),
        name: c.name.to_string(),
        headline: c.headline.to_string(),
        vetting: vetting_text(&c, today),
        rate: money(c.day_rate),
        available_from: c.availability.available_from.format("%Y-%m-%d").to_string(),
        days_per_week: c.availability.days_per_week,
        away: c
            .availability
            .unavailable
            .iter()
            .map(|p| (p.start().to_string(), p.end().to_string()))
            .chain(std::iter::repeat_with(Default::default))
            .take(c.availability.unavailable.len().max(AWAY_ROWS))
            .collect(),
        confirmed: confirmed_days.map_or_else(
            || "You have not confirmed your availability yet.".to_owned(),
            |d| format!("You confirmed it {} ago.", days(d)),
        ),
        ask_to_confirm: confirmed_days.is_none_or(|d| d >= CONFIRM_AFTER_DAYS),
        confirm_after: CONFIRM_AFTER_DAYS,
        version: stored.version.0,
        months: calendar(today, &c, &booked),
        charts: DIMENSIONS
            .iter()
            .map(|d| chart(d, &c, today, &open))
            .collect(),
        placements: placements
            .iter()
            .map(|p| {
                (
                    format!(
                        "{} – {}",
                        date(p.value.period.start()),
                        date(p.value.period.end())
                    ),
                    money(p.value.day_rate),
                )
            })
            .collect(),
        problems,
        notice,
        summary: c.summary.to_string(),
        city: c.home.city.to_string(),
        cities: domain::places::CITIES.iter().map(|p| p.0).collect(),
        mobility: c.mobility,
        preferences: c.preferences,
        rate_amount: c.day_rate.amount,
        profile_problems: Vec::new(),
        cv: records.cv_details(id).await?.map(|cv| {
            (
                cv.file_name,
                format!("{} KB", cv.size.div_ceil(1024)),
                date(cv.uploaded_at.date_naive()),
            )
        }),
        cv_problem: None,
        experience: super::experience::form(&c),
        erasure_requested: records.erasure_requested(id).await?,
    })
}

/// The manager's page, adjusted by `adjust` (to show a refusal next to its form).
pub(super) async fn home_page_with(
    state: &AppState,
    viewer: &Viewer<InterimManagers>,
    adjust: impl FnOnce(&mut ManagerHome),
) -> Result<ManagerHome, PageError> {
    let mut page = home_page(state, viewer, Vec::new(), None).await?;
    adjust(&mut page);
    Ok(page)
}

/// `GET /me`: the manager's own page.
pub(super) async fn home(
    State(state): State<AppState>,
    viewer: Viewer<InterimManagers>,
) -> Result<Response, PageError> {
    Ok(render(&home_page(&state, &viewer, Vec::new(), None).await?))
}

/// Reads the periods away from the form's rows; an empty row is skipped.
fn periods_away(fields: &Fields, problems: &mut Vec<String>) -> Vec<Period> {
    let starts = fields.all("away_start");
    let ends = fields.all("away_end");
    let mut periods = Vec::new();
    for (i, (start, end)) in starts.iter().zip(ends.iter()).enumerate() {
        if start.trim().is_empty() && end.trim().is_empty() {
            continue;
        }
        let parse = |raw: &str| NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d").ok();
        match (parse(start), parse(end)) {
            (Some(s), Some(e)) => match Period::new(s, e) {
                Ok(p) => periods.push(p),
                Err(e) => problems.push(format!("Period away {}: {}.", i + 1, e.message)),
            },
            _ => problems.push(format!(
                "Period away {}: give both the first and the last day as dates.",
                i + 1
            )),
        }
    }
    periods
}

/// `POST /me/availability`: saves the availability (and so confirms it); with nothing
/// changed it is the "still accurate" answer.
pub(super) async fn save_availability(
    State(state): State<AppState>,
    Submitted { viewer, fields }: Submitted<InterimManagers>,
) -> Result<Response, PageError> {
    let id = own_id(&viewer)?;
    let mut problems = Vec::new();
    let available_from = NaiveDate::parse_from_str(fields.get("available_from").trim(), "%Y-%m-%d")
        .map_err(|_| {
            problems.push("The first day you are free is not a date (YYYY-MM-DD).".to_owned())
        })
        .ok();
    let days_per_week = fields
        .int("days_per_week", 0)
        .ok()
        .filter(|d| (1..=5).contains(d));
    if days_per_week.is_none() {
        problems.push("Give the days per week you can work, 1 to 5.".to_owned());
    }
    let away = periods_away(&fields, &mut problems);
    let version = Version(fields.int("version", 0).map_err(Error::BadRequest)?);
    if let (true, Some(from), Some(dpw)) = (problems.is_empty(), available_from, days_per_week) {
        match Records::new(&state, &viewer.actor)
            .set_availability(id, version, from, dpw as u8, away)
            .await.map_err(Error::from)
        {
            Ok(_) => return Ok(see_other("/me?confirmed=1#availability")),
            Err(Error::Invalid(Invalid { message, .. })) => problems.push(message),
            Err(Error::Stale { .. }) => problems.push(
                "Your profile changed meanwhile (perhaps in another tab); here it is as it is now. Apply your change again.".to_owned(),
            ),
            Err(other) => return Err(other.into()),
        }
    }
    let page = home_page(&state, &viewer, problems, None).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// `GET /me/data.json`: everything held about the signed-in manager, as a download: the
/// profile, placements, pipelines they stand in, applications, their own network, the
/// vetting decisions (outcome and expiry; interview evidence stays with the provider), and
/// the record of who looked at their data. The export is itself logged.
pub(super) async fn export(
    State(state): State<AppState>,
    viewer: Viewer<InterimManagers>,
) -> Result<Response, PageError> {
    let id = own_id(&viewer)?;
    let body = Records::new(&state, &viewer.actor).export(id).await?;
    let json = serde_json::to_string_pretty(&body).map_err(|e| Error::Internal(e.to_string()))?;
    Ok((
        [
            (
                axum::http::header::CONTENT_TYPE,
                "application/json; charset=utf-8".to_owned(),
            ),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"interim-data-{}.json\"", id.0),
            ),
        ],
        json,
    )
        .into_response())
}

/// `POST /me/cv`: uploads the manager's CV (PDF or DOCX, checked by content, metadata
/// stripped); a refusal shows on the page with what to do, and nothing is stored.
pub(super) async fn upload_cv(
    State(state): State<AppState>,
    Uploaded {
        viewer,
        file_name,
        bytes,
    }: Uploaded<InterimManagers>,
) -> Result<Response, PageError> {
    let id = own_id(&viewer)?;
    let problem = match Records::new(&state, &viewer.actor)
        .upload_cv(id, &file_name, &bytes)
        .await
        .map_err(Error::from)
    {
        Ok(()) => return Ok(see_other("/me?cv=stored#cv")),
        Err(Error::Invalid(e)) if bytes.is_empty() => format!("Choose a file first: {}", e.message),
        Err(Error::Invalid(e)) => e.message,
        Err(e) => return Err(e.into()),
    };
    let mut page = home_page(&state, &viewer, Vec::new(), None).await?;
    page.cv_problem = Some(capitalised(&problem));
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// `GET /me/cv`: the manager's own CV, as a download.
pub(super) async fn download_cv(
    State(state): State<AppState>,
    viewer: Viewer<InterimManagers>,
) -> Result<Response, PageError> {
    let id = own_id(&viewer)?;
    let cv = Records::new(&state, &viewer.actor).cv(id).await?;
    Ok(crate::own::cv_download(cv))
}

/// `POST /me/erasure`: asks for erasure; an administrator sees the request on their
/// dashboard and carries it out (the erasure itself belongs to the data-protection work).
pub(super) async fn request_erasure(
    State(state): State<AppState>,
    Submitted { viewer, fields }: Submitted<InterimManagers>,
) -> Result<Response, PageError> {
    let id = own_id(&viewer)?;
    Records::new(&state, &viewer.actor)
        .request_erasure(id, fields.get("reason").trim())
        .await?;
    Ok(see_other("/me?erasure=requested#data"))
}

/// `POST /me/profile`: the manager's own headline, summary, day rate, home, mobility and
/// preferences. Vetting and assessments are not theirs to change.
pub(super) async fn save_profile(
    State(state): State<AppState>,
    Submitted { viewer, fields }: Submitted<InterimManagers>,
) -> Result<Response, PageError> {
    let id = own_id(&viewer)?;
    let mut problems = Vec::new();
    fn kept<T>(problems: &mut Vec<String>, label: &str, r: domain::Parsed<T>) -> Option<T> {
        r.map_err(|e| problems.push(format!("{label}: {}.", e.message)))
            .ok()
    }
    let headline = kept(
        &mut problems,
        "Headline",
        domain::values::ShortText::parse(fields.get("headline")),
    );
    let summary = kept(
        &mut problems,
        "Summary",
        domain::values::LongText::parse(fields.get("summary")),
    );
    let (current, _) = Records::new(&state, &viewer.actor).candidate(id).await?;
    let rate = fields
        .int("day_rate", -1)
        .ok()
        .and_then(|r| domain::values::Money::day_rate(r, current.value.day_rate.currency).ok())
        .filter(|m| m.amount > 0);
    if rate.is_none() {
        problems.push("Day rate: give a whole number above zero.".to_owned());
    }
    let home = match domain::places::find(fields.get("city"), None) {
        Some(place) => kept(
            &mut problems,
            "Home",
            domain::values::ShortText::parse(place.0).and_then(|city| {
                domain::values::Location::new(
                    city,
                    domain::values::CountryCode::parse(place.1)?,
                    place.2,
                    place.3,
                )
            }),
        ),
        None => {
            problems.push(format!(
                "Home: Interim does not know where '{}' is; pick a city from the list.",
                fields.get("city").trim()
            ));
            None
        }
    };
    let number = |name: &str,
                  label: &str,
                  range: std::ops::RangeInclusive<i64>,
                  problems: &mut Vec<String>| {
        fields
            .int(name, -1)
            .ok()
            .filter(|n| range.contains(n))
            .or_else(|| {
                problems.push(format!(
                    "{label}: give {} to {}.",
                    range.start(),
                    range.end()
                ));
                None
            })
    };
    let commute = number(
        "max_commute_km",
        "Longest daily commute (km)",
        0..=500,
        &mut problems,
    );
    let min_weeks = number(
        "min_weeks",
        "Shortest assignment (weeks)",
        1..=156,
        &mut problems,
    );
    let max_weeks = number(
        "max_weeks",
        "Longest assignment (weeks)",
        1..=156,
        &mut problems,
    );
    let remote_days = number("remote_days", "Remote days per week", 0..=5, &mut problems);
    if let (Some(lo), Some(hi)) = (min_weeks, max_weeks)
        && lo > hi
    {
        problems.push("The shortest assignment is longer than the longest.".to_owned());
    }
    let version = Version(fields.int("version", 0).map_err(Error::BadRequest)?);
    if let (
        true,
        Some(headline),
        Some(summary),
        Some(rate),
        Some(home),
        Some(commute),
        Some(min_weeks),
        Some(max_weeks),
        Some(remote_days),
    ) = (
        problems.is_empty(),
        headline,
        summary,
        rate,
        home,
        commute,
        min_weeks,
        max_weeks,
        remote_days,
    ) {
        let flag = |name: &str| fields.get(name) == "on";
        let (relocate, travel, remote) = (flag("relocate"), flag("travel"), flag("remote"));
        match Records::new(&state, &viewer.actor)
            .edit_candidate(id, version, |c| {
                c.headline = headline;
                c.summary = summary;
                c.day_rate = rate;
                c.home = home;
                c.mobility.relocate = relocate;
                c.mobility.travel = travel;
                c.mobility.remote = remote;
                c.mobility.max_commute_km = commute as u16;
                c.preferences.min_weeks = min_weeks as u16;
                c.preferences.max_weeks = max_weeks as u16;
                c.preferences.remote_days = remote_days as u8;
            })
            .await
            .map_err(Error::from)
        {
            Ok(_) => return Ok(see_other("/me#profile")),
            Err(Error::Invalid(Invalid { message, .. })) => problems.push(message),
            Err(Error::Stale { .. }) => problems.push(
                "Your profile changed meanwhile (perhaps in another tab); here it is as it is now."
                    .to_owned(),
            ),
            Err(other) => return Err(other.into()),
        }
    }
    let mut page = home_page(&state, &viewer, Vec::new(), None).await?;
    page.profile_problems = problems;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}
