//! Selection over the API: vetting (interviews scored on the seven traits with evidence,
//! reference checks, qualification decisions), the shortlist presented to the client, the
//! client's word on it, placements, and the client's evaluation of a finished assignment.
//! The rules live in `domain` and in [`Records`]; the pages call the same.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use domain::Invalid;
use domain::blind::ClientView;
use domain::ids::{CandidateId, ContactId, MandateId, PipelineEntryId, Version};
use domain::placement::{FeedbackKind, Placement, Shortlist, ShortlistEntry};
use domain::values::{LongText, Money, Period, PersonName, Rating, RequiredText, ShortText};
use domain::vetting::{
    QualificationDecision, REFERENCE_QUESTIONS, ReferenceAnswer, ReferenceCheck, Scorecard,
    VettingInterview, disagreements,
};
use domain::vocabulary::{
    Currency, QualificationOutcome, Recommendation, RefereeRelation, Trait, Verdict,
};

use crate::AppState;
use crate::api::path_id;
use crate::auth::Actor;
use crate::error::{Error, ErrorBody};
use crate::json::ApiJson;
use service::{Records, Visibility};

/// A new record's id.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CreatedId {
    id: i64,
}

/// `201 Created` with the new record's id.
pub(crate) fn created(id: i64) -> (StatusCode, axum::Json<CreatedId>) {
    (StatusCode::CREATED, axum::Json(CreatedId { id }))
}

// Vetting.

/// One trait as an interviewer scored it.
#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct TraitScoreJson {
    /// 1 to 5.
    #[schema(minimum = 1, maximum = 5)]
    score: i64,
    /// What the candidate said or did that justifies the score; required.
    #[schema(value_type = crate::schemas::Required)]
    evidence: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct InterviewJson {
    id: i64,
    mandate_id: Option<i64>,
    interviewer_user_id: i64,
    held_on: NaiveDate,
    /// Every one of the seven traits, by code.
    scores: BTreeMap<&'static str, TraitScoreJson>,
    recommendation: &'static str,
    notes: String,
}

#[derive(Debug, Serialize, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct AnswerJson {
    #[schema(value_type = crate::schemas::Short)]
    question: String,
    #[schema(value_type = crate::schemas::Required)]
    answer: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ReferenceJson {
    id: i64,
    referee_name: String,
    referee_company: String,
    relation: &'static str,
    assignment: String,
    answers: Vec<AnswerJson>,
    verdict: &'static str,
    checked_on: NaiveDate,
    /// The referee works where the candidate works now, and may not speak freely.
    same_company: bool,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DecisionJson {
    id: i64,
    outcome: &'static str,
    /// Staff only; the interim manager sees the outcome and the expiry.
    #[serde(skip_serializing_if = "Option::is_none")]
    reasons: Option<String>,
    decided_by_user_id: i64,
    decided_at: DateTime<Utc>,
    expires_on: NaiveDate,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct VettingJson {
    candidate_id: i64,
    /// The vetting status as last decided.
    status: &'static str,
    qualified_until: Option<NaiveDate>,
    /// The qualification has lapsed and must be renewed: "qualified only" searches leave
    /// the candidate out.
    expired: bool,
    /// Traits on which two interviewers differ by two points or more.
    disagreements: Vec<&'static str>,
    interviews: Vec<InterviewJson>,
    references: Vec<ReferenceJson>,
    decisions: Vec<DecisionJson>,
}

/// `GET /api/v1/candidates/{id}/vetting`: interviews, references and decisions (staff); the
/// interim manager themself sees only the decisions, without the reasons.
#[utoipa::path(get, path = "/api/v1/candidates/{id}/vetting", tag = "vetting", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    responses((status = 200, body = VettingJson), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn vetting(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<axum::Json<VettingJson>, Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let records = Records::new(&state, &actor);
    let vetting = records.vetting(id).await?;
    let candidate = &vetting.candidate;
    let current_employer = candidate.current_employer();
    let today = state.today();
    let cards: Vec<&Scorecard> = vetting
        .interviews
        .iter()
        .map(|i| &i.value.scorecard)
        .collect();
    Ok(axum::Json(VettingJson {
        candidate_id: id.0,
        status: candidate.vetting.status.code(),
        qualified_until: candidate.vetting.qualified_until,
        expired: candidate.vetting.status == domain::vocabulary::VettingStatus::Qualified
            && !candidate.vetting.is_qualified_on(today),
        disagreements: disagreements(cards).iter().map(|t| t.code()).collect(),
        interviews: vetting
            .interviews
            .iter()
            .map(|i| InterviewJson {
                id: i.id.0,
                mandate_id: i.value.mandate_id.map(|m| m.0),
                interviewer_user_id: i.value.interviewer.0,
                held_on: i.value.held_on,
                scores: i
                    .value
                    .scorecard
                    .assessments()
                    .iter()
                    .map(|a| {
                        (
                            a.r#trait.code(),
                            TraitScoreJson {
                                score: i64::from(a.score.get()),
                                evidence: a.evidence.to_string(),
                            },
                        )
                    })
                    .collect(),
                recommendation: i.value.recommendation.code(),
                notes: i.value.notes.to_string(),
            })
            .collect(),
        references: vetting
            .references
            .iter()
            .map(|r| ReferenceJson {
                id: r.id.0,
                referee_name: r.value.referee_name.to_string(),
                referee_company: r.value.referee_company.to_string(),
                relation: r.value.relation.code(),
                assignment: r.value.assignment.to_string(),
                answers: r
                    .value
                    .answers
                    .iter()
                    .map(|a| AnswerJson {
                        question: a.question.to_string(),
                        answer: a.answer.to_string(),
                    })
                    .collect(),
                verdict: r.value.verdict.code(),
                checked_on: r.value.checked_on,
                same_company: r.value.same_company_as(current_employer),
            })
            .collect(),
        decisions: vetting
            .decisions
            .iter()
            .map(|d| DecisionJson {
                id: d.id.0,
                outcome: d.value.outcome.code(),
                reasons: actor.is_staff().then(|| d.value.reasons.to_string()),
                decided_by_user_id: d.value.decided_by.0,
                decided_at: d.value.decided_at,
                expires_on: d.value.expires_on,
            })
            .collect(),
    }))
}

/// A vetting interview as the API takes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct InterviewBody {
    held_on: NaiveDate,
    /// The mandate it was held for, if any.
    #[serde(default)]
    #[schema(minimum = 1)]
    mandate_id: Option<i64>,
    /// Each of the seven traits by code (`operational`, `decisive`, `clear`,
    /// `motivational`, `competent`, `integrity`, `results`), scored 1 to 5 with evidence.
    scores: BTreeMap<String, TraitScoreJson>,
    recommendation: String,
    #[serde(default)]
    #[schema(value_type = crate::schemas::Long)]
    notes: String,
}

/// `POST /api/v1/candidates/{id}/interviews`: records a vetting interview (staff); every
/// trait must be scored 1 to 5 with written evidence.
#[utoipa::path(post, path = "/api/v1/candidates/{id}/interviews", tag = "vetting", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    request_body = InterviewBody,
    responses((status = 201, body = CreatedId), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn record_interview(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<InterviewBody>,
) -> Result<(StatusCode, axum::Json<CreatedId>), Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let records = Records::new(&state, &actor);
    records.staff_only()?;
    let mut entries = Vec::with_capacity(body.scores.len());
    for (code, score) in &body.scores {
        let t = Trait::parse(code).map_err(|e| e.within(&format!("scores.{code}")))?;
        entries.push((t, score.score, score.evidence.as_str()));
    }
    let interview = VettingInterview {
        candidate_id: id,
        mandate_id: body.mandate_id.map(MandateId),
        interviewer: actor.user_id,
        held_on: body.held_on,
        scorecard: Scorecard::parse(&entries)?,
        recommendation: Recommendation::parse(&body.recommendation)
            .map_err(|e| e.within("recommendation"))?,
        notes: LongText::parse(&body.notes).map_err(|e| e.within("notes"))?,
    };
    Ok(created(records.record_interview(&interview).await?.0))
}

/// A reference check as the API takes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ReferenceBody {
    #[schema(value_type = crate::schemas::Name)]
    referee_name: String,
    #[schema(value_type = crate::schemas::Short)]
    referee_company: String,
    /// `manager`, `peer`, `report` or `client`.
    #[schema(value_type = crate::schemas::Short)]
    relation: String,
    /// The role or assignment the reference concerns.
    #[schema(value_type = crate::schemas::Short)]
    assignment: String,
    /// At least one answer; the standard questions are in the profile page's form.
    answers: Vec<AnswerJson>,
    /// `positive`, `mixed` or `negative`.
    verdict: String,
    checked_on: NaiveDate,
}

/// `POST /api/v1/candidates/{id}/references`: records a reference check (staff).
#[utoipa::path(post, path = "/api/v1/candidates/{id}/references", tag = "vetting", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    request_body = ReferenceBody,
    responses((status = 201, body = CreatedId), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn record_reference(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ReferenceBody>,
) -> Result<(StatusCode, axum::Json<CreatedId>), Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let records = Records::new(&state, &actor);
    records.staff_only()?;
    if body.answers.is_empty() {
        return Err(Invalid::new(
            "answers",
            format!(
                "write down at least one of the referee's answers, e.g. to '{}'",
                REFERENCE_QUESTIONS[0]
            ),
        )
        .into());
    }
    let answers = body
        .answers
        .iter()
        .enumerate()
        .map(|(i, a)| {
            Ok(ReferenceAnswer {
                question: ShortText::parse(&a.question)
                    .map_err(|e| e.within(&format!("answers[{i}].question")))?,
                answer: LongText::parse(&a.answer)
                    .and_then(|t| {
                        if t.as_str().trim().is_empty() {
                            Err(Invalid::new("", "is required; write the referee's answer"))
                        } else {
                            Ok(t)
                        }
                    })
                    .map_err(|e| e.within(&format!("answers[{i}].answer")))?,
            })
        })
        .collect::<domain::Parsed<Vec<_>>>()?;
    let check = ReferenceCheck {
        candidate_id: id,
        referee_name: PersonName::parse(&body.referee_name)
            .map_err(|e| e.within("referee_name"))?,
        referee_company: ShortText::parse(&body.referee_company)
            .map_err(|e| e.within("referee_company"))?,
        relation: RefereeRelation::parse(&body.relation).map_err(|e| e.within("relation"))?,
        assignment: ShortText::parse(&body.assignment).map_err(|e| e.within("assignment"))?,
        answers,
        verdict: Verdict::parse(&body.verdict).map_err(|e| e.within("verdict"))?,
        checked_on: body.checked_on,
        checked_by: actor.user_id,
    };
    Ok(created(records.record_reference(&check).await?.0))
}

/// A qualification decision as the API takes it.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct DecisionBody {
    /// `qualified`, `not_qualified` or `on_hold`.
    outcome: String,
    #[schema(value_type = crate::schemas::Required)]
    reasons: String,
    /// Defaults to 24 months from today; a qualification must run past today.
    #[serde(default)]
    expires_on: Option<NaiveDate>,
}

/// `POST /api/v1/candidates/{id}/decisions`: qualified, not qualified or on hold (staff); the
/// vetting status, its expiry and the trait profile change with it, in the store and in the
/// match index.
#[utoipa::path(post, path = "/api/v1/candidates/{id}/decisions", tag = "vetting", params(("id" = i64, Path, minimum = 1, description = "Interim manager id")),
    request_body = DecisionBody,
    responses((status = 201, body = CreatedId), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn decide(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<DecisionBody>,
) -> Result<(StatusCode, axum::Json<CreatedId>), Error> {
    let id = CandidateId(path_id(&id, "candidate")?);
    let records = Records::new(&state, &actor);
    records.staff_only()?;
    let today = state.today();
    let outcome = QualificationOutcome::parse(&body.outcome).map_err(|e| e.within("outcome"))?;
    let reasons = RequiredText::parse(&body.reasons).map_err(|e| e.within("reasons"))?;
    let expires_on = body
        .expires_on
        .unwrap_or_else(|| QualificationDecision::default_expiry(today));
    if outcome == QualificationOutcome::Qualified && expires_on <= today {
        return Err(Invalid::new("expires_on", "a qualification must run past today").into());
    }
    let decision = QualificationDecision {
        candidate_id: id,
        outcome,
        reasons,
        decided_by: actor.user_id,
        decided_at: state.now(),
        expires_on,
    };
    Ok(created(records.decide_qualification(&decision).await?.0.0))
}

// The shortlist and the client's word.

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ShortlistCandidateJson {
    candidate_id: i64,
    /// "Candidate A", "Candidate B", ... in the order presented: how a blind shortlist names
    /// people.
    label: String,
    /// Staff always; a client only once it has asked to meet the candidate.
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<String>,
    headline: String,
    rationale: String,
    /// Where the candidate stands in the pipeline now.
    stage: &'static str,
    available_from: NaiveDate,
    /// The seven traits as assessed, in tenths (10..50), by code; absent until assessed.
    #[serde(skip_serializing_if = "Option::is_none")]
    traits: Option<BTreeMap<&'static str, u8>>,
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ShortlistJson {
    id: i64,
    mandate_id: i64,
    presented_at: Option<DateTime<Utc>>,
    entries: Vec<ShortlistCandidateJson>,
}

/// `GET /api/v1/mandates/{id}/shortlist`: the presented shortlist (staff; the mandate's
/// client, blind: no names until it asks to meet someone).
#[utoipa::path(get, path = "/api/v1/mandates/{id}/shortlist", tag = "shortlist", params(("id" = i64, Path, minimum = 1, description = "Mandate id")),
    responses((status = 200, body = ShortlistJson), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody, description = "No such mandate for the caller, or nothing presented yet")))]
pub(crate) async fn shortlist(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<axum::Json<ShortlistJson>, Error> {
    let id = MandateId(path_id(&id, "mandate")?);
    let records = Records::new(&state, &actor);
    let shortlist = records.shortlist(id).await?.ok_or(Error::NotFound)?;
    let pipeline = records.pipeline_entries(id).await?;
    let people = records.shortlisted_people(id).await?;
    let mut entries = Vec::new();
    for (i, e) in shortlist.value.entries.iter().enumerate() {
        let visibility = records.candidate_visibility(e.candidate_id).await?;
        let person = people.get(&e.candidate_id).ok_or(Error::NotFound)?;
        let stage = pipeline
            .iter()
            .find(|p| p.candidate_id == e.candidate_id)
            .map(|p| p.stage().code())
            .unwrap_or("withdrawn");
        let (name, headline, rationale) = match visibility {
            Some(Visibility::Full) => (
                Some(person.name.to_string()),
                person.headline.to_string(),
                e.rationale.to_string(),
            ),
            // A client; one it declined is no longer presented, and stays blind.
            client => {
                let revealed = client == Some(Visibility::Client { revealed: true });
                let view = ClientView::new(person, revealed);
                (
                    view.name().map(str::to_owned),
                    view.headline().into_owned(),
                    view.text(e.rationale.as_str()).into_owned(),
                )
            }
        };
        entries.push(ShortlistCandidateJson {
            candidate_id: e.candidate_id.0,
            label: Shortlist::blind_label(i),
            name,
            headline,
            rationale,
            stage,
            available_from: person.availability.available_from,
            traits: person.traits.map(|t| {
                Trait::ALL
                    .iter()
                    .map(|tr| (tr.code(), t.0[tr.index()]))
                    .collect()
            }),
        });
    }
    Ok(axum::Json(ShortlistJson {
        id: shortlist.id.0,
        mandate_id: id.0,
        presented_at: shortlist.value.presented_at,
        entries,
    }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ShortlistEntryBody {
    #[schema(minimum = 1)]
    candidate_id: i64,
    /// Why this person for this situation; required.
    #[schema(value_type = crate::schemas::Required)]
    rationale: String,
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct ShortlistBody {
    /// 2 to 5 candidates from the mandate's pipeline, in the order presented.
    #[schema(min_items = 2, max_items = 5)]
    entries: Vec<ShortlistEntryBody>,
}

/// `POST /api/v1/mandates/{id}/shortlist`: presents 2 to 5 candidates from the pipeline with a
/// rationale each (staff); they move to presented and the 10-day clock records the moment.
#[utoipa::path(post, path = "/api/v1/mandates/{id}/shortlist", tag = "shortlist", params(("id" = i64, Path, minimum = 1, description = "Mandate id")),
    request_body = ShortlistBody,
    responses((status = 201, body = CreatedId), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn present_shortlist(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<ShortlistBody>,
) -> Result<(StatusCode, axum::Json<CreatedId>), Error> {
    let id = MandateId(path_id(&id, "mandate")?);
    Records::new(&state, &actor).staff_only()?;
    let entries = body
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            Ok(ShortlistEntry {
                candidate_id: CandidateId(e.candidate_id),
                rationale: RequiredText::parse(&e.rationale).map_err(|_| {
                    Invalid::new(
                        format!("entries[{i}].rationale"),
                        "write why this person fits this situation",
                    )
                })?,
            })
        })
        .collect::<domain::Parsed<Vec<_>>>()?;
    let shortlist = service::workflow::present_shortlist(&state, &actor, id, entries).await?;
    Ok(created(shortlist.0))
}

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct FeedbackJson {
    candidate_id: i64,
    /// `meet`, `decline` or `comment`.
    kind: &'static str,
    text: Option<String>,
    by_user_id: i64,
    at: DateTime<Utc>,
}

/// `GET /api/v1/mandates/{id}/feedback`: everything the client said about the presented
/// candidates, oldest first (staff; the mandate's client).
#[utoipa::path(get, path = "/api/v1/mandates/{id}/feedback", tag = "shortlist", params(("id" = i64, Path, minimum = 1, description = "Mandate id")),
    responses((status = 200, body = Vec<FeedbackJson>), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub(crate) async fn feedback(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
) -> Result<axum::Json<Vec<FeedbackJson>>, Error> {
    let id = MandateId(path_id(&id, "mandate")?);
    let all = Records::new(&state, &actor).feedback(id).await?;
    Ok(axum::Json(
        all.into_iter()
            .map(|f| FeedbackJson {
                candidate_id: f.candidate_id.0,
                kind: f.kind.code(),
                text: f.text.map(|t| t.to_string()),
                by_user_id: f.by.0,
                at: f.at,
            })
            .collect(),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct FeedbackBody {
    #[schema(minimum = 1)]
    candidate_id: i64,
    /// `meet` (reveals the name, moves them to client interview), `decline` (a reason
    /// required) or `comment` (the words required).
    kind: String,
    #[serde(default)]
    #[schema(value_type = crate::schemas::Long)]
    text: String,
}

/// `POST /api/v1/mandates/{id}/feedback`: the client asks to meet, declines or comments on a
/// presented candidate; the consultant sees it at once.
#[utoipa::path(post, path = "/api/v1/mandates/{id}/feedback", tag = "shortlist", params(("id" = i64, Path, minimum = 1, description = "Mandate id")),
    request_body = FeedbackBody,
    responses((status = 201, body = CreatedId), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn give_feedback(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<FeedbackBody>,
) -> Result<(StatusCode, axum::Json<CreatedId>), Error> {
    let id = MandateId(path_id(&id, "mandate")?);
    let kind = FeedbackKind::parse(&body.kind)?;
    let feedback = Records::new(&state, &actor)
        .give_feedback(id, CandidateId(body.candidate_id), kind, &body.text)
        .await?;
    Ok(created(feedback))
}

// Placements and the client's evaluation.

#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct PlacementJson {
    id: i64,
    mandate_id: i64,
    candidate_id: i64,
    client_contact_id: Option<i64>,
    start: NaiveDate,
    end: NaiveDate,
    day_rate: u32,
    currency: &'static str,
    placed_at: DateTime<Utc>,
}

/// `GET /api/v1/placements`: the placements the caller may see (staff: all; a client: its
/// company's; an interim manager: their own).
#[utoipa::path(get, path = "/api/v1/placements", tag = "placements",
    responses((status = 200, body = Vec<PlacementJson>), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody)))]
pub(crate) async fn placements(
    State(state): State<AppState>,
    actor: Actor,
) -> Result<axum::Json<Vec<PlacementJson>>, Error> {
    let all = Records::new(&state, &actor).placements().await?;
    Ok(axum::Json(
        all.into_iter()
            .map(|p| PlacementJson {
                id: p.id.0,
                mandate_id: p.value.mandate_id.0,
                candidate_id: p.value.candidate_id.0,
                client_contact_id: p.value.client_contact_id.map(|c| c.0),
                start: p.value.period.start(),
                end: p.value.period.end(),
                day_rate: p.value.day_rate.amount,
                currency: p.value.day_rate.currency.code(),
                placed_at: p.value.placed_at,
            })
            .collect(),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct PlacementBody {
    /// The candidate's entry in this mandate's pipeline (presented, client interview or
    /// offered) and the version read.
    #[schema(minimum = 1)]
    entry_id: i64,
    #[schema(minimum = 1)]
    version: i64,
    start: NaiveDate,
    end: NaiveDate,
    #[schema(minimum = 1, maximum = 1000000)]
    day_rate: i64,
    /// Defaults to the mandate's budget currency.
    #[serde(default)]
    currency: Option<String>,
    #[serde(default)]
    #[schema(minimum = 1)]
    client_contact_id: Option<i64>,
}

/// `POST /api/v1/mandates/{id}/placement`: places a candidate (staff): the placement, the
/// pipeline move and the stopped 10-day clock in one transaction; the engine books the window.
#[utoipa::path(post, path = "/api/v1/mandates/{id}/placement", tag = "placements", params(("id" = i64, Path, minimum = 1, description = "Mandate id")),
    request_body = PlacementBody,
    responses((status = 201, body = CreatedId), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn place(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<PlacementBody>,
) -> Result<(StatusCode, axum::Json<CreatedId>), Error> {
    let id = MandateId(path_id(&id, "mandate")?);
    let records = Records::new(&state, &actor);
    records.staff_only()?;
    let mandate = records.mandate(id).await?;
    let not_here = || {
        Error::Invalid(Invalid::new(
            "entry_id",
            format!(
                "{} is not an entry in this mandate's pipeline",
                body.entry_id
            ),
        ))
    };
    let entry = match records.pipeline_entry(PipelineEntryId(body.entry_id)).await {
        Ok(e) if e.mandate_id == id => e,
        Ok(_) | Err(service::Error::NotFound) => return Err(not_here()),
        Err(e) => return Err(e.into()),
    };
    let currency = match &body.currency {
        Some(c) => Currency::parse(c).map_err(|e| e.within("currency"))?,
        None => mandate.value.budget_day_rate.currency,
    };
    let day_rate = Money::day_rate(body.day_rate, currency)
        .ok()
        .filter(|m| m.amount > 0)
        .ok_or_else(|| Invalid::new("day_rate", "give the agreed day rate, above zero"))?;
    let client_contact_id = match body.client_contact_id {
        Some(c) => {
            let (_, contacts) = records.client(mandate.value.client_id).await?;
            if !contacts.iter().any(|k| k.id.0 == c) {
                return Err(Invalid::new(
                    "client_contact_id",
                    format!("{c} is not a contact of this mandate's client"),
                )
                .into());
            }
            Some(ContactId(c))
        }
        None => None,
    };
    let placement = Placement {
        mandate_id: id,
        candidate_id: entry.candidate_id,
        client_contact_id,
        period: Period::new(body.start, body.end)?,
        day_rate,
        placed_at: state.now(),
    };
    let placed = service::workflow::place_candidate(
        &state,
        &actor,
        entry.id,
        Version(body.version),
        &placement,
    )
    .await?;
    Ok(created(placed.0))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct EvaluationBody {
    /// Each of the seven traits by code, 1 to 5.
    traits: BTreeMap<String, i64>,
    /// How well the results met the success criteria, 1 to 5.
    #[schema(minimum = 1, maximum = 5)]
    results: i64,
    #[serde(default)]
    #[schema(value_type = crate::schemas::Long)]
    comment: String,
}

/// `POST /api/v1/mandates/{id}/evaluation`: after the placement's last day the mandate's
/// client rates the assignment (once); the rating joins the interim manager's track record.
#[utoipa::path(post, path = "/api/v1/mandates/{id}/evaluation", tag = "placements", params(("id" = i64, Path, minimum = 1, description = "Mandate id")),
    request_body = EvaluationBody,
    responses((status = 201, body = CreatedId), (status = 400, body = ErrorBody), (status = 401, body = ErrorBody), (status = 403, body = ErrorBody), (status = 404, body = ErrorBody), (status = 409, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub(crate) async fn evaluate(
    State(state): State<AppState>,
    actor: Actor,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<EvaluationBody>,
) -> Result<(StatusCode, axum::Json<CreatedId>), Error> {
    let id = MandateId(path_id(&id, "mandate")?);
    let rating = |field: String, n: i64| Rating::parse(n).map_err(|e| e.within(&field));
    let mut traits: [Option<Rating>; 7] = [None; 7];
    for (code, score) in &body.traits {
        let t = Trait::parse(code).map_err(|e| e.within(&format!("traits.{code}")))?;
        traits[t.index()] = Some(rating(format!("traits.{code}"), *score)?);
    }
    let mut rated = Vec::with_capacity(7);
    for (t, r) in Trait::ALL.iter().zip(traits) {
        rated.push(r.ok_or_else(|| {
            Invalid::new(
                format!("traits.{}", t.code()),
                format!("rate '{}' too, 1 to 5", t.label()),
            )
        })?);
    }
    let traits: [Rating; 7] = rated
        .try_into()
        .map_err(|_| Error::Internal("seven traits".to_owned()))?;
    let results = rating("results".to_owned(), body.results)?;
    let comment = LongText::parse(&body.comment).map_err(|e| e.within("comment"))?;
    let evaluation = Records::new(&state, &actor)
        .evaluate(id, traits, results, comment)
        .await?;
    Ok(created(evaluation.0))
}
