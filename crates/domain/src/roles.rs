//! The built-in catalogue of leadership roles, with the titles the market uses for each
//! (English, Norwegian, Swedish and Danish) and the roles close enough to count as related.
//! The matching engine uses it to tell a same-role match from a synonym or a related role.

use serde::{Deserialize, Serialize};

use crate::invalid::{Invalid, Parsed};
use crate::vocabulary::Level;

/// A functional family of roles; roles of one family are related to each other.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoleFamily {
    /// Running the whole company or a unit of it.
    GeneralManagement,
    /// Finance, accounting, control.
    Finance,
    /// Operations, production, supply chain.
    Operations,
    /// Sales, marketing, commercial.
    Commercial,
    /// People and organisation.
    People,
    /// Technology and digital.
    Technology,
    /// Projects and programmes.
    Projects,
    /// Legal, risk and compliance.
    Legal,
    /// Procurement and purchasing.
    Procurement,
}

/// One role of the catalogue.
#[derive(Debug)]
pub struct RoleInfo {
    /// Stable code, as stored.
    pub code: &'static str,
    /// The canonical English title.
    pub title: &'static str,
    /// The level this role usually sits at.
    pub level: Level,
    /// The family it belongs to.
    pub family: RoleFamily,
    /// Other titles for the same role.
    pub synonyms: &'static [&'static str],
    /// Codes of roles outside the family that still count as related.
    pub related: &'static [&'static str],
}

use Level::{Executive as Exec, MiddleManagement as Mid, ProjectLeadership as Proj};
use RoleFamily::*;

/// The catalogue. Order is stable: a role's position is its [`RoleId`].
pub static ROLES: &[RoleInfo] = &[
    RoleInfo {
        code: "ceo",
        title: "Chief Executive Officer",
        level: Exec,
        family: GeneralManagement,
        synonyms: &[
            "CEO",
            "Managing Director",
            "President",
            "General Manager",
            "Administrerende direktør",
            "Adm. dir.",
            "Daglig leder",
            "Verkställande direktör",
            "VD",
            "Administrerende direktør (CEO)",
            "Direktør",
        ],
        related: &["coo", "country_manager", "bu_director", "cro"],
    },
    RoleInfo {
        code: "cfo",
        title: "Chief Financial Officer",
        level: Exec,
        family: Finance,
        synonyms: &[
            "CFO",
            "Finance Director",
            "Finance and Administration Director",
            "Økonomidirektør",
            "Finansdirektør",
            "Ekonomichef",
            "Finanschef",
            "Økonomi- og finansdirektør",
        ],
        related: &["controller", "finance_manager", "cro"],
    },
    RoleInfo {
        code: "coo",
        title: "Chief Operating Officer",
        level: Exec,
        family: Operations,
        synonyms: &[
            "COO",
            "Operations Director",
            "Director of Operations",
            "Driftsdirektør",
            "Operativ direktør",
            "Produktionsdirektör",
        ],
        related: &["ceo", "plant_manager", "supply_chain_director"],
    },
    RoleInfo {
        code: "cto",
        title: "Chief Technology Officer",
        level: Exec,
        family: Technology,
        synonyms: &[
            "CTO",
            "Technology Director",
            "Teknologidirektør",
            "Teknisk direktør",
            "Teknikchef",
        ],
        related: &["cio", "cdo"],
    },
    RoleInfo {
        code: "cio",
        title: "Chief Information Officer",
        level: Exec,
        family: Technology,
        synonyms: &[
            "CIO",
            "IT Director",
            "Head of IT",
            "IT-direktør",
            "IT-sjef",
            "IT-chef",
        ],
        related: &["cto", "cdo", "it_manager"],
    },
    RoleInfo {
        code: "cdo",
        title: "Chief Digital Officer",
        level: Exec,
        family: Technology,
        synonyms: &[
            "CDO",
            "Digital Director",
            "Head of Digital",
            "Digitaliseringsdirektør",
        ],
        related: &["cio", "cto", "transformation_director"],
    },
    RoleInfo {
        code: "chro",
        title: "Chief Human Resources Officer",
        level: Exec,
        family: People,
        synonyms: &[
            "CHRO",
            "HR Director",
            "People Director",
            "Chief People Officer",
            "HR-direktør",
            "Personaldirektør",
            "HR-chef",
        ],
        related: &["hr_manager", "transformation_director"],
    },
    RoleInfo {
        code: "cmo",
        title: "Chief Marketing Officer",
        level: Exec,
        family: Commercial,
        synonyms: &[
            "CMO",
            "Marketing Director",
            "Markedsdirektør",
            "Marknadsdirektör",
            "Marknadschef",
        ],
        related: &["cco", "sales_director"],
    },
    RoleInfo {
        code: "cco",
        title: "Chief Commercial Officer",
        level: Exec,
        family: Commercial,
        synonyms: &[
            "CCO",
            "Commercial Director",
            "Kommersiell direktør",
            "Salgs- og markedsdirektør",
            "Försäljningsdirektör",
        ],
        related: &["cmo", "sales_director", "bu_director"],
    },
    RoleInfo {
        code: "cpo",
        title: "Chief Procurement Officer",
        level: Exec,
        family: Procurement,
        synonyms: &[
            "CPO",
            "Procurement Director",
            "Purchasing Director",
            "Innkjøpsdirektør",
            "Inköpsdirektör",
        ],
        related: &["supply_chain_director", "procurement_manager"],
    },
    RoleInfo {
        code: "cro",
        title: "Chief Restructuring Officer",
        level: Exec,
        family: GeneralManagement,
        synonyms: &[
            "CRO",
            "Restructuring Director",
            "Turnaround Manager",
            "Turnaround Director",
            "Omstillingsdirektør",
        ],
        related: &["ceo", "cfo", "transformation_director"],
    },
    RoleInfo {
        code: "general_counsel",
        title: "General Counsel",
        level: Exec,
        family: Legal,
        synonyms: &[
            "Chief Legal Officer",
            "Head of Legal",
            "Legal Director",
            "Juridisk direktør",
            "Chefsjurist",
        ],
        related: &["compliance_manager"],
    },
    RoleInfo {
        code: "country_manager",
        title: "Country Manager",
        level: Exec,
        family: GeneralManagement,
        synonyms: &[
            "Country Director",
            "Landsjef",
            "Landschef",
            "Nordic Managing Director",
        ],
        related: &["ceo", "bu_director", "sales_director"],
    },
    RoleInfo {
        code: "bu_director",
        title: "Business Unit Director",
        level: Exec,
        family: GeneralManagement,
        synonyms: &[
            "Division Director",
            "Head of Division",
            "Divisjonsdirektør",
            "Affärsområdeschef",
            "Business Area Manager",
        ],
        related: &["ceo", "country_manager", "coo"],
    },
    RoleInfo {
        code: "municipal_director",
        title: "Municipal Chief Executive",
        level: Exec,
        family: GeneralManagement,
        synonyms: &[
            "Chief Municipal Executive",
            "Kommunedirektør",
            "Rådmann",
            "Kommundirektör",
            "Agency Director",
            "Etatsdirektør",
        ],
        related: &["ceo", "hospital_director"],
    },
    RoleInfo {
        code: "hospital_director",
        title: "Hospital Director",
        level: Exec,
        family: GeneralManagement,
        synonyms: &[
            "Hospital CEO",
            "Sykehusdirektør",
            "Klinikkdirektør",
            "Sjukhusdirektör",
        ],
        related: &["municipal_director", "ceo", "coo"],
    },
    RoleInfo {
        code: "plant_manager",
        title: "Plant Manager",
        level: Mid,
        family: Operations,
        synonyms: &[
            "Factory Manager",
            "Site Manager",
            "Fabrikksjef",
            "Fabrikkdirektør",
            "Fabrikschef",
            "Platschef",
            "Produksjonsdirektør",
        ],
        related: &["coo", "production_manager", "supply_chain_director"],
    },
    RoleInfo {
        code: "production_manager",
        title: "Production Manager",
        level: Mid,
        family: Operations,
        synonyms: &[
            "Head of Production",
            "Produksjonssjef",
            "Produktionschef",
            "Manufacturing Manager",
        ],
        related: &["plant_manager", "quality_manager"],
    },
    RoleInfo {
        code: "supply_chain_director",
        title: "Supply Chain Director",
        level: Exec,
        family: Operations,
        synonyms: &[
            "Head of Supply Chain",
            "Logistics Director",
            "Logistikkdirektør",
            "Supply chain-direktør",
            "Logistikchef",
        ],
        related: &["coo", "cpo", "logistics_manager"],
    },
    RoleInfo {
        code: "logistics_manager",
        title: "Logistics Manager",
        level: Mid,
        family: Operations,
        synonyms: &[
            "Warehouse Manager",
            "Logistikksjef",
            "Lagersjef",
            "Distribution Manager",
        ],
        related: &["supply_chain_director"],
    },
    RoleInfo {
        code: "quality_manager",
        title: "Quality Manager",
        level: Mid,
        family: Operations,
        synonyms: &[
            "Head of Quality",
            "QHSE Manager",
            "HSE Manager",
            "Kvalitetssjef",
            "HMS-sjef",
            "Kvalitetschef",
        ],
        related: &["production_manager", "compliance_manager"],
    },
    RoleInfo {
        code: "controller",
        title: "Financial Controller",
        level: Mid,
        family: Finance,
        synonyms: &[
            "Controller",
            "Group Controller",
            "Business Controller",
            "Controllersjef",
            "Ekonomichef (controller)",
        ],
        related: &["cfo", "finance_manager"],
    },
    RoleInfo {
        code: "finance_manager",
        title: "Finance Manager",
        level: Mid,
        family: Finance,
        synonyms: &[
            "Head of Finance",
            "Accounting Manager",
            "Regnskapssjef",
            "Økonomisjef",
            "Redovisningschef",
        ],
        related: &["cfo", "controller"],
    },
    RoleInfo {
        code: "hr_manager",
        title: "HR Manager",
        level: Mid,
        family: People,
        synonyms: &[
            "Head of HR",
            "HR Business Partner",
            "Personalsjef",
            "HR-sjef",
            "Personalchef",
        ],
        related: &["chro"],
    },
    RoleInfo {
        code: "it_manager",
        title: "IT Manager",
        level: Mid,
        family: Technology,
        synonyms: &["Head of IT Operations", "IT-leder", "IT Operations Manager"],
        related: &["cio"],
    },
    RoleInfo {
        code: "sales_director",
        title: "Sales Director",
        level: Mid,
        family: Commercial,
        synonyms: &[
            "Head of Sales",
            "Salgsdirektør",
            "Salgssjef",
            "Säljchef",
            "Key Account Director",
        ],
        related: &["cco", "cmo", "country_manager"],
    },
    RoleInfo {
        code: "procurement_manager",
        title: "Procurement Manager",
        level: Mid,
        family: Procurement,
        synonyms: &[
            "Purchasing Manager",
            "Head of Procurement",
            "Innkjøpssjef",
            "Inköpschef",
            "Category Manager",
        ],
        related: &["cpo"],
    },
    RoleInfo {
        code: "compliance_manager",
        title: "Compliance Manager",
        level: Mid,
        family: Legal,
        synonyms: &[
            "Head of Compliance",
            "Chief Compliance Officer",
            "Risk Manager",
            "Compliance-sjef",
        ],
        related: &["general_counsel", "quality_manager"],
    },
    RoleInfo {
        code: "customer_service_manager",
        title: "Customer Service Manager",
        level: Mid,
        family: Commercial,
        synonyms: &[
            "Head of Customer Service",
            "Kundeservicesjef",
            "Kundtjänstchef",
            "Customer Operations Manager",
        ],
        related: &["sales_director"],
    },
    RoleInfo {
        code: "project_director",
        title: "Project Director",
        level: Proj,
        family: Projects,
        synonyms: &["Prosjektdirektør", "Projektdirektör", "Project Executive"],
        related: &[
            "programme_manager",
            "project_manager",
            "transformation_director",
        ],
    },
    RoleInfo {
        code: "programme_manager",
        title: "Programme Manager",
        level: Proj,
        family: Projects,
        synonyms: &[
            "Program Manager",
            "Programleder",
            "Programchef",
            "Programme Director",
        ],
        related: &[
            "project_director",
            "project_manager",
            "transformation_director",
        ],
    },
    RoleInfo {
        code: "project_manager",
        title: "Project Manager",
        level: Proj,
        family: Projects,
        synonyms: &["Prosjektleder", "Projektledare", "Projektleder"],
        related: &["project_director", "programme_manager"],
    },
    RoleInfo {
        code: "transformation_director",
        title: "Transformation Director",
        level: Proj,
        family: Projects,
        synonyms: &[
            "Change Director",
            "Head of Transformation",
            "Endringsleder",
            "Omstillingsleder",
            "Förändringsledare",
        ],
        related: &["cdo", "cro", "programme_manager", "chro"],
    },
];

/// A role from the catalogue, by position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct RoleId(u16);

/// How close one role is to another.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RoleKinship {
    /// Unrelated.
    None,
    /// In the same family, or named as related.
    Related,
    /// The same role.
    Same,
}

impl RoleId {
    /// Every role in the catalogue.
    pub fn all() -> impl Iterator<Item = RoleId> {
        (0..ROLES.len() as u16).map(RoleId)
    }

    /// Looks a role up by code, canonical title or any synonym (case-insensitive).
    pub fn parse(input: &str) -> Parsed<Self> {
        let wanted = normalise(input);
        if wanted.is_empty() {
            return Err(Invalid::new(
                "",
                "is required; name a role such as CFO or Plant Manager",
            ));
        }
        TITLES.get(&wanted).copied().ok_or_else(|| {
            Invalid::new(
                "",
                format!("'{}' is not a role in the catalogue; use a title such as CEO, CFO, COO, Plant Manager or Project Director", input.trim()),
            )
        })
    }

    /// Looks a role up by its exact stable code, without normalising.
    pub fn from_code(code: &str) -> Option<Self> {
        ROLES
            .iter()
            .position(|r| r.code == code)
            .map(|i| RoleId(i as u16))
    }

    /// The catalogue entry.
    pub fn info(self) -> &'static RoleInfo {
        &ROLES[usize::from(self.0)]
    }

    /// The stable code.
    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The canonical title.
    pub fn title(self) -> &'static str {
        self.info().title
    }

    /// A small dense number, for compact tables.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// How close `other` is to this role.
    pub fn kinship(self, other: RoleId) -> RoleKinship {
        if self == other {
            return RoleKinship::Same;
        }
        let (a, b) = (self.info(), other.info());
        if a.family == b.family || a.related.contains(&b.code) || b.related.contains(&a.code) {
            RoleKinship::Related
        } else {
            RoleKinship::None
        }
    }

    /// Every word of every title for this role, lower-cased: what a text search should
    /// accept as naming it.
    pub fn search_terms(self) -> Vec<String> {
        let info = self.info();
        std::iter::once(info.title)
            .chain(info.synonyms.iter().copied())
            .map(|s| s.to_lowercase())
            .collect()
    }
}

/// Every code, title and synonym, normalised, with the role it names; built once.
static TITLES: std::sync::LazyLock<std::collections::HashMap<String, RoleId>> =
    std::sync::LazyLock::new(|| {
        let mut map = std::collections::HashMap::new();
        for (i, r) in ROLES.iter().enumerate() {
            let id = RoleId(i as u16);
            for name in [r.code, r.title]
                .into_iter()
                .chain(r.synonyms.iter().copied())
            {
                map.entry(normalise(name)).or_insert(id);
            }
        }
        map
    });

fn normalise(s: &str) -> String {
    s.trim()
        .chars()
        .filter(|c| !matches!(c, '.' | '(' | ')'))
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl std::fmt::Display for RoleId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.title())
    }
}

impl From<RoleId> for String {
    fn from(value: RoleId) -> String {
        value.code().to_owned()
    }
}

impl TryFrom<String> for RoleId {
    type Error = Invalid;
    fn try_from(value: String) -> Parsed<Self> {
        Self::parse(&value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synonyms_name_the_same_role() {
        let cfo = RoleId::parse("CFO").expect("known");
        for title in [
            "Chief Financial Officer",
            "finance director",
            "Økonomidirektør",
            "cfo",
        ] {
            assert_eq!(RoleId::parse(title).expect("known"), cfo, "{title}");
        }
        assert_eq!(RoleId::parse("Daglig leder").expect("known").code(), "ceo");
        assert!(RoleId::parse("Astronaut").is_err());
        assert!(RoleId::parse("  ").is_err());
    }

    #[test]
    fn catalogue_is_consistent() {
        let mut seen = std::collections::HashSet::new();
        for role in ROLES {
            assert!(seen.insert(role.code), "duplicate code {}", role.code);
            for related in role.related {
                assert!(
                    ROLES.iter().any(|r| r.code == *related),
                    "{} names unknown {related}",
                    role.code
                );
            }
        }
        let mut titles = std::collections::HashMap::new();
        for role in ROLES {
            for t in std::iter::once(role.title).chain(role.synonyms.iter().copied()) {
                if let Some(other) = titles.insert(normalise(t), role.code) {
                    assert_eq!(other, role.code, "title {t} names two roles");
                }
            }
        }
    }

    #[test]
    fn kinship_grades_same_related_none() {
        let r = |s| RoleId::parse(s).expect("known");
        assert_eq!(r("CFO").kinship(r("CFO")), RoleKinship::Same);
        assert_eq!(r("CFO").kinship(r("Controller")), RoleKinship::Related);
        assert_eq!(r("Plant Manager").kinship(r("COO")), RoleKinship::Related);
        assert_eq!(r("CFO").kinship(r("Plant Manager")), RoleKinship::None);
    }
}
