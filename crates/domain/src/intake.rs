//! A new interim manager as a provider brings them in: the body of `POST /api/v1/candidates`,
//! one line of a JSON Lines import, or one row of a spreadsheet, read into an
//! [`InterimManager`] with every problem named (not only the first), and the rules for
//! bringing a newer record of a known person into the one the network holds.

use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::candidate::{
    Availability, FieldSource, InterimManager, LegalBasis, Mobility, Preferences, SourceNetwork,
    Specialisation, TrackRecordEntry, Vetting,
};
use crate::industry::Industry;
use crate::invalid::{Invalid, Parsed};
use crate::language::{Language, LanguageSkill};
use crate::occupation::Role;
use crate::places;
use crate::values::{CountryCode, EmailAddress, Location, LongText, Money, PersonName, ShortText};
use crate::vocabulary::{Currency, Engagement, Proficiency, ProfileKind, VettingStatus};

/// A candidate as it arrives: every field raw. [`CandidateDraft::parse`] turns it into an
/// [`InterimManager`] or names every field that is wrong.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct CandidateDraft {
    /// Full name.
    pub name: String,
    /// E-mail address (trimmed and lower-cased).
    pub email: String,
    /// Phone number as written; kept as written, compared in E.164.
    pub phone: Option<String>,
    /// Year of birth.
    pub birth_year: Option<i64>,
    /// One line about them; the newest experience's title when absent.
    pub headline: Option<String>,
    /// The profile summary.
    pub summary: Option<String>,
    /// `interim_leader` (when absent), `consultant` or `administrator`.
    pub profile_kind: Option<String>,
    /// `own`, or the name of the partner network they came from.
    pub source: Option<String>,
    /// Their id in that source.
    pub external_id: Option<String>,
    /// The city they live in.
    pub home_city: Option<String>,
    /// ISO 3166-1 alpha-2 country code of the city.
    pub country: Option<String>,
    /// Day rate, whole units.
    pub day_rate: Option<i64>,
    /// NOK, SEK, DKK, EUR or GBP; the home country's when absent.
    pub currency: Option<String>,
    /// Languages as `code:level`, e.g. `["nb:C2", "en:C1"]`.
    pub languages: Vec<String>,
    /// The first day they are free (`YYYY-MM-DD`); today when absent.
    pub available_from: Option<String>,
    /// Earlier roles, newest first; only the title is required.
    pub experience: Vec<ExperienceDraft>,
    /// The consent the source recorded, if it did.
    pub consent: Option<ConsentDraft>,
}

/// One earlier role as it arrives.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ExperienceDraft {
    /// The title as the organisation used it, in any of the four languages.
    pub title: String,
    /// The organisation.
    pub organisation: Option<String>,
    /// First day (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).
    pub start: Option<String>,
    /// Last day; absent while ongoing.
    pub end: Option<String>,
    /// The organisation's industry: a NACE code or section.
    pub industry: Option<String>,
    /// What was achieved.
    pub achievements: Option<String>,
}

/// A consent the source recorded.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ConsentDraft {
    /// The day it was recorded (`YYYY-MM-DD`).
    pub recorded_on: String,
    /// The day it lapses; two years after it was recorded when absent.
    pub until: Option<String>,
}

/// How long a recorded consent holds when the source does not say.
const CONSENT_YEARS: i32 = 2;

/// The fields of a draft, by the name provenance records them under.
pub const FIELDS: [&str; 14] = [
    "name",
    "phone",
    "birth_year",
    "headline",
    "summary",
    "profile_kind",
    "external_id",
    "home",
    "day_rate",
    "languages",
    "available_from",
    "experience",
    "consent",
    "email",
];

impl CandidateDraft {
    /// Reads the draft as of `today`, naming every field that is wrong.
    pub fn parse(&self, today: NaiveDate) -> Result<InterimManager, Vec<Invalid>> {
        let mut problems = Problems::default();
        let name = problems.take(
            "name",
            if self.name.trim().is_empty() {
                Err(Invalid::new("", "is required; it cannot be empty"))
            } else {
                PersonName::parse(&self.name)
            },
        );
        let email = problems.take("email", EmailAddress::parse(&self.email));
        let phone = self
            .phone
            .as_deref()
            .filter(|p| !p.trim().is_empty())
            .and_then(|p| problems.take("phone", parse_phone(p)));
        let birth_year = self.birth_year.and_then(|y| {
            problems.take(
                "birth_year",
                if (1920..=i64::from(today.year()) - 16).contains(&y) {
                    Ok(y as u16)
                } else {
                    Err(Invalid::new(
                        "",
                        format!("{y} is not a believable year of birth"),
                    ))
                },
            )
        });
        let profile_kind = match present(&self.profile_kind) {
            None => Some(ProfileKind::InterimLeader),
            Some(k) => problems.take("profile_kind", ProfileKind::parse(k)),
        };
        let source = match present(&self.source) {
            None => Some(SourceNetwork::Own),
            Some(s) => problems.take("source", SourceNetwork::parse(s)),
        };
        let external_id = present(&self.external_id)
            .and_then(|x| problems.take("external_id", ShortText::parse(x)));
        let country =
            present(&self.country).and_then(|c| problems.take("country", CountryCode::parse(c)));
        let home = match present(&self.home_city) {
            None => problems.take(
                "home_city",
                Err(Invalid::new(
                    "",
                    "is required: the city they live in, e.g. Bergen",
                )),
            ),
            Some(city) => problems.take("home_city", locate(city, country, self.country.is_some())),
        };
        let currency = match present(&self.currency) {
            Some(c) => problems.take("currency", Currency::parse(c)),
            None => Some(currency_of(home.as_ref().map(|h| h.country).or(country))),
        };
        let day_rate = match (self.day_rate, currency) {
            (None, _) => problems.take(
                "day_rate",
                Err(Invalid::new("", "is required: their day rate, e.g. 12000")),
            ),
            (Some(amount), Some(currency)) => {
                problems.take("day_rate", Money::day_rate(amount, currency))
            }
            (Some(_), None) => None,
        };
        let mut languages = Vec::new();
        for (i, l) in self.languages.iter().enumerate() {
            if let Some(skill) = problems.take(&format!("languages[{i}]"), parse_language(l)) {
                if languages
                    .iter()
                    .any(|s: &LanguageSkill| s.language == skill.language)
                {
                    problems.take(
                        &format!("languages[{i}]"),
                        Err::<(), _>(Invalid::new(
                            "",
                            format!("'{}' is listed twice", skill.language.name()),
                        )),
                    );
                } else {
                    languages.push(skill);
                }
            }
        }
        let available_from = match present(&self.available_from) {
            None => Some(today),
            Some(d) => problems.take("available_from", parse_date(d)),
        };
        let mut track_record = Vec::new();
        for (i, e) in self.experience.iter().enumerate() {
            match e.parse() {
                Ok(entry) => track_record.push(entry),
                Err(es) => problems.0.extend(
                    es.into_iter()
                        .map(|x| x.within(&format!("experience[{i}]"))),
                ),
            }
        }
        let headline = match present(&self.headline) {
            Some(h) => problems.take("headline", ShortText::parse(h)),
            None => match track_record.first() {
                Some(newest) => Some(headline_of(newest)),
                // A bad experience is named already; the headline would come from it.
                None if !self.experience.is_empty() => None,
                None => problems.take(
                    "headline",
                    Err(Invalid::new("", "is required when no experience is given")),
                ),
            },
        };
        let summary = problems.take(
            "summary",
            LongText::parse(self.summary.as_deref().unwrap_or("")),
        );
        let consent = self
            .consent
            .as_ref()
            .and_then(|c| problems.take("consent", c.parse()));
        let (
            Some(name),
            Some(email),
            Some(profile_kind),
            Some(source),
            Some(home),
            Some(day_rate),
            Some(available_from),
            Some(headline),
            Some(summary),
        ) = (
            name,
            email,
            profile_kind,
            source,
            home,
            day_rate,
            available_from,
            headline,
            summary,
        )
        else {
            return Err(problems.0);
        };
        if !problems.0.is_empty() {
            return Err(problems.0);
        }
        let (basis, consent_until) = match consent {
            Some((_, until)) if source.is_own() => (LegalBasis::Consent, Some(until)),
            Some((recorded_on, until)) => (LegalBasis::PartnerConsent { recorded_on }, Some(until)),
            None => {
                let notice_due = today + Duration::days(LegalBasis::NOTICE_DAYS);
                (
                    LegalBasis::LegitimateInterest { notice_due },
                    Some(notice_due),
                )
            }
        };
        let manager = InterimManager {
            name,
            email,
            phone,
            birth_year,
            profile_kind,
            source,
            vetting: Vetting {
                status: VettingStatus::Unvetted,
                qualified_until: None,
            },
            headline,
            summary,
            cv_text: LongText::empty(),
            specialisation: Specialisation::of(&track_record),
            track_record,
            availability: Availability {
                available_from,
                days_per_week: 5,
                unavailable: Vec::new(),
                confirmed_at: None,
            },
            day_rate,
            languages,
            home,
            mobility: Mobility {
                relocate: false,
                travel: true,
                remote: true,
                max_commute_km: 60,
            },
            traits: None,
            preferences: Preferences {
                min_weeks: 4,
                max_weeks: 104,
                remote_days: 0,
            },
            consent_until,
            external_id,
            basis,
            provenance: Default::default(),
        };
        manager.check().map_err(|e| vec![e])?;
        Ok(manager)
    }

    /// The fields this draft gives a value for, by their provenance names: a newer record
    /// overwrites only these.
    pub fn given(&self) -> Vec<&'static str> {
        let mut given = vec!["name", "email", "home", "day_rate"];
        let optional = [
            (
                "phone",
                self.phone.as_deref().is_some_and(|p| !p.trim().is_empty()),
            ),
            ("birth_year", self.birth_year.is_some()),
            ("headline", present(&self.headline).is_some()),
            ("summary", present(&self.summary).is_some()),
            ("profile_kind", present(&self.profile_kind).is_some()),
            ("external_id", present(&self.external_id).is_some()),
            ("languages", !self.languages.is_empty()),
            ("available_from", present(&self.available_from).is_some()),
            ("experience", !self.experience.is_empty()),
            ("consent", self.consent.is_some()),
        ];
        given.extend(optional.into_iter().filter(|(_, g)| *g).map(|(f, _)| f));
        given
    }
}

impl ExperienceDraft {
    /// Reads the entry, naming every field that is wrong.
    pub fn parse(&self) -> Result<TrackRecordEntry, Vec<Invalid>> {
        let mut problems = Problems::default();
        let role = problems.take("title", Role::parse(&self.title));
        let organisation = present(&self.organisation)
            .and_then(|o| problems.take("organisation", ShortText::parse(o)));
        let start = present(&self.start).and_then(|d| problems.take("start", parse_date(d)));
        let end = present(&self.end).and_then(|d| problems.take("end", parse_date(d)));
        let industry =
            present(&self.industry).and_then(|i| problems.take("industry", Industry::parse(i)));
        let achievements = problems.take(
            "achievements",
            LongText::parse(self.achievements.as_deref().unwrap_or("")),
        );
        if let (Some(s), Some(e)) = (start, end)
            && e < s
        {
            problems.take(
                "end",
                Err::<(), _>(Invalid::new("", format!("{e} is before the start, {s}"))),
            );
        }
        let (Some(role), Some(achievements)) = (role, achievements) else {
            return Err(problems.0);
        };
        if !problems.0.is_empty() {
            return Err(problems.0);
        }
        let title = role.title().to_lowercase();
        let engagement = if ["interim", "konstituert", "fungerende", "tf.", "acting"]
            .iter()
            .any(|w| title.contains(w))
        {
            Engagement::Interim
        } else {
            Engagement::Permanent
        };
        let curated = role.curated_roles();
        let level = curated
            .first()
            .map(|r| r.info().level)
            .filter(|l| curated.iter().all(|r| r.info().level == *l));
        Ok(TrackRecordEntry {
            engagement,
            role,
            organisation,
            industry,
            company_size: None,
            sector: None,
            level,
            situation: None,
            start,
            end,
            achievements,
            client_rating: None,
        })
    }
}

impl ConsentDraft {
    /// The day recorded and the day it lapses.
    fn parse(&self) -> Parsed<(NaiveDate, NaiveDate)> {
        let recorded_on = parse_date(&self.recorded_on).map_err(|e| e.within("recorded_on"))?;
        let until = match present(&self.until) {
            Some(u) => parse_date(u).map_err(|e| e.within("until"))?,
            None => recorded_on
                .with_year(recorded_on.year() + CONSENT_YEARS)
                .unwrap_or(recorded_on + Duration::days(730)),
        };
        if until < recorded_on {
            return Err(Invalid::new(
                "until",
                format!("{until} is before {recorded_on}"),
            ));
        }
        Ok((recorded_on, until))
    }
}

/// Every problem found so far, each naming its field.
#[derive(Default)]
struct Problems(Vec<Invalid>);

impl Problems {
    /// The value, or `None` with the problem kept under `field`.
    fn take<T>(&mut self, field: &str, result: Parsed<T>) -> Option<T> {
        result.map_err(|e| self.0.push(e.within(field))).ok()
    }
}

/// A headline from the newest role: "Økonomisjef, Hydro".
fn headline_of(newest: &TrackRecordEntry) -> ShortText {
    let text = match &newest.organisation {
        Some(o) => format!("{}, {o}", newest.role.title()),
        None => newest.role.title().to_owned(),
    };
    ShortText::parse(&text).unwrap_or_else(|_| {
        ShortText::parse(newest.role.title()).expect("a role's title is a short text")
    })
}

/// A text that is there: neither absent nor only spaces.
fn present(text: &Option<String>) -> Option<&str> {
    text.as_deref().map(str::trim).filter(|t| !t.is_empty())
}

/// The place of a city, in `country` when given; a city Interim cannot place is refused,
/// naming what it knows in that country.
fn locate(city: &str, country: Option<CountryCode>, country_given: bool) -> Parsed<Location> {
    if country_given && country.is_none() {
        // The country was wrong; its own error names it.
        return Err(Invalid::new("", "cannot be placed without a valid country"));
    }
    let code = country.map(|c| c.to_string());
    let found = places::find(city, code.as_deref()).ok_or_else(|| {
        Invalid::new(
            "",
            match &code {
                Some(code) => format!(
                    "'{}' is not a city Interim can place in {code}",
                    city.trim()
                ),
                None => format!(
                    "'{}' is not a city Interim can place; give the country too if it is abroad",
                    city.trim()
                ),
            },
        )
    })?;
    Ok(Location {
        city: ShortText::parse(found.0)?,
        country: CountryCode::parse(found.1)?,
        lat: found.2,
        lon: found.3,
    })
}

/// The currency of a country's day rates.
fn currency_of(country: Option<CountryCode>) -> Currency {
    match country.as_ref().map(CountryCode::as_str) {
        Some("NO") | None => Currency::Nok,
        Some("SE") => Currency::Sek,
        Some("DK") => Currency::Dkk,
        Some("GB") => Currency::Gbp,
        Some(_) => Currency::Eur,
    }
}

/// A language as `code:level` ("nb:C2", "en: c1", "Swedish:native").
fn parse_language(text: &str) -> Parsed<LanguageSkill> {
    let (language, level) = text.split_once([':', ' ', '-']).ok_or_else(|| {
        Invalid::new(
            "",
            format!(
                "'{}' has no level; write it as code:level, e.g. nb:C2",
                text.trim()
            ),
        )
    })?;
    Ok(LanguageSkill {
        language: Language::parse(language)?,
        level: Proficiency::parse(level.trim())?,
    })
}

/// A phone number: digits with spaces, dashes, dots, slashes and brackets, and a leading `+`.
fn parse_phone(text: &str) -> Parsed<ShortText> {
    let t = text.trim();
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let allowed = |c: char| c.is_ascii_digit() || " +-./()".contains(c);
    if !t.chars().all(allowed) || !(5..=15).contains(&digits) {
        return Err(Invalid::new("", format!("'{t}' is not a phone number")));
    }
    ShortText::parse(t)
}

/// A phone number in E.164 (`+4791234567`), with the home country's code when it has none.
pub fn e164(phone: &str, country: CountryCode) -> Option<String> {
    let t = phone.trim();
    let digits: String = t.chars().filter(char::is_ascii_digit).collect();
    let international = if t.starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix("00") {
        rest.to_owned()
    } else {
        let (code, trunk) = match country.as_str() {
            "NO" => ("47", false),
            "DK" => ("45", false),
            "IS" => ("354", false),
            "SE" => ("46", true),
            "FI" => ("358", true),
            "DE" => ("49", true),
            "GB" => ("44", true),
            "NL" => ("31", true),
            _ => return None,
        };
        let national = if trunk {
            digits.strip_prefix('0').unwrap_or(&digits)
        } else {
            &digits
        };
        format!("{code}{national}")
    };
    (8..=15)
        .contains(&international.len())
        .then(|| format!("+{international}"))
}

/// A day as exports write it: `2026-12-01`, `2026-12` (the first), `2026` (1 January),
/// `01.12.2026` or `1/12/2026` (day first, as in the Nordics).
pub fn parse_date(text: &str) -> Parsed<NaiveDate> {
    let t = text.trim();
    let refuse = |why: &str| Invalid::new("", format!("'{t}' is not a date{why}"));
    let numbers: Vec<&str> = t.split(['-', '.', '/']).collect();
    let number = |s: &str| s.parse::<u32>().map_err(|_| refuse(" such as 2026-12-01"));
    let (y, m, d) = match numbers.as_slice() {
        [y] if y.len() == 4 => (number(y)?, 1, 1),
        [y, m] if y.len() == 4 => (number(y)?, number(m)?, 1),
        [y, m, d] if y.len() == 4 => (number(y)?, number(m)?, number(d)?),
        [d, m, y] if y.len() == 4 && !t.contains('-') => (number(y)?, number(m)?, number(d)?),
        _ => return Err(refuse(" such as 2026-12-01")),
    };
    if !(1900..=2200).contains(&y) {
        return Err(refuse(": the year is out of range"));
    }
    NaiveDate::from_ymd_opt(y as i32, m, d).ok_or_else(|| refuse(": no such day in the calendar"))
}

/// What an import changed in a person the network held, field by field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldChange {
    /// The field.
    pub field: String,
    /// The value before, in words.
    pub before: String,
    /// The value after, in words.
    pub after: String,
}

/// What bringing a newer record into a held one did.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Merged {
    /// The fields that changed.
    pub changed: Vec<FieldChange>,
    /// The fields the interim manager wrote themself, which the newer record did not touch.
    pub kept: Vec<String>,
}

/// Brings `newer` (read from a draft that gave the fields `given`) into `held`, as written by
/// `by`. A field the interim manager wrote themself stays; experience is added to, never
/// replaced; vetting, traits, consent given in the portal and the manager's own availability
/// stay as they are.
pub fn merge(
    held: &mut InterimManager,
    newer: &InterimManager,
    given: &[&str],
    by: &FieldSource,
) -> Merged {
    let mut out = Merged::default();
    for field in given {
        if held.provenance.by_manager(field) {
            out.kept.push((*field).to_owned());
            continue;
        }
        let before = describe(held, field);
        match *field {
            "name" => held.name = newer.name.clone(),
            "email" => held.email = newer.email.clone(),
            "phone" => held.phone = newer.phone.clone(),
            "birth_year" => held.birth_year = newer.birth_year,
            "headline" => held.headline = newer.headline.clone(),
            "summary" => held.summary = newer.summary.clone(),
            "profile_kind" => held.profile_kind = newer.profile_kind,
            "external_id" => held.external_id = newer.external_id.clone(),
            "home" => held.home = newer.home.clone(),
            "day_rate" => held.day_rate = newer.day_rate,
            "languages" => {
                for skill in &newer.languages {
                    match held
                        .languages
                        .iter_mut()
                        .find(|s| s.language == skill.language)
                    {
                        Some(s) => s.level = skill.level,
                        None => held.languages.push(*skill),
                    }
                }
            }
            "available_from" => {
                held.availability.available_from = newer.availability.available_from
            }
            "experience" => {
                let mut added = Vec::new();
                for entry in &newer.track_record {
                    let known = held.track_record.iter().any(|h| {
                        h.role.title().eq_ignore_ascii_case(entry.role.title())
                            && h.organisation == entry.organisation
                            && (h.start == entry.start
                                || h.start.is_none()
                                || entry.start.is_none())
                    });
                    if !known {
                        added.push(entry.clone());
                    }
                }
                // Newest first: what the newer record adds goes before what was held, in its
                // own order.
                added.append(&mut held.track_record);
                held.track_record = added;
                held.specialisation = Specialisation::of(&held.track_record);
            }
            "consent" => {
                if !matches!(held.basis, LegalBasis::Consent) {
                    held.basis = newer.basis;
                    held.consent_until = newer.consent_until;
                }
            }
            _ => continue,
        }
        let after = describe(held, field);
        held.provenance.record(field, by.clone());
        if before != after {
            out.changed.push(FieldChange {
                field: (*field).to_owned(),
                before,
                after,
            });
        }
    }
    out
}

/// The fields (of [`FIELDS`]) whose value differs between two records of one person.
pub fn changed_fields(before: &InterimManager, after: &InterimManager) -> Vec<&'static str> {
    FIELDS
        .into_iter()
        .filter(|f| match *f {
            "summary" => before.summary != after.summary,
            "experience" => before.track_record != after.track_record,
            "home" => before.home != after.home,
            "available_from" => before.availability != after.availability,
            f => describe(before, f) != describe(after, f),
        })
        .collect()
}

/// A field's value in words, for the list of what changed.
fn describe(c: &InterimManager, field: &str) -> String {
    match field {
        "name" => c.name.to_string(),
        "email" => c.email.to_string(),
        "phone" => c
            .phone
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        "birth_year" => c.birth_year.map(|y| y.to_string()).unwrap_or_default(),
        "headline" => c.headline.to_string(),
        "summary" => format!("{} characters", c.summary.as_str().chars().count()),
        "profile_kind" => c.profile_kind.code().to_owned(),
        "external_id" => c
            .external_id
            .as_ref()
            .map(ToString::to_string)
            .unwrap_or_default(),
        "home" => format!("{}, {}", c.home.city, c.home.country),
        "day_rate" => c.day_rate.to_string(),
        "languages" => c
            .languages
            .iter()
            .map(|l| format!("{}:{}", l.language.code(), l.level.label()))
            .collect::<Vec<_>>()
            .join(", "),
        "available_from" => c.availability.available_from.to_string(),
        "experience" => format!("{} roles", c.track_record.len()),
        "consent" => c.basis.describe(),
        _ => String::new(),
    }
}

/// One bad cell of an import: `row 17, email: 'not-an-email' is not an e-mail address`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadCell {
    /// The row (the header is row 1) or the line of a JSON Lines file.
    pub row: usize,
    /// The column as the file names it, or the field.
    pub column: String,
    /// The value as written.
    pub value: String,
    /// What is wrong.
    pub message: String,
}

impl std::fmt::Display for BadCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}, {}: {}", self.row, self.column, self.message)
    }
}

/// What an import did with one row that was not simply created.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum RowOutcome {
    /// A person already in the network, brought up to date.
    Updated {
        /// The row.
        row: usize,
        /// The person.
        candidate_id: i64,
        /// What changed.
        changed: Vec<FieldChange>,
        /// Fields the manager wrote themself, left as they are.
        kept: Vec<String>,
    },
    /// A person already in the network, with nothing new (or nothing but fields they wrote
    /// themself, which stay).
    Unchanged {
        /// The row.
        row: usize,
        /// The person.
        candidate_id: i64,
        /// Fields the manager wrote themself, left as they are.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        kept: Vec<String>,
    },
    /// The same person as an earlier row of the file.
    Repeat {
        /// The row.
        row: usize,
        /// The earlier row.
        of_row: usize,
        /// What they share.
        by: String,
    },
}

/// What an import did, kept with its record and printed by the command line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportReport {
    /// Data rows read (the header not counted).
    pub rows: usize,
    /// People created.
    pub created: usize,
    /// People already in the network who changed.
    pub updated: usize,
    /// People already in the network with nothing new.
    pub unchanged: usize,
    /// Rows repeating an earlier row of the file.
    pub repeats: usize,
    /// Rows refused for a bad cell.
    pub bad_rows: usize,
    /// Every bad cell.
    pub bad: Vec<BadCell>,
    /// Every row that updated, repeated or matched a person.
    pub outcomes: Vec<RowOutcome>,
    /// How the file's columns were read: column → field.
    pub mapping: Vec<(String, String)>,
    /// Columns no field was found for, left out.
    pub ignored_columns: Vec<String>,
    /// Nothing was written: a dry run, or a strict import of a file with a bad row.
    pub nothing_written: bool,
    /// People created who may be someone the network has (a similar name and the same
    /// birth year, city or employer), now in the consultants' review queue.
    #[serde(default)]
    pub possible_duplicates: usize,
    /// Why the import stopped, when its background job gave up.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<String>,
}

/// One import of a network's export: what was read, by whom, and what it did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ImportRecord {
    /// The network the file came from.
    pub source: String,
    /// The file's name.
    pub file_name: String,
    /// `csv`, `xlsx` or `jsonl`.
    pub format: String,
    /// Nothing was to be written.
    pub dry_run: bool,
    /// The whole file was to be refused if any row was bad.
    pub strict: bool,
    /// `running`, `done` (written), `refused` (a strict import with a bad row) or `failed`.
    pub status: String,
    /// Who started it.
    pub started_by: Option<crate::ids::UserId>,
    /// When it started.
    pub started_at: chrono::DateTime<chrono::Utc>,
    /// When it finished.
    pub finished_at: Option<chrono::DateTime<chrono::Utc>>,
    /// What it did.
    pub report: ImportReport,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 2).expect("a day")
    }

    fn draft() -> CandidateDraft {
        CandidateDraft {
            name: "Kari Nordmann".into(),
            email: " Kari.Nordmann@Example.NO ".into(),
            phone: Some("912 34 567".into()),
            source: Some("Globalise".into()),
            external_id: Some("G-17".into()),
            home_city: Some("bergen".into()),
            country: Some("no".into()),
            day_rate: Some(12_500),
            languages: vec!["nb:C2".into(), "en: c1".into()],
            experience: vec![ExperienceDraft {
                title: "Konstituert økonomisjef".into(),
                organisation: Some("Hydro".into()),
                start: Some("2024-03".into()),
                ..Default::default()
            }],
            ..Default::default()
        }
    }

    #[test]
    fn a_partner_record_reads_into_an_unvetted_manager_with_a_notice_due() {
        let c = draft().parse(today()).expect("valid");
        assert_eq!(c.email.as_str(), "kari.nordmann@example.no");
        assert_eq!(c.home.city.as_str(), "Bergen");
        assert_eq!(c.day_rate, Money::nok(12_500));
        assert_eq!(c.vetting.status, VettingStatus::Unvetted);
        assert_eq!(c.headline.as_str(), "Konstituert økonomisjef, Hydro");
        let entry = &c.track_record[0];
        assert_eq!(entry.engagement, Engagement::Interim);
        assert!(entry.role.occupation().is_some());
        assert_eq!(entry.start, NaiveDate::from_ymd_opt(2024, 3, 1));
        let due = today() + Duration::days(30);
        assert_eq!(c.basis, LegalBasis::LegitimateInterest { notice_due: due });
        assert_eq!(c.consent_until, Some(due));
        assert_eq!(
            e164(c.phone.expect("given").as_str(), c.home.country).as_deref(),
            Some("+4791234567")
        );
    }

    #[test]
    fn every_bad_field_is_named_at_once() {
        let mut d = draft();
        d.email = "not-an-email".into();
        d.name = " ".into();
        d.day_rate = Some(-5);
        d.languages = vec!["xx:C1".into()];
        d.available_from = Some("2026-02-30".into());
        d.experience[0].end = Some("2020-01-01".into());
        let errors = d.parse(today()).expect_err("invalid");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "name",
                "email",
                "day_rate",
                "languages[0]",
                "available_from",
                "experience[0].end"
            ]
        );
        assert!(
            errors[1]
                .message
                .contains("'not-an-email' is not an e-mail address")
        );
        assert!(errors[4].message.contains("no such day"));
    }

    #[test]
    fn dates_read_as_nordic_exports_write_them() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a day");
        assert_eq!(parse_date("2026-12-01"), Ok(day(2026, 12, 1)));
        assert_eq!(parse_date("01.12.2026"), Ok(day(2026, 12, 1)));
        assert_eq!(parse_date("1/12/2026"), Ok(day(2026, 12, 1)));
        assert_eq!(parse_date("2019"), Ok(day(2019, 1, 1)));
        assert!(parse_date("12-01-2026").is_err());
        assert!(parse_date("yesterday").is_err());
    }

    #[test]
    fn phones_compare_in_e164() {
        let no = CountryCode::parse("NO").expect("valid");
        let se = CountryCode::parse("SE").expect("valid");
        assert_eq!(e164("+47 912 34 567", se).as_deref(), Some("+4791234567"));
        assert_eq!(e164("0047 91234567", se).as_deref(), Some("+4791234567"));
        assert_eq!(e164("070-123 45 67", se).as_deref(), Some("+46701234567"));
        assert_eq!(e164("91234567", no).as_deref(), Some("+4791234567"));
        assert!(parse_phone("call me").is_err());
    }

    #[test]
    fn a_newer_record_changes_what_it_gives_but_not_what_the_manager_wrote() {
        let mut held = draft().parse(today()).expect("valid");
        held.provenance
            .record("headline", FieldSource::Manager { on: today() });
        let mut newer = draft();
        newer.day_rate = Some(13_000);
        newer.headline = Some("CFO for hire".into());
        newer.experience.push(ExperienceDraft {
            title: "Controller".into(),
            organisation: Some("Equinor".into()),
            ..Default::default()
        });
        let by = FieldSource::Import {
            source: SourceNetwork::parse("Globalise").expect("valid"),
            import_id: 3,
            on: today(),
        };
        let parsed = newer.parse(today()).expect("valid");
        let merged = merge(&mut held, &parsed, &newer.given(), &by);
        let changed: Vec<&str> = merged.changed.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(changed, ["day_rate", "experience"]);
        assert_eq!(merged.kept, ["headline"]);
        assert_eq!(held.day_rate, Money::nok(13_000));
        assert_eq!(
            held.track_record.len(),
            2,
            "the known role is not added twice"
        );
        assert_eq!(held.provenance.of("day_rate"), Some(&by));
        assert_eq!(by.to_string(), "from the Globalise export of 2026-12-02");
    }
}
