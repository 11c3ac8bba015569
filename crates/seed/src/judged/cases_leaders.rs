//! Judged cases for top-of-house mandates: an interim CEO for a seafood company, an interim
//! municipal chief executive and an interim hospital director in crisis.

use chrono::NaiveDate;
use domain::vocabulary::{Level, MandateStatus};

use super::JudgedCase;
use super::build::Pool;
use super::intake::*;
use super::places::*;

/// The general-management cases.
pub(super) fn cases(pool: &Pool, today: NaiveDate) -> Vec<JudgedCase> {
    vec![
        ceo_gap(pool, today),
        municipal_gap(pool, today),
        hospital_crisis(pool, today),
    ]
}

fn ceo_gap(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "CEO leadership gap, Bergen seafood",
        mandate: Need {
            client_id: 3,
            title: "Interim CEO after the sudden departure of the CEO",
            role: "ceo",
            level: Level::Executive,
            situation: "gap",
            current_state: "Hordafisk processes and exports salmon and whitefish, with 180 employees in two plants near Bergen and sales of 1.4 bn NOK. The CEO left at a week's notice after a disagreement with the board, and the CFO is holding the fort. The peak season for whitefish starts in two months.",
            goals: "Keep the company running and the management team together while the board recruits a permanent CEO. Secure the season's raw material and renew the two largest export contracts. Hand over an orderly business to the new CEO.",
            challenges: "Rumours in the industry have unsettled customers and the bank. Two managers are being courted by competitors. The plants need a decision on an automation investment that the former CEO left unresolved.",
            stakeholders: "The founding family owns 70 % and sits on the board; a regional investment company owns the rest. Key customers in Poland, France and Japan. The bank, the union at the plants and the municipality, which cares about jobs on the island.",
            success_criteria: "No key people lost; export contracts renewed; the automation decision taken with the board; a clean handover to the permanent CEO within six months.",
            must: "lang no C1",
            nice: "ind C10; sit gap; skill export",
            start_in: 14,
            weeks: 26,
            budget: 14_000,
            place: BERGEN,
            on_site: 4,
            status: MandateStatus::Search,
            opened_days_ago: 4,
        }
        .build(today),
        client: client(pool, "Hordafisk AS", "C10", "M", "priv", BERGEN, &["Ola Brattli"]),
        judgments: pool.judge(&[
            ("Silje Hatlevik", 3),    // ideal: two interim CEO roles in seafood after sudden departures, lives in Bergen
            ("Øyvind Kleppe", 3),     // ideal: fish-processing MD who took over at short notice; knows export
            ("Trine Mjelde", 3),      // ideal: interim MD twice in food after departures, seafood export background
            ("Harald Nygård", 3),     // ideal: three interim CEO roles in seafood, travels to the plant
            ("Gunnar Fossum", 2),     // good: six leadership gaps as interim CEO, but never food
            ("Asbjørn Tveit", 2),     // good: interim CEO in aquaculture; farming rather than processing
            ("Bente Skjold", 2),      // good: food CEO, turnarounds rather than caretaking
            ("Lene Årdal", 2),        // good: COO of a seafood company; has never held the top job
            ("Hans Petter Olsen", 1), // acceptable: fits, but his qualification lapsed four months ago
            ("Anne Grethe Hauge", 1), // acceptable: fits, but vetting is not finished
            ("Eirik Bremnes", 1),     // acceptable: seafood export director; not a CEO yet
            ("Kristin Aune", 1),      // acceptable: CEO, but retail and large companies
            ("Mathias Berge", 1),     // acceptable: 'daglig leder' of a 20-person subsidiary; a middle manager
            ("Knut Ose", 1),          // acceptable: CEO through crises, but shipyards, not food
            ("Snorre Kvalheim", 0),   // trap: seafood strategy consultant, CV full of the words
            ("Ragnhild Sunde", 0),    // trap: perfect fit, booked for most of the year
            ("Sverre Bjørge", 0),     // trap: 21,000 a day against 14,000
            ("Ola Brattli", 0),       // trap: the client's former CEO, excluded after the conflict
            ("Pieter de Vries", 0),   // trap: Dutch fish-processing CEO, no Norwegian
            ("Kjersti Leira", 0),     // trap: assessed not qualified
            ("Ivar Sletten", 0),      // trap: good seafood CEO who works only within reach of Kristiansand
            ("Grete Vik", 0),         // trap: administrator who was 'acting general manager'
            ("Frode Eide", 0),        // trap: free only in two months; the seat is empty now
        ]),
    }
}

fn municipal_gap(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "Municipal director gap, Bodø region",
        mandate: Need {
            client_id: 4,
            title: "Interim kommunedirektør for nine months",
            role: "municipal_director",
            level: Level::Executive,
            situation: "gap",
            current_state: "Saltfjord kommune has 52,000 inhabitants and 4,200 employees. The kommunedirektør resigned after a long conflict with the mayor, and the deputy is on sick leave. The budget for next year must be presented to the council in ten weeks.",
            goals: "Lead the administration until a permanent director is in place, restore a working relationship between the administration and the politicians, and present a balanced budget and financial plan on time.",
            challenges: "Trust between the mayor and the administration is low, and the local press covers every step. Health and care services run a deficit, and two heads of sector have resigned. Staff turnover is high.",
            stakeholders: "The mayor and the council, the heads of sector, the unions and the safety delegates, the county governor (statsforvalteren), and the inhabitants through the local press.",
            success_criteria: "Budget adopted on time; no further departures in the management group; the council's confidence restored as measured in the autumn survey; an orderly handover to the permanent director.",
            must: "lang no C2",
            nice: "ind O84; sit gap; skill Local Government Act",
            start_in: 30,
            weeks: 36,
            budget: 12_500,
            place: BODO,
            on_site: 5,
            status: MandateStatus::Search,
            opened_days_ago: 6,
        }
        .build(today),
        client: client(pool, "Saltfjord kommune", "O84", "E", "pub", BODO, &["Svein Olav Holm"]),
        judgments: pool.judge(&[
            ("Randi Moe", 3),         // ideal: interim kommunedirektør twice after council conflicts, lives in Bodø
            ("Kjell Arne Hansen", 3), // ideal: interim rådmann three times in the north
            ("Ellen Kristiansen", 3), // ideal: interim after a public conflict, strong with politicians and press
            ("Terje Nordli", 3),      // ideal: Nordland municipal director with an interim behind him
            ("Oddny Hjelmeland", 3),  // ideal: interim director twice after departures, one in Nordland; moves to Bodø for the period
            ("Gro Haugen", 2),        // good: head of health and care, one level below; public and steady
            ("Steinar Lyngstad", 2),  // good: interim CEO of municipally owned companies; knows owner politics
            ("Hilde Sørensen", 2),    // good: public general manager from hospitals, a related top role
            ("Gunnar Fossum", 1),     // acceptable: leadership-gap specialist, never the public sector
            ("Jan Erik Solheim", 1),  // acceptable: was rådmann, but six years out and not vetted
            ("Marit Nyheim", 1),      // acceptable: municipal finance director; has not led a municipality
            ("Torunn Eliassen", 1),   // acceptable: hospital director; public but another world
            ("Pål Brekke", 1),        // acceptable: municipal and health-trust finance, not general management
            ("Åse Lindahl", 0),       // trap: Swedish kommundirektör, Norwegian B2 against C2
            ("Petter Rasch", 0),      // trap: municipal consultant with all the words
            ("Inger Marie Fjeld", 0), // trap: ideal, but in another interim role through most of the window
            ("Rolf Amundsen", 0),     // trap: 17,500 a day against 12,500
            ("Svein Olav Holm", 0),   // trap: the client's former director, excluded
            ("Oddvar Ringstad", 0),   // trap: consent lapsed
            ("Tore Helland", 0),      // trap: not qualified
        ]),
    }
}

fn hospital_crisis(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "Hospital director in crisis, Tromsø",
        mandate: Need {
            client_id: 5,
            title: "Interim hospital director after a patient-safety crisis",
            role: "hospital_director",
            level: Level::Executive,
            situation: "crisis",
            current_state: "Helse Nordkyst runs three hospitals with 6,500 employees. After two serious patient-safety incidents and a critical report from the Norwegian Board of Health Supervision, the hospital director stepped down. The trust also runs a deficit of 140 MNOK, and the national press follows the case.",
            goals: "Lead the trust through the crisis: follow up the supervisory report, restore routines for patient safety, and regain the trust of patients, staff and the regional health authority. Stop the growth of the deficit without new cuts in the clinics under scrutiny.",
            challenges: "Clinicians are angry with the former management, and the unions demand a say. Two clinic heads are on sick leave. Every decision is covered by the media, and the ministry asks for weekly reports.",
            stakeholders: "The board of the trust and the regional health authority, the Board of Health Supervision, clinic heads and physicians, nurses' and physicians' unions, patients and their organisations, and the municipalities in the region.",
            success_criteria: "Supervisory follow-up accepted within four months; no new serious incidents; staff survey back to last year's level; a deficit plan adopted by the board; an orderly handover to a permanent director.",
            must: "lang no C2",
            nice: "ind Q86; sit crisis; skill patient safety",
            start_in: 14,
            weeks: 24,
            budget: 14_000,
            place: TROMSO,
            on_site: 5,
            status: MandateStatus::Intake,
            opened_days_ago: 2,
        }
        .build(today),
        client: client(pool, "Helse Nordkyst HF", "Q86", "E", "pub", TROMSO, &[]),
        judgments: pool.judge(&[
            ("Solveig Rød", 3),         // ideal: interim director of a trust after patient-safety incidents, from Tromsø
            ("Arne Fredriksen", 3),     // ideal: led a trust out of a fatal patient-safety case
            ("Hilde Sørensen", 3),      // ideal: interim director in a patient-safety crisis, trusted by clinicians
            ("Liv Hovland", 3),         // ideal: hospital crisis leadership in the pandemic and a patient-safety case
            ("Torunn Eliassen", 2),     // good: northern hospital director, deficits rather than crises
            ("Ingeborg Lunde", 2),      // good: led a university hospital's crisis staff, but as COO
            ("Magnus Holt", 1),         // acceptable: Swedish crisis director, Norwegian C1 below the C2 asked
            ("Margit Holm", 1),         // acceptable: the right crisis, but her qualification lapsed
            ("Espen Karlsen", 1),       // acceptable: clinic head in Tromsø, a middle manager
            ("Pål Brekke", 1),          // acceptable: closed a health-trust deficit as CFO
            ("Randi Moe", 1),           // acceptable: municipal health and care, not a hospital
            ("Gro Haugen", 1),          // acceptable: municipal health and care head, one level down
            ("Steinar Lyngstad", 0),    // wrong: public CEO from energy and waste
            ("Cathrine Berg", 0),       // trap: hospital advisor whose CV mirrors the mandate
            ("Bjarne Iversen", 0),      // trap: ideal, but free only in three months
            ("Ulrike Schmidt", 0),      // trap: German hospital director, no Norwegian
            ("Knut Heggem", 0),         // trap: not qualified
            ("Ronny Kristoffersen", 0), // trap: 19,000 a day against 14,000
        ]),
    }
}
