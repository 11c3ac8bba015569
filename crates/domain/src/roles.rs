//! The built-in catalogue of leadership roles, with the titles the market uses for each
//! (English, Norwegian, Swedish and Danish) and the roles close enough to count as related.
//! Each is filed under an ESCO occupation (`esco`); the catalogue is a thin overlay on ESCO:
//! its synonyms help the title normaliser, its families and related roles grade role fit.

use serde::{Deserialize, Serialize};

use crate::esco::{OccupationId, esco};
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
    /// The UUID of the ESCO occupation it is filed under (several roles may share one: a
    /// CFO and a finance manager are both ESCO's financial manager, told apart by level).
    pub esco: &'static str,
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
        esco: "6c3fd65e-2d24-47d8-bc22-9e93512bdcc2",
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
        esco: "30f3ea93-882a-4525-841c-1d5b4b64076f",
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
        esco: "c64a6e4e-5b38-4f93-b26d-aded817aeaf3",
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
        esco: "7b1b5da8-573a-49bb-a38e-68725a949f4f",
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
        esco: "82f90e87-de92-4678-adae-61d3e5f7e1e4",
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
        esco: "e297ec12-4712-40a4-ad98-ba004cacb205",
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
        esco: "f605bcd2-90b6-45a0-a558-d05016d68a77",
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
        esco: "0ddbf393-38f1-4c22-b14c-fe775008f321",
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
        esco: "2d3d7188-47ab-49b9-9045-e452d9db06f1",
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
        esco: "377865f0-c327-4599-8c7e-d428c6588edf",
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
        esco: "b09acdda-6680-49d1-a411-129610ee3bc0",
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
        esco: "d2ff134e-b41a-4fa3-aceb-1b9f5f5cf015",
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
        esco: "6c3fd65e-2d24-47d8-bc22-9e93512bdcc2",
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
        esco: "544cd9cf-e2ee-4ac0-8a02-7147af6b97d7",
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
        esco: "0752ed49-03e7-4d75-8314-a051b3771a1d",
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
        esco: "4a29eab1-5f02-4723-a863-e2d5a0614dfa",
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
        esco: "6426ada1-4d8c-4612-99e3-91bc569805ee",
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
        esco: "eb9479c6-5fdf-4f45-ace4-28b547b8c7e5",
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
        esco: "aacc3918-b5d3-484b-9480-5d29aa550d74",
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
        esco: "823db06f-25e1-4658-b063-d6ef956b41f5",
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
        esco: "109e0a5d-203d-4af6-8f70-692111335ec3",
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
        esco: "5e5b1b61-1351-4d3b-a293-deb3661715dd",
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
        esco: "30f3ea93-882a-4525-841c-1d5b4b64076f",
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
        esco: "f605bcd2-90b6-45a0-a558-d05016d68a77",
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
        esco: "f0ca39a8-1e30-487c-95f9-ef2d5e734adc",
        title: "IT Manager",
        level: Mid,
        family: Technology,
        synonyms: &["Head of IT Operations", "IT-leder", "IT Operations Manager"],
        related: &["cio"],
    },
    RoleInfo {
        code: "sales_director",
        esco: "a7594892-ff23-4e2a-aedf-2f967ebca15c",
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
        esco: "377865f0-c327-4599-8c7e-d428c6588edf",
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
        esco: "779d13be-60b4-48f3-a339-fe483be96c7f",
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
        esco: "bcc2c1db-f969-4355-bebf-4878ff6c2a94",
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
        esco: "bea99fea-0383-4c63-b944-70d4799de2c5",
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
        esco: "c94f3565-d987-431f-a46b-6f4e018e0bd7",
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
        esco: "bea99fea-0383-4c63-b944-70d4799de2c5",
        title: "Project Manager",
        level: Proj,
        family: Projects,
        synonyms: &["Prosjektleder", "Projektledare", "Projektleder"],
        related: &["project_director", "programme_manager"],
    },
    RoleInfo {
        code: "transformation_director",
        esco: "4f49df98-98b8-4a9e-98ad-9c5557817eba",
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

    /// The ESCO occupation it is filed under.
    pub fn occupation(self) -> OccupationId {
        CATALOGUE_OCCUPATIONS[self.index()]
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

/// Each catalogue role's ESCO occupation, by position.
static CATALOGUE_OCCUPATIONS: std::sync::LazyLock<Vec<OccupationId>> =
    std::sync::LazyLock::new(|| {
        ROLES
            .iter()
            .map(|r| {
                esco()
                    .id_of(r.esco)
                    .unwrap_or_else(|| panic!("{} names no ESCO occupation", r.code))
            })
            .collect()
    });

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
        for role in RoleId::all() {
            assert!(role.occupation().get().isco.len() == 4, "{}", role.code());
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
