//! Who is asking: the signed-in user behind a request, a command or a job, with their role
//! and how they proved who they are. Every rule of the application layer is decided for an
//! [`Actor`].

use chrono::{DateTime, Utc};

use domain::audit::{AuditAction, AuditEntry};
use domain::ids::UserId;
use domain::user::UserRole;

/// How the caller proved who they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credential {
    /// A browser session.
    Session {
        /// Hash of the session token.
        token_hash: String,
        /// The session's CSRF token.
        csrf_token: String,
    },
    /// An API token.
    Token {
        /// The token's id.
        id: i64,
    },
}

/// The signed-in user making a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    /// The user.
    pub user_id: UserId,
    /// Their role (and the record it binds them to).
    pub role: UserRole,
    /// How they signed in.
    pub credential: Credential,
    /// The peer's network address.
    pub address: String,
}

impl Actor {
    /// Whether the user works for the provider (consultant or admin) and sees the network.
    pub fn is_staff(&self) -> bool {
        matches!(self.role, UserRole::Admin | UserRole::Consultant)
    }

    /// An audit entry by this actor at `at`.
    pub fn audit(&self, action: AuditAction, at: DateTime<Utc>) -> AuditEntry {
        AuditEntry {
            actor: Some(self.user_id),
            address: Some(self.address.clone()),
            ..AuditEntry::new(action, at)
        }
    }
}
