//! Hand-made HR leaders, mostly Danish, for the judged set: the pool behind the HR director
//! for a post-merger integration at a Copenhagen insurer.

use super::build::*;
use super::places::*;

/// The HR people.
pub(super) fn people() -> Vec<Person> {
    vec![
        who("Mette Kjærgaard", 53, KOBENHAVN)
            .says(
                "Interim HR director for post-merger integration in financial services",
                "Has led the people side of two mergers as interim HR director, at an insurer and a bank: one organisation, one set of terms, one culture, and the redundancies handled with respect. Works closely with the Danish financial-sector unions.",
                "Cand.psych. Post-merger integration, harmonisation of terms and pay, organisation design, redundancy processes, culture integration, change management, union negotiations (Finansforbundet).",
            )
            .speaks("da:N en:C2 sv:B2")
            .rate(14_000)
            .qualified(520, [47, 46, 47, 48, 47, 49, 47])
            .job("I chro K65 L priv merger @10+14 *5", "Sjællandske Forsikring A/S", "Interim HR director in a merger of two insurers: terms harmonised, one organisation in nine months.")
            .job("I chro K64 L priv merger @34+12 *5", "Fynsk Sparekasse A/S", "Interim HR director in a bank merger.")
            .job("P chro K65 L priv - @110+70", "Nordisk Pension A/S", "HR director."),
        who("Søren Lund", 56, AARHUS)
            .says(
                "HR director in financial services; merger of two pension companies",
                "Led HR through the merger of two pension companies: new organisation, pay harmonisation and a culture programme. Known for calm, fair processes.",
                "Cand.merc.(HRM). Mergers, pay harmonisation, organisation design, culture integration, pension and insurance, employee relations.",
            )
            .speaks("da:N en:C2 de:B2")
            .rate(13_500)
            .qualified(480, [46, 46, 46, 47, 46, 48, 46])
            .job("P chro K65 L priv merger @60+48", "Jysk Pension A/S", "HR director through the merger of two pension companies.")
            .job("I chro K64 M priv gap @8+8 *5", "Aarhus Investeringsbank A/S", "Interim HR director during a vacancy."),
        who("Pernille Holst", 49, KOBENHAVN)
            .says(
                "CHRO in insurance: integration after acquisitions",
                "CHRO of an insurer that bought and integrated two smaller competitors. Strong on leadership teams and culture; practical about systems and payroll.",
                "Cand.merc. Acquisition integration, leadership development, culture, HR systems, payroll harmonisation, insurance.",
            )
            .speaks("da:N en:C2")
            .rate(14_200)
            .qualified(540, [46, 46, 47, 47, 47, 48, 46])
            .job("I chro K65 L priv merger @12+12 *5", "Hovedstadens Forsikring A/S", "Interim CHRO; integrated an acquired insurer.")
            .job("P chro K65 E priv merger @70+50", "Dansk Skadeforsikring A/S", "CHRO; two acquisitions integrated."),
        who("Jakob Thomsen", 51, ODENSE)
            .says(
                "HR director for mergers in manufacturing",
                "Has led HR in two manufacturing mergers: site consolidation, harmonised terms, new leadership teams. No financial-services background.",
                "Cand.merc.(HRM). Post-merger integration, site consolidation, harmonisation, union negotiations, manufacturing.",
            )
            .speaks("da:N en:C1 de:B1")
            .rate(13_000)
            .qualified(480, [46, 46, 46, 46, 46, 48, 46])
            .job("I chro C28 L priv merger @10+12 *5", "Fyns Maskinindustri A/S", "Interim HR director in a merger.")
            .job("P chro C10 L priv merger @70+50", "Dansk Fødevaregruppe A/S", "HR director."),
        who("Anne Mette Bach", 47, KOBENHAVN)
            .says(
                "HR director in insurance; transformation to agile ways of working",
                "HR director at an insurer who led its move to agile teams and a new leadership model. Has not been through a merger.",
                "Cand.psych. Organisational transformation, agile ways of working, leadership development, insurance, HR business partnering.",
            )
            .speaks("da:N en:C2")
            .rate(13_500)
            .qualified(500, [46, 45, 46, 47, 46, 48, 46])
            .job("P chro K65 L priv transf @50+", "Københavns Livsforsikring A/S", "HR director; transformation to agile teams.")
            .job("P hr_manager K64 L priv - @110+58", "Nørrebro Bank A/S", "HR manager."),
        who("Rasmus Friis", 44, KOBENHAVN)
            .says(
                "HR manager; integration workstream in a bank merger",
                "HR manager who led the people workstream in a bank merger under the HR director. Ready for a director role, not yet there.",
                "Cand.merc.(HRM). Merger integration, HR processes, payroll, employee relations, financial services.",
            )
            .speaks("da:N en:C1")
            .rate(10_000)
            .qualified(500, [45, 44, 45, 46, 44, 48, 45])
            .job("P hr_manager K64 L priv merger @40+", "Øresund Bank A/S", "HR manager; people workstream in a merger.")
            .job("P hr_manager K65 M priv - @90+48", "Amager Forsikring A/S", "HR business partner."),
        who("Kjersti Solheim", 50, OSLO)
            .says(
                "Norwegian HR director; bank merger integration",
                "HR director who led the people side of a Norwegian savings-bank merger. Understands Danish well and has Danish colleagues, but works in Norwegian.",
                "Master of Organisational Psychology. Merger integration, harmonisation, financial services, change management.",
            )
            .speaks("no:N en:C2 da:B2")
            .rate(13_500)
            .qualified(480, [46, 46, 46, 47, 46, 48, 46])
            .job("I chro K64 L priv merger @10+12 *5", "Sparebanken Østlandet", "Interim HR director in a savings-bank merger.")
            .job("P chro K64 L priv - @80+60", "Akershus Sparebank", "HR director."),
        who("Louise Dam", 44, KOBENHAVN)
            .says(
                "HR business partner in insurance",
                "Senior HR business partner at an insurer who supported a reorganisation. Middle management; not yet led an HR function.",
                "Cand.psych. HR business partnering, reorganisation, employee relations, insurance.",
            )
            .speaks("da:N en:C1")
            .rate(8_500)
            .qualified(500, [45, 43, 45, 46, 43, 48, 44])
            .job("P hr_manager K65 L priv transf @40+", "Frederiksberg Forsikring A/S", "Senior HR business partner.")
            .job("P hr_manager K65 M priv - @90+48", "Valby Forsikring A/S", "HR consultant."),
        who("Christian Brandt", 46, KOBENHAVN)
            .says(
                "People and organisation advisor: post-merger integration, harmonisation, culture",
                "Director in the people advisory practice of a Big Four firm. Has designed the people workstream of a dozen mergers in Danish financial services: harmonisation models, culture surveys and redundancy plans.",
                "Cand.merc.(HRM). Post-merger integration advisory, harmonisation, culture integration, organisation design, change management, financial services, insurance.",
            )
            .consultant()
            .speaks("da:N en:C2")
            .rate(15_000)
            .qualified(400, [40, 38, 44, 40, 46, 45, 40])
            .job("P chro M70 L priv merger @60+", "Nordisk People Advisory P/S", "Director, people advisory.")
            .titled("Director, People Advisory")
            .job("P hr_manager M70 L priv - @110+48", "Nordisk People Advisory P/S", "Manager."),
        who("Lotte Vestergaard", 52, AARHUS)
            .says(
                "Interim HR director for mergers in financial services",
                "Has led HR through two financial-services mergers. Just began a long interim assignment.",
                "Cand.merc.(HRM). Post-merger integration, harmonisation, insurance, banking.",
            )
            .speaks("da:N en:C2")
            .rate(13_800)
            .qualified(480, [47, 46, 46, 47, 46, 48, 47])
            .booked(-10, 260)
            .job("I chro K64 L priv merger @1+", "Midtjysk Bank A/S", "Interim HR director, ongoing.")
            .job("I chro K65 L priv merger @20+12 *5", "Vestjysk Forsikring A/S", "Interim HR director in a merger."),
        who("Henrik Juul", 60, KOBENHAVN)
            .says(
                "Group HR director for large financial groups",
                "Former group HR director of a Nordic bank; interim only for large mergers at a premium rate.",
                "Cand.psych.; MBA. Group HR, mergers, leadership, financial services.",
            )
            .speaks("da:N en:C2")
            .rate(21_000)
            .qualified(480, [47, 47, 47, 46, 48, 48, 47])
            .job("I chro K64 E priv merger @12+12 *5", "Nordisk Bankgruppe A/S", "Interim group HR director.")
            .job("P chro K64 E priv - @90+70", "Skandinavisk Finans A/S", "Group HR director."),
        who("Sarah Mitchell", 50, LONDON)
            .says(
                "British interim HR director: insurance mergers",
                "Interim HR director from the Globalise network who led the people integration of two UK insurance mergers. English only.",
                "MA Human Resource Management; CIPD. Post-merger integration, harmonisation, insurance.",
            )
            .partner()
            .speaks("en:N")
            .rate(14_000)
            .qualified(400, [46, 46, 46, 46, 46, 47, 46])
            .job("I chro K65 L priv merger @10+14 *5", "Albion Insurance plc", "Interim HR director in a merger.")
            .job("P chro K65 E priv - @90+60", "Thames Mutual plc", "HR director."),
        who("Bo Kristensen", 55, AALBORG)
            .says(
                "HR director with merger experience",
                "Has been HR director through a merger. The provider's vetting did not qualify him: references questioned his handling of a redundancy process.",
                "Cand.merc.(HRM). HR, mergers, redundancy.",
            )
            .speaks("da:N en:C1")
            .rate(12_500)
            .not_qualified([36, 40, 34, 26, 38, 34, 36])
            .job("I chro K65 M priv merger @12+8 *2", "Nordjysk Forsikring A/S", "Interim HR director; ended early.")
            .job("P chro C28 M priv - @80+60", "Aalborg Maskinfabrik A/S", "HR director."),
        who("Hanne Dalgaard", 54, VEJLE)
            .says(
                "HR director for mergers in insurance and pensions",
                "Has led two mergers in insurance. Her consent to stay in the network lapsed and has not been renewed.",
                "Cand.merc.(HRM). Post-merger integration, insurance, pensions.",
            )
            .speaks("da:N en:C2")
            .rate(13_500)
            .qualified(250, [46, 46, 46, 47, 46, 48, 46])
            .consent_lapsed(60)
            .job("I chro K65 L priv merger @14+12 *5", "Sydjysk Forsikring A/S", "Interim HR director in a merger.")
            .job("P chro K65 L priv - @80+60", "Vejle Pension A/S", "HR director."),
        who("Karen Winther", 58, ESBJERG)
            .says(
                "HR director in energy; restructuring and downsizing",
                "HR director who led a large downsizing at an offshore-energy company. Little experience with mergers or financial services.",
                "Cand.psych. Restructuring, downsizing, outplacement, energy, union negotiations.",
            )
            .speaks("da:N en:C2")
            .rate(13_000)
            .qualified(480, [46, 46, 46, 45, 46, 48, 46])
            .job("I chro B06 L priv turn @12+10 *4", "Esbjerg Offshore Energi A/S", "Interim HR director in a downsizing.")
            .job("P chro D35 L priv - @80+60", "Vestdansk Energi A/S", "HR director."),
        who("Katrin Vogel", 51, DUSSELDORF)
            .says(
                "German interim HR director: post-merger integration in insurance",
                "HR director from the Globalise network who led the people integration of two German insurance mergers. English and German.",
                "Diplom-Psychologin. Post-merger integration, harmonisation, works councils, insurance, change management.",
            )
            .partner()
            .speaks("de:N en:C2")
            .rate(13_500)
            .qualified(400, [46, 46, 46, 46, 46, 47, 46])
            .job("I chro K65 L priv merger @10+14 *5", "Rheinische Versicherung AG", "Interim HR director in a merger.")
            .job("P chro K65 E priv - @90+60", "Düsseldorfer Leben AG", "HR director."),
    ]
}
