//! Judged cases for commercial mandates: a sales director to grow a Finnish SaaS company and
//! a CCO to build export for a Norwegian aquaculture-technology maker.

use chrono::NaiveDate;
use domain::vocabulary::{Level, MandateStatus};

use super::JudgedCase;
use super::build::Pool;
use super::intake::*;
use super::places::*;

/// The commercial cases.
pub(super) fn cases(pool: &Pool, today: NaiveDate) -> Vec<JudgedCase> {
    vec![saas_sales(pool, today), export_cco(pool, today)]
}

fn saas_sales(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "Sales director, SaaS growth in Helsinki",
        mandate: Need {
            client_id: 15,
            title: "Interim sales director to grow the Finnish business",
            role: "sales_director",
            level: Level::MiddleManagement,
            situation: "bizdev",
            current_state: "Kaleva Cloud sells field-service management software as a service to Finnish utilities, facility-management firms and municipalities; 120 employees and 14 MEUR in recurring revenue. Growth has stalled at 8 % a year, the pipeline is thin, and the sales director left for a competitor.",
            goals: "Lift growth back above 25 % a year: rebuild the pipeline, open the public-sector and industrial-maintenance segments, and make the sales team of twelve forecast reliably.",
            challenges: "Half the sellers joined in the last year. Public tenders take long and need a different way of selling. Marketing and sales do not agree on what a qualified lead is.",
            stakeholders: "The CEO and founders, the investors (a Nordic growth fund), the sales and marketing teams, the product management team, and key customers in the utilities sector.",
            success_criteria: "Pipeline tripled within six months; first two public-sector contracts won; forecast accuracy above 85 %; a permanent sales director recruited and onboarded.",
            must: "lang fi C1; lang en C1",
            nice: "ind J62; sit bizdev; skill SaaS",
            start_in: 25,
            weeks: 26,
            budget: 10_500,
            place: HELSINKI,
            on_site: 3,
            status: MandateStatus::Search,
            opened_days_ago: 3,
        }
        .build(today),
        client: client(pool, "Kaleva Cloud Oy", "J62", "M", "priv", HELSINKI, &[]),
        judgments: pool.judge(&[
            ("Jukka Virtanen", 3),   // ideal: built two Finnish SaaS sales teams, sells to municipalities too
            ("Sanna Korhonen", 3),   // ideal: interim head of sales at two Finnish scale-ups, fixed forecasting
            ("Antti Mäkinen", 3),    // ideal: opened public and industrial segments for a software company
            ("Elina Lindroos", 2),   // good: SaaS growth, but in Sweden; business Finnish
            ("Timo Nieminen", 2),    // good: software CCO stepping down a level, at the top of the budget
            ("Laura Heikkinen", 2),  // good: grew industrial export sales; SaaS would be new
            ("Mikael Sundström", 1), // acceptable: Swedish SaaS sales director, Finnish B2 against C1
            ("Aino Lehtinen", 1),    // acceptable: key account team lead; not yet a sales director
            ("Ville Laine", 0),      // trap: go-to-market consultant with every keyword
            ("Petri Hämäläinen", 0), // trap: ideal, but booked until summer
            ("Kristian Haugen", 0),  // trap: Norwegian SaaS sales director, no Finnish
            ("Sofie Lykke", 0),      // trap: Danish SaaS sales director, no Finnish
            ("Markku Salo", 0),      // trap: 15,000 a day against 10,500
            ("Jari Koskinen", 0),    // trap: not qualified
            ("Riikka Lehto", 0),     // trap: consent lapsed
            ("Tuomas Rantanen", 0),  // trap: works only within a commute of Oulu
        ]),
    }
}

fn export_cco(pool: &Pool, today: NaiveDate) -> JudgedCase {
    JudgedCase {
        name: "CCO export growth, Trondheim aqua tech",
        mandate: Need {
            client_id: 16,
            title: "Interim CCO to build export markets",
            role: "cco",
            level: Level::Executive,
            situation: "bizdev",
            current_state: "Fjordtech Marine makes feeding systems and camera sensors for salmon farms, with 160 employees in Trondheim and sales of 600 MNOK, 80 % in Norway. The Norwegian market is flattening after the resource rent tax, and the board wants export to be half of sales within three years. The company has no commercial director.",
            goals: "Build the export business: choose the first markets among Chile, Canada and Scotland, set up distributors or own sales, win the first reference customers abroad, and build a commercial team.",
            challenges: "The company has sold on reputation in Norway and has no export organisation. Local competitors in Chile and Scotland are well established. Service and spare parts must work twelve time zones away.",
            stakeholders: "The CEO and the board, the owners (the founders and an industrial investor), the product and service departments, potential distributors, and the large salmon farmers who are customers in Norway and abroad.",
            success_criteria: "Market choice and plan approved within three months; distributors or own sales in two markets; export orders of 100 MNOK within a year; a permanent CCO recruited.",
            must: "lang no C1; lang en C1",
            nice: "ind C28; sit bizdev; skill export; lang es B2",
            start_in: 40,
            weeks: 40,
            budget: 14_000,
            place: TRONDHEIM,
            on_site: 3,
            status: MandateStatus::Intake,
            opened_days_ago: 1,
        }
        .build(today),
        client: client(pool, "Fjordtech Marine AS", "C28", "M", "priv", TRONDHEIM, &["Jarle Hoff"]),
        judgments: pool.judge(&[
            ("Ingvild Rø", 3),          // ideal: took a feeding-system maker to 45 % export, Chile and Scotland, Spanish C1
            ("Håvard Strømsnes", 3),    // ideal: export for aquaculture equipment to Chile, Canada and the Faroes
            ("Eirin Jakobsen", 3),      // ideal: interim CCO who entered Canada and Scotland for a farming-equipment maker
            ("Per Christian Aakre", 2), // good: founder-CEO who built sensor export to Chile and Canada
            ("Helga Tønnessen", 2),     // good: export growth for maritime equipment; aquaculture is next door
            ("Sigve Tjelta", 2),        // good: export to the Americas, but oil-service equipment
            ("Vegard Lervik", 2),       // good: opened Scotland and Iceland as sales director; not a CCO yet
            ("Eirik Bremnes", 1),       // acceptable: exports seafood, not equipment; a sales director
            ("Ann Kristin Dahle", 1),   // acceptable: consumer marketing, not B2B export
            ("Lise Ulvestad", 1),       // acceptable: handles the Chilean distributor; junior
            ("Morten Aasheim", 0),      // trap: export-strategy advisor whose CV mirrors the mandate
            ("Marthe Kvernmo", 0),      // trap: ideal, but booked through the window
            ("Thor Arne Grande", 0),    // trap: 20,000 a day against 14,000
            ("Alasdair Ross", 0),       // trap: sells to Scottish farmers, but no Norwegian
            ("Roy Helgesen", 0),        // trap: not qualified (integrity)
            ("Jarle Hoff", 0),          // trap: the client's former commercial director, excluded
        ]),
    }
}
