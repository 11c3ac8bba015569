//! Hand-made technology leaders (CIOs, CDOs, IT managers), mostly Swedish, for the judged
//! set: the pool behind the ERP transformation at a Stockholm retailer.

use super::build::*;
use super::places::*;

/// The technology people.
pub(super) fn people() -> Vec<Person> {
    vec![
        who("Fredrik Holmberg", 52, STOCKHOLM)
            .says(
                "Interim CIO for retail: ERP transformations and omnichannel",
                "Has led two Swedish retailers through the replacement of their ERP with SAP S/4HANA as interim CIO, store and e-commerce systems included. Knows how to cut scope without cutting the business case.",
                "Civilingenjör, KTH. ERP transformation, SAP S/4HANA, retail systems, omnichannel, IT operating model, vendor management, cloud migration.",
            )
            .speaks("sv:N en:C2")
            .rate(14_500)
            .qualified(520, [47, 47, 46, 45, 48, 48, 47])
            .job("I cio G47 E priv transf @10+16 *5", "Svenska Sportkedjan AB", "Interim CIO: SAP S/4HANA rollout to 180 stores and e-commerce, on time.")
            .job("I cio G47 L priv transf @34+14 *5", "Nordiska Inredningshus AB", "Interim CIO; ERP replacement and new IT operating model.")
            .job("P cio G47 E priv - @110+70", "Skandinaviska Varuhus AB", "CIO."),
        who("Cecilia Åberg", 49, STOCKHOLM)
            .says(
                "CIO in fashion and retail; ERP rollout and digital transformation",
                "CIO who took a fashion retailer from a home-grown system to a standard ERP and a new e-commerce platform. Business-minded, well liked by store operations.",
                "Civilekonom and systems science. ERP rollout, retail, fashion, e-commerce, omnichannel, IT strategy, change management.",
            )
            .speaks("sv:N en:C2 fr:B1")
            .rate(14_000)
            .qualified(540, [46, 46, 47, 47, 47, 48, 46])
            .job("I cio G47 L priv transf @12+14 *5", "Stockholms Modegrupp AB", "Interim CIO; ERP rollout and new e-commerce platform.")
            .job("P cio G47 E priv transf @70+50", "Nordisk Mode AB", "CIO.")
            .job("P it_manager G47 L priv - @130+58", "Citykedjan AB", "IT manager."),
        who("Niklas Berggren", 55, UPPSALA)
            .says(
                "Interim CIO: ERP transformations in retail and wholesale",
                "Has been interim CIO four times, three of them to rescue or lead ERP transformations in retail and wholesale. Plain-spoken with vendors.",
                "Civilingenjör. Interim CIO, ERP transformation, SAP, Microsoft Dynamics, retail, wholesale, vendor negotiations, IT governance.",
            )
            .speaks("sv:N en:C2 de:B1")
            .rate(14_800)
            .qualified(480, [47, 47, 47, 44, 47, 47, 47])
            .job("I cio G47 L priv transf @8+12 *5", "Uppländska Livs AB", "Interim CIO; ERP transformation in grocery retail.")
            .job("I cio G46 L priv transf @26+14 *5", "Mälardalens Grossist AB", "Interim CIO; took over a failing ERP project and delivered.")
            .job("P cio G46 L priv - @90+60", "Svensk Partihandel AB", "CIO."),
        who("Ingrid Dahlström", 50, GOTEBORG)
            .says(
                "CIO for retail chains; SAP rollout across stores",
                "Led a retail chain's SAP rollout across 250 stores and three countries as CIO. Practical about data migration and training.",
                "Civilingenjör, Chalmers. SAP S/4HANA, ERP rollout, retail, store systems, data migration, training, IT operations.",
            )
            .speaks("sv:N en:C2 no:B2")
            .rate(13_800)
            .qualified(500, [46, 46, 46, 46, 47, 48, 46])
            .job("P cio G47 E priv transf @60+", "Västsvenska Butiker AB", "CIO; SAP rollout to 250 stores in three countries.")
            .job("P it_manager G47 L priv - @120+58", "Göteborgs Handelshus AB", "IT manager."),
        who("Oskar Lindholm", 47, STOCKHOLM)
            .says(
                "CIO in manufacturing: ERP transformation and plant systems",
                "Led the ERP transformation of an engineering group, plants and aftermarket included. No retail experience.",
                "Civilingenjör. ERP transformation, SAP S/4HANA, manufacturing, MES, IT strategy.",
            )
            .speaks("sv:N en:C2")
            .rate(14_000)
            .qualified(500, [46, 46, 46, 45, 47, 47, 46])
            .job("I cio C28 E priv transf @10+16 *5", "Svensk Verkstadsgrupp AB", "Interim CIO; S/4HANA across eight plants.")
            .job("P cio C28 L priv - @80+60", "Södermanlands Maskin AB", "CIO."),
        who("Terese Wahl", 45, MALMO)
            .says(
                "Chief Digital Officer in retail: e-commerce and customer experience",
                "CDO who built a retailer's e-commerce and loyalty platforms. Has worked next to ERP programmes rather than leading them.",
                "Civilekonom. Digital transformation, e-commerce, customer experience, loyalty, retail, agile.",
            )
            .speaks("sv:N en:C2 da:B2")
            .rate(13_500)
            .qualified(500, [46, 46, 46, 46, 46, 47, 46])
            .job("I cdo G47 L priv transf @10+12 *5", "Skånes Varuhus AB", "Interim CDO; new e-commerce platform.")
            .job("P cdo G47 E priv transf @70+50", "Öresunds Handel AB", "Head of digital."),
        who("Runar Eggen", 53, OSLO)
            .says(
                "Norwegian retail CIO; ERP programmes across the Nordics",
                "CIO of a Norwegian retail chain with stores in Sweden, who led its ERP replacement. Works in Swedish without trouble.",
                "Sivilingeniør. ERP transformation, retail, Nordic IT, SAP, vendor management.",
            )
            .speaks("no:N sv:C1 en:C2")
            .rate(14_200)
            .qualified(480, [46, 46, 46, 45, 47, 47, 46])
            .job("I cio G47 L priv transf @12+14 *5", "Nordisk Hjemkjede AS", "Interim CIO; ERP replacement in Norway and Sweden.")
            .job("P cio G47 L priv - @80+60", "Norsk Sportshandel AS", "CIO."),
        who("Johanna Lilja", 52, HELSINKI)
            .says(
                "Finland-Swedish CIO in retail; Dynamics ERP rollout",
                "CIO of a Finnish retail group who led its move to Microsoft Dynamics. Swedish and Finnish are both her mother tongues.",
                "Diplomi-insinööri. ERP rollout, Microsoft Dynamics, retail, IT strategy, Nordic operations.",
            )
            .speaks("fi:N sv:N en:C2")
            .rate(14_000)
            .qualified(480, [46, 46, 46, 46, 46, 48, 46])
            .job("I cio G47 L priv transf @10+14 *5", "Suomen Kauppaketju Oy", "Interim CIO; Dynamics ERP to 120 stores.")
            .job("P cio G47 L priv - @80+60", "Helsingin Tavaratalo Oy", "CIO."),
        who("Anton Sjölund", 41, STOCKHOLM)
            .says(
                "IT manager at a retailer; ERP project lead",
                "IT manager who ran the store-systems workstream of an ERP project. Ready for a larger role, not yet at CIO level.",
                "Systems science. IT operations, ERP project, store systems, retail, service management.",
            )
            .speaks("sv:N en:C1")
            .rate(9_500)
            .qualified(500, [45, 44, 44, 45, 44, 47, 45])
            .job("P it_manager G47 L priv transf @40+", "Stockholms Sport AB", "IT manager; store-systems workstream in an ERP project.")
            .job("P it_manager G47 M priv - @90+48", "Söder Handel AB", "IT coordinator."),
        who("Eva Hallberg", 50, STOCKHOLM)
            .says(
                "Programme manager for ERP implementations",
                "Has managed three ERP implementation programmes, two in retail. A programme manager rather than an IT executive.",
                "Civilingenjör. Programme management, ERP implementation, SAP, retail, data migration, testing.",
            )
            .speaks("sv:N en:C2")
            .rate(12_500)
            .qualified(500, [46, 45, 46, 45, 46, 48, 46])
            .job("I programme_manager G47 E priv transf @10+16 *5", "Svensk Dagligvaruhandel AB", "ERP programme manager.")
            .job("P programme_manager G47 L priv - @70+48", "Nordisk Fackhandel AB", "ERP programme manager."),
        who("Viktor Engström", 44, STOCKHOLM)
            .says(
                "SAP S/4HANA partner: ERP transformation for retail",
                "Partner in an SAP consultancy who has sold and led the delivery of S/4HANA transformations for six Nordic retailers. Knows the product better than anyone, and the consultancy's interests.",
                "Civilingenjör. SAP S/4HANA, ERP transformation, retail, solution architecture, delivery management, digital transformation.",
            )
            .consultant()
            .speaks("sv:N en:C2")
            .rate(16_000)
            .qualified(400, [40, 40, 44, 38, 47, 42, 42])
            .job("P programme_manager M70 L priv transf @60+", "Nordic SAP Partners AB", "Partner, retail practice.")
            .titled("Partner")
            .job("P it_manager J62 L priv - @110+48", "Stockholm ERP Konsult AB", "SAP consultant."),
        who("Lena Sundqvist", 53, STOCKHOLM)
            .says(
                "Interim CIO in retail; ERP transformation",
                "Has led an ERP transformation in retail as interim CIO. Booked on an assignment for most of the coming year.",
                "Civilingenjör. Interim CIO, ERP transformation, retail, SAP.",
            )
            .speaks("sv:N en:C2")
            .rate(14_500)
            .qualified(480, [47, 46, 46, 46, 47, 48, 47])
            .booked(0, 300)
            .job("I cio G47 E priv transf @1+", "Svensk Livsmedelshandel AB", "Interim CIO, ongoing.")
            .job("I cio G47 L priv transf @20+14 *5", "Nordiska Järnhandeln AB", "Interim CIO; ERP transformation."),
        who("Claes Wallin", 58, STOCKHOLM)
            .says(
                "Group CIO for large retail and consumer groups",
                "Former group CIO of a Nordic retail conglomerate; interim only for large transformations at a premium.",
                "Civilingenjör; MBA. Group IT, ERP transformation, retail, IT strategy, board advisory.",
            )
            .speaks("sv:N en:C2")
            .rate(22_000)
            .qualified(480, [47, 47, 47, 45, 48, 48, 47])
            .job("I cio G47 E priv transf @12+14 *5", "Nordens Handelsgrupp AB", "Interim group CIO.")
            .job("P cio G47 E priv - @90+70", "Skandinavisk Konsumentgrupp AB", "Group CIO."),
        who("David Clarke", 54, LONDON)
            .says(
                "British interim CIO: retail ERP transformations",
                "Interim CIO from the Globalise network with three retail ERP transformations in the UK. English only.",
                "BSc Computer Science. Interim CIO, ERP transformation, SAP, retail, omnichannel.",
            )
            .partner()
            .speaks("en:N")
            .rate(15_000)
            .qualified(400, [47, 46, 46, 45, 47, 47, 47])
            .job("I cio G47 E priv transf @10+16 *5", "High Street Retail Group Ltd", "Interim CIO; SAP S/4HANA.")
            .job("P cio G47 L priv - @90+60", "British Homeware Ltd", "CIO."),
        who("Patrik Olsson", 51, MALMO)
            .says(
                "CIO in retail",
                "Has been CIO at a retailer. The provider's vetting did not qualify him after references described a failed rollout and conflicts with the business.",
                "Civilingenjör. CIO, retail, ERP.",
            )
            .speaks("sv:N en:C1")
            .rate(13_500)
            .not_qualified([34, 38, 32, 30, 40, 38, 32])
            .job("I cio G47 L priv transf @14+8 *2", "Skånsk Detaljhandel AB", "Interim CIO; ended early.")
            .job("P cio G47 M priv - @80+60", "Lunds Butiker AB", "CIO."),
        who("Jesper Lundin", 49, STOCKHOLM)
            .says(
                "Retail CIO; ERP strategy",
                "Was CIO of a Stockholm fashion retailer and started its ERP programme before leaving after a disagreement with the CEO.",
                "Civilingenjör. Retail IT, ERP strategy, e-commerce.",
            )
            .speaks("sv:N en:C2")
            .rate(14_000)
            .qualified(400, [46, 46, 44, 43, 46, 44, 46])
            .job("P cio G47 E priv transf @30+24", "Nordisk Modehus AB", "CIO; left after a disagreement with the CEO.")
            .job("P cio G47 L priv - @80+48", "Kungsholmen Mode AB", "CIO."),
        who("Marcus Lind", 46, VASTERAS)
            .says(
                "IT director in energy and utilities; ERP and OT integration",
                "IT director at a Swedish energy company who led an ERP change and the integration of operational technology. Retail is new to him.",
                "Civilingenjör. ERP, IT/OT integration, utilities, information security, IT strategy.",
            )
            .speaks("sv:N en:C2")
            .rate(13_000)
            .qualified(500, [46, 45, 45, 45, 46, 47, 46])
            .job("P cio D35 L pub transf @50+", "Mälardalens Energinät AB", "IT director; ERP change and IT/OT integration.")
            .job("P it_manager D35 L pub - @110+58", "Västerås Kraft AB", "IT manager."),
    ]
}
