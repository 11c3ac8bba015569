//! The interim manager's experience on their own page: the languages they work in, their
//! specialisation (industries, sectors, company sizes, levels, situations handled) and their
//! track record, one entry added or removed at a time. Every change goes through the same
//! audited, version-checked edit as the rest of the profile, so the match index follows at
//! once and vetting is never touched.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::NaiveDate;

use domain::Invalid;
use domain::candidate::{Specialisation, TrackRecordEntry};
use domain::ids::Version;
use domain::industry::{Industry, NaceSection};
use domain::language::{Language, LanguageSkill};
use domain::occupation::Role;
use domain::values::{LongText, ShortText};
use domain::vocabulary::{CompanySize, Engagement, Level, Proficiency, Sector, SituationType};

use crate::AppState;
use crate::error::Error;
use service::Records;

use super::manager::{InterimManagers, home_page_with, own_id};
use super::{Fields, PageError, Submitted, date, render, see_other};

/// Rows for languages on the form: those spoken plus this many empty ones.
const SPARE_LANGUAGE_ROWS: usize = 2;

/// A choice on the form: code, label, whether it is chosen.
pub(crate) type Choice = (&'static str, &'static str, bool);

/// What the experience forms show.
#[derive(Debug, Default)]
pub(crate) struct ExperienceForm {
    /// Language rows: code and level code (empty for a spare row).
    pub languages: Vec<(String, String)>,
    pub levels_of_language: Vec<(&'static str, &'static str)>,
    pub industries: Vec<Choice>,
    pub sectors: Vec<Choice>,
    pub sizes: Vec<Choice>,
    pub levels: Vec<Choice>,
    pub situations: Vec<Choice>,
    /// The track record, newest first: index in the stored list, period, title, organisation.
    pub record: Vec<(usize, String, String, String)>,
    /// Why the last change was refused.
    pub problems: Vec<String>,
}

fn choices<T: Copy + PartialEq>(
    all: &[T],
    chosen: &[T],
    code: impl Fn(T) -> &'static str,
    label: impl Fn(T) -> &'static str,
) -> Vec<Choice> {
    all.iter()
        .map(|v| (code(*v), label(*v), chosen.contains(v)))
        .collect()
}

/// The forms as they stand for `c`.
pub(crate) fn form(c: &domain::candidate::InterimManager) -> ExperienceForm {
    let s = &c.specialisation;
    let sections: Vec<NaceSection> = s.industries.iter().map(|i| i.section()).collect();
    let mut record: Vec<(usize, &TrackRecordEntry)> = c.track_record.iter().enumerate().collect();
    record.sort_by_key(|(_, t)| std::cmp::Reverse(t.start));
    ExperienceForm {
        languages: c
            .languages
            .iter()
            .map(|l| (l.language.code().to_owned(), l.level.code().to_owned()))
            .chain(std::iter::repeat_with(Default::default).take(SPARE_LANGUAGE_ROWS))
            .collect(),
        levels_of_language: Proficiency::ALL
            .iter()
            .map(|p| (p.code(), p.label()))
            .collect(),
        industries: choices(NaceSection::ALL, &sections, |v| v.code(), |v| v.label()),
        sectors: choices(Sector::ALL, &s.sectors, |v| v.code(), |v| v.label()),
        sizes: choices(
            CompanySize::ALL,
            &s.company_sizes,
            |v| v.code(),
            |v| v.label(),
        ),
        levels: choices(Level::ALL, &s.levels, |v| v.code(), |v| v.label()),
        situations: choices(
            SituationType::ALL,
            &s.situations,
            |v| v.code(),
            |v| v.label(),
        ),
        record: record
            .into_iter()
            .map(|(i, t)| {
                (
                    i,
                    format!(
                        "{} – {}",
                        t.start.map_or_else(|| "?".to_owned(), date),
                        t.end.map_or_else(|| "now".to_owned(), date)
                    ),
                    t.role.title().to_owned(),
                    t.organisation
                        .as_ref()
                        .map_or_else(String::new, ToString::to_string),
                )
            })
            .collect(),
        problems: Vec::new(),
    }
}

/// Every value of a multi-choice field, parsed; the bad ones named.
fn picked<T>(
    fields: &Fields,
    name: &str,
    label: &str,
    parse: impl Fn(&str) -> domain::Parsed<T>,
    problems: &mut Vec<String>,
) -> Vec<T> {
    fields
        .all(name)
        .into_iter()
        .filter_map(|raw| {
            parse(raw)
                .map_err(|e| problems.push(format!("{label}: {}", e.message)))
                .ok()
        })
        .collect()
}

/// Answers a refused change: the manager's page again, the problems shown by the forms.
async fn refused(
    state: &AppState,
    viewer: &super::Viewer<InterimManagers>,
    problems: Vec<String>,
) -> Result<Response, PageError> {
    let page = home_page_with(state, viewer, |page| page.experience.problems = problems).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// Saves an edit, or answers why not.
async fn save(
    state: &AppState,
    viewer: &super::Viewer<InterimManagers>,
    version: Version,
    edit: impl FnOnce(&mut domain::candidate::InterimManager),
) -> Result<Response, PageError> {
    let id = own_id(viewer)?;
    let problem = match Records::new(state, &viewer.actor)
        .edit_candidate(id, version, edit)
        .await
        .map_err(Error::from)
    {
        Ok(_) => return Ok(see_other("/me#experience")),
        Err(Error::Invalid(Invalid { message, .. })) => message,
        Err(Error::Stale { .. }) => {
            "Your profile changed in another window meanwhile; check it and save again.".to_owned()
        }
        Err(other) => return Err(other.into()),
    };
    refused(state, viewer, vec![problem]).await
}

/// `POST /me/experience`: the languages and the specialisation.
pub(super) async fn save_experience(
    State(state): State<AppState>,
    Submitted { viewer, fields }: Submitted<InterimManagers>,
) -> Result<Response, PageError> {
    let version = Version(fields.int("version", 0).map_err(Error::BadRequest)?);
    let mut problems = Vec::new();
    let mut languages: Vec<LanguageSkill> = Vec::new();
    let codes = fields.all("language");
    let levels = fields.all("language_level");
    for (i, code) in codes.iter().enumerate() {
        if code.trim().is_empty() {
            continue;
        }
        let level = levels.get(i).copied().unwrap_or_default();
        match (Language::parse(code), Proficiency::parse(level)) {
            (Ok(language), Ok(_)) if languages.iter().any(|l| l.language == language) => {
                problems.push(format!("{} is listed twice.", language.name()));
            }
            (Ok(language), Ok(level)) => languages.push(LanguageSkill { language, level }),
            (Err(e), _) => problems.push(format!("Language {}: {}", i + 1, e.message)),
            (_, Err(_)) => problems.push(format!(
                "Language {}: choose how well you speak it (A1 to C2, or native).",
                i + 1
            )),
        }
    }
    let specialisation = Specialisation {
        industries: picked(
            &fields,
            "industry",
            "Industry",
            |raw| NaceSection::parse(raw).map(Industry::section_only),
            &mut problems,
        ),
        sectors: picked(&fields, "sector", "Sector", Sector::parse, &mut problems),
        company_sizes: picked(
            &fields,
            "size",
            "Company size",
            CompanySize::parse,
            &mut problems,
        ),
        levels: picked(&fields, "level", "Level", Level::parse, &mut problems),
        situations: picked(
            &fields,
            "situation",
            "Situation",
            SituationType::parse,
            &mut problems,
        ),
    };
    if !problems.is_empty() {
        return refused(&state, &viewer, problems).await;
    }
    save(&state, &viewer, version, |c| {
        c.languages = languages;
        // Divisions the manager named before stay when their section is still ticked.
        let kept: Vec<Industry> = c
            .specialisation
            .industries
            .iter()
            .copied()
            .filter(|i| {
                specialisation
                    .industries
                    .iter()
                    .any(|s| s.section() == i.section())
            })
            .collect();
        let mut industries = kept.clone();
        industries.extend(
            specialisation
                .industries
                .iter()
                .filter(|s| !kept.iter().any(|k| k.section() == s.section())),
        );
        c.specialisation = Specialisation {
            industries,
            ..specialisation
        };
    })
    .await
}

/// `POST /me/track-record`: adds one role or assignment to the track record.
pub(super) async fn add_entry(
    State(state): State<AppState>,
    Submitted { viewer, fields }: Submitted<InterimManagers>,
) -> Result<Response, PageError> {
    let version = Version(fields.int("version", 0).map_err(Error::BadRequest)?);
    let mut problems = Vec::new();
    fn kept<T>(problems: &mut Vec<String>, label: &str, r: domain::Parsed<T>) -> Option<T> {
        r.map_err(|e| problems.push(format!("{label}: {}", e.message)))
            .ok()
    }
    let day = |name: &str, label: &str, problems: &mut Vec<String>| {
        let raw = fields.get(name).trim();
        if raw.is_empty() {
            return Ok(None);
        }
        NaiveDate::parse_from_str(raw, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| problems.push(format!("{label}: '{raw}' is not a date (YYYY-MM-DD).")))
    };
    let p = &mut problems;
    let title = kept(p, "Title", ShortText::parse(fields.get("title")));
    let organisation = kept(
        p,
        "Organisation",
        ShortText::parse(fields.get("organisation")),
    );
    // The title as written, filed by the normaliser, or under the suggestion picked.
    let role = title.and_then(|title: ShortText| match fields.get("role_uri").trim() {
        "" => kept(p, "Title", Role::parse(title.as_str())),
        uri => kept(p, "Title", Role::confirmed(title.as_str(), uri)),
    });
    let industry = kept(p, "Industry", Industry::parse(fields.get("industry")));
    let size = kept(
        p,
        "Company size",
        CompanySize::parse(fields.get("company_size")),
    );
    let sector = kept(p, "Sector", Sector::parse(fields.get("sector")));
    let level = kept(p, "Level", Level::parse(fields.get("level")));
    let engagement = kept(p, "Kind", Engagement::parse(fields.get("engagement")));
    let situation = match fields.get("situation").trim() {
        "" => Some(None),
        raw => kept(p, "Situation", SituationType::parse(raw)).map(Some),
    };
    let achievements = kept(p, "Results", LongText::parse(fields.get("achievements")));
    let start = day("start", "First day", p).ok().flatten();
    if start.is_none() && !p.iter().any(|m| m.starts_with("First day")) {
        p.push("First day: give the month it began (YYYY-MM-DD).".to_owned());
    }
    let end = day("end", "Last day", p).ok();
    if let (
        true,
        Some(organisation),
        Some(role),
        Some(industry),
        Some(company_size),
        Some(sector),
        Some(level),
        Some(engagement),
        Some(situation),
        Some(achievements),
        Some(start),
        Some(end),
    ) = (
        problems.is_empty(),
        organisation,
        role,
        industry,
        size,
        sector,
        level,
        engagement,
        situation,
        achievements,
        start,
        end,
    ) {
        let entry = TrackRecordEntry {
            engagement,
            role,
            organisation: Some(organisation),
            industry: Some(industry),
            company_size: Some(company_size),
            sector: Some(sector),
            level: Some(level),
            situation,
            start: Some(start),
            end,
            achievements,
            client_rating: None,
        };
        return save(&state, &viewer, version, |c| c.track_record.push(entry)).await;
    }
    refused(&state, &viewer, problems).await
}

/// `POST /me/track-record/remove`: removes one entry; an assignment the client rated stays,
/// since the rating is the client's word, not the manager's.
pub(super) async fn remove_entry(
    State(state): State<AppState>,
    Submitted { viewer, fields }: Submitted<InterimManagers>,
) -> Result<Response, PageError> {
    let version = Version(fields.int("version", 0).map_err(Error::BadRequest)?);
    let index = fields.int("index", -1).map_err(Error::BadRequest)?;
    let id = own_id(&viewer)?;
    let (current, _) = Records::new(&state, &viewer.actor).candidate(id).await?;
    let Some(entry) = usize::try_from(index)
        .ok()
        .and_then(|i| current.value.track_record.get(i))
    else {
        return refused(
            &state,
            &viewer,
            vec!["That entry is no longer there.".to_owned()],
        )
        .await;
    };
    if entry.client_rating.is_some() {
        return refused(
            &state,
            &viewer,
            vec!["An assignment the client rated stays in your track record.".to_owned()],
        )
        .await;
    }
    let index = index as usize;
    save(&state, &viewer, version, move |c| {
        if index < c.track_record.len() {
            c.track_record.remove(index);
        }
    })
    .await
}
