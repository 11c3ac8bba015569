//! Cities Interim knows by name, with coordinates, so a mandate's location can be typed as a
//! city and still be placed on the map for distance scoring.

/// A city: name, ISO country code, latitude, longitude, and how many candidates live there
/// relative to the others of its country.
pub type City = (&'static str, &'static str, f64, f64, u32);

/// Cities with coordinates (city centres, WGS 84).
pub const CITIES: &[City] = &[
    ("Oslo", "NO", 59.9139, 10.7522, 40),
    ("Bergen", "NO", 60.3913, 5.3221, 12),
    ("Trondheim", "NO", 63.4305, 10.3951, 10),
    ("Stavanger", "NO", 58.9700, 5.7331, 10),
    ("Kristiansand", "NO", 58.1467, 7.9956, 5),
    ("Drammen", "NO", 59.7439, 10.2045, 5),
    ("Fredrikstad", "NO", 59.2181, 10.9298, 4),
    ("Tromsø", "NO", 69.6492, 18.9553, 3),
    ("Ålesund", "NO", 62.4722, 6.1495, 3),
    ("Bodø", "NO", 67.2804, 14.4049, 2),
    ("Hamar", "NO", 60.7945, 11.0680, 2),
    ("Sandefjord", "NO", 59.1313, 10.2166, 2),
    ("Haugesund", "NO", 59.4138, 5.2680, 2),
    ("Molde", "NO", 62.7375, 7.1591, 1),
    ("Stockholm", "SE", 59.3293, 18.0686, 40),
    ("Göteborg", "SE", 57.7089, 11.9746, 18),
    ("Malmö", "SE", 55.6050, 13.0038, 12),
    ("Uppsala", "SE", 59.8586, 17.6389, 5),
    ("Linköping", "SE", 58.4108, 15.6214, 4),
    ("Västerås", "SE", 59.6099, 16.5448, 4),
    ("Örebro", "SE", 59.2753, 15.2134, 4),
    ("København", "DK", 55.6761, 12.5683, 40),
    ("Aarhus", "DK", 56.1629, 10.2039, 15),
    ("Odense", "DK", 55.4038, 10.4024, 8),
    ("Aalborg", "DK", 57.0488, 9.9217, 6),
    ("Helsinki", "FI", 60.1699, 24.9384, 30),
    ("Tampere", "FI", 61.4978, 23.7610, 8),
    ("Turku", "FI", 60.4518, 22.2666, 6),
    ("Hamburg", "DE", 53.5511, 9.9937, 20),
    ("Berlin", "DE", 52.5200, 13.4050, 20),
    ("München", "DE", 48.1351, 11.5820, 20),
    ("Düsseldorf", "DE", 51.2277, 6.7735, 12),
    ("London", "GB", 51.5072, -0.1276, 40),
    ("Manchester", "GB", 53.4808, -2.2426, 10),
    ("Amsterdam", "NL", 52.3676, 4.9041, 20),
    ("Rotterdam", "NL", 51.9244, 4.4777, 10),
];

/// The city of that name (case and surrounding space ignored), in `country` when given.
pub fn find(name: &str, country: Option<&str>) -> Option<&'static City> {
    let name = name.trim();
    CITIES.iter().find(|c| {
        c.0.eq_ignore_ascii_case(name) && country.is_none_or(|k| c.1.eq_ignore_ascii_case(k.trim()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cities_are_found_by_name_and_country() {
        let oslo = find(" oslo ", None).expect("Oslo is known");
        assert_eq!(oslo.1, "NO");
        assert!(find("Oslo", Some("SE")).is_none());
        assert!(find("Atlantis", None).is_none());
    }
}
