//! Hand-made operations profiles (plant managers, production managers, COOs) for the judged
//! set: the pool behind the lean plant-manager mandate and the battery-plant start-up.

use super::build::*;
use super::places::*;

/// The operations people.
pub(super) fn people() -> Vec<Person> {
    vec![
        who("Stian Rudshaug", 48, GJOVIK)
            .says(
                "Plant manager in automotive components: lean, OEE and delivery performance",
                "Plant manager who has lifted two automotive-component plants from red to green with German OEM customers. Lean practitioner on the shop floor, not in slides: daily boards, SMED, TPM.",
                "Sivilingeniør, NTNU. Lean manufacturing, OEE improvement, TPM, SMED, IATF 16949, automotive components, aluminium machining, union cooperation.",
            )
            .speaks("no:N en:C2 de:B2")
            .rate(9_800)
            .qualified(500, [47, 46, 46, 45, 47, 48, 48])
            .job("I plant_manager C29 L priv perf @10+12 *5", "Toten Automotive AS", "Interim plant manager: OEE from 62 % to 78 %, delivery precision to 99 %, OEM escalations closed.")
            .job("P plant_manager C29 L priv perf @70+55", "Vestre Toten Komponent AS", "Plant manager; lean programme across three halls.")
            .job("P production_manager C24 L priv - @130+58", "Hydro-Lunde Aluminium AS", "Production manager, extrusion."),
        who("Anette Bjørnstad", 51, HAMAR)
            .says(
                "Interim plant manager for performance improvement in metal and automotive",
                "Has taken two plants through a performance turnaround as interim plant manager: fewer complaints, higher output, safer floors. Strong on lean, TPM and engaging operators.",
                "Master of Industrial Engineering. Lean, TPM, Kaizen, 5S, OEE, quality improvement, health and safety, automotive and metal components.",
            )
            .speaks("no:N en:C1 sv:B2")
            .rate(9_500)
            .qualified(460, [47, 45, 46, 47, 46, 48, 47])
            .job("I plant_manager C29 L priv perf @8+10 *5", "Mjøsen Chassis AS", "Interim plant manager: complaints down 60 %, OEE up 14 points.")
            .job("I plant_manager C25 M priv perf @28+12 *5", "Elverum Metall AS", "Interim plant manager; lean programme and new shift model.")
            .job("P production_manager C29 L priv - @100+60", "Brumunddal Komponent AS", "Production manager."),
        who("Roar Dalen", 55, LILLEHAMMER)
            .says(
                "Plant manager: aluminium and automotive, Lean Six Sigma black belt",
                "Plant manager with fifteen years in aluminium extrusion and automotive parts. Led a performance programme that saved a plant threatened with closure by its group.",
                "Sivilingeniør; Lean Six Sigma Black Belt. Lean, Six Sigma, OEE, TPM, value stream mapping, automotive, aluminium, IATF 16949.",
            )
            .speaks("no:N en:C1 de:B1")
            .rate(10_200)
            .qualified(520, [46, 46, 45, 44, 47, 48, 47])
            .job("I plant_manager C29 L priv perf @14+12 *5", "Gudbrandsdal Parts AS", "Interim plant manager: saved the plant from a group closure with a lean programme.")
            .job("P plant_manager C24 L priv perf @80+60", "Raufoss Profiler AS", "Plant manager, aluminium extrusion.")
            .job("P quality_manager C29 L priv - @150+70", "Toten Bremser AS", "Quality manager."),
        who("Tomas Lindgren", 50, KARLSTAD)
            .says(
                "Swedish plant manager for automotive suppliers; lean and delivery performance",
                "Platschef who has run two plants supplying Volvo and Scania and improved both with lean. Has worked in Norway for a Norwegian owner and speaks Norwegian well.",
                "Civilingenjör, Chalmers. Lean production, Toyota Production System, OEE, TPM, automotive supply, IATF 16949.",
            )
            .speaks("sv:N no:C1 en:C2 de:B1")
            .rate(10_500)
            .qualified(480, [46, 46, 46, 45, 46, 47, 47])
            .job("I plant_manager C29 L priv perf @12+12 *5", "Värmland Automotive AB", "Interim platschef: OEE up 12 points, delivery precision restored.")
            .job("P plant_manager C29 L priv perf @80+60", "Kongsvinger Komponent AS", "Plant manager for a Norwegian owner.")
            .job("P production_manager C29 E priv - @140+58", "Trollhättan Drivlina AB", "Production manager."),
        who("Kenneth Sørli", 46, TRONDHEIM)
            .says(
                "Production manager in machinery: lean and productivity",
                "Production manager who introduced lean in a machinery plant and raised productivity by a fifth. Has not yet been plant manager.",
                "Sivilingeniør. Lean, productivity, OEE, continuous improvement, machinery manufacturing, health and safety.",
            )
            .speaks("no:N en:C1")
            .rate(9_000)
            .qualified(500, [45, 44, 44, 45, 45, 47, 46])
            .job("P production_manager C28 L priv perf @50+", "Trøndelag Maskin AS", "Production manager; lean programme, productivity up 20 %.")
            .job("P production_manager C25 M priv - @110+58", "Orkanger Sveis AS", "Shift manager."),
        who("Janne Aasen", 53, FREDRIKSTAD)
            .says(
                "Plant manager in food production; lean and performance improvement",
                "Has run two food plants and improved both with lean: less waste, higher OEE, fewer accidents. No automotive background.",
                "Master of Food Technology. Lean, OEE, waste reduction, food safety, TPM, health and safety.",
            )
            .speaks("no:N en:C1")
            .rate(9_600)
            .qualified(480, [46, 45, 45, 46, 45, 48, 46])
            .job("I plant_manager C10 L priv perf @10+10 *5", "Østfold Matproduksjon AS", "Interim plant manager; OEE up 11 points, waste halved.")
            .job("P plant_manager C11 M priv perf @70+60", "Sarpsborg Bryggeri AS", "Plant manager."),
        who("Håkon Rustad", 57, KONGSBERG)
            .says(
                "Plant manager in machinery; start-up of new production lines",
                "Plant manager who has started up two new machining lines and a new assembly hall. Uses lean tools but has mainly built rather than improved.",
                "Sivilingeniør. Start-up of production lines, commissioning, lean, machinery, automation, project management.",
            )
            .speaks("no:N en:C2")
            .rate(10_000)
            .qualified(420, [46, 45, 45, 44, 46, 47, 46])
            .job("I plant_manager C28 L priv startup @12+12 *5", "Kongsberg Produksjon AS", "Started up a new machining line; at rate in nine months.")
            .job("P plant_manager C28 L priv startup @80+60", "Numedal Sammenstilling AS", "Built and ran a new assembly hall."),
        who("Vidar Holmen", 60, RAUFOSS)
            .says(
                "COO from automotive components; operations performance across plants",
                "Was COO of an automotive components group with four plants and led its performance programme. Now takes interim operations roles, also one level below COO.",
                "Sivilingeniør; executive MBA. Operations, lean, OEE, automotive, multi-plant management, OEM relations.",
            )
            .speaks("no:N en:C2 de:C1")
            .rate(11_000)
            .qualified(500, [47, 47, 46, 45, 47, 48, 47])
            .job("I coo C29 E priv perf @12+10 *5", "Nordic Auto Parts AS", "Interim COO; performance programme in three plants.")
            .job("P coo C29 E priv perf @90+70", "Raufoss Automotive Group AS", "COO."),
        who("Sindre Haugli", 40, GJOVIK)
            .says(
                "Production shift manager in automotive; lean champion",
                "Shift manager in an automotive plant who leads the lean programme in his hall. First management role.",
                "Bachelor of Engineering. Lean, 5S, SMED, OEE, shift management, automotive.",
            )
            .speaks("no:N en:B2")
            .rate(7_500)
            .qualified(540, [44, 42, 43, 45, 42, 47, 44])
            .job("P production_manager C29 L priv - @40+", "Hunndalen Komponent AS", "Shift manager; lean champion.")
            .job("P quality_manager C29 L priv - @90+48", "Hunndalen Komponent AS", "Quality engineer."),
        who("Marte Kolstad", 44, OSLO)
            .says(
                "Quality manager in automotive: IATF 16949, complaint handling, lean",
                "Quality manager who has closed OEM escalations and rebuilt quality systems at two automotive suppliers. Has not run a plant.",
                "Master of Engineering. IATF 16949, 8D, PPAP, complaint handling, lean, Six Sigma Green Belt.",
            )
            .speaks("no:N en:C2 de:B2")
            .rate(9_000)
            .qualified(500, [45, 44, 45, 44, 46, 48, 45])
            .job("P quality_manager C29 L priv perf @50+", "Romerike Automotive AS", "Quality manager; closed two OEM escalations.")
            .job("P quality_manager C29 M priv - @110+58", "Nittedal Plast AS", "Quality engineer."),
        who("Joakim Nes", 42, OSLO)
            .says(
                "Lean and operations consultant: OEE, TPM, Kaizen for automotive plants",
                "Manager in an operations consultancy. Has run lean diagnostics and OEE programmes in a dozen plants, many of them automotive suppliers, and coached plant managers through performance improvement.",
                "Sivilingeniør, NTNU. Lean diagnostics, OEE programmes, TPM, Kaizen, value stream mapping, SMED, automotive, performance improvement, plant manager coaching.",
            )
            .consultant()
            .speaks("no:N en:C2")
            .rate(11_500)
            .qualified(400, [40, 38, 44, 40, 45, 45, 40])
            .job("P project_manager M70 L priv perf @60+", "Operasjonell Forbedring AS", "Manager; lean and OEE programmes in plants.")
            .titled("Manager, Operations Practice")
            .job("P production_manager C29 L priv - @110+48", "Raufoss Industripark AS", "Production engineer."),
        who("Rolf Heimdal", 58, RAUFOSS)
            .says(
                "Interim plant manager: lean and performance in automotive and metal",
                "Has improved three automotive and metal plants as interim plant manager. Currently in a long assignment.",
                "Sivilingeniør. Lean, OEE, TPM, automotive, metal, performance improvement.",
            )
            .speaks("no:N en:C1")
            .rate(9_800)
            .qualified(450, [47, 46, 45, 45, 46, 48, 47])
            .booked(-90, 270)
            .job("I plant_manager C25 L priv perf @3+", "Hadeland Stål AS", "Interim plant manager, ongoing.")
            .job("I plant_manager C29 L priv perf @20+12 *5", "Biri Komponent AS", "Interim plant manager; OEE up 15 points.")
            .job("P plant_manager C29 L priv - @100+70", "Toten Hjul AS", "Plant manager."),
        who("Dieter Wagner", 55, MUNCHEN)
            .says(
                "German plant manager for automotive suppliers; lean turnaround of plants",
                "Werkleiter from the Globalise network who has improved four automotive plants in Germany and Czechia with lean. English and German.",
                "Dipl.-Ing. Lean production, OEE, TPM, automotive, IATF 16949, plant performance.",
            )
            .partner()
            .speaks("de:N en:C1 cs:A2")
            .rate(10_500)
            .qualified(400, [46, 46, 46, 44, 46, 47, 47])
            .job("I plant_manager C29 L priv perf @10+12 *5", "Bayerische Fahrwerk GmbH", "Interim Werkleiter; OEE up 16 points.")
            .job("P plant_manager C29 E priv perf @80+60", "Südmetall Automotive GmbH", "Werkleiter."),
        who("Eskil Brenden", 49, GJOVIK)
            .says(
                "Plant manager in automotive components; automation and investment projects",
                "Plant manager who raised output through robot cells and a new paint line. Prefers capital projects to shop-floor improvement programmes.",
                "Sivilingeniør. Automation, robotics, investment projects, automotive components, capacity expansion.",
            )
            .speaks("no:N en:C1")
            .rate(9_800)
            .qualified(480, [45, 46, 44, 42, 46, 47, 46])
            .job("P plant_manager C29 L priv perf @60+", "Toten Lakk AS", "Plant manager; output up 25 % through automation.")
            .job("P production_manager C29 L priv - @120+58", "Gjøvik Robotikk AS", "Production manager."),
        who("Øystein Frøland", 52, HAMAR)
            .says(
                "Interim plant manager in automotive and metal",
                "Has held interim plant-manager roles in metal and automotive. The provider's vetting did not qualify him after a weak reference from the last assignment.",
                "Sivilingeniør. Lean, OEE, automotive, metal, plant management.",
            )
            .speaks("no:N en:C1")
            .rate(9_500)
            .not_qualified([36, 38, 32, 28, 40, 36, 36])
            .job("I plant_manager C29 M priv perf @12+6 *2", "Løten Metall AS", "Interim plant manager; ended early.")
            .job("P plant_manager C25 M priv - @80+60", "Stange Mekaniske AS", "Plant manager."),
        who("Per Ivar Kleven", 57, LILLEHAMMER)
            .says(
                "Senior interim plant and operations manager; lean in automotive",
                "Former operations director who takes plant-manager roles at executive rates. Lean practitioner with automotive experience.",
                "Sivilingeniør; MBA. Lean, OEE, automotive, operations, plant turnarounds.",
            )
            .speaks("no:N en:C2")
            .rate(16_000)
            .qualified(460, [47, 46, 46, 44, 47, 47, 47])
            .job("I plant_manager C29 L priv perf @10+10 *5", "Vinstra Komponent AS", "Interim plant manager.")
            .job("P coo C29 E priv - @90+70", "Norsk Bilkomponent ASA", "Operations director."),
        who("Kristoffer Wold", 45, RAUFOSS)
            .says(
                "Plant manager in automotive; lean and OEE",
                "Plant manager at an automotive supplier with a solid lean record. His qualification with the provider lapsed and must be renewed.",
                "Sivilingeniør. Lean, OEE, TPM, automotive, IATF 16949.",
            )
            .speaks("no:N en:C1")
            .rate(9_500)
            .lapsed(60, [46, 45, 45, 45, 45, 47, 46])
            .job("I plant_manager C29 L priv perf @12+10 *5", "Toten Felger AS", "Interim plant manager; lean programme.")
            .job("P production_manager C29 L priv - @80+60", "Raufoss Støperi AS", "Production manager."),
        who("Bård Eng", 54, RAUFOSS)
            .says(
                "Plant manager in automotive components; lean",
                "Was plant manager at a Raufoss automotive plant until a dispute over a safety incident; since then interim at a metal plant.",
                "Sivilingeniør. Lean, OEE, automotive, plant management.",
            )
            .speaks("no:N en:C1")
            .rate(9_800)
            .qualified(380, [45, 45, 44, 42, 45, 44, 46])
            .job("I plant_manager C25 M priv perf @8+8 *4", "Eina Metall AS", "Interim plant manager.")
            .job("P plant_manager C29 L priv perf @60+48", "Raufoss Chassis AS", "Plant manager; left after a dispute."),
        who("Hege Mørk", 52, TRONDHEIM)
            .says(
                "Operations leader for new plants: from construction to stable production",
                "Has started up an aluminium casthouse and a battery-materials plant as operations director: recruited the organisation, ran commissioning and ramp-up, and handed over stable production. Works in English with international teams.",
                "Sivilingeniør, NTNU. Plant start-up, commissioning, ramp-up, recruitment of operators, process industry, battery materials, HSE, international teams.",
            )
            .speaks("no:N en:C2 de:B1")
            .rate(15_000)
            .qualified(540, [48, 47, 46, 46, 47, 48, 47])
            .job("I coo C20 L priv startup @10+14 *5", "Nordic Anode Materials AS", "Interim COO: from commissioning to stable production in 14 months; 180 people hired.")
            .job("P coo C24 L priv startup @70+50", "Midt-Norge Aluminium AS", "Operations director; started up a new casthouse.")
            .job("P plant_manager C24 L priv - @130+58", "Sunndal Metall AS", "Plant manager."),
        who("Jörg Hartmann", 56, HAMBURG)
            .says(
                "German operations director: battery cell plant ramp-up",
                "Operations director from the Globalise network who led the ramp-up of a battery cell plant for an automotive group in Germany, from pilot line to volume. Works in English.",
                "Dr.-Ing., electrochemistry. Battery cell manufacturing, gigafactory ramp-up, commissioning, yield improvement, SOP, international teams.",
            )
            .partner()
            .speaks("de:N en:C2")
            .rate(15_500)
            .qualified(400, [47, 47, 46, 44, 48, 47, 47])
            .job("I coo C27 L priv startup @12+16 *5", "Norddeutsche Batteriezellen GmbH", "Interim COO: pilot line to volume production; yield from 70 % to 92 %.")
            .job("P plant_manager C27 E priv startup @80+60", "Elektrowerk Salzgitter GmbH", "Plant director, battery modules."),
        who("Anna Sjöberg", 49, UMEA)
            .says(
                "VP operations from a Swedish battery gigafactory; start-up and ramp-up",
                "Led operations at a Swedish battery cell start-up through construction, commissioning and the first production years. Knows what goes wrong in a gigafactory ramp-up and how to staff one in a small northern town.",
                "Civilingenjör, KTH. Battery cell production, gigafactory start-up, ramp-up, commissioning, recruitment at scale, lean, HSE.",
            )
            .speaks("sv:N en:C2 no:B2")
            .rate(15_000)
            .qualified(500, [47, 47, 46, 46, 47, 47, 47])
            .job("P coo C27 E priv startup @40+36", "Norrland Battery AB", "VP operations through commissioning and ramp-up.")
            .job("P plant_manager C29 L priv - @100+58", "Umeå Lastvagn AB", "Plant manager."),
        who("Tor Erling Moen", 58, MO_I_RANA)
            .says(
                "Operations director from the Mo i Rana industrial park; new furnace line start-up",
                "Has run operations at a ferroalloy plant in Mo i Rana and led the start-up of a new furnace line. Knows the local labour market, the park and the municipality.",
                "Sivilingeniør. Plant operations, start-up of new lines, process industry, HSE, recruitment, union cooperation.",
            )
            .speaks("no:N en:C1")
            .rate(13_500)
            .qualified(500, [47, 46, 45, 46, 45, 48, 46])
            .job("P coo C24 L priv startup @40+", "Rana Ferrolegering AS", "Operations director; started up a new furnace line.")
            .job("P plant_manager C24 L priv - @110+68", "Mo Stål AS", "Plant manager."),
        who("Kasper Nørgaard", 51, VEJLE)
            .says(
                "Danish COO: start-up of wind-blade factories",
                "Has built up two wind-blade factories, in Denmark and Poland, from greenfield to volume production. Works in English with international teams.",
                "Civilingeniør, DTU. Greenfield plant start-up, ramp-up, lean, composites, wind industry, recruitment.",
            )
            .speaks("da:N en:C2 de:B2")
            .rate(14_500)
            .qualified(460, [47, 46, 46, 45, 46, 47, 47])
            .job("I coo C28 L priv startup @14+14 *5", "Baltic Blades Sp. z o.o.", "Interim COO: greenfield blade factory to volume.")
            .job("P plant_manager C28 L priv startup @80+60", "Jysk Vingefabrik A/S", "Plant manager; factory start-up."),
        who("Mikko Salonen", 54, VAASA)
            .says(
                "Finnish COO: start-up of a battery-materials plant",
                "Operations director who built up a battery-materials plant in Finland from commissioning to stable production, with a multinational team.",
                "Diplomi-insinööri. Battery materials, plant start-up, commissioning, ramp-up, process safety, recruitment.",
            )
            .speaks("fi:N sv:C1 en:C2")
            .rate(14_800)
            .qualified(480, [47, 46, 46, 45, 47, 48, 47])
            .job("I coo C20 L priv startup @10+16 *5", "Pohjanmaa Battery Materials Oy", "Interim COO through commissioning and ramp-up.")
            .job("P plant_manager C20 L priv - @80+60", "Kokkola Kemia Oy", "Plant manager."),
        who("Lars Petter Aune", 55, TRONDHEIM)
            .says(
                "Project director for industrial plant construction",
                "Has led the construction of a battery-materials plant and a data centre as project director, up to handover to operations.",
                "Sivilingeniør. Project management, plant construction, EPC contracts, commissioning, handover to operations.",
            )
            .speaks("no:N en:C2")
            .rate(14_000)
            .qualified(500, [46, 46, 45, 44, 46, 48, 46])
            .job("I project_director F42 L priv startup @14+18 *5", "Nordic Anode Materials AS", "Project director for the plant construction, to mechanical completion.")
            .job("P project_director F41 L priv - @80+50", "Trondheim Datasenter AS", "Project director."),
        who("Henrik Brask", 45, OSLO)
            .says(
                "Battery industry advisor: gigafactory start-up, ramp-up and operating models",
                "Principal at a strategy consultancy who has written gigafactory business plans and ramp-up programmes for battery start-ups in the Nordics. Has supported COOs, not been one.",
                "MSc Industrial Economics, NTNU. Battery value chain, gigafactory start-up, ramp-up plans, commissioning readiness, operating models, start-up of new units.",
            )
            .consultant()
            .speaks("no:N en:C2")
            .rate(16_000)
            .qualified(400, [40, 38, 44, 40, 46, 45, 40])
            .job("P project_director M70 L priv startup @60+", "Nordic Strategy Partners AS", "Principal, battery and energy practice.")
            .titled("Principal")
            .job("P project_manager C27 L priv - @110+48", "Nordisk Elektro AS", "Business analyst."),
        who("Rune Olaisen", 50, MO_I_RANA)
            .says(
                "Plant start-up leader from the Mo i Rana industrial park",
                "Has started up two production lines in the industrial park as operations manager. Works in Norwegian; his English is basic.",
                "Fagbrev and Bachelor of Engineering. Start-up of production lines, operations, HSE, process industry.",
            )
            .speaks("no:N en:B1")
            .rate(12_000)
            .qualified(500, [46, 46, 44, 46, 44, 48, 46])
            .job("P coo C24 L priv startup @30+", "Rana Silisium AS", "Operations manager; started up two lines.")
            .job("P plant_manager C24 L priv - @90+58", "Mo Industripark AS", "Shift manager."),
        who("Gareth Evans", 57, MANCHESTER)
            .says(
                "British COO for battery and automotive plant start-ups",
                "COO from the Globalise network who led the start-up of a UK battery plant and an automotive electronics plant. Premium day rate.",
                "BEng, MBA. Gigafactory start-up, battery cells, automotive, ramp-up, lean, HSE.",
            )
            .partner()
            .speaks("en:N")
            .rate(19_500)
            .qualified(400, [47, 47, 46, 44, 47, 47, 47])
            .job("I coo C27 L priv startup @12+18 *5", "Midlands Cell Company Ltd", "Interim COO through start-up.")
            .job("P coo C26 L priv startup @80+60", "Northern Electronics Ltd", "COO."),
        who("Sara Nyström", 48, LULEA)
            .says(
                "Operations director from battery cell production in Northern Sweden",
                "Led production at a battery cell plant through its ramp-up. Committed to her current role until late spring.",
                "Civilingenjör. Battery cell production, ramp-up, commissioning, lean, recruitment.",
            )
            .speaks("sv:N en:C2 no:B1")
            .rate(14_500)
            .qualified(480, [47, 46, 46, 46, 46, 47, 47])
            .free_in(150)
            .job("P coo C27 E priv startup @36+", "Norrbotten Cell AB", "Production director through ramp-up.")
            .job("P production_manager C29 L priv - @100+58", "Luleå Komponent AB", "Production manager."),
        who("Trond Vassli", 55, TRONDHEIM)
            .says(
                "Operations director for plant start-ups",
                "Has led start-ups of process plants. The provider's vetting did not qualify him after references described a harsh leadership style.",
                "Sivilingeniør. Plant start-up, commissioning, operations, process industry.",
            )
            .speaks("no:N en:C1")
            .rate(14_000)
            .not_qualified([40, 44, 36, 22, 42, 34, 40])
            .job("I coo C20 L priv startup @14+10 *2", "Orkla Prosess AS", "Interim COO; ended early.")
            .job("P plant_manager C20 L priv - @80+60", "Thamshavn Kjemi AS", "Plant manager."),
        who("Andreas Kvalsund", 36, MO_I_RANA)
            .says(
                "Shift manager in battery production",
                "Shift manager at a battery pilot line; trained in Korea. First leadership role.",
                "Bachelor of Engineering. Battery cell production, shift management, commissioning support, lean.",
            )
            .speaks("no:N en:C1")
            .rate(8_000)
            .qualified(560, [44, 42, 42, 44, 42, 47, 44])
            .job("P production_manager C27 M priv startup @20+", "Rana Pilot Cell AS", "Shift manager, pilot line.")
            .job("P quality_manager C27 M priv - @50+28", "Rana Pilot Cell AS", "Process engineer."),
        who("Ronald Visser", 60, EINDHOVEN)
            .says(
                "Dutch COO for greenfield high-tech manufacturing: semiconductor and electronics fabs",
                "Interim COO from the Globalise network who has started up a semiconductor fab and an electronics plant. Clean-room production, yield and ramp-up, in English.",
                "MSc Applied Physics, TU Eindhoven. Greenfield start-up, clean-room manufacturing, yield ramp-up, commissioning, international teams.",
            )
            .partner()
            .speaks("nl:N en:C2 de:B2")
            .rate(15_800)
            .qualified(420, [47, 46, 46, 45, 47, 47, 47])
            .job("I coo C26 L priv startup @12+16 *5", "Brabant Semiconductor B.V.", "Interim COO: new fab from tool install to volume.")
            .job("P coo C26 E priv - @90+70", "Eindhoven Electronics B.V.", "COO."),
        who("Nigel Foster", 54, BIRMINGHAM)
            .says(
                "British plant manager for automotive suppliers: lean and OEE recovery",
                "Interim plant manager from the Globalise network who has recovered three automotive plants in the Midlands with lean. English only.",
                "BEng Manufacturing; Lean Six Sigma Black Belt. Lean, OEE, TPM, automotive, IATF 16949, plant recovery.",
            )
            .partner()
            .speaks("en:N")
            .rate(10_000)
            .qualified(400, [46, 46, 46, 45, 46, 47, 47])
            .job("I plant_manager C29 L priv perf @10+12 *5", "Midlands Pressings Ltd", "Interim plant manager; OEE up 13 points.")
            .job("P plant_manager C29 L priv perf @80+60", "West Bromwich Castings Ltd", "Plant manager."),
        who("Gunn Iren Torstensen", 50, LARVIK)
            .says(
                "Plant manager in food and packaging; short lean interventions",
                "Plant manager who now takes only short assignments of up to three months: lean diagnostics and quick performance gains in food and packaging plants.",
                "Master of Industrial Engineering. Lean, OEE, quick wins, food, packaging, shift organisation.",
            )
            .speaks("no:N en:C1")
            .rate(9_500)
            .qualified(480, [46, 45, 45, 46, 45, 48, 46])
            .weeks(4, 12)
            .job("I plant_manager C17 M priv perf @6+3 *5", "Vestfold Emballasje AS", "Three-month interim plant manager; OEE up 9 points.")
            .job("I plant_manager C10 M priv perf @14+3 *4", "Larvik Mat AS", "Short interim; lean quick wins.")
            .job("P plant_manager C10 L priv - @90+60", "Tønsberg Næringsmiddel AS", "Plant manager."),
    ]
}
