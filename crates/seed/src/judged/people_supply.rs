//! Hand-made supply-chain profiles, mostly Swedish, for the judged set: the pool behind the
//! supply-chain performance mandate at a wholesaler in Jönköping.

use super::build::*;
use super::places::*;

/// The supply-chain people.
pub(super) fn people() -> Vec<Person> {
    vec![
        who("Karin Ekström", 51, JONKOPING)
            .says(
                "Supply chain director in wholesale: service level, inventory and S&OP",
                "Has run supply chain at two Swedish wholesalers and lifted service levels while cutting inventory both times. Built the S&OP process from scratch at the second. Lives in Jönköping, the heart of Swedish logistics.",
                "Civilingenjör, Linköping University. Supply chain management, S&OP, demand planning, inventory optimisation, warehouse management, wholesale distribution, Relex, SAP.",
            )
            .speaks("sv:N en:C2 no:B2")
            .rate(13_000)
            .qualified(520, [47, 46, 46, 45, 47, 48, 47])
            .job("I supply_chain_director G46 L priv perf @10+10 *5", "Vätterns Partihandel AB", "Interim head of supply chain: service level from 91 % to 97 %, inventory down 18 %.")
            .job("P supply_chain_director G46 L priv perf @80+60", "Småländsk Byggvaruhandel AB", "Supply chain director; introduced S&OP.")
            .job("P logistics_manager G46 L priv - @140+58", "Huskvarna Distribution AB", "Logistics manager."),
        who("Per-Olof Andersson", 56, GOTEBORG)
            .says(
                "Interim head of supply chain for wholesale and retail",
                "Has taken three wholesalers and a retail chain through supply chain improvement as interim head: planning, warehouse productivity and supplier delivery. Practical and numbers-driven.",
                "Civilekonom, Göteborg. Supply chain improvement, S&OP, demand planning, warehouse productivity, supplier performance, wholesale, retail.",
            )
            .speaks("sv:N en:C2")
            .rate(13_500)
            .qualified(460, [47, 46, 45, 44, 46, 47, 47])
            .job("I supply_chain_director G46 L priv perf @8+9 *5", "Västkustens Grossist AB", "Interim head of supply chain; S&OP and 20 % less stock.")
            .job("I supply_chain_director G47 E priv perf @26+12 *4", "Svensk Hemelektronik AB", "Interim supply chain director.")
            .job("P supply_chain_director G46 L priv - @100+70", "Göta Partihandel AB", "Supply chain director."),
        who("Malin Berg", 47, LINKOPING)
            .says(
                "Supply chain director: S&OP, distribution network and service level",
                "Supply chain leader who redesigned the distribution network of a wholesaler and introduced S&OP in an industrial distributor. Strong in analysis and in bringing sales and purchasing to the same table.",
                "Civilingenjör, industrial engineering. S&OP, distribution network design, inventory management, wholesale, industrial distribution, Power BI.",
            )
            .speaks("sv:N en:C2 de:B1")
            .rate(12_800)
            .qualified(540, [46, 46, 46, 46, 47, 48, 46])
            .job("I supply_chain_director G46 L priv perf @12+12 *5", "Östgöta Industrihandel AB", "Interim supply chain director; S&OP and service level to 96 %.")
            .job("P supply_chain_director G46 L priv - @80+60", "Linköpings Grossistlager AB", "Supply chain director."),
        who("Jonas Wikström", 53, OREBRO)
            .says(
                "Interim logistics and supply chain director in building materials and wholesale",
                "Has been interim logistics director at a building-materials wholesaler and supply chain director at a tools distributor; both times service level and warehouse cost were the problem.",
                "Civilingenjör. Logistics, supply chain, warehouse cost, service level, S&OP, wholesale, building materials.",
            )
            .speaks("sv:N en:C1 no:B1")
            .rate(13_200)
            .qualified(500, [46, 46, 45, 45, 46, 47, 46])
            .job("I supply_chain_director G46 L priv perf @10+10 *5", "Bergslagens Bygghandel AB", "Interim logistics director: warehouse cost down 12 %, service level up.")
            .job("P supply_chain_director G46 M priv perf @70+60", "Örebro Verktyg AB", "Supply chain director."),
        who("Ulf Sandberg", 58, NORRKOPING)
            .says(
                "Supply chain director in manufacturing: planning and delivery performance",
                "Supply chain director at a plastics manufacturer and a packaging company; improved delivery performance in both. Little wholesale experience.",
                "Civilingenjör. Supply chain, production planning, S&OP, delivery performance, manufacturing, packaging.",
            )
            .speaks("sv:N en:C1")
            .rate(12_500)
            .qualified(480, [45, 45, 45, 45, 46, 47, 46])
            .job("I supply_chain_director C22 L priv perf @12+10 *4", "Norrköpings Plast AB", "Interim supply chain director; delivery performance up.")
            .job("P supply_chain_director C17 L priv - @90+70", "Bråviken Förpackning AB", "Supply chain director."),
        who("Linnea Forsberg", 45, STOCKHOLM)
            .says(
                "Purchasing and supply director in wholesale",
                "Purchasing director who has also run inbound logistics at a wholesaler. Supplier performance and assortment are her strengths; outbound distribution less so.",
                "Civilekonom. Purchasing, supplier management, assortment, inbound logistics, wholesale, negotiations.",
            )
            .speaks("sv:N en:C2")
            .rate(12_500)
            .qualified(500, [45, 45, 45, 45, 46, 47, 46])
            .job("P cpo G46 L priv perf @50+", "Mälardalens Partihandel AB", "Purchasing director; supplier delivery precision up 8 points.")
            .job("P procurement_manager G46 L priv - @110+58", "Stockholms Grossist AB", "Category manager."),
        who("Espen Hovde", 52, OSLO)
            .says(
                "Norwegian supply chain director for wholesale; works across the Nordics",
                "Has run supply chain at a Norwegian wholesaler with warehouses in Norway and Sweden, and improved service levels and inventory. Works in Swedish without trouble.",
                "Siviløkonom. Supply chain, S&OP, inventory reduction, wholesale, Nordic distribution, warehouse automation.",
            )
            .speaks("no:N sv:C1 en:C2")
            .rate(13_500)
            .qualified(480, [46, 46, 45, 45, 46, 47, 46])
            .job("I supply_chain_director G46 L priv perf @12+10 *5", "Nordisk Grossistforbund AS", "Interim supply chain director; inventory down 15 %.")
            .job("P supply_chain_director G46 L priv - @90+70", "Østlandet Engros AS", "Supply chain director."),
        who("Mats Lind", 60, JONKOPING)
            .says(
                "Logistics and warehouse manager in wholesale",
                "Has run warehouses for two wholesalers in Jönköping. Strong on the floor; has not held a director's role.",
                "Logistics, warehouse management, WMS, staffing, safety, wholesale.",
            )
            .speaks("sv:N en:B2 no:B2")
            .rate(9_000)
            .qualified(500, [46, 44, 44, 45, 44, 48, 45])
            .job("P logistics_manager G46 L priv - @60+", "Jönköpings Centrallager AB", "Warehouse manager.")
            .job("P logistics_manager H52 M priv - @130+68", "Torsvik Logistik AB", "Shift manager."),
        who("Peter Åkesson", 49, MALMO)
            .says(
                "Supply chain head for e-commerce start-ups",
                "Built the supply chain of two e-commerce companies from scratch. Growth rather than improvement of an established wholesaler.",
                "Civilingenjör. E-commerce fulfilment, start-up of warehouses, 3PL, supply chain.",
            )
            .speaks("sv:N en:C2 da:B2")
            .rate(12_000)
            .qualified(480, [46, 46, 45, 45, 45, 47, 46])
            .job("I supply_chain_director G47 M priv startup @10+12 *5", "Öresund E-handel AB", "Interim head of supply chain; built fulfilment from scratch.")
            .job("P supply_chain_director G47 M priv startup @60+40", "Skånsk Näthandel AB", "Head of supply chain."),
        who("Sofia Lundgren", 43, STOCKHOLM)
            .says(
                "Supply chain consultant: S&OP, inventory optimisation, wholesale performance",
                "Senior manager in a supply chain consultancy. Has designed S&OP processes and inventory programmes for a dozen Nordic wholesalers and led the workshops, not the organisations.",
                "Civilingenjör, KTH. S&OP design, inventory optimisation, supply chain diagnostics, wholesale, service level improvement, performance improvement programmes.",
            )
            .consultant()
            .speaks("sv:N en:C2")
            .rate(14_000)
            .qualified(400, [40, 38, 44, 40, 46, 45, 40])
            .job("P project_manager M70 L priv perf @60+", "Nordic Supply Chain Advisors AB", "Senior manager, supply chain practice.")
            .titled("Senior Manager")
            .job("P supply_chain_director G46 L priv - @110+40 lvl:mid", "Stockholms Grossist AB", "Planning manager."),
        who("Björn Hedlund", 57, JONKOPING)
            .says(
                "Interim supply chain director for wholesale",
                "Has improved supply chains at three wholesalers as interim director. Just started a long assignment.",
                "Civilingenjör. Supply chain, S&OP, inventory, wholesale, logistics.",
            )
            .speaks("sv:N en:C1")
            .rate(13_000)
            .qualified(480, [47, 46, 45, 45, 46, 47, 47])
            .booked(-20, 260)
            .job("I supply_chain_director G46 L priv perf @1+", "Värnamo Grossist AB", "Interim supply chain director, ongoing.")
            .job("I supply_chain_director G46 L priv perf @20+12 *5", "Nässjö Partihandel AB", "Interim supply chain director.")
            .job("P supply_chain_director G46 L priv - @90+60", "Gislaved Distribution AB", "Supply chain director."),
        who("Emma de Jong", 50, AMSTERDAM)
            .says(
                "Dutch supply chain director: European distribution centres and S&OP",
                "Interim supply chain director from the Globalise network with assignments at Dutch and Belgian wholesalers. English and Dutch.",
                "MSc Supply Chain Management, Erasmus. S&OP, distribution centres, wholesale, inventory optimisation.",
            )
            .partner()
            .speaks("nl:N en:C2 de:B2")
            .rate(13_500)
            .qualified(400, [46, 46, 46, 45, 46, 47, 46])
            .job("I supply_chain_director G46 L priv perf @10+12 *5", "Randstad Groothandel B.V.", "Interim supply chain director.")
            .job("P supply_chain_director G46 E priv - @90+70", "Benelux Distributie B.V.", "Supply chain director."),
        who("Anders Nilsson", 58, STOCKHOLM)
            .says(
                "Senior supply chain executive for wholesale and retail groups",
                "Former group supply chain director of a Nordic retail group; takes interim roles at a premium rate.",
                "Civilingenjör; MBA. Supply chain, S&OP, retail, wholesale, network design.",
            )
            .speaks("sv:N en:C2")
            .rate(19_000)
            .qualified(460, [47, 46, 46, 45, 47, 47, 47])
            .job("I supply_chain_director G46 E priv perf @12+10 *5", "Nordens Grossistgrupp AB", "Interim group supply chain director.")
            .job("P supply_chain_director G47 E priv - @100+80", "Svensk Detaljhandel AB", "Group supply chain director."),
        who("Gustav Ek", 50, GOTEBORG)
            .says(
                "Supply chain director in wholesale",
                "Has run supply chain at a wholesaler. The provider did not qualify him: references questioned his results and his handling of staff.",
                "Civilingenjör. Supply chain, wholesale, S&OP.",
            )
            .speaks("sv:N en:C1")
            .rate(12_500)
            .not_qualified([36, 38, 34, 28, 40, 34, 34])
            .job("I supply_chain_director G46 L priv perf @12+6 *2", "Hisingens Grossist AB", "Interim supply chain director; ended early.")
            .job("P supply_chain_director G46 M priv - @80+60", "Mölndals Partihandel AB", "Supply chain director."),
        who("Eva-Lena Svensson", 55, HELSINGBORG)
            .says(
                "Supply chain director for wholesale and logistics",
                "Experienced supply chain director from wholesale. Her consent to stay in the network lapsed and has not been renewed.",
                "Civilekonom. Supply chain, S&OP, wholesale, logistics.",
            )
            .speaks("sv:N en:C1 da:B2")
            .rate(12_800)
            .qualified(300, [46, 45, 45, 45, 46, 47, 46])
            .consent_lapsed(30)
            .job("I supply_chain_director G46 L priv perf @14+10 *5", "Skåne Grossist AB", "Interim supply chain director.")
            .job("P supply_chain_director G46 L priv - @90+60", "Helsingborgs Hamnlager AB", "Supply chain director."),
        who("Hanne Kvisle", 49, FREDRIKSTAD)
            .says(
                "Supply chain director in Norwegian wholesale",
                "Norwegian supply chain director who has improved service levels at a wholesaler near the Swedish border. Understands Swedish well, speaks it less well.",
                "Siviløkonom. Supply chain, S&OP, inventory, wholesale.",
            )
            .speaks("no:N en:C1 sv:B2")
            .rate(12_500)
            .qualified(480, [46, 45, 45, 45, 46, 47, 46])
            .job("I supply_chain_director G46 L priv perf @10+10 *5", "Østfold Engros AS", "Interim supply chain director; service level up 5 points.")
            .job("P supply_chain_director G46 M priv - @80+60", "Halden Distribusjon AS", "Supply chain director."),
    ]
}
