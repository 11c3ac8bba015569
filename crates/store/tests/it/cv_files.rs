//! CV files: one per interim manager, kept byte for byte, replaced by the next upload, refused
//! for someone who does not exist, and deleted.

use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use domain::cv::CvFile;
use domain::ids::{CandidateId, UserId};
use domain::user::{Password, User, UserRole};
use domain::values::{EmailAddress, PersonName};
use seed::Generator;
use store::{Error, Store, StoredCv};

use crate::backend_test;
use crate::harness::today;

/// A PDF as far as the domain is concerned, with every byte value in it so a backend that
/// treated the bytes as text would show.
fn pdf(marker: &str) -> CvFile {
    let mut bytes = format!("%PDF-1.7\n% {marker}\n").into_bytes();
    bytes.extend(0..=255u8);
    bytes.extend_from_slice(b"\n%%EOF\n");
    CvFile::parse("Kari Nordmann CV.docx", &bytes).expect("a PDF")
}

/// A moment PostgreSQL and SQLite both keep exactly.
fn at(hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, hour, 30, 0)
        .single()
        .expect("valid time")
}

async fn candidate(store: &Arc<dyn Store>) -> CandidateId {
    let person = Generator::new(7, today()).candidate(0);
    store.insert_candidates(&[person]).await.expect("insert")[0]
}

async fn consultant(store: &Arc<dyn Store>) -> UserId {
    let user = User {
        email: EmailAddress::parse("ola@interim.demo").expect("email"),
        display_name: PersonName::parse("Ola Nordmann").expect("name"),
        role: UserRole::Consultant,
        password_hash: Password::parse("fjord-lantern-harbour")
            .expect("password")
            .hash(),
        active: true,
    };
    store.insert_user(&user, Utc::now()).await.expect("insert")
}

fn assert_same(stored: &StoredCv, cv: &CvFile) {
    assert_eq!(stored.file_name, cv.file_name());
    assert_eq!(stored.content_type, cv.kind().content_type());
    assert_eq!(stored.size, cv.bytes().len() as u64);
    assert!(stored.bytes == cv.bytes(), "the bytes changed in the store");
}

backend_test!(a_cv_file_comes_back_byte_for_byte, |store: Arc<
    dyn Store,
>| async move {
    let id = candidate(&store).await;
    assert!(store.cv_of(id).await.expect("read").is_none());
    let cv = pdf("first");
    store.put_cv(id, &cv, None, at(9)).await.expect("put");
    let stored = store.cv_of(id).await.expect("read").expect("stored");
    assert_same(&stored, &cv);
    assert_eq!(stored.file_name, "Kari Nordmann CV.pdf");
    assert_eq!(stored.content_type, "application/pdf");
    assert_eq!(stored.uploaded_at, at(9));
    assert_eq!(stored.uploaded_by, None);
});

backend_test!(a_second_upload_replaces_the_first, |store: Arc<
    dyn Store,
>| async move {
    let id = candidate(&store).await;
    let by = consultant(&store).await;
    store
        .put_cv(id, &pdf("first"), None, at(9))
        .await
        .expect("put");
    let second = pdf("second, a little longer");
    store
        .put_cv(id, &second, Some(by), at(10))
        .await
        .expect("replace");
    let stored = store.cv_of(id).await.expect("read").expect("stored");
    assert_same(&stored, &second);
    assert_eq!(stored.uploaded_at, at(10));
    assert_eq!(stored.uploaded_by, Some(by));
    assert!(store.delete_cv(id).await.expect("delete"));
    assert!(
        store.cv_of(id).await.expect("read").is_none(),
        "only one file was kept, and it is gone"
    );
});

backend_test!(
    an_unknown_interim_manager_is_refused_and_nothing_written,
    |store: Arc<dyn Store>| async move {
        let known = candidate(&store).await;
        let unknown = CandidateId(known.0 + 4242);
        match store.put_cv(unknown, &pdf("lost"), None, at(9)).await {
            Err(Error::NotFound { what, id }) => {
                assert_eq!(what, "interim manager");
                assert_eq!(id, unknown.0);
            }
            other => panic!("expected a not-found refusal, got {other:?}"),
        }
        assert!(store.cv_of(unknown).await.expect("read").is_none());
        assert!(store.cv_of(known).await.expect("read").is_none());
        match store
            .put_cv(known, &pdf("by nobody"), Some(UserId(4242)), at(9))
            .await
        {
            Err(Error::MissingReference(_)) => {}
            other => panic!("expected a missing-reference refusal, got {other:?}"),
        }
        assert!(store.cv_of(known).await.expect("read").is_none());
    }
);

backend_test!(
    deleting_a_cv_file_says_whether_there_was_one,
    |store: Arc<dyn Store>| async move {
        let id = candidate(&store).await;
        let other = {
            let person = Generator::new(7, today()).candidate(1);
            store.insert_candidates(&[person]).await.expect("insert")[0]
        };
        assert!(!store.delete_cv(id).await.expect("delete nothing"));
        store
            .put_cv(id, &pdf("mine"), None, at(9))
            .await
            .expect("put");
        let theirs = pdf("theirs");
        store
            .put_cv(other, &theirs, None, at(9))
            .await
            .expect("put");
        assert!(store.delete_cv(id).await.expect("delete"));
        assert!(store.cv_of(id).await.expect("read").is_none());
        assert!(!store.delete_cv(id).await.expect("delete again"));
        let kept = store
            .cv_of(other)
            .await
            .expect("read")
            .expect("still there");
        assert_same(&kept, &theirs);
    }
);
