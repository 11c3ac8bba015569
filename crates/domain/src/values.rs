//! Small validated values shared by many records: text, names, e-mail addresses, money,
//! places, periods and ratings.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::invalid::{Invalid, Parsed};
use crate::vocabulary::Currency;

/// Declares a trimmed text newtype with a length range.
macro_rules! text_type {
    ($(#[$doc:meta])* $name:ident, $min:expr, $max:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// The shortest length accepted, in characters.
            pub const MIN: usize = $min;
            /// The longest length accepted, in characters.
            pub const MAX: usize = $max;

            /// Trims the input and checks its length.
            #[allow(unused_comparisons, reason = "the minimum is 0 for some texts")]
            pub fn parse(input: &str) -> Parsed<Self> {
                let text = input.trim();
                let len = text.chars().count();
                if len < $min {
                    return Err(Invalid::new("", if $min == 1 {
                        "is required; it cannot be empty".to_owned()
                    } else {
                        format!("must be at least {} characters", $min)
                    }));
                }
                if len > $max {
                    return Err(Invalid::new("", format!("is {len} characters; at most {} are allowed", $max)));
                }
                if text.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
                    return Err(Invalid::new("", "contains control characters"));
                }
                Ok(Self(text.to_owned()))
            }

            /// The text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<$name> for String {
            fn from(value: $name) -> String {
                value.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = Invalid;
            fn try_from(value: String) -> Parsed<Self> {
                Self::parse(&value)
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }
    };
}

text_type!(
    /// A one-line text such as a title, a company name or a city: 1 to 200 characters.
    ShortText, 1, 200
);
text_type!(
    /// A free text such as a summary or an analysis: up to 20,000 characters, may be empty.
    LongText, 0, 20_000
);
text_type!(
    /// A free text that must be written: 1 to 20,000 characters (evidence, reasons, rationales).
    RequiredText, 1, 20_000
);
text_type!(
    /// A person's full name: 2 to 120 characters.
    PersonName, 2, 120
);

impl LongText {
    /// The empty text.
    pub fn empty() -> Self {
        Self(String::new())
    }

    /// Whether nothing was written.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// An e-mail address, lower-cased. Only the shape is checked (one `@`, a dot in the domain, no
/// spaces); whether it receives mail is for a confirmation mail to find out.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct EmailAddress(String);

impl EmailAddress {
    /// Checks the shape and lower-cases.
    pub fn parse(input: &str) -> Parsed<Self> {
        let text = input.trim().to_lowercase();
        let refuse = || {
            Invalid::new(
                "",
                format!(
                    "'{}' is not an e-mail address such as name@company.no",
                    input.trim()
                ),
            )
        };
        if text.len() > 254 || text.chars().any(char::is_whitespace) {
            return Err(refuse());
        }
        let (local, domain) = text.split_once('@').ok_or_else(refuse)?;
        if local.is_empty()
            || domain.contains('@')
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
        {
            return Err(refuse());
        }
        Ok(Self(text))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for EmailAddress {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<EmailAddress> for String {
    fn from(value: EmailAddress) -> String {
        value.0
    }
}

impl TryFrom<String> for EmailAddress {
    type Error = Invalid;
    fn try_from(value: String) -> Parsed<Self> {
        Self::parse(&value)
    }
}

/// An amount of money in whole currency units (day rates are quoted in whole kroner).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Money {
    /// Whole units, never negative.
    pub amount: u32,
    /// The currency.
    pub currency: Currency,
}

impl Money {
    /// The largest day rate accepted, to catch a misplaced zero.
    pub const MAX_DAY_RATE: u32 = 1_000_000;

    /// A day rate from a signed amount, refusing negative and absurd values.
    pub fn day_rate(amount: i64, currency: Currency) -> Parsed<Self> {
        if amount < 0 {
            return Err(Invalid::new(
                "",
                format!("{amount} is negative; a day rate is zero or more"),
            ));
        }
        if amount > i64::from(Self::MAX_DAY_RATE) {
            return Err(Invalid::new(
                "",
                format!(
                    "{amount} is above {} per day; check the amount",
                    Self::MAX_DAY_RATE
                ),
            ));
        }
        Ok(Self {
            amount: amount as u32,
            currency,
        })
    }

    /// Norwegian kroner.
    pub fn nok(amount: u32) -> Self {
        Self {
            amount,
            currency: Currency::Nok,
        }
    }
}

impl std::fmt::Display for Money {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {}", self.currency.code(), self.amount)
    }
}

/// A place with coordinates: a city, its ISO 3166-1 alpha-2 country, latitude and longitude.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// The city or town.
    pub city: ShortText,
    /// ISO 3166-1 alpha-2 country code, upper case.
    pub country: CountryCode,
    /// Degrees north, -90 to 90.
    pub lat: f64,
    /// Degrees east, -180 to 180.
    pub lon: f64,
}

impl Location {
    /// Checks the coordinates.
    pub fn new(city: ShortText, country: CountryCode, lat: f64, lon: f64) -> Parsed<Self> {
        if !(-90.0..=90.0).contains(&lat) {
            return Err(Invalid::new(
                "lat",
                format!("{lat} is outside -90 to 90 degrees"),
            ));
        }
        if !(-180.0..=180.0).contains(&lon) {
            return Err(Invalid::new(
                "lon",
                format!("{lon} is outside -180 to 180 degrees"),
            ));
        }
        Ok(Self {
            city,
            country,
            lat,
            lon,
        })
    }

    /// Great-circle distance in kilometres (haversine, mean Earth radius 6,371 km).
    pub fn distance_km(&self, other: &Location) -> f64 {
        distance_km(self.lat, self.lon, other.lat, other.lon)
    }
}

/// Great-circle distance in kilometres between two coordinates (haversine).
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().asin()
}

/// An ISO 3166-1 alpha-2 country code (shape checked: two ASCII letters, stored upper case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Reads two letters.
    pub fn parse(input: &str) -> Parsed<Self> {
        let t = input.trim().to_ascii_uppercase();
        match t.as_bytes() {
            [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => Ok(Self([*a, *b])),
            _ => Err(Invalid::new(
                "",
                format!(
                    "'{}' is not a two-letter country code such as NO",
                    input.trim()
                ),
            )),
        }
    }

    /// The code.
    pub fn as_str(&self) -> &str {
        // Both bytes are ASCII upper-case letters by construction.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

impl std::fmt::Display for CountryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl From<CountryCode> for String {
    fn from(value: CountryCode) -> String {
        value.as_str().to_owned()
    }
}

impl TryFrom<String> for CountryCode {
    type Error = Invalid;
    fn try_from(value: String) -> Parsed<Self> {
        Self::parse(&value)
    }
}

/// A closed span of days, first and last day included.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Period {
    start: NaiveDate,
    end: NaiveDate,
}

impl Period {
    /// A period; refused when it ends before it starts.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Parsed<Self> {
        if end < start {
            return Err(Invalid::new(
                "end",
                format!("ends on {end}, before it starts on {start}"),
            ));
        }
        Ok(Self { start, end })
    }

    /// A period of `days` days (at least one) from `start`.
    pub fn of_days(start: NaiveDate, days: u32) -> Self {
        let end = start + chrono::Duration::days(i64::from(days.max(1)) - 1);
        Self { start, end }
    }

    /// The first day.
    pub fn start(&self) -> NaiveDate {
        self.start
    }

    /// The last day.
    pub fn end(&self) -> NaiveDate {
        self.end
    }

    /// Whether the two periods share at least one day.
    pub fn overlaps(&self, other: &Period) -> bool {
        self.start <= other.end && other.start <= self.end
    }

    /// Whether the day falls inside.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }

    /// Number of days, both ends included.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }
}

/// A score from 1 to 5 (trait scores, client ratings).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "i64", into = "u8")]
pub struct Rating(u8);

impl Rating {
    /// Reads 1 to 5.
    pub fn parse(value: i64) -> Parsed<Self> {
        if (1..=5).contains(&value) {
            Ok(Self(value as u8))
        } else {
            Err(Invalid::new(
                "",
                format!("{value} is outside the scale; give a score from 1 to 5"),
            ))
        }
    }

    /// The score.
    pub fn get(self) -> u8 {
        self.0
    }
}

impl From<Rating> for u8 {
    fn from(value: Rating) -> u8 {
        value.0
    }
}

impl TryFrom<i64> for Rating {
    type Error = Invalid;
    fn try_from(value: i64) -> Parsed<Self> {
        Self::parse(value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_trimmed_and_bounded() {
        assert_eq!(ShortText::parse("  CFO  ").expect("valid").as_str(), "CFO");
        assert!(ShortText::parse("   ").is_err());
        assert!(ShortText::parse(&"x".repeat(201)).is_err());
        assert!(LongText::parse("").is_ok());
        assert!(RequiredText::parse(" ").is_err());
        assert!(PersonName::parse("A").is_err());
    }

    #[test]
    fn email_shape() {
        assert_eq!(
            EmailAddress::parse(" Kari@Firma.NO ")
                .expect("valid")
                .as_str(),
            "kari@firma.no"
        );
        for bad in [
            "kari",
            "kari@",
            "@firma.no",
            "kari@firma",
            "ka ri@firma.no",
            "a@b@c.no",
        ] {
            assert!(EmailAddress::parse(bad).is_err(), "{bad} accepted");
        }
    }

    #[test]
    fn money_refuses_negative_and_absurd() {
        assert!(Money::day_rate(-1, Currency::Nok).is_err());
        assert!(Money::day_rate(10_000_000, Currency::Nok).is_err());
        assert_eq!(
            Money::day_rate(12_500, Currency::Nok)
                .expect("valid")
                .amount,
            12_500
        );
    }

    #[test]
    fn periods_overlap_and_refuse_reversal() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date");
        let a = Period::new(d("2026-01-01"), d("2026-03-31")).expect("valid");
        let b = Period::new(d("2026-03-31"), d("2026-06-30")).expect("valid");
        let c = Period::new(d("2026-04-01"), d("2026-06-30")).expect("valid");
        assert!(a.overlaps(&b));
        assert!(!a.overlaps(&c));
        assert_eq!(a.days(), 90);
        assert!(Period::new(d("2026-02-01"), d("2026-01-31")).is_err());
    }

    #[test]
    fn oslo_to_bergen_is_about_300_km() {
        let km = distance_km(59.9139, 10.7522, 60.3913, 5.3221);
        assert!((300.0..310.0).contains(&km), "{km}");
    }

    #[test]
    fn ratings_are_one_to_five() {
        assert!(Rating::parse(0).is_err());
        assert!(Rating::parse(6).is_err());
        assert_eq!(Rating::parse(5).expect("valid").get(), 5);
    }
}
