//! Judged cases for operations mandates: a lean plant manager for an automotive plant and a
//! COO to start up a battery cell plant, graded by hand over the operations pool.

use chrono::NaiveDate;
use domain::vocabulary::{Level, MandateStatus};

use super::JudgedCase;
use super::build::Pool;
use super::intake::*;
use super::places::*;

/// The operations cases.
pub(super) fn cases(pool: &Pool, today: NaiveDate) -> Vec<JudgedCase> {
    vec![
        plant_performance(pool, today),
        battery_start_up(pool, today),
    ]
}

fn plant_performance(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "Plant manager, lean at Raufoss",
        mandate: Need {
            client_id: 6,
            title: "Interim plant manager to lift performance",
            role: "plant_manager",
            level: Level::MiddleManagement,
            situation: "perf",
            current_state: "Raufoss Chassis machines and assembles aluminium chassis parts for German car makers, with 600 employees on three shifts. OEE has fallen from 74 % to 61 % in a year, two OEM customers have put the plant on escalation, and the plant manager has left for a competitor.",
            goals: "Lift OEE back above 72 % and delivery precision to 98 % within nine months, get off both customer escalations, and install a lean daily-management system that the organisation keeps after the interim period.",
            challenges: "An earlier lean programme run by consultants left the operators sceptical. Maintenance is reactive and short of skilled people. The group in Germany has asked for a recovery plan within six weeks and may move volumes.",
            stakeholders: "The managing director of the Norwegian company, the group's COO in Germany, two OEM quality teams, the union and the safety delegates, and the shift leaders who will carry the change.",
            success_criteria: "OEE above 72 % and delivery precision at 98 %; escalations closed; daily boards in use on every line; a successor plant manager in place.",
            must: "lang no C1; skill lean",
            nice: "ind C29; sit perf; skill OEE",
            start_in: 21,
            weeks: 39,
            budget: 10_000,
            place: RAUFOSS,
            on_site: 5,
            status: MandateStatus::Search,
            opened_days_ago: 5,
        }
        .build(today),
        client: client(pool, "Raufoss Chassis AS", "C29", "L", "priv", RAUFOSS, &["Bård Eng"]),
        judgments: pool.judge(&[
            ("Stian Rudshaug", 3),       // ideal: lifted two automotive plants with German OEMs, hands-on lean
            ("Anette Bjørnstad", 3),     // ideal: two performance assignments as interim plant manager, lean and TPM
            ("Roar Dalen", 3),           // ideal: saved an automotive plant with lean; black belt; lives nearby
            ("Tomas Lindgren", 3),       // ideal: Swedish automotive plant manager, lean, Norwegian C1
            ("Vidar Holmen", 2),         // good: ran a whole automotive group's operations; over-qualified, at the top of the budget
            ("Kenneth Sørli", 2),        // good: lean production manager in machinery; not yet plant manager
            ("Janne Aasen", 2),          // good: lean plant manager, but food plants
            ("Håkon Rustad", 1),         // acceptable: plant manager who builds lines rather than improves them
            ("Eskil Brenden", 1),        // acceptable: automotive plant manager, but nothing on lean, the must-have
            ("Kristoffer Wold", 1),      // acceptable: fits, but his qualification lapsed
            ("Marte Kolstad", 1),        // acceptable: closed OEM escalations as quality manager; has not run a plant
            ("Sindre Haugli", 1),        // acceptable: lean champion, but a shift manager
            ("Lene Årdal", 1),           // acceptable: seafood COO with lean; another industry and level
            ("Gunn Iren Torstensen", 1), // acceptable: lean plant manager in food; takes at most three months, this is nine
            ("Joakim Nes", 0),           // trap: lean consultant whose CV matches every word
            ("Rolf Heimdal", 0),         // trap: ideal, but booked through most of the window
            ("Dieter Wagner", 0),        // trap: German automotive plant manager, no Norwegian
            ("Øystein Frøland", 0),      // trap: not qualified
            ("Per Ivar Kleven", 0),      // trap: 16,000 a day against 10,000
            ("Bård Eng", 0),             // trap: the client's former plant manager, excluded
            ("Nigel Foster", 0),         // trap: lean automotive plant manager, English only
        ]),
    }
}

fn battery_start_up(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "COO start-up, battery plant Mo i Rana",
        mandate: Need {
            client_id: 7,
            title: "Interim COO to start up a battery cell plant",
            role: "coo",
            level: Level::Executive,
            situation: "startup",
            current_state: "Rana Battericelle is building a battery cell plant in Mo i Rana with a first line of 4 GWh. The building is closed in and equipment installation starts in three months; 60 people are employed today and 450 must be hired within 18 months. The investors want an experienced operations leader until a permanent COO is found.",
            goals: "Build the operations organisation, lead commissioning and ramp-up of the first line to start of production, and put in place the quality, safety and maintenance systems a car-maker customer will audit.",
            challenges: "Few people in Norway have run a cell plant; most key staff will come from abroad and work in English. The equipment suppliers are Asian and the schedule is tight. Yield in the first months decides whether the customer keeps its volumes.",
            stakeholders: "The CEO and the board with two industrial investors, a European car maker as anchor customer, the equipment suppliers, Enova and the state lenders, the municipality and the local labour market.",
            success_criteria: "Start of production on the agreed date; yield above 85 % within six months of the start; no serious injuries; 300 people hired and trained; a permanent COO recruited.",
            must: "lang en C1",
            nice: "lang no B2; ind C27; sit startup; skill commissioning",
            start_in: 45,
            weeks: 52,
            budget: 16_000,
            place: MO_I_RANA,
            on_site: 4,
            status: MandateStatus::Search,
            opened_days_ago: 7,
        }
        .build(today),
        client: client(pool, "Rana Battericelle AS", "C27", "L", "priv", MO_I_RANA, &[]),
        judgments: pool.judge(&[
            ("Jörg Hartmann", 3),    // ideal: took a battery cell plant from pilot line to volume; English C2
            ("Anna Sjöberg", 3),     // ideal: VP operations of a Nordic gigafactory through commissioning and ramp-up
            ("Hege Mørk", 3),        // ideal: started up a battery-materials plant and a casthouse; Norwegian and English
            ("Mikko Salonen", 3),    // ideal: battery-materials plant start-up with a multinational team
            ("Kasper Nørgaard", 2),  // good: two greenfield factories to volume, but wind blades
            ("Ronald Visser", 2),    // good: semiconductor fab start-up; clean-room ramp-up is close
            ("Tor Erling Moen", 2),  // good: local, started up a furnace line; process industry, not cells
            ("Vidar Holmen", 1),     // acceptable: automotive COO, performance rather than start-up
            ("Håkon Rustad", 1),     // acceptable: started up lines as plant manager; a much smaller scale
            ("Lars Petter Aune", 1), // acceptable: built a plant as project director; has not run one
            ("Andreas Kvalsund", 0), // wrong: battery shift manager, far too junior for COO
            ("Henrik Brask", 0),     // trap: battery consultant with every keyword, never a COO
            ("Rune Olaisen", 0),     // trap: local start-up leader with English B1
            ("Gareth Evans", 0),     // trap: 19,500 a day against 16,000
            ("Sara Nyström", 0),     // trap: ideal, but not free until late spring
            ("Trond Vassli", 0),     // trap: not qualified
        ]),
    }
}
