//! The job board's reading, shared by the manager's page and the API: the open postings that
//! pass the board's filters, each scored against the viewer's own profile by the match engine
//! in reverse (the posting's mandate query explained for the viewer), with the reasons, and
//! where the viewer's application to it stands.

use std::collections::HashMap;

use chrono::NaiveDate;

use domain::client::Client;
use domain::ids::{ApplicationId, CandidateId, ClientId, MandateId, PostingId, Stored};
use domain::mandate::Mandate;
use domain::portal::{Application, JobPosting};
use domain::vocabulary::{ApplicationStatus, PipelineStage};
use domain::{Invalid, Parsed};
use engine::Explanation;

use crate::{Error, Service};

/// The board's filters; every one given must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BoardFilters {
    /// Every word must appear in the headline, the description or the role's title.
    pub words: Vec<String>,
    /// A role code from the catalogue.
    pub role: Option<String>,
    /// An organisation level code.
    pub level: Option<String>,
    /// A situation type code.
    pub situation: Option<String>,
    /// A NACE section letter (`C` manufacturing, ...).
    pub industry: Option<String>,
    /// A company size code.
    pub size: Option<String>,
    /// `public` or `private`.
    pub sector: Option<String>,
    /// The assignment's city, as written (case does not matter).
    pub city: Option<String>,
    /// Starts on or before this day.
    pub starts_by: Option<NaiveDate>,
    /// Runs at most this many weeks.
    pub max_weeks: Option<u16>,
}

/// The names the filters take, in a query string or a form.
pub const FILTER_NAMES: &[&str] = &[
    "q",
    "role",
    "level",
    "situation",
    "industry",
    "size",
    "sector",
    "city",
    "starts_by",
    "max_weeks",
];

impl BoardFilters {
    /// Reads the filters from query parameters; blank ones are ignored, unknown codes and
    /// malformed dates or numbers are refused by name.
    pub fn parse(params: &HashMap<String, String>) -> Parsed<Self> {
        let given = |name: &str| {
            params
                .get(name)
                .map(|v| v.trim())
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let coded = |name: &str, known: Vec<&'static str>| match given(name) {
            Some(v) if known.iter().any(|k| k.eq_ignore_ascii_case(&v)) => Ok(Some(v)),
            Some(v) => Err(Invalid::new(name, format!("'{v}' is not a known {name}"))),
            None => Ok(None),
        };
        use domain::vocabulary::{CompanySize, Level, Sector, SituationType};
        Ok(Self {
            words: given("q")
                .map(|q| {
                    q.to_lowercase()
                        .split_whitespace()
                        .map(str::to_owned)
                        .collect()
                })
                .unwrap_or_default(),
            role: given("role").map(|r| isco_group_of(&r)).transpose()?,
            level: coded("level", Level::ALL.iter().map(|l| l.code()).collect())?,
            situation: coded(
                "situation",
                SituationType::ALL.iter().map(|s| s.code()).collect(),
            )?,
            industry: coded(
                "industry",
                domain::industry::NaceSection::ALL
                    .iter()
                    .map(|s| s.code())
                    .collect(),
            )?,
            size: coded("size", CompanySize::ALL.iter().map(|s| s.code()).collect())?,
            sector: coded("sector", Sector::ALL.iter().map(|s| s.code()).collect())?,
            city: given("city").map(|c| c.to_lowercase()),
            starts_by: given("starts_by")
                .map(|d| {
                    NaiveDate::parse_from_str(&d, "%Y-%m-%d").map_err(|_| {
                        Invalid::new("starts_by", format!("'{d}' is not a date (YYYY-MM-DD)"))
                    })
                })
                .transpose()?,
            max_weeks: given("max_weeks")
                .map(|w| {
                    w.parse::<u16>().ok().filter(|w| *w > 0).ok_or_else(|| {
                        Invalid::new("max_weeks", format!("'{w}' is not a number of weeks"))
                    })
                })
                .transpose()?,
        })
    }

    fn admits(&self, posting: &JobPosting, mandate: &Mandate, client: &Client) -> bool {
        let text = format!(
            "{} {} {}",
            posting.headline,
            posting.description,
            mandate.role.title()
        )
        .to_lowercase();
        let is = |wanted: &Option<String>, code: &str| {
            wanted.as_ref().is_none_or(|w| w.eq_ignore_ascii_case(code))
        };
        self.words.iter().all(|w| text.contains(w.as_str()))
            && self.role.as_ref().is_none_or(|group| {
                mandate
                    .role
                    .occupation()
                    .is_some_and(|o| o.get().isco.starts_with(group.as_str()))
            })
            && is(&self.level, mandate.level.code())
            && is(&self.situation, mandate.situation.code())
            && is(&self.industry, client.industry.section().code())
            && is(&self.size, client.size.code())
            && is(&self.sector, client.sector.code())
            && self
                .city
                .as_ref()
                .is_none_or(|c| mandate.location.city.as_str().to_lowercase() == *c)
            && self.starts_by.is_none_or(|d| mandate.start_date <= d)
            && self.max_weeks.is_none_or(|w| mandate.duration_weeks <= w)
    }
}

/// The ISCO-08 group a role facet names: a group's code (1 to 4 digits: `121` business
/// services and administration managers, `1211` finance managers), or a catalogue role's
/// code (`cfo`), which stands for its occupation's unit group.
fn isco_group_of(value: &str) -> Parsed<String> {
    let esco = domain::esco::esco();
    if value.bytes().all(|b| b.is_ascii_digit()) && esco.isco_group(value).is_some() {
        return Ok(value.to_owned());
    }
    domain::roles::RoleId::from_code(value)
        .map(|r| r.occupation().get().isco.to_owned())
        .ok_or_else(|| {
            Invalid::new(
                "role",
                format!("'{value}' is not an ISCO-08 group code such as 1211 (finance managers)"),
            )
        })
}

/// How well a posting fits the viewer.
#[derive(Debug, Clone, PartialEq)]
pub struct Fit {
    /// Points of 100, when the viewer meets every hard requirement.
    pub score: Option<u32>,
    /// The strongest reasons (criterion and points), or why a requirement is not met.
    pub reasons: Vec<String>,
}

/// One open posting on the board.
#[derive(Debug, Clone)]
pub struct Opening {
    /// The posting's id.
    pub posting_id: PostingId,
    /// The posting.
    pub posting: JobPosting,
    /// The mandate behind it (what the board may show of it is the caller's to choose).
    pub mandate: Mandate,
    /// The client (its name only where the posting allows it).
    pub client: Client,
    /// The fit for the viewer, when the viewer is an interim manager.
    pub fit: Option<Fit>,
    /// Where the viewer's application stands, if they applied.
    pub applied: Option<ApplicationStatus>,
}

/// The width of the day-rate band a posting shows instead of the budget.
pub const RATE_BAND: u32 = 2_500;

/// The band around a budget, low and high: the exact figure stays between client and
/// provider.
pub fn rate_band(budget: domain::values::Money) -> (u32, u32) {
    let low = budget.amount / RATE_BAND * RATE_BAND;
    (low, low + RATE_BAND)
}

/// Words for the criteria, for the reasons a posting fits.
pub fn criterion_words(c: engine::Criterion) -> &'static str {
    use engine::Criterion as C;
    match c {
        C::Role => "your roles",
        C::Level => "your level",
        C::Situation => "situations you have handled",
        C::Industry => "your industries",
        C::SizeSector => "company sizes and sector you know",
        C::TrackRecord => "your clients' ratings",
        C::Traits => "your assessed traits",
        C::Text => "words in your profile",
        C::Language => "your languages",
        C::Distance => "where you live",
        C::Availability => "your availability",
        C::Rate => "your day rate",
        C::Network => "being in our own network",
    }
}

/// The fit of `mandate` for interim manager `me`: the engine's explanation of the mandate's
/// query for them. Vetting does not count: it is the provider's step after an application.
pub fn fit(
    service: &Service,
    mandate: &Mandate,
    client: &Client,
    me: CandidateId,
) -> Result<Fit, Error> {
    let mut query = engine::Query::new(mandate, client, service.today());
    query.filters.include_unvetted = true;
    let explanation = service
        .index
        .with(|index| index.explain(&query, me))
        .ok_or(Error::NotReady)?;
    Ok(match explanation {
        Explanation::Ranked { ranked, .. } => {
            let mut parts = ranked.contributions.clone();
            parts.sort_by(|a, b| b.1.total_cmp(&a.1));
            Fit {
                score: Some((ranked.score * 100.0).round() as u32),
                reasons: parts
                    .iter()
                    .take(3)
                    .filter(|(_, v)| *v > 0.0)
                    .map(|(c, v)| format!("{} (+{:.0})", criterion_words(*c), v * 100.0))
                    .collect(),
            }
        }
        Explanation::Removed(failures) => Fit {
            score: None,
            reasons: failures.iter().map(|f| f.reason.clone()).collect(),
        },
        Explanation::NotIndexed => Fit {
            score: None,
            reasons: vec!["Your profile is being indexed.".to_owned()],
        },
    })
}

/// An application, the posting it answers, and where it stands.
pub type AppliedTo = (
    Stored<ApplicationId, Application>,
    JobPosting,
    ApplicationStatus,
);

/// An interim manager's applications, newest first, each with its posting and where it stands
/// (from the mandate's pipeline).
pub async fn applications(service: &Service, me: CandidateId) -> Result<Vec<AppliedTo>, Error> {
    let applied = service.store.applications_of(me).await?;
    let mandates: Vec<MandateId> = applied.iter().map(|(_, p)| p.mandate_id).collect();
    let stages: HashMap<MandateId, PipelineStage> = service
        .store
        .pipelines_of(&mandates)
        .await?
        .into_iter()
        .filter(|e| e.value.candidate_id == me)
        .map(|e| (e.value.mandate_id, e.value.stage()))
        .collect();
    Ok(applied
        .into_iter()
        .map(|(application, posting)| {
            let status = match stages.get(&posting.mandate_id) {
                Some(PipelineStage::Rejected) => ApplicationStatus::Declined,
                Some(PipelineStage::Withdrawn) => ApplicationStatus::Withdrawn,
                Some(_) => ApplicationStatus::InPipeline,
                None => ApplicationStatus::Received,
            };
            (application, posting, status)
        })
        .collect())
}

/// The open postings (not closed, the mandate still open) that pass `filters`; for an interim
/// manager (`me`) each with its fit and their application, best fit first; otherwise newest
/// first.
pub async fn openings(
    service: &Service,
    me: Option<CandidateId>,
    filters: &BoardFilters,
) -> Result<Vec<Opening>, Error> {
    let today = service.today();
    let applied: HashMap<MandateId, ApplicationStatus> = match me {
        Some(me) => applications(service, me)
            .await?
            .into_iter()
            .map(|(_, posting, status)| (posting.mandate_id, status))
            .collect(),
        None => HashMap::new(),
    };
    // The board is read whole: postings, their mandates and clients in three queries, not
    // two per posting.
    let postings = service.store.postings().await?;
    let mandates: HashMap<MandateId, Mandate> = service
        .store
        .mandates()
        .await?
        .into_iter()
        .map(|m| (m.id, m.value))
        .collect();
    let clients: HashMap<ClientId, Client> = service
        .store
        .clients()
        .await?
        .into_iter()
        .map(|c| (c.id, c.value))
        .collect();
    let mut out = Vec::new();
    for posting in postings {
        if posting.value.closes_on < today {
            continue;
        }
        let Some(mandate) = mandates.get(&posting.value.mandate_id) else {
            continue;
        };
        if !mandate.status.is_open() {
            continue;
        }
        let Some(client) = clients.get(&mandate.client_id) else {
            continue;
        };
        if !filters.admits(&posting.value, mandate, client) {
            continue;
        }
        let fit = match me {
            Some(me) => Some(fit(service, mandate, client, me)?),
            None => None,
        };
        out.push(Opening {
            posting_id: posting.id,
            applied: applied.get(&posting.value.mandate_id).copied(),
            posting: posting.value,
            mandate: mandate.clone(),
            client: client.clone(),
            fit,
        });
    }
    // Best fit first; those whose requirements the viewer does not meet last.
    out.sort_by_key(|o| {
        std::cmp::Reverse(o.fit.as_ref().and_then(|f| f.score).map_or(0, |s| s + 1))
    });
    Ok(out)
}
