//! Hand-made public-sector leaders (municipal chief executives, hospital directors, their
//! deputies) for the judged set: the pool behind the municipal and hospital mandates.

use super::build::*;
use super::places::*;

/// The public-sector leaders.
pub(super) fn people() -> Vec<Person> {
    vec![
        who("Randi Moe", 60, BODO)
            .says(
                "Interim municipal chief executive in Northern Norway",
                "Has been kommunedirektør in a Nordland municipality for eight years and interim twice since, both times after a conflict between the council and the administration. Rebuilds trust between politicians and staff.",
                "Master of Public Administration. Municipal management, Local Government Act (kommuneloven), budget and financial plan, political leadership, health and care services, conflict resolution.",
            )
            .speaks("no:N en:C1")
            .rate(11_500)
            .qualified(500, [47, 46, 47, 47, 46, 49, 46])
            .job("I municipal_director O84 L pub gap @9+9 *5", "Nordfjell kommune", "Interim kommunedirektør after the director left in a conflict with the council; a new budget passed unanimously.")
            .job("I municipal_director O84 M pub gap @30+8 *5", "Meløy kommune", "Interim rådmann during recruitment.")
            .job("P municipal_director O84 L pub - @130+96", "Rana kommune", "Kommunedirektør."),
        who("Kjell Arne Hansen", 63, TROMSO)
            .says(
                "Interim rådmann for northern municipalities",
                "Has been interim chief executive in three municipalities in Troms and Finnmark when the post fell vacant. Former county director of planning.",
                "Cand.polit. Municipal management, Local Government Act, budget, planning and building, Sami and regional affairs.",
            )
            .speaks("no:N en:C1 se:B1")
            .rate(11_000)
            .qualified(400, [46, 45, 46, 46, 45, 48, 45])
            .job("I municipal_director O84 M pub gap @6+8 *5", "Lenvik kommune", "Interim rådmann.")
            .job("I municipal_director O84 M pub gap @24+9 *5", "Alta kommune", "Interim rådmann after a resignation.")
            .job("P bu_director O84 L pub - @100+70", "Troms fylkeskommune", "County director of planning.")
            .titled("Fylkesdirektør plan"),
        who("Ellen Kristiansen", 56, STEINKJER)
            .says(
                "Municipal chief executive; interim after conflicts between council and administration",
                "Kommunedirektør in Trøndelag for seven years, then interim in a municipality where the director had left after a public conflict. Known for calm, clear communication with politicians and the press.",
                "Master of Public Administration, Nord University. Municipal management, Local Government Act, political processes, media handling, organisational culture.",
            )
            .speaks("no:N en:C1")
            .rate(12_000)
            .qualified(560, [46, 46, 48, 46, 46, 49, 46])
            .job("I municipal_director O84 L pub gap @11+9 *5", "Innherad kommune", "Interim kommunedirektør after a public conflict.")
            .job("P municipal_director O84 L pub - @100+84", "Inderøy og Snåsa kommune", "Kommunedirektør."),
        who("Terje Nordli", 58, NARVIK)
            .says(
                "Municipal director from Ofoten; interim leadership in Nordland",
                "Has led a mid-sized municipality and been interim director once during a long sick leave. Knows Nordland's politics and the state administrators.",
                "Master of Public Administration. Municipal management, budget, regional cooperation, infrastructure, Local Government Act.",
            )
            .speaks("no:N en:B2")
            .rate(11_800)
            .qualified(420, [45, 45, 45, 45, 45, 48, 45])
            .job("I municipal_director O84 M pub gap @14+7 *4", "Hadsel kommune", "Interim director during a long sick leave.")
            .job("P municipal_director O84 L pub - @90+70", "Ofoten kommune", "Kommunedirektør."),
        who("Gro Haugen", 54, HAMAR)
            .says(
                "Head of health and care in a large municipality",
                "Kommunalsjef for health and care in a municipality of 30,000, one level below the chief executive. Has acted as deputy chief executive.",
                "Nurse and Master of Health Management. Health and care services, municipal management, budgets, coordination reform.",
            )
            .speaks("no:N en:C1")
            .rate(10_000)
            .qualified(500, [45, 44, 45, 47, 45, 48, 45])
            .job("P bu_director O84 L pub - @70+ lvl:mid", "Hamar kommune", "Head of health and care.")
            .titled("Kommunalsjef helse og omsorg")
            .job("P hr_manager Q87 M pub - @130+58", "Stange sykehjem", "Head of nursing home."),
        who("Steinar Lyngstad", 61, TRONDHEIM)
            .says(
                "CEO of public companies; interim leader in municipally owned enterprises",
                "Has led a municipal energy company and an inter-municipal waste company, the second as interim CEO after a sudden departure. Works well with owner municipalities.",
                "Sivilingeniør. General management of public enterprises, owner governance, energy and waste, leadership gaps.",
            )
            .speaks("no:N en:C1")
            .rate(12_500)
            .qualified(460, [46, 45, 45, 45, 45, 48, 45])
            .job("I ceo E38 M pub gap @10+8 *5", "Trondheimsregionens Renovasjon IKS", "Interim CEO after a sudden departure.")
            .job("P ceo D35 L pub - @90+70", "Trøndelag Kraft AS", "CEO of a municipal energy company."),
        who("Hilde Sørensen", 52, OSLO)
            .says(
                "Hospital director with crisis experience; public-sector general manager",
                "Hospital director who has led a local hospital through a patient-safety crisis and covered a sudden vacancy as interim director at another health trust. Trusted by clinicians and unions.",
                "Physician and Master of Health Administration. Hospital management, crisis management, patient safety, public leadership, media handling, budget control.",
            )
            .speaks("no:N en:C2")
            .rate(13_000)
            .qualified(520, [48, 47, 47, 46, 47, 49, 47])
            .job("I hospital_director Q86 L pub crisis @8+8 *5", "Sykehuset Vestfjord HF", "Interim hospital director after a patient-safety case; new routines and calm in the media.")
            .job("I hospital_director Q86 L pub gap @28+8 *5", "Sykehuset Telemark HF", "Interim director during recruitment.")
            .job("P coo Q86 E pub - @100+60", "Oslo universitetssykehus HF", "Director of operations, surgery division."),
        who("Jan Erik Solheim", 66, BODO)
            .says(
                "Retired municipal chief executive, available for interim roles",
                "Was rådmann in two Nordland municipalities until six years ago. Has not worked since, and has not been vetted by the provider.",
                "Cand.polit. Municipal management, budget, Local Government Act.",
            )
            .speaks("no:N en:B2")
            .rate(10_000)
            .job("P municipal_director O84 L pub - @170+96", "Saltdal kommune", "Rådmann.")
            .job("P municipal_director O84 M pub - @260+84", "Gildeskål kommune", "Rådmann."),
        who("Marit Nyheim", 47, BODO)
            .says(
                "Finance director in a Nordland municipality",
                "Municipal finance director who has run budgets and the financial plan through a difficult period. Has not led a whole municipality.",
                "Master of Economics. Municipal finance, budget and financial plan, Local Government Act, reporting to the council.",
            )
            .speaks("no:N en:C1")
            .rate(10_500)
            .qualified(520, [45, 44, 45, 43, 46, 48, 45])
            .job("P cfo O84 L pub - @60+", "Salten kommune", "Finance director.")
            .job("P controller O84 L pub - @130+66", "Nordland fylkeskommune", "Budget controller."),
        who("Åse Lindahl", 59, UMEA)
            .says(
                "Swedish kommundirektör; interim chief executive in Norrland",
                "Has been chief executive of two Swedish municipalities and interim in a third. Understands Norwegian but does not work in it.",
                "Master of Public Administration, Umeå. Municipal management, Swedish Local Government Act, budget, regional cooperation.",
            )
            .speaks("sv:N en:C1 no:B2")
            .rate(12_000)
            .qualified(420, [46, 45, 45, 46, 45, 48, 45])
            .job("I municipal_director O84 L pub gap @10+9 *5", "Skellefteå kommun", "Interim kommundirektör.")
            .job("P municipal_director O84 L pub - @100+80", "Lycksele kommun", "Kommundirektör."),
        who("Petter Rasch", 50, OSLO)
            .says(
                "Public-sector advisor: municipal management, leadership gaps, organisation reviews",
                "Partner in a consultancy for municipalities: organisation reviews, interim management support, Local Government Act compliance and political processes. Has supported councils through several vacancies in the chief executive's office.",
                "Master of Political Science. Municipal advisory, Local Government Act, leadership gap support, organisation reviews, budget analysis, interim rådmann support.",
            )
            .consultant()
            .speaks("no:N en:C2")
            .rate(14_000)
            .qualified(400, [40, 38, 44, 40, 45, 46, 40])
            .job("P project_director M70 M priv - @80+", "Kommunerådgivning AS", "Partner; organisation reviews for municipalities.")
            .titled("Partner")
            .job("P project_manager O84 L pub - @140+58", "Kommunal- og distriktsdepartementet", "Senior advisor."),
        who("Inger Marie Fjeld", 61, BODO)
            .says(
                "Interim municipal chief executive, Nordland and Troms",
                "Has been interim kommunedirektør three times. Currently in a long interim assignment in Vesterålen.",
                "Master of Public Administration. Municipal management, Local Government Act, budget, leadership gaps.",
            )
            .speaks("no:N en:C1")
            .rate(11_500)
            .qualified(480, [47, 46, 46, 46, 46, 48, 46])
            .booked(-60, 280)
            .job("I municipal_director O84 M pub gap @2+", "Sortland kommune", "Interim kommunedirektør.")
            .job("I municipal_director O84 M pub gap @20+9 *5", "Steigen kommune", "Interim kommunedirektør.")
            .job("P municipal_director O84 L pub - @110+80", "Vågan kommune", "Kommunedirektør."),
        who("Rolf Amundsen", 62, OSLO)
            .says(
                "Former chief executive of a large city; interim leadership for municipalities",
                "Led a city administration of 10,000 employees and now takes interim roles for municipalities in difficulty, at a senior rate.",
                "Cand.oecon. Municipal management, large-city administration, Local Government Act, budget, political leadership.",
            )
            .speaks("no:N en:C2")
            .rate(17_500)
            .qualified(420, [47, 47, 46, 45, 47, 48, 46])
            .job("I municipal_director O84 L pub gap @12+8 *5", "Moss kommune", "Interim kommunedirektør.")
            .job("P municipal_director O84 E pub - @110+90", "Bærum kommune", "Kommunedirektør."),
        who("Svein Olav Holm", 59, BODO)
            .says(
                "Municipal chief executive from Salten",
                "Was kommunedirektør of a Salten municipality until he left after a conflict with the mayor; since then interim in a smaller municipality.",
                "Master of Public Administration. Municipal management, Local Government Act, budget.",
            )
            .speaks("no:N en:C1")
            .rate(11_000)
            .qualified(400, [45, 46, 44, 42, 45, 45, 45])
            .job("I municipal_director O84 S pub gap @8+8 *4", "Beiarn kommune", "Interim kommunedirektør.")
            .job("P municipal_director O84 E pub - @70+58", "Saltfjord kommune", "Kommunedirektør; left after a conflict with the mayor."),
        who("Oddvar Ringstad", 64, HARSTAD)
            .says(
                "Interim municipal director in Troms",
                "Has been interim chief executive twice in Troms. Consent to stay in the network has not been renewed.",
                "Cand.polit. Municipal management, Local Government Act, leadership gaps.",
            )
            .speaks("no:N en:B2")
            .rate(11_000)
            .qualified(200, [45, 45, 45, 45, 45, 47, 45])
            .consent_lapsed(90)
            .job("I municipal_director O84 M pub gap @14+8 *5", "Kvæfjord kommune", "Interim kommunedirektør.")
            .job("P municipal_director O84 M pub - @100+80", "Ibestad kommune", "Kommunedirektør."),
        who("Tore Helland", 57, TROMSO)
            .says(
                "Municipal director with interim experience",
                "Has held an interim chief-executive post in a Troms municipality. The provider's vetting did not qualify him: references raised concerns about his handling of staff.",
                "Master of Public Administration. Municipal management, leadership gaps, Local Government Act.",
            )
            .speaks("no:N en:C1")
            .rate(11_000)
            .not_qualified([36, 40, 34, 24, 38, 32, 36])
            .job("I municipal_director O84 M pub gap @12+5 *2", "Fjordheim kommune", "Interim kommunedirektør; ended early.")
            .job("P municipal_director O84 S pub - @80+60", "Karlsøy kommune", "Kommunedirektør."),
        who("Solveig Rød", 58, TROMSO)
            .says(
                "Hospital director for crises: patient safety, deficits, public trust",
                "Has been director of a hospital in Northern Norway and interim director of a health trust in crisis after serious patient-safety incidents. Physician by training, respected by clinicians.",
                "Physician; Master of Health Management. Hospital management, crisis management, patient safety, Norwegian Board of Health Supervision cases, media, deficit reduction.",
            )
            .speaks("no:N en:C2")
            .rate(13_500)
            .qualified(540, [48, 47, 47, 47, 47, 49, 47])
            .job("I hospital_director Q86 E pub crisis @9+9 *5", "Helse Midtdal HF", "Interim director after serious patient-safety incidents; new quality system and a calm press.")
            .job("P hospital_director Q86 L pub - @90+70", "Finnmarkssykehuset Hammerfest", "Hospital director."),
        who("Arne Fredriksen", 61, TRONDHEIM)
            .says(
                "Hospital director; led a health trust out of a patient-safety crisis",
                "Physician and hospital director who took over a health trust after a fatal patient-safety case and a supervisory report, and rebuilt trust with patients, staff and the ministry.",
                "Physician, PhD; Master of Health Administration. Crisis management, patient safety, hospital management, supervisory cases, deficit control.",
            )
            .speaks("no:N en:C2 sv:B2")
            .rate(13_800)
            .qualified(480, [47, 47, 47, 46, 48, 49, 47])
            .job("I hospital_director Q86 L pub crisis @14+12 *5", "Helse Nordvest HF", "Interim director after a fatal patient-safety case.")
            .job("P hospital_director Q86 E pub - @100+70", "St. Olavs hospital HF", "Division director, medicine.")
            .titled("Klinikkdirektør"),
        who("Liv Hovland", 55, BERGEN)
            .says(
                "Hospital director with crisis management experience from pandemic and patient-safety cases",
                "Clinic and hospital director who led a hospital's crisis response in the pandemic and later a patient-safety case. Clear communicator with staff and media.",
                "Nurse; Master of Health Management. Crisis management, patient safety, hospital operations, capacity planning, communication.",
            )
            .speaks("no:N en:C1")
            .rate(12_800)
            .qualified(500, [47, 46, 47, 47, 46, 48, 46])
            .job("I hospital_director Q86 L pub crisis @8+6 *5", "Helse Sunnfjord HF", "Interim director in a patient-safety crisis.")
            .job("P hospital_director Q86 E pub crisis @60+40", "Vestland universitetssjukehus", "Clinic director during the pandemic."),
        who("Torunn Eliassen", 57, BODO)
            .says(
                "Hospital director; deficit reduction and restructuring of hospital services",
                "Has closed deficits and restructured services at two Northern Norway hospitals. Less experience with acute crises.",
                "Master of Health Management. Hospital management, deficit reduction, restructuring, patient pathways.",
            )
            .speaks("no:N en:C1")
            .rate(12_500)
            .qualified(500, [46, 46, 46, 45, 46, 48, 46])
            .job("I hospital_director Q86 L pub turn @12+12 *4", "Helse Helgeland Sør HF", "Interim director; closed a 90 MNOK deficit.")
            .job("P hospital_director Q86 L pub - @90+60", "Nordlandssykehuset Vesterålen", "Hospital director."),
        who("Magnus Holt", 60, STOCKHOLM)
            .says(
                "Swedish hospital director; crisis management in Swedish regions",
                "Sjukhusdirektör who has led two Swedish hospitals through crises. Speaks Norwegian well but not at the level of a Norwegian native.",
                "Physician; Master of Health Administration. Crisis management, patient safety, hospital management.",
            )
            .speaks("sv:N en:C2 no:C1")
            .rate(14_000)
            .qualified(420, [47, 46, 46, 45, 47, 48, 46])
            .job("I hospital_director Q86 L pub crisis @10+9 *5", "Region Mittnorrland", "Interim hospital director in a crisis.")
            .job("P hospital_director Q86 E pub - @90+70", "Karolinska Universitetssjukhuset", "Division director."),
        who("Ingeborg Lunde", 52, OSLO)
            .says(
                "Director of operations at a university hospital; crisis staff leader",
                "Runs operations at a large university hospital and led its crisis staff through a cyber attack. Has not been hospital director.",
                "Master of Health Management. Hospital operations, crisis staff, patient safety, capacity, ICT incidents.",
            )
            .speaks("no:N en:C2")
            .rate(12_500)
            .qualified(500, [47, 46, 46, 46, 46, 48, 46])
            .job("P coo Q86 E pub crisis @50+", "Romerike universitetssykehus HF", "Director of operations; led the crisis staff through a cyber attack.")
            .job("P hr_manager Q86 L pub - @110+58", "Sykehuset Mjøsa HF", "Head of HR, surgery."),
        who("Espen Karlsen", 49, TROMSO)
            .says(
                "Clinic head at a university hospital",
                "Head of a surgical clinic at a university hospital, respected by clinicians. Middle manager, not yet a hospital director.",
                "Physician. Clinic management, patient safety, surgery, capacity planning.",
            )
            .speaks("no:N en:C1")
            .rate(10_500)
            .qualified(500, [45, 44, 45, 45, 46, 48, 45])
            .job("P hospital_director Q86 E pub - @60+ lvl:mid", "Universitetssykehuset Nord-Norge HF", "Head of the surgical clinic.")
            .titled("Klinikksjef kirurgi")
            .job("P quality_manager Q86 L pub - @120+58", "Nordlandssykehuset HF", "Head of patient safety."),
        who("Cathrine Berg", 53, OSLO)
            .says(
                "Health-care advisor: hospital crisis management, patient safety, turnaround of health trusts",
                "Senior consultant who advises health trusts on patient safety, crisis management and deficit programmes. Has written the improvement plans for several hospitals after supervisory cases.",
                "Master of Health Economics. Hospital advisory, crisis management, patient safety reviews, supervisory cases, deficit programmes, organisation reviews.",
            )
            .consultant()
            .speaks("no:N en:C2")
            .rate(14_500)
            .qualified(420, [40, 38, 44, 40, 46, 46, 40])
            .job("P project_director M70 L priv crisis @70+", "Helseråd AS", "Senior partner, health-care advisory.")
            .titled("Senior Partner")
            .job("P project_manager Q86 E pub - @140+66", "Helse Sør-Øst RHF", "Project leader."),
        who("Bjarne Iversen", 62, TROMSO)
            .says(
                "Hospital director for crises and restructurings",
                "Led a Northern Norway hospital for nine years and a health trust through a crisis. In an interim assignment until spring.",
                "Physician; Master of Health Management. Hospital management, crisis management, patient safety.",
            )
            .speaks("no:N en:C1")
            .rate(13_000)
            .qualified(500, [47, 47, 46, 46, 47, 48, 47])
            .free_in(90)
            .job("I hospital_director Q86 L pub crisis @5+", "Helse Møre og Romsdal HF", "Interim hospital director until spring.")
            .job("P hospital_director Q86 L pub - @100+90", "Finnmarkssykehuset HF", "Hospital director."),
        who("Ulrike Schmidt", 56, MUNCHEN)
            .says(
                "German interim hospital director: crisis management and restructuring",
                "Klinikgeschäftsführerin from the Globalise network who has led three German hospitals through crises and restructurings. English and German.",
                "Dr. med.; MBA. Hospital management, crisis management, patient safety, restructuring.",
            )
            .partner()
            .speaks("de:N en:C1")
            .rate(14_000)
            .qualified(400, [47, 47, 46, 44, 47, 47, 46])
            .job("I hospital_director Q86 L pub crisis @10+9 *5", "Klinikum Oberland", "Interim managing director in a crisis.")
            .job("P hospital_director Q86 L priv - @90+70", "Isar Kliniken GmbH", "Managing director."),
        who("Knut Heggem", 60, TRONDHEIM)
            .says(
                "Hospital director with crisis experience",
                "Hospital director who has handled two crises. The provider's vetting did not qualify him after negative references from clinicians.",
                "Master of Health Management. Hospital management, crisis management, patient safety.",
            )
            .speaks("no:N en:C1")
            .rate(12_500)
            .not_qualified([38, 42, 34, 26, 40, 34, 38])
            .job("I hospital_director Q86 L pub crisis @12+6 *2", "Sykehuset Ytre Namdal", "Interim director.")
            .job("P hospital_director Q86 L pub - @90+60", "Orkdal sjukehus", "Hospital director."),
        who("Margit Holm", 57, HARSTAD)
            .says(
                "Hospital director in Northern Norway; crisis and restructuring",
                "Has run two local hospitals and led one through a crisis. Her qualification with the provider lapsed last year.",
                "Master of Health Management. Hospital management, crisis management, patient safety, Northern Norway.",
            )
            .speaks("no:N en:C1")
            .rate(12_500)
            .lapsed(150, [46, 46, 45, 46, 46, 48, 46])
            .job("I hospital_director Q86 L pub crisis @24+9 *5", "Sykehuset Sør-Troms", "Interim hospital director in a crisis.")
            .job("P hospital_director Q86 M pub - @110+80", "UNN Narvik", "Hospital director."),
        who("Ronny Kristoffersen", 59, OSLO)
            .says(
                "Hospital CEO for crises; former regional health-authority director",
                "Former director of a regional health authority who now takes crisis mandates in health trusts at a premium rate.",
                "Physician; MBA. Hospital management, crisis management, patient safety, health policy.",
            )
            .speaks("no:N en:C2")
            .rate(19_000)
            .qualified(450, [48, 47, 47, 45, 48, 48, 47])
            .job("I hospital_director Q86 E pub crisis @10+8 *5", "Helse Glåmdal HF", "Interim director in a crisis.")
            .job("P hospital_director Q86 E pub - @100+80", "Helse Midt-Norge RHF", "Regional director."),
        who("Oddny Hjelmeland", 58, FORDE)
            .says(
                "Interim municipal chief executive; moves to where the assignment is",
                "Kommunedirektør in Sunnfjord for nine years, then interim chief executive in two municipalities after sudden departures, one of them in Nordland. Rents a flat on site and stays the week.",
                "Master of Public Administration. Municipal management, Local Government Act, budget and financial plan, political leadership, leadership gaps.",
            )
            .speaks("no:N en:C1")
            .rate(11_800)
            .qualified(480, [47, 46, 46, 46, 46, 48, 46])
            .relocates()
            .job("I municipal_director O84 M pub gap @10+9 *5", "Vestvågøy kommune", "Interim kommunedirektør after a sudden departure; budget adopted on time.")
            .job("I municipal_director O84 M pub gap @30+8 *5", "Gloppen kommune", "Interim kommunedirektør.")
            .job("P municipal_director O84 L pub - @130+100", "Sunnfjord kommune", "Kommunedirektør."),
    ]
}
