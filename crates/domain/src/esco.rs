//! The ESCO classification of occupations (v1.1.1), inside the product: every occupation with
//! its ISCO-08 unit group, its broader occupation, and its labels in English, Norwegian
//! (bokmål), Swedish and Danish, preferred label first. Derived from the European
//! Commission's published files by `scripts/esco-compact.py` into `data/`, embedded in the
//! binary and read once, so a fresh machine needs nothing else.
//!
//! This product uses the ESCO classification of the European Commission (Commission Decision
//! 2011/833/EU on the reuse of Commission documents); see [`ATTRIBUTION`].

use std::collections::HashMap;
use std::sync::LazyLock;

/// The acknowledgement ESCO's licence asks for, shown in the README and on the product's
/// data page.
pub const ATTRIBUTION: &str =
    "This product uses the ESCO classification of the European Commission.";

/// The prefix of every ESCO occupation's URI.
pub const OCCUPATION_URI: &str = "http://data.europa.eu/esco/occupation/";

/// The languages ESCO's labels are kept in here.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LabelLanguage {
    /// English.
    En,
    /// Norwegian bokmål.
    Nb,
    /// Swedish.
    Sv,
    /// Danish.
    Da,
}

impl LabelLanguage {
    /// Every language, in the order of the data file's columns.
    pub const ALL: [LabelLanguage; 4] = [Self::En, Self::Nb, Self::Sv, Self::Da];

    /// The ISO 639-1 code (`nb` for bokmål).
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Nb => "nb",
            Self::Sv => "sv",
            Self::Da => "da",
        }
    }
}

/// One ESCO occupation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Occupation {
    /// The UUID that ends its URI.
    pub id: &'static str,
    /// Its ISCO-08 unit group, four digits.
    pub isco: &'static str,
    /// The UUID of the broader occupation it narrows, if it hangs below one.
    pub broader: Option<&'static str>,
    labels: [Vec<&'static str>; 4],
}

impl Occupation {
    /// Its URI.
    pub fn uri(&self) -> String {
        format!("{OCCUPATION_URI}{}", self.id)
    }

    /// Its labels in `language`, the preferred one first; empty where ESCO has none.
    pub fn labels(&self, language: LabelLanguage) -> &[&'static str] {
        &self.labels[language as usize]
    }

    /// Its preferred label in `language`.
    pub fn preferred(&self, language: LabelLanguage) -> Option<&'static str> {
        self.labels(language).first().copied()
    }

    /// Its English preferred label (every occupation has one).
    pub fn label(&self) -> &'static str {
        self.preferred(LabelLanguage::En).unwrap_or(self.id)
    }
}

/// An occupation as a small dense number: its place in [`Esco::occupations`]. What the match
/// index keeps per candidate; stored records name the occupation by its URI, since the
/// numbers may change with the classification's version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct OccupationId(u16);

impl OccupationId {
    /// The number, for compact tables.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The occupation with this number, if there is one.
    pub fn from_index(index: usize) -> Option<Self> {
        (index < esco().occupations.len()).then_some(OccupationId(index as u16))
    }

    /// The occupation.
    pub fn get(self) -> &'static Occupation {
        &esco().occupations[self.index()]
    }

    /// The broader occupation this one narrows, if it hangs below one.
    pub fn broader(self) -> Option<OccupationId> {
        esco().broader[self.index()]
    }

    /// Its ISCO-08 unit group as a number (1211).
    pub fn unit_group(self) -> u16 {
        esco().unit_groups[self.index()]
    }
}

/// The classification, read once from the embedded files.
#[derive(Debug)]
pub struct Esco {
    occupations: Vec<Occupation>,
    by_id: HashMap<&'static str, usize>,
    groups: HashMap<&'static str, &'static str>,
    broader: Vec<Option<OccupationId>>,
    unit_groups: Vec<u16>,
}

static ESCO: LazyLock<Esco> = LazyLock::new(|| {
    let occupations: Vec<Occupation> = include_str!("../data/esco-occupations.tsv")
        .lines()
        .filter(|line| !line.is_empty())
        .map(|line| {
            let mut fields = line.split('\t');
            let mut next = || fields.next().unwrap_or_default();
            let (id, isco, broader) = (next(), next(), next());
            let labels = LabelLanguage::ALL.map(|_| {
                next()
                    .split('|')
                    .filter(|l| !l.is_empty())
                    .collect::<Vec<_>>()
            });
            Occupation {
                id,
                isco,
                broader: Some(broader).filter(|b| !b.is_empty()),
                labels,
            }
        })
        .collect();
    let by_id: HashMap<&'static str, usize> = occupations
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id, i))
        .collect();
    let groups = include_str!("../data/esco-isco-groups.tsv")
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .collect();
    let broader = occupations
        .iter()
        .map(|o| {
            o.broader
                .and_then(|b| by_id.get(b))
                .map(|i| OccupationId(*i as u16))
        })
        .collect();
    let unit_groups = occupations
        .iter()
        .map(|o| o.isco.parse().unwrap_or_default())
        .collect();
    Esco {
        occupations,
        by_id,
        groups,
        broader,
        unit_groups,
    }
});

/// The classification.
pub fn esco() -> &'static Esco {
    &ESCO
}

impl Esco {
    /// Every occupation, by ISCO group and then English label.
    pub fn occupations(&self) -> &[Occupation] {
        &self.occupations
    }

    /// The occupation with this UUID, or this whole URI.
    pub fn occupation(&self, id_or_uri: &str) -> Option<&Occupation> {
        let id = id_or_uri.strip_prefix(OCCUPATION_URI).unwrap_or(id_or_uri);
        self.by_id.get(id).map(|i| &self.occupations[*i])
    }

    /// The occupations of an ISCO-08 minor group (three digits: 121), in list order. They
    /// are one run of the list, which is ordered by group, so this is two binary searches.
    pub fn in_minor_group(&self, minor: u16) -> impl Iterator<Item = OccupationId> + use<> {
        let start = self.unit_groups.partition_point(|g| g / 10 < minor);
        let end = self.unit_groups.partition_point(|g| g / 10 <= minor);
        (start..end).map(|i| OccupationId(i as u16))
    }

    /// The number of the occupation with this UUID, or this whole URI.
    pub fn id_of(&self, id_or_uri: &str) -> Option<OccupationId> {
        let id = id_or_uri.strip_prefix(OCCUPATION_URI).unwrap_or(id_or_uri);
        self.by_id.get(id).map(|i| OccupationId(*i as u16))
    }

    /// The English name of the ISCO-08 group with this code (1 to 4 digits).
    pub fn isco_group(&self, code: &str) -> Option<&'static str> {
        self.groups.get(code).copied()
    }

    /// The occupations whose ISCO-08 unit group starts with one of `groups` (`"121"` takes
    /// 1211 to 1219).
    pub fn in_groups<'a>(&'a self, groups: &'a [&str]) -> impl Iterator<Item = &'a Occupation> {
        self.occupations
            .iter()
            .filter(move |o| groups.iter().any(|g| o.isco.starts_with(g)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The executive and corporate-manager groups an interim provider fills mandates in
    /// (issue 15's outside test).
    const EXECUTIVE: &[&str] = &["112", "121", "122", "1321", "1324", "133", "134"];

    #[test]
    fn every_occupation_has_an_isco_group_and_an_english_label() {
        let esco = esco();
        assert_eq!(esco.occupations().len(), 3_007);
        for o in esco.occupations() {
            assert_eq!(o.isco.len(), 4, "{}", o.id);
            assert!(o.isco.bytes().all(|b| b.is_ascii_digit()), "{}", o.id);
            for digits in 1..=4 {
                assert!(
                    esco.isco_group(&o.isco[..digits]).is_some(),
                    "{}: no ISCO group {}",
                    o.id,
                    &o.isco[..digits]
                );
            }
            assert!(o.preferred(LabelLanguage::En).is_some(), "{}", o.id);
            if let Some(b) = o.broader {
                assert!(
                    esco.occupation(b).is_some(),
                    "{}: broader {b} is missing",
                    o.id
                );
            }
        }
    }

    #[test]
    fn the_executive_occupations_are_all_there_with_their_titles() {
        let esco = esco();
        let executive: Vec<&Occupation> = esco.in_groups(EXECUTIVE).collect();
        assert_eq!(executive.len(), 242);
        let alternatives: usize = executive
            .iter()
            .map(|o| o.labels(LabelLanguage::En).len() - 1)
            .sum();
        // ESCO lists 2,465 alternative English labels for them; 213 of those repeat the
        // preferred label or another alternative (most often letter for letter) and are kept
        // once, so every one of the 2,465 is still here.
        assert_eq!(alternatives, 2_252);
        let nordic = executive
            .iter()
            .filter(|o| o.preferred(LabelLanguage::Nb).is_some())
            .count();
        assert!(nordic >= 230, "only {nordic} have a Norwegian label");
    }

    #[test]
    fn a_known_occupation_reads_in_four_languages() {
        let finance = esco()
            .occupation(
                "http://data.europa.eu/esco/occupation/30f3ea93-882a-4525-841c-1d5b4b64076f",
            )
            .expect("financial manager");
        assert_eq!(finance.isco, "1211");
        assert_eq!(finance.label(), "financial manager");
        assert!(finance.labels(LabelLanguage::En).contains(&"CFO"));
        assert_eq!(finance.preferred(LabelLanguage::Nb), Some("økonomisjef"));
        assert!(finance.preferred(LabelLanguage::Sv).is_some());
        assert!(finance.preferred(LabelLanguage::Da).is_some());
        assert_eq!(esco().isco_group("1211"), Some("Finance managers"));
        assert_eq!(finance.uri(), format!("{OCCUPATION_URI}{}", finance.id));
    }
}
