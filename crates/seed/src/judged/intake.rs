//! Builders for the judged set's mandates and clients: each mandate written as its intake
//! form, with requirements in a short notation and dates relative to today.

use chrono::{Duration, NaiveDate};

use domain::client::Client;
use domain::ids::ClientId;
use domain::mandate::{Criterion, Mandate, Requirement, SituationAnalysis};
use domain::occupation::Role;
use domain::values::Money;
use domain::vocabulary::{Importance, Level, MandateStatus};

use super::build::{Pool, industry, noon, proficiency, sector, situation, size};
use super::places::{City, location};
use crate::{lang, long, role, short};

/// A client company; `excluded` names people it must never be offered.
pub(super) fn client(
    pool: &Pool,
    name: &str,
    nace: &str,
    size_code: &str,
    sector_code: &str,
    city: City,
    excluded: &[&str],
) -> Client {
    Client {
        name: short(name),
        org_number: None,
        industry: industry(nace),
        size: size(size_code),
        sector: sector(sector_code),
        city: short(city.0),
        excluded_candidates: excluded.iter().map(|n| pool.id(n)).collect(),
    }
}

/// A mandate, written as its intake form: every text hand-written, requirements as
/// `"lang no C1; skill refinancing; ind C28; sit turn"`, dates relative to today.
#[derive(Debug, Clone)]
pub(super) struct Need {
    /// The client's id.
    pub client_id: i64,
    /// Short title.
    pub title: &'static str,
    /// Role code.
    pub role: &'static str,
    /// Level.
    pub level: Level,
    /// Situation, by short name.
    pub situation: &'static str,
    /// Situation analysis: current state.
    pub current_state: &'static str,
    /// Situation analysis: goals.
    pub goals: &'static str,
    /// Situation analysis: challenges.
    pub challenges: &'static str,
    /// Situation analysis: stakeholders.
    pub stakeholders: &'static str,
    /// Situation analysis: success criteria.
    pub success_criteria: &'static str,
    /// Must-have requirements.
    pub must: &'static str,
    /// Nice-to-have requirements.
    pub nice: &'static str,
    /// Start, in days from today.
    pub start_in: i64,
    /// Length in weeks.
    pub weeks: u16,
    /// Budget day rate in NOK.
    pub budget: u32,
    /// Where the work is.
    pub place: City,
    /// Days on site per week.
    pub on_site: u8,
    /// Where the mandate stands.
    pub status: MandateStatus,
    /// When the call came in, in days before today.
    pub opened_days_ago: i64,
}

fn requirements(list: &str, importance: Importance) -> Vec<Requirement> {
    list.split(';')
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(|r| {
            let (kind, rest) = r
                .split_once(' ')
                .unwrap_or_else(|| panic!("requirement '{r}'"));
            let criterion = match kind {
                "lang" => {
                    let (code, level) = rest
                        .trim()
                        .split_once(' ')
                        .unwrap_or_else(|| panic!("requirement '{r}': lang code level"));
                    Criterion::Language {
                        language: lang(code),
                        min_level: proficiency(level.trim()),
                    }
                }
                "ind" => Criterion::Industry {
                    industry: industry(rest.trim()),
                },
                "sit" => Criterion::Situation {
                    situation: situation(rest.trim()),
                },
                "skill" => Criterion::Skill {
                    text: short(rest.trim()),
                },
                other => panic!("requirement kind '{other}'"),
            };
            Requirement {
                importance,
                criterion,
            }
        })
        .collect()
}

impl Need {
    /// The mandate, as of `today`.
    pub(super) fn build(&self, today: NaiveDate) -> Mandate {
        let mut reqs = requirements(self.must, Importance::MustHave);
        reqs.extend(requirements(self.nice, Importance::NiceToHave));
        Mandate {
            client_id: ClientId(self.client_id),
            contact_id: None,
            consultant_id: None,
            title: short(self.title),
            role: {
                let r = role(self.role);
                Role::curated(r, r.title())
            },
            level: self.level,
            situation: situation(self.situation),
            analysis: SituationAnalysis {
                current_state: long(self.current_state),
                goals: long(self.goals),
                challenges: long(self.challenges),
                stakeholders: long(self.stakeholders),
                success_criteria: long(self.success_criteria),
            },
            requirements: reqs,
            start_date: today + Duration::days(self.start_in),
            duration_weeks: self.weeks,
            budget_day_rate: Money::nok(self.budget),
            location: location(self.place),
            on_site_days: self.on_site,
            status: self.status,
            opened_at: noon(today) - Duration::days(self.opened_days_ago) - Duration::hours(3),
            shortlist_presented_at: None,
            placed_at: None,
        }
    }
}
