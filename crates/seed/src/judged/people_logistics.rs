//! Hand-made procurement and logistics profiles for the judged set: the pools behind the
//! procurement carve-out in Drammen and the start-up of a distribution centre near Oslo.

use super::build::*;
use super::places::*;

/// The procurement and logistics people.
pub(super) fn people() -> Vec<Person> {
    vec![
        who("Camilla Østby", 48, DRAMMEN)
            .says(
                "Procurement manager who has built stand-alone purchasing after a carve-out",
                "When a chemicals plant was carved out of a global group, she built its procurement from nothing: new supplier contracts for everything the group used to buy, exit from the transitional service agreement on time, and a team of five.",
                "Master of Supply Chain Management, BI. Carve-out, TSA exit, strategic sourcing, contract management, chemicals and raw materials, category management, SAP MM.",
            )
            .speaks("no:N en:C2")
            .rate(10_000)
            .qualified(500, [47, 46, 46, 45, 46, 48, 47])
            .job("I procurement_manager C20 L priv merger @10+12 *5", "Lier Spesialkjemi AS", "Interim head of procurement after a carve-out: 140 contracts replaced, TSA exited on time.")
            .job("P procurement_manager C20 L priv - @80+60", "Buskerud Kjemi AS", "Procurement manager.")
            .job("P procurement_manager C22 M priv - @140+58", "Drammen Plast AS", "Category manager."),
        who("Geir Ove Lien", 54, SANDVIKA)
            .says(
                "Interim head of procurement in carve-outs and post-merger integrations",
                "Has set up procurement in two carve-outs, from a pharmaceutical group and a plastics group, and merged two purchasing departments after an acquisition. Knows which contracts break on day one.",
                "Siviløkonom. Carve-out, TSA, post-merger integration, strategic sourcing, contract transfer, pharmaceuticals, plastics, Coupa, SAP Ariba.",
            )
            .speaks("no:N en:C2 sv:B2")
            .rate(10_500)
            .qualified(460, [47, 46, 46, 45, 47, 47, 47])
            .job("I procurement_manager C21 L priv merger @8+10 *5", "Asker Farmasi AS", "Interim head of procurement in a carve-out from a global pharma group.")
            .job("I procurement_manager C22 L priv merger @26+12 *5", "Norsk Polymer AS", "Set up procurement after a carve-out; TSA exit in nine months.")
            .job("P cpo C22 L priv merger @80+50", "Polymer Nordic AS", "Procurement director; merged two purchasing teams."),
        who("Mona Fjellheim", 50, SKIEN)
            .says(
                "Procurement manager in the Grenland process industry; integration after an acquisition",
                "Procurement manager at a chemicals plant who integrated the purchasing of an acquired company into the group's. Knows raw materials, energy contracts and plant maintenance purchasing.",
                "Master of Economics. Procurement integration, raw materials, energy contracts, MRO purchasing, chemicals, contract management, supplier audits.",
            )
            .speaks("no:N en:C1")
            .rate(9_800)
            .qualified(480, [46, 45, 45, 45, 46, 48, 46])
            .job("I procurement_manager C20 L priv merger @12+10 *5", "Herøya Kjemi AS", "Interim procurement manager; integrated an acquired company's purchasing.")
            .job("P procurement_manager C20 L priv - @80+60", "Grenland Prosess AS", "Procurement manager."),
        who("Jostein Aukrust", 57, OSLO)
            .says(
                "Chief procurement officer; carve-outs and procurement transformation",
                "Former CPO of an industrial group who led procurement in a carve-out of a division. Takes hands-on interim roles below CPO level too.",
                "Siviløkonom; MBA. Procurement transformation, carve-out, category management, strategic sourcing, industry.",
            )
            .speaks("no:N en:C2")
            .rate(11_500)
            .qualified(500, [47, 46, 46, 44, 47, 47, 47])
            .job("I cpo C25 E priv merger @12+12 *5", "Norsk Industrigruppe ASA", "Interim CPO during a carve-out of a division.")
            .job("P cpo C28 E priv transf @80+60", "Oslo Maskinkonsern ASA", "CPO; procurement transformation."),
        who("Line Bakken", 46, FREDRIKSTAD)
            .says(
                "Procurement manager in chemicals: cost programmes and supplier consolidation",
                "Procurement manager at a chemicals plant who has run two cost programmes. Has not been through a carve-out.",
                "Master of Supply Chain Management. Cost reduction, supplier consolidation, chemicals, raw materials, tendering.",
            )
            .speaks("no:N en:C1")
            .rate(9_500)
            .qualified(500, [45, 45, 45, 45, 46, 48, 46])
            .job("P procurement_manager C20 L priv perf @50+", "Borg Kjemi AS", "Procurement manager; saved 8 % on raw materials.")
            .job("P procurement_manager C20 M priv - @110+58", "Sarpsborg Kjemi AS", "Buyer."),
        who("Trygve Sand", 52, DRAMMEN)
            .says(
                "Supply chain director; built stand-alone supply chain after a carve-out",
                "Supply chain director who set up planning, logistics and purchasing for a company carved out of a Nordic group. Broader than procurement alone.",
                "Siviløkonom. Carve-out, supply chain set-up, TSA, logistics, procurement, ERP separation.",
            )
            .speaks("no:N en:C2")
            .rate(11_000)
            .qualified(480, [46, 46, 45, 45, 46, 47, 46])
            .job("I supply_chain_director C22 L priv merger @12+12 *5", "Eiker Emballasje AS", "Interim supply chain director in a carve-out.")
            .job("P supply_chain_director G46 L priv - @80+60", "Drammen Distribusjon AS", "Supply chain director."),
        who("Heidi Nilsen", 51, OSLO)
            .says(
                "Procurement manager in the public sector; merger of two agencies",
                "Led procurement when two government agencies merged. Public procurement law is her home ground; industrial raw materials are not.",
                "Master of Law. Public procurement, merger of agencies, framework agreements, contract management.",
            )
            .speaks("no:N en:C1")
            .rate(9_500)
            .qualified(500, [45, 44, 45, 45, 46, 48, 45])
            .job("I procurement_manager O84 L pub merger @12+12 *5", "Direktoratet for samfunnstjenester", "Interim procurement manager in an agency merger.")
            .job("P procurement_manager O84 L pub - @80+60", "Statens innkjøpssenter", "Procurement advisor."),
        who("Ida Moen", 35, DRAMMEN)
            .says(
                "Category manager for chemicals and raw materials",
                "Category manager who ran the raw-material tenders in a carve-out team. First leadership role ahead.",
                "Master of Supply Chain Management. Category management, tenders, raw materials, chemicals, carve-out support.",
            )
            .speaks("no:N en:C1")
            .rate(7_500)
            .qualified(540, [44, 42, 43, 44, 42, 47, 44])
            .job("P procurement_manager C20 L priv merger @30+ lvl:mid", "Lier Spesialkjemi AS", "Category manager in the carve-out team.")
            .titled("Category Manager")
            .job("P procurement_manager C20 M priv - @70+38", "Svelvik Kjemi AS", "Buyer."),
        who("Johan Berglund", 53, GOTEBORG)
            .says(
                "Swedish interim head of procurement in carve-outs",
                "Has set up procurement in two Swedish carve-outs in chemicals and automotive. Understands Norwegian, works in Swedish and English.",
                "Civilingenjör. Carve-out, TSA exit, strategic sourcing, chemicals, automotive.",
            )
            .speaks("sv:N en:C2 no:B2")
            .rate(10_500)
            .qualified(460, [46, 46, 45, 45, 46, 47, 46])
            .job("I procurement_manager C20 L priv merger @10+12 *5", "Stenungsund Kemi AB", "Interim head of procurement in a carve-out.")
            .job("P procurement_manager C29 L priv merger @70+50", "Göteborgs Komponent AB", "Procurement manager."),
        who("Magnus Tollefsen", 41, OSLO)
            .says(
                "Carve-out and procurement consultant: TSA, day-one readiness, sourcing",
                "Manager in a transaction consultancy who has run the procurement workstream of eight carve-outs: TSA design, day-one readiness and contract separation. Advises, does not run departments.",
                "Master of Finance. Carve-out advisory, TSA design, separation planning, procurement workstream, day-one readiness, post-merger integration, chemicals.",
            )
            .consultant()
            .speaks("no:N en:C2")
            .rate(12_500)
            .qualified(400, [40, 38, 44, 40, 45, 45, 40])
            .job("P project_manager M70 L priv merger @50+", "Transaksjonsrådgivning AS", "Manager, carve-out advisory.")
            .titled("Manager, Separation Advisory")
            .job("P procurement_manager M70 L priv - @100+48", "Innkjøpsanalyse AS", "Analyst."),
        who("Ragnar Vestby", 55, DRAMMEN)
            .says(
                "Interim procurement manager for carve-outs and integrations",
                "Has built procurement in a carve-out and integrated it after two acquisitions. In an assignment until early next year.",
                "Siviløkonom. Carve-out, TSA, post-merger integration, sourcing, chemicals, manufacturing.",
            )
            .speaks("no:N en:C2")
            .rate(10_000)
            .qualified(480, [47, 46, 46, 45, 46, 47, 47])
            .free_in(80)
            .job("I procurement_manager C20 L priv merger @6+", "Hurum Kjemi AS", "Interim procurement manager in a carve-out, until early next year.")
            .job("I procurement_manager C22 L priv merger @24+12 *5", "Røyken Plast AS", "Interim procurement manager after an acquisition."),
        who("Hendrik Müller", 52, FRANKFURT)
            .says(
                "German head of procurement for chemical carve-outs",
                "Procurement leader from the Globalise network who set up purchasing in two carve-outs from German chemical groups. English and German.",
                "Dipl.-Kfm. Carve-out, TSA exit, chemicals procurement, raw materials, energy.",
            )
            .partner()
            .speaks("de:N en:C1")
            .rate(10_500)
            .qualified(400, [46, 46, 45, 44, 46, 47, 46])
            .job("I procurement_manager C20 L priv merger @10+12 *5", "Rhein-Main Spezialchemie GmbH", "Interim head of procurement in a carve-out.")
            .job("P procurement_manager C20 E priv - @80+60", "Hessische Chemiewerke AG", "Category director."),
        who("Sigrun Hoel", 58, DRAMMEN)
            .says(
                "Purchasing administrator: orders, contracts register, supplier master data",
                "Purchasing administrator who kept the contracts register and supplier data in order through a carve-out. Supports the procurement manager.",
                "Purchasing administration, order handling, supplier master data, contract register, carve-out support, SAP MM.",
            )
            .administrator()
            .speaks("no:N en:B2")
            .rate(6_500)
            .qualified(400, [44, 36, 40, 42, 40, 48, 42])
            .job("P procurement_manager C20 L priv merger @40+ lvl:mid", "Lier Spesialkjemi AS", "Purchasing administrator.")
            .titled("Purchasing Administrator")
            .job("P procurement_manager C20 M priv - @120+78", "Drammen Kjemi AS", "Purchasing assistant."),
        who("Vegard Bøe", 49, KONGSBERG)
            .says(
                "Interim procurement manager, carve-outs and sourcing",
                "Has held interim procurement roles. The provider's vetting did not qualify him after an integrity concern in a reference.",
                "Master of Economics. Procurement, carve-out, sourcing, contract management.",
            )
            .speaks("no:N en:C1")
            .rate(9_800)
            .not_qualified([40, 40, 38, 36, 42, 22, 40])
            .job("I procurement_manager C28 L priv merger @12+8 *3", "Kongsberg Komponent AS", "Interim procurement manager in a carve-out.")
            .job("P procurement_manager C28 M priv - @80+60", "Numedal Innkjøp AS", "Procurement manager."),
        who("Arild Torp", 53, DRAMMEN)
            .says(
                "Procurement manager in chemicals, carve-out experience",
                "Was procurement manager at the Drammen plant while it belonged to the global group, and left in a dispute over the separation. Since then at a plastics company.",
                "Siviløkonom. Procurement, chemicals, carve-out, sourcing.",
            )
            .speaks("no:N en:C2")
            .rate(10_000)
            .qualified(400, [45, 45, 44, 42, 46, 44, 45])
            .job("P procurement_manager C22 M priv - @20+", "Mjøndalen Plast AS", "Procurement manager.")
            .job("P procurement_manager C20 L priv merger @70+48", "Drammen Kjemi AS", "Procurement manager; left in a dispute over the separation."),
        who("Thomas Engebretsen", 47, LILLESTROM)
            .says(
                "Logistics manager who starts up automated distribution centres",
                "Has started up two distribution centres on Romerike, one with AutoStore and one with shuttle systems: recruitment, WMS go-live, ramp-up to full volume. Knows the local labour market for warehouse staff.",
                "Bachelor of Logistics. Start-up of distribution centres, AutoStore, WMS go-live, ramp-up, recruitment, HSE, grocery and wholesale logistics.",
            )
            .speaks("no:N en:C1")
            .rate(9_200)
            .qualified(520, [47, 46, 45, 46, 46, 48, 47])
            .job("I logistics_manager H52 L priv startup @10+10 *5", "Gardermoen Logistikksenter AS", "Interim warehouse manager: AutoStore DC from go-live to full volume in five months.")
            .job("P logistics_manager G46 L priv startup @60+45", "Romerike Engros AS", "Logistics manager; started up a new DC.")
            .job("P logistics_manager H52 M priv - @110+48", "Kjeller Lager AS", "Shift manager."),
        who("Silje Nordby", 44, DRAMMEN)
            .says(
                "Interim logistics manager for new warehouses and WMS go-lives",
                "Has led the start-up of two warehouses as interim logistics manager, both with a new WMS. Calm in the weeks when nothing works yet.",
                "Master of Logistics, Molde. Warehouse start-up, WMS implementation, go-live, automation, staffing, e-commerce and wholesale.",
            )
            .speaks("no:N en:C2")
            .rate(9_000)
            .qualified(500, [47, 46, 46, 46, 46, 48, 46])
            .job("I logistics_manager H52 L priv startup @8+9 *5", "Lier Fulfilment AS", "Interim logistics manager: new e-commerce warehouse and WMS go-live.")
            .job("I logistics_manager G46 L priv startup @26+10 *5", "Vestfold Distribusjon AS", "Interim logistics manager for a new DC."),
        who("Henning Bråten", 52, HAMAR)
            .says(
                "Logistics manager in grocery distribution; started up a regional DC",
                "Started up a regional grocery distribution centre and ran it for six years. Knows cold chain, transport planning and the unions.",
                "Bachelor of Logistics. Grocery distribution, DC start-up, cold chain, transport planning, WMS, union relations.",
            )
            .speaks("no:N en:B2")
            .rate(9_400)
            .qualified(480, [46, 45, 45, 46, 45, 48, 46])
            .job("P logistics_manager G46 L priv startup @80+72", "Innlandet Dagligvare AS", "Started up and ran a regional grocery DC.")
            .job("I logistics_manager H52 L priv perf @8+8 *5", "Mjøsa Lager AS", "Interim warehouse manager."),
        who("Kim Andre Berntsen", 50, OSLO)
            .says(
                "Logistics manager: warehouse productivity and cost",
                "Has improved productivity in three large warehouses. Has not started one up.",
                "Bachelor of Logistics. Warehouse productivity, lean logistics, WMS, staffing, cost reduction.",
            )
            .speaks("no:N en:C1")
            .rate(9_000)
            .qualified(500, [46, 45, 45, 45, 45, 48, 46])
            .job("I logistics_manager H52 L priv perf @10+10 *5", "Alnabru Terminal AS", "Interim logistics manager; productivity up 15 %.")
            .job("P logistics_manager G46 L priv perf @70+55", "Oslo Engroslager AS", "Logistics manager."),
        who("Stine Lorentzen", 38, LILLESTROM)
            .says(
                "Shift leader at an automated distribution centre",
                "Shift leader who was part of an AutoStore go-live. Ready for a first manager role.",
                "Logistics, shift leadership, AutoStore operations, WMS, safety.",
            )
            .speaks("no:N en:B2")
            .rate(7_000)
            .qualified(520, [44, 42, 43, 45, 41, 47, 44])
            .job("P logistics_manager H52 L priv startup @24+ lvl:mid", "Gardermoen Logistikksenter AS", "Shift leader during the go-live.")
            .titled("Shift Leader")
            .job("P logistics_manager H52 M priv - @70+44", "Skedsmo Lager AS", "Team leader."),
        who("Ola Grønvold", 46, OSLO)
            .says(
                "WMS and warehouse automation consultant: AutoStore, go-live, start-up of DCs",
                "Solution architect in a logistics consultancy. Has designed and implemented WMS and AutoStore solutions for a dozen distribution-centre start-ups and supported the go-live weekends.",
                "Master of Logistics. WMS implementation, AutoStore, warehouse automation, DC start-up, go-live support, process design.",
            )
            .consultant()
            .speaks("no:N en:C2")
            .rate(11_000)
            .qualified(400, [40, 38, 44, 40, 46, 45, 40])
            .job("P project_manager M70 M priv startup @60+", "Lagerteknologi AS", "Solution architect.")
            .titled("Solution Architect")
            .job("P it_manager J62 M priv - @110+48", "Logistikksystemer AS", "WMS consultant."),
        who("Jørn Aasland", 55, LILLESTROM)
            .says(
                "Interim logistics manager for DC start-ups",
                "Has started up three distribution centres as interim logistics manager. Booked on an assignment through spring.",
                "Bachelor of Logistics. DC start-up, AutoStore, WMS go-live, ramp-up.",
            )
            .speaks("no:N en:C1")
            .rate(9_200)
            .qualified(480, [47, 46, 45, 46, 46, 48, 47])
            .booked(20, 150)
            .job("I logistics_manager H52 L priv startup @3+", "Berger Logistikk AS", "Interim logistics manager, new DC.")
            .job("I logistics_manager G46 L priv startup @20+10 *5", "Østlandet Frukt AS", "Interim logistics manager, DC start-up."),
        who("Tone Lysaker", 54, OSLO)
            .says(
                "Logistics director for large distribution networks; DC start-ups",
                "Former logistics director of a grocery group who takes interim start-up roles at director rates.",
                "Siviløkonom. Logistics, distribution networks, DC start-up, automation, grocery.",
            )
            .speaks("no:N en:C2")
            .rate(14_000)
            .qualified(480, [47, 46, 46, 45, 46, 47, 47])
            .job("I logistics_manager H52 E priv startup @10+10 *5", "Nordisk Dagligvarelogistikk AS", "Interim head of a new national DC.")
            .job("P supply_chain_director G46 E priv - @80+60", "Norsk Dagligvare AS", "Logistics director."),
        who("Bente Foss", 48, LILLESTROM)
            .says(
                "Logistics coordinator and administrator",
                "Logistics coordinator who handles bookings, staffing plans and reporting for a DC. Supports the warehouse manager.",
                "Logistics administration, transport booking, staffing plans, reporting, WMS user.",
            )
            .administrator()
            .speaks("no:N en:B2")
            .rate(6_000)
            .qualified(400, [44, 36, 40, 44, 38, 48, 42])
            .job("P logistics_manager H52 L priv startup @30+ lvl:mid", "Gardermoen Logistikksenter AS", "Logistics coordinator.")
            .titled("Logistics Coordinator")
            .job("P logistics_manager H49 M priv - @90+58", "Romerike Transport AS", "Transport planner."),
        who("Arvid Nesse", 51, BERGEN)
            .says(
                "Logistics manager in Bergen: DC start-up and operations",
                "Started up a DC in Bergen and runs it. Takes only work within a daily commute of home.",
                "Bachelor of Logistics. DC start-up, WMS, operations, staffing.",
            )
            .speaks("no:N en:C1")
            .rate(9_000)
            .qualified(480, [46, 45, 45, 46, 45, 48, 46])
            .stays_home(40)
            .job("P logistics_manager H52 L priv startup @60+", "Bergen Logistikkpark AS", "Logistics manager; started up the DC.")
            .job("P logistics_manager G46 M priv - @120+58", "Åsane Engros AS", "Warehouse manager."),
        who("Lars Hedegaard", 50, KOLDING)
            .says(
                "Danish logistics manager: DC start-ups in Jutland",
                "Has started up two distribution centres in the Kolding area. Danish and English; reads Norwegian.",
                "Logistics, DC start-up, WMS, automation, staffing.",
            )
            .speaks("da:N en:C1 no:B1")
            .rate(9_200)
            .qualified(460, [46, 45, 45, 45, 45, 47, 46])
            .job("I logistics_manager H52 L priv startup @10+10 *5", "Trekantområdet Logistik A/S", "Interim logistics manager, DC start-up.")
            .job("P logistics_manager G46 L priv - @70+60", "Kolding Engros A/S", "Logistics manager."),
        who("Leif Arne Bråthen", 52, SARPSBORG)
            .says(
                "Procurement manager in the Østfold process industry; carve-out of a chemicals business",
                "Led procurement when a chemicals business was carved out of a Sarpsborg industrial group: new contracts for energy, raw materials and services, and a clean exit from the shared services. Knows the suppliers of the Norwegian process industry.",
                "Siviløkonom. Carve-out, TSA exit, strategic sourcing, energy contracts, chemicals, biorefinery, contract management.",
            )
            .speaks("no:N en:C2 sv:B2")
            .rate(10_200)
            .qualified(500, [46, 46, 46, 45, 46, 48, 46])
            .job("I procurement_manager C20 L priv merger @12+12 *5", "Østfold Spesialkjemikalier AS", "Interim procurement manager in a carve-out; TSA exited a month early.")
            .job("P procurement_manager C20 E priv - @80+60", "Sarpsborg Bioraffineri AS", "Category manager, energy and chemicals."),
    ]
}
