//! The audit log of personal data and access: who viewed, exported or changed whose data, and
//! every sign-in, failed sign-in and refused access. Append-only: entries are never changed.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::ids::{CandidateId, UserId};
use crate::vocabulary::vocabulary;
use crate::{Invalid, Parsed};

vocabulary! {
    /// What happened.
    AuditAction, "audit action" {
        /// Personal data was shown.
        View = "view", "Viewed";
        /// Personal data left the system (a download, a shortlist sent).
        Export = "export", "Exported";
        /// Personal data was changed.
        Change = "change", "Changed";
        /// A user signed in.
        Login = "login", "Signed in";
        /// A sign-in was refused.
        LoginFailed = "login_failed", "Sign-in refused";
        /// A user signed out.
        Logout = "logout", "Signed out";
        /// A request was refused for lack of rights.
        Refused = "refused", "Access refused";
    }
}

/// One entry of the audit log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// When.
    pub at: DateTime<Utc>,
    /// The signed-in user, if any.
    pub actor: Option<UserId>,
    /// The e-mail given, for sign-ins (including refused ones for unknown accounts).
    pub actor_email: Option<String>,
    /// What happened.
    pub action: AuditAction,
    /// The kind of record touched ("candidate", "mandate", ...), if any.
    pub record_kind: Option<String>,
    /// Its id.
    pub record_id: Option<i64>,
    /// The interim manager whose personal data it is, if any.
    pub subject: Option<CandidateId>,
    /// The client's network address.
    pub address: Option<String>,
    /// Why, in the actor's words, where the rules ask for a reason (such as ranking people
    /// the client excluded).
    pub reason: Option<String>,
}

impl AuditEntry {
    /// An entry of `action` at `at`, with nothing else filled in.
    pub fn new(action: AuditAction, at: DateTime<Utc>) -> Self {
        Self {
            at,
            actor: None,
            actor_email: None,
            action,
            record_kind: None,
            record_id: None,
            subject: None,
            address: None,
            reason: None,
        }
    }
}

/// Which entries to read.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Only entries about this interim manager's data.
    pub subject: Option<CandidateId>,
    /// Only entries by this user.
    pub actor: Option<UserId>,
    /// Only entries before this id (for paging backwards).
    pub before_id: Option<i64>,
    /// At most this many, newest first.
    pub limit: u32,
}

impl AuditFilter {
    /// Checks the limit.
    pub fn check(&self) -> Parsed<()> {
        if !(1..=1_000).contains(&self.limit) {
            return Err(Invalid::new(
                "limit",
                format!("{} is outside 1 to 1000", self.limit),
            ));
        }
        Ok(())
    }
}
