//! Hand-made project and programme leaders for the judged set: the pools behind the rescue
//! of a hospital building project and the digital transformation of a public agency.

use super::build::*;
use super::places::*;

/// The project and programme people.
pub(super) fn people() -> Vec<Person> {
    vec![
        who("Øystein Grimstad", 57, STAVANGER)
            .says(
                "Project director who rescues large public building projects",
                "Took over a hospital building project that was a year late and far over budget, settled the contractor claims and delivered the building to the health trust. Has since rescued a school and culture-house programme for a municipality.",
                "Sivilingeniør, building and construction. Project rescue, hospital construction, NS 8407 and NS 8405 contracts, claims and change orders, cost control, public clients, stakeholder management.",
            )
            .speaks("no:N en:C2")
            .rate(13_500)
            .qualified(520, [48, 47, 47, 45, 47, 48, 48])
            .job("I project_director Q86 E pub rescue @14+20 *5", "Helse Vestkyst HF", "Took over a delayed hospital build: claims settled, new schedule kept, opened eleven months after takeover.")
            .job("I project_director O84 L pub rescue @40+18 *5", "Jærbyen kommune", "Rescued a school and culture-house programme running 300 MNOK over budget.")
            .job("P project_director F41 L priv - @110+60", "Rogaland Entreprenør AS", "Project director, public buildings."),
        who("Kirsti Heggelund", 54, OSLO)
            .says(
                "Project director for large hospitals and university buildings",
                "Has led two of Norway's largest public building projects and was brought in to rescue a university building when the first project director left. Strong in contract strategy and in holding users to decisions.",
                "Sivilingeniør, NTNU. Hospital and university construction, project rescue, contract strategy, NS 8407, user involvement, cost and schedule control, public procurement.",
            )
            .speaks("no:N en:C2 sv:B2")
            .rate(13_800)
            .qualified(560, [47, 47, 47, 46, 48, 48, 47])
            .job("I project_director P85 E pub rescue @12+18 *5", "Universitetsbygg Oslo", "Rescued a delayed university building; delivered within the revised budget.")
            .job("P project_director Q86 E pub - @80+60", "Sykehusbygg Øst HF", "Project director for a new hospital.")
            .job("P project_manager F41 L priv - @150+66", "Veidekke-Hansen Bygg AS", "Project manager."),
        who("Bjørn Inge Fosse", 60, BERGEN)
            .says(
                "Project director for delayed public buildings: hospitals, courts, prisons",
                "Specialist in projects that have gone wrong: has taken over a hospital extension, a court-house and a prison build, each late and in dispute, and brought them to completion.",
                "Sivilingeniør. Project rescue, claims management, NS 8407, dispute resolution, hospital construction, public buildings, cost control.",
            )
            .speaks("no:N en:C1")
            .rate(13_000)
            .qualified(480, [47, 47, 46, 44, 47, 48, 47])
            .job("I project_director Q86 L pub rescue @10+16 *5", "Haugaland Sjukehus HF", "Took over a delayed hospital extension; settled claims and completed.")
            .job("I project_director O84 L pub rescue @36+18 *4", "Statens byggforvaltning Vest", "Rescued a court-house build.")
            .job("P project_director F41 L priv - @110+60", "Bergen Entreprenør AS", "Project director."),
        who("Nils Torvund", 52, TRONDHEIM)
            .says(
                "Project director for troubled infrastructure and hospital projects",
                "Rescued a light-rail project that had lost its contractor and later a hospital building in Trøndelag. Rebuilds schedules and relations with contractors quickly.",
                "Sivilingeniør, NTNU. Project rescue, infrastructure, hospital construction, contract management, NS 8407, schedule recovery, risk management.",
            )
            .speaks("no:N en:C2")
            .rate(13_200)
            .qualified(500, [47, 47, 46, 45, 47, 48, 47])
            .job("I project_director Q86 L pub rescue @12+18 *5", "Helse Innherred HF", "Took over a late hospital build; opened on the revised date.")
            .job("I project_director F42 E pub rescue @40+20 *5", "Trondheim Bybane", "Rescued a light-rail project after the contractor went bankrupt."),
        who("Aslak Haga", 49, STAVANGER)
            .says(
                "Project director from offshore: recovery of delayed modification projects",
                "Has recovered two delayed offshore modification projects for an operator. Strong project control; no building or hospital background.",
                "Sivilingeniør. Offshore projects, project recovery, EPC contracts, schedule and cost control, NORSOK.",
            )
            .speaks("no:N en:C2")
            .rate(13_500)
            .qualified(480, [47, 46, 46, 44, 47, 47, 47])
            .job("I project_director B06 L priv rescue @10+14 *5", "Sleipner Modifikasjon AS", "Recovered a delayed modification project.")
            .job("P project_director C33 L priv - @80+60", "Rogaland Offshore Service AS", "Project director."),
        who("Linda Skaar", 51, OSLO)
            .says(
                "Programme manager for construction programmes; recovery of delayed portfolios",
                "Programme manager who has run a municipality's school-building programme and brought a delayed portfolio of care homes back on track.",
                "Master of Project Management. Programme management, construction programmes, portfolio recovery, public clients, reporting.",
            )
            .speaks("no:N en:C1")
            .rate(12_000)
            .qualified(500, [46, 45, 46, 46, 46, 48, 46])
            .job("I programme_manager O84 L pub rescue @12+14 *5", "Askerbyen kommune", "Programme manager; brought a delayed care-home portfolio back on track.")
            .job("P programme_manager O84 E pub - @80+60", "Oslo kommune Undervisningsbygg", "Programme manager, school buildings."),
        who("Eivind Rasmussen", 56, KRISTIANSAND)
            .says(
                "Project director for hospital construction from start to handover",
                "Has led the construction of a new hospital from design to handover, on time and budget. Has not had to rescue a project.",
                "Sivilingeniør. Hospital construction, design management, NS 8407, user involvement, commissioning and handover.",
            )
            .speaks("no:N en:C1")
            .rate(12_800)
            .qualified(500, [46, 45, 46, 46, 47, 48, 46])
            .job("P project_director Q86 E pub - @60+54", "Sykehuset Sørlandet HF", "Project director for a new hospital, delivered on time.")
            .job("P project_manager F41 L priv - @130+66", "Agder Bygg AS", "Project manager."),
        who("Marius Lund", 48, DRAMMEN)
            .says(
                "Construction project manager; turned around delayed mid-size projects",
                "Project manager who has brought three delayed mid-size building projects back on schedule. Has not led a project of hospital size.",
                "Sivilingeniør. Construction project management, schedule recovery, NS 8407, subcontractor management.",
            )
            .speaks("no:N en:C1")
            .rate(10_500)
            .qualified(500, [46, 45, 45, 45, 45, 47, 46])
            .job("I project_manager F41 M priv rescue @10+10 *5", "Drammen Boligbygg AS", "Brought a delayed housing project back on schedule.")
            .job("P project_manager F41 M priv - @60+48", "Buskerud Entreprenør AS", "Project manager."),
        who("Trude Holm Olsen", 45, OSLO)
            .says(
                "Project advisory: rescue of delayed hospital and public building projects, claims, NS 8407",
                "Partner in a project-management consultancy. Has carried out independent reviews of delayed hospital builds and advised health trusts on claims under NS 8407 and on rescue plans. Supports project directors with PMO and cost control.",
                "Master of Construction Management. Project reviews, project rescue advisory, claims analysis, NS 8407, PMO, hospital construction, cost control, risk.",
            )
            .consultant()
            .speaks("no:N en:C2")
            .rate(14_500)
            .qualified(400, [40, 38, 44, 40, 46, 45, 40])
            .job("P project_director M71 M priv rescue @60+", "Prosjektrevisjon AS", "Partner; reviews and rescue plans for public projects.")
            .titled("Partner")
            .job("P project_manager M71 L priv - @110+48", "Byggrådgivning AS", "Cost engineer."),
        who("Arnfinn Dyrdal", 58, STAVANGER)
            .says(
                "Project director for delayed public building projects",
                "Has rescued a hospital build and a university building. Currently leading another rescue for a year more.",
                "Sivilingeniør. Project rescue, hospital construction, NS 8407, claims.",
            )
            .speaks("no:N en:C1")
            .rate(13_500)
            .qualified(480, [47, 47, 46, 45, 47, 48, 47])
            .booked(-100, 400)
            .job("I project_director P85 L pub rescue @3+", "Høgskolebygg Vest", "Project director in a rescue, ongoing.")
            .job("I project_director Q86 L pub rescue @30+18 *5", "Helse Dalane HF", "Rescued a hospital build."),
        who("Sigurd Bryne", 61, OSLO)
            .says(
                "Senior project director for the largest public projects",
                "Led one of the largest hospital projects in the Nordics and takes only the biggest rescues, at a senior rate.",
                "Sivilingeniør; MBA. Mega-project management, hospital construction, project rescue, governance.",
            )
            .speaks("no:N en:C2")
            .rate(20_000)
            .qualified(500, [48, 47, 47, 45, 48, 48, 48])
            .job("I project_director Q86 E pub rescue @14+20 *5", "Sykehusbygg Midt HF", "Rescued a hospital mega-project.")
            .job("P project_director Q86 E pub - @90+70", "Sykehusbygg Hovedstaden HF", "Project director."),
        who("Richard Hughes", 59, LONDON)
            .says(
                "British project director: recovery of hospital PFI builds",
                "Interim project director from the Globalise network who recovered two delayed NHS hospital builds. English only.",
                "BSc Civil Engineering; MRICS. Project recovery, hospital construction, NEC contracts, claims, PFI.",
            )
            .partner()
            .speaks("en:N")
            .rate(14_000)
            .qualified(400, [47, 46, 46, 44, 47, 47, 47])
            .job("I project_director Q86 E pub rescue @12+18 *5", "Northern NHS Trust", "Recovered a delayed hospital build.")
            .job("P project_director F41 E priv - @90+70", "Albion Construction Ltd", "Project director."),
        who("Geir Mathisen", 55, KRISTIANSAND)
            .says(
                "Project director for public buildings",
                "Has led public building projects and one rescue. The provider's vetting did not qualify him: two references described poor cost control.",
                "Sivilingeniør. Project management, public buildings, NS 8407.",
            )
            .speaks("no:N en:C1")
            .rate(12_500)
            .not_qualified([38, 40, 36, 34, 36, 40, 34])
            .job("I project_director O84 L pub rescue @14+10 *2", "Otradal kommune", "Project director; replaced before completion.")
            .job("P project_manager F41 M priv - @80+60", "Sørlandsbygg AS", "Project manager."),
        who("Kåre Vatne", 57, STAVANGER)
            .says(
                "Contractor's project director for hospital builds",
                "Was the main contractor's project director on the client's hospital build until the dispute escalated. Knows the project from the other side of the table.",
                "Sivilingeniør. Construction management, hospital construction, NS 8407, claims.",
            )
            .speaks("no:N en:C1")
            .rate(13_000)
            .qualified(400, [46, 46, 44, 43, 46, 44, 46])
            .job("P project_director F41 E priv - @36+30", "Vest Totalentreprise AS", "Contractor's project director on a hospital build.")
            .job("P project_manager F41 L priv - @100+60", "Jæren Bygg AS", "Project manager."),
        who("Tonje Fjeld", 46, OSLO)
            .says(
                "Programme manager for digital transformation in government agencies",
                "Has led the replacement of a core case-handling system in a welfare agency, moving sixty teams to agile product development and the cloud. Knows how to work with unions, the ministry and the Digitalisation Directorate.",
                "Master of Informatics, UiO. Programme management, digital transformation, legacy modernisation, agile at scale (SAFe), cloud migration, public sector, benefits realisation.",
            )
            .speaks("no:N en:C2")
            .rate(12_500)
            .qualified(540, [47, 46, 47, 46, 47, 48, 47])
            .job("I programme_manager O84 E pub transf @12+20 *5", "Velferdsetaten", "Programme manager: replaced the case-handling core with cloud services, 60 agile teams.")
            .job("P programme_manager O84 E pub transf @60+40", "Skatteforvaltningen", "Programme manager, modernisation.")
            .job("P project_manager J62 L priv - @110+48", "Oslo IT-utvikling AS", "Project manager."),
        who("Anders Rønneberg", 52, LILLESTROM)
            .says(
                "Programme director for modernisation of public IT systems",
                "Led the modernisation of a state agency's tax and registry systems over four years, from waterfall to product teams. Known for realistic plans and honest status reports.",
                "Sivilingeniør. Programme management, public-sector digital transformation, legacy replacement, agile, cloud, portfolio governance, benefits realisation.",
            )
            .speaks("no:N en:C2")
            .rate(12_800)
            .qualified(500, [47, 46, 47, 45, 47, 48, 47])
            .job("I programme_manager O84 E pub transf @10+18 *5", "Registeretaten", "Programme director for modernising the registry systems.")
            .job("P programme_manager O84 E pub transf @70+48", "Skatteforvaltningen", "Programme director."),
        who("Guro Lindstad", 49, OSLO)
            .says(
                "Programme manager for digital transformation in municipalities and the state",
                "Has run digitalisation programmes in a large municipality and a directorate: new citizen services, cloud and agile teams. Good with politicians and unions.",
                "Master of Public Administration. Digital transformation, programme management, agile, cloud, citizen services, change management.",
            )
            .speaks("no:N en:C1")
            .rate(12_000)
            .qualified(500, [46, 46, 46, 47, 46, 48, 46])
            .job("I programme_manager O84 L pub transf @10+14 *5", "Direktoratet for byggkvalitet", "Programme manager for a digital transformation.")
            .job("P programme_manager O84 E pub transf @60+44", "Oslo kommune", "Programme manager, digital citizen services."),
        who("Petter Kjos", 50, OSLO)
            .says(
                "Programme manager for digital transformation in banking",
                "Led a bank's move from a legacy core system to cloud services and agile teams. No public-sector experience.",
                "Sivilingeniør. Programme management, digital transformation, core banking replacement, agile, cloud.",
            )
            .speaks("no:N en:C2")
            .rate(13_000)
            .qualified(500, [46, 46, 46, 45, 47, 47, 46])
            .job("I programme_manager K64 E priv transf @10+18 *5", "Norsk Sparebank ASA", "Programme manager; core-system replacement.")
            .job("P programme_manager K64 E priv - @80+60", "Finansbanken ASA", "Programme manager."),
        who("Hanna Bergseng", 44, OSLO)
            .says(
                "Project manager for public IT projects; agile delivery",
                "Project manager who has delivered three public IT projects with agile teams. Has not led a whole programme.",
                "Master of Informatics. Project management, agile, Scrum, public IT projects, procurement of IT services.",
            )
            .speaks("no:N en:C2")
            .rate(10_500)
            .qualified(500, [46, 45, 45, 46, 45, 48, 46])
            .job("I project_manager O84 L pub transf @10+12 *5", "Arbeidstilsynet", "Project manager, new inspection system.")
            .job("P project_manager O84 L pub - @60+48", "Lånekassen", "Project manager."),
        who("Erlend Sæbø", 55, BERGEN)
            .says(
                "Transformation director in the public sector",
                "Has led organisational and digital transformations in a county and a state agency as transformation director. Strong on change; relies on others for technology.",
                "Master of Public Administration. Transformation, change management, digitalisation, public sector, organisation design.",
            )
            .speaks("no:N en:C1")
            .rate(12_500)
            .qualified(500, [46, 46, 46, 47, 45, 48, 46])
            .job("I transformation_director O84 L pub transf @12+14 *5", "Vestland fylkeskommune", "Transformation director.")
            .job("P transformation_director O84 L pub transf @70+48", "Statens vegvesen Vest", "Head of transformation."),
        who("Kristian Moe", 39, OSLO)
            .says(
                "Digital transformation consultant for government: agile, cloud, programme delivery",
                "Manager in a large consultancy, delivering agile transformations and cloud migrations to government agencies. Has been programme-office lead and advisor to programme managers.",
                "Master of Informatics. Digital transformation advisory, agile at scale, SAFe, cloud migration, public sector, PMO, programme management support.",
            )
            .consultant()
            .speaks("no:N en:C2")
            .rate(12_500)
            .qualified(400, [40, 38, 44, 40, 45, 45, 40])
            .job("P programme_manager M70 E priv transf @50+", "Nordic Digital Consulting AS", "Manager; agile transformations for agencies.")
            .titled("Manager, Public Sector Digital")
            .job("P project_manager M70 L priv - @100+48", "Nordic Digital Consulting AS", "Consultant."),
        who("Silje Fagerli", 47, OSLO)
            .says(
                "Programme manager for public digital transformation",
                "Has led two public digital programmes. Committed to her current programme for three more months.",
                "Master of Informatics. Programme management, digital transformation, agile, cloud, public sector.",
            )
            .speaks("no:N en:C2")
            .rate(12_000)
            .qualified(500, [47, 46, 46, 46, 46, 48, 47])
            .free_in(100)
            .job("I programme_manager O84 E pub transf @8+", "Helsedirektoratet", "Programme manager, ongoing.")
            .job("I programme_manager O84 L pub transf @30+16 *5", "Husbanken", "Programme manager."),
        who("Harald Bakkevig", 58, OSLO)
            .says(
                "Senior programme director for the largest public IT programmes",
                "Has led national IT programmes and takes only large mandates at a senior rate.",
                "Sivilingeniør; MBA. Programme management, digital transformation, public sector, governance.",
            )
            .speaks("no:N en:C2")
            .rate(18_500)
            .qualified(500, [47, 47, 47, 45, 48, 48, 47])
            .job("I programme_manager O84 E pub transf @12+20 *5", "Nasjonal IKT-forvaltning", "Programme director.")
            .job("P cio O84 E pub - @90+70", "Statens IT-senter", "CIO."),
        who("Mark Jansen", 51, AMSTERDAM)
            .says(
                "Dutch programme manager for government digital transformation",
                "Programme manager from the Globalise network who led the digital transformation of a Dutch tax agency division. English and Dutch.",
                "MSc Information Management. Programme management, digital government, agile, cloud.",
            )
            .partner()
            .speaks("nl:N en:C2 de:B2")
            .rate(12_500)
            .qualified(400, [46, 46, 46, 45, 46, 47, 46])
            .job("I programme_manager O84 E pub transf @12+18 *5", "Belastingdienst Regio Noord", "Programme manager.")
            .job("P programme_manager O84 E pub - @80+60", "Rijksdienst Digitaal", "Programme manager."),
        who("Ørjan Fossli", 50, DRAMMEN)
            .says(
                "Programme manager for public IT",
                "Has led public IT programmes. The provider's vetting did not qualify him after references pointed to missed deadlines and unclear reporting.",
                "Master of Informatics. Programme management, public IT, agile.",
            )
            .speaks("no:N en:C1")
            .rate(11_500)
            .not_qualified([36, 36, 32, 38, 38, 40, 32])
            .job("I programme_manager O84 L pub transf @12+10 *2", "Kartetaten Sør", "Programme manager; replaced.")
            .job("P project_manager O84 M pub - @70+50", "Drammen kommune", "Project manager."),
        who("Berit Moen", 53, OSLO)
            .says(
                "Programme manager for digital transformation in agencies",
                "Experienced public-sector programme manager. Her consent to stay in the network lapsed last month.",
                "Master of Informatics. Programme management, digital transformation, agile, public sector.",
            )
            .speaks("no:N en:C2")
            .rate(12_000)
            .qualified(300, [46, 46, 46, 46, 46, 48, 46])
            .consent_lapsed(25)
            .job("I programme_manager O84 E pub transf @12+16 *5", "Mattilsynet", "Programme manager.")
            .job("P programme_manager O84 L pub - @80+60", "Fiskeridirektoratet", "Programme manager."),
        who("Vibeke Storli", 50, OSLO)
            .says(
                "CIO in the public sector; digital transformation of a directorate",
                "CIO of a directorate who led its digital transformation. Wants interim work at executive level, not programme management.",
                "Master of Informatics. CIO, public sector, digital transformation, cloud strategy, information security.",
            )
            .speaks("no:N en:C2")
            .rate(13_000)
            .qualified(500, [46, 46, 46, 45, 47, 48, 46])
            .job("P cio O84 L pub transf @50+", "Direktoratet for e-helse", "CIO.")
            .job("P it_manager O84 L pub - @110+58", "Statens pensjonskasse", "IT manager."),
    ]
}
