//! Judged cases for finance mandates: a turnaround CFO for a machinery maker and a crisis CFO
//! for a shipyard, graded by hand over the finance pool.

use chrono::NaiveDate;
use domain::vocabulary::{Level, MandateStatus};

use super::JudgedCase;
use super::build::Pool;
use super::intake::*;
use super::places::*;

/// The finance cases.
pub(super) fn cases(pool: &Pool, today: NaiveDate) -> Vec<JudgedCase> {
    vec![cfo_turnaround(pool, today), cfo_crisis(pool, today)]
}

fn cfo_turnaround(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "CFO turnaround, Kongsberg machinery",
        mandate: Need {
            client_id: 1,
            title: "Interim CFO for the turnaround of a machinery maker",
            role: "cfo",
            level: Level::Executive,
            situation: "turn",
            current_state: "Numedal Maskin makes hydraulic and drilling machinery for export, with 420 employees in Kongsberg and a small plant in Poland. Two loss years in a row after a failed product launch and rising steel prices; the permanent CFO resigned last month. Covenants with the bank will be breached at the next quarterly test.",
            goals: "Stabilise liquidity with a 13-week cash flow and a credible turnaround plan within six weeks. Refinance the 700 MNOK bank facility and release working capital tied up in inventory. Leave a finance team that can carry on after the interim period.",
            challenges: "The bank has put the account on watch and wants a new plan within two months. Inventory values and product costing are unreliable after an ERP upgrade. The union fears layoffs, and the owners disagree on whether to sell the Polish plant.",
            stakeholders: "The founding family owns 60 % and a private equity fund 40 %; the board chair comes from the fund. DNB is the main bank. The CEO has been in the job for a year and wants a CFO who challenges him. Strong union representation in the plant.",
            success_criteria: "Covenants reset and the facility refinanced within six months; positive operating cash flow by the end of the assignment; a permanent CFO recruited and handed over to.",
            must: "lang no C1",
            nice: "ind C28; sit turn; skill refinancing",
            start_in: 28,
            weeks: 26,
            budget: 15_000,
            place: KONGSBERG,
            on_site: 4,
            status: MandateStatus::Search,
            opened_days_ago: 3,
        }
        .build(today),
        client: client(pool, "Numedal Maskin AS", "C28", "L", "priv", KONGSBERG, &["Jon Eriksen"]),
        judgments: pool.judge(&[
            ("Kari Solberg", 3),      // ideal: two manufacturing turnarounds with refinancing, ran a listed machinery group's finance
            ("Per Arne Lunde", 3),    // ideal: lives in Kongsberg, two machinery turnarounds with refinancing and the unions
            ("Ingrid Bakke", 3),      // ideal: restructured a cable maker and a pump maker, machinery CFO before
            ("Helene Wiik", 3),       // ideal: led a drilling-machinery turnaround in the downturn, within budget
            ("Erik Haugland", 2),     // good: turned a deck-machinery maker around, but a maritime man far from Kongsberg
            ("Lars Öberg", 2),        // good: two engineering turnarounds and Norwegian C1, but his bank network is Swedish
            ("Cecilie Vik", 2),       // good: restructured a machinery maker as CRO; would rather lead than run finance
            ("Svein Tore Myhre", 2),  // good: machinery CFO through and through, never a turnaround
            ("Marianne Dahl", 2),     // good: a real turnaround CFO, but construction and retail
            ("Tor Inge Vartdal", 2),  // good: yard restructurings; the situation without the industry
            ("Jens Fog", 1),          // acceptable: Danish turnaround CFO, Norwegian only B2 against the C1 asked for
            ("Ole Kristian Berg", 1), // acceptable: ideal on paper, but his qualification lapsed and must be renewed first
            ("Thomas Aas", 1),        // acceptable: ran the cash flow in a machinery turnaround, but has never been a CFO
            ("Siri Hjelle", 1),       // acceptable: bond restructurings in offshore; a different world from machinery
            ("Hanne Rud", 1),         // acceptable: strong CFO, but growth and funding rounds, not turnarounds
            ("Pål Brekke", 1),        // acceptable: deficit reduction in the public sector only
            ("Anders Kvam", 1),       // acceptable: the right history, but three days a week for a full-time turnaround
            ("Kjetil Rønning", 1),    // acceptable: yard restructuring, and not free until after the start
            ("Torill Salvesen", 1),   // acceptable: machinery turnarounds, but the vetting decision is on hold
            ("Fredrik Mo", 0),        // trap: advisory partner whose CV is full of the words; a consultant, not a CFO
            ("Geir Strand", 0),       // trap: perfect fit, but placed elsewhere through the whole window
            ("Astrid Lie", 0),        // trap: 24,000 a day against a 15,000 budget
            ("Jon Eriksen", 0),       // trap: the client's former CFO, excluded after a dispute
            ("Klaus Becker", 0),      // trap: German turnarounds, no Norwegian at all
            ("Bjørn Sæther", 0),      // trap: turnaround words, but assessed not qualified
            ("Rune Tangen", 0),       // trap: right profile, consent to be in the network has lapsed
            ("Martin Hagen", 0),      // trap: "CFO" of a twelve-person start-up; not an executive
            ("Camilla Strøm", 0),     // trap: finance manager with the keywords, never a CFO, not vetted
            ("Eva Lindqvist", 0),     // trap: Swedish turnaround CFO with Norwegian B1
            ("Morten Haug", 0),       // trap: an accountant (administrator) who supported turnarounds
        ]),
    }
}

fn cfo_crisis(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "Crisis CFO, liquidity at Ålesund yard",
        mandate: Need {
            client_id: 2,
            title: "Interim CFO through a liquidity crisis at a shipyard",
            role: "cfo",
            level: Level::Executive,
            situation: "crisis",
            current_state: "Storfjord Verft builds advanced fishing and offshore vessels with 380 employees. Cost overruns on two newbuilds and a customer who delayed a milestone payment have left the yard with cash for about five weeks. The CFO is on sick leave, and the banks have asked for a named person in charge of liquidity.",
            goals: "Take control of cash from day one: daily liquidity, a 13-week cash flow and a standstill with the two banks. Renegotiate milestone payments with the customers and secure new refund guarantees so that the yard can deliver the vessels in its order book.",
            challenges: "There is no time for a learning period: payroll is due in three weeks. Project accounting has not kept up with the overruns, so nobody knows the true cost to complete. Suppliers demand cash on delivery, and local media follow the case closely.",
            stakeholders: "A local family owns the yard; the board chair is the founder's son. Two banks and Export Finance Norway hold guarantees. The shipowners are anxious about their vessels, and the employees and the municipality fear for the yard.",
            success_criteria: "Standstill signed within three weeks; no missed payroll; refinancing or new equity in place within four months; vessels delivered on the revised plan.",
            must: "lang no C1",
            nice: "ind C30; sit crisis; skill cash flow; skill refund guarantees",
            start_in: 10,
            weeks: 16,
            budget: 16_000,
            place: ALESUND,
            on_site: 5,
            status: MandateStatus::Intake,
            opened_days_ago: 1,
        }
        .build(today),
        client: client(pool, "Storfjord Verft AS", "C30", "L", "priv", ALESUND, &[]),
        judgments: pool.judge(&[
            ("Erik Haugland", 3),    // ideal: took a yard through a liquidity crisis without a court process; lives in Ålesund
            ("Tor Inge Vartdal", 3), // ideal: two yard crises as interim CFO, knows refund guarantees and construction loans
            ("Cecilie Vik", 3),      // ideal: CRO in a yard liquidity crisis with a CFO background; the banks know her
            ("Siri Hjelle", 2),      // good: liquidity crisis and bond restructuring in offshore service, not a yard
            ("Marianne Dahl", 2),    // good: crisis after a project loss at a contractor; project finance like a yard
            ("Jon Eriksen", 2),      // good: liquidity crisis at a maritime service firm (not excluded by this client)
            ("Kari Solberg", 2),     // good: covenant and cash work in turnarounds, but never a yard or an acute crisis
            ("Knut Ose", 1),         // acceptable: led yards through crises, but as CEO; not a finance person
            ("Kjetil Rønning", 1),   // acceptable: ideal on paper, but free only in six weeks; the cash lasts five
            ("Anders Kvam", 1),      // acceptable: a yard crisis behind him, but three days a week
            ("Nina Sandvik", 1),     // acceptable: ran a yard's cash plan, but has never been a CFO
            ("Ingrid Bakke", 1),     // acceptable: restructuring CFO in manufacturing; no acute crisis, no maritime
            ("Per Arne Lunde", 1),   // acceptable: machinery turnarounds; slower situations than this
            ("Helene Wiik", 1),      // acceptable: downturn turnaround, no liquidity crisis
            ("Lars Öberg", 1),       // acceptable: Swedish engineering turnarounds
            ("Arve Sandøy", 1),      // acceptable: a yard CFO through a liquidity squeeze, but never vetted
            ("Fredrik Mo", 0),       // trap: consultant who has advised yards; does not lead
            ("Geir Strand", 0),      // trap: booked through the window
            ("Astrid Lie", 0),       // trap: far above the budget
            ("Klaus Becker", 0),     // trap: no Norwegian
            ("Bjørn Sæther", 0),     // trap: not qualified
            ("Rune Tangen", 0),      // trap: consent lapsed
            ("Hanne Rud", 0),        // wrong: growth CFO, never a crisis
            ("Morten Haug", 0),      // trap: administrator
            ("Martin Hagen", 0),     // trap: start-up "CFO"
        ]),
    }
}
