//! Judged cases for project-leadership mandates: the rescue of a hospital building project
//! and a public agency's digital transformation programme.

use chrono::NaiveDate;
use domain::vocabulary::{Level, MandateStatus};

use super::JudgedCase;
use super::build::Pool;
use super::intake::*;
use super::places::*;

/// The project cases.
pub(super) fn cases(pool: &Pool, today: NaiveDate) -> Vec<JudgedCase> {
    vec![
        hospital_rescue(pool, today),
        agency_transformation(pool, today),
    ]
}

fn hospital_rescue(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "Project rescue, hospital build Stavanger",
        mandate: Need {
            client_id: 11,
            title: "Interim project director to rescue a hospital building project",
            role: "project_director",
            level: Level::ProjectLeadership,
            situation: "rescue",
            current_state: "Helse Sørvest is building a 90,000 m² hospital in Stavanger. The project is 14 months late and 1.2 bn NOK over budget; the main contractor has filed claims of 600 MNOK under NS 8407, and the project director has resigned. The board must report to the regional health authority in three months.",
            goals: "Take over the project, establish a realistic schedule and cost forecast, settle or structure the contractor claims, and bring the hospital to handover without further loss of time.",
            challenges: "Relations with the contractor are poisoned and both sides have lawyers involved. User groups keep asking for changes. The project organisation is demoralised, and the press reports every new overrun.",
            stakeholders: "The board and the CEO of the health trust, the regional health authority, the main contractor and the key subcontractors, the clinical user groups, the municipality and the local press.",
            success_criteria: "A revised schedule and budget approved within two months and then kept; claims settled or in an agreed process within six months; no new change orders without approval; handover on the revised date.",
            must: "lang no C1",
            nice: "ind Q86; ind F41; sit rescue; skill NS 8407",
            start_in: 21,
            weeks: 52,
            budget: 14_000,
            place: STAVANGER,
            on_site: 4,
            status: MandateStatus::Search,
            opened_days_ago: 9,
        }
        .build(today),
        client: client(pool, "Helse Sørvest HF", "Q86", "E", "pub", STAVANGER, &["Kåre Vatne"]),
        judgments: pool.judge(&[
            ("Øystein Grimstad", 3), // ideal: rescued a delayed hospital build and settled the claims; lives in Stavanger
            ("Kirsti Heggelund", 3), // ideal: hospital and university builds, rescued one; strong on contracts
            ("Bjørn Inge Fosse", 3), // ideal: rescued a hospital extension, a court-house and a prison build
            ("Nils Torvund", 3),     // ideal: rescued a hospital build and a light-rail project
            ("Aslak Haga", 2),       // good: project recovery offshore, no buildings or public clients
            ("Eivind Rasmussen", 2), // good: delivered a hospital on time; never had to rescue one
            ("Linda Skaar", 2),      // good: brought a delayed building portfolio back on track as programme manager
            ("Marius Lund", 1),      // acceptable: rescued mid-size builds as project manager; a different scale
            ("Lars Petter Aune", 1), // acceptable: built an industrial plant; no rescue, no public client
            ("Trude Holm Olsen", 0), // trap: advisory partner who reviews rescues; CV mirrors the mandate
            ("Arnfinn Dyrdal", 0),   // trap: ideal, but leading another rescue through the window
            ("Sigurd Bryne", 0),     // trap: 20,000 a day against 14,000
            ("Richard Hughes", 0),   // trap: recovered NHS hospital builds, English only
            ("Geir Mathisen", 0),    // trap: not qualified
            ("Kåre Vatne", 0),       // trap: the contractor's project director in the dispute; excluded
        ]),
    }
}

fn agency_transformation(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "Programme manager, agency digitalisation",
        mandate: Need {
            client_id: 12,
            title: "Interim programme manager for a digital transformation",
            role: "programme_manager",
            level: Level::ProjectLeadership,
            situation: "transf",
            current_state: "Statens tjenesteetat handles 400,000 applications a year on a 25-year-old case-handling system. A four-year programme to replace it with cloud-based services and agile product teams has run for one year; the programme manager has moved to another agency, and the first releases are slipping.",
            goals: "Lead the programme through its next two years: get the first digital services to citizens, move the teams to a common way of working, and phase out the old system one module at a time.",
            challenges: "The organisation is used to waterfall projects and large suppliers. Several teams depend on a national identity service that is late. The ministry watches the budget closely after a critical report.",
            stakeholders: "The director general and the management group, the ministry, the Digitalisation Directorate, the unions, two IT suppliers, and the caseworkers who will use the new services.",
            success_criteria: "First citizen services in production within six months; the old system's first module switched off within a year; programme within its budget frame; a steering model the agency keeps.",
            must: "lang no C1",
            nice: "ind O84; sit transf; skill agile; skill cloud",
            start_in: 28,
            weeks: 52,
            budget: 13_000,
            place: OSLO,
            on_site: 3,
            status: MandateStatus::Search,
            opened_days_ago: 2,
        }
        .build(today),
        client: client(pool, "Statens tjenesteetat", "O84", "E", "pub", OSLO, &[]),
        judgments: pool.judge(&[
            ("Tonje Fjeld", 3),      // ideal: replaced a welfare agency's case-handling core with cloud and agile teams
            ("Anders Rønneberg", 3), // ideal: four years modernising a state agency's systems
            ("Guro Lindstad", 3),    // ideal: digital programmes in a directorate and a large municipality
            ("Petter Kjos", 2),      // good: core-system replacement in a bank; never public sector
            ("Erlend Sæbø", 2),      // good: public transformation director; change rather than technology
            ("Hanna Bergseng", 2),   // good: agile public IT projects; has not run a whole programme
            ("Vibeke Storli", 1),    // acceptable: public CIO who wants executive roles, not a programme
            ("Linda Skaar", 1),      // acceptable: public programme manager, but building programmes
            ("Kristian Moe", 0),     // trap: consultancy manager whose CV has every keyword
            ("Silje Fagerli", 0),    // trap: ideal, but not free for three months
            ("Harald Bakkevig", 0),  // trap: 18,500 a day against 13,000
            ("Mark Jansen", 0),      // trap: Dutch government programmes, no Norwegian
            ("Ørjan Fossli", 0),     // trap: not qualified
            ("Berit Moen", 0),       // trap: consent lapsed
        ]),
    }
}
