//! Sign-in and who is asking, in the application's terms: a session or an API token turned
//! into an [`Actor`] (ending a session past its idle or absolute timeout), sign-in throttled
//! per account and per address from the audit log (so every server shares the count), and
//! sign-out. Cookies, headers and CSRF checks are the web layer's.

use chrono::{DateTime, Duration};

use domain::Invalid;
use domain::audit::{AuditAction, AuditEntry};
use domain::user::{PasswordHash, Secret};

use crate::{Actor, Credential, Error, Service, SessionRecord, StoredUser};

/// A session ends after this long without a request.
pub const IDLE_TIMEOUT: Duration = Duration::minutes(30);
/// A session ends this long after sign-in, whatever happens.
pub const ABSOLUTE_TIMEOUT: Duration = Duration::hours(12);
/// Refused sign-ins counted over this window.
pub const THROTTLE_WINDOW: Duration = Duration::minutes(15);
/// Refused sign-ins for one account within the window before further attempts are refused.
pub const MAX_FAILED_PER_ACCOUNT: u64 = 5;
/// Refused sign-ins from one address within the window before further attempts are refused.
pub const MAX_FAILED_PER_ADDRESS: u64 = 30;
/// How stale a session's or token's "last seen" may get before a request writes it again.
pub const TOUCH_EVERY: Duration = Duration::minutes(1);

/// An Argon2id hash of a random password, verified against when the account does not exist.
const DUMMY_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$2pVvmRrYyQJp5V0ns5nUjQSx5cBHtcv3mYTtOJbvOTQ";

/// Whether a session has run past its idle or absolute timeout.
pub fn session_expired(session: &SessionRecord, now: DateTime<chrono::Utc>) -> bool {
    now >= session.expires_at || now - session.last_seen_at >= IDLE_TIMEOUT
}

impl Service {
    /// The holder of an API token, if the token is valid and their account active. Its use is
    /// noted at most once a minute.
    pub async fn actor_for_token(&self, secret: &Secret, address: String) -> Result<Actor, Error> {
        let now = self.now();
        let (token, holder) = self
            .store
            .api_token_holder(&secret.hash())
            .await?
            .ok_or(Error::Unauthenticated)?;
        if token.revoked_at.is_some() || !holder.value.active {
            return Err(Error::Unauthenticated);
        }
        if token
            .last_used_at
            .is_none_or(|last| now - last >= TOUCH_EVERY)
        {
            self.store.touch_api_token(token.id, now).await?;
        }
        Ok(Actor {
            user_id: token.user_id,
            role: holder.value.role,
            credential: Credential::Token { id: token.id },
            address,
        })
    }

    /// The holder of a session, if it is live and their account active; a session past its
    /// timeout is ended. Its "last seen" is written at most once a minute: the idle timeout
    /// is measured in minutes, so writing it on every request buys nothing but a write.
    pub async fn actor_for_session(
        &self,
        secret: &Secret,
        address: String,
    ) -> Result<Actor, Error> {
        let now = self.now();
        let hash = secret.hash();
        let (session, holder) = self
            .store
            .session(&hash)
            .await?
            .ok_or(Error::Unauthenticated)?;
        if session_expired(&session, now) {
            self.store.delete_session(&hash).await?;
            return Err(Error::Unauthenticated);
        }
        if !holder.value.active {
            return Err(Error::Unauthenticated);
        }
        if now - session.last_seen_at >= TOUCH_EVERY {
            self.store.touch_session(&hash, now).await?;
        }
        Ok(Actor {
            user_id: session.user_id,
            role: holder.value.role,
            credential: Credential::Session {
                token_hash: hash,
                csrf_token: session.csrf_token,
            },
            address,
        })
    }

    /// Checks an e-mail address and password (throttled per account and per address, every
    /// refusal audited), then starts a new server-side session and ends `previous`, the one
    /// the browser had before, so a session id is never carried across a sign-in.
    pub async fn sign_in(
        &self,
        address: &str,
        email: &str,
        password: &str,
        previous: Option<Secret>,
    ) -> Result<(StoredUser, SessionRecord, Secret), Error> {
        let email = email.trim().to_lowercase();
        let now = self.now();
        let (by_account, by_address) = self
            .store
            .failed_logins_since(&email, address, now - THROTTLE_WINDOW)
            .await?;
        let refuse = || async {
            let entry = AuditEntry {
                actor_email: Some(email.clone()),
                address: Some(address.to_owned()),
                ..AuditEntry::new(AuditAction::LoginFailed, self.now())
            };
            self.store.append_audit(&entry).await?;
            Ok::<(), Error>(())
        };
        if by_account >= MAX_FAILED_PER_ACCOUNT || by_address >= MAX_FAILED_PER_ADDRESS {
            refuse().await?;
            return Err(Error::TooManyAttempts);
        }
        let user = self.store.user_by_email(&email).await?;
        // Verify even for unknown accounts, so timing does not tell which e-mails exist.
        // Argon2 takes tens of milliseconds of CPU on purpose: off the async workers, so
        // sign-ins never hold up other requests.
        let (stored_hash, active) = match &user {
            Some(u) => (u.password_hash.clone(), u.active),
            None => (PasswordHash::from_stored(DUMMY_HASH.to_owned()), false),
        };
        let candidate = password.to_owned();
        let matches = crate::off_the_workers(move || stored_hash.verify(&candidate)).await?;
        let verified = matches && active && user.is_some();
        let Some(user) = user.filter(|_| verified) else {
            refuse().await?;
            return Err(Error::Invalid(Invalid::new(
                "password",
                "the e-mail address or the password is wrong",
            )));
        };
        let secret = Secret::generate();
        let session = SessionRecord {
            token_hash: secret.hash(),
            user_id: user.id,
            csrf_token: Secret::generate().expose().to_owned(),
            created_at: now,
            last_seen_at: now,
            expires_at: now + ABSOLUTE_TIMEOUT,
        };
        self.store.insert_session(&session).await?;
        if let Some(old) = previous {
            self.store.delete_session(&old.hash()).await?;
        }
        self.store
            .append_audit(&AuditEntry {
                actor: Some(user.id),
                actor_email: Some(email),
                address: Some(address.to_owned()),
                ..AuditEntry::new(AuditAction::Login, now)
            })
            .await?;
        Ok((user, session, secret))
    }

    /// Ends the caller's session on the server (an API token stays valid) and logs the
    /// sign-out.
    pub async fn sign_out(&self, actor: &Actor) -> Result<(), Error> {
        if let Credential::Session { token_hash, .. } = &actor.credential {
            self.store.delete_session(token_hash).await?;
        }
        self.store
            .append_audit(&actor.audit(AuditAction::Logout, self.now()))
            .await?;
        Ok(())
    }
}
