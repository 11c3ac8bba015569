//! Object-level access control, in one place below the handlers: handlers reach records only
//! through [`Records`], which knows who is asking, applies the rules, answers 404 for records
//! the caller may not know exist, and writes the audit log of personal data.
//!
//! | record | admin, consultant | client | interim manager | juror |
//! |---|---|---|---|---|
//! | interim manager (candidate) | all, every field | only those presented on its own mandates, client fields | only their own, every field | none (nominees come with the award) |
//! | mandate | all | its own company's | none | none |
//! | matches of a mandate | all | none | none | none |
//! | vetting (interviews, references, decisions) | all; staff write | none | their own decisions (no evidence) | none |
//! | shortlist, client feedback of a mandate | all; staff present | its own company's (blind until met); the client gives feedback | none | none |
//! | placement, evaluation | all; staff place | its own company's; the client evaluates | their own | none |
//! | job postings | all; staff publish | none | the open board, anonymised, with their fit; they apply | none |
//! | applications | all | none | their own | none |
//! | the manager's own network of contacts | none | none | their own, private | none |
//! | the manager's data export, erasure request | admin exports | none | their own | none |
//! | the manager's CV file | all, download | none | their own: upload, download, remove | none |
//! | audit log | admin only | none | none | none |

use chrono::NaiveDate;

use domain::audit::{AuditAction, AuditEntry, AuditFilter};
use domain::candidate::{FieldSource, InterimManager};
use domain::ids::{
    ApplicationId, CandidateId, EvaluationId, InterviewId, MandateId, NetworkContactId,
    PlacementId, PostingId, QualificationId, ReferenceCheckId, ShortlistId, Stored, Version,
};
use domain::mandate::Mandate;
use domain::placement::{ClientEvaluation, ClientFeedback, FeedbackKind, Placement, Shortlist};
use domain::portal::{Application, JobPosting, NetworkContact};
use domain::user::UserRole;
use domain::values::LongText;
use domain::vetting::{
    QualificationDecision, ReferenceCheck, Scorecard, VettingInterview, trait_profile,
};
use domain::vocabulary::{ApplicationStatus, PipelineStage};

use crate::{Actor, Error, Service};

/// Stages at which a client has been shown a candidate.
const PRESENTED: &[PipelineStage] = &[
    PipelineStage::Presented,
    PipelineStage::ClientInterview,
    PipelineStage::Offered,
    PipelineStage::Placed,
];

/// The stages in which a client has asked to meet a candidate, and so knows who they are.
const REVEALED: &[PipelineStage] = &[
    PipelineStage::ClientInterview,
    PipelineStage::Offered,
    PipelineStage::Placed,
];

/// How much of an interim manager's record the caller may see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Visibility {
    /// Every field: staff, and the interim manager themself.
    Full,
    /// What a client sees of a presented candidate: no contact details, no birth year, no
    /// home coordinates, no internal vetting dates; and until the client has asked to meet
    /// them (`revealed`), no name and no employers' names either: the shortlist is blind.
    Client {
        /// The client asked to meet them: the name may be shown.
        revealed: bool,
    },
}

/// The caller's way to records.
#[derive(Debug)]
pub struct Records<'a> {
    pub(crate) service: &'a Service,
    pub(crate) actor: &'a Actor,
}

impl<'a> Records<'a> {
    /// Records as `actor` may see them.
    pub fn new(service: &'a Service, actor: &'a Actor) -> Self {
        Self { service, actor }
    }

    /// Today, by the service's clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.service.today()
    }

    /// An audit entry by the caller, now.
    fn entry(&self, action: AuditAction) -> AuditEntry {
        self.actor.audit(action, self.service.now())
    }

    async fn log(&self, entry: AuditEntry) -> Result<(), Error> {
        self.service.store.append_audit(&entry).await?;
        Ok(())
    }

    /// A refusal that looks like absence, written to the audit log.
    async fn hidden(&self, kind: &str, id: i64) -> Error {
        let entry = AuditEntry {
            record_kind: Some(kind.to_owned()),
            record_id: Some(id),
            ..self.entry(AuditAction::Refused)
        };
        match self.log(entry).await {
            Ok(()) => Error::NotFound,
            Err(e) => e,
        }
    }

    /// Staff only, for whole collections: others get 403 (there is no record to hide).
    pub fn staff_only(&self) -> Result<(), Error> {
        if self.actor.is_staff() {
            Ok(())
        } else {
            Err(Error::Forbidden)
        }
    }

    /// Admin only.
    pub fn admin_only(&self) -> Result<(), Error> {
        if self.actor.role == UserRole::Admin {
            Ok(())
        } else {
            Err(Error::Forbidden)
        }
    }

    /// How much of candidate `id` the caller may see, if anything.
    pub async fn candidate_visibility(&self, id: CandidateId) -> Result<Option<Visibility>, Error> {
        Ok(match self.actor.role {
            UserRole::Admin | UserRole::Consultant => Some(Visibility::Full),
            UserRole::InterimManager { candidate_id } => {
                (candidate_id == id).then_some(Visibility::Full)
            }
            UserRole::Client { client_id } => {
                let store = &self.service.store;
                if store.client_pipeline_has(client_id, id, PRESENTED).await? {
                    Some(Visibility::Client {
                        revealed: store.client_pipeline_has(client_id, id, REVEALED).await?,
                    })
                } else {
                    None
                }
            }
            UserRole::Juror => None,
        })
    }

    /// One interim manager's record, viewed (and the view logged).
    pub async fn candidate(
        &self,
        id: CandidateId,
    ) -> Result<(Stored<CandidateId, InterimManager>, Visibility), Error> {
        let Some(visibility) = self.candidate_visibility(id).await? else {
            return Err(self.hidden("candidate", id.0).await);
        };
        let record = self.service.store.candidate(id).await?;
        self.log(AuditEntry {
            record_kind: Some("candidate".into()),
            record_id: Some(id.0),
            subject: Some(id),
            ..self.entry(AuditAction::View)
        })
        .await?;
        Ok((record, visibility))
    }

    /// A page of the network, by id (staff only).
    pub async fn candidates(
        &self,
        after: CandidateId,
        limit: u32,
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>, Error> {
        self.staff_only()?;
        Ok(self.service.store.candidates_after(after, limit).await?)
    }

    /// Changes an interim manager's availability (the manager themself, or staff), refusing a
    /// stale version; the match index sees the change on the next query.
    pub async fn set_availability(
        &self,
        id: CandidateId,
        version: Version,
        available_from: NaiveDate,
        days_per_week: u8,
        unavailable: Vec<domain::values::Period>,
    ) -> Result<Version, Error> {
        self.edit_candidate(id, version, |c| {
            c.availability.available_from = available_from;
            c.availability.days_per_week = days_per_week;
            c.availability.unavailable = unavailable;
            c.availability.confirmed_at = Some(self.service.now());
        })
        .await
        .map_err(|e| match e {
            // The availability body names its fields directly.
            Error::Invalid(i) => Error::Invalid(domain::Invalid::new(
                i.field
                    .strip_prefix("availability.")
                    .unwrap_or(&i.field)
                    .to_owned(),
                i.message,
            )),
            other => other,
        })
    }

    /// Changes an interim manager's own record (the manager themself, or staff) with `edit`,
    /// if it is still at `version` and valid afterwards; the change is audited and the match
    /// index sees it at once. Vetting is not for `edit` to touch: it is put back as it was.
    pub async fn edit_candidate(
        &self,
        id: CandidateId,
        version: Version,
        edit: impl FnOnce(&mut InterimManager),
    ) -> Result<Version, Error> {
        self.full(id).await?;
        let current = self.service.store.candidate(id).await?;
        let mut updated = current.value.clone();
        edit(&mut updated);
        updated.vetting = current.value.vetting;
        updated.traits = current.value.traits;
        updated.basis = current.value.basis;
        // Who wrote what: a field the manager wrote themself wins over a later import.
        let today = self.service.today();
        let by = match self.actor.role {
            UserRole::InterimManager { .. } => FieldSource::Manager { on: today },
            _ => FieldSource::Staff { on: today },
        };
        updated.provenance = current.value.provenance.clone();
        for field in domain::intake::changed_fields(&current.value, &updated) {
            updated.provenance.record(field, by.clone());
        }
        updated.check()?;
        let next = self
            .service
            .store
            .update_candidate(id, version, &updated)
            .await?;
        self.log(AuditEntry {
            record_kind: Some("candidate".into()),
            record_id: Some(id.0),
            subject: Some(id),
            ..self.entry(AuditAction::Change)
        })
        .await?;
        self.service
            .index
            .update(|index| index.upsert(id, &updated));
        Ok(next)
    }

    /// One mandate (staff: any; a client: its own company's).
    pub async fn mandate(&self, id: MandateId) -> Result<Stored<MandateId, Mandate>, Error> {
        let found = match self.service.store.mandate(id).await {
            Ok(m) => Some(m),
            Err(store::Error::NotFound { .. }) => None,
            Err(e) => return Err(e.into()),
        };
        match found {
            Some(m) if self.may_see_mandate(&m.value) => Ok(m),
            _ => Err(self.hidden("mandate", id.0).await),
        }
    }

    /// A mandate with its client company, read together, under the same rule as
    /// [`Records::mandate`].
    pub async fn mandate_with_client(
        &self,
        id: MandateId,
    ) -> Result<
        (
            Stored<MandateId, Mandate>,
            Stored<domain::ids::ClientId, domain::client::Client>,
        ),
        Error,
    > {
        let found = match self.service.store.mandate_with_client(id).await {
            Ok(both) => Some(both),
            Err(store::Error::NotFound { .. }) => None,
            Err(e) => return Err(e.into()),
        };
        match found {
            Some((m, c)) if self.may_see_mandate(&m.value) => Ok((m, c)),
            _ => Err(self.hidden("mandate", id.0).await),
        }
    }

    /// Staff see every mandate; a client its own company's.
    fn may_see_mandate(&self, m: &Mandate) -> bool {
        match self.actor.role {
            UserRole::Admin | UserRole::Consultant => true,
            UserRole::Client { client_id } => m.client_id == client_id,
            UserRole::InterimManager { .. } | UserRole::Juror => false,
        }
    }

    /// The mandates the caller may see: all for staff, its own for a client; refused for the
    /// other roles.
    pub async fn mandates(&self) -> Result<Vec<Stored<MandateId, Mandate>>, Error> {
        match self.actor.role {
            UserRole::Admin | UserRole::Consultant => Ok(self.service.store.mandates().await?),
            UserRole::Client { client_id } => {
                Ok(self.service.store.mandates_of_client(client_id).await?)
            }
            UserRole::InterimManager { .. } | UserRole::Juror => Err(Error::Forbidden),
        }
    }

    /// Notes that a ranked list of a mandate's matches was shown, with the consultant's reason
    /// when the client's exclusions were switched off for it.
    pub async fn log_matches_shown(
        &self,
        mandate: MandateId,
        exclusions_off_because: Option<String>,
    ) -> Result<(), Error> {
        self.log(AuditEntry {
            record_kind: Some("mandate_matches".into()),
            record_id: Some(mandate.0),
            reason: exclusions_off_because,
            ..self.entry(AuditAction::View)
        })
        .await
    }

    // Vetting.

    /// An interim manager's vetting as far as the caller may see it, the view logged: staff
    /// see interviews (with evidence), references and decisions; the manager themself sees
    /// only the decisions (the evidence stays with the provider); everyone else nothing.
    pub async fn vetting(&self, id: CandidateId) -> Result<Vetting, Error> {
        let own = self.is_own(id);
        if !self.actor.is_staff() && !own {
            return Err(self.hidden("candidate", id.0).await);
        }
        let store = &self.service.store;
        let vetting = Vetting {
            candidate: store.candidate(id).await?.value,
            interviews: if own {
                Vec::new()
            } else {
                store.interviews_of(id).await?
            },
            references: if own {
                Vec::new()
            } else {
                store.references_of(id).await?
            },
            decisions: store.decisions_of(id).await?,
        };
        self.log(AuditEntry {
            record_kind: Some("vetting".into()),
            record_id: Some(id.0),
            subject: Some(id),
            ..self.entry(AuditAction::View)
        })
        .await?;
        Ok(vetting)
    }

    /// Records a vetting interview (staff), the change logged.
    pub async fn record_interview(
        &self,
        interview: &VettingInterview,
    ) -> Result<InterviewId, Error> {
        self.staff_only()?;
        let id = interview.candidate_id;
        self.service.store.candidate(id).await?;
        if let Some(mandate) = interview.mandate_id {
            self.mandate(mandate).await.map_err(|_| {
                Error::Invalid(domain::Invalid::new(
                    "mandate_id",
                    format!("there is no mandate {}", mandate.0),
                ))
            })?;
        }
        let created = self.service.store.insert_interview(interview).await?;
        self.log_change("vetting_interview", created.0, id).await?;
        Ok(created)
    }

    /// Records a reference check (staff), the change logged.
    pub async fn record_reference(
        &self,
        check: &ReferenceCheck,
    ) -> Result<ReferenceCheckId, Error> {
        self.staff_only()?;
        self.service.store.candidate(check.candidate_id).await?;
        let created = self.service.store.insert_reference(check).await?;
        self.log_change("reference_check", created.0, check.candidate_id)
            .await?;
        Ok(created)
    }

    /// Records a qualification decision (staff): the decision, the vetting status with its
    /// expiry and the trait profile averaged over the interviews change in one transaction,
    /// and the match index follows in the same request.
    pub async fn decide_qualification(
        &self,
        decision: &QualificationDecision,
    ) -> Result<(QualificationId, Version), Error> {
        self.staff_only()?;
        let id = decision.candidate_id;
        let store = &self.service.store;
        store.candidate(id).await?;
        let cards: Vec<Scorecard> = store
            .interviews_of(id)
            .await?
            .into_iter()
            .map(|i| i.value.scorecard)
            .collect();
        let decided = store
            .decide_qualification(decision, trait_profile(&cards))
            .await?;
        self.reindex(id).await?;
        self.log_change("qualification_decision", decided.0.0, id)
            .await?;
        Ok(decided)
    }

    async fn log_change(&self, kind: &str, record: i64, subject: CandidateId) -> Result<(), Error> {
        self.log(AuditEntry {
            record_kind: Some(kind.to_owned()),
            record_id: Some(record),
            subject: Some(subject),
            ..self.entry(AuditAction::Change)
        })
        .await
    }

    // Shortlists, the client's word, placements.

    /// The shortlist presented for a mandate (staff: any; a client: its own company's).
    pub async fn shortlist(
        &self,
        mandate: MandateId,
    ) -> Result<Option<Stored<ShortlistId, Shortlist>>, Error> {
        self.mandate(mandate).await?;
        Ok(self.service.store.shortlist_of(mandate).await?)
    }

    /// What the client said about a mandate's candidates (staff; the client of the mandate).
    pub async fn feedback(&self, mandate: MandateId) -> Result<Vec<ClientFeedback>, Error> {
        self.mandate(mandate).await?;
        Ok(self.service.store.feedback_of(mandate).await?)
    }

    /// The client asks to meet, declines or comments on a candidate of its mandate's presented
    /// shortlist; someone not on it answers 404. Asking to meet reveals the name and moves the
    /// pipeline to client interview; declining needs a reason and moves them out.
    pub async fn give_feedback(
        &self,
        mandate: MandateId,
        candidate: CandidateId,
        kind: FeedbackKind,
        text: &str,
    ) -> Result<i64, Error> {
        if !matches!(self.actor.role, UserRole::Client { .. }) {
            return Err(Error::Forbidden);
        }
        let on_shortlist = self
            .shortlist(mandate)
            .await?
            .is_some_and(|s| s.value.entries.iter().any(|e| e.candidate_id == candidate));
        if !on_shortlist || self.candidate_visibility(candidate).await?.is_none() {
            return Err(self.hidden("candidate", candidate.0).await);
        }
        let feedback = ClientFeedback::new(
            mandate,
            candidate,
            kind,
            text,
            self.actor.user_id,
            self.service.now(),
        )?;
        Ok(self.service.store.record_feedback(&feedback).await?)
    }

    /// The placements the caller may see: all for staff, its own company's for a client, their
    /// own for an interim manager; refused for jurors.
    pub async fn placements(&self) -> Result<Vec<Stored<PlacementId, Placement>>, Error> {
        let store = &self.service.store;
        match self.actor.role {
            UserRole::Admin | UserRole::Consultant => Ok(store.placements().await?),
            UserRole::Client { client_id } => {
                let own: std::collections::HashSet<MandateId> = store
                    .mandates_of_client(client_id)
                    .await?
                    .into_iter()
                    .map(|m| m.id)
                    .collect();
                let mut all = store.placements().await?;
                all.retain(|p| own.contains(&p.value.mandate_id));
                Ok(all)
            }
            UserRole::InterimManager { candidate_id } => {
                Ok(store.placements_of(candidate_id).await?)
            }
            UserRole::Juror => Err(Error::Forbidden),
        }
    }

    /// The client rates the finished assignment of its mandate: the seven traits and the
    /// results, after the last day, once. The rating joins the interim manager's track record
    /// in the same transaction and the match index in the same request.
    pub async fn evaluate(
        &self,
        mandate: MandateId,
        traits: [domain::values::Rating; 7],
        results: domain::values::Rating,
        comment: domain::values::LongText,
    ) -> Result<EvaluationId, Error> {
        if !matches!(self.actor.role, UserRole::Client { .. }) {
            return Err(Error::Forbidden);
        }
        self.mandate(mandate).await?;
        let store = &self.service.store;
        let placement = store
            .placement_of_mandate(mandate)
            .await?
            .ok_or(Error::NotFound)?;
        let last_day = placement.value.period.end();
        if last_day >= self.service.now().date_naive() {
            return Err(Error::Invalid(domain::Invalid::new(
                "placement",
                format!("the assignment runs until {last_day}; rate it after its last day"),
            )));
        }
        let evaluation = ClientEvaluation {
            placement_id: placement.id,
            traits,
            results,
            comment,
            submitted_at: self.service.now(),
        };
        let id = store.record_evaluation(&evaluation).await?;
        let who = placement.value.candidate_id;
        self.reindex(who).await?;
        self.log_change("client_evaluation", id.0, who).await?;
        Ok(id)
    }

    // The interim manager's own records.

    /// Whether `id` is the caller's own interim manager record.
    fn is_own(&self, id: CandidateId) -> bool {
        matches!(self.actor.role, UserRole::InterimManager { candidate_id } if candidate_id == id)
    }

    /// The caller's own interim manager record, or a refusal that looks like absence.
    pub(crate) async fn own(&self, id: CandidateId) -> Result<(), Error> {
        if self.is_own(id) {
            Ok(())
        } else {
            Err(self.hidden("candidate", id.0).await)
        }
    }

    /// A record the caller sees whole (staff, or the manager themself), or a refusal that looks
    /// like absence.
    pub(crate) async fn full(&self, id: CandidateId) -> Result<(), Error> {
        if self.candidate_visibility(id).await? == Some(Visibility::Full) {
            Ok(())
        } else {
            Err(self.hidden("candidate", id.0).await)
        }
    }

    /// Puts an interim manager's stored record into the match index, after a change made in
    /// the store (a decision, an evaluation).
    async fn reindex(&self, id: CandidateId) -> Result<(), Error> {
        let candidate = self.service.store.candidate(id).await?;
        self.service
            .index
            .update(|index| index.upsert(id, &candidate.value));
        Ok(())
    }

    /// The caller as an interim manager; other roles are refused.
    fn manager(&self) -> Result<CandidateId, Error> {
        match self.actor.role {
            UserRole::InterimManager { candidate_id } => Ok(candidate_id),
            _ => Err(Error::Forbidden),
        }
    }

    /// The open job board: for an interim manager anonymised (the mandate and client stay in
    /// the answer for the caller to shape; the client's name may be shown only where the
    /// posting allows it) and scored for them; for staff every open posting. Clients and
    /// jurors are refused.
    pub async fn job_board(
        &self,
        filters: &crate::board::BoardFilters,
    ) -> Result<Vec<crate::board::Opening>, Error> {
        let me = match self.actor.role {
            UserRole::InterimManager { candidate_id } => Some(candidate_id),
            UserRole::Admin | UserRole::Consultant => None,
            UserRole::Client { .. } | UserRole::Juror => return Err(Error::Forbidden),
        };
        crate::board::openings(self.service, me, filters).await
    }

    /// Publishes (or updates) a mandate's posting on the job board (staff).
    pub async fn publish(&self, posting: &JobPosting) -> Result<PostingId, Error> {
        self.staff_only()?;
        self.mandate(posting.mandate_id).await?;
        if posting.closes_on < self.service.now().date_naive() {
            return Err(Error::Invalid(domain::Invalid::new(
                "closes_on",
                "give the last day to apply, today or later",
            )));
        }
        Ok(self.service.store.publish_posting(posting).await?)
    }

    /// The caller (an interim manager) applies to a posting with a motivation; the application
    /// puts them on the mandate's longlist in the same transaction. A closed or unknown
    /// posting answers 404; a second application is refused.
    pub async fn apply(
        &self,
        posting: PostingId,
        motivation: &str,
    ) -> Result<ApplicationId, Error> {
        let me = self.manager()?;
        let motivation = LongText::parse(motivation).map_err(|e| e.within("motivation"))?;
        if motivation.is_empty() {
            return Err(Error::Invalid(domain::Invalid::new(
                "motivation",
                "write a few lines on why this assignment fits you",
            )));
        }
        let application = Application {
            posting_id: posting,
            candidate_id: me,
            motivation,
            applied_at: self.service.now(),
            status: ApplicationStatus::Received,
        };
        let applied = self
            .service
            .store
            .apply(&application, self.service.now().date_naive())
            .await?;
        self.log_change("application", applied.0, me).await?;
        Ok(applied)
    }

    /// An interim manager's applications with where they stand (the manager themself; staff).
    pub async fn applications(
        &self,
        id: CandidateId,
    ) -> Result<Vec<crate::board::AppliedTo>, Error> {
        if !self.actor.is_staff() {
            self.own(id).await?;
        }
        crate::board::applications(self.service, id).await
    }

    /// The manager's own network of contacts: private, not even staff see it.
    pub async fn network(
        &self,
        id: CandidateId,
    ) -> Result<Vec<Stored<NetworkContactId, NetworkContact>>, Error> {
        self.own(id).await?;
        Ok(self.service.store.network_of(id).await?)
    }

    /// Adds a contact to the manager's own network; one met on a placement must name a
    /// placement of theirs (another's answers 404).
    pub async fn add_contact(&self, contact: &NetworkContact) -> Result<NetworkContactId, Error> {
        self.own(contact.owner).await?;
        if let Some(placement) = contact.met_on_placement {
            let theirs = self
                .service
                .store
                .placements_of(contact.owner)
                .await?
                .iter()
                .any(|p| p.id == placement);
            if !theirs {
                return Err(self.hidden("placement", placement.0).await);
            }
        }
        Ok(self.service.store.insert_network_contact(contact).await?)
    }

    /// Everything held about an interim manager, for the manager themself or an admin: the
    /// profile, placements, pipelines, applications, their own network (for themself only),
    /// the vetting decisions (outcome and expiry; interview evidence stays with the provider)
    /// and who looked at their data. The export is logged.
    pub async fn export(&self, id: CandidateId) -> Result<serde_json::Value, Error> {
        let own = self.is_own(id);
        if !own && self.actor.role != UserRole::Admin {
            return Err(self.hidden("candidate", id.0).await);
        }
        let store = &self.service.store;
        let profile = store.candidate(id).await?;
        let placements: Vec<Placement> = store
            .placements_of(id)
            .await?
            .into_iter()
            .map(|p| p.value)
            .collect();
        let pipelines: Vec<serde_json::Value> = store
            .pipelines_of_candidate(id)
            .await?
            .into_iter()
            .map(|e| {
                serde_json::json!({
                    "mandate_id": e.value.mandate_id.0,
                    "stage": e.value.stage().code(),
                    "since": e.value.stage_entered_at(),
                })
            })
            .collect();
        let applications: Vec<serde_json::Value> = store
            .applications_of(id)
            .await?
            .into_iter()
            .map(|(a, posting)| serde_json::json!({ "application": a.value, "posting": posting.headline.as_str() }))
            .collect();
        let network: Vec<NetworkContact> = if own {
            store
                .network_of(id)
                .await?
                .into_iter()
                .map(|c| c.value)
                .collect()
        } else {
            Vec::new()
        };
        let decisions: Vec<serde_json::Value> = store
            .decisions_of(id)
            .await?
            .into_iter()
            .map(|d| {
                serde_json::json!({
                    "outcome": d.value.outcome.code(),
                    "decided_at": d.value.decided_at,
                    "expires_on": d.value.expires_on,
                })
            })
            .collect();
        let cv = store.cv_of(id).await?.map(|cv| {
            serde_json::json!({
                "file_name": cv.file_name,
                "content_type": cv.content_type,
                "size": cv.size,
                "uploaded_at": cv.uploaded_at,
                "download": format!("/api/v1/candidates/{}/cv", id.0),
            })
        });
        // Logged first, so the access log handed over includes this export.
        self.log(AuditEntry {
            record_kind: Some("candidate".into()),
            record_id: Some(id.0),
            subject: Some(id),
            ..self.entry(AuditAction::Export)
        })
        .await?;
        let looked_at: Vec<serde_json::Value> = store
            .audit(&AuditFilter {
                subject: Some(id),
                limit: 1_000,
                ..Default::default()
            })
            .await?
            .into_iter()
            .map(|(_, e)| serde_json::json!({ "at": e.at, "action": e.action.code(), "by_user": e.actor.map(|u| u.0) }))
            .collect();
        Ok(serde_json::json!({
            "exported_at": self.service.now(),
            "profile": profile.value,
            "cv": cv,
            "placements": placements,
            "pipelines": pipelines,
            "applications": applications,
            "network": network,
            "vetting_decisions": decisions,
            "access_log": looked_at,
        }))
    }

    /// Stores an interim manager's CV file, checked by content with its metadata stripped
    /// (the manager themself; staff), replacing the one before; logged.
    /// The file is read only once the caller is known to be allowed, so an outsider learns
    /// nothing from how a file is refused.
    pub async fn upload_cv(
        &self,
        id: CandidateId,
        file_name: &str,
        bytes: &[u8],
    ) -> Result<(), Error> {
        self.full(id).await?;
        let cv = domain::cv::CvFile::parse(file_name, bytes)?;
        self.service
            .store
            .put_cv(id, &cv, Some(self.actor.user_id), self.service.now())
            .await?;
        self.log_change("cv", id.0, id).await
    }

    /// An interim manager's CV file, for download (the manager themself; staff); logged.
    pub async fn cv(&self, id: CandidateId) -> Result<store::StoredCv, Error> {
        self.full(id).await?;
        let cv = self.service.store.cv_of(id).await?.ok_or(Error::NotFound)?;
        self.log(AuditEntry {
            record_kind: Some("cv".into()),
            record_id: Some(id.0),
            subject: Some(id),
            ..self.entry(AuditAction::View)
        })
        .await?;
        Ok(cv)
    }

    /// Removes an interim manager's CV file (the manager themself; staff); logged.
    pub async fn delete_cv(&self, id: CandidateId) -> Result<(), Error> {
        self.full(id).await?;
        if !self.service.store.delete_cv(id).await? {
            return Err(Error::NotFound);
        }
        self.log_change("cv", id.0, id).await
    }

    /// The manager asks to be erased; an administrator sees the request and carries it out.
    pub async fn request_erasure(&self, id: CandidateId, reason: &str) -> Result<i64, Error> {
        self.own(id).await?;
        let reason = LongText::parse(reason).map_err(|e| e.within("reason"))?;
        let request = self
            .service
            .store
            .request_erasure(id, reason.as_str(), self.service.now())
            .await?;
        self.log_change("erasure_request", request, id).await?;
        Ok(request)
    }

    /// The audit log (admin only).
    pub async fn audit(&self, filter: &AuditFilter) -> Result<Vec<(i64, AuditEntry)>, Error> {
        self.admin_only()?;
        Ok(self.service.store.audit(filter).await?)
    }
}

/// An interim manager's vetting records, as far as the caller may see them.
#[derive(Debug)]
pub struct Vetting {
    /// The interim manager as stored.
    pub candidate: InterimManager,
    /// Interviews with their scorecards (staff only).
    pub interviews: Vec<Stored<InterviewId, VettingInterview>>,
    /// Reference checks (staff only).
    pub references: Vec<Stored<ReferenceCheckId, ReferenceCheck>>,
    /// Qualification decisions, oldest first.
    pub decisions: Vec<Stored<QualificationId, QualificationDecision>>,
}
