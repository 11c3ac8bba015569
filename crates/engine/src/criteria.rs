//! The scored criteria, their weights, and the default weights for each situation type.
//!
//! Every criterion yields a value in `0.0..=1.0` for a candidate; its contribution is that value
//! times its weight. Weights are normalised to sum to one, so a score is in `0.0..=1.0` and
//! the contributions of a candidate sum to its score.

use domain::invalid::{Invalid, Parsed};
use domain::vocabulary::{SituationType, Trait};

macro_rules! criteria {
    ($($variant:ident = $code:literal, $label:literal;)+) => {
        /// One scored criterion.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Criterion {
            $(
                #[doc = $label]
                $variant,
            )+
        }

        impl Criterion {
            /// Every criterion, in the order explanations list them.
            pub const ALL: [Criterion; COUNT] = [$(Criterion::$variant),+];

            /// The stable code, as in `--weights` and in JSON.
            pub fn code(self) -> &'static str {
                match self { $(Criterion::$variant => $code),+ }
            }

            /// A label for people.
            pub fn label(self) -> &'static str {
                match self { $(Criterion::$variant => $label),+ }
            }
        }
    };
}

/// How many criteria there are.
pub const COUNT: usize = 13;

criteria! {
    Role = "role", "Role fit: the same role, a synonym, or a related role";
    Level = "level", "Has worked at this organisation level (or above)";
    Situation = "situation", "Has handled this kind of situation: how often, how recently";
    Industry = "industry", "Industry fit: the same NACE division or section";
    SizeSector = "size_sector", "Company size and public/private fit";
    TrackRecord = "track_record", "Client ratings of earlier assignments";
    Traits = "traits", "The seven traits, weighted by what the situation needs";
    Text = "text", "Text relevance of profile and CV to the situation analysis (BM25)";
    Language = "language", "Language level";
    Distance = "distance", "Distance from home to the mandate's location";
    Availability = "availability", "Free in time, with slack, and recently confirmed";
    Rate = "rate", "Day rate within the budget";
    Network = "network", "Own network before partner network";
}

impl Criterion {
    /// Its position in [`Criterion::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Reads a criterion by its code.
    pub fn parse(input: &str) -> Parsed<Self> {
        let wanted = input.trim().to_ascii_lowercase();
        Criterion::ALL
            .into_iter()
            .find(|c| c.code() == wanted)
            .ok_or_else(|| {
                let codes: Vec<&str> = Criterion::ALL.iter().map(|c| c.code()).collect();
                Invalid::new(
                    "",
                    format!(
                        "'{}' is not a criterion; use one of {}",
                        input.trim(),
                        codes.join(", ")
                    ),
                )
            })
    }
}

/// The weight of each criterion, normalised to sum to one.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Weights([f32; COUNT]);

impl Weights {
    /// Weights from raw, non-negative values; normalised to sum to one.
    pub fn from_raw(raw: [f32; COUNT]) -> Parsed<Self> {
        if let Some((i, w)) = raw
            .iter()
            .enumerate()
            .find(|(_, w)| !w.is_finite() || **w < 0.0)
        {
            return Err(Invalid::new(
                Criterion::ALL[i].code(),
                format!("{w} is not a weight; give a number of zero or more"),
            ));
        }
        let total: f32 = raw.iter().sum();
        if total <= 0.0 {
            return Err(Invalid::new(
                "",
                "every weight is zero; at least one criterion must count",
            ));
        }
        Ok(Self(raw.map(|w| w / total)))
    }

    /// The defaults for a situation type: a common base, shifted towards what the situation
    /// needs (a leadership gap needs someone free now, a turnaround someone who has done it).
    pub fn for_situation(situation: SituationType) -> Self {
        use Criterion as C;
        use SituationType as S;
        let mut raw = [0.0; COUNT];
        for (c, w) in [
            (C::Role, 24.0),
            (C::Level, 6.0),
            (C::Situation, 14.0),
            (C::Industry, 10.0),
            (C::SizeSector, 5.0),
            (C::TrackRecord, 8.0),
            (C::Traits, 10.0),
            (C::Text, 12.0),
            (C::Language, 4.0),
            (C::Distance, 4.0),
            (C::Availability, 3.0),
            (C::Rate, 2.0),
            (C::Network, 2.0),
        ] {
            raw[c.index()] = w;
        }
        let shifts: &[(Criterion, f32)] = match situation {
            S::LeadershipGap => &[(C::Availability, 6.0), (C::Role, 4.0), (C::Situation, -6.0)],
            S::PerformanceImprovement => &[(C::TrackRecord, 4.0), (C::Industry, 2.0)],
            S::BusinessDevelopment => &[(C::Industry, 5.0), (C::Text, 3.0), (C::Situation, -2.0)],
            S::RestructuringTurnaround => &[(C::Situation, 6.0), (C::Traits, 3.0)],
            S::MergerIntegration => &[(C::Situation, 5.0), (C::SizeSector, 3.0)],
            S::Transformation => &[(C::Situation, 3.0), (C::Traits, 3.0), (C::Text, 2.0)],
            S::ProjectRescue => &[(C::Situation, 5.0), (C::Availability, 3.0)],
            S::CrisisManagement => &[
                (C::Availability, 6.0),
                (C::Traits, 4.0),
                (C::Situation, 3.0),
            ],
            S::StartUp => &[(C::Situation, 4.0), (C::Traits, 2.0), (C::SizeSector, 2.0)],
        };
        for (c, dw) in shifts {
            raw[c.index()] += dw;
        }
        Self::from_raw(raw).unwrap_or(Self([1.0 / COUNT as f32; COUNT]))
    }

    /// Overrides some weights from `role=30,text=20` (relative to the others, before
    /// normalising: a default weight of 20 % reads as 20). Refuses unknown criteria, numbers
    /// that do not parse and negative weights, naming the part that is wrong.
    pub fn with_overrides(self, spec: &str) -> Parsed<Self> {
        let mut raw = self.0.map(|w| w * 100.0);
        for (i, part) in spec
            .split(',')
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .enumerate()
        {
            let at = |e: Invalid| e.within(&format!("[{i}]"));
            let (code, value) = part.split_once('=').ok_or_else(|| {
                at(Invalid::new(
                    "",
                    format!("'{part}' is not criterion=weight, e.g. role=30"),
                ))
            })?;
            let criterion = Criterion::parse(code).map_err(at)?;
            let weight: f32 = value.trim().parse().map_err(|_| {
                at(Invalid::new(
                    criterion.code(),
                    format!("'{}' is not a number", value.trim()),
                ))
            })?;
            if !weight.is_finite() {
                return Err(at(Invalid::new(
                    criterion.code(),
                    format!(
                        "'{}' is not a finite number; give zero or more",
                        value.trim()
                    ),
                )));
            }
            if weight < 0.0 {
                return Err(at(Invalid::new(
                    criterion.code(),
                    format!("{weight} is negative; give zero or more"),
                )));
            }
            raw[criterion.index()] = weight;
        }
        Self::from_raw(raw)
    }

    /// Only one criterion counts.
    pub fn only(criterion: Criterion) -> Self {
        let mut raw = [0.0; COUNT];
        raw[criterion.index()] = 1.0;
        Self(raw)
    }

    /// The normalised weight of a criterion.
    pub fn get(&self, criterion: Criterion) -> f32 {
        self.0[criterion.index()]
    }

    /// All weights in the order of [`Criterion::ALL`].
    pub fn as_array(&self) -> &[f32; COUNT] {
        &self.0
    }
}

/// How much each of the seven traits matters in a situation, in the order of [`Trait::ALL`]
/// (operational, decisive, clear, motivational, competent, integrity, results); normalised to
/// sum to one. A restructuring weighs decisiveness most, business development motivation.
pub fn trait_weights(situation: SituationType) -> [f32; 7] {
    use SituationType as S;
    let raw: [f32; 7] = match situation {
        S::LeadershipGap => [3.0, 1.0, 1.0, 1.0, 2.0, 1.0, 1.0],
        S::PerformanceImprovement => [1.0, 2.0, 1.0, 1.0, 2.0, 1.0, 3.0],
        S::BusinessDevelopment => [1.0, 1.0, 1.0, 3.0, 2.0, 1.0, 2.0],
        S::RestructuringTurnaround => [2.0, 3.0, 2.0, 1.0, 1.0, 2.0, 2.0],
        S::MergerIntegration => [1.0, 1.0, 2.0, 3.0, 2.0, 2.0, 1.0],
        S::Transformation => [1.0, 1.0, 2.0, 3.0, 2.0, 1.0, 2.0],
        S::ProjectRescue => [2.0, 3.0, 2.0, 1.0, 2.0, 1.0, 3.0],
        S::CrisisManagement => [3.0, 3.0, 3.0, 1.0, 1.0, 2.0, 1.0],
        S::StartUp => [2.0, 2.0, 1.0, 2.0, 1.0, 1.0, 3.0],
    };
    let total: f32 = raw.iter().sum();
    debug_assert_eq!(raw.len(), Trait::ALL.len());
    raw.map(|w| w / total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_sum_to_one_for_every_situation() {
        for s in SituationType::ALL {
            let sum: f32 = Weights::for_situation(*s).as_array().iter().sum();
            assert!((sum - 1.0).abs() < 1e-5, "{s:?}: {sum}");
            let traits: f32 = trait_weights(*s).iter().sum();
            assert!((traits - 1.0).abs() < 1e-5);
        }
        let turnaround = trait_weights(SituationType::RestructuringTurnaround);
        let growth = trait_weights(SituationType::BusinessDevelopment);
        let (decisive, motivational) = (
            Trait::DecisiveActionOriented.index(),
            Trait::MotivationalEmpathetic.index(),
        );
        assert!(turnaround[decisive] > growth[decisive]);
        assert!(growth[motivational] > turnaround[motivational]);
    }

    #[test]
    fn overrides_change_only_what_they_name() {
        let base = Weights::for_situation(SituationType::LeadershipGap);
        let w = base.with_overrides("text=0, role = 40").expect("valid");
        assert_eq!(w.get(Criterion::Text), 0.0);
        assert!(w.get(Criterion::Role) > base.get(Criterion::Role));
        assert!((w.as_array().iter().sum::<f32>() - 1.0).abs() < 1e-5);
    }

    #[test]
    fn bad_overrides_are_refused_with_the_part_named() {
        let base = Weights::for_situation(SituationType::LeadershipGap);
        for (spec, field) in [
            ("role=30,charm=5", "[1]"),
            ("role=lots", "[0].role"),
            ("text=-1", "[0].text"),
            ("role", "[0]"),
        ] {
            let err = base.with_overrides(spec).expect_err(spec);
            assert_eq!(err.field, field, "{spec}: {err}");
        }
        for spec in ["role=inf", "role=NaN", "text=-inf"] {
            let err = base.with_overrides(spec).expect_err(spec);
            assert!(err.message.contains("not a finite number"), "{spec}: {err}");
        }
        let zero: String = Criterion::ALL
            .iter()
            .map(|c| format!("{}=0", c.code()))
            .collect::<Vec<_>>()
            .join(",");
        assert!(base.with_overrides(&zero).is_err());
    }
}
