//! Two records of one person: the key their names are compared by, whether two records look
//! like one person (a similar name together with the same birth year, city or employer:
//! the possible duplicates a consultant reviews), and merging one into the other so that
//! nothing either held is lost.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::candidate::{FieldSource, InterimManager, LegalBasis};
use crate::intake::{FIELDS, Merged, merge};
use crate::vocabulary::VettingStatus;

/// The key names are compared by: the first and the last name, lower case, with diacritics
/// and doubled letters folded and middle names left out, so "Kari Anne Nordmann",
/// "kari nordmann" and "Kari Nordman" share one key.
pub fn name_key(name: &str) -> String {
    let folded = crate::titles::fold(name);
    let words: Vec<String> = folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut out = String::with_capacity(w.len());
            for c in w.chars() {
                if !out.ends_with(c) {
                    out.push(c);
                }
            }
            out
        })
        .collect();
    match words.as_slice() {
        [] => String::new(),
        [only] => only.clone(),
        [first, .., last] => format!("{first} {last}"),
    }
}

/// An employer's name as two records are compared by: folded, without its legal form.
fn employer_key(organisation: &str) -> String {
    name_key_of_words(crate::blind::without_legal_form(organisation))
}

/// Every word of `text`, folded, one space between.
fn name_key_of_words(text: &str) -> String {
    crate::titles::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why two records may be one person, in words a consultant reads: the names first, then
/// each fact they share. `None` unless their names are alike and they share at least one
/// of birth year, city and employer.
pub fn resemblance(a: &InterimManager, b: &InterimManager) -> Option<Vec<String>> {
    let key = name_key(a.name.as_str());
    if key.is_empty() || key != name_key(b.name.as_str()) {
        return None;
    }
    let mut reasons = vec![if a.name == b.name {
        format!("the same name, {}", a.name)
    } else {
        format!("similar names: {} and {}", a.name, b.name)
    }];
    if let (Some(x), Some(y)) = (a.birth_year, b.birth_year)
        && x == y
    {
        reasons.push(format!("both born in {x}"));
    }
    if name_key_of_words(a.home.city.as_str()) == name_key_of_words(b.home.city.as_str())
        && a.home.country == b.home.country
    {
        reasons.push(format!("both live in {}", a.home.city));
    }
    let employers_of_b: Vec<String> = b
        .track_record
        .iter()
        .filter_map(|e| e.organisation.as_ref())
        .map(|o| employer_key(o.as_str()))
        .collect();
    let mut shared = Vec::new();
    for organisation in a
        .track_record
        .iter()
        .filter_map(|e| e.organisation.as_ref())
    {
        let key = employer_key(organisation.as_str());
        if !key.is_empty() && employers_of_b.contains(&key) && !shared.contains(&key) {
            shared.push(key);
            reasons.push(format!("both worked at {organisation}"));
        }
    }
    (reasons.len() > 1).then_some(reasons)
}

/// A pair of records that may be one person, waiting for a consultant's decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PossibleDuplicate {
    /// The pair's number.
    pub id: i64,
    /// The older record (the lower id).
    pub first: i64,
    /// The newer record.
    pub second: i64,
    /// Why they may be one person.
    pub reasons: Vec<String>,
    /// `open`, `merged` or `kept_apart`.
    pub status: String,
    /// When the pair was found.
    pub found_at: chrono::DateTime<chrono::Utc>,
}

/// Merges `other` (the record numbered `other_id`) into `survivor`, on `on`: nothing either
/// holds is lost. The survivor keeps its values; a field it lacks, or one the interim
/// manager wrote themself only in `other`, is taken from `other`; languages and experience
/// are joined; `other`'s own consent, vetting and assessed traits are taken when the
/// survivor has none. Each value taken records that it came from `other_id`.
pub fn merge_people(
    survivor: &mut InterimManager,
    other: &InterimManager,
    other_id: i64,
    on: NaiveDate,
) -> Merged {
    let lacks = |field: &str| match field {
        "phone" => survivor.phone.is_none() && other.phone.is_some(),
        "birth_year" => survivor.birth_year.is_none() && other.birth_year.is_some(),
        "headline" => survivor.headline.as_str().is_empty() && !other.headline.as_str().is_empty(),
        "summary" => survivor.summary.as_str().is_empty() && !other.summary.as_str().is_empty(),
        "external_id" => survivor.external_id.is_none() && other.external_id.is_some(),
        "languages" | "experience" => true,
        "consent" => {
            matches!(other.basis, LegalBasis::Consent)
                && !matches!(survivor.basis, LegalBasis::Consent)
        }
        _ => false,
    };
    let given: Vec<&str> = FIELDS
        .into_iter()
        .filter(|f| {
            lacks(f) || (other.provenance.by_manager(f) && !survivor.provenance.by_manager(f))
        })
        // The survivor's key in its network and its e-mail stay: the other's are kept with
        // the merge, so the next export finds the survivor by either.
        .filter(|f| !matches!(*f, "email") && (*f != "external_id" || lacks(f)))
        .collect();
    let by = FieldSource::Merged { from: other_id, on };
    let before = survivor.provenance.clone();
    let mut merged = merge(survivor, other, &given, &by);
    for f in &given {
        let changed = merged.changed.iter().any(|c| c.field == *f);
        let source = if !changed {
            before.of(f)
        } else if other.provenance.by_manager(f) {
            // A value the manager wrote is theirs wherever it was held.
            other.provenance.of(f)
        } else {
            Some(&by)
        };
        match source {
            Some(source) => survivor.provenance.record(f, source.clone()),
            None => {
                survivor.provenance.0.remove(*f);
            }
        }
    }
    if survivor.vetting.status == VettingStatus::Unvetted
        && other.vetting.status != VettingStatus::Unvetted
    {
        survivor.vetting = other.vetting;
        merged.changed.push(crate::intake::FieldChange {
            field: "vetting".into(),
            before: VettingStatus::Unvetted.label().to_owned(),
            after: other.vetting.status.label().to_owned(),
        });
    }
    if survivor.traits.is_none() && other.traits.is_some() {
        survivor.traits = other.traits;
        merged.changed.push(crate::intake::FieldChange {
            field: "traits".into(),
            before: String::new(),
            after: "assessed".into(),
        });
    }
    if survivor.cv_text.as_str().is_empty() && !other.cv_text.as_str().is_empty() {
        survivor.cv_text = other.cv_text.clone();
    }
    merged.kept.clear();
    merged
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::intake::{CandidateDraft, ExperienceDraft};

    fn person(name: &str, email: &str, city: &str, employer: &str) -> InterimManager {
        CandidateDraft {
            name: name.into(),
            email: email.into(),
            home_city: Some(city.into()),
            country: Some("NO".into()),
            day_rate: Some(11_000),
            experience: vec![ExperienceDraft {
                title: "Økonomisjef".into(),
                organisation: Some(employer.into()),
                ..Default::default()
            }],
            ..Default::default()
        }
        .parse(NaiveDate::from_ymd_opt(2026, 12, 3).expect("a day"))
        .expect("valid")
    }

    #[test]
    fn names_fold_case_diacritics_middle_names_and_doubled_letters() {
        assert_eq!(name_key("Kari Anne Nordmann"), "kari nordman");
        assert_eq!(name_key(" kari NORDMAN "), "kari nordman");
        assert_eq!(name_key("Bjørn Hanssen"), name_key("Bjorn Hansen"));
        assert_ne!(name_key("Kari Nordmann"), name_key("Kari Nordberg"));
        assert_eq!(name_key(""), "");
    }

    #[test]
    fn a_similar_name_alone_is_not_enough() {
        let a = person("Kari Nordmann", "kari@a.no", "Bergen", "Hydro ASA");
        let b = person("Kari Anne Nordmann", "kari@b.no", "Oslo", "Equinor");
        assert_eq!(resemblance(&a, &b), None);
        let c = person("Kari Anne Nordmann", "kari@c.no", "Oslo", "Hydro");
        assert_eq!(
            resemblance(&a, &c),
            Some(vec![
                "similar names: Kari Nordmann and Kari Anne Nordmann".to_owned(),
                "both worked at Hydro ASA".to_owned(),
            ])
        );
        let d = person("Kari Nordmann", "kari@d.no", "bergen", "Telenor");
        let reasons = resemblance(&a, &d).expect("one city");
        assert_eq!(reasons[1], "both live in Bergen");
        let mut e = person("Kari Nordmann", "kari@e.no", "Tromsø", "Telenor");
        e.birth_year = Some(1968);
        let mut f = a.clone();
        f.birth_year = Some(1968);
        assert_eq!(resemblance(&f, &e).expect("a year")[1], "both born in 1968");
    }

    #[test]
    fn a_merge_keeps_the_survivors_values_and_adds_what_only_the_other_had() {
        let on = NaiveDate::from_ymd_opt(2026, 12, 3).expect("a day");
        let mut survivor = person("Kari Nordmann", "kari@a.no", "Bergen", "Hydro");
        let mut other = person("Kari A. Nordmann", "kari@b.no", "Oslo", "Equinor");
        other.birth_year = Some(1968);
        other.vetting.status = VettingStatus::InProgress;
        other
            .provenance
            .record("day_rate", FieldSource::Manager { on });
        other.day_rate = crate::values::Money::nok(14_000);
        let merged = merge_people(&mut survivor, &other, 17, on);
        assert_eq!(survivor.email.as_str(), "kari@a.no");
        assert_eq!(survivor.home.city.as_str(), "Bergen");
        assert_eq!(survivor.birth_year, Some(1968));
        assert_eq!(survivor.track_record.len(), 2, "both employers are kept");
        assert_eq!(
            survivor.day_rate,
            crate::values::Money::nok(14_000),
            "the manager's own day rate wins"
        );
        assert_eq!(
            survivor.provenance.of("day_rate"),
            Some(&FieldSource::Manager { on })
        );
        assert_eq!(
            survivor.provenance.of("birth_year"),
            Some(&FieldSource::Merged { from: 17, on })
        );
        assert_eq!(survivor.vetting.status, VettingStatus::InProgress);
        let fields: Vec<&str> = merged.changed.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["birth_year", "day_rate", "experience", "vetting"]);
    }
}
