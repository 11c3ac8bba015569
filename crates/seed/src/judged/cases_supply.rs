//! Judged cases for supply-chain mandates: supply-chain performance at a Swedish wholesaler,
//! procurement in a chemicals carve-out, and the start-up of a distribution centre.

use chrono::NaiveDate;
use domain::vocabulary::{Level, MandateStatus};

use super::JudgedCase;
use super::build::Pool;
use super::intake::*;
use super::places::*;

/// The supply-chain cases.
pub(super) fn cases(pool: &Pool, today: NaiveDate) -> Vec<JudgedCase> {
    vec![
        supply_chain_performance(pool, today),
        procurement_carve_out(pool, today),
        distribution_centre_start_up(pool, today),
    ]
}

fn supply_chain_performance(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "Supply chain, Jönköping wholesale",
        mandate: Need {
            client_id: 8,
            title: "Interim supply chain director to restore service level",
            role: "supply_chain_director",
            level: Level::Executive,
            situation: "perf",
            current_state: "Smålands Grossist distributes building materials and tools to 2,000 trade customers from a central warehouse in Jönköping and four regional hubs. Service level has fallen from 96 % to 89 % while inventory has grown by 200 MSEK. There is no working S&OP process, and the supply chain director has retired.",
            goals: "Bring service level back above 95 % and release at least 120 MSEK of inventory within nine months. Introduce a monthly S&OP process that sales, purchasing and logistics own together.",
            challenges: "Sales promises delivery dates the warehouse cannot keep, and purchasing buys in large lots for discounts. Forecasting is done in spreadsheets. The warehouse staff are tired after a year of overtime.",
            stakeholders: "The CEO and the CFO, the sales director and the regional sales managers, the purchasing team, the warehouse managers and their staff, and the owners, a Swedish family foundation.",
            success_criteria: "Service level above 95 % for three months running; inventory down 120 MSEK; S&OP meetings held monthly with decisions taken; a permanent supply chain director recruited.",
            must: "lang sv C1",
            nice: "ind G46; sit perf; skill S&OP",
            start_in: 30,
            weeks: 30,
            budget: 14_000,
            place: JONKOPING,
            on_site: 4,
            status: MandateStatus::Search,
            opened_days_ago: 3,
        }
        .build(today),
        client: client(pool, "Smålands Grossist AB", "G46", "L", "priv", JONKOPING, &[]),
        judgments: pool.judge(&[
            ("Karin Ekström", 3),      // ideal: lifted service and cut stock at two Swedish wholesalers, built S&OP; lives in Jönköping
            ("Per-Olof Andersson", 3), // ideal: interim head of supply chain at three wholesalers
            ("Malin Berg", 3),         // ideal: S&OP and service level at wholesalers, brings sales and purchasing together
            ("Jonas Wikström", 3),     // ideal: interim logistics director at a building-materials wholesaler
            ("Espen Hovde", 2),        // good: Norwegian wholesale SC director with Swedish C1 and Swedish warehouses
            ("Ulf Sandberg", 2),       // good: delivery performance in manufacturing, not wholesale
            ("Linnea Forsberg", 2),    // good: purchasing director in wholesale; strong inbound, weak outbound
            ("Peter Åkesson", 1),      // acceptable: builds e-commerce supply chains; not an improvement leader
            ("Mats Lind", 1),          // acceptable: Jönköping warehouse manager, never a director
            ("Hanne Kvisle", 1),       // acceptable: the right experience, Swedish only B2 against C1
            ("Sofia Lundgren", 0),     // trap: S&OP consultant with every keyword; has not led a supply chain
            ("Björn Hedlund", 0),      // trap: ideal, but in a long assignment through the window
            ("Emma de Jong", 0),       // trap: Dutch wholesale SC director, no Swedish
            ("Anders Nilsson", 0),     // trap: 19,000 a day against 14,000
            ("Gustav Ek", 0),          // trap: not qualified
            ("Eva-Lena Svensson", 0),  // trap: consent lapsed
        ]),
    }
}

fn procurement_carve_out(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "Procurement carve-out, Drammen chemicals",
        mandate: Need {
            client_id: 9,
            title: "Interim procurement manager for a carve-out",
            role: "procurement_manager",
            level: Level::MiddleManagement,
            situation: "merger",
            current_state: "Drammen Kjemi makes speciality chemicals for paints and coatings, with 320 employees. It has just been sold by a global chemicals group to a Nordic industrial investor. All purchasing ran through the group's shared service centre; a transitional service agreement (TSA) covers it for nine more months.",
            goals: "Build a stand-alone procurement function: replace about 150 group contracts for raw materials, energy, logistics and IT, exit the TSA on time, and recruit a small permanent team.",
            challenges: "Several raw materials have few suppliers, and the group's volume discounts disappear. Contract data in the old system is incomplete. The new owner expects savings, not just continuity.",
            stakeholders: "The CEO and CFO, the new owner's operating partner, the plant and maintenance managers, the former parent's TSA manager, and key raw-material suppliers.",
            success_criteria: "No production stop for lack of materials; all critical contracts in place before the TSA ends; cost at or below the group prices; a permanent procurement manager hired.",
            must: "lang no C1",
            nice: "ind C20; sit merger; skill carve-out; skill TSA",
            start_in: 20,
            weeks: 30,
            budget: 10_500,
            place: DRAMMEN,
            on_site: 3,
            status: MandateStatus::Search,
            opened_days_ago: 8,
        }
        .build(today),
        client: client(pool, "Drammen Kjemi AS", "C20", "L", "priv", DRAMMEN, &["Arild Torp"]),
        judgments: pool.judge(&[
            ("Camilla Østby", 3),     // ideal: built stand-alone procurement in a chemicals carve-out, exited the TSA on time
            ("Geir Ove Lien", 3),     // ideal: two carve-outs as interim head of procurement
            ("Mona Fjellheim", 3),    // ideal: chemicals procurement and an integration after an acquisition
            ("Leif Arne Bråthen", 3), // ideal: led procurement in a chemicals carve-out, exited the TSA early
            ("Jostein Aukrust", 2),   // good: led procurement in a carve-out as CPO; senior for the role, top of the budget
            ("Trygve Sand", 2),       // good: set up supply chain and purchasing in a carve-out; broader, less sourcing depth
            ("Line Bakken", 2),       // good: chemicals procurement, but never a carve-out
            ("Johan Berglund", 1),    // acceptable: Swedish carve-out lead, Norwegian B2 below the C1 asked
            ("Heidi Nilsen", 1),      // acceptable: agency merger in public procurement; no raw materials
            ("Ida Moen", 1),          // acceptable: category manager in a carve-out team; junior
            ("Magnus Tollefsen", 0),  // trap: carve-out consultant whose CV reads like the mandate
            ("Ragnar Vestby", 0),     // trap: ideal, but not free for almost three months
            ("Hendrik Müller", 0),    // trap: German chemical carve-outs, no Norwegian
            ("Sigrun Hoel", 0),       // trap: purchasing administrator from a carve-out
            ("Vegard Bøe", 0),        // trap: not qualified (integrity concern)
            ("Arild Torp", 0),        // trap: left the client in a dispute over the separation; excluded
        ]),
    }
}

fn distribution_centre_start_up(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "Logistics manager, DC start-up Gardermoen",
        mandate: Need {
            client_id: 10,
            title: "Interim logistics manager to start up a new distribution centre",
            role: "logistics_manager",
            level: Level::MiddleManagement,
            situation: "startup",
            current_state: "Romerike Distribusjon is opening a 30,000 m² automated distribution centre at Gardermoen for grocery and pharmacy customers. The building and the AutoStore system are being installed; the WMS goes live in four months. Forty people are hired and 120 more are needed.",
            goals: "Start up the DC: recruit and train the staff, lead the WMS go-live and the move of volumes from two old warehouses, and ramp up to full volume without failing the customers.",
            challenges: "The labour market for warehouse staff at Gardermoen is tight. The old warehouses must keep delivering until the last day. Pharmacy customers demand full traceability from the first order.",
            stakeholders: "The managing director, the customers' logistics managers, the AutoStore integrator and the WMS supplier, the union, and the transport partners.",
            success_criteria: "Go-live on the planned date; delivery precision above 99 % within eight weeks of go-live; all staff hired and trained; a permanent logistics manager in place.",
            must: "lang no C1",
            nice: "ind H52; sit startup; skill WMS; skill AutoStore",
            start_in: 35,
            weeks: 26,
            budget: 9_500,
            place: GARDERMOEN,
            on_site: 5,
            status: MandateStatus::Intake,
            opened_days_ago: 1,
        }
        .build(today),
        client: client(pool, "Romerike Distribusjon AS", "H52", "L", "priv", LILLESTROM, &[]),
        judgments: pool.judge(&[
            ("Thomas Engebretsen", 3), // ideal: started up two Romerike DCs, one with AutoStore
            ("Silje Nordby", 3),       // ideal: two warehouse start-ups with WMS go-lives as interim
            ("Henning Bråten", 3),     // ideal: started up and ran a grocery DC
            ("Kim Andre Berntsen", 2), // good: warehouse productivity in large DCs, never a start-up
            ("Espen Hovde", 1),        // acceptable: wholesale supply chain director; above the hands-on role
            ("Trygve Sand", 1),        // acceptable: supply chain set-up in a carve-out; not a DC man
            ("Mats Lind", 1),          // acceptable: experienced warehouse manager, Norwegian only B2
            ("Stine Lorentzen", 1),    // acceptable: shift leader in an AutoStore go-live; junior
            ("Ola Grønvold", 0),       // trap: WMS and AutoStore consultant; implements, does not lead
            ("Jørn Aasland", 0),       // trap: ideal, but booked through the window
            ("Tone Lysaker", 0),       // trap: 14,000 a day against 9,500
            ("Bente Foss", 0),         // trap: logistics coordinator (administrator)
            ("Arvid Nesse", 0),        // trap: DC start-up, but works only within a commute of Bergen
            ("Lars Hedegaard", 0),     // trap: Danish DC start-ups, Norwegian B1
        ]),
    }
}
