//! OpenAPI descriptions the server's rules give: the text kinds (each with the lengths its
//! domain type enforces and no control characters), and the request bodies the API reads
//! straight into a domain draft (the domain has no schema derives: it knows nothing of wire
//! formats). Each body struct here mirrors one domain draft field by field; a test compares
//! each with the domain type's own fields, so the two cannot drift apart.

use utoipa::ToSchema;
use utoipa::openapi::RefOr;
use utoipa::openapi::schema::{ObjectBuilder, Schema, Type};

use domain::values::{LongText, PersonName, RequiredText, ShortText};

/// What the domain's text types refuse besides length: control characters other than tab,
/// line feed and carriage return (`char::is_control`).
const NO_CONTROL_CHARACTERS: &str = r"^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]*$";

/// A string schema of `min` to `max` characters matching `pattern`.
fn text(min: usize, max: usize, pattern: &str) -> RefOr<Schema> {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length((min > 0).then_some(min))
        .max_length(Some(max))
        .pattern(Some(pattern))
        .into()
}

/// Declares a schema-only type for one kind of text.
macro_rules! text_schema {
    ($(#[$doc:meta])* $name:ident => $min:expr, $max:expr, $pattern:expr) => {
        $(#[$doc])*
        pub(crate) struct $name;

        impl utoipa::PartialSchema for $name {
            fn schema() -> RefOr<Schema> {
                text($min, $max, $pattern)
            }
        }

        impl ToSchema for $name {}
    };
}

text_schema!(
    /// A short text (`ShortText`): a title, a name of a company, a city.
    Short => ShortText::MIN, ShortText::MAX, NO_CONTROL_CHARACTERS
);
text_schema!(
    /// A long text that may be empty (`LongText`).
    Long => LongText::MIN, LongText::MAX, NO_CONTROL_CHARACTERS
);
text_schema!(
    /// A text that must be written (`RequiredText`): evidence, reasons, rationales.
    Required => RequiredText::MIN, RequiredText::MAX, NO_CONTROL_CHARACTERS
);
text_schema!(
    /// A person's full name (`PersonName`).
    Name => PersonName::MIN, PersonName::MAX, NO_CONTROL_CHARACTERS
);
text_schema!(
    /// An e-mail address as `EmailAddress` takes it: one `@`, a dot in the domain, no spaces.
    Email => 3, 254, r"^\s*[^\s@]+@[^\s@.][^\s@]*\.[^\s@]*[^\s@.]\s*$"
);

/// A mandate as the API takes it in (`domain::mandate::MandateDraft`): every field optional
/// on the wire, the first wrong one named in a 422.
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct MandateDraftSchema {
    /// The client company; 0 or absent for a client submitting for its own company.
    #[schema(minimum = 0)]
    client_id: i64,
    /// A contact of that client.
    #[schema(minimum = 1)]
    contact_id: Option<i64>,
    /// The consultant who owns the mandate (staff only; the caller when absent).
    #[schema(minimum = 1)]
    consultant_id: Option<i64>,
    /// What the client calls the assignment.
    #[schema(value_type = Short)]
    title: String,
    /// A role from the catalogue, by code or title ("cfo", "Chief Financial Officer").
    #[schema(value_type = Short)]
    role: String,
    /// `executive`, `senior_management` or `middle_management`, ...
    level: String,
    /// The situation type's code, e.g. `restructuring_turnaround`.
    situation: String,
    /// The situation analysis: at least the current state or the goals.
    #[schema(value_type = Long)]
    current_state: String,
    /// Goals.
    #[schema(value_type = Long)]
    goals: String,
    /// Challenges.
    #[schema(value_type = Long)]
    challenges: String,
    /// Stakeholders.
    #[schema(value_type = Long)]
    stakeholders: String,
    /// Success criteria.
    #[schema(value_type = Long)]
    success_criteria: String,
    /// Must-haves and nice-to-haves; none may repeat or contradict another.
    requirements: Vec<RequirementDraftSchema>,
    /// The first day.
    #[schema(format = Date, example = "2027-03-01")]
    start_date: String,
    /// The length of the assignment.
    #[schema(minimum = 1, maximum = 156)]
    duration_weeks: i64,
    /// The day rate the client agreed, in the currency; above zero.
    #[schema(minimum = 1, maximum = 1000000)]
    budget_day_rate: i64,
    /// NOK, SEK, DKK, EUR, ...; NOK when empty.
    currency: String,
    /// Where the work is.
    #[schema(value_type = Short)]
    city: String,
    /// ISO 3166 alpha-2 code; NO when empty.
    country: String,
    /// Degrees north.
    #[schema(minimum = -90, maximum = 90)]
    lat: f64,
    /// Degrees east.
    #[schema(minimum = -180, maximum = 180)]
    lon: f64,
    /// Days a week on site.
    #[schema(minimum = 0, maximum = 5)]
    on_site_days: i64,
}

/// One requirement of a mandate (`domain::mandate::RequirementDraft`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct RequirementDraftSchema {
    /// `must_have` or `nice_to_have`.
    importance: String,
    /// `language`, `industry`, `situation` or `skill`.
    kind: String,
    /// The language code, industry code, situation code or the skill in words.
    #[schema(value_type = Short)]
    value: String,
    /// For a language: the lowest CEFR level accepted (A1 to C2, or native); B2 when empty.
    min_level: String,
}

/// One role or assignment of a track record (`domain::candidate::TrackRecordEntry`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct TrackRecordEntrySchema {
    /// `permanent` or `interim`.
    engagement: String,
    /// The role's code in the catalogue, e.g. `cfo`.
    role: String,
    /// The title as the organisation used it.
    #[schema(value_type = Short)]
    title: String,
    /// The organisation.
    #[schema(value_type = Short)]
    organisation: String,
    /// The organisation's industry, as a NACE code (`C10`).
    industry: String,
    /// `micro`, `small`, `medium`, `large` or `enterprise`.
    company_size: String,
    /// `public` or `private`.
    sector: String,
    /// The level of the role, e.g. `executive`.
    level: String,
    /// The situation handled, by code.
    situation: Option<String>,
    /// First day.
    #[schema(format = Date)]
    start: String,
    /// Last day; absent or null while ongoing, never before `start`.
    #[schema(format = Date)]
    end: Option<String>,
    /// What was achieved, in words.
    #[schema(value_type = Long)]
    achievements: String,
    /// The client's rating of the assignment, 1 to 5.
    #[schema(minimum = 1, maximum = 5)]
    client_rating: Option<u8>,
}

/// A language and the level spoken (`domain::language::LanguageSkill`); each language once.
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct LanguageSkillSchema {
    /// ISO 639-1 code: `nb`, `sv`, `da`, `fi`, `en`, `de`, ...
    language: String,
    /// `a1` to `c2`, or `native`.
    level: String,
}

/// What an interim manager specialises in (`domain::candidate::Specialisation`), by codes.
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct SpecialisationSchema {
    /// NACE codes.
    industries: Vec<String>,
    /// `public`, `private`.
    sectors: Vec<String>,
    /// Company size codes.
    company_sizes: Vec<String>,
    /// Level codes.
    levels: Vec<String>,
    /// Situation type codes.
    situations: Vec<String>,
}

/// How far an interim manager will go (`domain::candidate::Mobility`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct MobilitySchema {
    /// Will move for the length of an assignment.
    relocate: bool,
    /// Will commute weekly or travel.
    travel: bool,
    /// Will work remotely part of the week.
    remote: bool,
    /// The longest daily commute accepted, in km.
    #[schema(minimum = 0, maximum = 65535)]
    max_commute_km: u16,
}

/// What assignments an interim manager wants (`domain::candidate::Preferences`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct PreferencesSchema {
    /// The shortest assignment accepted, in weeks; at most `max_weeks`.
    #[schema(minimum = 0, maximum = 65535)]
    min_weeks: u16,
    /// The longest assignment accepted, in weeks.
    #[schema(minimum = 0, maximum = 65535)]
    max_weeks: u16,
    /// Remote days a week wanted, 0 to 5.
    #[schema(minimum = 0, maximum = 5)]
    remote_days: u8,
}
