//! Industries as NACE Rev. 2 codes: a section letter (A–U) and, where known, a two-digit division.
//!
//! The sections and their division ranges are the published NACE Rev. 2 structure
//! (Eurostat, "NACE Rev. 2 – Statistical classification of economic activities", 2008).

use serde::{Deserialize, Serialize};

use crate::invalid::{Invalid, Parsed};
use crate::vocabulary::vocabulary;

vocabulary! {
    /// A NACE Rev. 2 section.
    NaceSection, "NACE section" {
        /// Agriculture, forestry and fishing.
        A = "A", "Agriculture, forestry and fishing";
        /// Mining and quarrying (includes oil and gas extraction).
        B = "B", "Mining and quarrying";
        /// Manufacturing.
        C = "C", "Manufacturing";
        /// Electricity, gas, steam and air conditioning supply.
        D = "D", "Electricity, gas, steam and air conditioning supply";
        /// Water supply; sewerage, waste management and remediation.
        E = "E", "Water supply, sewerage and waste management";
        /// Construction.
        F = "F", "Construction";
        /// Wholesale and retail trade; repair of motor vehicles.
        G = "G", "Wholesale and retail trade";
        /// Transportation and storage.
        H = "H", "Transportation and storage";
        /// Accommodation and food service activities.
        I = "I", "Accommodation and food service";
        /// Information and communication.
        J = "J", "Information and communication";
        /// Financial and insurance activities.
        K = "K", "Financial and insurance activities";
        /// Real estate activities.
        L = "L", "Real estate activities";
        /// Professional, scientific and technical activities.
        M = "M", "Professional, scientific and technical activities";
        /// Administrative and support service activities.
        N = "N", "Administrative and support service activities";
        /// Public administration and defence; compulsory social security.
        O = "O", "Public administration and defence";
        /// Education.
        P = "P", "Education";
        /// Human health and social work activities.
        Q = "Q", "Human health and social work";
        /// Arts, entertainment and recreation.
        R = "R", "Arts, entertainment and recreation";
        /// Other service activities.
        S = "S", "Other service activities";
        /// Activities of households as employers.
        T = "T", "Activities of households as employers";
        /// Activities of extraterritorial organisations and bodies.
        U = "U", "Extraterritorial organisations";
    }
}

/// The division ranges of each section, in the order of [`NaceSection::ALL`].
const DIVISIONS: [(u8, u8); 21] = [
    (1, 3),
    (5, 9),
    (10, 33),
    (35, 35),
    (36, 39),
    (41, 43),
    (45, 47),
    (49, 53),
    (55, 56),
    (58, 63),
    (64, 66),
    (68, 68),
    (69, 75),
    (77, 82),
    (84, 84),
    (85, 85),
    (86, 88),
    (90, 93),
    (94, 96),
    (97, 98),
    (99, 99),
];

impl NaceSection {
    /// The section a two-digit division belongs to, if the division exists.
    pub fn of_division(division: u8) -> Option<NaceSection> {
        DIVISIONS
            .iter()
            .position(|&(lo, hi)| (lo..=hi).contains(&division))
            .map(|i| NaceSection::ALL[i])
    }

    /// The divisions of this section.
    pub fn divisions(self) -> std::ops::RangeInclusive<u8> {
        let (lo, hi) = DIVISIONS[self.index()];
        lo..=hi
    }
}

/// An industry: a NACE section, optionally narrowed to one division (for example `C28`,
/// manufacture of machinery).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Industry {
    section: NaceSection,
    division: Option<u8>,
}

impl Industry {
    /// A whole section.
    pub fn section_only(section: NaceSection) -> Self {
        Self {
            section,
            division: None,
        }
    }

    /// A division; its section follows from the code.
    pub fn division(division: u8) -> Parsed<Self> {
        let section = NaceSection::of_division(division).ok_or_else(|| {
            Invalid::new("", format!("{division:02} is not a NACE Rev. 2 division"))
        })?;
        Ok(Self {
            section,
            division: Some(division),
        })
    }

    /// Reads `C`, `C28`, `C.28` or `28`.
    pub fn parse(input: &str) -> Parsed<Self> {
        let text: String = input.trim().chars().filter(|c| *c != '.').collect();
        let refuse = || {
            Invalid::new(
                "",
                format!(
                    "'{}' is not a NACE Rev. 2 code; write a section letter (C) or a section and division (C28)",
                    input.trim()
                ),
            )
        };
        let (letter, digits) = match text.chars().next() {
            Some(c) if c.is_ascii_alphabetic() => (Some(c), &text[1..]),
            Some(_) => (None, text.as_str()),
            None => return Err(refuse()),
        };
        let section = match letter {
            Some(c) => Some(NaceSection::parse(&c.to_string()).map_err(|_| refuse())?),
            None => None,
        };
        if digits.is_empty() {
            return section.map(Self::section_only).ok_or_else(refuse);
        }
        let division: u8 = digits.parse().map_err(|_| refuse())?;
        let industry = Self::division(division).map_err(|_| refuse())?;
        match section {
            Some(s) if s != industry.section => Err(Invalid::new(
                "",
                format!(
                    "division {division:02} belongs to section {}, not {}",
                    industry.section.code(),
                    s.code()
                ),
            )),
            _ => Ok(industry),
        }
    }

    /// The section.
    pub fn section(self) -> NaceSection {
        self.section
    }

    /// The division, if narrowed to one.
    pub fn division_code(self) -> Option<u8> {
        self.division
    }

    /// How closely two industries agree: 2 for the same division, 1 for the same section
    /// (or when either names only the section), 0 otherwise.
    pub fn closeness(self, other: Industry) -> u8 {
        if self.section != other.section {
            0
        } else if self.division.is_some() && self.division == other.division {
            2
        } else {
            1
        }
    }
}

impl std::fmt::Display for Industry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.division {
            Some(d) => write!(f, "{}{d:02}", self.section.code()),
            None => f.write_str(self.section.code()),
        }
    }
}

impl From<Industry> for String {
    fn from(value: Industry) -> String {
        value.to_string()
    }
}

impl TryFrom<String> for Industry {
    type Error = Invalid;
    fn try_from(value: String) -> Parsed<Self> {
        Self::parse(&value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sections_and_divisions() {
        assert_eq!(Industry::parse("C28").expect("valid").to_string(), "C28");
        assert_eq!(
            Industry::parse("28").expect("valid").section(),
            NaceSection::C
        );
        assert_eq!(Industry::parse("k").expect("valid").to_string(), "K");
        assert_eq!(Industry::parse("J.62").expect("valid").to_string(), "J62");
        assert!(
            Industry::parse("C64").is_err(),
            "64 is finance, not manufacturing"
        );
        assert!(Industry::parse("04").is_err(), "there is no division 04");
        assert!(Industry::parse("").is_err());
        assert!(Industry::parse("Z").is_err());
    }

    #[test]
    fn every_division_has_exactly_one_section() {
        for d in 1..=99u8 {
            let owners = NaceSection::ALL
                .iter()
                .filter(|s| s.divisions().contains(&d))
                .count();
            assert!(owners <= 1, "division {d} in {owners} sections");
        }
    }

    #[test]
    fn closeness_grades_division_section_and_none() {
        let c28 = Industry::parse("C28").expect("valid");
        assert_eq!(c28.closeness(c28), 2);
        assert_eq!(c28.closeness(Industry::parse("C10").expect("valid")), 1);
        assert_eq!(c28.closeness(Industry::parse("K").expect("valid")), 0);
    }
}
