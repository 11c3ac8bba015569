//! The readiness ping; sessions, API tokens and the audit log: round trips, revocation only by the owner, filters,
//! sign-in throttling counts, and an audit log the database itself keeps append-only.

use std::sync::Arc;

use chrono::{Duration, Utc};
use domain::audit::{AuditAction, AuditEntry, AuditFilter};
use domain::ids::{CandidateId, UserId};
use domain::user::{Password, Secret, User, UserRole};
use domain::values::{EmailAddress, PersonName};
use store::{Error, SessionRecord, Store};

use crate::backend_test;

async fn user(store: &Arc<dyn Store>, email: &str) -> UserId {
    let user = User {
        email: EmailAddress::parse(email).expect("email"),
        display_name: PersonName::parse("Ola Nordmann").expect("name"),
        role: UserRole::Consultant,
        password_hash: Password::parse("fjord-lantern-harbour")
            .expect("password")
            .hash(),
        active: true,
    };
    store.insert_user(&user, Utc::now()).await.expect("user")
}

backend_test!(
    ping_answers_on_every_backend,
    |store: Arc<dyn Store>| async move {
        // `/readyz` relies on it: a ping that fails on one backend takes every server of
        // that backend out of a load balancer's rotation.
        store.ping().await.expect("ping");
    }
);

backend_test!(
    sessions_round_trip_and_end,
    |store: Arc<dyn Store>| async move {
        let owner = user(&store, "ola@interim.demo").await;
        let now = Utc::now();
        let secret = Secret::generate();
        let session = SessionRecord {
            token_hash: secret.hash(),
            user_id: owner,
            csrf_token: Secret::generate().expose().to_owned(),
            created_at: now,
            last_seen_at: now,
            expires_at: now + Duration::hours(12),
        };
        store.insert_session(&session).await.expect("insert");
        // The session with its user, in one read.
        let (found, holder) = store
            .session(&secret.hash())
            .await
            .expect("read")
            .expect("found");
        assert_eq!(found.user_id, owner);
        assert_eq!(found.csrf_token, session.csrf_token);
        assert_eq!(holder, store.user(owner).await.expect("user"));
        assert!(
            store
                .session(&Secret::generate().hash())
                .await
                .expect("read")
                .is_none()
        );
        let later = now + Duration::minutes(5);
        store
            .touch_session(&secret.hash(), later)
            .await
            .expect("touch");
        let touched = store
            .session(&secret.hash())
            .await
            .expect("read")
            .expect("found")
            .0;
        assert_eq!(touched.last_seen_at.timestamp(), later.timestamp());
        store.delete_session(&secret.hash()).await.expect("delete");
        assert!(store.session(&secret.hash()).await.expect("read").is_none());
    }
);

backend_test!(api_tokens_are_revoked_only_by_their_owner, |store: Arc<
    dyn Store,
>| async move {
    let owner = user(&store, "owner@interim.demo").await;
    let other = user(&store, "other@interim.demo").await;
    let secret = Secret::generate();
    let id = store
        .insert_api_token(owner, "ATS sync", &secret.hash(), Utc::now())
        .await
        .expect("insert");
    let token = store
        .api_token(&secret.hash())
        .await
        .expect("read")
        .expect("found");
    assert_eq!(
        (token.id, token.user_id, token.name.as_str()),
        (id, owner, "ATS sync")
    );
    assert!(token.revoked_at.is_none());
    let (held, holder) = store
        .api_token_holder(&secret.hash())
        .await
        .expect("read")
        .expect("found");
    assert_eq!(held, token);
    assert_eq!(
        (holder.id, holder.value.email.as_str()),
        (owner, "owner@interim.demo")
    );
    assert!(
        store
            .api_token_holder(&Secret::generate().hash())
            .await
            .expect("read")
            .is_none()
    );
    assert!(matches!(
        store.revoke_api_token(other, id, Utc::now()).await,
        Err(Error::NotFound { .. })
    ));
    assert!(
        store
            .api_token(&secret.hash())
            .await
            .expect("read")
            .expect("found")
            .revoked_at
            .is_none()
    );
    store
        .revoke_api_token(owner, id, Utc::now())
        .await
        .expect("revoke");
    assert!(
        store
            .api_token(&secret.hash())
            .await
            .expect("read")
            .expect("found")
            .revoked_at
            .is_some()
    );
    assert_eq!(store.api_tokens_of(owner).await.expect("list").len(), 1);
    assert!(store.api_tokens_of(other).await.expect("list").is_empty());
});

backend_test!(audit_log_filters_counts_and_refuses_changes, with_url |store: Arc<dyn Store>, url: store::DatabaseUrl| async move {
    let consultant = user(&store, "reader@interim.demo").await;
    // PostgreSQL keeps microseconds.
    let now = chrono::SubsecRound::trunc_subsecs(Utc::now(), 6);
    let view = |subject: i64| AuditEntry {
        actor: Some(consultant),
        record_kind: Some("candidate".into()),
        record_id: Some(subject),
        subject: Some(CandidateId(subject)),
        address: Some("10.0.0.7".into()),
        reason: (subject == 2).then(|| "the client asked for them by name".to_owned()),
        ..AuditEntry::new(AuditAction::View, now)
    };
    for subject in [1, 2, 1] {
        store.append_audit(&view(subject)).await.expect("append");
    }
    for address in ["10.0.0.9", "10.0.0.9", "10.0.0.8"] {
        let failed = AuditEntry {
            actor_email: Some("kari@interim.demo".into()),
            address: Some(address.into()),
            ..AuditEntry::new(AuditAction::LoginFailed, now)
        };
        store.append_audit(&failed).await.expect("append");
    }
    let about_one = store.audit(&AuditFilter { subject: Some(CandidateId(1)), limit: 10, ..AuditFilter::default() }).await.expect("read");
    assert_eq!(about_one.len(), 2);
    assert!(about_one[0].0 > about_one[1].0, "newest first");
    assert_eq!(about_one[0].1, view(1));
    let about_two = store.audit(&AuditFilter { subject: Some(CandidateId(2)), limit: 10, ..AuditFilter::default() }).await.expect("read");
    assert_eq!(about_two[0].1.reason.as_deref(), Some("the client asked for them by name"), "the reason is kept");
    let by_actor = store.audit(&AuditFilter { actor: Some(consultant), limit: 2, ..AuditFilter::default() }).await.expect("read");
    assert_eq!(by_actor.len(), 2);
    let page_two = store
        .audit(&AuditFilter { actor: Some(consultant), before_id: Some(by_actor[1].0), limit: 10, ..AuditFilter::default() })
        .await
        .expect("read");
    assert_eq!(page_two.len(), 1);
    assert!(matches!(store.audit(&AuditFilter { limit: 0, ..AuditFilter::default() }).await, Err(Error::Invalid(_))));

    let (by_email, by_address) = store.failed_logins_since("kari@interim.demo", "10.0.0.9", now - Duration::minutes(1)).await.expect("count");
    assert_eq!((by_email, by_address), (3, 2));
    let (later_email, _) = store.failed_logins_since("kari@interim.demo", "10.0.0.9", now + Duration::minutes(1)).await.expect("count");
    assert_eq!(later_email, 0);

    // Not even a direct connection may rewrite history.
    let tamper = ["UPDATE audit_log SET actor_email = 'nobody'", "DELETE FROM audit_log"];
    for sql in tamper {
        let refused = if url.expose().starts_with("sqlite") {
            let pool = sqlx::SqlitePool::connect(url.expose()).await.expect("connect");
            let r = sqlx::query(sql).execute(&pool).await.map(|_| ());
            pool.close().await;
            r
        } else {
            let pool = sqlx::PgPool::connect(url.expose()).await.expect("connect");
            let r = sqlx::query(sql).execute(&pool).await.map(|_| ());
            pool.close().await;
            r
        };
        let err = refused.expect_err(sql).to_string();
        assert!(err.contains("append-only"), "{sql}: {err}");
    }
    let entries = store.audit(&AuditFilter { limit: 100, ..AuditFilter::default() }).await.expect("read");
    assert_eq!(entries.len(), 6);
});

backend_test!(
    audit_entries_written_together_each_get_their_own_id_and_all_are_kept,
    |store: Arc<dyn Store>| async move {
        let reader = user(&store, "many@interim.demo").await;
        // PostgreSQL keeps microseconds.
        let now = chrono::SubsecRound::trunc_subsecs(Utc::now(), 6);
        let entry = |i: i64| AuditEntry {
            actor: Some(reader),
            record_kind: Some("candidate".into()),
            record_id: Some(i),
            subject: Some(CandidateId(i)),
            ..AuditEntry::new(AuditAction::View, now)
        };
        // Sixty at once: they queue behind each other's commits and go in shared batches.
        let writers: Vec<_> = (1..=60)
            .map(|i| {
                let store = store.clone();
                let e = entry(i);
                tokio::spawn(async move { (store.append_audit(&e).await.expect("append"), e) })
            })
            .collect();
        let mut written = Vec::new();
        for w in writers {
            written.push(w.await.expect("writer"));
        }
        let mut ids: Vec<i64> = written.iter().map(|(id, _)| *id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 60, "every entry its own id");
        let kept = store
            .audit(&AuditFilter {
                actor: Some(reader),
                limit: 100,
                ..AuditFilter::default()
            })
            .await
            .expect("read");
        assert_eq!(kept.len(), 60);
        for (id, e) in &written {
            assert!(
                kept.contains(&(*id, e.clone())),
                "entry {id} is kept as written"
            );
        }
    }
);
