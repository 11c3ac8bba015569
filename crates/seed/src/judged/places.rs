//! Places for the judged set: real towns of the Nordics and the partner-network countries,
//! with the coordinates of their centres (WGS 84).

use domain::values::{CountryCode, Location};

use crate::short;

/// A place: city, ISO country code, latitude, longitude (city centres, WGS 84).
pub(super) type City = (&'static str, &'static str, f64, f64);

// Norway.
pub(super) const OSLO: City = ("Oslo", "NO", 59.9139, 10.7522);
pub(super) const BERGEN: City = ("Bergen", "NO", 60.3913, 5.3221);
pub(super) const TRONDHEIM: City = ("Trondheim", "NO", 63.4305, 10.3951);
pub(super) const STAVANGER: City = ("Stavanger", "NO", 58.9700, 5.7331);
pub(super) const KRISTIANSAND: City = ("Kristiansand", "NO", 58.1467, 7.9956);
pub(super) const DRAMMEN: City = ("Drammen", "NO", 59.7439, 10.2045);
pub(super) const FREDRIKSTAD: City = ("Fredrikstad", "NO", 59.2181, 10.9298);
pub(super) const TROMSO: City = ("Tromsø", "NO", 69.6492, 18.9553);
pub(super) const ALESUND: City = ("Ålesund", "NO", 62.4722, 6.1495);
pub(super) const BODO: City = ("Bodø", "NO", 67.2804, 14.4049);
pub(super) const HAMAR: City = ("Hamar", "NO", 60.7945, 11.0680);
pub(super) const HAUGESUND: City = ("Haugesund", "NO", 59.4138, 5.2680);
pub(super) const MOLDE: City = ("Molde", "NO", 62.7375, 7.1591);
pub(super) const KONGSBERG: City = ("Kongsberg", "NO", 59.6689, 9.6502);
pub(super) const GJOVIK: City = ("Gjøvik", "NO", 60.7957, 10.6915);
pub(super) const RAUFOSS: City = ("Raufoss", "NO", 60.7264, 10.6128);
pub(super) const LILLEHAMMER: City = ("Lillehammer", "NO", 61.1153, 10.4662);
pub(super) const SKIEN: City = ("Skien", "NO", 59.2096, 9.6090);
pub(super) const TONSBERG: City = ("Tønsberg", "NO", 59.2676, 10.4076);
pub(super) const SANDVIKA: City = ("Sandvika", "NO", 59.8897, 10.5226);
pub(super) const LILLESTROM: City = ("Lillestrøm", "NO", 59.9560, 11.0492);
pub(super) const GARDERMOEN: City = ("Gardermoen", "NO", 60.1976, 11.1004);
pub(super) const MO_I_RANA: City = ("Mo i Rana", "NO", 66.3128, 14.1428);
pub(super) const NARVIK: City = ("Narvik", "NO", 68.4385, 17.4273);
pub(super) const HARSTAD: City = ("Harstad", "NO", 68.7984, 16.5417);
pub(super) const STEINKJER: City = ("Steinkjer", "NO", 64.0149, 11.4954);
pub(super) const KRISTIANSUND: City = ("Kristiansund", "NO", 63.1105, 7.7279);
pub(super) const ARENDAL: City = ("Arendal", "NO", 58.4615, 8.7725);
pub(super) const LARVIK: City = ("Larvik", "NO", 59.0533, 10.0352);
pub(super) const SARPSBORG: City = ("Sarpsborg", "NO", 59.2839, 11.1097);
pub(super) const FORDE: City = ("Førde", "NO", 61.4519, 5.8571);
// Sweden.
pub(super) const STOCKHOLM: City = ("Stockholm", "SE", 59.3293, 18.0686);
pub(super) const GOTEBORG: City = ("Göteborg", "SE", 57.7089, 11.9746);
pub(super) const MALMO: City = ("Malmö", "SE", 55.6050, 13.0038);
pub(super) const UPPSALA: City = ("Uppsala", "SE", 59.8586, 17.6389);
pub(super) const LINKOPING: City = ("Linköping", "SE", 58.4108, 15.6214);
pub(super) const VASTERAS: City = ("Västerås", "SE", 59.6099, 16.5448);
pub(super) const OREBRO: City = ("Örebro", "SE", 59.2753, 15.2134);
pub(super) const JONKOPING: City = ("Jönköping", "SE", 57.7826, 14.1618);
pub(super) const KARLSTAD: City = ("Karlstad", "SE", 59.3793, 13.5036);
pub(super) const UMEA: City = ("Umeå", "SE", 63.8258, 20.2630);
pub(super) const LULEA: City = ("Luleå", "SE", 65.5848, 22.1547);
pub(super) const NORRKOPING: City = ("Norrköping", "SE", 58.5877, 16.1924);
pub(super) const HELSINGBORG: City = ("Helsingborg", "SE", 56.0465, 12.6945);
// Denmark.
pub(super) const KOBENHAVN: City = ("København", "DK", 55.6761, 12.5683);
pub(super) const AARHUS: City = ("Aarhus", "DK", 56.1629, 10.2039);
pub(super) const ODENSE: City = ("Odense", "DK", 55.4038, 10.4024);
pub(super) const AALBORG: City = ("Aalborg", "DK", 57.0488, 9.9217);
pub(super) const ESBJERG: City = ("Esbjerg", "DK", 55.4765, 8.4594);
pub(super) const VEJLE: City = ("Vejle", "DK", 55.7093, 9.5357);
pub(super) const KOLDING: City = ("Kolding", "DK", 55.4904, 9.4722);
// Finland.
pub(super) const HELSINKI: City = ("Helsinki", "FI", 60.1699, 24.9384);
pub(super) const ESPOO: City = ("Espoo", "FI", 60.2055, 24.6559);
pub(super) const TAMPERE: City = ("Tampere", "FI", 61.4978, 23.7610);
pub(super) const TURKU: City = ("Turku", "FI", 60.4518, 22.2666);
pub(super) const OULU: City = ("Oulu", "FI", 65.0121, 25.4651);
pub(super) const VAASA: City = ("Vaasa", "FI", 63.0951, 21.6165);
// Partner-network countries.
pub(super) const HAMBURG: City = ("Hamburg", "DE", 53.5511, 9.9937);
pub(super) const MUNCHEN: City = ("München", "DE", 48.1351, 11.5820);
pub(super) const DUSSELDORF: City = ("Düsseldorf", "DE", 51.2277, 6.7735);
pub(super) const FRANKFURT: City = ("Frankfurt am Main", "DE", 50.1109, 8.6821);
pub(super) const LONDON: City = ("London", "GB", 51.5072, -0.1276);
pub(super) const MANCHESTER: City = ("Manchester", "GB", 53.4808, -2.2426);
pub(super) const BIRMINGHAM: City = ("Birmingham", "GB", 52.4862, -1.8904);
pub(super) const AMSTERDAM: City = ("Amsterdam", "NL", 52.3676, 4.9041);
pub(super) const ROTTERDAM: City = ("Rotterdam", "NL", 51.9244, 4.4777);
pub(super) const EINDHOVEN: City = ("Eindhoven", "NL", 51.4416, 5.4697);

pub(super) fn location(c: City) -> Location {
    let country = CountryCode::parse(c.1).unwrap_or_else(|e| panic!("{}: {e}", c.0));
    Location::new(short(c.0), country, c.2, c.3).unwrap_or_else(|e| panic!("{}: {e}", c.0))
}
