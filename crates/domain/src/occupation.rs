//! A role as people name it: the title as written ("Konstituert økonomisjef"), filed under the
//! ESCO occupation it names, with how sure the filing is and whether a person confirmed it;
//! and how close two occupations are, which the match index grades role fit by.
//!
//! Nothing is refused for naming an unknown title: a title the normaliser cannot file is kept
//! as written, without an occupation, and flagged for review. Only an empty title, or a URI
//! that names no ESCO occupation, is refused.

use std::collections::HashSet;
use std::sync::LazyLock;

use serde::{Deserialize, Serialize};

use crate::esco::{OCCUPATION_URI, Occupation, OccupationId, esco};
use crate::invalid::{Invalid, Parsed};
use crate::roles::{RoleId, RoleKinship};
use crate::titles;
use crate::values::ShortText;

/// Below this confidence, a filing nobody confirmed is flagged for review.
pub const REVIEW_BELOW: f32 = 0.75;

/// A role as named, filed under an ESCO occupation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RoleWire", into = "RoleWire")]
pub struct Role {
    title: ShortText,
    occupation: Option<OccupationId>,
    confidence: f32,
    confirmed: bool,
}

/// Titles filed per thread, and how many are kept: an export of 30,000 people names a few
/// thousand titles, so filing each once is most of an import's work saved.
const FILED_KEPT: usize = 1 << 14;

thread_local! {
    static FILED: std::cell::RefCell<std::collections::HashMap<String, (Option<OccupationId>, f32)>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The normaliser's best occupation for a title and its confidence (three decimals: what is
/// stored and shown, so a read-back is equal), remembered per thread.
fn filed(title: &str) -> (Option<OccupationId>, f32) {
    if let Some(known) = FILED.with(|f| f.borrow().get(title).copied()) {
        return known;
    }
    let found = titles::normalise(title, 1)
        .first()
        .map_or((None, 0.0), |best| {
            (
                esco().id_of(best.occupation.id),
                (best.confidence * 1000.0).round() / 1000.0,
            )
        });
    FILED.with(|f| {
        let mut f = f.borrow_mut();
        if f.len() >= FILED_KEPT {
            f.clear();
        }
        f.insert(title.to_owned(), found);
    });
    found
}

impl Role {
    /// A role from free text, an ESCO occupation URI or a catalogue code (`cfo`). Free text is
    /// filed under the normaliser's best occupation, unconfirmed; a URI or a code names the
    /// occupation outright, confirmed.
    pub fn parse(text: &str) -> Parsed<Self> {
        let trimmed = text.trim();
        if trimmed.starts_with(OCCUPATION_URI) || trimmed.starts_with("http") {
            let occupation = occupation_of(trimmed)?;
            return Ok(Self::confirmed_as(
                ShortText::parse(occupation.get().label())?,
                occupation,
            ));
        }
        if let Some(role) = RoleId::from_code(trimmed) {
            return Ok(Self::curated(role, role.title()));
        }
        let title = ShortText::parse(trimmed)?;
        let (occupation, confidence) = filed(trimmed);
        Ok(Role {
            title,
            occupation,
            confidence,
            confirmed: false,
        })
    }

    /// A title a person filed under `uri` themself (a suggestion they picked on a form).
    pub fn confirmed(title: &str, uri: &str) -> Parsed<Self> {
        let occupation = occupation_of(uri).map_err(|e| e.within("uri"))?;
        let title = ShortText::parse(title).map_err(|e| e.within("title"))?;
        Ok(Self::confirmed_as(title, occupation))
    }

    fn confirmed_as(title: ShortText, occupation: OccupationId) -> Self {
        Role {
            title,
            occupation: Some(occupation),
            confidence: 1.0,
            confirmed: true,
        }
    }

    /// A catalogue role under a title of its own (the generator's and the judged set's way).
    pub fn curated(role: RoleId, title: &str) -> Self {
        Role {
            title: ShortText::parse(title).unwrap_or_else(|_| {
                ShortText::parse(role.title()).expect("catalogue titles are short")
            }),
            occupation: Some(role.occupation()),
            confidence: 1.0,
            confirmed: true,
        }
    }

    /// The title as written.
    pub fn title(&self) -> &str {
        self.title.as_str()
    }

    /// The ESCO occupation it is filed under, if any.
    pub fn occupation(&self) -> Option<OccupationId> {
        self.occupation
    }

    /// How sure the filing is, in 0..1 (1 when a person chose the occupation).
    pub fn confidence(&self) -> f32 {
        self.confidence
    }

    /// Whether a person confirmed the occupation.
    pub fn is_confirmed(&self) -> bool {
        self.confirmed
    }

    /// Whether a person should look at the filing: none was found, or it is unsure and nobody
    /// confirmed it.
    pub fn needs_review(&self) -> bool {
        self.occupation.is_none() || (!self.confirmed && self.confidence < REVIEW_BELOW)
    }

    /// The occupation's URI, if filed.
    pub fn uri(&self) -> Option<String> {
        self.occupation.map(|o| o.get().uri())
    }

    /// The occupation's English label, or the title where none was found.
    pub fn label(&self) -> &str {
        self.occupation.map_or(self.title(), |o| o.get().label())
    }

    /// The catalogue roles filed under the same occupation, the one the title names first.
    pub fn curated_roles(&self) -> Vec<RoleId> {
        let Some(occupation) = self.occupation else {
            return Vec::new();
        };
        let named = RoleId::parse(self.title()).ok();
        let mut roles: Vec<RoleId> = RoleId::all()
            .filter(|r| r.occupation() == occupation)
            .collect();
        roles.sort_by_key(|r| Some(*r) != named);
        roles
    }

    /// Every title that should find this role in a text search: the title as written, the
    /// occupation's preferred labels, and the catalogue's titles and synonyms for it.
    pub fn search_terms(&self) -> Vec<String> {
        let mut terms = vec![self.title().to_lowercase()];
        if let Some(o) = self.occupation {
            let o: &Occupation = o.get();
            for language in crate::esco::LabelLanguage::ALL {
                terms.extend(o.preferred(language).map(str::to_lowercase));
            }
        }
        for role in self.curated_roles() {
            terms.extend(role.search_terms());
        }
        let mut seen = HashSet::new();
        terms.retain(|t| seen.insert(t.clone()));
        terms
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.title())
    }
}

fn occupation_of(uri: &str) -> Parsed<OccupationId> {
    esco()
        .id_of(uri.trim())
        .filter(|_| uri.trim().starts_with(OCCUPATION_URI))
        .ok_or_else(|| {
            Invalid::new(
                "",
                format!(
                    "'{}' is not an ESCO occupation URI such as {OCCUPATION_URI}30f3ea93-882a-4525-841c-1d5b4b64076f",
                    uri.trim()
                ),
            )
        })
}

/// How a role is stored and taken in: a string (free text, an ESCO URI or a catalogue code)
/// or the filed form.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum RoleWire {
    Text(String),
    Filed {
        title: String,
        #[serde(default)]
        uri: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        confidence: Option<f32>,
        #[serde(default)]
        confirmed: bool,
        /// Written for readers (the API shows the stored form); derived again on reading.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        isco_code: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        label: Option<String>,
        #[serde(default)]
        needs_review: bool,
    },
}

impl TryFrom<RoleWire> for Role {
    type Error = Invalid;
    fn try_from(wire: RoleWire) -> Parsed<Self> {
        match wire {
            RoleWire::Text(text) => Role::parse(&text),
            RoleWire::Filed {
                title, uri: None, ..
            } => Role::parse(&title).map_err(|e| e.within("title")),
            RoleWire::Filed {
                title,
                uri: Some(uri),
                confidence,
                confirmed,
                ..
            } => {
                let occupation = occupation_of(&uri).map_err(|e| e.within("uri"))?;
                Ok(Role {
                    title: ShortText::parse(&title).map_err(|e| e.within("title"))?,
                    occupation: Some(occupation),
                    confidence: if confirmed {
                        1.0
                    } else {
                        confidence.unwrap_or(1.0).clamp(0.0, 1.0)
                    },
                    confirmed,
                })
            }
        }
    }
}

impl From<Role> for RoleWire {
    fn from(role: Role) -> Self {
        RoleWire::Filed {
            uri: role.uri(),
            confidence: Some(role.confidence),
            confirmed: role.confirmed,
            isco_code: role.occupation.map(|o| o.get().isco.to_owned()),
            label: role.occupation.map(|o| o.get().label().to_owned()),
            needs_review: role.needs_review(),
            title: role.title.as_str().to_owned(),
        }
    }
}

/// How close a held occupation is to the one sought, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Relation {
    /// The same occupation (the catalogue's synonyms are filed under it too).
    Same,
    /// The occupation the sought one narrows.
    Broader,
    /// An occupation that narrows the sought one.
    Narrower,
    /// Another occupation of the same ISCO-08 unit group (4 digits).
    UnitGroup,
    /// Another occupation of the same ISCO-08 minor group (3 digits).
    MinorGroup,
    /// A role the catalogue counts as related (CFO and controller).
    Related,
    /// Nothing in common.
    None,
}

impl Relation {
    /// Every relation, strongest first.
    pub const ALL: [Relation; 7] = [
        Self::Same,
        Self::Broader,
        Self::Narrower,
        Self::UnitGroup,
        Self::MinorGroup,
        Self::Related,
        Self::None,
    ];

    /// How `held` stands to `sought`.
    pub fn between(sought: OccupationId, held: OccupationId) -> Self {
        if sought == held {
            Self::Same
        } else if sought.broader() == Some(held) {
            Self::Broader
        } else if held.broader() == Some(sought) {
            Self::Narrower
        } else if sought.unit_group() == held.unit_group() {
            Self::UnitGroup
        } else if sought.unit_group() / 10 == held.unit_group() / 10 {
            Self::MinorGroup
        } else if RELATED.contains(&(sought, held)) {
            Self::Related
        } else {
            Self::None
        }
    }

    /// The relation in words, for an explanation.
    pub fn describe(self) -> &'static str {
        match self {
            Self::Same => "same occupation",
            Self::Broader => "the broader occupation",
            Self::Narrower => "a narrower occupation",
            Self::UnitGroup => "same ISCO-08 unit group",
            Self::MinorGroup => "same ISCO-08 minor group",
            Self::Related => "a related role",
            Self::None => "unrelated",
        }
    }

    /// A small dense number, for compact tables.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The pairs of occupations the catalogue's families and related roles join, both ways.
static RELATED: LazyLock<HashSet<(OccupationId, OccupationId)>> = LazyLock::new(|| {
    let mut pairs = HashSet::new();
    for a in RoleId::all() {
        for b in RoleId::all() {
            if a != b && a.kinship(b) == RoleKinship::Related {
                pairs.insert((a.occupation(), b.occupation()));
                pairs.insert((b.occupation(), a.occupation()));
            }
        }
    }
    pairs
});

/// The occupations `sought` relates to more than by nothing, with how: those of its minor
/// group, its broader and narrower ones, and the catalogue's related ones. What a query
/// turns into a table over all occupations.
pub fn related_to(sought: OccupationId) -> Vec<(OccupationId, Relation)> {
    // An occupation's broader and narrower ones share its unit group (a test below keeps
    // that true of the data), so its minor group holds every relation but the curated ones.
    let mut out: Vec<(OccupationId, Relation)> = esco()
        .in_minor_group(sought.unit_group() / 10)
        .chain(
            RELATED
                .iter()
                .filter(|(a, _)| *a == sought)
                .map(|(_, b)| *b),
        )
        .map(|o| (o, Relation::between(sought, o)))
        .collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occupation(label: &str) -> OccupationId {
        let o = esco()
            .occupations()
            .iter()
            .find(|o| o.label() == label)
            .unwrap_or_else(|| panic!("no occupation {label}"));
        esco().id_of(o.id).expect("known")
    }

    #[test]
    fn a_minor_group_holds_every_broader_and_narrower_relation() {
        let all: Vec<OccupationId> = (0..esco().occupations().len())
            .filter_map(OccupationId::from_index)
            .collect();
        assert!(
            all.windows(2)
                .all(|w| w[0].unit_group() <= w[1].unit_group()),
            "the list is ordered by ISCO-08 group"
        );
        for o in &all {
            if let Some(b) = o.broader() {
                assert_eq!(
                    o.unit_group(),
                    b.unit_group(),
                    "{} under {}",
                    o.get().label(),
                    b.get().label()
                );
            }
        }
        let financial = occupation("financial manager");
        let minor: Vec<OccupationId> = esco().in_minor_group(121).collect();
        assert!(
            minor.contains(&financial) && minor.contains(&occupation("human resources manager"))
        );
        assert!(minor.iter().all(|o| o.unit_group() / 10 == 121));
        let slow: Vec<OccupationId> = all
            .iter()
            .copied()
            .filter(|o| o.unit_group() / 10 == 121)
            .collect();
        assert_eq!(minor, slow);
        let related = related_to(financial);
        assert!(related.contains(&(financial, Relation::Same)));
        assert!(related.contains(&(occupation("human resources manager"), Relation::MinorGroup)));
    }

    #[test]
    fn free_text_is_filed_and_kept_as_written() {
        let role = Role::parse("Konstituert økonomisjef").expect("a title");
        assert_eq!(role.title(), "Konstituert økonomisjef");
        assert_eq!(role.occupation(), Some(occupation("financial manager")));
        assert!(!role.is_confirmed());
        assert!(role.confidence() > 0.9, "{}", role.confidence());
        assert!(!role.needs_review());

        let unknown = Role::parse("Xylofonstemmer").expect("kept");
        assert_eq!(unknown.occupation(), None);
        assert!(unknown.needs_review());
        assert_eq!(unknown.label(), "Xylofonstemmer");

        assert_eq!(Role::parse("  ").expect_err("empty").field, "");
    }

    #[test]
    fn a_uri_or_a_code_names_the_occupation_outright() {
        let uri = format!("{OCCUPATION_URI}30f3ea93-882a-4525-841c-1d5b4b64076f");
        let role = Role::parse(&uri).expect("known");
        assert_eq!(role.title(), "financial manager");
        assert!(role.is_confirmed());
        assert_eq!(role.uri(), Some(uri));
        let code = Role::parse("cfo").expect("a code");
        assert_eq!(code.title(), "Chief Financial Officer");
        assert_eq!(code.occupation(), role.occupation());
        let bad = Role::parse(&format!("{OCCUPATION_URI}nope")).expect_err("unknown");
        assert!(bad.message.contains("is not an ESCO occupation"), "{bad:?}");
    }

    #[test]
    fn stored_roles_read_back_the_same() {
        for role in [
            Role::parse("Økonomisjef").expect("filed"),
            Role::parse("Xylofonstemmer").expect("unfiled"),
            Role::confirmed(
                "Head of Treasury",
                &format!("{OCCUPATION_URI}30f3ea93-882a-4525-841c-1d5b4b64076f"),
            )
            .expect("confirmed"),
        ] {
            let json = serde_json::to_string(&role).expect("serialise");
            let back: Role = serde_json::from_str(&json).expect("deserialise");
            assert_eq!(back, role, "{json}");
        }
        let taken: Role = serde_json::from_str("\"Interim CFO\"").expect("plain text");
        assert_eq!(taken.occupation(), Some(occupation("financial manager")));
        let bad = serde_json::from_str::<Role>(
            r#"{"title":"CFO","uri":"http://data.europa.eu/esco/occupation/nope"}"#,
        );
        assert!(bad.is_err());
    }

    #[test]
    fn relations_follow_the_taxonomy_then_the_catalogue() {
        let finance = occupation("financial manager");
        assert_eq!(Relation::between(finance, finance), Relation::Same);
        let hr = occupation("human resources manager");
        assert_eq!(Relation::between(finance, hr), Relation::MinorGroup);
        let controller = occupation("financial controller");
        assert_eq!(Relation::between(finance, controller), Relation::Related);
        let airport_ceo = occupation("airport chief executive");
        let ceo = occupation("chief executive officer");
        assert_eq!(Relation::between(ceo, airport_ceo), Relation::Narrower);
        assert_eq!(Relation::between(airport_ceo, ceo), Relation::Broader);
        let plumber = occupation("plumber");
        assert_eq!(Relation::between(finance, plumber), Relation::None);
        let table = related_to(finance);
        assert!(table.contains(&(finance, Relation::Same)));
        assert!(table.contains(&(controller, Relation::Related)));
        assert!(table.contains(&(hr, Relation::MinorGroup)));
        assert!(!table.iter().any(|(o, _)| *o == plumber));
    }
}
