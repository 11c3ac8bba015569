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
    /// The role: any title in English, Norwegian, Swedish or Danish ("Konstituert
    /// økonomisjef"), an ESCO occupation URI, or a catalogue code (`cfo`). A title is filed
    /// under the ESCO occupation it names; none is refused for being unknown.
    #[schema(value_type = Short)]
    role: String,
    /// The ESCO occupation URI a person chose for the title in `role` (a confirmed
    /// suggestion of `GET /api/v1/occupations`).
    role_uri: Option<String>,
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

/// A role as named, filed under an ESCO occupation (`domain::occupation::Role`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct RoleSchema {
    /// The title as written ("Konstituert økonomisjef").
    #[schema(value_type = Short)]
    title: String,
    /// The ESCO occupation's URI; null when no occupation was found.
    uri: Option<String>,
    /// How sure the filing is, 0 to 1 (1 when a person chose it).
    #[schema(minimum = 0, maximum = 1)]
    confidence: Option<f32>,
    /// Whether a person confirmed the occupation.
    confirmed: bool,
    /// The occupation's ISCO-08 unit group (shown; derived again on reading).
    isco_code: Option<String>,
    /// The occupation's English label (shown; derived again on reading).
    label: Option<String>,
    /// Unsure and unconfirmed, or not filed: a person should look.
    needs_review: bool,
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
    /// The title as the organisation used it, filed under an ESCO occupation. Taken in also
    /// as a plain string: a title, an ESCO URI or a catalogue code.
    role: RoleSchema,
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

// The records the API answers with, in the shape they are stored and sent. Each is a
// description only; `tests/it/openapi.rs` checks that its fields are exactly the serialized
// domain value's, so the document cannot drift from what the server sends.

/// A span of days, first and last included (`domain::values::Period`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct PeriodSchema {
    #[schema(format = Date)]
    start: String,
    /// Never before `start`.
    #[schema(format = Date)]
    end: String,
}

/// An amount per day in a currency (`domain::values::Money`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct MoneySchema {
    /// Whole units of the currency.
    #[schema(minimum = 0, maximum = 1_000_000)]
    amount: u32,
    /// `NOK`, `SEK`, `DKK`, `EUR`, ...
    currency: String,
}

/// A place (`domain::values::Location`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct LocationSchema {
    #[schema(value_type = Short)]
    city: String,
    /// ISO 3166-1 alpha-2.
    country: String,
    #[schema(minimum = -90, maximum = 90)]
    lat: f64,
    #[schema(minimum = -180, maximum = 180)]
    lon: f64,
}

/// Where the provider's vetting of an interim manager stands (`domain::candidate::Vetting`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct VettingSchema {
    /// `unvetted`, `in_progress`, `qualified`, `on_hold` or `not_qualified`.
    status: String,
    /// The day a qualification lapses.
    #[schema(format = Date)]
    qualified_until: Option<String>,
}

/// When an interim manager can work (`domain::candidate::Availability`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct AvailabilitySchema {
    #[schema(format = Date)]
    available_from: String,
    #[schema(minimum = 1, maximum = 5)]
    days_per_week: u8,
    /// Periods they said they are away (placements book the rest).
    unavailable: Vec<PeriodSchema>,
    /// When they last said this is accurate.
    #[schema(format = DateTime)]
    confirmed_at: Option<String>,
}

/// An interim manager's whole record (`domain::candidate::InterimManager`), for staff and the
/// manager themself.
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ProfileSchema {
    #[schema(value_type = Name)]
    name: String,
    #[schema(value_type = Email)]
    email: String,
    #[schema(value_type = Option<Short>)]
    phone: Option<String>,
    birth_year: Option<u16>,
    /// `interim_leader`, `consultant` or `administrator`.
    profile_kind: String,
    /// `own`, or the partner network's name.
    source: String,
    vetting: VettingSchema,
    #[schema(value_type = Short)]
    headline: String,
    #[schema(value_type = Long)]
    summary: String,
    #[schema(value_type = Long)]
    cv_text: String,
    track_record: Vec<TrackRecordEntrySchema>,
    availability: AvailabilitySchema,
    day_rate: MoneySchema,
    languages: Vec<LanguageSkillSchema>,
    home: LocationSchema,
    mobility: MobilitySchema,
    specialisation: SpecialisationSchema,
    /// The seven leadership traits as assessed, 0 to 100 each, in the order of the traits;
    /// absent until vetted.
    #[schema(min_items = 7, max_items = 7)]
    traits: Option<Vec<u8>>,
    preferences: PreferencesSchema,
    /// Consent to be kept in the network (or the legitimate-interest period of an Art. 14
    /// notice, see `basis`) runs until this day.
    #[schema(format = Date)]
    consent_until: Option<String>,
    /// Their id in the network they came from.
    #[schema(value_type = Option<Short>)]
    external_id: Option<String>,
    /// The legal basis they are kept and ranked on.
    basis: LegalBasisSchema,
    /// Where each field written by an import, staff or the manager came from, by field.
    provenance: std::collections::BTreeMap<String, FieldSourceSchema>,
}

/// The legal basis a candidate is kept and ranked on (`domain::candidate::LegalBasis`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct LegalBasisSchema {
    /// `consent` (their own), `partner_consent` (with `recorded_on`) or
    /// `legitimate_interest` (with `notice_due`: the Art. 14 notice's last day).
    kind: String,
    #[schema(format = Date)]
    recorded_on: Option<String>,
    #[schema(format = Date)]
    notice_due: Option<String>,
}

/// Who wrote a field's value (`domain::candidate::FieldSource`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct FieldSourceSchema {
    /// `import` (with `source` and `import_id`), `manager`, `staff` or `merged` (with
    /// `from`).
    by: String,
    /// The network whose export it came from.
    source: Option<String>,
    /// The import's number.
    import_id: Option<i64>,
    /// The merged-away record it came from.
    from: Option<i64>,
    /// The day it was written.
    #[schema(format = Date)]
    on: String,
}

/// A new candidate as `POST /api/v1/candidates` and a JSON Lines import take it
/// (`domain::intake::CandidateDraft`). Only `name`, `email`, `home_city` and `day_rate` are
/// required, and a `headline` unless an experience is given; every wrong field is named.
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct CandidateDraftSchema {
    #[schema(value_type = Name)]
    name: String,
    #[schema(value_type = Email)]
    email: String,
    /// As written; compared in E.164 for duplicates.
    #[schema(value_type = Option<Short>)]
    phone: Option<String>,
    #[schema(minimum = 1920)]
    birth_year: Option<i64>,
    /// The newest experience's title (and organisation) when absent.
    #[schema(value_type = Option<Short>)]
    headline: Option<String>,
    #[schema(value_type = Option<Long>)]
    summary: Option<String>,
    /// `interim_leader` (when absent), `consultant` or `administrator`.
    profile_kind: Option<String>,
    /// `own` (when absent) or the partner network's name.
    #[schema(value_type = Option<Short>)]
    source: Option<String>,
    /// Their id in that source: a newer export finds them by it.
    #[schema(value_type = Option<Short>)]
    external_id: Option<String>,
    /// The city they live in, e.g. `Bergen`.
    #[schema(value_type = Short)]
    home_city: String,
    /// ISO 3166-1 alpha-2; helps place a city abroad.
    country: Option<String>,
    /// Whole units per day.
    #[schema(minimum = 0, maximum = 1000000)]
    day_rate: i64,
    /// NOK, SEK, DKK, EUR or GBP; the home country's when absent.
    currency: Option<String>,
    /// `code:level`, e.g. `nb:C2`, `en:C1`.
    languages: Vec<String>,
    /// The first day free; today when absent.
    #[schema(format = Date)]
    available_from: Option<String>,
    /// Earlier roles, newest first.
    experience: Vec<ExperienceDraftSchema>,
    /// The consent the source recorded; without it they are kept on legitimate interest
    /// until the Art. 14 notice is due.
    consent: Option<ConsentDraftSchema>,
}

/// One earlier role of a new candidate (`domain::intake::ExperienceDraft`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ExperienceDraftSchema {
    /// Any title in English, Norwegian, Swedish or Danish; filed under its ESCO occupation.
    #[schema(value_type = Short)]
    title: String,
    #[schema(value_type = Option<Short>)]
    organisation: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `DD.MM.YYYY`.
    start: Option<String>,
    /// Absent while ongoing.
    end: Option<String>,
    /// A NACE code or section.
    industry: Option<String>,
    #[schema(value_type = Option<Long>)]
    achievements: Option<String>,
}

/// The consent a source recorded (`domain::intake::ConsentDraft`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ConsentDraftSchema {
    #[schema(format = Date)]
    recorded_on: String,
    /// Two years after `recorded_on` when absent.
    #[schema(format = Date)]
    until: Option<String>,
}

/// The situation a mandate is taken in for (`domain::mandate::SituationAnalysis`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct SituationAnalysisSchema {
    #[schema(value_type = Long)]
    current_state: String,
    #[schema(value_type = Long)]
    goals: String,
    #[schema(value_type = Long)]
    challenges: String,
    #[schema(value_type = Long)]
    stakeholders: String,
    #[schema(value_type = Long)]
    success_criteria: String,
}

/// What a requirement asks for (`domain::mandate::Criterion`): `kind` says which of the
/// other fields it has.
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct CriterionSchema {
    /// `language` (with `language`, `min_level`), `industry` (with `industry`), `situation`
    /// (with `situation`) or `skill` (with `text`).
    kind: String,
    /// ISO 639-1.
    language: Option<String>,
    /// `a1` to `c2`, or `native`.
    min_level: Option<String>,
    /// A NACE code.
    industry: Option<String>,
    /// A situation type code.
    situation: Option<String>,
    #[schema(value_type = Option<Short>)]
    text: Option<String>,
}

/// One requirement of a mandate (`domain::mandate::Requirement`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct RequirementSchema {
    /// `must_have` or `nice_to_have`.
    importance: String,
    criterion: CriterionSchema,
}

/// A client's need as taken in (`domain::mandate::Mandate`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct MandateSchema {
    client_id: i64,
    contact_id: Option<i64>,
    consultant_id: Option<i64>,
    #[schema(value_type = Short)]
    title: String,
    role: RoleSchema,
    level: String,
    situation: String,
    analysis: SituationAnalysisSchema,
    requirements: Vec<RequirementSchema>,
    #[schema(format = Date)]
    start_date: String,
    #[schema(minimum = 1, maximum = 156)]
    duration_weeks: u16,
    budget_day_rate: MoneySchema,
    location: LocationSchema,
    #[schema(minimum = 0, maximum = 5)]
    on_site_days: u8,
    /// `intake`, `search`, `shortlist`, `placed` or `cancelled`.
    status: String,
    #[schema(format = DateTime)]
    opened_at: String,
    #[schema(format = DateTime)]
    shortlist_presented_at: Option<String>,
    #[schema(format = DateTime)]
    placed_at: Option<String>,
}

/// A client company (`domain::client::Client`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ClientSchema {
    #[schema(value_type = Short)]
    name: String,
    #[schema(value_type = Option<Short>)]
    org_number: Option<String>,
    /// A NACE code.
    industry: String,
    size: String,
    sector: String,
    #[schema(value_type = Short)]
    city: String,
    /// Interim managers the client does not want proposed.
    excluded_candidates: Vec<i64>,
}

/// A contact person at a client company (`domain::client::ClientContact`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ClientContactSchema {
    client_id: i64,
    #[schema(value_type = Name)]
    name: String,
    #[schema(value_type = Short)]
    title: String,
    #[schema(value_type = Email)]
    email: String,
    #[schema(value_type = Option<Short>)]
    phone: Option<String>,
}

/// One move in a pipeline (`domain::pipeline::StageMove`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct StageMoveSchema {
    /// The stage before; absent for the first.
    from: Option<String>,
    to: String,
    #[schema(format = DateTime)]
    at: String,
    /// Who moved them.
    by: Option<i64>,
    /// Why, where the move needs a reason.
    #[schema(value_type = Option<Required>)]
    reason: Option<String>,
}

/// A placement (`domain::placement::Placement`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct PlacementSchema {
    mandate_id: i64,
    candidate_id: i64,
    client_contact_id: Option<i64>,
    period: PeriodSchema,
    day_rate: MoneySchema,
    #[schema(format = DateTime)]
    placed_at: String,
}

/// An application to a posting (`domain::portal::Application`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ApplicationSchema {
    posting_id: i64,
    candidate_id: i64,
    #[schema(value_type = Long)]
    motivation: String,
    #[schema(format = DateTime)]
    applied_at: String,
    /// `received`, `in_pipeline`, `declined` or `withdrawn`.
    status: String,
}

/// A contact of the manager's own network (`domain::portal::NetworkContact`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct NetworkContactSchema {
    owner: i64,
    #[schema(value_type = Name)]
    name: String,
    #[schema(value_type = Short)]
    company: String,
    #[schema(value_type = Short)]
    role_title: String,
    #[schema(value_type = Long)]
    met_how: String,
    met_on_placement: Option<i64>,
    #[schema(format = Date)]
    last_contact: Option<String>,
    #[schema(value_type = Long)]
    notes: String,
    #[schema(format = Date)]
    next_contact_on: Option<String>,
}

/// The CV file in an export: its details and where to download it.
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ExportCvSchema {
    file_name: String,
    content_type: String,
    size: u64,
    #[schema(format = DateTime)]
    uploaded_at: String,
    /// The download's path.
    download: String,
}

/// A pipeline the manager is in, in an export.
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ExportPipelineSchema {
    mandate_id: i64,
    stage: String,
    #[schema(format = DateTime)]
    since: Option<String>,
}

/// An application with the posting's headline, in an export.
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ExportApplicationSchema {
    application: ApplicationSchema,
    /// The posting's headline.
    posting: String,
}

/// A qualification decision without the interview evidence, in an export.
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ExportDecisionSchema {
    /// `qualified`, `not_qualified` or `on_hold`.
    outcome: String,
    #[schema(format = DateTime)]
    decided_at: String,
    #[schema(format = Date)]
    expires_on: Option<String>,
}

/// One look at the manager's data, from the audit log, in an export.
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ExportAccessSchema {
    #[schema(format = DateTime)]
    at: String,
    /// `view`, `change`, `export`, ...
    action: String,
    /// The user who looked.
    by_user: Option<i64>,
}

/// Everything held about an interim manager (`GET /api/v1/candidates/{id}/export`).
#[derive(Debug, ToSchema)]
#[allow(
    dead_code,
    reason = "a description for the OpenAPI document; never built"
)]
pub(crate) struct ExportSchema {
    #[schema(format = DateTime)]
    exported_at: String,
    profile: ProfileSchema,
    cv: Option<ExportCvSchema>,
    placements: Vec<PlacementSchema>,
    pipelines: Vec<ExportPipelineSchema>,
    applications: Vec<ExportApplicationSchema>,
    /// Their own network: only in their own export, never an admin's.
    network: Vec<NetworkContactSchema>,
    vetting_decisions: Vec<ExportDecisionSchema>,
    /// Who looked at their data, newest first (at most 1,000 entries).
    access_log: Vec<ExportAccessSchema>,
}
