//! The interim manager (candidate): who they are, what they have done, what they specialise
//! in, when they are free, and where they stand in vetting.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::industry::Industry;
use crate::invalid::{Invalid, Parsed};
use crate::language::LanguageSkill;
use crate::occupation::Role;
use crate::values::{
    EmailAddress, Location, LongText, Money, Period, PersonName, Rating, ShortText,
};
use crate::vocabulary::{
    CompanySize, Engagement, Level, ProfileKind, Sector, SituationType, Trait, VettingStatus,
};

/// Where a candidate came from: the provider's own network, or a named partner network abroad.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum SourceNetwork {
    /// The provider's own network.
    Own,
    /// A partner network, by name.
    Partner(ShortText),
}

impl SourceNetwork {
    /// Reads `own` or a partner network's name.
    pub fn parse(input: &str) -> Parsed<Self> {
        let t = input.trim();
        if t.eq_ignore_ascii_case("own") {
            Ok(SourceNetwork::Own)
        } else {
            ShortText::parse(t)
                .map(SourceNetwork::Partner)
                .map_err(|_| Invalid::new("", "write 'own' or the name of a partner network"))
        }
    }

    /// Whether the candidate is from the provider's own network.
    pub fn is_own(&self) -> bool {
        matches!(self, SourceNetwork::Own)
    }
}

impl std::fmt::Display for SourceNetwork {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SourceNetwork::Own => f.write_str("own"),
            SourceNetwork::Partner(name) => f.write_str(name.as_str()),
        }
    }
}

impl From<SourceNetwork> for String {
    fn from(value: SourceNetwork) -> String {
        value.to_string()
    }
}

impl TryFrom<String> for SourceNetwork {
    type Error = Invalid;
    fn try_from(value: String) -> Parsed<Self> {
        Self::parse(&value)
    }
}

/// One entry of a track record: an earlier permanent role or interim assignment.
///
/// Only the role is always known: an entry read from a partner network's export or a CV may
/// name a title and nothing else, and what is not known stays `None` rather than a guess.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrackRecordEntry {
    /// Permanent role or interim assignment.
    pub engagement: Engagement,
    /// The role: the title as the organisation used it, filed under an ESCO occupation.
    pub role: Role,
    /// The organisation.
    #[serde(default)]
    pub organisation: Option<ShortText>,
    /// The organisation's industry.
    #[serde(default)]
    pub industry: Option<Industry>,
    /// The organisation's size.
    #[serde(default)]
    pub company_size: Option<CompanySize>,
    /// Public or private.
    #[serde(default)]
    pub sector: Option<Sector>,
    /// The level of the role.
    #[serde(default)]
    pub level: Option<Level>,
    /// The situation handled, for interim assignments and turnarounds.
    pub situation: Option<SituationType>,
    /// First day.
    #[serde(default)]
    pub start: Option<NaiveDate>,
    /// Last day; `None` while ongoing.
    pub end: Option<NaiveDate>,
    /// What was achieved, in words.
    pub achievements: LongText,
    /// The client's rating of the assignment, when there was one.
    pub client_rating: Option<Rating>,
}

/// When a candidate can work.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Availability {
    /// The first day they can start.
    pub available_from: NaiveDate,
    /// Days per week they can give, 1 to 5.
    pub days_per_week: u8,
    /// Periods they have said they are not available (booked periods come from placements).
    pub unavailable: Vec<Period>,
    /// When they last confirmed this is accurate.
    pub confirmed_at: Option<DateTime<Utc>>,
}

/// How far a candidate will go for an assignment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mobility {
    /// Will move for the length of an assignment.
    pub relocate: bool,
    /// Will commute weekly or travel.
    pub travel: bool,
    /// Will work remotely part of the week.
    pub remote: bool,
    /// The longest daily commute they accept, in km.
    pub max_commute_km: u16,
}

/// What a candidate specialises in.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Specialisation {
    /// Industries.
    pub industries: Vec<Industry>,
    /// Public and/or private sector.
    pub sectors: Vec<Sector>,
    /// Company sizes.
    pub company_sizes: Vec<CompanySize>,
    /// Organisation levels.
    pub levels: Vec<Level>,
    /// Situation types handled.
    pub situations: Vec<SituationType>,
}

impl Specialisation {
    /// What a track record shows: every industry, sector, size, level and situation in it.
    pub fn of(track: &[TrackRecordEntry]) -> Self {
        fn add<T: PartialEq>(v: &mut Vec<T>, x: Option<T>) {
            if let Some(x) = x
                && !v.contains(&x)
            {
                v.push(x);
            }
        }
        let mut s = Self::default();
        for t in track {
            add(&mut s.industries, t.industry);
            add(&mut s.sectors, t.sector);
            add(&mut s.company_sizes, t.company_size);
            add(&mut s.levels, t.level);
            add(&mut s.situations, t.situation);
        }
        s
    }
}

/// What assignments a candidate wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Preferences {
    /// The shortest assignment they accept, in weeks.
    pub min_weeks: u16,
    /// The longest assignment they accept, in weeks.
    pub max_weeks: u16,
    /// Remote days per week they would like.
    pub remote_days: u8,
}

/// Assessed trait scores, in tenths (10 = 1.0 to 50 = 5.0), averaged over vetting interviews;
/// in the order of [`Trait::ALL`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TraitProfile(pub [u8; 7]);

impl TraitProfile {
    /// The score of one trait, 1.0 to 5.0.
    pub fn score(&self, t: Trait) -> f32 {
        f32::from(self.0[t.index()]) / 10.0
    }
}

/// Where the candidate stands in vetting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vetting {
    /// The status as last decided.
    pub status: VettingStatus,
    /// When a qualification expires.
    pub qualified_until: Option<NaiveDate>,
}

impl Vetting {
    /// Whether the candidate counts as qualified on `day` (a lapsed qualification does not).
    pub fn is_qualified_on(&self, day: NaiveDate) -> bool {
        self.status == VettingStatus::Qualified && self.qualified_until.is_some_and(|d| d >= day)
    }

    /// Whether a qualification has lapsed by `day`.
    pub fn is_expired_on(&self, day: NaiveDate) -> bool {
        self.status == VettingStatus::Qualified && self.qualified_until.is_none_or(|d| d < day)
    }
}

/// An interim manager (candidate) in the network.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct InterimManager {
    /// Full name.
    pub name: PersonName,
    /// E-mail address.
    pub email: EmailAddress,
    /// Phone number, as written.
    pub phone: Option<ShortText>,
    /// Year of birth (hidden in blind shortlists).
    pub birth_year: Option<u16>,
    /// Leader, consultant or administrator.
    pub profile_kind: ProfileKind,
    /// Own network or a partner network.
    pub source: SourceNetwork,
    /// Vetting status.
    pub vetting: Vetting,
    /// One line: "CFO with three turnarounds in Nordic manufacturing".
    pub headline: ShortText,
    /// The profile summary.
    pub summary: LongText,
    /// Text of the CV, for search.
    pub cv_text: LongText,
    /// Earlier roles and assignments, newest first.
    pub track_record: Vec<TrackRecordEntry>,
    /// When they can work.
    pub availability: Availability,
    /// Their day rate.
    pub day_rate: Money,
    /// Languages spoken.
    pub languages: Vec<LanguageSkill>,
    /// Where they live.
    pub home: Location,
    /// Willingness to relocate, travel, work remotely.
    pub mobility: Mobility,
    /// What they specialise in.
    pub specialisation: Specialisation,
    /// Assessed trait scores, once interviewed.
    pub traits: Option<TraitProfile>,
    /// What assignments they want.
    pub preferences: Preferences,
    /// Until when they may be kept and ranked in the network: the end of their consent, or
    /// of the legitimate-interest period of an Art. 14 notice (see `basis`).
    pub consent_until: Option<NaiveDate>,
    /// Their id in the network they came from (`source`), for a partner's next export.
    #[serde(default)]
    pub external_id: Option<ShortText>,
    /// The legal basis the network keeps and ranks them on.
    #[serde(default)]
    pub basis: LegalBasis,
    /// Where each field written by an import or by the manager came from, and when.
    #[serde(default)]
    pub provenance: Provenance,
}

/// The legal basis (GDPR Art. 6) a candidate is kept and ranked on.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LegalBasis {
    /// Their own consent, given to the provider (`consent_until` is when it lapses).
    #[default]
    Consent,
    /// The consent the partner network they came from recorded, on that day.
    PartnerConsent {
        /// When the partner recorded it.
        recorded_on: NaiveDate,
    },
    /// The provider's legitimate interest while the Art. 14 notice is due: they were not
    /// asked themselves, and must be told by `notice_due` (GDPR Art. 14(3)(a): within a
    /// month).
    LegitimateInterest {
        /// The last day their Art. 14 notice may be sent.
        notice_due: NaiveDate,
    },
}

impl LegalBasis {
    /// How long after the data is obtained the Art. 14 notice is due.
    pub const NOTICE_DAYS: i64 = 30;

    /// The basis in words, for explanations: "legitimate interest until the Art. 14 notice
    /// due 2027-01-02".
    pub fn describe(&self) -> String {
        match self {
            Self::Consent => "their own consent".to_owned(),
            Self::PartnerConsent { recorded_on } => {
                format!("the consent their partner network recorded on {recorded_on}")
            }
            Self::LegitimateInterest { notice_due } => {
                format!("legitimate interest until the Art. 14 notice due {notice_due}")
            }
        }
    }

    /// The day the Art. 14 notice is due, if one is.
    pub fn notice_due(&self) -> Option<NaiveDate> {
        match self {
            Self::LegitimateInterest { notice_due } => Some(*notice_due),
            _ => None,
        }
    }
}

/// Who wrote a field's current value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "by", rename_all = "snake_case")]
pub enum FieldSource {
    /// An import of a network's export.
    Import {
        /// The network the export came from.
        source: SourceNetwork,
        /// The import's number.
        import_id: i64,
        /// The day of the import.
        on: NaiveDate,
    },
    /// The interim manager, in their portal: a later import does not overwrite it.
    Manager {
        /// The day of the edit.
        on: NaiveDate,
    },
    /// A consultant or an admin, through the API or a page.
    Staff {
        /// The day of the edit.
        on: NaiveDate,
    },
    /// The record of the same person that was merged into this one.
    Merged {
        /// The merged-away record's id.
        from: i64,
        /// The day of the merge.
        on: NaiveDate,
    },
}

impl std::fmt::Display for FieldSource {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Import { source, on, .. } => write!(f, "from the {source} export of {on}"),
            Self::Manager { on } => write!(f, "by the interim manager on {on}"),
            Self::Staff { on } => write!(f, "by staff on {on}"),
            Self::Merged { from, on } => write!(f, "from record #{from}, merged in on {on}"),
        }
    }
}

/// Where each field's value came from, by field name (`day_rate`, `home`, `experience`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Provenance(pub std::collections::BTreeMap<String, FieldSource>);

impl Provenance {
    /// Whether nothing is recorded.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Where `field`'s value came from.
    pub fn of(&self, field: &str) -> Option<&FieldSource> {
        self.0.get(field)
    }

    /// Records that `field` was written by `source`.
    pub fn record(&mut self, field: &str, source: FieldSource) {
        self.0.insert(field.to_owned(), source);
    }

    /// Whether the interim manager wrote `field` themself (an import leaves it alone).
    pub fn by_manager(&self, field: &str) -> bool {
        matches!(self.0.get(field), Some(FieldSource::Manager { .. }))
    }
}

impl InterimManager {
    /// Checks the rules that span several fields.
    pub fn check(&self) -> Parsed<()> {
        if !(1..=5).contains(&self.availability.days_per_week) {
            return Err(Invalid::new(
                "availability.days_per_week",
                "give 1 to 5 days per week",
            ));
        }
        if self.preferences.min_weeks > self.preferences.max_weeks {
            return Err(Invalid::new(
                "preferences.max_weeks",
                "the longest assignment accepted is shorter than the shortest",
            ));
        }
        if self.preferences.remote_days > 5 {
            return Err(Invalid::new("preferences.remote_days", "give 0 to 5 days"));
        }
        for (i, entry) in self.track_record.iter().enumerate() {
            if let (Some(start), Some(end)) = (entry.start, entry.end)
                && end < start
            {
                return Err(Invalid::new(
                    format!("track_record[{i}].end"),
                    "ends before it starts",
                ));
            }
        }
        let mut langs: Vec<_> = self.languages.iter().map(|l| l.language).collect();
        langs.sort();
        if langs.windows(2).any(|w| w[0] == w[1]) {
            return Err(Invalid::new("languages", "a language is listed twice"));
        }
        Ok(())
    }

    /// Where they work now: the organisation of a track-record entry that has not ended.
    pub fn current_employer(&self) -> Option<&str> {
        self.track_record
            .iter()
            .find(|t| t.end.is_none())
            .and_then(|t| t.organisation.as_ref())
            .map(ShortText::as_str)
    }

    /// Their phone in E.164 (`+4791234567`), the key the duplicate check compares, when it
    /// can be told.
    pub fn phone_e164(&self) -> Option<String> {
        crate::intake::e164(self.phone.as_ref()?.as_str(), self.home.country)
    }

    /// The role of the newest track-record entry, if any.
    pub fn current_role(&self) -> Option<&Role> {
        self.track_record.first().map(|e| &e.role)
    }
}
