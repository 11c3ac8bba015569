//! Mandates: one client need, with the situation analysis and the requirements, and the raw
//! draft every edge (form, JSON, CLI) parses into one.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{ClientId, ContactId, UserId};
use crate::industry::Industry;
use crate::invalid::{Invalid, Parsed};
use crate::language::Language;
use crate::occupation::Role;
use crate::values::{CountryCode, Location, LongText, Money, Period, ShortText};
use crate::vocabulary::{Currency, Importance, Level, MandateStatus, Proficiency, SituationType};

/// The provider's promise: the right interim manager within this many days.
pub const PROMISE_DAYS: i64 = 10;

/// The provider's own target for presenting a shortlist: halfway to the promise, so the
/// client has time to meet candidates and decide before day 10.
pub const SHORTLIST_TARGET_DAYS: i64 = 5;

/// Where a mandate stands against the 10-day promise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Clock {
    /// Days since the client's call (stops at placement).
    pub days_elapsed: i64,
    /// Days from the call to the presented shortlist, once presented.
    pub days_to_shortlist: Option<i64>,
    /// Days from the call to the placement, once placed.
    pub days_to_placement: Option<i64>,
    /// The shortlist is not presented and its target day has passed.
    pub shortlist_overdue: bool,
    /// Open and past, or within two days of, the promise.
    pub at_risk: bool,
}

/// The situation analysis taken in with the mandate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SituationAnalysis {
    /// Where the client stands today.
    pub current_state: LongText,
    /// What the interim manager must achieve.
    pub goals: LongText,
    /// What stands in the way.
    pub challenges: LongText,
    /// Who has a stake and how.
    pub stakeholders: LongText,
    /// How success will be judged.
    pub success_criteria: LongText,
}

impl SituationAnalysis {
    /// All the text, for relevance scoring.
    pub fn full_text(&self) -> String {
        [
            &self.current_state,
            &self.goals,
            &self.challenges,
            &self.stakeholders,
            &self.success_criteria,
        ]
        .iter()
        .map(|t| t.as_str())
        .collect::<Vec<_>>()
        .join("\n")
    }
}

/// What a requirement asks for.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Criterion {
    /// Speaks a language at least this well.
    Language {
        /// The language.
        language: Language,
        /// The lowest level accepted.
        min_level: Proficiency,
    },
    /// Has worked in this industry.
    Industry {
        /// The industry.
        industry: Industry,
    },
    /// Has handled this kind of situation.
    Situation {
        /// The situation type.
        situation: SituationType,
    },
    /// A skill or experience named in words, matched against the profile text.
    Skill {
        /// The words.
        text: ShortText,
    },
}

/// One requirement of a mandate.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Requirement {
    /// Must-have or nice-to-have.
    pub importance: Importance,
    /// What it asks for.
    pub criterion: Criterion,
}

/// One client need.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Mandate {
    /// The client.
    pub client_id: ClientId,
    /// The client's contact for this mandate.
    pub contact_id: Option<ContactId>,
    /// The responsible consultant.
    pub consultant_id: Option<UserId>,
    /// A short title: "Interim CFO during sale process".
    pub title: ShortText,
    /// The role as the client named it, filed under an ESCO occupation.
    pub role: Role,
    /// The level.
    pub level: Level,
    /// The situation type.
    pub situation: SituationType,
    /// The situation analysis.
    pub analysis: SituationAnalysis,
    /// Must-have and nice-to-have requirements.
    pub requirements: Vec<Requirement>,
    /// First day of the assignment.
    pub start_date: NaiveDate,
    /// Length in weeks.
    pub duration_weeks: u16,
    /// The most the client will pay per day.
    pub budget_day_rate: Money,
    /// Where the work is.
    pub location: Location,
    /// Days per week on site, 0 to 5.
    pub on_site_days: u8,
    /// Where it stands.
    pub status: MandateStatus,
    /// When the client's call came in: the 10-day clock starts here.
    pub opened_at: DateTime<Utc>,
    /// When the shortlist was presented.
    pub shortlist_presented_at: Option<DateTime<Utc>>,
    /// When the placement was made.
    pub placed_at: Option<DateTime<Utc>>,
}

/// A move of a mandate's status that follows from something done in its pipeline, applied by
/// the store inside the transaction of that write, to the mandate as it stands there.
pub type StatusMove = fn(&mut Mandate, DateTime<Utc>) -> Parsed<()>;

impl Mandate {
    /// The first candidate is put on the longlist: a mandate in intake moves to search. Any
    /// other status stays; a closed mandate takes no one new.
    pub fn longlisted(&mut self, _at: DateTime<Utc>) -> Parsed<()> {
        if !self.status.is_open() {
            return Err(Invalid::new(
                "mandate_id",
                format!(
                    "the mandate is {}; it takes no new candidates",
                    self.status.label().to_lowercase()
                ),
            ));
        }
        if self.status == MandateStatus::Intake {
            self.status = MandateStatus::Search;
        }
        Ok(())
    }

    /// A shortlist is presented at `at`: a mandate in intake or search moves to shortlist, and
    /// the 10-day clock keeps the first presentation. A closed mandate takes no shortlist.
    pub fn shortlist_presented(&mut self, at: DateTime<Utc>) -> Parsed<()> {
        if !self.status.is_open() {
            return Err(Invalid::new(
                "mandate_id",
                format!(
                    "the mandate is {}; it takes no shortlist",
                    self.status.label().to_lowercase()
                ),
            ));
        }
        if matches!(self.status, MandateStatus::Intake | MandateStatus::Search) {
            self.status = MandateStatus::Shortlist;
        }
        self.shortlist_presented_at.get_or_insert(at);
        Ok(())
    }

    /// A candidate is placed at `at`: the mandate is placed and its clock stops. A cancelled
    /// mandate places no one.
    pub fn placed(&mut self, at: DateTime<Utc>) -> Parsed<()> {
        if self.status == MandateStatus::Cancelled {
            return Err(Invalid::new(
                "mandate_id",
                "the mandate is cancelled; it places no one",
            ));
        }
        self.status = MandateStatus::Placed;
        self.placed_at = Some(at);
        Ok(())
    }

    /// The assignment window, from the start date for the given number of weeks.
    pub fn window(&self) -> Period {
        window(self.start_date, self.duration_weeks)
    }

    /// The must-have requirements.
    pub fn must_haves(&self) -> impl Iterator<Item = &Criterion> {
        self.requirements
            .iter()
            .filter(|r| r.importance == Importance::MustHave)
            .map(|r| &r.criterion)
    }

    /// The nice-to-have requirements.
    pub fn nice_to_haves(&self) -> impl Iterator<Item = &Criterion> {
        self.requirements
            .iter()
            .filter(|r| r.importance == Importance::NiceToHave)
            .map(|r| &r.criterion)
    }

    /// Days the 10-day clock has run at `now` (it stops at placement).
    pub fn days_elapsed(&self, now: DateTime<Utc>) -> i64 {
        let until = self.placed_at.unwrap_or(now);
        (until - self.opened_at).num_days().max(0)
    }

    /// Whether the mandate is open and past, or within two days of, the 10-day promise.
    pub fn at_risk(&self, now: DateTime<Utc>) -> bool {
        self.status.is_open() && self.days_elapsed(now) >= PROMISE_DAYS - 2
    }

    /// The 10-day clock at `now`.
    pub fn clock(&self, now: DateTime<Utc>) -> Clock {
        let days_since_call = |t: DateTime<Utc>| (t - self.opened_at).num_days().max(0);
        let days_elapsed = self.days_elapsed(now);
        Clock {
            days_elapsed,
            days_to_shortlist: self.shortlist_presented_at.map(days_since_call),
            days_to_placement: self.placed_at.map(days_since_call),
            shortlist_overdue: self.status.is_open()
                && self.shortlist_presented_at.is_none()
                && days_elapsed > SHORTLIST_TARGET_DAYS,
            at_risk: self.at_risk(now),
        }
    }

    /// Checks the rules that span several fields.
    pub fn check(&self) -> Parsed<()> {
        check_requirements(&self.requirements)?;
        if self.duration_weeks == 0 || self.duration_weeks > 156 {
            return Err(Invalid::new("duration_weeks", "give 1 to 156 weeks"));
        }
        if self.on_site_days > 5 {
            return Err(Invalid::new("on_site_days", "give 0 to 5 days per week"));
        }
        Ok(())
    }
}

fn window(start: NaiveDate, weeks: u16) -> Period {
    Period::of_days(start, u32::from(weeks.max(1)) * 7)
}

/// Refuses requirements that contradict each other or repeat.
fn check_requirements(requirements: &[Requirement]) -> Parsed<()> {
    for (i, a) in requirements.iter().enumerate() {
        for b in &requirements[..i] {
            let same_subject = match (&a.criterion, &b.criterion) {
                (
                    Criterion::Language { language: x, .. },
                    Criterion::Language { language: y, .. },
                ) => x == y,
                (x, y) => x == y,
            };
            if same_subject {
                let message = if a.importance == b.importance {
                    "repeats an earlier requirement".to_owned()
                } else {
                    "contradicts an earlier requirement: the same thing cannot be both must-have and nice-to-have".to_owned()
                };
                return Err(Invalid::new(format!("requirements[{i}]"), message));
            }
        }
    }
    Ok(())
}

/// A mandate as it arrives from a form, a JSON body or the command line: every field raw.
/// [`MandateDraft::parse`] turns it into a [`Mandate`] or names the first field that is wrong.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct MandateDraft {
    /// Client id.
    pub client_id: i64,
    /// Contact id, if any.
    pub contact_id: Option<i64>,
    /// Consultant user id, if any.
    pub consultant_id: Option<i64>,
    /// Title.
    pub title: String,
    /// The role: free text in any of the four languages ("Konstituert økonomisjef"), an ESCO
    /// occupation URI, or a catalogue code (`cfo`).
    pub role: String,
    /// The ESCO occupation URI a person chose for the title in `role` (a confirmed
    /// suggestion); absent to let the normaliser file it.
    pub role_uri: Option<String>,
    /// Level code.
    pub level: String,
    /// Situation type code.
    pub situation: String,
    /// Current state.
    pub current_state: String,
    /// Goals.
    pub goals: String,
    /// Challenges.
    pub challenges: String,
    /// Stakeholders.
    pub stakeholders: String,
    /// Success criteria.
    pub success_criteria: String,
    /// Requirements.
    pub requirements: Vec<RequirementDraft>,
    /// Start date, `YYYY-MM-DD`.
    pub start_date: String,
    /// Duration in weeks.
    pub duration_weeks: i64,
    /// Budget day rate.
    pub budget_day_rate: i64,
    /// Currency code; NOK when empty.
    pub currency: String,
    /// City.
    pub city: String,
    /// Country code; NO when empty.
    pub country: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// On-site days per week.
    pub on_site_days: i64,
}

/// A requirement as it arrives.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct RequirementDraft {
    /// `must_have` or `nice_to_have`.
    pub importance: String,
    /// `language`, `industry`, `situation` or `skill`.
    pub kind: String,
    /// The language, industry code, situation code or skill words.
    pub value: String,
    /// For languages: the lowest CEFR level accepted (B2 when empty).
    pub min_level: String,
}

impl RequirementDraft {
    fn parse(&self) -> Parsed<Requirement> {
        let importance = Importance::parse(&self.importance).map_err(|e| e.within("importance"))?;
        let at = |e: Invalid| e.within("value");
        let criterion = match self.kind.trim().to_ascii_lowercase().as_str() {
            "language" => Criterion::Language {
                language: Language::parse(&self.value).map_err(at)?,
                min_level: if self.min_level.trim().is_empty() {
                    Proficiency::B2
                } else {
                    Proficiency::parse(&self.min_level).map_err(|e| e.within("min_level"))?
                },
            },
            "industry" => Criterion::Industry {
                industry: Industry::parse(&self.value).map_err(at)?,
            },
            "situation" => Criterion::Situation {
                situation: SituationType::parse(&self.value).map_err(at)?,
            },
            "skill" => Criterion::Skill {
                text: ShortText::parse(&self.value).map_err(at)?,
            },
            other => {
                return Err(Invalid::new(
                    "kind",
                    format!(
                        "'{other}' is not a kind of requirement; use language, industry, situation or skill"
                    ),
                ));
            }
        };
        Ok(Requirement {
            importance,
            criterion,
        })
    }
}

impl MandateDraft {
    /// Parses every field, then checks the rules that span fields, and names the first field
    /// that is wrong. `opened_at` starts the 10-day clock.
    pub fn parse(&self, opened_at: DateTime<Utc>) -> Parsed<Mandate> {
        self.parse_all(opened_at)
            .map_err(|mut all| all.swap_remove(0))
    }

    /// Like [`MandateDraft::parse`], but names every field that is wrong, in form order, so a
    /// form can show each message next to its field at once. Never an empty list.
    pub fn parse_all(&self, opened_at: DateTime<Utc>) -> Result<Mandate, Vec<Invalid>> {
        let mut problems = Vec::new();
        fn kept<T>(problems: &mut Vec<Invalid>, field: &str, r: Parsed<T>) -> Option<T> {
            r.map_err(|e| problems.push(e.within(field))).ok()
        }
        let p = &mut problems;
        let title = kept(p, "title", ShortText::parse(&self.title));
        let role = match self.role_uri.as_deref().filter(|u| !u.trim().is_empty()) {
            // A suggestion the consultant picked: the title as typed, the occupation chosen.
            Some(uri) => Role::confirmed(&self.role, uri)
                .map_err(|e| {
                    let field = if e.field == "uri" { "role_uri" } else { "role" };
                    p.push(Invalid::new(field, e.message));
                })
                .ok(),
            None => kept(p, "role", Role::parse(&self.role)),
        };
        let level = kept(p, "level", Level::parse(&self.level));
        let situation = kept(p, "situation", SituationType::parse(&self.situation));
        let current_state = kept(p, "current_state", LongText::parse(&self.current_state));
        let goals = kept(p, "goals", LongText::parse(&self.goals));
        let challenges = kept(p, "challenges", LongText::parse(&self.challenges));
        let stakeholders = kept(p, "stakeholders", LongText::parse(&self.stakeholders));
        let success_criteria = kept(
            p,
            "success_criteria",
            LongText::parse(&self.success_criteria),
        );
        if current_state.as_ref().is_some_and(LongText::is_empty)
            && goals.as_ref().is_some_and(LongText::is_empty)
        {
            problems.push(Invalid::new(
                "current_state",
                "describe the situation: at least the current state or the goals",
            ));
        }
        let mut requirements = Vec::new();
        for (i, r) in self.requirements.iter().enumerate() {
            match r.parse() {
                Ok(r) => requirements.push(r),
                Err(e) => problems.push(e.within(&format!("requirements[{i}]"))),
            }
        }
        let start_date = NaiveDate::parse_from_str(self.start_date.trim(), "%Y-%m-%d")
            .map_err(|_| {
                problems.push(Invalid::new(
                    "start_date",
                    format!(
                        "'{}' is not a date; write it as YYYY-MM-DD",
                        self.start_date.trim()
                    ),
                ));
            })
            .ok();
        if !(1..=156).contains(&self.duration_weeks) {
            problems.push(Invalid::new(
                "duration_weeks",
                format!(
                    "{} weeks is outside 1 to 156; a window must end after it starts",
                    self.duration_weeks
                ),
            ));
        }
        let currency = if self.currency.trim().is_empty() {
            Some(Currency::Nok)
        } else {
            Currency::parse(&self.currency)
                .map_err(|e| problems.push(e.within("currency")))
                .ok()
        };
        let budget_day_rate =
            currency.and_then(
                |currency| match Money::day_rate(self.budget_day_rate, currency) {
                    Err(e) => {
                        problems.push(e.within("budget_day_rate"));
                        None
                    }
                    Ok(m) if m.amount == 0 => {
                        problems.push(Invalid::new(
                            "budget_day_rate",
                            "give the budget day rate the client has agreed",
                        ));
                        None
                    }
                    Ok(m) => Some(m),
                },
            );
        let country = CountryCode::parse(if self.country.trim().is_empty() {
            "NO"
        } else {
            &self.country
        })
        .map_err(|e| problems.push(e.within("country")))
        .ok();
        let city = ShortText::parse(&self.city)
            .map_err(|e| problems.push(e.within("city")))
            .ok();
        let location = match (city, country) {
            (Some(city), Some(country)) => Location::new(city, country, self.lat, self.lon)
                .map_err(|e| problems.push(e))
                .ok(),
            _ => None,
        };
        if !(0..=5).contains(&self.on_site_days) {
            problems.push(Invalid::new(
                "on_site_days",
                format!("{} is outside 0 to 5 days per week", self.on_site_days),
            ));
        }
        if self.client_id <= 0 {
            problems.insert(
                0,
                Invalid::new("client_id", "choose the client this mandate is for"),
            );
        }
        let (
            Some(title),
            Some(role),
            Some(level),
            Some(situation),
            Some(current_state),
            Some(goals),
            Some(challenges),
            Some(stakeholders),
            Some(success_criteria),
            Some(start_date),
            Some(budget_day_rate),
            Some(location),
            true,
        ) = (
            title,
            role,
            level,
            situation,
            current_state,
            goals,
            challenges,
            stakeholders,
            success_criteria,
            start_date,
            budget_day_rate,
            location,
            problems.is_empty(),
        )
        else {
            return Err(problems);
        };
        let mandate = Mandate {
            client_id: ClientId(self.client_id),
            contact_id: self.contact_id.map(ContactId),
            consultant_id: self.consultant_id.map(UserId),
            title,
            role,
            level,
            situation,
            analysis: SituationAnalysis {
                current_state,
                goals,
                challenges,
                stakeholders,
                success_criteria,
            },
            requirements,
            start_date,
            duration_weeks: self.duration_weeks as u16,
            budget_day_rate,
            location,
            on_site_days: self.on_site_days as u8,
            status: MandateStatus::Intake,
            opened_at,
            shortlist_presented_at: None,
            placed_at: None,
        };
        mandate.check().map_err(|e| vec![e])?;
        Ok(mandate)
    }
}

impl From<&Mandate> for MandateDraft {
    /// The draft a mandate parses back from: what an edit form starts with.
    fn from(m: &Mandate) -> Self {
        let requirements = m
            .requirements
            .iter()
            .map(|r| {
                let (kind, value, min_level) = match &r.criterion {
                    Criterion::Language {
                        language,
                        min_level,
                    } => ("language", language.code().to_owned(), min_level.code()),
                    Criterion::Industry { industry } => ("industry", industry.to_string(), ""),
                    Criterion::Situation { situation } => {
                        ("situation", situation.code().to_owned(), "")
                    }
                    Criterion::Skill { text } => ("skill", text.as_str().to_owned(), ""),
                };
                RequirementDraft {
                    importance: r.importance.code().to_owned(),
                    kind: kind.to_owned(),
                    value,
                    min_level: min_level.to_owned(),
                }
            })
            .collect();
        MandateDraft {
            client_id: m.client_id.0,
            contact_id: m.contact_id.map(|c| c.0),
            consultant_id: m.consultant_id.map(|u| u.0),
            title: m.title.as_str().to_owned(),
            role: m.role.title().to_owned(),
            role_uri: m.role.is_confirmed().then(|| m.role.uri()).flatten(),
            level: m.level.code().to_owned(),
            situation: m.situation.code().to_owned(),
            current_state: m.analysis.current_state.as_str().to_owned(),
            goals: m.analysis.goals.as_str().to_owned(),
            challenges: m.analysis.challenges.as_str().to_owned(),
            stakeholders: m.analysis.stakeholders.as_str().to_owned(),
            success_criteria: m.analysis.success_criteria.as_str().to_owned(),
            requirements,
            start_date: m.start_date.format("%Y-%m-%d").to_string(),
            duration_weeks: i64::from(m.duration_weeks),
            budget_day_rate: i64::from(m.budget_day_rate.amount),
            currency: m.budget_day_rate.currency.code().to_owned(),
            city: m.location.city.as_str().to_owned(),
            country: m.location.country.as_str().to_owned(),
            lat: m.location.lat,
            lon: m.location.lon,
            on_site_days: i64::from(m.on_site_days),
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;

    #[test]
    fn status_moves_follow_the_pipeline_and_refuse_closed_mandates() {
        let at = Utc::now();
        let mut m = draft().parse(at).expect("valid");
        assert_eq!(m.status, MandateStatus::Intake);
        m.longlisted(at).expect("open");
        assert_eq!(m.status, MandateStatus::Search);
        m.longlisted(at).expect("still open");
        assert_eq!(
            m.status,
            MandateStatus::Search,
            "a second longlisting moves nothing"
        );

        let first = at + Duration::days(3);
        m.shortlist_presented(first).expect("open");
        assert_eq!(m.status, MandateStatus::Shortlist);
        m.shortlist_presented(first + Duration::days(2))
            .expect("a second shortlist");
        assert_eq!(
            m.shortlist_presented_at,
            Some(first),
            "the clock keeps the first presentation"
        );

        let placed = first + Duration::days(4);
        m.placed(placed).expect("placed");
        assert_eq!(
            (m.status, m.placed_at),
            (MandateStatus::Placed, Some(placed))
        );
        for refused in [
            m.clone().longlisted(placed),
            m.clone().shortlist_presented(placed),
        ] {
            assert_eq!(refused.expect_err("closed").field, "mandate_id");
        }
        m.status = MandateStatus::Cancelled;
        assert!(
            m.clone().placed(placed).is_err(),
            "a cancelled mandate places no one"
        );
    }

    fn draft() -> MandateDraft {
        MandateDraft {
            client_id: 1,
            title: "Interim CFO during sale process".into(),
            role: "Finance Director".into(),
            level: "executive".into(),
            situation: "restructuring_turnaround".into(),
            current_state: "Losses for two years; bank covenants at risk.".into(),
            start_date: "2026-12-01".into(),
            duration_weeks: 26,
            budget_day_rate: 14_000,
            city: "Oslo".into(),
            lat: 59.91,
            lon: 10.75,
            on_site_days: 4,
            requirements: vec![RequirementDraft {
                importance: "must_have".into(),
                kind: "language".into(),
                value: "no".into(),
                min_level: "C1".into(),
            }],
            ..MandateDraft::default()
        }
    }

    fn now() -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 0).expect("valid timestamp")
    }

    #[test]
    fn a_mandate_parses_back_from_its_draft() {
        let m = draft().parse(now()).expect("valid");
        let again = MandateDraft::from(&m)
            .parse(now())
            .expect("its own draft is valid");
        assert_eq!(again, m);
    }

    #[test]
    fn a_good_draft_parses() {
        let m = draft().parse(now()).expect("valid");
        assert_eq!(
            m.role.occupation(),
            Some(
                crate::roles::RoleId::parse("cfo")
                    .expect("known")
                    .occupation()
            )
        );
        assert_eq!(m.role.title(), "Finance Director");
        assert_eq!(m.window().days(), 26 * 7);
        assert_eq!(m.must_haves().count(), 1);
    }

    #[test]
    fn any_title_is_taken_and_a_picked_occupation_is_kept_as_confirmed() {
        let mut d = draft();
        d.role = "Konstituert kvalitetssjef".into();
        let m = d.parse(now()).expect("free text is never refused");
        assert_eq!(m.role.title(), "Konstituert kvalitetssjef");
        assert!(!m.role.is_confirmed());
        d.role = "Head of Treasury".into();
        d.role_uri = Some(
            "http://data.europa.eu/esco/occupation/30f3ea93-882a-4525-841c-1d5b4b64076f".into(),
        );
        let m = d.parse(now()).expect("confirmed");
        assert!(m.role.is_confirmed());
        assert_eq!(m.role.label(), "financial manager");
        assert_eq!(MandateDraft::from(&m).parse(now()).expect("again"), m);
    }

    #[test]
    fn every_bad_field_is_named_at_once_in_form_order() {
        let mut d = draft();
        d.title = " ".into();
        d.start_date = "next week".into();
        d.on_site_days = 9;
        d.requirements[0].value = "xx".into();
        let fields: Vec<String> = d
            .parse_all(now())
            .expect_err("three fields are wrong")
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(
            fields,
            [
                "title",
                "requirements[0].value",
                "start_date",
                "on_site_days"
            ]
        );
        assert_eq!(d.parse(now()).expect_err("wrong").field, "title");
    }

    #[test]
    fn the_clock_counts_days_to_shortlist_and_placement_and_flags_risk() {
        let mut m = draft().parse(now()).expect("valid");
        let clock = m.clock(now() + Duration::days(6));
        assert_eq!(clock.days_elapsed, 6);
        assert!(clock.shortlist_overdue, "day 6 without a shortlist");
        assert!(!clock.at_risk);
        assert!(m.clock(now() + Duration::days(8)).at_risk);
        m.status = MandateStatus::Shortlist;
        m.shortlist_presented_at = Some(now() + Duration::days(4));
        let clock = m.clock(now() + Duration::days(6));
        assert_eq!(clock.days_to_shortlist, Some(4));
        assert!(!clock.shortlist_overdue);
        m.status = MandateStatus::Placed;
        m.placed_at = Some(now() + Duration::days(9));
        let clock = m.clock(now() + Duration::days(30));
        assert_eq!((clock.days_elapsed, clock.days_to_placement), (9, Some(9)));
        assert!(!clock.at_risk, "a placed mandate is not at risk");
    }

    #[test]
    fn bad_fields_are_named() {
        type Breakage = fn(&mut MandateDraft);
        let cases: Vec<(Breakage, &str)> = vec![
            (|d| d.budget_day_rate = -5, "budget_day_rate"),
            (|d| d.duration_weeks = 0, "duration_weeks"),
            (|d| d.role = "  ".into(), "role"),
            (
                |d| d.role_uri = Some("http://data.europa.eu/esco/occupation/x".into()),
                "role_uri",
            ),
            (|d| d.level = "c-suite".into(), "level"),
            (|d| d.start_date = "01.12.2026".into(), "start_date"),
            (|d| d.title = " ".into(), "title"),
            (|d| d.lat = 123.0, "lat"),
            (
                |d| d.requirements[0].value = "xx".into(),
                "requirements[0].value",
            ),
            (
                |d| d.requirements[0].kind = "vibe".into(),
                "requirements[0].kind",
            ),
            (
                |d| {
                    let mut again = d.requirements[0].clone();
                    again.importance = "nice_to_have".into();
                    d.requirements.push(again);
                },
                "requirements[1]",
            ),
            (
                |d| {
                    d.current_state.clear();
                    d.goals.clear();
                },
                "current_state",
            ),
        ];
        for (break_it, field) in cases {
            let mut d = draft();
            break_it(&mut d);
            let err = d.parse(now()).expect_err(field);
            assert_eq!(err.field, field, "{err}");
        }
    }

    #[test]
    fn the_clock_stops_at_placement() {
        let mut m = draft().parse(now()).expect("valid");
        let later = now() + Duration::days(9);
        assert_eq!(m.days_elapsed(later), 9);
        assert!(m.at_risk(later));
        m.placed_at = Some(now() + Duration::days(6));
        m.status = MandateStatus::Placed;
        assert_eq!(m.days_elapsed(later), 6);
        assert!(!m.at_risk(later));
    }
}
