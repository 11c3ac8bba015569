//! Interim's storage: the [`Store`] trait the rest of the system talks to, and its two
//! backends, SQLite (the embedded default) and PostgreSQL, chosen by the scheme of the
//! database URL.
//!
//! Every mutable record carries a [`Version`]; a write names the version it read and is
//! refused with [`Error::Stale`] when the record has moved on, so nothing is ever silently
//! overwritten. Operations that read before they write run in one transaction (on SQLite a
//! `BEGIN IMMEDIATE` one, so two writers never deadlock on a lock upgrade).

pub mod baseline;
mod postgres;
mod sqlite;
pub mod testing;
mod url;

use std::sync::Arc;

use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

use domain::audit::{AuditEntry, AuditFilter};
use domain::candidate::InterimManager;
use domain::candidate::TraitProfile;
use domain::client::{Client, ClientContact};
use domain::consent::ConsentRecord;
use domain::cv::CvFile;
use domain::duplicates::PossibleDuplicate;
use domain::ids::{
    ApplicationId, CandidateId, ClientId, ConsentId, ContactId, EvaluationId, InterviewId,
    MandateId, NetworkContactId, PipelineEntryId, PlacementId, PostingId, QualificationId,
    ReferenceCheckId, ShortlistId, Stored, UserId, Version,
};
use domain::intake::{ImportRecord, ImportReport};
use domain::mandate::{Mandate, StatusMove};
use domain::pipeline::PipelineEntry;
use domain::placement::{ClientEvaluation, ClientFeedback, Placement, Shortlist};
use domain::portal::{Application, JobPosting, NetworkContact};
use domain::user::User;
use domain::vetting::{QualificationDecision, ReferenceCheck, VettingInterview};
use domain::vocabulary::PipelineStage;

pub use postgres::PostgresStore;
pub use sqlite::{Durability, SqliteStore};
pub use url::DatabaseUrl;

/// What can go wrong in the store.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The record does not exist.
    #[error("{what} {id} does not exist")]
    NotFound {
        /// The kind of record.
        what: &'static str,
        /// Its id.
        id: i64,
    },
    /// The interim manager was merged into another record, which answers for them now.
    #[error("interim manager {id} was merged into {survivor}")]
    Merged {
        /// The merged-away id.
        id: i64,
        /// The record it was merged into.
        survivor: i64,
    },
    /// The record changed since it was read; the write was refused.
    #[error(
        "{what} {id} was changed by someone else (now at version {current}); reload and try again"
    )]
    Stale {
        /// The kind of record.
        what: &'static str,
        /// Its id.
        id: i64,
        /// The version it is at now.
        current: Version,
    },
    /// A record with the same unique key exists.
    #[error("{0}")]
    Duplicate(String),
    /// A record refers to another that does not exist.
    #[error("{0}")]
    MissingReference(String),
    /// The change breaks a domain rule.
    #[error(transparent)]
    Invalid(#[from] domain::Invalid),
    /// The database URL is not one we can use.
    #[error("{0}")]
    BadUrl(String),
    /// The database could not be reached or opened.
    #[error("cannot reach the database at {url}: {reason}")]
    Unreachable {
        /// The URL, with any password redacted.
        url: String,
        /// Why.
        reason: String,
    },
    /// A stored value could not be read back; the database holds something this version of
    /// Interim does not understand.
    #[error("stored {what} {id} cannot be read: {reason}")]
    Corrupt {
        /// The kind of record.
        what: &'static str,
        /// Its id.
        id: i64,
        /// Why.
        reason: String,
    },
    /// Any other database failure.
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
}

/// Shorthand for store results.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// A user as stored; the password hash comes along so sign-in can check it.
pub type StoredUser = Stored<UserId, User>;

/// An earlier version of a mandate, kept by the database when it was replaced.
#[derive(Debug, Clone, PartialEq)]
pub struct MandateRevision {
    /// The version it had.
    pub version: Version,
    /// The mandate as it was.
    pub mandate: Mandate,
    /// When it was replaced.
    pub replaced_at: DateTime<Utc>,
}

/// The storage contract. Both backends implement it with the same SQL, so behaviour is the
/// same whichever database a firm runs.
#[async_trait]
pub trait Store: Send + Sync + std::fmt::Debug {
    /// Which backend this is: `sqlite` or `postgres`.
    fn backend(&self) -> &'static str;

    /// Brings the schema up to date; safe to run again.
    async fn migrate(&self) -> Result<()>;

    /// Checks the database answers.
    async fn ping(&self) -> Result<()>;

    /// Closes the connections.
    async fn close(&self);

    // Users.

    /// Creates a user.
    async fn insert_user(&self, user: &User, at: DateTime<Utc>) -> Result<UserId>;
    /// A user by sign-in address (case-insensitive).
    async fn user_by_email(&self, email: &str) -> Result<Option<StoredUser>>;
    /// A user by id.
    async fn user(&self, id: UserId) -> Result<StoredUser>;
    /// Every user, by id.
    async fn users(&self) -> Result<Vec<StoredUser>>;
    /// Turns an account on or off. Turning it off ends every session it has on the server and
    /// revokes its API tokens, in the same transaction.
    async fn set_user_active(&self, id: UserId, active: bool, at: DateTime<Utc>) -> Result<()>;

    // Clients and contacts.

    /// Creates a client company.
    async fn insert_client(&self, client: &Client) -> Result<ClientId>;
    /// A client by id.
    async fn client(&self, id: ClientId) -> Result<Stored<ClientId, Client>>;
    /// Every client, by name.
    async fn clients(&self) -> Result<Vec<Stored<ClientId, Client>>>;
    /// The names of the client companies asked for, in one query (those that exist).
    async fn client_names(&self, ids: &[ClientId]) -> Result<Vec<(ClientId, String)>>;
    /// Replaces a client if it is still at `expected`; returns the new version.
    async fn update_client(
        &self,
        id: ClientId,
        expected: Version,
        client: &Client,
    ) -> Result<Version>;
    /// Adds a contact person.
    async fn insert_contact(&self, contact: &ClientContact) -> Result<ContactId>;
    /// The contacts of a client.
    async fn contacts_of(&self, client: ClientId) -> Result<Vec<Stored<ContactId, ClientContact>>>;

    // Imports.

    /// Records an import as it starts; returns its id.
    async fn insert_import(&self, import: &ImportRecord) -> Result<i64>;
    /// Records how an import ended and its report, and deletes the file uploaded for it.
    async fn finish_import(
        &self,
        id: i64,
        status: &str,
        report: &ImportReport,
        at: DateTime<Utc>,
    ) -> Result<()>;
    /// The newest imports, newest first.
    async fn imports(&self, limit: u32) -> Result<Vec<(i64, ImportRecord)>>;
    /// One import with its rows done and rows in all (for a background import's progress).
    async fn import_record(&self, id: i64) -> Result<(ImportRecord, u64, u64)>;
    /// Keeps the file uploaded for import `id` until the import has read it (the admin's
    /// page uploads, previews the mapping, then starts the background job).
    async fn put_import_file(&self, id: i64, bytes: &[u8]) -> Result<()>;
    /// The file uploaded for import `id`, with the mapping it is to be read with.
    async fn import_file(&self, id: i64) -> Result<Option<(Vec<u8>, Vec<(String, String)>)>>;
    /// Starts an uploaded import (status `uploaded` → `queued`) with its options;
    /// `Duplicate` when it was started already.
    async fn start_import(
        &self,
        id: i64,
        source: &str,
        dry_run: bool,
        strict: bool,
        mapping: &[(String, String)],
    ) -> Result<()>;
    /// Records a running import's status and progress.
    async fn import_progress(&self, id: i64, status: &str, done: u64, total: u64) -> Result<()>;
    /// The column mapping saved for a source (`column → field`).
    async fn import_mapping(&self, source: &str) -> Result<Option<Vec<(String, String)>>>;
    /// Saves the column mapping of a source.
    async fn put_import_mapping(&self, source: &str, mapping: &[(String, String)]) -> Result<()>;

    // Interim managers.

    /// Adds interim managers in one transaction: all or none.
    async fn insert_candidates(&self, candidates: &[InterimManager]) -> Result<Vec<CandidateId>>;
    /// An interim manager by id.
    async fn candidate(&self, id: CandidateId) -> Result<Stored<CandidateId, InterimManager>>;
    /// Replaces an interim manager's record if it is still at `expected`.
    async fn update_candidate(
        &self,
        id: CandidateId,
        expected: Version,
        candidate: &InterimManager,
    ) -> Result<Version>;
    /// Several interim managers by id in one query, in the order asked; `NotFound` names the
    /// first that does not exist.
    async fn candidates_by_id(
        &self,
        ids: &[CandidateId],
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>>;
    /// The interim managers a record may be the same person as: the same source and external
    /// id, the same e-mail, or the same phone in E.164; the first by that order, then by id.
    async fn candidates_matching(
        &self,
        key: &CandidateKey,
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>>;
    /// Creates `creates` and replaces `updates` (each still at its version) in one
    /// transaction: all or none. Returns the new ids in order.
    async fn write_candidates(
        &self,
        creates: &[InterimManager],
        updates: &[(CandidateId, Version, InterimManager)],
    ) -> Result<Vec<CandidateId>>;
    /// How many interim managers there are.
    async fn count_candidates(&self) -> Result<u64>;
    /// The interim managers whose name key (`domain::duplicates::name_key`) is one of
    /// `keys`, by id: the records a new one may be a possible duplicate of.
    async fn candidates_named_alike(
        &self,
        keys: &[String],
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>>;

    // Possible duplicates and merges.

    /// Records pairs that may be one person (each with its reasons) as open; a pair already
    /// recorded keeps its status, so a pair kept apart is not asked about again. Returns how
    /// many were new.
    async fn record_possible_duplicates(
        &self,
        pairs: &[(CandidateId, CandidateId, Vec<String>)],
        at: DateTime<Utc>,
    ) -> Result<u64>;
    /// Up to `limit` pairs with `status` (`open`, `merged`, `kept_apart`), oldest first.
    async fn possible_duplicates(&self, status: &str, limit: u32)
    -> Result<Vec<PossibleDuplicate>>;
    /// One pair.
    async fn possible_duplicate(&self, id: i64) -> Result<PossibleDuplicate>;
    /// Records a consultant's decision on an open pair; `Stale` when it was decided already.
    async fn decide_possible_duplicate(
        &self,
        id: i64,
        status: &str,
        by: UserId,
        at: DateTime<Utc>,
    ) -> Result<()>;
    /// Merges one record into another in one transaction: the survivor rewritten (still at
    /// its version); everything that named the merged record (pipeline entries, vetting,
    /// placements and their evaluations, shortlists, feedback, applications, contacts,
    /// consents, erasure requests, the CV, the login) named the survivor; the merged record
    /// deleted, with its keys kept so the next export finds the survivor.
    async fn merge_candidates(&self, merge: &CandidateMerge<'_>) -> Result<()>;
    /// The record a merged-away id was merged into (following later merges), if it was.
    async fn merged_into(&self, id: CandidateId) -> Result<Option<CandidateId>>;
    /// Up to `limit` interim managers whose name contains `text` (case ignored), by name:
    /// how a consultant finds a person they have in mind.
    async fn candidate_ids_named(&self, text: &str, limit: u32) -> Result<Vec<CandidateId>>;
    /// Up to `limit` interim managers with ids above `after`, by id: the way to read the whole
    /// network in constant memory.
    async fn candidates_after(
        &self,
        after: CandidateId,
        limit: u32,
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>>;

    // Mandates and pipelines.

    /// Creates a mandate.
    async fn insert_mandate(&self, mandate: &Mandate) -> Result<MandateId>;
    /// A mandate by id.
    async fn mandate(&self, id: MandateId) -> Result<Stored<MandateId, Mandate>>;
    /// Every mandate, newest first.
    async fn mandates(&self) -> Result<Vec<Stored<MandateId, Mandate>>>;
    /// A mandate with its client company, in one query (what ranking a mandate needs).
    async fn mandate_with_client(
        &self,
        id: MandateId,
    ) -> Result<(Stored<MandateId, Mandate>, Stored<ClientId, Client>)>;
    /// The earlier versions of a mandate, oldest first: each as it was, with the version it
    /// had and when it was replaced.
    async fn mandate_revisions(&self, id: MandateId) -> Result<Vec<MandateRevision>>;
    /// Replaces a mandate if it is still at `expected`.
    async fn update_mandate(
        &self,
        id: MandateId,
        expected: Version,
        mandate: &Mandate,
    ) -> Result<Version>;
    /// Puts a candidate in a mandate's pipeline (once per mandate).
    async fn insert_pipeline_entry(&self, entry: &PipelineEntry) -> Result<PipelineEntryId>;
    /// Puts a candidate on a mandate's pipeline and applies `moved` (the domain's
    /// [`Mandate::longlisted`]) to the mandate, in one transaction; a mandate the move refuses
    /// takes no one, and an unchanged mandate is not rewritten.
    async fn longlist(&self, entry: &PipelineEntry, moved: StatusMove) -> Result<PipelineEntryId>;
    /// A pipeline entry by id.
    async fn pipeline_entry(
        &self,
        id: PipelineEntryId,
    ) -> Result<Stored<PipelineEntryId, PipelineEntry>>;
    /// The mandates of one client company, newest first.
    async fn mandates_of_client(&self, client: ClientId)
    -> Result<Vec<Stored<MandateId, Mandate>>>;
    /// Whether a candidate is, on any of a client's mandates, in one of `stages` (one query;
    /// the access rules ask it for every candidate a client opens).
    async fn client_pipeline_has(
        &self,
        client: ClientId,
        candidate: CandidateId,
        stages: &[PipelineStage],
    ) -> Result<bool>;
    /// Every pipeline one interim manager stands in, oldest first.
    async fn pipelines_of_candidate(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<PipelineEntryId, PipelineEntry>>>;
    /// The pipeline of a mandate.
    async fn pipeline_of(
        &self,
        mandate: MandateId,
    ) -> Result<Vec<Stored<PipelineEntryId, PipelineEntry>>>;
    /// The pipelines of several mandates in one query, oldest entry first (each entry names
    /// its mandate).
    async fn pipelines_of(
        &self,
        mandates: &[MandateId],
    ) -> Result<Vec<Stored<PipelineEntryId, PipelineEntry>>>;
    /// Moves a candidate to another stage, if the entry is still at `expected`; the move is
    /// checked by the domain rules (a rejection needs a reason, and so on).
    async fn move_pipeline_entry(
        &self,
        id: PipelineEntryId,
        expected: Version,
        mv: &StageChange,
    ) -> Result<Version>;

    // Placements and consent.

    /// Places a candidate: records the placement, moves their pipeline entry to placed and
    /// applies `moved` (the domain's [`Mandate::placed`]: the mandate is placed, its clock
    /// stops) to the mandate, all in one transaction; if any part is refused, nothing is
    /// written.
    async fn place(
        &self,
        placement: &Placement,
        entry: PipelineEntryId,
        expected: Version,
        moved: StatusMove,
    ) -> Result<PlacementId>;
    /// The placements of one interim manager.
    async fn placements_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<PlacementId, Placement>>>;
    /// The placement of a mandate, if it has one.
    async fn placement_of_mandate(
        &self,
        mandate: MandateId,
    ) -> Result<Option<Stored<PlacementId, Placement>>>;
    /// Every placement, for the match index's bookings.
    async fn placements(&self) -> Result<Vec<Stored<PlacementId, Placement>>>;

    // Vetting.

    /// Records a vetting interview (its scorecard checked: every score with evidence).
    async fn insert_interview(&self, interview: &VettingInterview) -> Result<InterviewId>;
    /// The vetting interviews of one interim manager, oldest first.
    async fn interviews_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<InterviewId, VettingInterview>>>;
    /// Records a reference check.
    async fn insert_reference(&self, check: &ReferenceCheck) -> Result<ReferenceCheckId>;
    /// The reference checks of one interim manager, oldest first.
    async fn references_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<ReferenceCheckId, ReferenceCheck>>>;
    /// Records a qualification decision and, in the same transaction, sets the interim
    /// manager's vetting status and expiry from it (and their trait profile, when the
    /// interviews give one). Returns the decision's id and the candidate's new version.
    async fn decide_qualification(
        &self,
        decision: &QualificationDecision,
        traits: Option<TraitProfile>,
    ) -> Result<(QualificationId, Version)>;
    /// The qualification decisions of one interim manager, oldest first.
    async fn decisions_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<QualificationId, QualificationDecision>>>;

    // Shortlists and the client's feedback.

    /// Presents a shortlist in one transaction: every candidate on it must stand in the
    /// mandate's pipeline and moves to presented, and `moved` (the domain's
    /// [`Mandate::shortlist_presented`]) is applied to the mandate.
    async fn present_shortlist(
        &self,
        shortlist: &Shortlist,
        moved: StatusMove,
    ) -> Result<ShortlistId>;
    /// The latest shortlist presented for a mandate.
    async fn shortlist_of(
        &self,
        mandate: MandateId,
    ) -> Result<Option<Stored<ShortlistId, Shortlist>>>;
    /// Records a client's word on a presented candidate; asking to meet moves them to client
    /// interview, declining moves them to rejected with the client's reason, in the same
    /// transaction.
    async fn record_feedback(&self, feedback: &ClientFeedback) -> Result<i64>;
    /// Everything clients said about a mandate's candidates, oldest first.
    async fn feedback_of(&self, mandate: MandateId) -> Result<Vec<ClientFeedback>>;
    /// Records the client's evaluation of a placement (one each) and, in the same
    /// transaction, adds the assignment with its rating to the interim manager's track record.
    async fn record_evaluation(&self, evaluation: &ClientEvaluation) -> Result<EvaluationId>;
    /// Publishes a mandate on the job board (one posting per mandate; publishing again
    /// replaces the text and the closing day).
    async fn publish_posting(&self, posting: &JobPosting) -> Result<PostingId>;
    /// Every posting, newest first.
    async fn postings(&self) -> Result<Vec<Stored<PostingId, JobPosting>>>;
    /// The posting of a mandate, if published.
    async fn posting_of_mandate(
        &self,
        mandate: MandateId,
    ) -> Result<Option<Stored<PostingId, JobPosting>>>;
    /// Records an application and, in the same transaction, puts the applicant on the
    /// mandate's longlist (unless already in its pipeline); refused after the closing day or
    /// a second time.
    async fn apply(&self, application: &Application, today: NaiveDate) -> Result<ApplicationId>;
    /// The applications of one interim manager, newest first, with the posting.
    async fn applications_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<(Stored<ApplicationId, Application>, JobPosting)>>;
    /// Adds a contact to an interim manager's own network.
    async fn insert_network_contact(&self, contact: &NetworkContact) -> Result<NetworkContactId>;
    /// One interim manager's own network, the next to get in touch with first.
    async fn network_of(
        &self,
        owner: CandidateId,
    ) -> Result<Vec<Stored<NetworkContactId, NetworkContact>>>;
    /// Records an interim manager's request to be erased, for an administrator to carry out.
    async fn request_erasure(
        &self,
        candidate: CandidateId,
        reason: &str,
        at: DateTime<Utc>,
    ) -> Result<i64>;
    /// The erasure requests, oldest first: id, who, when, why.
    async fn erasure_requests(&self) -> Result<Vec<(i64, CandidateId, DateTime<Utc>, String)>>;
    /// Keeps `cv` as the interim manager's current CV file, replacing the one they had;
    /// `NotFound` if there is no such interim manager, and then nothing is written.
    async fn put_cv(
        &self,
        candidate: CandidateId,
        cv: &CvFile,
        by: Option<UserId>,
        at: DateTime<Utc>,
    ) -> Result<()>;
    /// The interim manager's current CV file, if they have one.
    async fn cv_of(&self, candidate: CandidateId) -> Result<Option<StoredCv>>;
    /// Deletes the interim manager's CV file; whether there was one.
    async fn delete_cv(&self, candidate: CandidateId) -> Result<bool>;
    /// The evaluation of a placement, if the client has given one.
    async fn evaluation_of(&self, placement: PlacementId) -> Result<Option<ClientEvaluation>>;
    /// Records a consent.
    async fn insert_consent(&self, consent: &ConsentRecord) -> Result<ConsentId>;
    /// The consents of one interim manager.
    async fn consents_of(
        &self,
        candidate: CandidateId,
    ) -> Result<Vec<Stored<ConsentId, ConsentRecord>>>;

    // Sessions, API tokens and the audit log.

    /// Stores a new session.
    async fn insert_session(&self, session: &SessionRecord) -> Result<()>;
    /// The session whose token hashes to `token_hash`, if it exists, with the user it belongs
    /// to, in one query: what every signed-in request reads first.
    async fn session(&self, token_hash: &str) -> Result<Option<(SessionRecord, StoredUser)>>;
    /// Notes activity on a session (for the idle timeout).
    async fn touch_session(&self, token_hash: &str, at: DateTime<Utc>) -> Result<()>;
    /// Ends a session on the server.
    async fn delete_session(&self, token_hash: &str) -> Result<()>;
    /// Stores a new API token (only its hash); returns its id.
    async fn insert_api_token(
        &self,
        user: UserId,
        name: &str,
        token_hash: &str,
        at: DateTime<Utc>,
    ) -> Result<i64>;
    /// The API token whose secret hashes to `token_hash`, revoked or not.
    async fn api_token(&self, token_hash: &str) -> Result<Option<ApiTokenRecord>>;
    /// The API token whose secret hashes to `token_hash` with the user it belongs to, in one
    /// query: what every request with a token reads first.
    async fn api_token_holder(
        &self,
        token_hash: &str,
    ) -> Result<Option<(ApiTokenRecord, StoredUser)>>;
    /// A user's API tokens, newest first.
    async fn api_tokens_of(&self, user: UserId) -> Result<Vec<ApiTokenRecord>>;
    /// Revokes one of a user's tokens; `NotFound` if it is not theirs.
    async fn revoke_api_token(&self, user: UserId, id: i64, at: DateTime<Utc>) -> Result<()>;
    /// Notes the use of a token.
    async fn touch_api_token(&self, id: i64, at: DateTime<Utc>) -> Result<()>;
    /// Appends an entry to the audit log; returns its id.
    async fn append_audit(&self, entry: &AuditEntry) -> Result<i64>;
    /// Entries of the audit log, newest first.
    async fn audit(&self, filter: &AuditFilter) -> Result<Vec<(i64, AuditEntry)>>;
    /// Refused sign-ins since `since`: for the e-mail address and from the network address.
    async fn failed_logins_since(
        &self,
        email: &str,
        address: &str,
        since: DateTime<Utc>,
    ) -> Result<(u64, u64)>;

    // The change feed: what the database itself recorded (by trigger, in the writing
    // transaction) about every write that changes what the match index sees.

    /// Changes after sequence number `after`, in sequence order, at most `limit`.
    async fn index_changes_after(&self, after: i64, limit: u32) -> Result<Vec<IndexChange>>;
    /// The changes among the sequence numbers `seqs` that exist (committed by now).
    async fn index_changes_in(&self, seqs: &[i64]) -> Result<Vec<IndexChange>>;
    /// The first and last sequence numbers the feed holds, or `None` when it is empty.
    async fn index_feed_bounds(&self) -> Result<Option<(i64, i64)>>;
    /// Deletes the changes older than `keep`; returns how many.
    async fn prune_index_changes(&self, keep: std::time::Duration) -> Result<u64>;
    /// A wake-up call for followers of the feed: on PostgreSQL a `LISTEN` on its own
    /// connection, which fires when a transaction that changed the feed commits; `None` where
    /// the backend has no such thing (SQLite, one process, which polls).
    async fn listen_for_changes(&self) -> Result<Option<Box<dyn ChangeWaker>>>;
    /// The candidates of `ids` that exist (in no particular order); an erased one is absent.
    async fn candidates_among(
        &self,
        ids: &[CandidateId],
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>>;
    /// Every placement of the candidates of `ids`.
    async fn placements_of_many(
        &self,
        ids: &[CandidateId],
    ) -> Result<Vec<Stored<PlacementId, Placement>>>;

    // Background jobs.

    /// Queues a job; `None` when a job with the same dedupe key exists already.
    async fn enqueue_job(&self, job: &NewJob, now: DateTime<Utc>) -> Result<Option<i64>>;
    /// Claims the next job that is due (queued and `run_after` passed, or running with its
    /// lease run out) for `worker` until `lease_until`, counting the attempt. One worker gets
    /// a job at a time, on every server.
    async fn claim_job(
        &self,
        worker: &str,
        now: DateTime<Utc>,
        lease_until: DateTime<Utc>,
    ) -> Result<Option<ClaimedJob>>;
    /// Marks a job `worker` holds as done; `false` if it no longer holds it.
    async fn finish_job(&self, id: i64, worker: &str, now: DateTime<Utc>) -> Result<bool>;
    /// Records a failed attempt of a job `worker` holds: queued again at `retry_at`, or failed
    /// for good when `None`. `false` if it no longer holds it.
    async fn fail_job(
        &self,
        id: i64,
        worker: &str,
        error: &str,
        retry_at: Option<DateTime<Utc>>,
        now: DateTime<Utc>,
    ) -> Result<bool>;
    /// The most recent jobs, newest first.
    async fn jobs(&self, limit: u32) -> Result<Vec<JobRecord>>;
}

/// A job to queue.
#[derive(Debug, Clone, PartialEq)]
pub struct NewJob {
    /// What to run: the name a handler is registered under.
    pub kind: String,
    /// Its input.
    pub payload: serde_json::Value,
    /// Jobs with the same key exist once (a periodic job names its period).
    pub dedupe_key: Option<String>,
    /// How many attempts before it is given up.
    pub max_attempts: u32,
    /// Not before.
    pub run_after: DateTime<Utc>,
}

/// A job a worker holds.
#[derive(Debug, Clone, PartialEq)]
pub struct ClaimedJob {
    /// Its id.
    pub id: i64,
    /// What to run.
    pub kind: String,
    /// Its input.
    pub payload: serde_json::Value,
    /// This attempt's number, from 1.
    pub attempt: u32,
    /// How many attempts it may have.
    pub max_attempts: u32,
}

/// A job as stored, for the admin's view.
#[derive(Debug, Clone, PartialEq)]
pub struct JobRecord {
    /// Its id.
    pub id: i64,
    /// What it runs.
    pub kind: String,
    /// `queued`, `running`, `done` or `failed`.
    pub status: String,
    /// Attempts made.
    pub attempts: u32,
    /// Attempts allowed.
    pub max_attempts: u32,
    /// Not before.
    pub run_after: DateTime<Utc>,
    /// The worker holding it.
    pub locked_by: Option<String>,
    /// The last attempt's error.
    pub last_error: Option<String>,
    /// When it was queued.
    pub created_at: DateTime<Utc>,
    /// When it was done or given up.
    pub finished_at: Option<DateTime<Utc>>,
}

/// One row of the change feed: the candidate whose indexed data (profile, vetting,
/// availability, consent, bookings) changed in a committed transaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexChange {
    /// Its place in the feed. Numbers are taken at write time, so on PostgreSQL a lower
    /// number can commit after a higher one; a number can also never commit at all.
    pub seq: i64,
    /// Whose data changed.
    pub candidate_id: CandidateId,
}

/// Wakes a follower of the change feed when a transaction that wrote to it commits.
#[async_trait]
pub trait ChangeWaker: Send + std::fmt::Debug {
    /// Waits for the next wake-up. [`Woken::Reconnected`] says the connection was lost and
    /// made again, so notifications may have been missed (the feed table has them all).
    async fn woken(&mut self) -> Result<Woken>;
}

/// Why a [`ChangeWaker`] woke.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Woken {
    /// A transaction that changed the feed committed.
    Changed,
    /// The connection was lost and is back; wake-ups in between are gone.
    Reconnected,
}

/// A signed-in session as stored: the token itself is only with the browser.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// Hash of the session token.
    pub token_hash: String,
    /// Who is signed in.
    pub user_id: UserId,
    /// The token forms must carry.
    pub csrf_token: String,
    /// When the session began.
    pub created_at: DateTime<Utc>,
    /// The last request on it.
    pub last_seen_at: DateTime<Utc>,
    /// When it ends whatever happens (absolute timeout).
    pub expires_at: DateTime<Utc>,
}

/// An API token as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiTokenRecord {
    /// Its id.
    pub id: i64,
    /// Whose it is.
    pub user_id: UserId,
    /// A name the user gave it.
    pub name: String,
    /// When it was made.
    pub created_at: DateTime<Utc>,
    /// When it was last used.
    pub last_used_at: Option<DateTime<Utc>>,
    /// When it was revoked.
    pub revoked_at: Option<DateTime<Utc>>,
}

/// What a person is found by in the network: their key in the network they came from, else
/// their e-mail or phone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateKey {
    /// `own` or the partner network's name.
    pub source: String,
    /// Their id in that network.
    pub external_id: Option<String>,
    /// The e-mail, lower case.
    pub email: String,
    /// The phone in E.164.
    pub phone_e164: Option<String>,
}

/// One record merged into another, as [`Store::merge_candidates`] writes it.
#[derive(Debug, Clone)]
pub struct CandidateMerge<'a> {
    /// The record that stays.
    pub survivor: CandidateId,
    /// The version the survivor was read at.
    pub expected: Version,
    /// The survivor as it is after the merge.
    pub survivor_record: &'a InterimManager,
    /// The record merged away.
    pub merged: CandidateId,
    /// The merged-away record as it was, for its keys.
    pub merged_record: &'a InterimManager,
    /// Pipeline entries of the merged record dropped because the survivor is in the same
    /// mandate's pipeline further along.
    pub drop_pipeline_entries: Vec<PipelineEntryId>,
    /// Pipeline entries of the survivor dropped because the merged record is in the same
    /// mandate's pipeline further along (its entry moves over).
    pub drop_survivor_entries: Vec<PipelineEntryId>,
    /// Applications of the merged record to postings the survivor applied to as well.
    pub drop_applications: Vec<ApplicationId>,
    /// The merged record's CV is dropped (the survivor's own is newer).
    pub drop_cv: bool,
    /// The survivor's CV is replaced by the merged record's (newer) one.
    pub replace_cv: bool,
    /// Who merged.
    pub by: UserId,
    /// When.
    pub at: DateTime<Utc>,
    /// What the merge did, kept with it.
    pub report: serde_json::Value,
}

/// A CV file as stored: what [`Store::put_cv`] was given, as the download should be served
/// (as an attachment under `file_name`, with `content_type`). The bytes were checked and
/// stripped by [`CvFile::parse`] on the way in and come back exactly as they were written.
#[derive(Clone, PartialEq, Eq)]
pub struct StoredCv {
    /// The safe download name, with the extension of what the file is.
    pub file_name: String,
    /// The MIME type: `application/pdf` or the Word document type.
    pub content_type: String,
    /// The size in bytes.
    pub size: u64,
    /// The file.
    pub bytes: Vec<u8>,
    /// When it was uploaded.
    pub uploaded_at: DateTime<Utc>,
    /// Who uploaded it, when known.
    pub uploaded_by: Option<UserId>,
}

impl std::fmt::Debug for StoredCv {
    /// Everything but the bytes, which would flood any log.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoredCv")
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .field("size", &self.size)
            .field("uploaded_at", &self.uploaded_at)
            .field("uploaded_by", &self.uploaded_by)
            .finish_non_exhaustive()
    }
}

/// A requested move of a pipeline entry.
#[derive(Debug, Clone)]
pub struct StageChange {
    /// The stage to move to.
    pub to: PipelineStage,
    /// When.
    pub at: DateTime<Utc>,
    /// Who.
    pub by: Option<UserId>,
    /// Why.
    pub reason: Option<String>,
}

/// Opens the database the URL names (`sqlite://path.db`, `sqlite::memory:`, `postgres://...`),
/// creating an SQLite file if it does not exist. Does not migrate.
pub async fn connect(url: &DatabaseUrl) -> Result<Arc<dyn Store>> {
    Ok(match url {
        DatabaseUrl::Sqlite(_) => Arc::new(SqliteStore::connect(url).await?),
        DatabaseUrl::Postgres(_) => Arc::new(PostgresStore::connect(url).await?),
    })
}

/// Creates the database `name` (lower-case letters, digits and `_`) on the PostgreSQL server
/// that `server` names, unless it exists, and returns its URL.
pub async fn ensure_postgres_database(server: &DatabaseUrl, name: &str) -> Result<DatabaseUrl> {
    use sqlx::Connection;
    if name.is_empty()
        || !name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    {
        return Err(Error::BadUrl(format!(
            "'{name}' is not a database name Interim creates; use a-z, 0-9 and _"
        )));
    }
    let DatabaseUrl::Postgres(admin) = server else {
        return Err(Error::BadUrl(format!("{server} is not a PostgreSQL URL")));
    };
    let unreachable = |e: sqlx::Error| Error::Unreachable {
        url: server.redacted(),
        reason: e.to_string(),
    };
    let mut conn = sqlx::PgConnection::connect(admin)
        .await
        .map_err(unreachable)?;
    let exists: Option<i32> = sqlx::query_scalar("SELECT 1 FROM pg_database WHERE datname = $1")
        .bind(name)
        .fetch_optional(&mut conn)
        .await?;
    if exists.is_none() {
        sqlx::Executor::execute(&mut conn, format!("CREATE DATABASE {name}").as_str()).await?;
    }
    conn.close().await.ok();
    let (base, _) = admin.rsplit_once('/').unwrap_or((admin.as_str(), ""));
    DatabaseUrl::parse(&format!("{base}/{name}"))
}
