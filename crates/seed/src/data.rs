//! The word lists and tables the generator draws from: Nordic cities with their coordinates,
//! names, company-name parts, skills and the sentences of a believable career.

use domain::roles::RoleFamily;
use domain::vocabulary::SituationType;

pub use domain::places::{CITIES, City};

/// Countries with their share of the network (per thousand) and native language code.
pub const COUNTRIES: &[(&str, u32, &str)] = &[
    ("NO", 260, "no"),
    ("SE", 220, "sv"),
    ("DK", 150, "da"),
    ("FI", 100, "fi"),
    ("DE", 130, "de"),
    ("GB", 80, "en"),
    ("NL", 60, "nl"),
];

/// First names per country (female and male mixed).
pub fn first_names(country: &str) -> &'static [&'static str] {
    match country {
        "NO" => &[
            "Kari", "Ingrid", "Marit", "Silje", "Hanne", "Anne", "Tone", "Ragnhild", "Linn",
            "Nina", "Ola", "Lars", "Per", "Jon", "Erik", "Knut", "Bjørn", "Morten", "Trond",
            "Geir", "Hilde", "Eirik", "Sigrid", "Håkon", "Torunn", "Øystein", "Astrid", "Terje",
            "Mette", "Vegard",
        ],
        "SE" => &[
            "Anna", "Eva", "Karin", "Maria", "Sara", "Lena", "Elin", "Johanna", "Ulla", "Sofia",
            "Johan", "Anders", "Mikael", "Magnus", "Henrik", "Fredrik", "Stefan", "Mats", "Peter",
            "Gustav", "Linnea", "Åsa", "Per-Olof", "Björn", "Kristina", "Oskar",
        ],
        "DK" => &[
            "Mette", "Lone", "Pia", "Camilla", "Louise", "Susanne", "Rikke", "Tina", "Jens",
            "Søren", "Niels", "Rasmus", "Mads", "Jesper", "Anders", "Henrik", "Thomas", "Kasper",
            "Dorthe", "Birgitte",
        ],
        "FI" => &[
            "Aino", "Liisa", "Tiina", "Päivi", "Sanna", "Minna", "Kaisa", "Juha", "Mikko", "Jukka",
            "Timo", "Antti", "Pekka", "Matti", "Ville", "Heikki",
        ],
        "DE" => &[
            "Anna", "Katrin", "Sabine", "Claudia", "Julia", "Petra", "Andrea", "Thomas", "Michael",
            "Stefan", "Andreas", "Markus", "Frank", "Jürgen", "Klaus", "Wolfgang", "Martin", "Jan",
        ],
        "GB" => &[
            "Sarah", "Emma", "Claire", "Helen", "Rachel", "Victoria", "James", "David", "Richard",
            "Paul", "Mark", "Andrew", "Simon", "Jonathan", "Alistair", "Fiona",
        ],
        _ => &[
            "Sanne", "Eva", "Marieke", "Femke", "Lotte", "Jan", "Pieter", "Dirk", "Bram", "Joost",
            "Sander", "Maarten", "Ruud", "Anouk",
        ],
    }
}

/// Surnames per country.
pub fn surnames(country: &str) -> &'static [&'static str] {
    match country {
        "NO" => &[
            "Hansen",
            "Johansen",
            "Olsen",
            "Larsen",
            "Andersen",
            "Pedersen",
            "Nilsen",
            "Kristiansen",
            "Jensen",
            "Karlsen",
            "Berg",
            "Haugen",
            "Hagen",
            "Eriksen",
            "Bakken",
            "Lie",
            "Dahl",
            "Solberg",
            "Strand",
            "Moen",
            "Lunde",
            "Aasen",
            "Nygaard",
            "Rønning",
            "Fjeld",
            "Brekke",
            "Sæther",
            "Vik",
            "Holm",
            "Myhre",
        ],
        "SE" => &[
            "Andersson",
            "Johansson",
            "Karlsson",
            "Nilsson",
            "Eriksson",
            "Larsson",
            "Olsson",
            "Persson",
            "Svensson",
            "Gustafsson",
            "Pettersson",
            "Lindberg",
            "Lindqvist",
            "Lundgren",
            "Bergström",
            "Sandberg",
            "Forsberg",
            "Sjöberg",
            "Wallin",
            "Engström",
        ],
        "DK" => &[
            "Nielsen",
            "Jensen",
            "Hansen",
            "Pedersen",
            "Andersen",
            "Christensen",
            "Larsen",
            "Sørensen",
            "Rasmussen",
            "Jørgensen",
            "Madsen",
            "Kristensen",
            "Olsen",
            "Thomsen",
            "Poulsen",
            "Møller",
            "Mortensen",
            "Iversen",
        ],
        "FI" => &[
            "Korhonen",
            "Virtanen",
            "Mäkinen",
            "Nieminen",
            "Mäkelä",
            "Hämäläinen",
            "Laine",
            "Heikkinen",
            "Koskinen",
            "Järvinen",
            "Lehtonen",
            "Saarinen",
            "Salminen",
            "Lindholm",
        ],
        "DE" => &[
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Klein",
            "Wolf",
            "Schröder",
            "Neumann",
            "Braun",
            "Zimmermann",
        ],
        "GB" => &[
            "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
            "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Hughes", "Edwards",
            "Green", "Hall",
        ],
        _ => &[
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "van Dijk",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "Bos",
            "Vos",
            "Peters",
            "Hendriks",
        ],
    }
}

/// First halves of company names.
pub const COMPANY_STEMS: &[&str] = &[
    "Nordvik",
    "Fjellstad",
    "Havbris",
    "Solheim",
    "Bergvik",
    "Kystlink",
    "Svea",
    "Norrland",
    "Øresund",
    "Vestfjord",
    "Polar",
    "Granitt",
    "Skagerak",
    "Lofoten",
    "Trollhavn",
    "Aurora",
    "Midgard",
    "Nordlys",
    "Saga",
    "Fjordkraft",
    "Kattegat",
    "Baltic",
    "Hansa",
    "Viken",
    "Innlandet",
    "Dovre",
    "Glomma",
    "Storm",
    "Bølge",
    "Tind",
    "Runde",
    "Elvebakk",
    "Isfjord",
    "Sólveig",
    "Vinter",
    "Linde",
    "Eik",
    "Bjørk",
    "Furu",
    "Havørn",
];

/// Second halves of company names, by NACE section.
pub fn company_suffix(section: char) -> &'static [&'static str] {
    match section {
        'A' => &["Sjømat", "Havbruk", "Skog", "Agri"],
        'B' => &["Offshore", "Energy Services", "Subsea", "Mineraler"],
        'C' => &[
            "Industrier",
            "Mekaniske Verksted",
            "Maskin",
            "Foods",
            "Plast",
            "Kjemi",
            "Elektro",
            "Metall",
        ],
        'D' => &["Kraft", "Energi", "Nett", "Vind"],
        'E' => &["Miljø", "Vann og Avløp", "Gjenvinning"],
        'F' => &["Bygg", "Entreprenør", "Anlegg", "Eiendomsutvikling"],
        'G' => &["Handel", "Retail", "Grossist", "Dagligvare"],
        'H' => &["Logistikk", "Shipping", "Transport", "Rederi"],
        'I' => &["Hotell", "Restaurantgruppe"],
        'J' => &["Software", "Digital", "Telecom", "Media"],
        'K' => &["Sparebank", "Forsikring", "Kapital", "Finans"],
        'L' => &["Eiendom", "Properties"],
        'M' => &["Rådgivning", "Engineering", "Analyse"],
        'N' => &["Bemanning", "Facility Services", "Sikkerhet"],
        'O' => &["kommune", "fylkeskommune", "Direktoratet"],
        'P' => &["Universitet", "Skolene", "Akademiet"],
        'Q' => &["Helseforetak", "Sykehus", "Omsorg"],
        _ => &["Gruppen", "Holding"],
    }
}

/// NACE sections a career is drawn from, with weights (per thousand).
pub const SECTION_WEIGHTS: &[(char, u32)] = &[
    ('C', 220),
    ('G', 90),
    ('H', 70),
    ('J', 100),
    ('K', 80),
    ('F', 70),
    ('B', 60),
    ('D', 50),
    ('Q', 60),
    ('O', 60),
    ('M', 60),
    ('N', 30),
    ('E', 20),
    ('I', 15),
    ('P', 15),
    ('A', 20),
    ('L', 10),
];

/// Role families with weights (per thousand), the permanent-career ladder (oldest first) and
/// the roles taken as interim assignments.
pub const FAMILIES: &[(RoleFamily, u32, &[&str], &[&str])] = &[
    (
        RoleFamily::Finance,
        200,
        &["finance_manager", "controller", "cfo"],
        &["cfo", "cfo", "controller", "cro"],
    ),
    (
        RoleFamily::GeneralManagement,
        180,
        &["sales_director", "bu_director", "ceo"],
        &["ceo", "ceo", "bu_director", "country_manager", "cro"],
    ),
    (
        RoleFamily::Operations,
        200,
        &["production_manager", "plant_manager", "coo"],
        &[
            "plant_manager",
            "coo",
            "supply_chain_director",
            "logistics_manager",
            "quality_manager",
        ],
    ),
    (
        RoleFamily::Commercial,
        110,
        &["customer_service_manager", "sales_director", "cco"],
        &["cco", "sales_director", "cmo"],
    ),
    (
        RoleFamily::People,
        70,
        &["hr_manager", "chro"],
        &["chro", "hr_manager", "transformation_director"],
    ),
    (
        RoleFamily::Technology,
        100,
        &["it_manager", "cio"],
        &["cio", "cdo", "cto", "it_manager"],
    ),
    (
        RoleFamily::Projects,
        100,
        &["project_manager", "programme_manager", "project_director"],
        &[
            "project_director",
            "programme_manager",
            "transformation_director",
        ],
    ),
    (
        RoleFamily::Procurement,
        25,
        &["procurement_manager", "cpo"],
        &["cpo", "procurement_manager", "supply_chain_director"],
    ),
    (
        RoleFamily::Legal,
        15,
        &["compliance_manager", "general_counsel"],
        &["general_counsel", "compliance_manager"],
    ),
];

/// Situations an interim assignment of each family most often handles.
pub fn family_situations(family: RoleFamily) -> &'static [SituationType] {
    use SituationType::*;
    match family {
        RoleFamily::Finance => &[
            LeadershipGap,
            RestructuringTurnaround,
            MergerIntegration,
            CrisisManagement,
            PerformanceImprovement,
        ],
        RoleFamily::GeneralManagement => &[
            LeadershipGap,
            RestructuringTurnaround,
            BusinessDevelopment,
            PerformanceImprovement,
            MergerIntegration,
            CrisisManagement,
        ],
        RoleFamily::Operations => &[
            PerformanceImprovement,
            RestructuringTurnaround,
            StartUp,
            LeadershipGap,
            CrisisManagement,
        ],
        RoleFamily::Commercial => &[BusinessDevelopment, PerformanceImprovement, LeadershipGap],
        RoleFamily::People => &[
            Transformation,
            RestructuringTurnaround,
            LeadershipGap,
            MergerIntegration,
        ],
        RoleFamily::Technology => &[Transformation, ProjectRescue, LeadershipGap],
        RoleFamily::Projects => &[ProjectRescue, Transformation, StartUp, MergerIntegration],
        RoleFamily::Procurement => &[
            PerformanceImprovement,
            RestructuringTurnaround,
            LeadershipGap,
        ],
        RoleFamily::Legal => &[LeadershipGap, CrisisManagement, MergerIntegration],
    }
}

/// Skills and methods named in profiles, per family.
pub fn family_skills(family: RoleFamily) -> &'static [&'static str] {
    match family {
        RoleFamily::Finance => &[
            "IFRS",
            "refinancing",
            "bank covenants",
            "cash management",
            "due diligence",
            "budgeting and forecasting",
            "cost reduction",
            "treasury",
            "M&A",
            "SAP S/4HANA",
            "Visma",
            "investor relations",
            "working capital",
        ],
        RoleFamily::GeneralManagement => &[
            "strategy",
            "board work",
            "turnaround",
            "M&A",
            "stakeholder management",
            "change management",
            "P&L responsibility",
            "sale process",
            "cost reduction",
            "growth strategy",
            "union negotiations",
        ],
        RoleFamily::Operations => &[
            "lean",
            "Six Sigma",
            "OEE",
            "S&OP",
            "HSE",
            "ISO 9001",
            "capacity planning",
            "plant closure",
            "automation",
            "supply chain",
            "union negotiations",
            "5S",
        ],
        RoleFamily::Commercial => &[
            "key account management",
            "pricing",
            "new markets",
            "export",
            "CRM",
            "e-commerce",
            "sales excellence",
            "brand",
            "distributor networks",
        ],
        RoleFamily::People => &[
            "reorganisation",
            "downsizing",
            "union negotiations",
            "leadership development",
            "culture change",
            "recruitment",
            "HR systems",
            "working environment act",
        ],
        RoleFamily::Technology => &[
            "ERP implementation",
            "cloud migration",
            "cyber security",
            "digital transformation",
            "IT sourcing",
            "data platform",
            "SAP S/4HANA",
            "Microsoft Dynamics 365",
            "agile",
        ],
        RoleFamily::Projects => &[
            "project rescue",
            "PMI",
            "Prince2",
            "stakeholder management",
            "ERP implementation",
            "capex projects",
            "contract management",
            "risk management",
            "agile",
        ],
        RoleFamily::Procurement => &[
            "category management",
            "supplier negotiations",
            "tender processes",
            "public procurement act",
            "cost reduction",
            "supply chain",
        ],
        RoleFamily::Legal => &[
            "contract law",
            "compliance programmes",
            "GDPR",
            "anti-corruption",
            "litigation",
            "M&A",
        ],
    }
}

/// Achievement sentences for an interim assignment by situation; `{a}` and `{b}` are filled
/// with numbers, `{s}` with a skill.
pub fn achievements(situation: SituationType) -> &'static [&'static str] {
    use SituationType::*;
    match situation {
        LeadershipGap => &[
            "Stepped in at {a} days' notice after the predecessor left; kept operations and reporting on track and handed over to the permanent successor after {b} months.",
            "Took over the seat within a week and led the team through the annual closing and budget; recruited the permanent successor.",
        ],
        PerformanceImprovement => &[
            "Raised operating margin from {a}% to {b}% in a year through {s} and a tighter management rhythm.",
            "Cut working capital by NOK {a} million and lifted delivery precision to {b}%.",
        ],
        BusinessDevelopment => &[
            "Opened {a} new export markets and grew order intake by {b}% in eighteen months.",
            "Built a new sales organisation and key account programme; revenue up {b}% with {s}.",
        ],
        RestructuringTurnaround => &[
            "Led a turnaround that took EBITDA from minus {a}% to plus {b}% within two years; renegotiated bank covenants.",
            "Restructured the company after losses, reduced fixed costs by {b}% and secured refinancing of NOK {a} million.",
        ],
        MergerIntegration => &[
            "Integrated an acquired company of {a} employees within {b} months and realised the planned synergies.",
            "Ran the carve-out and sale process; due diligence and closing completed in {b} months.",
        ],
        Transformation => &[
            "Led the transformation to a new operating model across {a} units; {s} delivered on time.",
            "Moved {a} entities to one ERP platform and cut the closing from {b} to five days.",
        ],
        ProjectRescue => &[
            "Took over a project {a}% over budget and delivered it {b} months later than the original plan but within the revised budget.",
            "Rescued a delayed {s} programme; re-planned, re-contracted suppliers and delivered within {b} months.",
        ],
        CrisisManagement => &[
            "Managed an acute liquidity crisis; secured bridge financing of NOK {a} million and stabilised operations in {b} weeks.",
            "Led the company through a serious safety incident and its aftermath, restoring trust with authorities and staff.",
        ],
        StartUp => &[
            "Built up a new unit from zero to {a} employees and first deliveries in {b} months.",
            "Established the new plant, recruited the management team and reached planned capacity in {b} months.",
        ],
    }
}

/// Achievement sentences for permanent roles.
pub const PERMANENT_ACHIEVEMENTS: &[&str] = &[
    "Responsible for a team of {a} and a budget of NOK {b} million; introduced {s}.",
    "Built the function from scratch and led it through growth from {a} to {b} employees.",
    "Member of the management group; drove {s} and improved results year on year.",
    "Led {a} direct reports across {b} sites with full responsibility for {s}.",
];

/// Situation-analysis sentences for generated mandates, by situation type.
pub fn mandate_story(situation: SituationType) -> (&'static str, &'static str, &'static str) {
    use SituationType::*;
    match situation {
        LeadershipGap => (
            "The incumbent left at short notice and the position is vacant; the organisation needs steady hands through the coming quarters.",
            "Keep operations, reporting and the team on track; prepare the ground for a permanent appointment.",
            "Low morale after the departure; key deadlines in the coming weeks.",
        ),
        PerformanceImprovement => (
            "Results have lagged the industry for two years; margins are under pressure and delivery precision is falling.",
            "Lift operating margin and delivery precision; establish a management rhythm with clear KPIs.",
            "Resistance to change in middle management; outdated systems and reporting.",
        ),
        BusinessDevelopment => (
            "The company has a strong product but flat sales; export is under-developed.",
            "Grow order intake, open new markets and build a sales organisation that lasts.",
            "Limited sales resources; competition from larger players.",
        ),
        RestructuringTurnaround => (
            "Two years of losses; bank covenants are at risk and the owners demand a turnaround.",
            "Restore profitability, cut fixed costs and secure refinancing with the bank.",
            "Union negotiations, liquidity and a board that wants results within twelve months.",
        ),
        MergerIntegration => (
            "A recent acquisition must be integrated; two cultures and two sets of systems run side by side.",
            "Integrate organisation, systems and reporting; realise the planned synergies.",
            "Key people at risk of leaving; overlapping customer portfolios.",
        ),
        Transformation => (
            "The company is moving to a new operating model and ERP platform; the programme is complex and cross-functional.",
            "Lead the transformation, secure adoption and deliver the new platform on time.",
            "Many stakeholders, legacy systems and a tight timeline.",
        ),
        ProjectRescue => (
            "A major project is behind schedule and over budget; the steering committee has lost confidence.",
            "Re-plan, take control of suppliers and deliver within a revised budget.",
            "Contract disputes, a tired project team and pressure from the owners.",
        ),
        CrisisManagement => (
            "An acute crisis threatens liquidity and reputation; decisions are needed within days.",
            "Stabilise the situation, secure financing and restore trust with stakeholders.",
            "Media attention, anxious employees and lenders that need a credible plan.",
        ),
        StartUp => (
            "A new unit is to be built up from scratch on a tight schedule.",
            "Recruit the team, establish processes and reach planned capacity.",
            "Scarce specialists in the region; dependencies on a parallel construction project.",
        ),
    }
}
