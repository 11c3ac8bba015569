//! Languages as ISO 639-1 two-letter codes, and a person's level in each.

use serde::{Deserialize, Serialize};

use crate::invalid::{Invalid, Parsed};
use crate::vocabulary::Proficiency;

/// The ISO 639-1 codes with their English names (Library of Congress, ISO 639-2 registration
/// authority list of two-letter codes).
#[rustfmt::skip]
const ISO_639_1: &[(&str, &str)] = &[
    ("aa", "Afar"), ("ab", "Abkhazian"), ("ae", "Avestan"), ("af", "Afrikaans"), ("ak", "Akan"),
    ("am", "Amharic"), ("an", "Aragonese"), ("ar", "Arabic"), ("as", "Assamese"), ("av", "Avaric"),
    ("ay", "Aymara"), ("az", "Azerbaijani"), ("ba", "Bashkir"), ("be", "Belarusian"), ("bg", "Bulgarian"),
    ("bi", "Bislama"), ("bm", "Bambara"), ("bn", "Bengali"), ("bo", "Tibetan"), ("br", "Breton"),
    ("bs", "Bosnian"), ("ca", "Catalan"), ("ce", "Chechen"), ("ch", "Chamorro"), ("co", "Corsican"),
    ("cr", "Cree"), ("cs", "Czech"), ("cu", "Church Slavic"), ("cv", "Chuvash"), ("cy", "Welsh"),
    ("da", "Danish"), ("de", "German"), ("dv", "Divehi"), ("dz", "Dzongkha"), ("ee", "Ewe"),
    ("el", "Greek"), ("en", "English"), ("eo", "Esperanto"), ("es", "Spanish"), ("et", "Estonian"),
    ("eu", "Basque"), ("fa", "Persian"), ("ff", "Fulah"), ("fi", "Finnish"), ("fj", "Fijian"),
    ("fo", "Faroese"), ("fr", "French"), ("fy", "Western Frisian"), ("ga", "Irish"), ("gd", "Scottish Gaelic"),
    ("gl", "Galician"), ("gn", "Guarani"), ("gu", "Gujarati"), ("gv", "Manx"), ("ha", "Hausa"),
    ("he", "Hebrew"), ("hi", "Hindi"), ("ho", "Hiri Motu"), ("hr", "Croatian"), ("ht", "Haitian"),
    ("hu", "Hungarian"), ("hy", "Armenian"), ("hz", "Herero"), ("ia", "Interlingua"), ("id", "Indonesian"),
    ("ie", "Interlingue"), ("ig", "Igbo"), ("ii", "Sichuan Yi"), ("ik", "Inupiaq"), ("io", "Ido"),
    ("is", "Icelandic"), ("it", "Italian"), ("iu", "Inuktitut"), ("ja", "Japanese"), ("jv", "Javanese"),
    ("ka", "Georgian"), ("kg", "Kongo"), ("ki", "Kikuyu"), ("kj", "Kuanyama"), ("kk", "Kazakh"),
    ("kl", "Kalaallisut"), ("km", "Khmer"), ("kn", "Kannada"), ("ko", "Korean"), ("kr", "Kanuri"),
    ("ks", "Kashmiri"), ("ku", "Kurdish"), ("kv", "Komi"), ("kw", "Cornish"), ("ky", "Kirghiz"),
    ("la", "Latin"), ("lb", "Luxembourgish"), ("lg", "Ganda"), ("li", "Limburgan"), ("ln", "Lingala"),
    ("lo", "Lao"), ("lt", "Lithuanian"), ("lu", "Luba-Katanga"), ("lv", "Latvian"), ("mg", "Malagasy"),
    ("mh", "Marshallese"), ("mi", "Maori"), ("mk", "Macedonian"), ("ml", "Malayalam"), ("mn", "Mongolian"),
    ("mr", "Marathi"), ("ms", "Malay"), ("mt", "Maltese"), ("my", "Burmese"), ("na", "Nauru"),
    ("nb", "Norwegian Bokmål"), ("nd", "North Ndebele"), ("ne", "Nepali"), ("ng", "Ndonga"), ("nl", "Dutch"),
    ("nn", "Norwegian Nynorsk"), ("no", "Norwegian"), ("nr", "South Ndebele"), ("nv", "Navajo"), ("ny", "Chichewa"),
    ("oc", "Occitan"), ("oj", "Ojibwa"), ("om", "Oromo"), ("or", "Oriya"), ("os", "Ossetian"),
    ("pa", "Punjabi"), ("pi", "Pali"), ("pl", "Polish"), ("ps", "Pashto"), ("pt", "Portuguese"),
    ("qu", "Quechua"), ("rm", "Romansh"), ("rn", "Rundi"), ("ro", "Romanian"), ("ru", "Russian"),
    ("rw", "Kinyarwanda"), ("sa", "Sanskrit"), ("sc", "Sardinian"), ("sd", "Sindhi"), ("se", "Northern Sami"),
    ("sg", "Sango"), ("si", "Sinhala"), ("sk", "Slovak"), ("sl", "Slovenian"), ("sm", "Samoan"),
    ("sn", "Shona"), ("so", "Somali"), ("sq", "Albanian"), ("sr", "Serbian"), ("ss", "Swati"),
    ("st", "Southern Sotho"), ("su", "Sundanese"), ("sv", "Swedish"), ("sw", "Swahili"), ("ta", "Tamil"),
    ("te", "Telugu"), ("tg", "Tajik"), ("th", "Thai"), ("ti", "Tigrinya"), ("tk", "Turkmen"),
    ("tl", "Tagalog"), ("tn", "Tswana"), ("to", "Tonga"), ("tr", "Turkish"), ("ts", "Tsonga"),
    ("tt", "Tatar"), ("tw", "Twi"), ("ty", "Tahitian"), ("ug", "Uighur"), ("uk", "Ukrainian"),
    ("ur", "Urdu"), ("uz", "Uzbek"), ("ve", "Venda"), ("vi", "Vietnamese"), ("vo", "Volapük"),
    ("wa", "Walloon"), ("wo", "Wolof"), ("xh", "Xhosa"), ("yi", "Yiddish"), ("yo", "Yoruba"),
    ("za", "Zhuang"), ("zh", "Chinese"), ("zu", "Zulu"),
];

/// A language, by its ISO 639-1 code. Norwegian Bokmål and Nynorsk are read as Norwegian, since
/// a client asking for Norwegian accepts either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Language(u16);

impl Language {
    /// Reads a two-letter code (`no`, `SV`) or an English name (`Swedish`).
    pub fn parse(input: &str) -> Parsed<Self> {
        let wanted = input.trim();
        let code = match wanted.to_ascii_lowercase().as_str() {
            "nb" | "nn" => "no".to_owned(),
            other => other.to_owned(),
        };
        ISO_639_1
            .iter()
            .position(|(c, name)| *c == code || name.eq_ignore_ascii_case(wanted))
            .map(|i| Language(i as u16))
            .ok_or_else(|| {
                Invalid::new(
                    "",
                    format!("'{wanted}' is not an ISO 639-1 language code; write two letters such as no, sv, en"),
                )
            })
    }

    /// The two-letter code.
    pub fn code(self) -> &'static str {
        ISO_639_1[usize::from(self.0)].0
    }

    /// The English name.
    pub fn name(self) -> &'static str {
        ISO_639_1[usize::from(self.0)].1
    }

    /// A small dense number for this language, for compact tables.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// How many languages there are.
    pub const COUNT: usize = ISO_639_1.len();
}

impl std::fmt::Display for Language {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl From<Language> for String {
    fn from(value: Language) -> String {
        value.code().to_owned()
    }
}

impl TryFrom<String> for Language {
    type Error = Invalid;
    fn try_from(value: String) -> Parsed<Self> {
        Self::parse(&value)
    }
}

/// A language a person speaks, and how well.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct LanguageSkill {
    /// The language.
    pub language: Language,
    /// The level.
    pub level: Proficiency,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_codes_names_and_norwegian_variants() {
        assert_eq!(Language::parse("sv").expect("valid").name(), "Swedish");
        assert_eq!(Language::parse("German").expect("valid").code(), "de");
        assert_eq!(Language::parse("nb").expect("valid").code(), "no");
        assert!(Language::parse("xx").is_err());
        assert!(Language::parse("").is_err());
    }

    #[test]
    fn codes_are_sorted_and_unique() {
        assert!(ISO_639_1.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
