//! The interim manager's profile as consultants see it (the view is audited): summary, track
//! record, specialisation, availability calendar, pipelines and placements, and the vetting:
//! interviews scored on the seven traits with evidence (disagreements of two points or more
//! flagged), reference checks (a referee at the candidate's current employer flagged), and
//! qualification decisions, which set the vetting status the match index filters on.

use std::collections::HashMap;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, Duration, NaiveDate};

use domain::Invalid;
use domain::candidate::{InterimManager, LegalBasis};
use domain::ids::CandidateId;
use domain::values::{LongText, Period, PersonName, RequiredText, ShortText};
use domain::vetting::{
    QualificationDecision, REFERENCE_QUESTIONS, ReferenceAnswer, ReferenceCheck, Scorecard,
    VettingInterview, disagreements,
};
use domain::vocabulary::{QualificationOutcome, Recommendation, RefereeRelation, Trait, Verdict};

use crate::AppState;
use crate::api::path_id;
use service::Records;

use super::network::vetting_text;
use super::{Chrome, Fields, PageError, Submitted, Viewer, date, days, money, render, see_other};

/// One row of the track record.
struct RecordRow {
    period: String,
    title: String,
    organisation: String,
    kind: &'static str,
    details: String,
    achievements: String,
    rating: Option<String>,
}

/// One day of the availability calendar.
pub(super) struct CalendarDay {
    pub(super) day: u32,
    pub(super) class: &'static str,
}

/// One month of the availability calendar.
pub(super) struct Month {
    pub(super) name: String,
    /// Blank cells before the first day (Monday first).
    pub(super) lead: Vec<()>,
    pub(super) days: Vec<CalendarDay>,
}

/// A pipeline the person stands in.
struct PipelineRow {
    mandate_id: i64,
    title: String,
    stage: &'static str,
    since: String,
}

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfilePage {
    chrome: Chrome,
    c: InterimManager,
    /// The CV file on record: name and size.
    cv: Option<(String, String)>,
    vetting: String,
    vetting_expired: bool,
    rate: String,
    languages: String,
    mobility: String,
    specialisation: Vec<(&'static str, String)>,
    record: Vec<RecordRow>,
    traits: Vec<(&'static str, String, u32)>,
    c_id: i64,
    vetting_view: VettingView,
    echo: Echo,
    months: Vec<Month>,
    confirmed: String,
    available_from: String,
    pipelines: Vec<PipelineRow>,
    placements: Vec<(i64, String, String, String)>,
    /// The network they came from, with their id in it.
    network: String,
    /// The legal basis they are kept and ranked on, in words.
    basis: String,
    /// Where each field's value came from: field, source.
    provenance: Vec<(&'static str, String)>,
}

/// `GET /app/candidates/{id}`: the profile (the view is audited).
pub(super) async fn profile(
    State(state): State<AppState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, PageError> {
    let id = CandidateId(path_id(&id, "interim manager")?);
    Ok(render(
        &profile_page(&state, &viewer, id, Echo::default()).await?,
    ))
}

/// The profile page, with a refused vetting form shown again with its problems.
async fn profile_page(
    state: &AppState,
    viewer: &Viewer,
    id: CandidateId,
    echo: Echo,
) -> Result<ProfilePage, PageError> {
    let today = state.today();
    let records = Records::new(state, &viewer.actor);
    let (stored, _) = records.candidate(id).await?;
    let c = stored.value;
    let placements = records.placements_of(id).await?;
    let booked: Vec<Period> = placements.iter().map(|p| p.value.period).collect();
    let entries = records.pipelines_of_candidate(id).await?;
    let mandates: HashMap<_, _> = records
        .mandates()
        .await?
        .into_iter()
        .map(|m| (m.id, m.value.title.to_string()))
        .collect();
    let months = calendar(today, &c, &booked);
    let mut entries_newest_first: Vec<&domain::candidate::TrackRecordEntry> =
        c.track_record.iter().collect();
    entries_newest_first.sort_by_key(|t| std::cmp::Reverse(t.start));
    let record: Vec<RecordRow> = entries_newest_first
        .into_iter()
        .map(|t| RecordRow {
            period: format!(
                "{} – {}",
                t.start
                    .map_or_else(|| "?".to_owned(), |s| s.format("%b %Y").to_string()),
                t.end
                    .map_or("now".to_owned(), |e| e.format("%b %Y").to_string())
            ),
            title: t.role.title().to_owned(),
            organisation: t
                .organisation
                .as_ref()
                .map_or_else(String::new, ToString::to_string),
            kind: t.engagement.label(),
            details: [
                Some(t.role.label()),
                t.level.map(|l| l.label()),
                t.company_size.map(|s| s.label()),
                t.sector.map(|s| s.label()),
                t.situation.map(|s| s.label()),
            ]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
            achievements: t.achievements.to_string(),
            rating: t.client_rating.map(|r| format!("{r:?}")),
        })
        .collect();
    let cv = records
        .cv_details(id)
        .await?
        .map(|cv| (cv.file_name, format!("{} KB", cv.size.div_ceil(1024))));
    let page = ProfilePage {
        network: match &c.external_id {
            Some(id) => format!("{} (their id there: {id})", c.source),
            None => c.source.to_string(),
        },
        basis: match c.consent_until {
            Some(until) if !matches!(c.basis, LegalBasis::LegitimateInterest { .. }) => {
                format!("{}, until {}", c.basis.describe(), date(until))
            }
            _ => c.basis.describe(),
        },
        provenance: c
            .provenance
            .0
            .iter()
            .map(|(field, source)| (field_label(field), source.to_string()))
            .collect(),
        chrome: viewer.chrome("network"),
        cv,
        vetting: vetting_text(&c, today),
        vetting_expired: c.vetting.is_expired_on(today),
        rate: money(c.day_rate),
        languages: c
            .languages
            .iter()
            .map(|l| format!("{} {}", l.language.name(), l.level.label()))
            .collect::<Vec<_>>()
            .join(", "),
        mobility: {
            let m = c.mobility;
            let mut parts = Vec::new();
            if m.relocate {
                parts.push("will relocate");
            }
            if m.travel {
                parts.push("will travel weekly");
            }
            if m.remote {
                parts.push("works remotely");
            }
            if parts.is_empty() {
                "daily commute only".to_owned()
            } else {
                parts.join(", ")
            }
        },
        specialisation: vec![
            (
                "Industries",
                c.specialisation
                    .industries
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            ("Sectors", labels(&c.specialisation.sectors, |s| s.label())),
            (
                "Company sizes",
                labels(&c.specialisation.company_sizes, |s| s.label()),
            ),
            ("Levels", labels(&c.specialisation.levels, |s| s.label())),
            (
                "Situations handled",
                labels(&c.specialisation.situations, |s| s.label()),
            ),
        ],
        record,
        traits: c
            .traits
            .map(|t| {
                Trait::ALL
                    .iter()
                    .map(|tr| {
                        let tenths = t.0[tr.index()];
                        (
                            tr.label(),
                            format!("{:.1}", f32::from(tenths) / 10.0),
                            u32::from(tenths) * 2,
                        )
                    })
                    .collect()
            })
            .unwrap_or_default(),
        months,
        available_from: date(c.availability.available_from),
        confirmed: c.availability.confirmed_at.map_or_else(
            || "never confirmed by them".to_owned(),
            |t| {
                format!(
                    "confirmed {} ago",
                    days((state.now() - t).num_days().max(0))
                )
            },
        ),
        pipelines: entries
            .iter()
            .map(|e| PipelineRow {
                mandate_id: e.value.mandate_id.0,
                title: mandates
                    .get(&e.value.mandate_id)
                    .cloned()
                    .unwrap_or_default(),
                stage: e.value.stage().label(),
                since: e
                    .value
                    .stage_entered_at()
                    .map_or(String::new(), |t| date(t.date_naive())),
            })
            .collect(),
        placements: placements
            .iter()
            .map(|p| {
                (
                    p.value.mandate_id.0,
                    mandates
                        .get(&p.value.mandate_id)
                        .cloned()
                        .unwrap_or_default(),
                    format!(
                        "{} – {}",
                        date(p.value.period.start()),
                        date(p.value.period.end())
                    ),
                    money(p.value.day_rate),
                )
            })
            .collect(),
        c_id: id.0,
        vetting_view: vetting_view(&records, &c, id).await?,
        echo,
        c,
    };
    Ok(page)
}

fn labels<T: Copy>(values: &[T], label: fn(T) -> &'static str) -> String {
    values
        .iter()
        .map(|v| label(*v))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Six months from this one: free, booked (placements and periods they gave), or before the
/// day they become available.
pub(super) fn calendar(today: NaiveDate, c: &InterimManager, booked: &[Period]) -> Vec<Month> {
    let mut first = today.with_day(1).unwrap_or(today);
    let mut months = Vec::new();
    for _ in 0..6 {
        let next = first
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(first + Duration::days(31));
        let lead = vec![(); first.weekday().num_days_from_monday() as usize];
        let mut days = Vec::new();
        let mut d = first;
        while d < next {
            let busy = booked
                .iter()
                .chain(c.availability.unavailable.iter())
                .any(|p| p.contains(d));
            days.push(CalendarDay {
                day: d.day(),
                class: if busy {
                    "busy"
                } else if d < c.availability.available_from {
                    "before"
                } else {
                    "free"
                },
            });
            d += Duration::days(1);
        }
        months.push(Month {
            name: first.format("%B %Y").to_string(),
            lead,
            days,
        });
        first = next;
    }
    months
}

/// A vetting form sent back with its problems: which form, what was typed, what is wrong.
#[derive(Debug, Default)]
pub(super) struct Echo {
    form: &'static str,
    fields: Fields,
    problems: HashMap<String, String>,
}

impl Echo {
    fn new(form: &'static str, fields: Fields, problems: Vec<Invalid>) -> Self {
        let mut by_field = HashMap::new();
        for p in problems {
            by_field.entry(p.field).or_insert(p.message);
        }
        Self {
            form,
            fields,
            problems: by_field,
        }
    }
}

/// A field of the record in words, for the list of where the data came from.
fn field_label(field: &str) -> &'static str {
    match field {
        "name" => "Name",
        "email" => "E-mail",
        "phone" => "Phone",
        "birth_year" => "Year of birth",
        "headline" => "Headline",
        "summary" => "Summary",
        "profile_kind" => "Profile",
        "external_id" => "Id in their network",
        "home" => "Home",
        "day_rate" => "Day rate",
        "languages" => "Languages",
        "available_from" => "Availability",
        "experience" => "Track record",
        "consent" => "Consent",
        _ => "Other",
    }
}

impl ProfilePage {
    /// What was typed into `field` of `form` when it was refused, else `default`.
    fn typed<'a>(&'a self, form: &str, field: &str, default: &'a str) -> &'a str {
        if self.echo.form == form {
            self.echo.fields.get(field)
        } else {
            default
        }
    }

    /// The problem with `field` of `form`, if it was refused for it.
    fn problem(&self, form: &str, field: &str) -> Option<&str> {
        (self.echo.form == form)
            .then(|| self.echo.problems.get(field).map(String::as_str))
            .flatten()
    }

    /// Whether `form` was refused (it opens, with its count of problems).
    fn refused(&self, form: &str) -> usize {
        if self.echo.form == form {
            self.echo.problems.len()
        } else {
            0
        }
    }
}

/// One trait across the interviews.
struct TraitRow {
    code: &'static str,
    label: &'static str,
    /// Score and evidence per interview, in interview order.
    scores: Vec<(u8, String)>,
    disagree: bool,
}

/// One interview's header.
struct InterviewHead {
    date: String,
    interviewer: String,
    recommendation: &'static str,
    notes: String,
}

/// One reference check.
struct ReferenceView {
    referee: String,
    company: String,
    relation: &'static str,
    assignment: String,
    verdict: &'static str,
    date: String,
    answers: Vec<(String, String)>,
    same_company: bool,
}

/// The vetting section.
struct VettingView {
    interviews: Vec<InterviewHead>,
    traits: Vec<TraitRow>,
    disagreements: usize,
    references: Vec<ReferenceView>,
    decisions: Vec<(String, &'static str, String, String, String)>,
    today: String,
    default_expiry: String,
    trait_choices: Vec<(&'static str, &'static str)>,
    recommendations: Vec<(&'static str, &'static str)>,
    relations: Vec<(&'static str, &'static str)>,
    verdicts: Vec<(&'static str, &'static str)>,
    outcomes: Vec<(&'static str, &'static str)>,
    questions: Vec<(usize, &'static str)>,
    /// The mandates whose pipelines the candidate stands in, for tying an interview to one.
    mandates: Vec<(i64, String)>,
}

async fn vetting_view(
    records: &Records<'_>,
    c: &InterimManager,
    id: CandidateId,
) -> Result<VettingView, PageError> {
    let today = records.today();
    // The mandates they are in, read whole once rather than one per pipeline entry.
    let titles: HashMap<_, _> = records
        .mandates()
        .await?
        .into_iter()
        .map(|m| (m.id, m.value.title.to_string()))
        .collect();
    let mandates: Vec<(i64, String)> = records
        .pipelines_of_candidate(id)
        .await?
        .into_iter()
        .filter_map(|e| {
            let id = e.value.mandate_id;
            titles.get(&id).map(|t| (id.0, t.clone()))
        })
        .collect();
    let service::Vetting {
        interviews,
        references,
        decisions,
        ..
    } = records.vetting(id).await?;
    let names = records.staff_names().await?;
    let name_of = |u| {
        names
            .get(&u)
            .cloned()
            .unwrap_or_else(|| "a former colleague".to_owned())
    };
    let cards: Vec<&Scorecard> = interviews.iter().map(|i| &i.value.scorecard).collect();
    let split = disagreements(cards.iter().copied());
    let current_employer = c.current_employer();
    Ok(VettingView {
        interviews: interviews
            .iter()
            .map(|i| InterviewHead {
                date: date(i.value.held_on),
                interviewer: name_of(i.value.interviewer),
                recommendation: i.value.recommendation.label(),
                notes: i.value.notes.to_string(),
            })
            .collect(),
        traits: Trait::ALL
            .iter()
            .map(|t| TraitRow {
                code: t.code(),
                label: t.label(),
                scores: cards
                    .iter()
                    .map(|card| {
                        let a = card.assessments().iter().find(|a| a.r#trait == *t);
                        (
                            card.score(*t).get(),
                            a.map_or(String::new(), |a| a.evidence.to_string()),
                        )
                    })
                    .collect(),
                disagree: split.contains(t),
            })
            .collect(),
        disagreements: split.len(),
        references: references
            .iter()
            .map(|r| ReferenceView {
                referee: r.value.referee_name.to_string(),
                company: r.value.referee_company.to_string(),
                relation: r.value.relation.label(),
                assignment: r.value.assignment.to_string(),
                verdict: r.value.verdict.label(),
                date: date(r.value.checked_on),
                answers: r
                    .value
                    .answers
                    .iter()
                    .map(|a| (a.question.to_string(), a.answer.to_string()))
                    .collect(),
                same_company: r.value.same_company_as(current_employer),
            })
            .collect(),
        decisions: decisions
            .iter()
            .rev()
            .map(|d| {
                (
                    date(d.value.decided_at.date_naive()),
                    d.value.outcome.label(),
                    d.value.reasons.to_string(),
                    if d.value.outcome == QualificationOutcome::Qualified {
                        format!("until {}", date(d.value.expires_on))
                    } else {
                        String::new()
                    },
                    name_of(d.value.decided_by),
                )
            })
            .collect(),
        today: today.format("%Y-%m-%d").to_string(),
        default_expiry: QualificationDecision::default_expiry(today)
            .format("%Y-%m-%d")
            .to_string(),
        trait_choices: Trait::ALL.iter().map(|t| (t.code(), t.label())).collect(),
        recommendations: Recommendation::ALL
            .iter()
            .map(|r| (r.code(), r.label()))
            .collect(),
        relations: RefereeRelation::ALL
            .iter()
            .map(|r| (r.code(), r.label()))
            .collect(),
        verdicts: Verdict::ALL.iter().map(|v| (v.code(), v.label())).collect(),
        outcomes: QualificationOutcome::ALL
            .iter()
            .map(|o| (o.code(), o.label()))
            .collect(),
        questions: REFERENCE_QUESTIONS.iter().copied().enumerate().collect(),
        mandates,
    })
}

/// Reads a date field.
fn day(fields: &Fields, name: &str, problems: &mut Vec<Invalid>) -> Option<NaiveDate> {
    let raw = fields.get(name).trim();
    NaiveDate::parse_from_str(raw, "%Y-%m-%d")
        .map_err(|_| {
            problems.push(Invalid::new(
                name,
                format!("'{raw}' is not a date; write it as YYYY-MM-DD"),
            ))
        })
        .ok()
}

/// Keeps a parsed value or records its problem under `field`.
fn kept<T>(problems: &mut Vec<Invalid>, field: &str, r: domain::Parsed<T>) -> Option<T> {
    r.map_err(|e| problems.push(Invalid::new(field, e.message)))
        .ok()
}

/// Answers a refused vetting form: the profile again, the form open with its problems.
async fn refused(
    state: &AppState,
    viewer: &Viewer,
    id: CandidateId,
    form: &'static str,
    fields: Fields,
    problems: Vec<Invalid>,
) -> Result<Response, PageError> {
    let page = profile_page(state, viewer, id, Echo::new(form, fields, problems)).await?;
    Ok((StatusCode::UNPROCESSABLE_ENTITY, render(&page)).into_response())
}

/// `POST /app/candidates/{id}/interviews`: a scorecard on the seven traits, each score with
/// evidence; every missing score or evidence is named at once.
pub(super) async fn record_interview(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let id = CandidateId(path_id(&id, "interim manager")?);
    Records::new(&state, &viewer.actor).staff_only()?;
    let mut problems = Vec::new();
    let held_on = day(&fields, "held_on", &mut problems);
    let mut entries = Vec::new();
    for t in Trait::ALL {
        let score_field = format!("score_{}", t.code());
        let evidence_field = format!("evidence_{}", t.code());
        let score = match fields.get(&score_field).trim().parse::<i64>() {
            Ok(s) if (1..=5).contains(&s) => Some(s),
            _ => {
                problems.push(Invalid::new(&score_field, "score 1 to 5"));
                None
            }
        };
        let evidence = fields.get(&evidence_field);
        if evidence.trim().is_empty() {
            problems.push(Invalid::new(
                &evidence_field,
                "a score needs written evidence: what the candidate said or did",
            ));
        }
        if let Some(score) = score {
            entries.push((*t, score, evidence));
        }
    }
    let recommendation = kept(
        &mut problems,
        "recommendation",
        Recommendation::parse(fields.get("recommendation")),
    );
    let notes = kept(&mut problems, "notes", LongText::parse(fields.get("notes")));
    if problems.is_empty()
        && let (Some(held_on), Some(recommendation), Some(notes)) = (held_on, recommendation, notes)
    {
        match Scorecard::parse(&entries) {
            Ok(scorecard) => {
                let interview = VettingInterview {
                    candidate_id: id,
                    mandate_id: fields
                        .int("mandate_id", 0)
                        .ok()
                        .filter(|m| *m > 0)
                        .map(domain::ids::MandateId),
                    interviewer: viewer.actor.user_id,
                    held_on,
                    scorecard,
                    recommendation,
                    notes,
                };
                Records::new(&state, &viewer.actor)
                    .record_interview(&interview)
                    .await?;
                return Ok(see_other(&format!("/app/candidates/{}#vetting", id.0)));
            }
            Err(e) => problems.push(e),
        }
    }
    refused(&state, &viewer, id, "interview", fields, problems).await
}

/// `POST /app/candidates/{id}/references`: a reference check with the standard questions.
pub(super) async fn record_reference(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let id = CandidateId(path_id(&id, "interim manager")?);
    Records::new(&state, &viewer.actor).staff_only()?;
    let mut problems = Vec::new();
    let p = &mut problems;
    let referee_name = kept(
        p,
        "referee_name",
        PersonName::parse(fields.get("referee_name")),
    );
    let referee_company = kept(
        p,
        "referee_company",
        ShortText::parse(fields.get("referee_company")),
    );
    let relation = kept(
        p,
        "relation",
        RefereeRelation::parse(fields.get("relation")),
    );
    let assignment = kept(p, "assignment", ShortText::parse(fields.get("assignment")));
    let verdict = kept(p, "verdict", Verdict::parse(fields.get("verdict")));
    let checked_on = day(&fields, "checked_on", p);
    let mut answers = Vec::new();
    for (i, question) in REFERENCE_QUESTIONS.iter().enumerate() {
        let field = format!("answer_{i}");
        let answer = fields.get(&field);
        if answer.trim().is_empty() {
            continue;
        }
        if let (Ok(question), Some(answer)) = (
            ShortText::parse(question),
            kept(p, &field, LongText::parse(answer)),
        ) {
            answers.push(ReferenceAnswer { question, answer });
        }
    }
    if answers.is_empty() {
        p.push(Invalid::new(
            "answer_0",
            "write down at least one of the referee's answers",
        ));
    }
    if let (
        true,
        Some(referee_name),
        Some(referee_company),
        Some(relation),
        Some(assignment),
        Some(verdict),
        Some(checked_on),
    ) = (
        problems.is_empty(),
        referee_name,
        referee_company,
        relation,
        assignment,
        verdict,
        checked_on,
    ) {
        let check = ReferenceCheck {
            candidate_id: id,
            referee_name,
            referee_company,
            relation,
            assignment,
            answers,
            verdict,
            checked_on,
            checked_by: viewer.actor.user_id,
        };
        Records::new(&state, &viewer.actor)
            .record_reference(&check)
            .await?;
        return Ok(see_other(&format!("/app/candidates/{}#vetting", id.0)));
    }
    refused(&state, &viewer, id, "reference", fields, problems).await
}

/// `POST /app/candidates/{id}/decisions`: qualified, not qualified or on hold, with reasons
/// and an expiry; the vetting status (and the trait profile from the interviews) change with
/// it, in the store and in the match index.
pub(super) async fn decide(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let id = CandidateId(path_id(&id, "interim manager")?);
    Records::new(&state, &viewer.actor).staff_only()?;
    let mut problems = Vec::new();
    let outcome = kept(
        &mut problems,
        "outcome",
        QualificationOutcome::parse(fields.get("outcome")),
    );
    let reasons = kept(
        &mut problems,
        "reasons",
        RequiredText::parse(fields.get("reasons")),
    );
    let expires_on = day(&fields, "expires_on", &mut problems);
    let today = state.today();
    if let Some(e) = expires_on
        && outcome == Some(QualificationOutcome::Qualified)
        && e <= today
    {
        problems.push(Invalid::new(
            "expires_on",
            "a qualification must run past today",
        ));
    }
    if let (true, Some(outcome), Some(reasons), Some(expires_on)) =
        (problems.is_empty(), outcome, reasons, expires_on)
    {
        let decision = QualificationDecision {
            candidate_id: id,
            outcome,
            reasons,
            decided_by: viewer.actor.user_id,
            decided_at: state.now(),
            expires_on,
        };
        Records::new(&state, &viewer.actor)
            .decide_qualification(&decision)
            .await?;
        return Ok(see_other(&format!("/app/candidates/{}#vetting", id.0)));
    }
    refused(&state, &viewer, id, "decision", fields, problems).await
}

/// `GET /app/candidates/{id}/cv`: the interim manager's CV file, as a download (logged).
pub(super) async fn download_cv(
    State(state): State<AppState>,
    Path(id): Path<String>,
    viewer: Viewer,
) -> Result<Response, PageError> {
    let id = CandidateId(path_id(&id, "interim manager")?);
    let cv = Records::new(&state, &viewer.actor).cv(id).await?;
    Ok(crate::own::cv_download(cv))
}
