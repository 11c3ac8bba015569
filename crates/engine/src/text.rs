//! Text analysis shared by indexing and querying: lower-cased word tokens, stop words dropped,
//! a light English stemmer, so "Restructurings" in a CV meets "restructuring" in a situation
//! analysis. Indexing a million profiles runs this over a hundred million words, so the hot
//! path works in one reused buffer.

use std::sync::LazyLock;

use foldhash::HashSet;

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

/// Calls `each` with every analysed term of `text`, in order, repeats included, reusing `buf`.
pub fn for_each_term(text: &str, buf: &mut String, mut each: impl FnMut(&str)) {
    for_each_word(text, buf, |_, term| each(term));
}

/// Calls `each` with every word of `text` that yields a term, and the term.
pub fn for_each_word<'t>(text: &'t str, buf: &mut String, mut each: impl FnMut(&'t str, &str)) {
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
        stem(buf);
        each(word, buf);
    }
}

/// Every analysed term of `text`, in order, repeats included.
pub fn terms(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_term(text, &mut String::new(), |t| out.push(t.to_owned()));
    out
}

/// A light English stemmer: plurals and the -ing/-ed/-e endings, never below four letters, so
/// that "turnarounds" meets "turnaround" and "restructured" meets "restructuring", without
/// the over-stemming of a full Porter stemmer ("operations" and "operational" stay apart).
/// Words with letters outside ASCII (Scandinavian titles) are left whole.
pub fn stem(word: &mut String) {
    if word.len() <= 4 || !word.is_ascii() {
        return;
    }
    if word.ends_with("ies") {
        word.truncate(word.len() - 3);
        word.push('y');
    } else if word.ends_with("sses") || word.ends_with("xes") || word.ends_with("ches") {
        word.truncate(word.len() - 2);
    } else if word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        word.pop();
    } else if word.ends_with("ing") && word.len() >= 7 {
        word.truncate(word.len() - 3);
    } else if word.ends_with("ed") && word.len() >= 6 {
        word.truncate(word.len() - 2);
    }
    if word.ends_with('e') && word.len() > 5 {
        word.pop();
    }
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
        assert_ne!(terms("operations"), terms("operational"));
    }

    #[test]
    fn stop_words_and_punctuation_go() {
        assert_eq!(terms("The CFO, and the plant."), vec!["cfo", "plant"]);
        assert_eq!(
            terms("Økonomidirektør i Ålesund"),
            vec!["økonomidirektør", "ålesund"]
        );
    }
}
