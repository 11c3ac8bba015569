//! Hand-made commercial leaders (sales directors, CCOs, CMOs) for the judged set: the pools
//! behind the SaaS sales director in Helsinki and the export CCO in Trondheim.

use super::build::*;
use super::places::*;

/// The commercial people.
pub(super) fn people() -> Vec<Person> {
    vec![
        who("Jukka Virtanen", 48, HELSINKI)
            .says(
                "Sales director for B2B SaaS in Finland: building teams and pipeline",
                "Has built the Finnish sales teams of two SaaS companies from a handful of people to twenty, with a pipeline process that survived him. Sells to both private companies and municipalities.",
                "M.Sc. (Econ.), Aalto. B2B SaaS sales, sales pipeline management, team building, public tenders, CRM (HubSpot, Salesforce), new customer segments, business development.",
            )
            .speaks("fi:N en:C2 sv:B2")
            .rate(10_000)
            .qualified(520, [47, 46, 46, 46, 46, 48, 48])
            .job("I sales_director J62 M priv bizdev @10+12 *5", "Pohjola SaaS Oy", "Interim sales director: ARR up 45 % in a year, two new segments opened.")
            .job("P sales_director J62 M priv bizdev @60+48", "Espoon Ohjelmisto Oy", "Head of sales; built the team from 4 to 20.")
            .job("P sales_director J58 L priv - @120+58", "Suomen Tietojärjestelmät Oy", "Key account manager."),
        who("Sanna Korhonen", 45, ESPOO)
            .says(
                "Interim head of sales for software scale-ups in Finland and the Nordics",
                "Has twice taken over sales at a Finnish software scale-up between permanent leaders and grown both: new segments, better forecasting, a team that hits its numbers.",
                "M.Sc. (Econ.). SaaS sales leadership, go-to-market, sales forecasting, pipeline, partner channels, business development, Nordic expansion.",
            )
            .speaks("fi:N en:C2 sv:C1")
            .rate(10_200)
            .qualified(500, [47, 46, 47, 46, 46, 48, 47])
            .job("I sales_director J62 M priv bizdev @8+10 *5", "Otaniemi Analytics Oy", "Interim head of sales; pipeline doubled, forecast accuracy to 90 %.")
            .job("I sales_director J62 S priv bizdev @28+10 *5", "Keilaniemi Cloud Oy", "Interim head of sales; entered Sweden.")
            .job("P sales_director J62 M priv - @90+50", "Helsingin Datapalvelu Oy", "Sales manager."),
        who("Antti Mäkinen", 51, TAMPERE)
            .says(
                "Sales director for B2B software: new markets and customer segments",
                "Sales director who opened the public-sector and industrial segments for a Tampere software company and later led its entry into the Baltics.",
                "M.Sc. (Tech.), Tampere University. B2B software sales, new market entry, public procurement, industrial customers, sales team leadership, SaaS.",
            )
            .speaks("fi:N en:C2 de:B1")
            .rate(9_800)
            .qualified(480, [46, 46, 46, 46, 46, 48, 47])
            .job("I sales_director J62 M priv bizdev @12+12 *5", "Pirkanmaan Ohjelmistot Oy", "Interim sales director; Baltic market entry.")
            .job("P sales_director J62 M priv bizdev @70+55", "Tampereen Teollisuusdata Oy", "Sales director; opened two new segments."),
        who("Laura Heikkinen", 43, HELSINKI)
            .says(
                "Sales director in industrial equipment; export growth",
                "Has grown export sales of an industrial equipment maker. Knows solution selling and distributors; SaaS would be new.",
                "M.Sc. (Econ.). Industrial sales, export, distributor management, solution selling, business development.",
            )
            .speaks("fi:N en:C2 sv:B2")
            .rate(9_500)
            .qualified(500, [46, 45, 46, 46, 45, 48, 46])
            .job("P sales_director C28 L priv bizdev @50+", "Vantaan Konepaja Oy", "Sales director; export up 30 %.")
            .job("P sales_director C28 M priv - @100+48", "Uudenmaan Laitteet Oy", "Area sales manager."),
        who("Timo Nieminen", 55, TURKU)
            .says(
                "Chief commercial officer for software companies",
                "Former CCO of a Finnish software group; takes interim commercial roles, also as sales director.",
                "M.Sc. (Econ.). Commercial leadership, SaaS, pricing, sales and marketing, business development, partner channels.",
            )
            .speaks("fi:N en:C2 sv:C1")
            .rate(11_500)
            .qualified(480, [46, 46, 46, 45, 47, 47, 46])
            .job("I cco J62 L priv bizdev @10+12 *5", "Turun Ohjelmistotalo Oy", "Interim CCO; new pricing and channel model.")
            .job("P cco J62 L priv - @80+60", "Saaristo Software Oy", "CCO."),
        who("Elina Lindroos", 47, HELSINKI)
            .says(
                "Finland-Swedish SaaS sales director; growth in Sweden",
                "Built a SaaS company's Swedish business from nothing. Swedish is her mother tongue; her Finnish is fluent business Finnish.",
                "M.Sc. (Econ.), Hanken. SaaS sales, market entry, Sweden, team building, pipeline management.",
            )
            .speaks("sv:N fi:C1 en:C2")
            .rate(10_300)
            .qualified(500, [46, 46, 46, 46, 46, 48, 46])
            .job("P sales_director J62 M priv bizdev @40+", "Nordic Workflow Oy", "Sales director, Sweden; built the market from scratch.")
            .job("P sales_director J62 S priv - @90+48", "Hanken Data Ab", "Account executive."),
        who("Mikael Sundström", 50, STOCKHOLM)
            .says(
                "Swedish SaaS sales director with Finnish roots",
                "Sales director at a Swedish SaaS company; grew up partly in Finland and speaks Finnish at an everyday level.",
                "Civilekonom. SaaS sales, pipeline, team leadership, Nordic markets.",
            )
            .speaks("sv:N en:C2 fi:B2")
            .rate(10_500)
            .qualified(480, [46, 45, 45, 45, 45, 47, 46])
            .job("I sales_director J62 M priv bizdev @10+10 *5", "Stockholm Cloud AB", "Interim sales director.")
            .job("P sales_director J62 M priv - @70+60", "Solna Software AB", "Sales director."),
        who("Aino Lehtinen", 36, HELSINKI)
            .says(
                "Key account manager in SaaS",
                "Top-performing key account manager who leads a small team. Not yet a sales director.",
                "B.B.A. Key account management, SaaS, pipeline, public customers.",
            )
            .speaks("fi:N en:C1")
            .rate(7_500)
            .qualified(520, [45, 44, 44, 45, 43, 47, 46])
            .job("P sales_director J62 M priv bizdev @30+ lvl:mid", "Kaisaniemi SaaS Oy", "Key account manager and team lead.")
            .titled("Team Lead, Key Accounts")
            .job("P sales_director J62 S priv - @70+38", "Kallio Apps Oy", "Account executive."),
        who("Ville Laine", 42, HELSINKI)
            .says(
                "Go-to-market consultant for SaaS: sales process, pipeline, business development",
                "Runs a consultancy that designs sales processes, pipeline reviews and go-to-market plans for Finnish SaaS companies. Coaches sales directors; has not been one.",
                "M.Sc. (Econ.). SaaS go-to-market, sales process design, pipeline reviews, sales coaching, business development, CRM implementation.",
            )
            .consultant()
            .speaks("fi:N en:C2")
            .rate(11_000)
            .qualified(400, [40, 38, 44, 40, 45, 45, 40])
            .job("P sales_director M70 S priv bizdev @60+", "Growth Partners Oy", "Founder; go-to-market consulting.")
            .titled("Founder")
            .job("P sales_director J62 M priv - @110+48", "Suomen Myyntitalo Oy", "Sales manager."),
        who("Petri Hämäläinen", 49, HELSINKI)
            .says(
                "Interim sales director for SaaS companies",
                "Has grown sales at two SaaS companies as interim sales director. In an assignment until next summer.",
                "M.Sc. (Econ.). SaaS sales, pipeline, team building, business development.",
            )
            .speaks("fi:N en:C2")
            .rate(10_000)
            .qualified(480, [47, 46, 46, 46, 46, 48, 47])
            .booked(-30, 270)
            .job("I sales_director J62 M priv bizdev @2+", "Ruoholahti Software Oy", "Interim sales director, ongoing.")
            .job("I sales_director J62 M priv bizdev @24+10 *5", "Pasila Data Oy", "Interim sales director."),
        who("Kristian Haugen", 46, OSLO)
            .says(
                "Norwegian sales director for B2B SaaS",
                "Has built sales at two Norwegian SaaS companies and opened Sweden and Denmark. Does not speak Finnish.",
                "Siviløkonom. SaaS sales, pipeline, Nordic expansion, team building.",
            )
            .speaks("no:N en:C2 sv:B2")
            .rate(10_500)
            .qualified(480, [46, 46, 46, 46, 46, 47, 47])
            .job("I sales_director J62 M priv bizdev @10+12 *5", "Oslo Workflow AS", "Interim sales director; opened Sweden.")
            .job("P sales_director J62 M priv - @70+60", "Nydalen Cloud AS", "Sales director."),
        who("Markku Salo", 56, HELSINKI)
            .says(
                "Senior commercial executive for software; interim sales leadership",
                "Former sales VP of a listed Finnish software company; takes interim roles at an executive rate.",
                "M.Sc. (Econ.). Sales leadership, SaaS, enterprise sales, business development.",
            )
            .speaks("fi:N en:C2 sv:C1")
            .rate(15_000)
            .qualified(460, [47, 46, 46, 45, 47, 47, 47])
            .job("I sales_director J62 L priv bizdev @10+10 *5", "Helsinki Enterprise Software Oyj", "Interim sales VP.")
            .job("P cco J62 E priv - @80+60", "Nordic Software Oyj", "Sales VP."),
        who("Jari Koskinen", 52, TAMPERE)
            .says(
                "Sales director in software",
                "Has been sales director at a software company. The provider's vetting did not qualify him: references described missed targets and high turnover in his team.",
                "M.Sc. (Econ.). Sales, SaaS, business development.",
            )
            .speaks("fi:N en:C1")
            .rate(9_500)
            .not_qualified([36, 38, 34, 28, 38, 38, 32])
            .job("I sales_director J62 M priv bizdev @12+6 *2", "Hervanta Soft Oy", "Interim sales director; ended early.")
            .job("P sales_director J62 S priv - @70+50", "Pirkka Apps Oy", "Sales director."),
        who("Riikka Lehto", 47, TURKU)
            .says(
                "SaaS sales director in Finland",
                "Has grown two SaaS sales teams. Her consent to stay in the network lapsed and has not been renewed.",
                "M.Sc. (Econ.). SaaS sales, pipeline, business development.",
            )
            .speaks("fi:N en:C2")
            .rate(9_800)
            .qualified(200, [46, 46, 46, 46, 46, 48, 46])
            .consent_lapsed(40)
            .job("I sales_director J62 M priv bizdev @12+10 *5", "Aurajoki Cloud Oy", "Interim sales director.")
            .job("P sales_director J62 M priv - @70+50", "Turun Data Oy", "Sales director."),
        who("Tuomas Rantanen", 50, OULU)
            .says(
                "SaaS sales director in Northern Finland",
                "Has built sales at an Oulu SaaS company. Takes work only within a daily commute of Oulu.",
                "M.Sc. (Tech.). SaaS sales, business development, team building.",
            )
            .speaks("fi:N en:C2")
            .rate(9_500)
            .qualified(480, [46, 45, 45, 46, 45, 48, 46])
            .stays_home(50)
            .job("P sales_director J62 M priv bizdev @50+", "Oulun Ohjelmisto Oy", "Sales director.")
            .job("P sales_director J61 L priv - @110+58", "Pohjois-Suomen Tele Oy", "Account manager."),
        who("Ingvild Rø", 50, TRONDHEIM)
            .says(
                "CCO for aquaculture technology: built export to Chile and Scotland",
                "Commercial director who took a Norwegian maker of feeding systems from a home-market company to one with half its sales abroad: distributors in Chile and Scotland, direct sales in Canada. Speaks Spanish from five years in Puerto Montt.",
                "Siviløkonom, NHH. Export, international business development, distributor networks, aquaculture technology, Chile, Scotland, Canada, pricing, CRM.",
            )
            .speaks("no:N en:C2 es:C1")
            .rate(13_500)
            .qualified(520, [47, 47, 46, 46, 47, 48, 48])
            .job("I cco C28 M priv bizdev @10+12 *5", "Hitra Fôringsteknikk AS", "Interim CCO: export from 20 % to 45 % of sales; distributors in Chile and Scotland.")
            .job("P cco C28 M priv bizdev @70+55", "Frøya Havbruksteknologi AS", "Commercial director.")
            .job("P sales_director C28 M priv - @130+58", "Aqua Chile Equipos SpA", "Sales manager, Chile."),
        who("Håvard Strømsnes", 53, ALESUND)
            .says(
                "Commercial director for maritime and aquaculture equipment exports",
                "Has built export sales for deck machinery and for aquaculture equipment, with his own network in Chile, Canada and the Faroes. Practical, travels a lot.",
                "Master of International Business. Export, business development, maritime and aquaculture equipment, agents and distributors, Latin America, Canada.",
            )
            .speaks("no:N en:C2 es:B2")
            .rate(13_000)
            .qualified(480, [46, 47, 46, 45, 46, 48, 47])
            .job("I cco C28 M priv bizdev @12+12 *5", "Sunnmøre Aqua Equipment AS", "Interim CCO; entered Canada and the Faroes.")
            .job("P cco C28 L priv bizdev @70+55", "Ålesund Deck Machinery AS", "Commercial director, export."),
        who("Eirin Jakobsen", 47, BERGEN)
            .says(
                "Interim CCO for aquaculture technology companies entering new markets",
                "Has led market entry in Canada and Scotland for a fish-farming equipment maker as interim CCO, and built the sales organisation of a sensor start-up.",
                "Master of Marketing, NHH. Business development, market entry, export, aquaculture technology, sensors, sales organisation, key accounts.",
            )
            .speaks("no:N en:C2")
            .rate(13_800)
            .qualified(500, [47, 46, 46, 46, 46, 48, 47])
            .job("I cco C28 M priv bizdev @8+12 *5", "Vestland Merdteknikk AS", "Interim CCO: market entry in Canada and Scotland.")
            .job("P cco C26 S priv bizdev @50+36", "Havsensor AS", "Commercial director of a sensor start-up."),
        who("Sigve Tjelta", 55, STAVANGER)
            .says(
                "CCO from oil-service equipment; export to the Americas",
                "Built export sales for an oil-service equipment maker in Brazil and the Gulf of Mexico. Aquaculture would be new.",
                "Siviløkonom. Export, business development, oil-service equipment, Brazil, USA, agents, key accounts.",
            )
            .speaks("no:N en:C2 pt:B1")
            .rate(13_500)
            .qualified(480, [46, 46, 46, 45, 46, 47, 46])
            .job("I cco C28 L priv bizdev @10+12 *5", "Rogaland Drilling Tools AS", "Interim CCO; export to Brazil.")
            .job("P cco C28 L priv - @80+60", "Sola Subsea Equipment AS", "Commercial director."),
        who("Vegard Lervik", 44, TRONDHEIM)
            .says(
                "Export sales director in aquaculture equipment",
                "Sales director who opened the Scottish and Icelandic markets for an aquaculture equipment maker. Has not held a CCO role.",
                "Master of Marketing. Export sales, aquaculture equipment, Scotland, Iceland, distributors.",
            )
            .speaks("no:N en:C2")
            .rate(11_000)
            .qualified(500, [46, 46, 45, 46, 45, 48, 47])
            .job("P sales_director C28 M priv bizdev @40+", "Trøndelag Havbruksutstyr AS", "Export sales director; opened Scotland and Iceland.")
            .job("P sales_director C28 S priv - @90+48", "Orkanger Merd AS", "Sales manager."),
        who("Ann Kristin Dahle", 49, OSLO)
            .says(
                "CMO for consumer technology brands",
                "Marketing director who launched consumer electronics brands in the Nordics. Brand and digital marketing rather than B2B export.",
                "Siviløkonom. Brand management, digital marketing, product launches, consumer technology.",
            )
            .speaks("no:N en:C2")
            .rate(13_000)
            .qualified(480, [45, 45, 46, 46, 45, 47, 45])
            .job("I cmo C26 L priv bizdev @10+10 *4", "Nordisk Lyd og Bilde AS", "Interim CMO; brand relaunch.")
            .job("P cmo G47 L priv - @80+60", "Elektrokjeden AS", "Marketing director."),
        who("Per Christian Aakre", 52, TRONDHEIM)
            .says(
                "CEO of an aquaculture technology scale-up; built its export markets",
                "Founder-CEO who built an aquaculture sensor company to 80 employees with customers in Chile and Canada, and sold it. Interested in a commercial role rather than another CEO job.",
                "Sivilingeniør, NTNU. Business development, export, aquaculture technology, sensors, fundraising, partnerships.",
            )
            .speaks("no:N en:C2 es:B1")
            .rate(13_500)
            .qualified(460, [47, 47, 46, 46, 46, 47, 47])
            .job("P ceo C26 M priv bizdev @80+72", "Aquasense AS", "Founder and CEO; export to Chile and Canada.")
            .job("I ceo C28 S priv startup @6+5 *4", "Smart Merd AS", "Interim CEO of a start-up."),
        who("Lise Ulvestad", 34, ALESUND)
            .says(
                "Export manager for aquaculture equipment",
                "Export manager who handles the Chilean distributor for an aquaculture equipment maker. Speaks Spanish; first management role.",
                "Bachelor of International Business. Export, Chile, distributor follow-up, Spanish.",
            )
            .speaks("no:N en:C1 es:C1")
            .rate(7_500)
            .qualified(520, [44, 43, 44, 45, 42, 47, 45])
            .job("P sales_director C28 M priv bizdev @30+ lvl:mid", "Møre Aquaculture Equipment AS", "Export manager, Chile.")
            .titled("Export Manager")
            .job("P sales_director C28 M priv - @70+38", "Møre Aquaculture Equipment AS", "Sales coordinator."),
        who("Morten Aasheim", 47, OSLO)
            .says(
                "Export strategy advisor: market entry, business development, aquaculture and ocean technology",
                "Senior advisor who helps ocean-technology companies with export strategy and market entry in Chile, Canada and Scotland: market studies, partner search, trade missions. Advises the CCO rather than being one.",
                "Master of International Business. Export strategy, market entry studies, business development, aquaculture technology, Chile, Canada, Scotland, trade missions, partner search.",
            )
            .consultant()
            .speaks("no:N en:C2 es:B2")
            .rate(12_500)
            .qualified(400, [40, 38, 44, 40, 45, 45, 40])
            .job("P cco M70 S priv bizdev @60+", "Havstrategi Eksport AS", "Senior advisor, export strategy.")
            .titled("Senior Advisor")
            .job("P sales_director N82 M pub - @110+48", "Eksportrådet Midt", "Market advisor."),
        who("Marthe Kvernmo", 49, TRONDHEIM)
            .says(
                "Interim CCO for aquaculture technology",
                "Has built export for two aquaculture technology companies as interim CCO. Committed to a long assignment.",
                "Siviløkonom. Export, business development, aquaculture technology, Chile, Norway.",
            )
            .speaks("no:N en:C2 es:B2")
            .rate(13_500)
            .qualified(480, [47, 46, 46, 46, 46, 48, 47])
            .booked(20, 300)
            .job("I cco C28 M priv bizdev @2+", "Trondheim Fôrteknikk AS", "Interim CCO, ongoing.")
            .job("I cco C28 M priv bizdev @24+12 *5", "Smøla Havteknologi AS", "Interim CCO; export to Chile."),
        who("Thor Arne Grande", 58, OSLO)
            .says(
                "Senior commercial executive for industrial technology groups",
                "Former CCO of a listed industrial technology group; interim roles at a premium rate.",
                "Siviløkonom; MBA. Commercial leadership, export, industrial technology, M&A.",
            )
            .speaks("no:N en:C2")
            .rate(20_000)
            .qualified(480, [47, 47, 46, 45, 47, 47, 47])
            .job("I cco C28 L priv bizdev @12+12 *5", "Norsk Teknologiindustri ASA", "Interim CCO.")
            .job("P cco C28 E priv - @90+70", "Nordic Industrial Tech ASA", "CCO."),
        who("Alasdair Ross", 55, MANCHESTER)
            .says(
                "British commercial director for aquaculture equipment",
                "Commercial director from the Globalise network with fifteen years selling aquaculture equipment to Scottish and Canadian salmon farmers. English only.",
                "BSc Aquaculture, Stirling. Commercial leadership, aquaculture equipment, Scotland, Canada, key accounts.",
            )
            .partner()
            .speaks("en:N")
            .rate(13_500)
            .qualified(400, [46, 46, 46, 46, 46, 47, 46])
            .job("I cco C28 M priv bizdev @10+12 *5", "Highland Aqua Systems Ltd", "Interim commercial director.")
            .job("P cco C28 M priv - @80+60", "Atlantic Salmon Equipment Ltd", "Commercial director."),
        who("Roy Helgesen", 54, BODO)
            .says(
                "Commercial director in aquaculture",
                "Has been commercial director at an aquaculture supplier. The provider's vetting did not qualify him after concerns about his expense reporting.",
                "Siviløkonom. Sales, export, aquaculture.",
            )
            .speaks("no:N en:C1")
            .rate(12_500)
            .not_qualified([40, 42, 38, 36, 40, 20, 40])
            .job("I cco C28 M priv bizdev @14+8 *3", "Salten Havbruksutstyr AS", "Interim commercial director.")
            .job("P sales_director C28 M priv - @80+60", "Nordland Merd AS", "Sales director."),
        who("Jarle Hoff", 51, TRONDHEIM)
            .says(
                "Commercial director in aquaculture technology",
                "Was commercial director at a Trondheim aquaculture technology company and left after a dispute over a distributor agreement.",
                "Siviløkonom. Sales, export, aquaculture technology, distributors.",
            )
            .speaks("no:N en:C2")
            .rate(13_000)
            .qualified(400, [46, 46, 44, 44, 46, 43, 46])
            .job("P cco C28 M priv bizdev @40+30", "Fjordtech Marine AS", "Commercial director; left after a dispute.")
            .job("P sales_director C28 M priv - @90+48", "Hitra Merdteknikk AS", "Sales director."),
        who("Helga Tønnessen", 58, KRISTIANSAND)
            .says(
                "CCO for maritime equipment makers; export growth",
                "Has led export growth for two maritime equipment makers in Agder, with distributors in Asia and the Americas. New to aquaculture but close to it.",
                "Siviløkonom. Export, business development, maritime equipment, distributors, Asia, Americas.",
            )
            .speaks("no:N en:C2 de:B2")
            .rate(13_200)
            .qualified(500, [46, 46, 46, 46, 46, 48, 46])
            .job("I cco C28 M priv bizdev @10+12 *5", "Agder Marine Equipment AS", "Interim CCO; export to Asia up 40 %.")
            .job("P cco C30 L priv - @80+60", "Sørlandet Skipsutstyr AS", "Commercial director."),
        who("Sofie Lykke", 43, KOBENHAVN)
            .says(
                "Danish sales director for B2B SaaS",
                "Has built sales at two Danish SaaS companies and led their entry into Germany. No Finnish.",
                "Cand.merc. SaaS sales, market entry, Germany, pipeline, team building.",
            )
            .speaks("da:N en:C2 de:B2")
            .rate(10_500)
            .qualified(480, [46, 46, 46, 46, 46, 47, 47])
            .job("I sales_director J62 M priv bizdev @10+12 *5", "København Cloud ApS", "Interim sales director; entered Germany.")
            .job("P sales_director J62 M priv - @70+55", "Aarhus SaaS A/S", "Head of sales."),
    ]
}
