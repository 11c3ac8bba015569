//! User accounts, their roles, and the password policy (Argon2id hashes, a minimum length and
//! a refusal of the most common passwords).

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash as PhcHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use serde::{Deserialize, Serialize};

use crate::ids::{CandidateId, ClientId};
use crate::invalid::{Invalid, Parsed};
use crate::values::{EmailAddress, PersonName};

/// What a user may do, and for whom.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "role", rename_all = "snake_case")]
pub enum UserRole {
    /// The provider's operations: users, partner networks, imports, data protection.
    Admin,
    /// The provider's partners and researchers.
    Consultant,
    /// A contact at one client company.
    Client {
        /// The company.
        client_id: ClientId,
    },
    /// An interim manager, bound to their own candidate record.
    InterimManager {
        /// Their record.
        candidate_id: CandidateId,
    },
    /// An independent jury member.
    Juror,
}

impl UserRole {
    /// The stable code of the role kind.
    pub fn code(self) -> &'static str {
        match self {
            UserRole::Admin => "admin",
            UserRole::Consultant => "consultant",
            UserRole::Client { .. } => "client",
            UserRole::InterimManager { .. } => "interim_manager",
            UserRole::Juror => "juror",
        }
    }

    /// The role's name for people.
    pub fn label(self) -> &'static str {
        match self {
            UserRole::Admin => "Administrator",
            UserRole::Consultant => "Consultant",
            UserRole::Client { .. } => "Client",
            UserRole::InterimManager { .. } => "Interim manager",
            UserRole::Juror => "Juror",
        }
    }

    /// Builds a role from its code and the record it is bound to (clients and interim
    /// managers need one; the others must not have one).
    pub fn parse(code: &str, bound_to: Option<i64>) -> Parsed<Self> {
        let role = match (code.trim().to_ascii_lowercase().as_str(), bound_to) {
            ("admin", None) => UserRole::Admin,
            ("consultant", None) => UserRole::Consultant,
            ("juror", None) => UserRole::Juror,
            ("client", Some(id)) => UserRole::Client {
                client_id: ClientId(id),
            },
            ("interim_manager", Some(id)) => UserRole::InterimManager {
                candidate_id: CandidateId(id),
            },
            ("client", None) => {
                return Err(Invalid::new(
                    "client_id",
                    "a client user belongs to one client company; give its id",
                ));
            }
            ("interim_manager", None) => {
                return Err(Invalid::new(
                    "candidate_id",
                    "an interim manager user belongs to one candidate record; give its id",
                ));
            }
            ("admin" | "consultant" | "juror", Some(_)) => {
                return Err(Invalid::new(
                    "role",
                    "only client and interim_manager users are bound to a record",
                ));
            }
            (other, _) => {
                return Err(Invalid::new(
                    "role",
                    format!(
                        "'{other}' is not a role; use admin, consultant, client, interim_manager or juror"
                    ),
                ));
            }
        };
        Ok(role)
    }

    /// The record a client or interim-manager user is bound to.
    pub fn bound_to(self) -> Option<i64> {
        match self {
            UserRole::Client { client_id } => Some(client_id.0),
            UserRole::InterimManager { candidate_id } => Some(candidate_id.0),
            _ => None,
        }
    }
}

/// A user account.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct User {
    /// Sign-in address.
    pub email: EmailAddress,
    /// The name shown.
    pub display_name: PersonName,
    /// The role.
    pub role: UserRole,
    /// The password hash.
    pub password_hash: PasswordHash,
    /// Whether the account may sign in.
    pub active: bool,
}

/// The shortest password accepted (NIST SP 800-63B asks for at least 8; we ask for more).
pub const MIN_PASSWORD_LEN: usize = 10;

/// Passwords too common to accept, whatever their length. A short list of the most used
/// passwords that meet the length rule, and the product's own name.
const COMMON_PASSWORDS: &[&str] = &[
    "1234567890",
    "12345678910",
    "0123456789",
    "1111111111",
    "0000000000",
    "qwertyuiop",
    "qwerty1234",
    "qwerty12345",
    "1q2w3e4r5t",
    "1qaz2wsx3edc",
    "password12",
    "password123",
    "password1234",
    "passw0rd123",
    "iloveyou123",
    "abcdefghij",
    "abc1234567",
    "asdfghjkl1",
    "asdfghjkl123",
    "zxcvbnm123",
    "football123",
    "baseball123",
    "welcome123",
    "sommer2024",
    "sommer2025",
    "sommer2026",
    "vinter2025",
    "vinter2026",
    "passord123",
    "passord1234",
    "interim123",
    "interim1234",
    "interimleder",
    "letmein123",
    "trustno1234",
    "princess123",
    "sunshine123",
    "dragon1234",
    "monkey1234",
    "michael123",
    "superman123",
    "administrator",
    "changeme123",
    "qazwsxedcrfv",
    "987654321a",
    "aaaaaaaaaa",
];

/// A password as typed, checked against the policy. It is never stored or logged; only its
/// hash is.
pub struct Password(String);

impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(<redacted>)")
    }
}

impl Password {
    /// Checks length and commonness.
    pub fn parse(input: &str) -> Parsed<Self> {
        let len = input.chars().count();
        if len < MIN_PASSWORD_LEN {
            return Err(Invalid::new(
                "password",
                format!(
                    "is {len} characters; use at least {MIN_PASSWORD_LEN}, a short sentence works well"
                ),
            ));
        }
        if len > 256 {
            return Err(Invalid::new("password", "use at most 256 characters"));
        }
        let lower = input.to_lowercase();
        if COMMON_PASSWORDS.contains(&lower.as_str()) || lower.chars().all(|c| lower.starts_with(c))
        {
            return Err(Invalid::new(
                "password",
                "is one of the most common passwords; choose another",
            ));
        }
        Ok(Self(input.to_owned()))
    }

    /// Hashes with Argon2id and a random salt.
    pub fn hash(&self) -> PasswordHash {
        let salt = SaltString::generate(&mut OsRng);
        let phc = Argon2::default()
            .hash_password(self.0.as_bytes(), &salt)
            .map(|h| h.to_string())
            // Hashing with default parameters and a fresh salt does not fail; if it ever did,
            // an unusable hash locks the account rather than storing the password.
            .unwrap_or_else(|_| "!".to_owned());
        PasswordHash(phc)
    }
}

/// A password hash in PHC string format (`$argon2id$...`).
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PasswordHash(String);

impl std::fmt::Debug for PasswordHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("PasswordHash(<redacted>)")
    }
}

impl PasswordHash {
    /// Wraps a stored PHC string.
    pub fn from_stored(phc: String) -> Self {
        Self(phc)
    }

    /// The PHC string, for storage.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether `candidate` is the password.
    pub fn verify(&self, candidate: &str) -> bool {
        PhcHash::new(&self.0)
            .map(|h| {
                Argon2::default()
                    .verify_password(candidate.as_bytes(), &h)
                    .is_ok()
            })
            .unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn policy_refuses_short_and_common() {
        assert_eq!(
            Password::parse("short").expect_err("short").field,
            "password"
        );
        assert!(Password::parse("Password123").is_err());
        assert!(Password::parse("zzzzzzzzzzzz").is_err());
        assert!(Password::parse("fjord-lantern-harbour").is_ok());
    }

    #[test]
    fn hashes_are_argon2id_and_verify() {
        let hash = Password::parse("fjord-lantern-harbour")
            .expect("valid")
            .hash();
        assert!(hash.as_str().starts_with("$argon2id$"));
        assert!(hash.verify("fjord-lantern-harbour"));
        assert!(!hash.verify("fjord-lantern-harbor"));
        assert!(
            !format!("{hash:?}").contains("argon2"),
            "Debug must not print the hash"
        );
    }

    #[test]
    fn roles_bind_to_records() {
        assert_eq!(
            UserRole::parse("client", Some(3))
                .expect("valid")
                .bound_to(),
            Some(3)
        );
        assert_eq!(
            UserRole::parse("client", None).expect_err("unbound").field,
            "client_id"
        );
        assert_eq!(
            UserRole::parse("admin", Some(1)).expect_err("bound").field,
            "role"
        );
        assert_eq!(
            UserRole::parse("king", None).expect_err("unknown").field,
            "role"
        );
    }
}

/// A secret handed out once (a session cookie, an API token) and kept on the server only as
/// its hash, so a copy of the database opens no session.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// 32 random bytes from the operating system, as 64 hex digits.
    pub fn generate() -> Self {
        use argon2::password_hash::rand_core::RngCore;
        let mut bytes = [0u8; 32];
        OsRng.fill_bytes(&mut bytes);
        Self(bytes.iter().map(|b| format!("{b:02x}")).collect())
    }

    /// Reads a secret as presented by a client; `None` unless it has the shape of one.
    pub fn parse(input: &str) -> Option<Self> {
        let t = input.trim();
        (t.len() == 64
            && t.bytes()
                .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()))
        .then(|| Self(t.to_owned()))
    }

    /// The secret itself, to hand to the client once.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// What the server stores: BLAKE2b-256 of the secret, as hex.
    pub fn hash(&self) -> String {
        use blake2::Digest;
        let digest = blake2::Blake2b::<blake2::digest::consts::U32>::digest(self.0.as_bytes());
        digest.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(..)")
    }
}

#[cfg(test)]
mod secret_tests {
    use super::*;

    #[test]
    fn secrets_are_random_parse_back_and_hash_stably() {
        let a = Secret::generate();
        let b = Secret::generate();
        assert_ne!(a, b);
        assert_eq!(Secret::parse(a.expose()), Some(a.clone()));
        assert_eq!(a.hash(), Secret::parse(a.expose()).expect("valid").hash());
        assert_ne!(a.hash(), b.hash());
        assert_eq!(a.hash().len(), 64);
        assert!(Secret::parse("not-a-secret").is_none());
        assert!(Secret::parse(&a.expose().to_uppercase()).is_none());
        assert_eq!(format!("{a:?}"), "Secret(..)");
    }
}
