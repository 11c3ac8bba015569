//! The title normaliser: a job title as people write it, in English, Norwegian (bokmål),
//! Swedish or Danish, to the ESCO occupations it names, ranked, each with a confidence in
//! 0..1 and the label it matched.
//!
//! Both the query and every ESCO label go through the same analysis, per language:
//! - lower case, and the letters people leave off folded (`é` → `e`, `ø` → `o`, `ä` → `a`), so
//!   "okonomisjef" meets "økonomisjef";
//! - words split at everything that is not a letter or digit (`/`, `,`, `&`, `-`, `.`);
//! - words that say a post is held for a while (interim, acting, konstituert, fungerende,
//!   tf.) or how senior it is (senior, junior) dropped, with the small words (of, for, og,
//!   och, i);
//! - the words for "the one in charge" (head, chief, manager, director, sjef, leder,
//!   direktør, chef, ansvarig, in their plural and definite forms) taken as one head word,
//!   also at the end of a compound: "økonomisjef" is økonomi + head, "ekonomichef" ekonomi +
//!   head, "innkjøpsdirektør" innkjøp + head (the linking s dropped);
//! - every other word stemmed with the language's Snowball stemmer ("personalsjefer" →
//!   personal + head).
//!
//! A title's words also go through two steps labels do not: a compound no label has is split
//! into two words labels do have ("konserncontroller" → konsern + controller, the front
//! counting half), and in English a chef is a cook, not a head.
//!
//! A label and a query are compared by weighted overlap: each word counts by how rare it is
//! among all labels (the head word little, a word no label has little: a place, a firm), and
//! the confidence is the weight of the words they share over the weight of all their words;
//! a query that analyses to exactly a label scores 1, a label without a head word for a title
//! with one counts at 0.85. The title is also read with its abbreviations (CFO, HR, IKT, VD,
//! HMS, R&D, ...) written out, each meaning in turn, at 0.98, and without what only places it
//! ("– Nordic region", "(Gothenburg)", "ved anlegget på Raufoss") at 0.88. A title with
//! several parts ("CFO/COO", "økonomi- og personalsjef") is also matched part by part, a
//! part's matches counting slightly less than the whole's.

use std::collections::HashMap;
use std::sync::LazyLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::esco::{LabelLanguage, Occupation, esco};
use crate::roles::RoleId;

/// The head word every word for "the one in charge" becomes.
const HEAD: &str = "@head";

/// Words for the one in charge, folded, in their base form.
const HEAD_WORDS: &[&str] = &[
    "head",
    "chief",
    "manager",
    "director",
    "sjef",
    "leder",
    "lederen",
    "direktor",
    "chef",
    "ansvarig",
    "ansvarlig",
    "boss",
];

/// Endings the head words take in plural and definite forms (folded).
const HEAD_ENDINGS: &[&str] = &[
    "", "s", "e", "en", "er", "ere", "erne", "ene", "ne", "ar", "arna", "arne", "or", "erna",
];

/// Words that say a post is held for a while or how senior it is, and the small words:
/// dropped (folded).
const DROPPED: &[&str] = &[
    "interim",
    "acting",
    "temporary",
    "konstituert",
    "konstitueret",
    "konst",
    "kst",
    "fungerende",
    "fung",
    "tf",
    "tillforordnad",
    "tilforordnet",
    "vikarierende",
    "vikarierande",
    "interimistisk",
    "midlertidig",
    "senior",
    "junior",
    "of",
    "for",
    "the",
    "and",
    "or",
    "og",
    "och",
    "eller",
    "samt",
    "i",
    "in",
    "av",
    "til",
    "till",
    "med",
    "at",
    "a",
    "an",
    "de",
    "den",
    "det",
    "en",
    "et",
    "ett",
    "pa",
];

/// Abbreviations and the titles they stand for: a title that uses one is also read with
/// each of them written out ("Deputy CEO" as "Deputy chief executive officer").
const ABBREVIATIONS: &[(&str, &[&str])] = &[
    (
        "ceo",
        &["chief executive officer", "administrerende direktør"],
    ),
    ("md", &["managing director", "administrerende direktør"]),
    ("gm", &["general manager"]),
    ("cfo", &["chief financial officer", "økonomidirektør"]),
    ("coo", &["chief operating officer", "driftsdirektør"]),
    ("cto", &["chief technology officer", "teknologidirektør"]),
    ("cio", &["chief information officer", "IT-direktør"]),
    ("cdo", &["chief data officer", "chief digital officer"]),
    ("cmo", &["chief marketing officer", "markedsdirektør"]),
    ("cpo", &["chief procurement officer", "innkjøpsdirektør"]),
    ("cco", &["chief commercial officer", "commercial director"]),
    ("cro", &["chief risk officer", "risk manager"]),
    ("chro", &["chief human resources officer", "HR-direktør"]),
    (
        "ciso",
        &["chief information security officer", "ICT security manager"],
    ),
    ("hr", &["human resources", "personal"]),
    ("it", &["ICT", "IT"]),
    ("ikt", &["ICT", "IT"]),
    ("ict", &["IT", "ICT"]),
    ("vd", &["verkställande direktör"]),
    (
        "vvd",
        &[
            "vice verkställande direktör",
            "deputy chief executive officer",
        ],
    ),
    ("adm", &["administrerende"]),
    ("dir", &["direktør"]),
    ("hse", &["health, safety and environmental", "HMS"]),
    ("ehs", &["health, safety and environmental", "HMS"]),
    (
        "hms",
        &[
            "helse, miljø og sikkerhet",
            "health, safety and environmental",
        ],
    ),
    ("qa", &["quality assurance", "quality"]),
    ("qhse", &["quality, health, safety and environmental"]),
    (
        "fou",
        &["forskning og utvikling", "research and development"],
    ),
    ("vp", &["vice president", "director"]),
    ("svp", &["senior vice president", "director"]),
    ("evp", &["executive vice president", "director"]),
];

/// Abbreviations written with marks inside, written out before anything else.
const MARKED_ABBREVIATIONS: &[(&str, &str)] = &[
    ("r&d", "research and development"),
    ("r & d", "research and development"),
    ("qa/qc", "quality"),
    ("p&c", "people and culture"),
];

/// Words that start what only places a title (where, in which firm): "Plant manager ved
/// anlegget på Raufoss", "Socialchef i Gävle kommun" (folded).
const PLACING_WORDS: &[&str] = &["ved", "hos", "pa", "i", "at", "vid", "inom", "within"];

/// Marks that start what only places or qualifies a title: "Finance Director – Nordic
/// region", "Plant Manager (Gothenburg)", "Head of Finance, Nordics".
const PLACING_MARKS: &[&str] = &[" – ", " — ", " - ", "(", ", ", ": "];

/// A word's weight when no label has it: a place, a firm, a word of the ad; it counts
/// little against a label.
const UNKNOWN_WORD: f32 = 0.35;

/// A title with a head word ("-sjef", "director") matched by a label without one counts
/// at this share: a manager's title names a manager's occupation.
const HEADLESS_LABEL: f32 = 0.85;

/// A compound's front that only modifies its back ("konsern" in "konserncontroller")
/// counts at this share of its weight.
const MODIFIER: f32 = 0.5;

/// The share a reading of the title with its abbreviations written out counts at beside
/// the title as written.
const WRITTEN_OUT: f32 = 0.98;

/// The share a reading of the title without what places it counts at: less, since the
/// place may say which occupation it is ("Rektor ved NTNU").
const UNPLACED: f32 = 0.88;

/// Characters and words that part a title into roles held together.
const PART_WORDS: &[&str] = &["og", "och", "and", "samt", "&"];

/// The characters that part a title's roles.
const PART_MARKS: [char; 7] = ['/', ',', '&', '+', ';', '|', ' '];

/// Lower case with the letters people often leave off folded to the plain ones.
pub(crate) fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        match c {
            'æ' | 'ä' => out.push_str(if c == 'æ' { "ae" } else { "a" }),
            'ø' | 'ö' | 'ó' | 'ò' | 'ô' => out.push('o'),
            'å' | 'á' | 'à' | 'â' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'ü' | 'ú' | 'ù' | 'û' => out.push('u'),
            'í' | 'ì' | 'î' | 'ï' => out.push('i'),
            'ç' => out.push('c'),
            _ => out.push(c),
        }
    }
    out
}

/// The base of a head word `word` is a form of, if it is one.
fn is_head(word: &str) -> bool {
    HEAD_WORDS.iter().any(|base| {
        word.strip_prefix(base)
            .is_some_and(|ending| HEAD_ENDINGS.contains(&ending))
    })
}

/// A compound ending in a head word, split: "okonomisjef" → ("okonomi", true).
fn split_head(word: &str) -> Option<&str> {
    for base in HEAD_WORDS {
        for ending in HEAD_ENDINGS {
            let tail_len = base.len() + ending.len();
            if word.len() < tail_len + 3
                || !word.ends_with(ending)
                || !word.is_char_boundary(word.len() - tail_len)
            {
                continue;
            }
            let (front, tail) = word.split_at(word.len() - tail_len);
            if tail.starts_with(base) {
                // A linking s (innkjøps-sjef, försäljnings-chef) belongs to neither word.
                let front = match front.strip_suffix('s') {
                    Some(f) if f.len() >= 4 => f,
                    _ => front,
                };
                return Some(front);
            }
        }
    }
    None
}

/// The stemmers, one per label language.
static STEMMERS: LazyLock<[Stemmer; 4]> = LazyLock::new(|| {
    LabelLanguage::ALL.map(|l| {
        Stemmer::create(match l {
            LabelLanguage::En => Algorithm::English,
            LabelLanguage::Nb => Algorithm::Norwegian,
            LabelLanguage::Sv => Algorithm::Swedish,
            LabelLanguage::Da => Algorithm::Danish,
        })
    })
});

/// The analysed words of a label's `text` in `language`.
fn analyse(text: &str, language: LabelLanguage) -> Vec<String> {
    analyse_with(text, language, false).0
}

/// The analysed words of a title's `text` in `language`: as a label's, and a compound no
/// label has split into two words labels do have ("konserncontroller" → konsern +
/// controller, "chefjurist" → head + jurist, "bolagsjurist" → bolag + jurist). With the
/// words that only modify the word after them in such a compound (konsern): they count
/// for less, since the back of a compound says what it is.
fn analyse_title(text: &str, language: LabelLanguage) -> (Vec<String>, Vec<String>) {
    analyse_with(text, language, true)
}

fn analyse_with(
    text: &str,
    language: LabelLanguage,
    decompose: bool,
) -> (Vec<String>, Vec<String>) {
    let stemmer = &STEMMERS[language as usize];
    let folded = fold(text);
    let mut out = Vec::new();
    let mut modifiers = Vec::new();
    let mut push_word = |word: &str, out: &mut Vec<String>| {
        let stem = stemmer.stem(word).into_owned();
        if decompose
            && !known(language, &stem)
            && let Some((front, back)) = split_compound(word, language)
        {
            if back != HEAD {
                modifiers.push(front.clone());
            }
            out.extend([front, back]);
            return;
        }
        out.push(stem);
    };
    for word in folded.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() || DROPPED.contains(&word) || (word.len() < 2 && !word.is_empty()) {
            continue;
        }
        // In English a chef cooks.
        let cook = language == LabelLanguage::En && word.starts_with("chef");
        if is_head(word) && !cook {
            out.push(HEAD.to_owned());
        } else if cook {
            push_word(word, &mut out);
        } else if let Some(front) = split_head(word) {
            push_word(front, &mut out);
            out.push(HEAD.to_owned());
        } else {
            push_word(word, &mut out);
        }
    }
    out.sort();
    out.dedup();
    (out, modifiers)
}

/// Whether some label in `language` has the analysed word `stem`.
fn known(language: LabelLanguage, stem: &str) -> bool {
    LABELS.by_word.contains_key(&(language, stem.to_owned()))
}

/// A folded word as two words labels have, front and back, the front as long as it can be
/// (a linking s or e dropped); a head word counts as known on either side.
fn split_compound(word: &str, language: LabelLanguage) -> Option<(String, String)> {
    const SHORTEST: usize = 3;
    let stemmer = &STEMMERS[language as usize];
    let analysed = |part: &str| -> Option<String> {
        if is_head(part) {
            return Some(HEAD.to_owned());
        }
        let stem = stemmer.stem(part).into_owned();
        known(language, &stem).then_some(stem)
    };
    let cuts = word
        .char_indices()
        .map(|(i, _)| i)
        .filter(|i| *i >= SHORTEST && word.len() - i >= SHORTEST)
        .rev();
    for cut in cuts {
        let (front, back) = word.split_at(cut);
        let Some(back) = analysed(back) else {
            continue;
        };
        let linked = [front.strip_suffix('s'), front.strip_suffix('e')];
        let front = std::iter::once(front)
            .chain(linked.into_iter().flatten().filter(|f| f.len() >= SHORTEST))
            .find_map(analysed);
        if let Some(front) = front {
            return Some((front, back));
        }
    }
    None
}

/// One ESCO label, analysed.
#[derive(Debug)]
struct Label {
    occupation: usize,
    text: &'static str,
    /// The label folded, for telling a title written exactly so.
    folded: String,
    language: LabelLanguage,
    /// The occupation's preferred label in its language.
    preferred: bool,
    /// A title or synonym of the catalogue's role filed under the occupation: the overlay
    /// that files "HR director" under the HR manager, not ESCO's HR officer.
    curated: bool,
    words: Vec<String>,
    /// The weight of all its words.
    weight: f32,
}

/// Every label of every occupation, with the words that find them (per language) and how
/// rare each word is.
#[derive(Debug)]
struct Labels {
    labels: Vec<Label>,
    by_word: HashMap<(LabelLanguage, String), Vec<usize>>,
    by_words: HashMap<(LabelLanguage, Vec<String>), Vec<usize>>,
    weight: HashMap<String, f32>,
}

static LABELS: LazyLock<Labels> = LazyLock::new(|| {
    let mut labels = Vec::new();
    for (i, occupation) in esco().occupations().iter().enumerate() {
        for language in LabelLanguage::ALL {
            for (rank, text) in occupation.labels(language).iter().enumerate() {
                let words = analyse(text, language);
                if !words.is_empty() {
                    labels.push(Label {
                        occupation: i,
                        text,
                        folded: fold(text),
                        language,
                        preferred: rank == 0,
                        curated: false,
                        words,
                        weight: 0.0,
                    });
                }
            }
        }
    }
    for role in RoleId::all() {
        let info = role.info();
        for text in std::iter::once(&info.title).chain(info.synonyms) {
            for language in LabelLanguage::ALL {
                let words = analyse(text, language);
                if !words.is_empty() {
                    labels.push(Label {
                        occupation: role.occupation().index(),
                        text,
                        folded: fold(text),
                        language,
                        preferred: false,
                        curated: true,
                        words,
                        weight: 0.0,
                    });
                }
            }
        }
    }
    let mut by_word: HashMap<(LabelLanguage, String), Vec<usize>> = HashMap::new();
    let mut by_words: HashMap<(LabelLanguage, Vec<String>), Vec<usize>> = HashMap::new();
    let mut found_in: HashMap<String, usize> = HashMap::new();
    for (i, label) in labels.iter().enumerate() {
        for word in &label.words {
            by_word
                .entry((label.language, word.clone()))
                .or_default()
                .push(i);
            *found_in.entry(word.clone()).or_default() += 1;
        }
        by_words
            .entry((label.language, label.words.clone()))
            .or_default()
            .push(i);
    }
    let total = labels.len() as f32;
    let weight: HashMap<String, f32> = found_in
        .into_iter()
        .map(|(word, n)| {
            let idf = (1.0 + total / n as f32).ln();
            let w = if word == HEAD { idf * 0.5 } else { idf };
            (word, w)
        })
        .collect();
    for label in &mut labels {
        label.weight = label.words.iter().map(|w| weight[w]).sum();
    }
    Labels {
        labels,
        by_word,
        by_words,
        weight,
    }
});

/// One occupation a title names.
#[derive(Debug, Clone, PartialEq)]
pub struct TitleMatch {
    /// The occupation.
    pub occupation: &'static Occupation,
    /// The label that matched best.
    pub matched_label: &'static str,
    /// That label's language.
    pub language: LabelLanguage,
    /// How sure, in 0..1: 1 when the title is one of the occupation's labels.
    pub confidence: f32,
}

/// The ESCO occupations `title` names, best first, at most `limit`.
pub fn normalise(title: &str, limit: usize) -> Vec<TitleMatch> {
    let mut best: HashMap<usize, Best> = HashMap::new();
    let title = written_out(title);
    // A title that names a head ("-direktør") asks for a manager in every part and reading.
    let wants_head = LabelLanguage::ALL
        .iter()
        .any(|l| analyse(&title, *l).iter().any(|w| w == HEAD));
    let mut consider = |text: &str, discount: f32| {
        for (occupation, found) in scores(text, wants_head) {
            let score = found.score * discount;
            let entry = best
                .entry(occupation)
                .or_insert_with(|| Best::new(score, found.label));
            entry.offer(score, found.label);
            entry.curated |= found.curated && entry.score == score;
        }
    };
    consider(&title, 1.0);
    for (reading, share) in readings(&title) {
        consider(&reading, share);
    }
    let parts = parts_of(&title);
    if parts.len() > 1 {
        for part in &parts {
            consider(part, 0.9);
            for (reading, share) in readings(part) {
                consider(&reading, 0.9 * share);
            }
        }
    }
    let labels = &LABELS.labels;
    let occupations = esco().occupations();
    let mut ranked: Vec<(f32, usize, usize, bool)> = best
        .into_iter()
        .map(|(occupation, b)| (b.score, b.label, occupation, b.curated))
        .collect();
    // Among equals: an occupation the catalogue files a role under ("HR director" is the HR
    // manager's, not ESCO's HR officer's), then one whose preferred label it is, then a
    // manager's occupation (ISCO major group 1: the posts this product fills), then the
    // shorter label.
    let catalogue = |occupation: usize| CATALOGUE_OCCUPATIONS.binary_search(&occupation).is_ok();
    let order = |a: &(f32, usize, usize, bool), b: &(f32, usize, usize, bool)| {
        b.0.total_cmp(&a.0)
            .then(b.3.cmp(&a.3))
            .then(catalogue(b.2).cmp(&catalogue(a.2)))
            .then(labels[b.1].preferred.cmp(&labels[a.1].preferred))
            .then(
                occupations[b.2]
                    .isco
                    .starts_with('1')
                    .cmp(&occupations[a.2].isco.starts_with('1')),
            )
            .then(labels[a.1].text.len().cmp(&labels[b.1].text.len()))
            .then(occupations[a.2].id.cmp(occupations[b.2].id))
    };
    // Only the best `limit` are ordered: a role filed from a title asks for one of hundreds.
    if limit < ranked.len() {
        ranked.select_nth_unstable_by(limit, order);
        ranked.truncate(limit);
    }
    ranked.sort_by(order);
    ranked
        .into_iter()
        .map(|(confidence, label, occupation, _)| TitleMatch {
            occupation: &occupations[occupation],
            matched_label: labels[label].text,
            language: labels[label].language,
            confidence,
        })
        .collect()
}

/// The occupations the catalogue files a role under, ascending.
static CATALOGUE_OCCUPATIONS: LazyLock<Vec<usize>> = LazyLock::new(|| {
    let mut all: Vec<usize> = RoleId::all().map(|r| r.occupation().index()).collect();
    all.sort_unstable();
    all.dedup();
    all
});

/// `title` with the abbreviations that have marks inside written out ("R&D director").
fn written_out(title: &str) -> String {
    let mut out = title.to_owned();
    for (abbreviation, words) in MARKED_ABBREVIATIONS {
        let folded = out.to_lowercase();
        // Only where lower case keeps the byte offsets.
        if let Some(at) = folded.find(abbreviation)
            && folded.len() == out.len()
        {
            out.replace_range(at..at + abbreviation.len(), words);
        }
    }
    out
}

/// Other readings of a title: its abbreviations written out (with each of their meanings),
/// and the title without what only places it ("Finance Director – Nordic region" →
/// "Finance Director"), when what is left names more than a head word.
fn readings(title: &str) -> Vec<(String, f32)> {
    let mut out = Vec::new();
    let mut words: Vec<(&str, Option<&[&str]>)> = Vec::new();
    let mut rest = title;
    while !rest.is_empty() {
        let end = rest
            .find(|c: char| !c.is_alphanumeric())
            // A mark is a token of its own.
            .map_or(rest.len(), |e| {
                e.max(rest.chars().next().map_or(1, char::len_utf8))
            });
        let (token, tail) = rest.split_at(end);
        let meaning = ABBREVIATIONS
            .iter()
            .find(|(a, _)| token.eq_ignore_ascii_case(a))
            .map(|(_, m)| *m);
        words.push((token, meaning));
        rest = tail;
    }
    let most = words
        .iter()
        .filter_map(|(_, m)| m.map(<[&str]>::len))
        .max()
        .unwrap_or(0);
    for k in 0..most {
        let reading: String = words
            .iter()
            .map(|(token, meaning)| meaning.map_or(*token, |m| m[k.min(m.len() - 1)]))
            .collect();
        out.push((reading, WRITTEN_OUT));
    }
    if let Some(placed) = without_placing(title) {
        out.extend(
            readings(&placed)
                .into_iter()
                .map(|(reading, share)| (reading, share * UNPLACED)),
        );
        out.push((placed, UNPLACED));
    }
    out
}

/// The title before the first mark or word that only places it, if that leaves a word
/// beside the head word.
fn without_placing(title: &str) -> Option<String> {
    let mut cut = PLACING_MARKS
        .iter()
        .filter_map(|m| title.find(m))
        .min()
        .unwrap_or(title.len());
    let mut at = 0;
    for word in title.split(' ') {
        if at > 0 && at < cut && PLACING_WORDS.contains(&fold(word).as_str()) {
            cut = cut.min(at);
        }
        at += word.len() + 1;
    }
    let front = title[..cut].trim();
    let named = LabelLanguage::ALL
        .iter()
        .any(|l| analyse(front, *l).iter().any(|w| w != HEAD));
    (cut < title.len() && named).then(|| front.to_owned())
}

/// An occupation's best label score for a title so far: the label to show (its preferred
/// one, then ESCO's own before the catalogue's, among those scoring best), and whether a
/// catalogue title scored that too (the catalogue's filing wins among equals).
#[derive(Debug, Clone, Copy)]
struct Best {
    score: f32,
    label: usize,
    curated: bool,
}

impl Best {
    fn new(score: f32, label: usize) -> Self {
        Best {
            score,
            label,
            curated: LABELS.labels[label].curated,
        }
    }

    fn offer(&mut self, score: f32, label: usize) {
        let shown = |l: usize| {
            let l = &LABELS.labels[l];
            (l.preferred, !l.curated)
        };
        if score > self.score {
            *self = Best::new(score, label);
        } else if score == self.score {
            self.curated |= LABELS.labels[label].curated;
            if shown(label) > shown(self.label) {
                self.label = label;
            }
        }
    }
}

/// The roles a title joins ("CFO/COO", "økonomi- og personalsjef"), each as its own title;
/// a shared head word at the end is given to every part ("økonomi- og personalsjef" →
/// "økonomisjef", "personalsjef").
fn parts_of(title: &str) -> Vec<String> {
    let mut parts: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in title.split_inclusive(PART_MARKS) {
        let bare = word.trim_end_matches(PART_MARKS);
        let ended = word.len() != bare.len() && !word.ends_with(' ');
        if PART_WORDS.contains(&fold(bare).as_str()) {
            parts.push(std::mem::take(&mut current));
            continue;
        }
        current.push_str(bare);
        current.push(' ');
        if ended {
            parts.push(std::mem::take(&mut current));
        }
    }
    parts.push(current);
    let mut parts: Vec<String> = parts
        .into_iter()
        .map(|p| p.trim().to_owned())
        .filter(|p| !p.is_empty())
        .collect();
    // "økonomi- og personalsjef": the first part ends in a hyphen and borrows the last
    // part's head word.
    if let Some(last) = parts.last().cloned() {
        let head = fold(&last)
            .split(|c: char| !c.is_alphanumeric())
            .next_back()
            .and_then(|w| split_head(w).map(|front| w[front.len()..].to_owned()));
        for part in parts.iter_mut() {
            if let (Some(stem), Some(head)) = (part.strip_suffix('-'), head.as_deref()) {
                *part = format!("{stem}{head}");
            }
        }
    }
    parts
}

/// The best label score per occupation for `title`, in every language: 1 for a label
/// written exactly so, 0.98 for one that analyses to the same words, else the weighted
/// overlap, at most 0.95.
fn scores(title: &str, wants_head: bool) -> HashMap<usize, Best> {
    let index = &*LABELS;
    let weight = |w: &str| index.weight.get(w).copied().unwrap_or(UNKNOWN_WORD);
    let mut out: HashMap<usize, Best> = HashMap::new();
    let mut keep = |occupation: usize, score: f32, label: usize| {
        out.entry(occupation)
            .or_insert_with(|| Best::new(score, label))
            .offer(score, label);
    };
    let folded = fold(title);
    let written = folded.split_whitespace().collect::<Vec<_>>().join(" ");
    for language in LabelLanguage::ALL {
        let (words, modifiers) = analyse_title(title, language);
        let weight = |w: &str| {
            let modifies = if modifiers.iter().any(|m| m == w) {
                MODIFIER
            } else {
                1.0
            };
            weight(w) * modifies
        };
        if words.is_empty() {
            continue;
        }
        if let Some(exact) = index.by_words.get(&(language, words.clone())) {
            for &label in exact {
                let entry = &index.labels[label];
                let score = if entry.folded == written { 1.0 } else { 0.98 };
                keep(entry.occupation, score, label);
            }
        }
        let own_weight: f32 = words.iter().map(|w| weight(w)).sum();
        // Per label: the weight of the title's words it has.
        let mut shared: HashMap<usize, f32> = HashMap::new();
        let asks_head = words.iter().any(|w| w == HEAD);
        for word in &words {
            if word == HEAD {
                continue;
            }
            let Some(labels) = index.by_word.get(&(language, word.clone())) else {
                continue;
            };
            for &label in labels {
                *shared.entry(label).or_default() += weight(word);
            }
        }
        for (label, own) in shared {
            let entry = &index.labels[label];
            let mut own = own;
            let has_head = entry.words.iter().any(|w| w == HEAD);
            if asks_head && has_head {
                own += weight(HEAD);
            }
            // The union of the label's words and the title's.
            let all = entry.weight + own_weight - own;
            if all <= 0.0 {
                continue;
            }
            let headless = if wants_head && !has_head {
                HEADLESS_LABEL
            } else {
                1.0
            };
            keep(entry.occupation, (own / all).min(0.95) * headless, label);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first(title: &str) -> TitleMatch {
        normalise(title, 5)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("nothing for {title:?}"))
    }

    fn isco_of(title: &str) -> &'static str {
        first(title).occupation.isco
    }

    #[test]
    fn the_analysis_folds_drops_and_splits_compounds() {
        assert_eq!(
            analyse("Økonomisjef", LabelLanguage::Nb),
            vec![HEAD, "okonomi"]
        );
        assert_eq!(
            analyse("Personalsjefer", LabelLanguage::Nb),
            vec![HEAD, "personal"]
        );
        assert_eq!(
            analyse("ekonomichef", LabelLanguage::Sv),
            vec![HEAD, "ekonomi"]
        );
        assert_eq!(
            analyse("Innkjøpsdirektør", LabelLanguage::Nb),
            vec![HEAD, "innkjop"]
        );
        assert_eq!(
            analyse("Interim Head of Finance", LabelLanguage::En),
            vec![HEAD, "financ"]
        );
        assert_eq!(analyse("konst. leder", LabelLanguage::Nb), vec![HEAD]);
        // A title's compound no label has splits into words labels have; a label's does not.
        let (words, modifiers) = analyse_title("Konserncontroller", LabelLanguage::Nb);
        assert_eq!(words.len(), 2, "{words:?}");
        assert_eq!(modifiers.len(), 1, "{modifiers:?}");
        assert_eq!(analyse("Konserncontroller", LabelLanguage::Nb).len(), 1);
        assert!(!analyse("executive chef", LabelLanguage::En).contains(&HEAD.to_owned()));
    }

    #[test]
    fn readings_write_abbreviations_out_and_cut_off_the_place() {
        let read: Vec<String> = readings("Deputy CEO").into_iter().map(|r| r.0).collect();
        assert!(
            read.contains(&"Deputy chief executive officer".to_owned()),
            "{read:?}"
        );
        let placed: Vec<String> = readings("Finance Director – Nordic region")
            .into_iter()
            .map(|r| r.0)
            .collect();
        assert!(
            placed.contains(&"Finance Director".to_owned()),
            "{placed:?}"
        );
        assert_eq!(
            without_placing("Director (Oslo)"),
            None,
            "a head word alone is no title"
        );
        assert_eq!(isco_of("Finance Director – Nordic region"), "1211");
        assert_eq!(isco_of("Konserncontroller"), "2411");
        assert_eq!(isco_of("Acting Chief Executive"), "1120");
    }

    #[test]
    fn a_title_that_is_a_label_is_found_with_full_confidence() {
        let m = first("financial manager");
        assert_eq!((m.occupation.isco, m.confidence), ("1211", 1.0));
        assert_eq!(isco_of("økonomisjef"), "1211");
        assert_eq!(isco_of("Økonomisjefer"), "1211");
        assert_eq!(isco_of("administrerende direktør"), "1120");
    }

    #[test]
    fn interim_and_acting_words_and_abbreviations_do_not_get_in_the_way() {
        for title in [
            "Interim CFO",
            "Acting CFO",
            "konstituert økonomisjef",
            "fungerende økonomisjef",
            "tf. økonomisjef",
            "ekonomichef",
        ] {
            assert_eq!(isco_of(title), "1211", "{title}");
        }
        assert_eq!(first("Interim CEO").occupation.isco, "1120");
        assert_eq!(first("HR-sjef").occupation.isco, "1212");
        // ESCO itself gives "HR director" to the human resources officer (2423); the manager
        // follows close behind, through "human resources director".
        let hr: Vec<&str> = normalise("HR director", 3)
            .iter()
            .map(|m| m.occupation.isco)
            .collect();
        assert!(hr.contains(&"1212"), "{hr:?}");
    }

    #[test]
    fn a_title_of_several_roles_finds_each() {
        let found: Vec<&str> = normalise("CFO/COO", 5)
            .iter()
            .map(|m| m.occupation.isco)
            .collect();
        assert!(found.contains(&"1211"), "{found:?}");
        let both: Vec<&str> = normalise("økonomi- og personalsjef", 6)
            .iter()
            .map(|m| m.occupation.isco)
            .collect();
        assert!(both.contains(&"1211") && both.contains(&"1212"), "{both:?}");
    }

    #[test]
    fn every_label_of_every_executive_occupation_finds_it() {
        let executive = ["112", "121", "122", "1321", "1324", "133", "134"];
        let mut tried = 0;
        let mut missed = Vec::new();
        for o in esco().in_groups(&executive) {
            for language in LabelLanguage::ALL {
                for label in o.labels(language) {
                    tried += 1;
                    let found = normalise(label, 10);
                    let top = found.first().map_or(0.0, |m| m.confidence);
                    // Found, and as sure as anything else found (a label ESCO gives to several
                    // occupations ties them).
                    let hit = found
                        .iter()
                        .any(|m| m.occupation.id == o.id && m.confidence >= top);
                    if !hit {
                        missed.push(format!("{label} ({})", language.code()));
                    }
                }
            }
        }
        assert!(tried > 3_500, "only {tried} labels");
        assert!(
            missed.is_empty(),
            "{} of {tried} labels miss their occupation: {:?}",
            missed.len(),
            &missed[..missed.len().min(40)]
        );
    }
}
