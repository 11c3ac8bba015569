//! The compact per-candidate record the index ranks from: every field a filter or a criterion
//! reads, reduced to small integers and bitsets: a 32-byte gate the filters read and at most
//! 128 bytes the criteria read, built once when a candidate is upserted.

use std::collections::HashMap;
use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};

use domain::candidate::InterimManager;
use domain::esco::OccupationId;
use domain::roles::RoleId;
use domain::values::Period;
use domain::vocabulary::{Proficiency, SituationType};

use crate::query::to_nok;
use crate::text;

/// How many occupations of the track record a candidate keeps in the index: the newest role
/// and the five newest other occupations held before it.
pub const HELD_SLOTS: usize = 6;
/// How many occupations the headline may name.
pub const HEADLINE_SLOTS: usize = 2;
/// An empty occupation slot.
pub const NO_OCCUPATION: u16 = u16::MAX;

/// How many languages a candidate keeps in the index (the best ones, when they speak more).
pub const LANGUAGE_SLOTS: usize = 6;

/// `mobility` bit: will relocate for an assignment.
pub const RELOCATE: u8 = 1;
/// `mobility` bit: will commute weekly or travel.
pub const TRAVEL: u8 = 2;
/// `mobility` bit: will work remotely.
pub const REMOTE: u8 = 4;

/// Year offsets in `situation_last` count from this year.
pub const BASE_YEAR: i32 = 1950;
/// `situation_last` of an assignment still running.
pub const ONGOING: u8 = u8::MAX;

/// `flags` bit: from the provider's own network.
pub const OWN: u8 = 8;
/// `flags` bit: more than one blocked period (look them up when the envelope meets the window).
pub const SEVERAL_BLOCKS: u8 = 16;

/// A day as days since 2000-01-01, in two bytes (to the year 2179): dates in the gate are
/// compact so that the filter pass reads less.
pub type Day = u16;

/// What the hard filters read first, for every candidate on every query: 32 bytes, kept in a
/// column of their own so the filter pass streams as little memory as possible. Days are
/// [`Day`]s.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Gate {
    /// Unit vector of the home location, for distances without trigonometry per query.
    pub position: [f32; 3],
    /// Day rate in NOK.
    pub rate_nok: u32,
    /// Last day of consent; 0 if none.
    pub consent_until: Day,
    /// Last day of a valid qualification; 0 if none.
    pub qualified_until: Day,
    /// First free day.
    pub available_from: Day,
    /// First day of the earliest blocked period; `Day::MAX` if none.
    pub blocked_from: Day,
    /// Last day of the latest blocked period; 0 if none.
    pub blocked_to: Day,
    /// Longest daily commute accepted, in km.
    pub max_commute_km: u16,
    /// Profile kind index.
    pub kind: u8,
    /// Vetting status index.
    pub vetting: u8,
    /// `RELOCATE`, `TRAVEL`, `REMOTE`, `OWN`, `SEVERAL_BLOCKS` bits.
    pub flags: u8,
    /// The legal basis they are ranked on, until `consent_until`.
    pub basis: Basis,
}

/// The legal basis a candidate is ranked on (`domain::candidate::LegalBasis`), in a byte.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Their own consent.
    Consent,
    /// The consent their partner network recorded.
    PartnerConsent,
    /// Legitimate interest while the Art. 14 notice is due.
    LegitimateInterest,
}

impl Basis {
    /// The basis in words, with the day it runs out.
    pub fn describe(self, until: &str) -> String {
        match self {
            Self::Consent => format!("their own consent, until {until}"),
            Self::PartnerConsent => {
                format!("the consent their partner network recorded, until {until}")
            }
            Self::LegitimateInterest => {
                format!("legitimate interest until the Art. 14 notice due {until}")
            }
        }
    }
}

impl Gate {
    /// The gate of a candidate (the blocked periods are set by the index, which knows the
    /// bookings).
    pub fn of(c: &InterimManager) -> Self {
        Gate {
            position: unit_vector(c.home.lat, c.home.lon),
            rate_nok: to_nok(c.day_rate),
            consent_until: c.consent_until.map_or(0, compact_day),
            qualified_until: c.vetting.qualified_until.map_or(0, compact_day),
            available_from: compact_day(c.availability.available_from),
            blocked_from: Day::MAX,
            blocked_to: 0,
            max_commute_km: c.mobility.max_commute_km,
            kind: c.profile_kind.index() as u8,
            vetting: c.vetting.status.index() as u8,
            flags: (u8::from(c.mobility.relocate) * RELOCATE)
                | (u8::from(c.mobility.travel) * TRAVEL)
                | (u8::from(c.mobility.remote) * REMOTE)
                | (u8::from(c.source.is_own()) * OWN),
            basis: match c.basis {
                domain::candidate::LegalBasis::Consent => Basis::Consent,
                domain::candidate::LegalBasis::PartnerConsent { .. } => Basis::PartnerConsent,
                domain::candidate::LegalBasis::LegitimateInterest { .. } => {
                    Basis::LegitimateInterest
                }
            },
        }
    }

    /// Sets the envelope of the blocked periods; the list itself is only read when there are
    /// several and the window meets the envelope.
    pub fn set_blocked(&mut self, blocked: &[(i32, i32)]) {
        self.blocked_from = blocked
            .iter()
            .map(|b| clamp_day(b.0))
            .min()
            .unwrap_or(Day::MAX);
        self.blocked_to = blocked.iter().map(|b| clamp_day(b.1)).max().unwrap_or(0);
        self.flags = if blocked.len() > 1 {
            self.flags | SEVERAL_BLOCKS
        } else {
            self.flags & !SEVERAL_BLOCKS
        };
    }

    /// Whether a flag bit is set.
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
}

/// The rest of a candidate, as the scored criteria read them (at most 128 bytes), for the few
/// that pass the filters.
#[derive(Debug, Clone, PartialEq)]
pub struct Features {
    /// ESCO occupations held (as `OccupationId` indices): the newest role first (or
    /// `NO_OCCUPATION` when its title is not filed), then the other occupations held before,
    /// newest first; `NO_OCCUPATION` fills the rest.
    pub held: [u16; HELD_SLOTS],
    /// Occupations the headline names by a catalogue title or synonym.
    pub headline: [u16; HEADLINE_SLOTS],
    /// NACE divisions worked in (track record and specialisation), bit = division number.
    pub divisions: u128,
    /// NACE sections worked in, bit = section index.
    pub sections: u32,
    /// Situations claimed in the specialisation, bit = situation index.
    pub situations_claimed: u16,
    /// Days per week available.
    pub days_per_week: u8,
    /// Levels held in the track record, bit = level index.
    pub levels_held: u8,
    /// Levels claimed in the specialisation.
    pub levels_claimed: u8,
    /// Company sizes worked in, bit = size index.
    pub sizes: u8,
    /// Sectors worked in, bit = sector index.
    pub sectors: u8,
    /// Rated assignments.
    pub rated: u8,
    /// Sum of their ratings (saturating).
    pub rating_sum: u8,
    /// Times each situation type was handled in the track record.
    pub situation_count: [u8; 9],
    /// Year (from `BASE_YEAR`) each situation type was last handled; `ONGOING` if running.
    pub situation_last: [u8; 9],
    /// Assessed traits in tenths (10 to 50); all zero if not assessed.
    pub traits: [u8; 7],
    /// Languages spoken, as language index + 1; 0 = empty.
    pub languages: [u8; LANGUAGE_SLOTS],
    /// Their level, as proficiency index.
    pub language_levels: [u8; LANGUAGE_SLOTS],
    /// Unit vector of the home location (a copy of the gate's, so scoring reads one row).
    pub position: [f32; 3],
    /// Day rate in NOK (copy of the gate's).
    pub rate_nok: u32,
    /// First free day (copy of the gate's).
    pub available_from: Day,
    /// The day (UTC) the candidate last confirmed their availability; 0 if never. Criteria
    /// judge its age against the query's day, never the clock.
    pub availability_confirmed: Day,
    /// From the provider's own network.
    pub own: bool,
}

/// 2000-01-01 as days from the common era.
const EPOCH_CE: i32 = 730_120;

/// A day as days since 2000-01-01.
pub fn day(date: NaiveDate) -> i32 {
    date.num_days_from_ce() - EPOCH_CE
}

/// The date of a day counted from 2000-01-01.
pub fn date_of(day: i32) -> Option<NaiveDate> {
    NaiveDate::from_num_days_from_ce_opt(day + EPOCH_CE)
}

/// A day, clamped into a [`Day`].
pub fn clamp_day(day: i32) -> Day {
    day.clamp(0, i32::from(Day::MAX)) as Day
}

/// A date as a [`Day`].
pub fn compact_day(date: NaiveDate) -> Day {
    clamp_day(day(date))
}

/// A period as inclusive days since 2000-01-01.
pub fn days(period: &Period) -> (i32, i32) {
    (day(period.start()), day(period.end()))
}

/// The unit vector of a coordinate.
pub fn unit_vector(lat: f64, lon: f64) -> [f32; 3] {
    let (lat, lon) = (lat.to_radians(), lon.to_radians());
    [
        (lat.cos() * lon.cos()) as f32,
        (lat.cos() * lon.sin()) as f32,
        lat.sin() as f32,
    ]
}

/// Mean Earth radius in km, as `domain::values::distance_km` uses.
const EARTH_RADIUS_KM: f64 = 6_371.0;

/// Great-circle distance in km between two unit vectors.
pub fn distance_km(a: &[f32; 3], b: &[f32; 3]) -> f64 {
    let d = [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
    let chord = f64::from(d[0] * d[0] + d[1] * d[1] + d[2] * d[2]).sqrt();
    2.0 * EARTH_RADIUS_KM * (chord / 2.0).min(1.0).asin()
}

impl Features {
    /// The features of a candidate.
    pub fn of(c: &InterimManager) -> Self {
        let mut f = Features {
            held: [NO_OCCUPATION; HELD_SLOTS],
            headline: headline_occupations(c.headline.as_str()),
            divisions: 0,
            sections: 0,
            situations_claimed: 0,
            days_per_week: c.availability.days_per_week,
            levels_held: 0,
            levels_claimed: 0,
            sizes: 0,
            sectors: 0,
            rated: 0,
            rating_sum: 0,
            situation_count: [0; 9],
            situation_last: [0; 9],
            traits: c.traits.map_or([0; 7], |t| t.0),
            languages: [0; LANGUAGE_SLOTS],
            language_levels: [0; LANGUAGE_SLOTS],
            position: unit_vector(c.home.lat, c.home.lon),
            rate_nok: to_nok(c.day_rate),
            available_from: compact_day(c.availability.available_from),
            availability_confirmed: c
                .availability
                .confirmed_at
                .map_or(0, |at| compact_day(at.date_naive())),
            own: c.source.is_own(),
        };
        for (slot, (occupation, _)) in held_roles(c).into_iter().enumerate() {
            f.held[slot] = occupation;
        }
        for e in &c.track_record {
            if let Some(industry) = e.industry {
                f.add_industry(industry);
            }
            f.levels_held |= e.level.map_or(0, |l| 1 << l.index());
            f.sizes |= e.company_size.map_or(0, |s| 1 << s.index());
            f.sectors |= e.sector.map_or(0, |s| 1 << s.index());
            if let Some(rating) = e.client_rating {
                f.rated = f.rated.saturating_add(1);
                f.rating_sum = f.rating_sum.saturating_add(rating.get());
            }
            if let Some(s) = e.situation {
                let i = s.index();
                f.situation_count[i] = f.situation_count[i].saturating_add(1);
                let last = match e.end {
                    None => ONGOING,
                    Some(end) => (end.year() - BASE_YEAR).clamp(1, i32::from(ONGOING) - 1) as u8,
                };
                if f.situation_last[i] != ONGOING {
                    f.situation_last[i] = f.situation_last[i].max(last);
                }
            }
        }
        let spec = &c.specialisation;
        for industry in &spec.industries {
            f.add_industry(*industry);
        }
        for s in &spec.situations {
            f.situations_claimed |= 1 << s.index();
        }
        for l in &spec.levels {
            f.levels_claimed |= 1 << l.index();
        }
        for s in &spec.company_sizes {
            f.sizes |= 1 << s.index();
        }
        for s in &spec.sectors {
            f.sectors |= 1 << s.index();
        }
        let mut languages = c.languages.clone();
        languages.sort_by(|a, b| {
            b.level
                .cmp(&a.level)
                .then(a.language.index().cmp(&b.language.index()))
        });
        for (i, skill) in languages.iter().take(LANGUAGE_SLOTS).enumerate() {
            f.languages[i] = (skill.language.index() + 1) as u8;
            f.language_levels[i] = skill.level.index() as u8;
        }
        f
    }

    fn add_industry(&mut self, industry: domain::industry::Industry) {
        self.sections |= 1 << industry.section().index();
        if let Some(d) = industry.division_code() {
            self.divisions |= 1 << d;
        }
    }

    /// The level of a language, if spoken.
    pub fn language_level(&self, language_index: usize) -> Option<Proficiency> {
        let code = (language_index + 1) as u8;
        self.languages
            .iter()
            .position(|l| *l == code)
            .map(|i| Proficiency::ALL[usize::from(self.language_levels[i])])
    }

    /// Whether the candidate has handled a situation type in the track record.
    pub fn handled(&self, situation: SituationType) -> bool {
        self.situation_count[situation.index()] > 0
    }
}

/// The occupations of a track record as the index keeps them, with the title each was held
/// under: the newest entry's first (`NO_OCCUPATION` when not filed), then each other
/// occupation once, newest first, at most [`HELD_SLOTS`].
pub fn held_roles(c: &InterimManager) -> Vec<(u16, &str)> {
    let index = |o: Option<OccupationId>| o.map_or(NO_OCCUPATION, |o| o.index() as u16);
    let mut out: Vec<(u16, &str)> = Vec::with_capacity(HELD_SLOTS);
    for (i, e) in c.track_record.iter().enumerate() {
        let occupation = index(e.role.occupation());
        if i == 0 || (occupation != NO_OCCUPATION && !out.iter().any(|(o, _)| *o == occupation)) {
            out.push((occupation, e.role.title()));
            if out.len() == HELD_SLOTS {
                break;
            }
        }
    }
    out
}

/// The terms of a title after its first, and the occupation it names.
type TitleTail = (Vec<String>, u16);

/// Multi-word titles and synonyms of every role, keyed by their first term.
static TITLE_TERMS: LazyLock<HashMap<String, Vec<TitleTail>>> = LazyLock::new(|| {
    let mut map: HashMap<String, Vec<TitleTail>> = HashMap::new();
    for role in RoleId::all() {
        for title in role
            .search_terms()
            .iter()
            .map(String::as_str)
            .chain([role.code()])
        {
            let terms = text::terms(title);
            if let Some(first) = terms.first() {
                map.entry(first.clone())
                    .or_default()
                    .push((terms[1..].to_vec(), role.occupation().index() as u16));
            }
        }
    }
    map
});

/// The occupations a headline names by one of the catalogue's titles or synonyms
/// ("Økonomidirektør" names the financial manager), the first [`HEADLINE_SLOTS`].
/// A title is looked for within one part of the headline ("CFO · Manufacturing · Manage a
/// turnaround" has three), never across the marks that part it.
pub fn headline_occupations(headline: &str) -> [u16; HEADLINE_SLOTS] {
    let mut found = [NO_OCCUPATION; HEADLINE_SLOTS];
    let mut n = 0;
    for part in headline.split(['·', '|', ',', ';', '–', '—', '/', '(', ')']) {
        let terms = text::terms(part);
        for (i, term) in terms.iter().enumerate() {
            let Some(candidates) = TITLE_TERMS.get(term) else {
                continue;
            };
            for (rest, occupation) in candidates {
                if n < HEADLINE_SLOTS
                    && terms[i + 1..].starts_with(rest)
                    && !found.contains(occupation)
                {
                    found[n] = *occupation;
                    n += 1;
                }
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_stay_small() {
        // The filter pass and scoring are memory-bound; these sizes are what ARCHITECTURE.md
        // promises.
        assert_eq!(std::mem::size_of::<Gate>(), 32);
        assert!(
            std::mem::size_of::<Features>() <= 128,
            "{}",
            std::mem::size_of::<Features>()
        );
    }

    #[test]
    fn headlines_name_occupations_by_synonym() {
        let cfo = RoleId::parse("cfo").expect("role").occupation().index() as u16;
        assert!(headline_occupations("Økonomidirektør med tre snuoperasjoner").contains(&cfo));
        assert!(headline_occupations("Interim Finance Director, manufacturing").contains(&cfo));
        assert!(!headline_occupations("Plant manager in lean operations").contains(&cfo));
    }
}
