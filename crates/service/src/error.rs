//! The application layer's one error type. It says what went wrong in the business's terms
//! and knows nothing of HTTP: the web layer chooses the status code and wording of each.

/// What the application layer refuses, or what failed beneath it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The input is wrong; the field says where.
    #[error(transparent)]
    Invalid(#[from] domain::Invalid),
    /// The record does not exist, or the caller may not know it exists.
    #[error("there is no such record")]
    NotFound,
    /// The caller's role does not give access to this kind of request.
    #[error("the caller's role does not give access to this")]
    Forbidden,
    /// The record changed since the caller read it.
    #[error("the record changed; it is now at version {current}")]
    Stale {
        /// The version it is at now.
        current: i64,
    },
    /// Several values are wrong; each names its field.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    InvalidFields(Vec<domain::Invalid>),
    /// A record with the same unique key exists.
    #[error("{0}")]
    Duplicate(String),
    /// The candidate is in the network already.
    #[error("{message}")]
    DuplicateCandidate {
        /// The person held.
        existing: domain::ids::CandidateId,
        /// What they share.
        message: String,
    },
    /// The interim manager was merged into another record.
    #[error("interim manager {id} was merged into {survivor}")]
    Merged {
        /// The merged-away id.
        id: domain::ids::CandidateId,
        /// The record that answers for them now.
        survivor: domain::ids::CandidateId,
    },
    /// No valid session or API token.
    #[error("not signed in")]
    Unauthenticated,
    /// Too many refused sign-ins for the account or from the address.
    #[error("too many refused sign-ins")]
    TooManyAttempts,
    /// The match index is still loading.
    #[error("the match index is loading")]
    NotReady,
    /// A failure the caller cannot fix: the database, a stored value that does not read back.
    #[error("{0}")]
    Internal(String),
}

/// Shorthand for the application layer's results.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<store::Error> for Error {
    fn from(e: store::Error) -> Self {
        match e {
            store::Error::NotFound { .. } => Error::NotFound,
            store::Error::Merged { id, survivor } => Error::Merged {
                id: domain::ids::CandidateId(id),
                survivor: domain::ids::CandidateId(survivor),
            },
            store::Error::Stale { current, .. } => Error::Stale { current: current.0 },
            store::Error::Duplicate(m) => Error::Duplicate(m),
            store::Error::Invalid(i) => Error::Invalid(i),
            other => Error::Internal(other.to_string()),
        }
    }
}
