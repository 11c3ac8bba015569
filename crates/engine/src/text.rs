//! Text analysis shared by indexing and querying: lower-cased word tokens, stop words dropped,
//! and every word stemmed with the Snowball stemmer of its text's language (English,
//! Norwegian, Swedish, Danish or Finnish, `rust-stemmers`), so "Restructurings" in a CV meets
//! "restructuring" in a situation analysis and "økonomisjefer" meets "økonomisjef".
//!
//! A text's language is read from its function words ("the", "og", "och", "af", "ja", ...,
//! within its first [`SNIFF_WORDS`] words). A text too short to tell (a title, a headline) is
//! stemmed word by word: a word with æ or ø as Norwegian, with ä or ö as Swedish, any other
//! as English. Indexing a million profiles runs this over a hundred million words, so the hot
//! path works in one reused buffer, and each language's stems are remembered per thread.

use std::cell::RefCell;
use std::sync::LazyLock;

use foldhash::{HashMap, HashMapExt, HashSet};
use rust_stemmers::{Algorithm, Stemmer};

/// Words too common in profiles and analyses to say anything (English and the Scandinavian
/// function words that appear in titles).
static STOP_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    [
        "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been",
        "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "during",
        "each", "for", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "more", "most", "must", "new", "no", "not", "now", "of", "on",
        "one", "or", "other", "our", "out", "over", "own", "she", "should", "so", "some", "such",
        "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "those",
        "through", "to", "two", "under", "up", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "will", "with", "within", "without", "would", "year", "years",
        "you", "og", "av", "för", "och", "til", "med", "af", "der", "det", "den", "en", "et",
        "ett", "som", "på",
    ]
    .into_iter()
    .collect()
});

/// The languages text is stemmed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Language {
    /// English.
    En,
    /// Norwegian (bokmål).
    Nb,
    /// Swedish.
    Sv,
    /// Danish.
    Da,
    /// Finnish.
    Fi,
}

impl Language {
    const ALL: [Language; 5] = [Self::En, Self::Nb, Self::Sv, Self::Da, Self::Fi];

    fn algorithm(self) -> Algorithm {
        match self {
            Self::En => Algorithm::English,
            Self::Nb => Algorithm::Norwegian,
            Self::Sv => Algorithm::Swedish,
            Self::Da => Algorithm::Danish,
            Self::Fi => Algorithm::Finnish,
        }
    }

    /// The words that say a text is in this language (and in few others).
    fn markers(self) -> &'static [&'static str] {
        match self {
            Self::En => &["the", "and", "of", "with", "was", "to", "in", "for", "as"],
            Self::Nb => &["og", "av", "ble", "etter", "ikke", "å", "til", "som", "med"],
            Self::Sv => &[
                "och", "är", "inte", "att", "från", "också", "för", "till", "ett",
            ],
            Self::Da => &[
                "og", "af", "blev", "efter", "ikke", "at", "til", "som", "med",
            ],
            Self::Fi => &["ja", "on", "että", "oli", "kanssa", "sekä", "joka", "tai"],
        }
    }
}

/// How many words of a text are read to tell its language.
pub const SNIFF_WORDS: usize = 200;

/// Fewer marker words than this and a text's language is not told (short texts).
const MIN_MARKERS: usize = 2;

static STEMMERS: LazyLock<[Stemmer; 5]> =
    LazyLock::new(|| Language::ALL.map(|l| Stemmer::create(l.algorithm())));

/// Stems remembered per language, so the Snowball rules run once per word form and thread.
const REMEMBERED: usize = 1 << 18;

thread_local! {
    static STEMS: RefCell<[HashMap<Box<str>, Box<str>>; 5]> =
        RefCell::new(std::array::from_fn(|_| HashMap::with_capacity(1024)));
}

/// The language of `text`, from its function words; `None` when it is too short to tell.
pub fn language_of(text: &str) -> Option<Language> {
    let mut counts = [0usize; 5];
    let mut buf = String::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(SNIFF_WORDS)
    {
        buf.clear();
        buf.extend(word.chars().flat_map(char::to_lowercase));
        for (i, language) in Language::ALL.iter().enumerate() {
            if language.markers().contains(&buf.as_str()) {
                counts[i] += 1;
            }
        }
    }
    let (best, count) = counts
        .iter()
        .enumerate()
        .max_by_key(|(i, n)| (**n, std::cmp::Reverse(*i)))
        .expect("five languages");
    (*count >= MIN_MARKERS).then_some(Language::ALL[best])
}

/// The language a lone word is stemmed in when its text's is not known.
fn language_of_word(word: &str) -> Language {
    if word.is_ascii() {
        Language::En
    } else if word.contains(['ä', 'ö']) {
        Language::Sv
    } else if word.contains(['æ', 'ø', 'å']) {
        Language::Nb
    } else {
        Language::En
    }
}

/// Calls `each` with every analysed term of `text`, in order, repeats included, reusing `buf`.
pub fn for_each_term(text: &str, buf: &mut String, mut each: impl FnMut(&str)) {
    for_each_word(text, buf, |_, term| each(term));
}

/// Calls `each` with every word of `text` that yields a term, and the term.
pub fn for_each_word<'t>(text: &'t str, buf: &mut String, mut each: impl FnMut(&'t str, &str)) {
    let language = language_of(text);
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.len() < 2 {
            continue;
        }
        buf.clear();
        if word.is_ascii() {
            buf.push_str(word);
            buf.make_ascii_lowercase();
        } else {
            buf.extend(word.chars().flat_map(char::to_lowercase));
        }
        if STOP_WORDS.contains(buf.as_str()) {
            continue;
        }
        stem(buf, language.unwrap_or_else(|| language_of_word(buf)));
        each(word, buf);
    }
}

/// Every analysed term of `text`, in order, repeats included.
pub fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_term(text, &mut String::new(), |t| out.push(t.to_owned()));
    out
}

/// Stems a lower-cased word in place with `language`'s Snowball stemmer. Words of three
/// letters or fewer (CFO, ERP, HR) and words with digits stay whole.
pub fn stem(word: &mut String, language: Language) {
    if word.chars().count() <= 3 || word.bytes().any(|b| b.is_ascii_digit()) {
        return;
    }
    STEMS.with(|stems| {
        let mut stems = stems.borrow_mut();
        let remembered = &mut stems[language as usize];
        if let Some(stem) = remembered.get(word.as_str()) {
            word.clear();
            word.push_str(stem);
            return;
        }
        let stemmed = STEMMERS[language as usize].stem(word).into_owned();
        if remembered.len() >= REMEMBERED {
            remembered.clear();
        }
        remembered.insert(word.as_str().into(), stemmed.as_str().into());
        *word = stemmed;
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_forms_meet() {
        assert_eq!(terms("Turnarounds"), terms("turnaround"));
        assert_eq!(terms("restructured"), terms("Restructuring"));
        assert_eq!(terms("restructure"), terms("restructuring"));
        assert_eq!(terms("companies"), terms("company"));
        assert_eq!(terms("økonomisjefer"), terms("økonomisjef"));
        assert_eq!(terms("försäljningschefen"), terms("försäljningschef"));
    }

    #[test]
    fn a_texts_language_comes_from_its_function_words() {
        assert_eq!(
            language_of("Led the turnaround of a plant with 400 staff"),
            Some(Language::En)
        );
        assert_eq!(
            language_of("Ledet snuoperasjonen og refinansieringen av konsernet"),
            Some(Language::Nb)
        );
        assert_eq!(
            language_of("Ledde omställningen och är van att arbeta med styrelser"),
            Some(Language::Sv)
        );
        assert_eq!(language_of("Økonomidirektør"), None);
        // In a Norwegian text, Norwegian endings go.
        assert_eq!(
            terms("prosjektene og avtalene av konsernet"),
            terms("prosjekt og avtale av konsern")
        );
    }

    #[test]
    fn stop_words_and_punctuation_go() {
        assert_eq!(terms("The CFO, and the plant."), vec!["cfo", "plant"]);
        assert_eq!(terms("Økonomidirektør i Ålesund").len(), 2);
    }
}
