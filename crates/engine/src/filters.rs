//! The hard filters a mandate can switch on, and their settings. A candidate a filter removes
//! is not ranked; asked about, the engine names the filter and why.

use domain::vocabulary::ProfileKind;

macro_rules! filters {
    ($($variant:ident = $code:literal, $label:literal;)+) => {
        /// One hard filter, in the order they are applied (the cheapest and most telling
        /// first): a removed candidate is counted against the first filter it fails.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Filter {
            $(
                #[doc = $label]
                $variant,
            )+
        }

        impl Filter {
            /// Every filter, in the order they are applied.
            pub const ALL: [Filter; FILTER_COUNT] = [$(Filter::$variant),+];

            /// The stable code, as in JSON.
            pub fn code(self) -> &'static str {
                match self { $(Filter::$variant => $code),+ }
            }

            /// A label for people.
            pub fn label(self) -> &'static str {
                match self { $(Filter::$variant => $label),+ }
            }
        }
    };
}

/// How many filters there are.
pub const FILTER_COUNT: usize = 12;

filters! {
    ProfileKind = "profile_kind", "Profile kind (interim leaders)";
    Vetting = "vetting", "Vetting status";
    Network = "network", "Source network";
    Availability = "availability", "Free in the mandate's window";
    Languages = "languages", "Required languages at the required level";
    Consent = "consent", "Consent to be in the network still valid";
    Rate = "rate", "Day rate within budget and tolerance";
    Distance = "distance", "Within reach of the mandate's location";
    Excluded = "excluded", "Not excluded for this client";
    MustHaveIndustry = "must_have_industry", "Has worked in the must-have industry";
    MustHaveSituation = "must_have_situation", "Has handled the must-have situation";
    MustHaveSkill = "must_have_skill", "Profile names the must-have skill";
}

impl Filter {
    /// Its position in [`Filter::ALL`].
    pub fn index(self) -> usize {
        self as usize
    }

    /// Whether a query may switch it off. Consent is a legal limit, not a preference: a
    /// person whose consent ran out, or who withdrew it, is never ranked.
    pub fn can_be_switched_off(self) -> bool {
        self != Filter::Consent
    }
}

/// Which networks a mandate accepts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Networks {
    /// The own network and every partner network.
    #[default]
    All,
    /// Only the provider's own network.
    OwnOnly,
}

/// The settings of the hard filters for one query. The defaults are what a consultant wants
/// for a new mandate; each filter but consent can be switched off.
#[derive(Debug, Clone, PartialEq)]
pub struct Filters {
    /// Filters switched off for this query.
    pub off: Vec<Filter>,
    /// Profile kinds accepted; interim leaders only by default.
    pub profile_kinds: Vec<ProfileKind>,
    /// Let candidates who are not (yet) qualified through, flagged as unvetted; those assessed
    /// as not qualified stay out.
    pub include_unvetted: bool,
    /// How far above the budget a day rate may be, in percent.
    pub rate_tolerance_percent: u8,
    /// How many days after the start a candidate may become free and still pass.
    pub start_tolerance_days: u16,
    /// The networks accepted.
    pub networks: Networks,
    /// A fixed distance limit in km; when `None`, each candidate's own reach decides (daily
    /// commute, weekly travel, relocation, remote work).
    pub max_distance_km: Option<u16>,
}

impl Default for Filters {
    fn default() -> Self {
        Self {
            off: Vec::new(),
            profile_kinds: vec![ProfileKind::InterimLeader],
            include_unvetted: false,
            rate_tolerance_percent: 10,
            start_tolerance_days: 14,
            networks: Networks::All,
            max_distance_km: None,
        }
    }
}

impl Filters {
    /// No filter that may be switched off.
    pub fn none() -> Self {
        Self {
            off: Filter::ALL.to_vec(),
            ..Self::default()
        }
    }

    /// Whether a filter is switched on; one that cannot be switched off always is.
    pub fn is_on(&self, filter: Filter) -> bool {
        !filter.can_be_switched_off() || !self.off.contains(&filter)
    }
}

/// How far someone who travels weekly will go, in km: the Nordics and the Baltic region.
pub const WEEKLY_TRAVEL_KM: f64 = 2_000.0;
