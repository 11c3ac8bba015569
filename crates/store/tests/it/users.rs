//! Users: unique e-mail, case-insensitive sign-in lookup, hashes that verify.

use std::sync::Arc;

use chrono::Utc;
use domain::user::{Password, User, UserRole};
use domain::values::{EmailAddress, PersonName};
use store::{Error, Store};

use crate::backend_test;

fn user(email: &str, role: UserRole) -> User {
    User {
        email: EmailAddress::parse(email).expect("email"),
        display_name: PersonName::parse("Kari Nordmann").expect("name"),
        role,
        password_hash: Password::parse("fjord-lantern-harbour")
            .expect("password")
            .hash(),
        active: true,
    }
}

backend_test!(users_are_unique_and_found_by_email, |store: Arc<
    dyn Store,
>| async move {
    let id = store
        .insert_user(&user("kari@interim.demo", UserRole::Consultant), Utc::now())
        .await
        .expect("insert");
    let found = store
        .user_by_email("  KARI@interim.demo ")
        .await
        .expect("lookup")
        .expect("found");
    assert_eq!(found.id, id);
    assert_eq!(found.value.role, UserRole::Consultant);
    assert!(found.value.password_hash.verify("fjord-lantern-harbour"));
    assert!(!found.value.password_hash.verify("wrong password"));
    assert!(
        store
            .user_by_email("nobody@interim.demo")
            .await
            .expect("lookup")
            .is_none()
    );
    match store
        .insert_user(&user("Kari@Interim.demo", UserRole::Admin), Utc::now())
        .await
    {
        Err(Error::Duplicate(m)) => assert!(m.contains("kari@interim.demo"), "{m}"),
        other => panic!("expected a duplicate refusal, got {other:?}"),
    }
    assert_eq!(store.users().await.expect("list").len(), 1);
});

backend_test!(a_client_user_needs_an_existing_client, |store: Arc<
    dyn Store,
>| async move {
    let orphan = user(
        "client@firma.no",
        UserRole::Client {
            client_id: domain::ClientId(4242),
        },
    );
    match store.insert_user(&orphan, Utc::now()).await {
        Err(Error::MissingReference(_)) => {}
        other => panic!("expected a missing-reference refusal, got {other:?}"),
    }
    assert!(store.users().await.expect("list").is_empty());
});
