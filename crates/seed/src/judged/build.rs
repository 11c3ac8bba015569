//! Builders for the judged set's profiles: a compact constructor for hand-made interim
//! managers, so that each person reads as a dozen lines and every date is relative to the day
//! the set is built for; and the pool that finds a person's position by name.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};

use domain::candidate::{
    Availability, InterimManager, LegalBasis, Mobility, Preferences, Provenance, SourceNetwork,
    Specialisation, TrackRecordEntry, TraitProfile, Vetting,
};
use domain::ids::CandidateId;
use domain::industry::Industry;
use domain::language::LanguageSkill;
use domain::occupation::Role;
use domain::values::{EmailAddress, Money, Period, PersonName, Rating};
use domain::vocabulary::{
    CompanySize, Engagement, Level, Proficiency, ProfileKind, Sector, SituationType, VettingStatus,
};

use super::places::{City, location};
use crate::{PARTNER_NETWORK, ascii_slug, lang, long, role, short};

pub(super) fn noon(day: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(12, 0, 0).unwrap_or_default())
}

/// Reads the short situation names used in the tables of this module.
pub(super) fn situation(s: &str) -> SituationType {
    match s {
        "gap" => SituationType::LeadershipGap,
        "perf" => SituationType::PerformanceImprovement,
        "bizdev" => SituationType::BusinessDevelopment,
        "turn" => SituationType::RestructuringTurnaround,
        "merger" => SituationType::MergerIntegration,
        "transf" => SituationType::Transformation,
        "rescue" => SituationType::ProjectRescue,
        "crisis" => SituationType::CrisisManagement,
        "startup" => SituationType::StartUp,
        other => panic!("unknown situation '{other}' in the judged set"),
    }
}

pub(super) fn industry(code: &str) -> Industry {
    Industry::parse(code).unwrap_or_else(|e| panic!("industry {code}: {e}"))
}

pub(super) fn size(s: &str) -> CompanySize {
    match s {
        "X" => CompanySize::Micro,
        "S" => CompanySize::Small,
        "M" => CompanySize::Medium,
        "L" => CompanySize::Large,
        "E" => CompanySize::Enterprise,
        other => panic!("unknown company size '{other}' (X S M L E)"),
    }
}

pub(super) fn sector(s: &str) -> Sector {
    match s {
        "pub" => Sector::Public,
        "priv" => Sector::Private,
        other => panic!("unknown sector '{other}' (pub, priv)"),
    }
}

pub(super) fn proficiency(s: &str) -> Proficiency {
    if s == "N" {
        Proficiency::Native
    } else {
        Proficiency::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }
}

/// Where a person stands in vetting, with the expiry relative to today.
#[derive(Debug, Clone, Copy)]
enum Vet {
    Unvetted,
    InProgress,
    OnHold,
    NotQualified,
    /// Qualified until today plus this many days (negative: lapsed).
    Qualified(i64),
}

/// One hand-made profile, written compactly and built against a day.
#[derive(Debug, Clone)]
pub(super) struct Person {
    name: &'static str,
    age: i32,
    home: City,
    kind: ProfileKind,
    partner: bool,
    vet: Vet,
    traits: Option<[u8; 7]>,
    headline: &'static str,
    summary: &'static str,
    cv: &'static str,
    jobs: Vec<Job>,
    langs: &'static str,
    rate: u32,
    free_in: i64,
    days_per_week: u8,
    booked: Vec<(i64, u32)>,
    mobility: Mobility,
    prefs: Preferences,
    consent_in: i64,
}

#[derive(Debug, Clone)]
struct Job {
    spec: &'static str,
    organisation: &'static str,
    achievements: &'static str,
    title: Option<&'static str>,
}

/// A person: name, age and home town. Defaults: an interim leader in the own network,
/// unvetted, free from today, five days a week, travels weekly, consent for two more years.
pub(super) fn who(name: &'static str, age: i32, home: City) -> Person {
    Person {
        name,
        age,
        home,
        kind: ProfileKind::InterimLeader,
        partner: false,
        vet: Vet::Unvetted,
        traits: None,
        headline: "",
        summary: "",
        cv: "",
        jobs: Vec::new(),
        langs: "",
        rate: 0,
        free_in: 0,
        days_per_week: 5,
        booked: Vec::new(),
        mobility: Mobility {
            relocate: false,
            travel: true,
            remote: true,
            max_commute_km: 80,
        },
        prefs: Preferences {
            min_weeks: 8,
            max_weeks: 78,
            remote_days: 1,
        },
        consent_in: 700,
    }
}

impl Person {
    /// The name, the key the cases judge by.
    pub(super) fn name(&self) -> &'static str {
        self.name
    }

    /// Headline, summary and CV text.
    pub(super) fn says(
        mut self,
        headline: &'static str,
        summary: &'static str,
        cv: &'static str,
    ) -> Self {
        self.headline = headline;
        self.summary = summary;
        self.cv = cv;
        self
    }

    /// Languages as `code:level` pairs, `N` for native: `"no:N en:C2 sv:B2"`.
    pub(super) fn speaks(mut self, langs: &'static str) -> Self {
        self.langs = langs;
        self
    }

    /// Day rate in NOK.
    pub(super) fn rate(mut self, nok: u32) -> Self {
        self.rate = nok;
        self
    }

    /// Free from today plus `days` (negative: already free).
    pub(super) fn free_in(mut self, days: i64) -> Self {
        self.free_in = days;
        self
    }

    /// Not available for `days` days from today plus `from`.
    pub(super) fn booked(mut self, from: i64, days: u32) -> Self {
        self.booked.push((from, days));
        self
    }

    /// Days per week they can give.
    pub(super) fn days(mut self, n: u8) -> Self {
        self.days_per_week = n;
        self
    }

    /// Qualified until today plus `days_left`, with the seven trait scores in tenths.
    pub(super) fn qualified(mut self, days_left: i64, traits: [u8; 7]) -> Self {
        self.vet = Vet::Qualified(days_left);
        self.traits = Some(traits);
        self
    }

    /// Was qualified; the qualification lapsed `days_ago` days ago.
    pub(super) fn lapsed(mut self, days_ago: i64, traits: [u8; 7]) -> Self {
        self.vet = Vet::Qualified(-days_ago);
        self.traits = Some(traits);
        self
    }

    /// Assessed and not qualified.
    pub(super) fn not_qualified(mut self, traits: [u8; 7]) -> Self {
        self.vet = Vet::NotQualified;
        self.traits = Some(traits);
        self
    }

    /// Vetting under way (no scores yet).
    pub(super) fn vetting(mut self) -> Self {
        self.vet = Vet::InProgress;
        self
    }

    /// Decision on hold after interviews.
    pub(super) fn on_hold(mut self, traits: [u8; 7]) -> Self {
        self.vet = Vet::OnHold;
        self.traits = Some(traits);
        self
    }

    /// Not yet assessed (the default).
    pub(super) fn unvetted(mut self) -> Self {
        self.vet = Vet::Unvetted;
        self.traits = None;
        self
    }

    /// A consultant, not a leader.
    pub(super) fn consultant(mut self) -> Self {
        self.kind = ProfileKind::Consultant;
        self
    }

    /// An administrator, not a leader.
    pub(super) fn administrator(mut self) -> Self {
        self.kind = ProfileKind::Administrator;
        self
    }

    /// Came through the partner network.
    pub(super) fn partner(mut self) -> Self {
        self.partner = true;
        self
    }

    /// Consent to be in the network lapsed `days_ago` days ago.
    pub(super) fn consent_lapsed(mut self, days_ago: i64) -> Self {
        self.consent_in = -days_ago;
        self
    }

    /// Works only within a daily commute of `km` from home: no weekly travel, no move, no
    /// remote work.
    pub(super) fn stays_home(mut self, km: u16) -> Self {
        self.mobility = Mobility {
            relocate: false,
            travel: false,
            remote: false,
            max_commute_km: km,
        };
        self
    }

    /// Will move for the length of an assignment.
    pub(super) fn relocates(mut self) -> Self {
        self.mobility.relocate = true;
        self
    }

    /// The shortest and longest assignment accepted, in weeks.
    pub(super) fn weeks(mut self, min: u16, max: u16) -> Self {
        self.prefs.min_weeks = min;
        self.prefs.max_weeks = max;
        self
    }

    /// One track-record entry. `spec` is `"I|P role nace size sector situation @ago+months
    /// [*rating] [lvl:exec|mid|proj]"`: interim or permanent, a role code, a NACE code, size
    /// X/S/M/L/E, pub/priv, a situation (gap perf bizdev turn merger transf rescue crisis
    /// startup, or `-`), started `ago` months back and lasted `months` (empty: ongoing).
    pub(super) fn job(
        mut self,
        spec: &'static str,
        organisation: &'static str,
        achievements: &'static str,
    ) -> Self {
        self.jobs.push(Job {
            spec,
            organisation,
            achievements,
            title: None,
        });
        self
    }

    /// The title the organisation used for the last entry added, when it differs from the
    /// catalogue's.
    pub(super) fn titled(mut self, title: &'static str) -> Self {
        if let Some(job) = self.jobs.last_mut() {
            job.title = Some(title);
        }
        self
    }

    /// The profile, as of `today`.
    pub(super) fn build(&self, today: NaiveDate) -> InterimManager {
        let at = |days: i64| today + Duration::days(days);
        let mut track: Vec<TrackRecordEntry> = self
            .jobs
            .iter()
            .map(|j| j.build(today, self.name))
            .collect();
        track.sort_by_key(|e| std::cmp::Reverse(e.start));
        let specialisation = Specialisation::of(&track);
        let languages = self
            .langs
            .split_whitespace()
            .map(|pair| {
                let (code, level) = pair
                    .split_once(':')
                    .unwrap_or_else(|| panic!("{}: language '{pair}'", self.name));
                LanguageSkill {
                    language: lang(code),
                    level: proficiency(level),
                }
            })
            .collect();
        let (status, qualified_until) = match self.vet {
            Vet::Unvetted => (VettingStatus::Unvetted, None),
            Vet::InProgress => (VettingStatus::InProgress, None),
            Vet::OnHold => (VettingStatus::OnHold, None),
            Vet::NotQualified => (VettingStatus::NotQualified, None),
            Vet::Qualified(days) => (VettingStatus::Qualified, Some(at(days))),
        };
        let tld = match self.home.1 {
            "GB" => "co.uk".to_owned(),
            c => c.to_ascii_lowercase(),
        };
        let email = {
            let mut parts = self.name.rsplitn(2, ' ');
            let last = parts.next().unwrap_or(self.name);
            let first = parts.next().unwrap_or("");
            format!(
                "{}.{}@judged.example.{tld}",
                ascii_slug(first),
                ascii_slug(last)
            )
        };
        InterimManager {
            name: PersonName::parse(self.name).unwrap_or_else(|e| panic!("{}: {e}", self.name)),
            email: EmailAddress::parse(&email).unwrap_or_else(|e| panic!("{email}: {e}")),
            phone: None,
            birth_year: Some((today.year() - self.age) as u16),
            profile_kind: self.kind,
            source: if self.partner {
                SourceNetwork::Partner(short(PARTNER_NETWORK))
            } else {
                SourceNetwork::Own
            },
            vetting: Vetting {
                status,
                qualified_until,
            },
            headline: short(self.headline),
            summary: long(self.summary),
            cv_text: long(self.cv),
            track_record: track,
            availability: Availability {
                available_from: at(self.free_in),
                days_per_week: self.days_per_week,
                unavailable: self
                    .booked
                    .iter()
                    .map(|(from, days)| Period::of_days(at(*from), *days))
                    .collect(),
                confirmed_at: Some(noon(at(-12))),
            },
            day_rate: Money::nok(self.rate),
            languages,
            home: location(self.home),
            mobility: self.mobility,
            specialisation,
            traits: self.traits.map(TraitProfile),
            preferences: self.prefs,
            consent_until: Some(at(self.consent_in)),
            external_id: None,
            basis: LegalBasis::Consent,
            provenance: Provenance::default(),
        }
    }
}

impl Job {
    fn build(&self, today: NaiveDate, who: &str) -> TrackRecordEntry {
        let bad = |what: &str| -> ! { panic!("{who}: job '{}': {what}", self.spec) };
        let tokens: Vec<&str> = self.spec.split_whitespace().collect();
        if tokens.len() < 7 {
            bad("needs at least seven parts");
        }
        let engagement = match tokens[0] {
            "I" => Engagement::Interim,
            "P" => Engagement::Permanent,
            _ => bad("starts with I or P"),
        };
        let r = role(tokens[1]);
        let sit = (tokens[5] != "-").then(|| situation(tokens[5]));
        let (ago, months) = tokens[6]
            .strip_prefix('@')
            .and_then(|t| t.split_once('+'))
            .unwrap_or_else(|| bad("timing is @ago+months"));
        let ago: i64 = ago.parse().unwrap_or_else(|_| bad("months ago"));
        let start = today - Duration::days(ago * 30);
        let end = if months.is_empty() {
            None
        } else {
            let m: i64 = months.parse().unwrap_or_else(|_| bad("months long"));
            Some(start + Duration::days(m * 30 - 1))
        };
        let mut rating = None;
        let mut level = r.info().level;
        for extra in &tokens[7..] {
            if let Some(n) = extra.strip_prefix('*') {
                let n: i64 = n.parse().unwrap_or_else(|_| bad("rating"));
                rating = Some(Rating::parse(n).unwrap_or_else(|e| panic!("{who}: {e}")));
            } else if let Some(l) = extra.strip_prefix("lvl:") {
                level = match l {
                    "exec" => Level::Executive,
                    "mid" => Level::MiddleManagement,
                    "proj" => Level::ProjectLeadership,
                    _ => bad("level is exec, mid or proj"),
                };
            } else {
                bad("unknown extra");
            }
        }
        let title = match (self.title, engagement) {
            (Some(t), _) => t.to_owned(),
            (None, Engagement::Interim) => format!("Interim {}", r.title()),
            (None, Engagement::Permanent) => r.title().to_owned(),
        };
        TrackRecordEntry {
            engagement,
            role: Role::curated(r, &title),
            organisation: Some(short(self.organisation)),
            industry: Some(industry(tokens[2])),
            company_size: Some(size(tokens[3])),
            sector: Some(sector(tokens[4])),
            level: Some(level),
            situation: sit,
            start: Some(start),
            end,
            achievements: long(self.achievements),
            client_rating: rating,
        }
    }
}

/// The built pool: each person's position by name, for judgments and exclusions.
#[derive(Debug)]
pub(super) struct Pool {
    index: HashMap<&'static str, usize>,
}

impl Pool {
    /// Indexes the people by name; a name given twice is a bug in the set.
    pub(super) fn new(people: &[Person]) -> Self {
        let mut index = HashMap::new();
        for (i, p) in people.iter().enumerate() {
            if index.insert(p.name(), i).is_some() {
                panic!("the judged set names '{}' twice", p.name());
            }
        }
        Self { index }
    }

    /// The position of a person in the candidate list.
    pub(super) fn at(&self, name: &str) -> usize {
        *self
            .index
            .get(name)
            .unwrap_or_else(|| panic!("the judged set has nobody called '{name}'"))
    }

    /// The id the engine gives that person: position plus one.
    pub(super) fn id(&self, name: &str) -> CandidateId {
        CandidateId(self.at(name) as i64 + 1)
    }

    /// Judgments by name.
    pub(super) fn judge(&self, grades: &[(&str, u8)]) -> Vec<(usize, u8)> {
        grades.iter().map(|(n, g)| (self.at(n), *g)).collect()
    }
}
