//! Judged cases for technology and HR executives: a CIO for an ERP transformation at a
//! Stockholm retailer and an HR director for a merger at a Copenhagen insurer.

use chrono::NaiveDate;
use domain::vocabulary::{Level, MandateStatus};

use super::JudgedCase;
use super::build::Pool;
use super::intake::*;
use super::places::*;

/// The technology and HR cases.
pub(super) fn cases(pool: &Pool, today: NaiveDate) -> Vec<JudgedCase> {
    vec![cio_erp(pool, today), hr_merger(pool, today)]
}

fn cio_erp(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "CIO ERP transformation, Stockholm retail",
        mandate: Need {
            client_id: 13,
            title: "Interim CIO to lead an ERP transformation",
            role: "cio",
            level: Level::Executive,
            situation: "transf",
            current_state: "Nordisk Modehus runs 210 fashion stores in Sweden, Norway and Finland and a growing web shop. Its 20-year-old ERP is being replaced by SAP S/4HANA; the programme is six months in, behind plan, and the CIO has left. Stores and the web shop run on separate stock figures.",
            goals: "Lead IT and the ERP transformation: reset the plan with the integrator, go live in Sweden before the autumn season, and give stores and the web shop one view of stock.",
            challenges: "The integrator and the business blame each other for delays. Data quality in the old system is poor. Store staff have little patience for new systems in the high season.",
            stakeholders: "The CEO and CFO, the heads of stores, e-commerce and logistics, the SAP integrator, the IT department of 45 people, and the owners, a private equity fund.",
            success_criteria: "A re-baselined plan approved within six weeks; Swedish go-live before the autumn season without store disruption; one stock figure across channels; a permanent CIO recruited.",
            must: "lang sv C1",
            nice: "ind G47; sit transf; skill ERP; skill SAP S/4HANA",
            start_in: 30,
            weeks: 40,
            budget: 15_000,
            place: STOCKHOLM,
            on_site: 3,
            status: MandateStatus::Search,
            opened_days_ago: 4,
        }
        .build(today),
        client: client(pool, "Nordisk Modehus AB", "G47", "E", "priv", STOCKHOLM, &["Jesper Lundin"]),
        judgments: pool.judge(&[
            ("Fredrik Holmberg", 3), // ideal: two S/4HANA transformations at Swedish retailers as interim CIO
            ("Cecilia Åberg", 3),    // ideal: fashion-retail CIO, ERP rollout and new e-commerce
            ("Niklas Berggren", 3),  // ideal: interim CIO four times, rescued a failing ERP programme
            ("Ingrid Dahlström", 3), // ideal: SAP rollout to 250 stores in three countries
            ("Runar Eggen", 2),      // good: Norwegian retail CIO with Swedish C1; ERP across both countries
            ("Johanna Lilja", 2),    // good: retail ERP, but Dynamics rather than SAP; based in Helsinki
            ("Oskar Lindholm", 2),   // good: S/4HANA transformation, but manufacturing
            ("Terese Wahl", 1),      // acceptable: retail CDO on the digital front end; never led an ERP
            ("Eva Hallberg", 1),     // acceptable: ERP programme manager, not an IT executive
            ("Anton Sjölund", 1),    // acceptable: IT manager who led a store-systems workstream
            ("Marcus Lind", 1),      // acceptable: IT director with an ERP change in utilities
            ("Viktor Engström", 0),  // trap: SAP partner consultant; sells the integrator's hours
            ("Lena Sundqvist", 0),   // trap: ideal, but booked for most of the year
            ("Claes Wallin", 0),     // trap: 22,000 a day against 15,000
            ("David Clarke", 0),     // trap: British retail CIO, no Swedish
            ("Patrik Olsson", 0),    // trap: not qualified
            ("Jesper Lundin", 0),    // trap: the client's former CIO, excluded
        ]),
    }
}

fn hr_merger(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "HR director, merger at Copenhagen insurer",
        mandate: Need {
            client_id: 14,
            title: "Interim HR director for a post-merger integration",
            role: "chro",
            level: Level::Executive,
            situation: "merger",
            current_state: "Kronborg Forsikring has merged with a smaller mutual insurer; together they have 900 employees in Copenhagen and Aarhus. The two companies have different pay systems, pension terms and cultures, and the HR director of the larger one has gone on long-term sick leave.",
            goals: "Lead HR through the integration: one organisation and leadership structure, harmonised terms and pay, a fair process for the 60 redundancies the business case needs, and a common culture.",
            challenges: "Employees of the mutual fear losing their better pension terms. The union has asked for a say at every step. Two payroll systems must become one before the end of the year.",
            stakeholders: "The CEO and the integration board, the leadership teams of both companies, Finansforbundet and the local shop stewards, the employees in both cities, and the Danish FSA, which follows the merger.",
            success_criteria: "New organisation in place within four months; terms harmonised and agreed with the union; redundancies without legal disputes; one payroll system; engagement back to pre-merger levels within a year.",
            must: "lang da C1",
            nice: "ind K65; sit merger; skill harmonisation; skill change management",
            start_in: 21,
            weeks: 36,
            budget: 14_500,
            place: KOBENHAVN,
            on_site: 4,
            status: MandateStatus::Search,
            opened_days_ago: 5,
        }
        .build(today),
        client: client(pool, "Kronborg Forsikring A/S", "K65", "L", "priv", KOBENHAVN, &[]),
        judgments: pool.judge(&[
            ("Mette Kjærgaard", 3),   // ideal: two financial-services mergers as interim HR director, knows the union
            ("Søren Lund", 3),        // ideal: merged two pension companies' people and pay
            ("Pernille Holst", 3),    // ideal: insurance CHRO who integrated two acquisitions
            ("Jakob Thomsen", 2),     // good: two mergers, but manufacturing
            ("Anne Mette Bach", 2),   // good: insurance HR director, transformation rather than merger
            ("Rasmus Friis", 1),      // acceptable: ran the people workstream of a bank merger; not yet a director
            ("Kjersti Solheim", 1),   // acceptable: Norwegian bank merger, Danish B2 against C1
            ("Louise Dam", 1),        // acceptable: HR business partner at an insurer
            ("Karen Winther", 1),     // acceptable: downsizing in energy, no merger
            ("Christian Brandt", 0),  // trap: Big Four people-advisory director with the words
            ("Lotte Vestergaard", 0), // trap: ideal, but booked through the window
            ("Henrik Juul", 0),       // trap: 21,000 a day against 14,500
            ("Sarah Mitchell", 0),    // trap: British insurance mergers, no Danish
            ("Bo Kristensen", 0),     // trap: not qualified
            ("Hanne Dalgaard", 0),    // trap: consent lapsed
            ("Katrin Vogel", 0),      // trap: German insurance mergers, no Danish
        ]),
    }
}
