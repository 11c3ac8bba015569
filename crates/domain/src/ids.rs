//! Typed identifiers, so a candidate id can never be passed where a mandate id is meant.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$doc:meta])* $name:ident),* $(,)?) => {$(
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    )*};
}

id_type!(
    /// An interim manager (candidate) in the network.
    CandidateId,
    /// A client company.
    ClientId,
    /// A contact person at a client company.
    ContactId,
    /// One client need.
    MandateId,
    /// One candidate's way through one mandate.
    PipelineEntryId,
    /// A vetting interview.
    InterviewId,
    /// A reference check.
    ReferenceCheckId,
    /// A qualification decision.
    QualificationId,
    /// A shortlist for a mandate.
    ShortlistId,
    /// A placement (assignment).
    PlacementId,
    /// A client's evaluation of a finished assignment.
    EvaluationId,
    /// A published job posting.
    PostingId,
    /// An interim manager's application to a posting.
    ApplicationId,
    /// A contact in an interim manager's own network.
    NetworkContactId,
    /// A nomination for the award.
    NominationId,
    /// A juror's score of a nomination.
    AwardScoreId,
    /// A user account.
    UserId,
    /// A consent record.
    ConsentId,
);

/// The optimistic-concurrency version of a mutable record: every write names the version it
/// read, and a write against an older version is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Version(pub i64);

impl Version {
    /// The version of a record that was just created.
    pub const FIRST: Version = Version(1);

    /// The version a successful write produces.
    #[must_use]
    pub fn next(self) -> Version {
        Version(self.0 + 1)
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A record as stored: its identifier, its version, and its value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stored<I, T> {
    /// The record's identifier.
    pub id: I,
    /// The version to name when writing it back.
    pub version: Version,
    /// The record itself.
    pub value: T,
}

impl<I, T> std::ops::Deref for Stored<I, T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.value
    }
}
