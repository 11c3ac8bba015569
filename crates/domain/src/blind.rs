//! The blind shortlist: what a client sees of a presented candidate before it asks to meet
//! them. This is the one definition of the blind fields; every client-facing shape (the API's
//! JSON and the portal's pages) is built from a [`ClientView`].
//!
//! While blind, a client sees no name, no contact details, no birth year, no summary and no
//! employers' names. Free text it does see (the headline, titles, achievements, and the
//! consultant's rationale) passes through [`Redactor`], which replaces the candidate's name and
//! the names of their organisations wherever they appear, so a consultant who writes a name
//! into a rationale cannot unblind the shortlist. Once the client has asked to meet the
//! candidate (`revealed`), everything a client may see is shown as written.

use std::borrow::Cow;

use chrono::NaiveDate;

use crate::candidate::{Availability, InterimManager, TrackRecordEntry, TraitProfile};
use crate::esco::OccupationId;
use crate::industry::Industry;
use crate::language::LanguageSkill;
use crate::values::{Money, ShortText};
use crate::vocabulary::{CompanySize, Level, Sector, SituationType};

/// What stands in for a withheld name in free text.
pub const NAME_WITHHELD: &str = "[name withheld]";
/// What stands in for a withheld organisation in free text.
pub const EMPLOYER_WITHHELD: &str = "[employer withheld]";

/// Legal-form words an organisation's name may end in, which people leave out when they
/// write it ("Equinor" for "Equinor ASA"): Nordic, German, Dutch, British and French forms.
const LEGAL_FORMS: &[&str] = &[
    "as",
    "asa",
    "ab",
    "ab (publ)",
    "a/s",
    "aps",
    "oy",
    "oyj",
    "hf",
    "ehf",
    "sf",
    "ks",
    "kf",
    "iks",
    "gmbh",
    "ag",
    "bv",
    "nv",
    "ltd",
    "plc",
    "llc",
    "inc",
    "sa",
    "sas",
    "se",
];

/// One word or phrase to withhold, and what replaces it.
#[derive(Debug, Clone)]
struct Term {
    /// Lower-cased when matched without regard to case.
    chars: Vec<char>,
    ignore_case: bool,
    replacement: &'static str,
}

/// Replaces a candidate's name, e-mail, phone and organisations in free text. Matches are
/// whole words; the full name, contact details and organisations match in any case, a single
/// part of the name ("Solberg") only as capitalised, so the word "berg" in a sentence stays.
#[derive(Debug, Clone, Default)]
pub struct Redactor {
    /// Longest first, so "Nordvik Verft AS" wins over "Nordvik Verft".
    terms: Vec<Term>,
}

impl Redactor {
    /// The redactor for one candidate.
    pub fn of(candidate: &InterimManager) -> Self {
        let mut redactor = Redactor::default();
        let name = candidate.name.as_str();
        redactor.add(name, true, NAME_WITHHELD);
        for part in name.split_whitespace().filter(|p| p.chars().count() >= 2) {
            redactor.add(part, false, NAME_WITHHELD);
        }
        redactor.add(candidate.email.as_str(), true, NAME_WITHHELD);
        if let Some(phone) = &candidate.phone {
            redactor.add(phone.as_str(), true, NAME_WITHHELD);
        }
        for entry in &candidate.track_record {
            let Some(organisation) = entry.organisation.as_ref().map(ShortText::as_str) else {
                continue;
            };
            redactor.add(organisation, true, EMPLOYER_WITHHELD);
            redactor.add(without_legal_form(organisation), true, EMPLOYER_WITHHELD);
        }
        redactor
            .terms
            .sort_by_key(|t| std::cmp::Reverse(t.chars.len()));
        redactor
    }

    fn add(&mut self, text: &str, ignore_case: bool, replacement: &'static str) {
        let text = text.trim();
        // One or two letters would take ordinary words with them.
        if text.chars().filter(|c| c.is_alphanumeric()).count() < 3 {
            return;
        }
        let chars: Vec<char> = if ignore_case {
            text.chars().map(fold).collect()
        } else {
            text.chars().collect()
        };
        if !self
            .terms
            .iter()
            .any(|t| t.chars == chars && t.ignore_case == ignore_case)
        {
            self.terms.push(Term {
                chars,
                ignore_case,
                replacement,
            });
        }
    }

    /// `text` with every withheld word replaced; borrowed when nothing matched.
    pub fn redact<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = String::new();
        let mut copied_to = 0;
        let mut i = 0;
        while i < chars.len() {
            let at_word_start = i == 0 || !is_word(chars[i - 1].1);
            let found = at_word_start
                .then(|| self.terms.iter().find(|t| t.matches(&chars, i)))
                .flatten();
            match found {
                Some(term) => {
                    out.push_str(&text[copied_to..chars[i].0]);
                    out.push_str(term.replacement);
                    i += term.chars.len();
                    copied_to = chars.get(i).map_or(text.len(), |c| c.0);
                }
                None => i += 1,
            }
        }
        if copied_to == 0 && out.is_empty() {
            return Cow::Borrowed(text);
        }
        out.push_str(&text[copied_to..]);
        Cow::Owned(out)
    }
}

impl Term {
    /// Whether the term stands as a whole word at `start`.
    fn matches(&self, text: &[(usize, char)], start: usize) -> bool {
        let end = start + self.chars.len();
        if end > text.len() || text.get(end).is_some_and(|c| is_word(c.1)) {
            return false;
        }
        text[start..end]
            .iter()
            .zip(&self.chars)
            .all(|(&(_, c), &t)| {
                if self.ignore_case {
                    fold(c) == t
                } else {
                    c == t
                }
            })
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

/// One character without regard to case (the first of its lower-case form, which keeps one
/// character for one: enough for names in the Nordic and Western European alphabets).
fn fold(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

/// An organisation's name without a trailing legal form ("Nordvik Verft AS" → "Nordvik Verft").
pub(crate) fn without_legal_form(organisation: &str) -> &str {
    let trimmed = organisation.trim();
    let lower = trimmed.to_lowercase();
    for form in LEGAL_FORMS {
        if let Some(rest) = lower.strip_suffix(form)
            && rest.ends_with([' ', ','])
            && lower.len() == trimmed.len()
        {
            return trimmed[..rest.len()].trim_end_matches([' ', ',']);
        }
    }
    trimmed
}

/// A presented candidate as one client sees them: the blind fields stated once.
#[derive(Debug, Clone)]
pub struct ClientView<'a> {
    candidate: &'a InterimManager,
    revealed: bool,
    redactor: Redactor,
}

/// One earlier role as a client sees it. Field by field on purpose: the stored entry is not
/// reachable through it, so no caller can read its organisation or its unredacted text.
#[derive(Debug, Clone)]
pub struct ClientRole<'a> {
    /// The title, redacted while blind.
    pub title: Cow<'a, str>,
    /// The ESCO occupation it is filed under.
    pub occupation: Option<OccupationId>,
    /// The employer, once revealed.
    pub organisation: Option<&'a str>,
    /// The employer's industry.
    pub industry: Option<Industry>,
    /// The employer's size.
    pub company_size: Option<CompanySize>,
    /// Public or private.
    pub sector: Option<Sector>,
    /// The level of the role.
    pub level: Option<Level>,
    /// The situation handled.
    pub situation: Option<SituationType>,
    /// First day, when known.
    pub start: Option<NaiveDate>,
    /// Last day; `None` while ongoing.
    pub end: Option<NaiveDate>,
    /// What was achieved, redacted while blind.
    pub achievements: Cow<'a, str>,
}

impl<'a> ClientView<'a> {
    /// The view of `candidate` for a client that has (`revealed`) or has not yet asked to meet
    /// them.
    pub fn new(candidate: &'a InterimManager, revealed: bool) -> Self {
        let redactor = if revealed {
            Redactor::default()
        } else {
            Redactor::of(candidate)
        };
        Self {
            candidate,
            revealed,
            redactor,
        }
    }

    /// Whether the client has asked to meet them.
    pub fn revealed(&self) -> bool {
        self.revealed
    }

    /// The name, once revealed.
    pub fn name(&self) -> Option<&'a str> {
        self.revealed.then(|| self.candidate.name.as_str())
    }

    /// The one-line headline.
    pub fn headline(&self) -> Cow<'a, str> {
        self.redactor.redact(self.candidate.headline.as_str())
    }

    /// The summary, once revealed: it is the candidate's own story and names where they were.
    pub fn summary(&self) -> Option<&'a str> {
        self.revealed.then(|| self.candidate.summary.as_str())
    }

    /// Any other free text about this candidate the client will read, such as the
    /// consultant's rationale.
    pub fn text<'t>(&self, text: &'t str) -> Cow<'t, str> {
        self.redactor.redact(text)
    }

    /// The track record, as stored (newest first).
    pub fn track_record(&self) -> impl Iterator<Item = ClientRole<'a>> + '_ {
        self.candidate
            .track_record
            .iter()
            .map(|entry| self.role(entry))
    }

    fn role(&self, t: &'a TrackRecordEntry) -> ClientRole<'a> {
        ClientRole {
            title: self.redactor.redact(t.role.title()),
            occupation: t.role.occupation(),
            organisation: self
                .revealed
                .then(|| t.organisation.as_ref().map(ShortText::as_str))
                .flatten(),
            industry: t.industry,
            company_size: t.company_size,
            sector: t.sector,
            level: t.level,
            situation: t.situation,
            start: t.start,
            end: t.end,
            achievements: self.redactor.redact(t.achievements.as_str()),
        }
    }

    /// The languages spoken.
    pub fn languages(&self) -> &'a [LanguageSkill] {
        &self.candidate.languages
    }

    /// When they can work.
    pub fn availability(&self) -> &'a Availability {
        &self.candidate.availability
    }

    /// Their day rate.
    pub fn day_rate(&self) -> Money {
        self.candidate.day_rate
    }

    /// The city they live in (never the coordinates).
    pub fn city(&self) -> &'a str {
        self.candidate.home.city.as_str()
    }

    /// The assessed traits, once interviewed.
    pub fn traits(&self) -> Option<TraitProfile> {
        self.candidate.traits
    }

    /// The situation types they have handled.
    pub fn situations(&self) -> &'a [SituationType] {
        &self.candidate.specialisation.situations
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn redactor(name: &str, email: &str, organisations: &[&str]) -> Redactor {
        let mut r = Redactor::default();
        r.add(name, true, NAME_WITHHELD);
        for part in name.split_whitespace() {
            r.add(part, false, NAME_WITHHELD);
        }
        r.add(email, true, NAME_WITHHELD);
        for o in organisations {
            r.add(o, true, EMPLOYER_WITHHELD);
            r.add(without_legal_form(o), true, EMPLOYER_WITHHELD);
        }
        r.terms.sort_by_key(|t| std::cmp::Reverse(t.chars.len()));
        r
    }

    #[test]
    fn names_and_employers_are_withheld_in_any_case_and_as_whole_words() {
        let r = redactor(
            "Åse Solberg",
            "ase@solberg.no",
            &["Sólveig Mekaniske Verksted AS", "Equinor ASA"],
        );
        assert_eq!(
            r.redact("ÅSE SOLBERG ran SÓLVEIG MEKANISKE VERKSTED AS, then equinor."),
            format!("{NAME_WITHHELD} ran {EMPLOYER_WITHHELD}, then {EMPLOYER_WITHHELD}.")
        );
        assert_eq!(
            r.redact("Solberg knows Equinor's yards; write to ase@solberg.no."),
            format!("{NAME_WITHHELD} knows {EMPLOYER_WITHHELD}'s yards; write to {NAME_WITHHELD}.")
        );
        // Parts of other words, and a name part in lower case, stay.
        let untouched = "Equinorian solberg-like Solbergs";
        assert!(matches!(r.redact(untouched), Cow::Borrowed(t) if t == untouched));
    }

    #[test]
    fn a_legal_form_is_only_dropped_as_the_last_word() {
        assert_eq!(without_legal_form("Nordvik Verft AS"), "Nordvik Verft");
        assert_eq!(without_legal_form("Volvo AB"), "Volvo");
        assert_eq!(without_legal_form("Mærsk A/S"), "Mærsk");
        assert_eq!(
            without_legal_form("Kommunal Landspensjonskasse"),
            "Kommunal Landspensjonskasse"
        );
        assert_eq!(without_legal_form("Bas"), "Bas");
    }
}
