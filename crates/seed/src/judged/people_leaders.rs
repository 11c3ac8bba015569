//! Hand-made general-management profiles (CEOs and managing directors, mostly from food and
//! seafood) for the judged set: the pool behind the interim-CEO leadership-gap mandate.

use super::build::*;
use super::places::*;

/// The general managers.
pub(super) fn people() -> Vec<Person> {
    vec![
        who("Silje Hatlevik", 55, BERGEN)
            .says(
                "Interim CEO in seafood: steps in when the top seat is suddenly empty",
                "Has twice taken over as interim CEO of a seafood processor at a few days' notice, once after a CEO died and once after a board dismissal. Grew up in the industry, knows the buyers in the EU and Asia, and keeps the organisation calm while the board recruits.",
                "Siviløkonom, NHH. Interim general management, seafood processing and export, salmon and whitefish, customer and bank relations, board work, recruitment of successors.",
            )
            .speaks("no:N en:C2 de:B1")
            .rate(13_500)
            .qualified(520, [48, 46, 46, 46, 46, 48, 46])
            .job("I ceo C10 M priv gap @8+7 *5", "Sotra Sjømat AS", "Interim CEO after the CEO died suddenly; kept customers and banks on board and handed over to a new CEO after seven months.")
            .job("I ceo C10 L priv gap @30+9 *5", "Austevoll Fiskeindustri AS", "Interim CEO after a board dismissal; stabilised the management team and closed a large export contract.")
            .job("P ceo C10 M priv - @120+80", "Fjordlaks AS", "CEO of a salmon processor; exports to 30 countries."),
        who("Øyvind Kleppe", 59, ALESUND)
            .says(
                "Managing director from fish processing and export; interim CEO at short notice",
                "Has led fish-processing companies on Sunnmøre for twenty years, mostly clipfish and salted fish for Portugal and Brazil. Took over as interim managing director when the owner-manager fell ill.",
                "Sivilingeniør, NTNU. General management, whitefish and clipfish processing, export to Southern Europe and Brazil, raw-material purchasing, food safety.",
            )
            .speaks("no:N en:C1 pt:B1")
            .rate(13_000)
            .qualified(420, [47, 46, 44, 45, 46, 48, 46])
            .job("I ceo C10 M priv gap @10+8 *5", "Vigra Klippfisk AS", "Interim managing director while the owner-manager was ill; record export year.")
            .job("P ceo C10 M priv - @90+75", "Ellingsøy Fiskeprodukter AS", "Managing director.")
            .job("P sales_director C10 L priv - @170+75", "Møre Seafood AS", "Export director, Southern Europe."),
        who("Trine Mjelde", 52, BERGEN)
            .says(
                "Interim managing director for food companies; seafood export background",
                "Food-industry leader who has been interim managing director at a dairy and a bakery group after sudden departures, and earlier ran the export business of a seafood company. Warm but firm.",
                "Master in Business, NHH. Interim leadership, food industry, seafood export, retail negotiations with NorgesGruppen and Rema, food safety (FSSC 22000), organisational development.",
            )
            .speaks("no:N en:C2 fr:B1")
            .rate(13_800)
            .qualified(600, [46, 45, 46, 47, 45, 48, 46])
            .job("I ceo C10 M priv gap @12+8 *5", "Voss Meieri AS", "Interim managing director after the CEO left; kept the team and closed the retail contract.")
            .job("I ceo C10 L priv gap @36+6 *4", "Vestlandsbakeriet AS", "Interim managing director during a recruitment.")
            .job("P cco C10 L priv - @110+70", "Bergen Seafood Group AS", "Commercial director, export."),
        who("Harald Nygård", 61, TROMSO)
            .says(
                "Interim CEO in the seafood industry, from Finnmark to Vestland",
                "Has run whitefish and salmon companies in Northern Norway and been interim CEO three times when a leader left suddenly. Travels to wherever the plant is.",
                "Master of Fisheries Science, Tromsø. General management, seafood processing, export, quota and raw-material strategy, union relations.",
            )
            .speaks("no:N en:C1 ru:B1")
            .rate(12_500)
            .qualified(380, [47, 47, 45, 45, 45, 47, 46])
            .job("I ceo C10 M priv gap @6+6 *5", "Hammerfest Fiskeindustri AS", "Interim CEO after a sudden resignation.")
            .job("I ceo C10 M priv gap @24+8 *4", "Senja Sjømat AS", "Interim CEO during the sale of the company.")
            .job("P ceo C10 L priv - @110+80", "Nordnorsk Fisk AS", "CEO."),
        who("Gunnar Fossum", 57, OSLO)
            .says(
                "Interim CEO when the top job is suddenly empty, in any industry",
                "Has stepped in as interim CEO six times, in plastics, wholesale and building products. Known for getting the management team working within a fortnight. No background in food.",
                "Siviløkonom, BI; executive MBA. Interim general management, leadership gaps, management team development, board relations, wholesale and industry.",
            )
            .speaks("no:N en:C2 sv:C1")
            .rate(14_000)
            .qualified(450, [48, 47, 47, 45, 45, 47, 46])
            .job("I ceo C22 M priv gap @7+6 *5", "Follo Plast AS", "Interim CEO after the CEO's sick leave.")
            .job("I ceo G46 L priv gap @22+8 *5", "Østlandske Grossister AS", "Interim CEO after a dismissal.")
            .job("I ceo C23 M priv gap @40+7 *4", "Hadeland Byggevarer AS", "Interim CEO during recruitment."),
        who("Lene Årdal", 49, BERGEN)
            .says(
                "COO in seafood: processing plants, logistics and quality",
                "Operations leader who has run the plants of two seafood companies. Has stood in for the CEO during holidays but never held the top job.",
                "Sivilingeniør, NTNU. Operations, seafood processing, lean, food safety, logistics, automation projects.",
            )
            .speaks("no:N en:C1")
            .rate(12_000)
            .qualified(540, [46, 44, 44, 45, 46, 47, 45])
            .job("P coo C10 L priv - @50+", "Hordaland Sjømat AS", "COO for four processing plants.")
            .job("P plant_manager C10 M priv - @120+65", "Fedje Fisk AS", "Plant manager."),
        who("Asbjørn Tveit", 58, STAVANGER)
            .says(
                "CEO from aquaculture; interim leader after sudden departures",
                "Aquaculture CEO who has twice stepped in at short notice at fish-farming companies. Knows biology, licences and the salmon market, less the processing side.",
                "Master of Aquaculture, NMBU. General management, fish farming, licences, biology, salmon market, interim leadership.",
            )
            .speaks("no:N en:C1")
            .rate(13_500)
            .qualified(470, [46, 46, 45, 44, 45, 47, 45])
            .job("I ceo A03 M priv gap @9+8 *5", "Ryfylke Havbruk AS", "Interim CEO after the founder stepped down.")
            .job("P ceo A03 L priv - @90+70", "Rogaland Laks AS", "CEO of a salmon farmer."),
        who("Bente Skjold", 56, TRONDHEIM)
            .says(
                "CEO for food companies in turnaround",
                "Food-industry CEO who has led two turnarounds, at a meat processor and a bakery chain. Not a short-notice caretaker by habit, but a strong general manager.",
                "Siviløkonom. Turnaround, cost reduction, food industry, retail negotiations, restructuring of production.",
            )
            .speaks("no:N en:C1")
            .rate(13_200)
            .qualified(500, [46, 46, 45, 44, 46, 47, 46])
            .job("I ceo C10 L priv turn @14+12 *4", "Trøndersk Kjøtt AS", "Turnaround of a meat processor.")
            .job("P ceo C10 M priv turn @80+60", "Midtbyen Bakeri AS", "CEO; turned a bakery chain around."),
        who("Eirik Bremnes", 45, BERGEN)
            .says(
                "Export sales director in seafood",
                "Sales leader who has built seafood export to Asia. Ambitious to step up to a general-management role.",
                "Master in International Business. Seafood export, key account management, Asia, trade fairs, pricing.",
            )
            .speaks("no:N en:C2 zh:A2")
            .rate(10_500)
            .qualified(500, [44, 44, 44, 44, 43, 46, 46])
            .job("P sales_director C10 L priv bizdev @60+", "Vestkyst Seafood AS", "Export director, Asia.")
            .job("P sales_director G46 M priv - @110+48", "Bryggen Handel AS", "Key account manager."),
        who("Kristin Aune", 60, OSLO)
            .says(
                "CEO from retail and consumer goods",
                "Former CEO of a retail chain and a consumer-goods importer; interim CEO once when a CEO left. Large-company background.",
                "Siviløkonom. Retail, consumer goods, category management, general management, board work.",
            )
            .speaks("no:N en:C2")
            .rate(14_000)
            .qualified(420, [45, 44, 45, 44, 45, 47, 45])
            .job("I ceo G47 E priv gap @15+6 *4", "Norsk Hjem og Fritid AS", "Interim CEO after a resignation.")
            .job("P ceo G46 L priv - @90+70", "Oslo Import AS", "CEO."),
        who("Hans Petter Olsen", 63, BERGEN)
            .says(
                "Seasoned seafood CEO; interim leadership after sudden departures",
                "Ran a seafood group for twelve years and has since been interim CEO twice. Qualified with the provider three years ago; re-vetting not yet done.",
                "Siviløkonom. General management, seafood processing, export, leadership gaps, board work.",
            )
            .speaks("no:N en:C1")
            .rate(13_000)
            .lapsed(120, [46, 45, 44, 44, 45, 47, 45])
            .job("I ceo C10 M priv gap @30+8 *5", "Osterøy Fisk AS", "Interim CEO.")
            .job("P ceo C10 L priv - @190+140", "Hansa Sjømat AS", "CEO of a seafood group."),
        who("Snorre Kvalheim", 50, BERGEN)
            .says(
                "Strategy advisor to seafood companies: interim CEO support, export strategy, leadership",
                "Partner in a consultancy that advises seafood companies on strategy, export and organisation. Has supported boards through leadership gaps and CEO recruitments, and written the plans interim CEOs carried out.",
                "Master in Strategy, NHH. Seafood strategy, export markets, leadership gap advisory, interim CEO support, board evaluations, due diligence.",
            )
            .consultant()
            .speaks("no:N en:C2")
            .rate(15_000)
            .qualified(500, [40, 38, 44, 40, 46, 46, 40])
            .job("P ceo M70 S priv bizdev @70+", "Havstrategi AS", "Managing partner of a seafood advisory firm.")
            .titled("Managing Partner")
            .job("P project_manager M70 L priv - @140+66", "Nordic Strategy Partners AS", "Project leader, strategy projects for food companies."),
        who("Ragnhild Sunde", 57, ALESUND)
            .says(
                "Interim CEO for seafood companies",
                "Has been interim CEO at two seafood exporters after sudden departures. Just accepted a long interim role and is booked for most of the coming year.",
                "Siviløkonom. Interim general management, seafood export, leadership gaps.",
            )
            .speaks("no:N en:C2")
            .rate(13_500)
            .qualified(400, [47, 46, 45, 45, 46, 47, 46])
            .booked(10, 240)
            .job("I ceo C10 M priv gap @12+8 *5", "Giske Sjømat AS", "Interim CEO.")
            .job("I ceo C10 M priv gap @30+6 *5", "Hareid Fisk AS", "Interim CEO.")
            .job("P ceo C10 L priv - @100+60", "Sunnmøre Seafood AS", "CEO."),
        who("Sverre Bjørge", 62, OSLO)
            .says(
                "Top-tier interim CEO; former group CEO in seafood and food",
                "Former group CEO of a listed seafood company, now takes interim CEO roles and board chairs. Charges accordingly.",
                "Siviløkonom, NHH; INSEAD AMP. General management, seafood, food, M&A, capital markets, board chair.",
            )
            .speaks("no:N en:C2")
            .rate(21_000)
            .qualified(500, [48, 47, 47, 45, 48, 48, 47])
            .job("I ceo C10 L priv gap @10+6 *5", "Frøya Seafood ASA", "Interim group CEO.")
            .job("P ceo C10 E priv - @100+80", "Norsk Sjømatkonsern ASA", "Group CEO."),
        who("Ola Brattli", 55, BERGEN)
            .says(
                "Seafood CEO with export and processing experience",
                "Was CEO of a Bergen seafood processor until a conflict with the board; since then interim CEO at a fish-feed company.",
                "Siviløkonom. General management, seafood processing, export, leadership gaps.",
            )
            .speaks("no:N en:C2")
            .rate(13_000)
            .qualified(380, [46, 46, 43, 42, 45, 44, 46])
            .job("I ceo C10 M priv gap @8+7 *4", "Askøy Fôr AS", "Interim CEO of a fish-feed maker.")
            .job("P ceo C10 M priv - @70+50", "Hordafisk AS", "CEO; left after a conflict with the board."),
        who("Pieter de Vries", 54, ROTTERDAM)
            .says(
                "Dutch interim CEO in fish processing and food",
                "Interim managing director from the Globalise network, with three assignments in Dutch and Danish fish processing after sudden departures. English, Dutch and German.",
                "MSc Food Technology, Wageningen. Interim general management, fish processing, food safety, export, leadership gaps.",
            )
            .partner()
            .speaks("nl:N en:C2 de:C1")
            .rate(14_000)
            .qualified(400, [47, 46, 46, 44, 46, 47, 46])
            .job("I ceo C10 M priv gap @9+8 *5", "Urk Visverwerking B.V.", "Interim managing director after a sudden departure.")
            .job("I ceo C10 M priv gap @30+8 *4", "Esbjerg Fiskeindustri A/S", "Interim managing director.")
            .job("P ceo C10 L priv - @100+60", "Noordzee Foods B.V.", "Managing director."),
        who("Kjersti Leira", 48, BERGEN)
            .says(
                "Interim CEO for seafood and food companies",
                "Has held two interim CEO roles in food companies. Did not pass the provider's vetting: references described conflicts with management teams.",
                "Master in Business. Interim CEO, seafood, food, leadership gaps, export.",
            )
            .speaks("no:N en:C1")
            .rate(12_500)
            .not_qualified([34, 40, 30, 24, 38, 36, 36])
            .job("I ceo C10 M priv gap @14+5 *2", "Fana Fisk AS", "Interim CEO; ended early.")
            .job("P ceo C10 S priv - @80+60", "Sund Sjømat AS", "CEO."),
        who("Ivar Sletten", 60, KRISTIANSAND)
            .says(
                "Seafood and food CEO in Agder; works close to home",
                "Experienced CEO of food and seafood companies on the south coast. Has decided to take only assignments he can reach daily from Kristiansand.",
                "Siviløkonom. General management, seafood processing, food industry, leadership gaps.",
            )
            .speaks("no:N en:C1")
            .rate(12_500)
            .qualified(420, [46, 45, 45, 45, 45, 47, 45])
            .stays_home(60)
            .job("I ceo C10 M priv gap @12+8 *5", "Flekkefjord Fisk AS", "Interim CEO.")
            .job("P ceo C10 M priv - @100+80", "Sørlandsfisk AS", "CEO."),
        who("Mathias Berge", 38, BERGEN)
            .says(
                "General manager of a seafood trading subsidiary",
                "Runs a 20-person seafood trading subsidiary as 'daglig leder', reporting to the group's sales director. Before that a production supervisor.",
                "Bachelor in Fisheries. Seafood trading, daily management, logistics, export documentation.",
            )
            .speaks("no:N en:C1")
            .rate(8_500)
            .qualified(600, [44, 42, 42, 43, 40, 46, 43])
            .job("P ceo C10 S priv - @36+ lvl:mid", "Bergen Fisketrading AS", "General manager of a trading subsidiary.")
            .titled("Daglig leder")
            .job("P production_manager C10 M priv - @100+62", "Laksevåg Fisk AS", "Production supervisor."),
        who("Grete Vik", 52, BERGEN)
            .says(
                "Office and administration manager; acting general manager during vacancies",
                "Administration manager at a seafood company who has been acting general manager twice while the board recruited. Keeps payroll, contracts and the office running.",
                "Administration, payroll, contracts, HR administration, acting general manager, seafood.",
            )
            .administrator()
            .speaks("no:N en:B2")
            .rate(7_000)
            .qualified(300, [44, 36, 40, 42, 38, 47, 40])
            .job("P ceo C10 M priv gap @20+4 lvl:mid", "Sotra Fiskemottak AS", "Acting general manager during a vacancy.")
            .titled("Acting general manager")
            .job("P hr_manager C10 M priv - @120+96", "Sotra Fiskemottak AS", "Administration manager."),
        who("Anne Grethe Hauge", 53, BERGEN)
            .says(
                "Interim CEO for seafood companies; new to the network",
                "Seafood CEO with an interim assignment after a sudden departure behind her. Vetting interviews are under way.",
                "Siviløkonom. General management, seafood processing, export, leadership gaps.",
            )
            .speaks("no:N en:C2")
            .rate(13_000)
            .vetting()
            .job("I ceo C10 M priv gap @10+8 *5", "Radøy Sjømat AS", "Interim CEO after a sudden departure.")
            .job("P ceo C10 M priv - @80+60", "Nordhordland Fisk AS", "CEO."),
        who("Frode Eide", 47, BERGEN)
            .says(
                "Interim CEO for leadership gaps in food and seafood",
                "Has covered two sudden CEO vacancies in food companies. Finishing an assignment and free in two months.",
                "Master in Business. Interim general management, leadership gaps, seafood, food, export.",
            )
            .speaks("no:N en:C2")
            .rate(12_800)
            .qualified(450, [46, 45, 45, 45, 45, 47, 45])
            .free_in(60)
            .job("I ceo C10 M priv gap @6+", "Os Sjømat AS", "Interim CEO; handing over in two months.")
            .job("I ceo C10 S priv gap @24+7 *5", "Tysnes Fisk AS", "Interim CEO."),
    ]
}
