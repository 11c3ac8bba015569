//! Hand-made finance profiles (CFOs, controllers, restructuring people) for the judged set:
//! the pool behind the turnaround-CFO and crisis-CFO mandates, with their traps.

use super::build::*;
use super::places::*;

/// The finance people.
pub(super) fn people() -> Vec<Person> {
    vec![
        who("Kari Solberg", 54, DRAMMEN)
            .says(
                "Interim CFO with three turnarounds in Norwegian engineering and machinery",
                "Finance leader who steps in when a manufacturer is losing money and the bank is getting nervous. Has run two full turnarounds as interim CFO and was CFO of a listed machinery group for eight years. Calm with lenders, hard on cash.",
                "Siviløkonom, NHH. Turnaround, 13-week cash flow forecasting, refinancing and covenant negotiations with DNB and Nordea, working capital programmes, site closure, IFRS reporting, board work.",
            )
            .speaks("no:N en:C2 sv:B2")
            .rate(14_500)
            .qualified(420, [47, 46, 45, 41, 47, 48, 47])
            .job("I cfo C28 L priv turn @14+10 *5", "Hallingdal Hydraulikk AS", "Turned a loss-making hydraulics maker around: 13-week cash flow, refinanced 600 MNOK with DNB, closed one of three sites; EBITDA from -4 % to 7 % in ten months.")
            .job("I cfo C25 M priv turn @34+12 *5", "Eiker Metallstøp AS", "Stabilised liquidity in a foundry group, renegotiated covenants and sold a non-core unit; the owners kept the company.")
            .job("P cfo C28 L priv - @150+96", "Buskerud Industrier ASA", "CFO of a listed machinery group: IFRS reporting, a 500 MNOK bond issue and two bolt-on acquisitions.")
            .job("P controller C28 L priv - @230+70", "Mjøndalen Mekaniske AS", "Built the group's monthly reporting and product costing."),
        who("Erik Haugland", 58, ALESUND)
            .says(
                "Interim CFO for maritime industry: liquidity crises, yards and deck machinery",
                "Has spent thirty years in the Sunnmøre maritime cluster. Took a yard through a liquidity crisis after a cancelled newbuild without a court process, and turned a deck-machinery maker around. Knows the banks, GIEK and Export Finance Norway by first name.",
                "Master of Economics, NTNU. Liquidity crisis management, standstill agreements, newbuild financing and refund guarantees, turnaround, cost reduction, refinancing, project accounting (percentage of completion).",
            )
            .speaks("no:N en:C2 de:B1")
            .rate(15_000)
            .qualified(500, [48, 47, 44, 42, 46, 47, 48])
            .job("I cfo C30 L priv crisis @10+7 *5", "Hareid Skipsbygg AS", "Took over finance when a newbuild was cancelled and cash ran out in six weeks; secured a standstill with three banks and new guarantees, and the yard came through without a court process.")
            .job("I cfo C28 L priv turn @30+14 *4", "Vestnes Deck Machinery AS", "Turnaround of a deck-machinery maker: fixed costs down 18 %, refinanced, back in profit within a year.")
            .job("P cfo C30 E priv - @110+70", "Sunnmøre Verftsgruppe ASA", "CFO of a yard group with four yards; project finance for 40 vessels.")
            .job("P finance_manager C30 L priv - @200+80", "Fosnavåg Elektro AS", "Head of finance and project controlling."),
        who("Ingrid Bakke", 49, OSLO)
            .says(
                "CFO for industrial companies in trouble: restructuring, refinancing, working capital",
                "Industrial CFO who has restructured a cable maker and a pump manufacturer as interim CFO, after six years as permanent CFO of a machinery company. Direct, numerate and trusted by boards and banks alike.",
                "Siviløkonom, BI; State Authorised Public Accountant. Restructuring and turnaround, sale-and-leaseback, refinancing, working capital release, cost programmes, SAP S/4HANA finance, IFRS.",
            )
            .speaks("no:N en:C2")
            .rate(14_000)
            .qualified(610, [46, 45, 47, 40, 48, 47, 46])
            .job("I cfo C27 L priv turn @8+9 *5", "Norsk Kabelfabrikk AS", "Restructured a cable maker: sale-and-leaseback of the plant, refinancing, working capital down 120 MNOK.")
            .job("I cfo C28 M priv turn @24+10 *4", "Gran Pumpeteknikk AS", "Interim CFO in a turnaround of a pump maker; new pricing and product costing, back to profit.")
            .job("P cfo C28 L priv - @96+60", "Akershus Industrimaskiner AS", "CFO; led the ERP change and the refinancing of the group.")
            .job("P controller C29 E priv - @170+70", "Raufoss Komponent AS", "Business controller for the automotive components division."),
        who("Per Arne Lunde", 61, KONGSBERG)
            .says(
                "Interim CFO, turnarounds in Kongsberg's defence and machinery cluster",
                "Lives in Kongsberg and has worked for half the industrial companies in the valley. Two turnarounds as interim CFO, both with refinancing and a reduction of the workforce handled with the unions. Known for plain talk in the boardroom.",
                "Siviløkonom. Turnaround and restructuring, refinancing, cash flow control, cost reduction, negotiations with employee representatives, machinery and defence industry, IFRS and NGAAP.",
            )
            .speaks("no:N en:C1")
            .rate(13_500)
            .qualified(300, [46, 47, 46, 43, 45, 49, 46])
            .job("I cfo C28 M priv turn @12+11 *5", "Lågendal Presisjon AS", "Turnaround of a precision-machinery maker: refinancing, 35 positions cut with the unions, positive cash flow after eight months.")
            .job("I cfo C25 M priv turn @36+12 *4", "Numedal Stål AS", "Restructured a steel-fabrication company after two loss years.")
            .job("P cfo C28 L priv - @140+90", "Kongsberg Våpen og Maskin AS", "CFO through a period of fast growth in export contracts."),
        who("Helene Wiik", 47, KRISTIANSAND)
            .says(
                "CFO from drilling-equipment manufacturing; led the finance side of a downturn turnaround",
                "Was CFO of a drilling-equipment maker when the oil price fell and led its turnaround: refinancing, cost reduction and the closure of a plant. Since then interim CFO in two machinery companies in Agder.",
                "Siviløkonom, NHH. Turnaround, refinancing, cost reduction, plant closure, working capital, cash flow forecasting, IFRS, M3 and SAP.",
            )
            .speaks("no:N en:C2")
            .rate(13_000)
            .qualified(380, [45, 46, 44, 44, 46, 47, 46])
            .job("I cfo C28 M priv turn @9+8 *5", "Sørlandet Kranteknikk AS", "Interim CFO in a turnaround of a crane maker; refinanced and cut working capital by a third.")
            .job("I cfo C28 L priv perf @26+10 *4", "Vennesla Maskin AS", "Profitability programme and new product costing.")
            .job("P cfo C28 L priv turn @90+60", "Agder Drilling Equipment AS", "CFO through the oil downturn: refinancing, 25 % cost reduction, one plant closed."),
        who("Marianne Dahl", 52, BERGEN)
            .says(
                "Interim CFO for turnarounds in construction and retail",
                "Turnaround CFO from project-driven industries: a civil contractor after a large project loss and a retail chain with falling sales. Good at getting control of project accounts and cash quickly.",
                "Master in Business, NHH. Turnaround, liquidity crisis, project accounting, cash flow control, bank negotiations, store network restructuring.",
            )
            .speaks("no:N en:C1")
            .rate(13_800)
            .qualified(450, [46, 45, 44, 43, 45, 46, 46])
            .job("I cfo F42 L priv crisis @11+8 *5", "Hordaland Anlegg AS", "Took over finance after a 200 MNOK project loss; liquidity plan, standstill with the bank, settlement with the client.")
            .job("I cfo G47 L priv turn @30+12 *4", "Vestlandske Interiør AS", "Turnaround of a retail chain: 14 stores closed, new bank terms, back to profit.")
            .job("P cfo F41 L priv - @110+70", "Bergen Bygg AS", "CFO of a building contractor."),
        who("Svein Tore Myhre", 57, SANDVIKA)
            .says(
                "CFO from machinery and industrial technology: acquisitions, integration, steady hands",
                "Long-serving industrial CFO who has bought and integrated companies and stepped in when a CFO left suddenly. Has never run a turnaround but knows machinery businesses inside out.",
                "Siviløkonom. M&A, post-merger integration, financial due diligence, IFRS consolidation, treasury, machinery and industrial technology.",
            )
            .speaks("no:N en:C2 de:B2")
            .rate(14_200)
            .qualified(520, [44, 42, 44, 43, 46, 48, 43])
            .job("I cfo C28 L priv merger @15+10 *4", "Asker Industriteknikk AS", "Integrated two acquired machinery makers into one finance function and one ERP.")
            .job("I cfo C28 M priv gap @32+6 *4", "Bærum Automasjon AS", "Covered a sudden CFO vacancy through the annual accounts and a new bank agreement.")
            .job("P cfo C28 E priv - @150+110", "Norsk Maskinindustri ASA", "Group CFO; six acquisitions in Norway and Germany."),
        who("Lars Öberg", 55, GOTEBORG)
            .says(
                "Swedish interim CFO, turnarounds in engineering; works in Norway and Sweden",
                "Göteborg-based CFO who has turned around two Swedish engineering companies and worked three years for a Norwegian owner. Writes and negotiates in Norwegian, though his bank network is Swedish.",
                "Civilekonom, Handelshögskolan i Göteborg. Rekonstruktion and turnaround, refinancing, cash flow, cost reduction, IFRS, K3.",
            )
            .speaks("sv:N no:C1 en:C2")
            .rate(15_500)
            .qualified(400, [45, 46, 45, 40, 46, 45, 46])
            .job("I cfo C28 L priv turn @10+12 *5", "Västsvensk Verkstad AB", "Turnaround of an engineering company: refinanced, closed a plant in Trollhättan, back in profit.")
            .job("I cfo C28 M priv turn @40+10 *4", "Alingsås Hydraulik AB", "Finance side of a company reconstruction.")
            .job("P cfo C28 L priv - @120+70", "Norrøn Maskin AS", "CFO of the Swedish subsidiary of a Norwegian group."),
        who("Cecilie Vik", 50, OSLO)
            .says(
                "Chief Restructuring Officer with a CFO background: yards, machinery, creditors",
                "Former CFO who now works as CRO when companies are close to the edge. Led the restructuring of a shipyard and of a machinery maker, standing between owners, banks and bondholders. Has been interim CFO in both roles' early phases.",
                "Master of Law and Siviløkonom. Restructuring, standstill and waiver negotiations, bondholder processes, liquidity crisis management, turnaround plans, reconstruction law.",
            )
            .speaks("no:N en:C2")
            .rate(15_800)
            .qualified(480, [47, 48, 47, 38, 47, 47, 47])
            .job("I cro C30 L priv crisis @9+8 *5", "Fjordane Skipsverft AS", "CRO in a liquidity crisis: standstill with bondholders, sale of one yard, new equity.")
            .job("I cro C28 L priv turn @28+12 *4", "Tønsberg Maskinfabrikk AS", "Restructuring officer: new business plan, refinancing, two product lines closed.")
            .job("P cfo C33 L priv - @90+50", "Oslofjord Offshore Service AS", "CFO through the offshore downturn."),
        who("Thomas Aas", 41, KONGSBERG)
            .says(
                "Group controller in machinery; part of a turnaround team",
                "Controller who was the CFO's right hand in a machinery turnaround and ran the 13-week cash flow. Wants a first CFO role.",
                "Master of Economics. Controlling, cash flow forecasting, budgeting, product costing, Power BI, SAP.",
            )
            .speaks("no:N en:C1")
            .rate(9_500)
            .qualified(550, [43, 40, 42, 41, 42, 46, 42])
            .job("P controller C28 L priv turn @40+", "Kongsberg Drivverk AS", "Group controller; built the 13-week cash flow and the savings tracker during the turnaround.")
            .job("P finance_manager C25 M priv - @100+58", "Hokksund Sveis AS", "Head of accounting."),
        who("Hanne Rud", 46, OSLO)
            .says(
                "Growth CFO for software and technology companies: funding rounds, IPO readiness",
                "CFO who has taken two software companies through funding rounds and one to listing on Euronext Growth. Strong on investor relations and SaaS metrics.",
                "Siviløkonom, BI. Funding rounds, IPO readiness, investor relations, SaaS metrics, business development, international expansion.",
            )
            .speaks("no:N en:C2")
            .rate(14_000)
            .qualified(600, [45, 44, 45, 45, 45, 47, 45])
            .job("I cfo J62 M priv bizdev @10+12 *5", "Nydalen Software AS", "Took the company through a 300 MNOK funding round and into three new markets.")
            .job("P cfo J62 L priv startup @70+55", "Skøyen Data AS", "First CFO; listed the company on Euronext Growth."),
        who("Ole Kristian Berg", 60, TONSBERG)
            .says(
                "Veteran turnaround CFO in Norwegian manufacturing",
                "Has run four turnarounds as interim CFO in machinery and metal companies over twelve years. A steady hand with banks and unions.",
                "Siviløkonom. Turnaround, refinancing, liquidity management, cost reduction, restructuring, machinery industry.",
            )
            .speaks("no:N en:C1 sv:B2")
            .rate(14_000)
            .lapsed(70, [46, 45, 44, 42, 46, 47, 46])
            .job("I cfo C28 M priv turn @14+9 *5", "Vestfold Maskinindustri AS", "Turnaround of a machinery maker: refinancing and a new cost base.")
            .job("I cfo C24 L priv turn @40+12 *4", "Horten Aluminium AS", "Restructuring of an aluminium processor.")
            .job("P cfo C28 L priv - @150+100", "Sandefjord Mek AS", "CFO."),
        who("Fredrik Mo", 44, OSLO)
            .says(
                "Restructuring and turnaround advisor: cash flow, refinancing, machinery and industry",
                "Partner in the restructuring advisory practice of an accounting firm. Has advised boards and banks on more than twenty turnarounds, refinancings and liquidity crises in machinery, shipbuilding and industrial companies. Writes the 13-week cash flow and the business plan the CFO presents.",
                "Siviløkonom, NHH; State Authorised Public Accountant. Turnaround advisory, independent business reviews, 13-week cash flow, refinancing, covenant resets, restructuring plans, machinery, shipyards, interim CFO support.",
            )
            .consultant()
            .speaks("no:N en:C2")
            .rate(16_000)
            .qualified(400, [40, 38, 44, 36, 46, 45, 40])
            .job("P cro M70 L priv turn @60+", "Nordisk Restrukturering AS", "Partner, restructuring advisory: turnaround plans and refinancing for industrial clients.")
            .titled("Partner, Restructuring Advisory")
            .job("P controller M69 E priv - @150+90", "Revisjon og Rådgivning AS", "Financial due diligence and transaction services.")
            .titled("Senior Manager, Transaction Services"),
        who("Geir Strand", 56, DRAMMEN)
            .says(
                "Interim CFO for turnarounds in machinery and engineering",
                "Turnaround CFO with three interim assignments in machinery makers, all with refinancing and site consolidation. Currently placed as interim CFO at an engineering group.",
                "Siviløkonom, NHH. Turnaround, refinancing, 13-week cash flow, cost reduction, machinery industry, IFRS.",
            )
            .speaks("no:N en:C2")
            .rate(14_500)
            .qualified(460, [47, 46, 45, 42, 46, 47, 47])
            .booked(-40, 300)
            .job("I cfo C28 L priv turn @1+", "Lier Industrigruppe AS", "Interim CFO in an ongoing turnaround.")
            .job("I cfo C28 M priv turn @20+12 *5", "Hurum Maskin AS", "Turnaround: refinancing and consolidation of two sites.")
            .job("P cfo C28 L priv - @100+70", "Drammen Verkstedindustri AS", "CFO."),
        who("Astrid Lie", 59, OSLO)
            .says(
                "Turnaround CFO for large industrial groups; board chair",
                "One of the best-known restructuring CFOs in Norway: led the refinancing of a listed paper group and the turnaround of a machinery conglomerate. Sits on three boards. Takes only large, complex mandates.",
                "Siviløkonom, NHH; AMP Harvard. Turnaround, refinancing of bonds and bank debt, restructuring, board work, machinery and process industry.",
            )
            .speaks("no:N en:C2 sv:C1")
            .rate(24_000)
            .qualified(500, [48, 48, 47, 42, 49, 48, 48])
            .job("I cfo C17 E priv turn @16+14 *5", "Norsk Papirindustri ASA", "Refinanced 4 bn NOK of bonds and bank debt; the group survived the downturn.")
            .job("I cfo C28 E priv turn @40+14 *5", "Skandinavisk Maskinkonsern ASA", "Turnaround of a machinery conglomerate.")
            .job("P cfo C28 E priv - @130+80", "Nordic Industrial Holding ASA", "Group CFO."),
        who("Jon Eriksen", 53, KONGSBERG)
            .says(
                "Interim CFO, turnarounds and crisis in machinery and maritime",
                "CFO with a turnaround in machinery and a liquidity crisis at a maritime supplier behind him. Was CFO of a Kongsberg machinery maker until he left after a disagreement with the owners.",
                "Siviløkonom. Turnaround, liquidity crisis, refinancing, cash flow forecasting, cost reduction, machinery and maritime industry.",
            )
            .speaks("no:N en:C2")
            .rate(14_000)
            .qualified(380, [46, 46, 43, 41, 46, 44, 46])
            .job("I cfo C33 M priv crisis @8+6 *4", "Hvaler Marine Service AS", "Liquidity crisis: standstill and new owner within six months.")
            .job("P cfo C28 L priv turn @60+45", "Numedal Maskin AS", "CFO; led a turnaround until leaving after a dispute with the owners.")
            .job("P controller C28 L priv - @130+65", "Flesberg Mekaniske AS", "Group controller."),
        who("Klaus Becker", 57, HAMBURG)
            .says(
                "German interim CFO: Sanierung and refinancing in Maschinenbau",
                "Interim CFO from the Globalise network with five restructurings of German machinery makers (Sanierung, Schutzschirmverfahren). Works in English and German.",
                "Diplom-Kaufmann. Restructuring, turnaround, refinancing, liquidity planning, insolvency-avoidance processes, machinery (Maschinenbau), IFRS and HGB.",
            )
            .partner()
            .speaks("de:N en:C1")
            .rate(15_000)
            .qualified(300, [46, 46, 45, 40, 47, 46, 46])
            .job("I cfo C28 L priv turn @12+12 *5", "Hanseatische Maschinenbau GmbH", "Restructured a machinery maker under a protective-shield procedure.")
            .job("I cfo C28 M priv turn @36+14 *4", "Elbe Antriebstechnik GmbH", "Turnaround and refinancing.")
            .job("P cfo C28 L priv - @120+70", "Nordwerk Maschinen GmbH", "CFO."),
        who("Bjørn Sæther", 62, STAVANGER)
            .says(
                "Interim CFO with turnaround experience in oil service and machinery",
                "Has held several interim CFO roles in turnarounds in oil service and machinery in Rogaland.",
                "Siviløkonom. Turnaround, refinancing, cash flow, cost reduction, offshore and machinery.",
            )
            .speaks("no:N en:C1")
            .rate(13_500)
            .not_qualified([32, 34, 30, 26, 38, 28, 33])
            .job("I cfo C28 M priv turn @18+8 *2", "Sandnes Maskin AS", "Interim CFO in a turnaround; left early.")
            .job("I cfo B09 M priv turn @40+10 *3", "Tananger Offshore Service AS", "Cost programme.")
            .job("P cfo B09 L priv - @120+70", "Rogaland Brønnservice AS", "CFO."),
        who("Rune Tangen", 55, SKIEN)
            .says(
                "Interim CFO, turnarounds in process industry and machinery in Grenland",
                "Turnaround CFO who has worked for process and machinery companies in Grenland. Good with banks and unions.",
                "Siviløkonom. Turnaround, refinancing, cash flow, chemicals and machinery, IFRS.",
            )
            .speaks("no:N en:C1")
            .rate(13_000)
            .qualified(200, [45, 44, 44, 43, 45, 46, 45])
            .consent_lapsed(45)
            .job("I cfo C28 M priv turn @20+10 *5", "Porsgrunn Maskin AS", "Turnaround and refinancing.")
            .job("I cfo C20 L priv turn @44+12 *4", "Grenland Kjemi AS", "Restructuring of a chemicals plant.")
            .job("P cfo C20 L priv - @120+70", "Herøya Prosess AS", "CFO."),
        who("Martin Hagen", 34, OSLO)
            .says(
                "CFO of a start-up; finance manager with turnaround, refinancing and cash flow on the CV",
                "Young finance manager who became CFO of a twelve-person hardware start-up. Ran the cash flow during a tight funding period and helped refinance a small bank loan.",
                "Master of Finance. Cash flow, refinancing, budgeting, turnaround of a small company, machinery start-up, Excel modelling.",
            )
            .speaks("no:N en:C2")
            .rate(9_000)
            .vetting()
            .job("P cfo C28 S priv turn @24+ lvl:mid", "Lysaker Robotics AS", "CFO of a 12-person start-up; cash flow through a tight funding period.")
            .titled("CFO")
            .job("P finance_manager C28 M priv - @70+44 lvl:mid", "Fornebu Maskin AS", "Accounting manager."),
        who("Tor Inge Vartdal", 60, ALESUND)
            .says(
                "Yard CFO: newbuild financing, liquidity crises and restructuring in shipbuilding",
                "Thirty years in shipbuilding finance. Has been interim CFO at two yards in liquidity crises and permanent CFO of a yard group. Knows refund guarantees, construction loans and what a bank needs to see in week one.",
                "Siviløkonom. Shipbuilding finance, construction loans, refund guarantees, liquidity crisis, standstill agreements, restructuring, project accounting, cash flow.",
            )
            .speaks("no:N en:C2")
            .rate(14_800)
            .qualified(500, [48, 47, 45, 43, 47, 48, 47])
            .job("I cfo C30 M priv crisis @7+6 *5", "Sykkylven Båtbyggeri AS", "Liquidity crisis after cost overruns on two vessels: standstill, new construction loans, the yard delivered.")
            .job("I cfo C30 L priv turn @28+12 *5", "Stranda Verft AS", "Restructuring of a yard: fewer, better contracts and a refinancing.")
            .job("P cfo C30 E priv - @120+80", "Møre Shipbuilding Group ASA", "Group CFO of a four-yard group."),
        who("Siri Hjelle", 48, BERGEN)
            .says(
                "CFO through the offshore downturn: bond restructurings and liquidity crises",
                "Finance leader from offshore supply and service who led two bond restructurings and a liquidity crisis. Practical, fast and respected by creditors.",
                "Siviløkonom, NHH. Liquidity crisis, bond restructuring, standstill, cash flow management, offshore supply, maritime service, IFRS.",
            )
            .speaks("no:N en:C2")
            .rate(15_200)
            .qualified(440, [47, 47, 46, 42, 46, 47, 47])
            .job("I cfo C33 L priv crisis @12+9 *5", "Ågotnes Offshore Service AS", "Liquidity crisis: 13-week cash flow, standstill with bondholders, sale of two vessels.")
            .job("P cfo H50 L priv turn @70+50", "Vestland Supply ASA", "CFO through a bond restructuring in the downturn."),
        who("Kjetil Rønning", 51, MOLDE)
            .says(
                "Interim CFO for yards and maritime suppliers in crisis",
                "Yard finance specialist from Romsdal with two liquidity crises behind him. Finishing an assignment and free in about six weeks.",
                "Siviløkonom. Liquidity crisis, shipbuilding finance, restructuring, bank negotiations, cash flow, turnaround.",
            )
            .speaks("no:N en:C1")
            .rate(14_000)
            .qualified(420, [46, 46, 44, 42, 45, 47, 46])
            .free_in(45)
            .job("I cfo C30 M priv crisis @9+", "Aukra Båt AS", "Interim CFO in a liquidity crisis; hand-over in six weeks.")
            .job("I cfo C30 L priv turn @30+12 *5", "Romsdal Verft AS", "Restructuring and refinancing of a yard."),
        who("Nina Sandvik", 45, ALESUND)
            .says(
                "Finance manager in shipbuilding: project control and cash management",
                "Finance manager at a yard for ten years, responsible for project control and the cash plan during a difficult year. Has not held a CFO role.",
                "Bachelor in Economics. Project controlling, cash management, shipbuilding, percentage of completion, Visma, Power BI.",
            )
            .speaks("no:N en:B2")
            .rate(8_500)
            .qualified(480, [43, 40, 42, 43, 41, 47, 42])
            .job("P finance_manager C30 L priv crisis @110+", "Ulsteinvik Verft AS", "Finance manager; ran the daily cash plan through a liquidity squeeze.")
            .job("P controller C30 M priv - @200+85", "Hareid Propell AS", "Project controller for propeller and thruster deliveries."),
        who("Anders Kvam", 63, TRONDHEIM)
            .says(
                "Experienced CFO for crises and turnarounds in maritime and machinery; part-time",
                "Senior CFO who now works three days a week. Has handled a yard crisis and two machinery turnarounds.",
                "Siviløkonom. Crisis management, turnaround, refinancing, shipbuilding, machinery, board work.",
            )
            .speaks("no:N en:C1")
            .rate(13_000)
            .days(3)
            .qualified(360, [45, 44, 45, 44, 45, 48, 44])
            .job("I cfo C30 M priv crisis @20+8 *4", "Trøndelag Båtbyggeri AS", "Liquidity crisis and sale of the yard.")
            .job("I cfo C28 M priv turn @40+12 *4", "Orkla Maskin AS", "Turnaround.")
            .job("P cfo C28 L priv - @140+90", "Midt-Norsk Mekaniske AS", "CFO."),
        who("Pål Brekke", 47, HAMAR)
            .says(
                "Public-sector CFO: deficit reduction in health trusts and municipalities",
                "Finance director who has closed deficits in a health trust and a large municipality. Strong on budgets, politics and the Local Government Act.",
                "Master of Economics. Deficit reduction, budget control, public finance, Local Government Act, health trust finance, restructuring.",
            )
            .speaks("no:N en:C1")
            .rate(11_500)
            .qualified(480, [44, 43, 45, 44, 44, 48, 44])
            .job("I cfo Q86 E pub turn @14+12 *4", "Sykehuset Mjøsa HF", "Closed a 150 MNOK deficit in two years.")
            .job("P cfo O84 L pub - @90+60", "Ringsaker kommune", "Finance director."),
        who("Morten Haug", 50, BERGEN)
            .says(
                "Interim finance support: accounting, cash flow and turnaround reporting",
                "Accountant who takes interim assignments running the books and the cash flow reporting in companies in restructuring. Supports the CFO rather than leading.",
                "Authorised accountant. Bookkeeping, month-end close, cash flow reporting, turnaround support, refinancing documentation, Visma, Tripletex.",
            )
            .administrator()
            .speaks("no:N en:B2")
            .rate(7_500)
            .qualified(300, [42, 34, 38, 38, 40, 46, 40])
            .job("I finance_manager C28 M priv turn @10+6", "Os Maskin AS", "Ran accounting and cash reporting during a turnaround.")
            .job("P finance_manager N82 S priv - @80+60", "Bergen Regnskap AS", "Accounting manager."),
        who("Eva Lindqvist", 52, STOCKHOLM)
            .says(
                "Swedish interim CFO, restructurings in industry",
                "Stockholm CFO with three restructurings in Swedish industrial companies. Understands Norwegian but does not work in it.",
                "Civilekonom, Stockholm School of Economics. Restructuring, turnaround, refinancing, cash flow, IFRS.",
            )
            .speaks("sv:N en:C2 no:B1")
            .rate(15_000)
            .qualified(460, [46, 45, 45, 42, 46, 46, 46])
            .job("I cfo C28 L priv turn @12+12 *5", "Södertälje Verkstäder AB", "Turnaround and refinancing.")
            .job("I cfo C25 M priv turn @36+10 *4", "Mälardalens Metall AB", "Restructuring.")
            .job("P cfo C28 L priv - @110+60", "Svensk Industriteknik AB", "CFO."),
        who("Jens Fog", 57, AARHUS)
            .says(
                "Danish interim CFO: turnarounds in wind and machinery",
                "Danish CFO who has turned around two wind-component makers and a machinery company. Reads Norwegian well and has worked with Norwegian owners.",
                "Cand.merc. Turnaround, refinancing, cash flow, cost reduction, wind industry, machinery, IFRS.",
            )
            .speaks("da:N en:C2 no:B2 de:B2")
            .rate(14_500)
            .qualified(440, [46, 46, 46, 42, 46, 46, 46])
            .job("I cfo C28 L priv turn @10+12 *5", "Jysk Vindkomponent A/S", "Turnaround: refinanced and closed a plant.")
            .job("I cfo C28 M priv turn @34+12 *4", "Silkeborg Maskinfabrik A/S", "Turnaround.")
            .job("P cfo C27 L priv - @120+70", "Aarhus Elektro A/S", "CFO."),
        who("Camilla Strøm", 39, OSLO)
            .says(
                "Finance manager aiming for CFO: turnaround, cash flow and refinancing projects",
                "Finance manager who has supported a turnaround and a refinancing and wants to step up to an interim CFO role. Energetic and well organised.",
                "Master of Finance, BI. Turnaround support, cash flow forecasting, refinancing, cost reduction, machinery, IFRS, Power BI.",
            )
            .speaks("no:N en:C2")
            .rate(9_000)
            .vetting()
            .job("P finance_manager C28 L priv turn @50+", "Alna Maskin AS", "Finance manager; ran the cash flow model in a turnaround.")
            .job("P controller C28 L priv - @100+48", "Groruddalen Industri AS", "Controller."),
        who("Knut Ose", 64, HAUGESUND)
            .says(
                "Former yard CEO who has led two shipyards through liquidity crises",
                "General manager from shipbuilding who has twice led a yard through a liquidity crisis, once as interim CEO. Not a finance specialist but knows the banks and the owners.",
                "Sivilingeniør, marine engineering. Crisis management, yard management, contract renegotiation, bank and owner relations.",
            )
            .speaks("no:N en:C1")
            .rate(14_000)
            .qualified(360, [47, 47, 45, 44, 44, 46, 46])
            .job("I ceo C30 M priv crisis @14+9 *5", "Karmøy Verft AS", "Interim CEO through a liquidity crisis; the yard was sold as a going concern.")
            .job("P ceo C30 L priv crisis @80+60", "Haugesund Skipsbyggeri AS", "CEO; led the yard through the offshore downturn."),
        who("Torill Salvesen", 55, ARENDAL)
            .says(
                "Interim CFO for turnarounds in Agder industry",
                "Turnaround CFO from Agder with two interim assignments in machinery and metal. Interviewed by the provider; the decision is on hold until a reference from her last assignment comes in.",
                "Siviløkonom, NHH. Turnaround, refinancing, cash flow forecasting, cost reduction, machinery, metal industry, IFRS.",
            )
            .speaks("no:N en:C1")
            .rate(13_500)
            .on_hold([45, 45, 44, 43, 45, 46, 45])
            .job("I cfo C28 M priv turn @12+10 *4", "Grimstad Maskin AS", "Interim CFO in a turnaround; refinanced and cut costs.")
            .job("I cfo C24 M priv turn @32+10", "Arendal Metallverk AS", "Interim CFO; restructuring of an aluminium foundry.")
            .job("P cfo C28 M priv - @100+60", "Agder Industriutstyr AS", "CFO."),
        who("Arve Sandøy", 57, KRISTIANSUND)
            .says(
                "Yard CFO from Nordmøre; liquidity management through the offshore downturn",
                "Finance director of a Nordmøre yard through the offshore downturn, when the yard ran on weekly cash plans for a year. New to the network and not yet interviewed.",
                "Siviløkonom. Shipbuilding finance, liquidity management, cash flow, bank negotiations, refund guarantees.",
            )
            .speaks("no:N en:C1")
            .rate(13_000)
            .unvetted()
            .job("P cfo C30 L priv crisis @70+60", "Nordmøre Verft AS", "Finance director; weekly cash plans and a standstill through the downturn.")
            .job("P finance_manager C30 M priv - @140+68", "Averøy Mekaniske AS", "Finance manager."),
    ]
}
