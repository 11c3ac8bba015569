//! Interim managers: round trips, paging, stale writes, and all-or-nothing batches.

use std::sync::Arc;

use domain::ids::{CandidateId, Version};
use seed::Generator;
use store::{Error, Store};

use crate::backend_test;
use crate::harness::today;

fn people(n: u64) -> Vec<domain::candidate::InterimManager> {
    let g = Generator::new(7, today());
    (0..n).map(|i| g.candidate(i)).collect()
}

backend_test!(
    round_trip_keeps_every_field,
    |store: Arc<dyn Store>| async move {
        let batch = people(25);
        let ids = store.insert_candidates(&batch).await.expect("insert");
        assert_eq!(ids.len(), 25);
        for (id, original) in ids.iter().zip(&batch) {
            let back = store.candidate(*id).await.expect("read back");
            assert_eq!(
                &back.value, original,
                "candidate {id} changed on the way through the store"
            );
            assert_eq!(back.version, Version::FIRST);
        }
        assert_eq!(store.count_candidates().await.expect("count"), 25);
    }
);

backend_test!(
    paging_reads_everyone_once,
    |store: Arc<dyn Store>| async move {
        store.insert_candidates(&people(53)).await.expect("insert");
        let mut after = CandidateId(0);
        let mut seen = Vec::new();
        loop {
            let page = store.candidates_after(after, 10).await.expect("page");
            let Some(last) = page.last() else { break };
            after = last.id;
            seen.extend(page.iter().map(|c| c.id));
        }
        assert_eq!(seen.len(), 53);
        assert!(
            seen.windows(2).all(|w| w[0] < w[1]),
            "pages are in id order without repeats"
        );
    }
);

backend_test!(
    a_stale_write_is_refused_and_changes_nothing,
    |store: Arc<dyn Store>| async move {
        let ids = store.insert_candidates(&people(1)).await.expect("insert");
        let id = ids[0];
        let original = store.candidate(id).await.expect("read");

        let mut first = original.value.clone();
        first.day_rate.amount += 1_000;
        let v2 = store
            .update_candidate(id, original.version, &first)
            .await
            .expect("first writer wins");
        assert_eq!(v2, Version(2));

        let mut second = original.value.clone();
        second.day_rate.amount = 1;
        match store.update_candidate(id, original.version, &second).await {
            Err(Error::Stale { current, .. }) => assert_eq!(current, Version(2)),
            other => panic!("expected a stale-write refusal, got {other:?}"),
        }
        let now = store.candidate(id).await.expect("read");
        assert_eq!(
            now.value.day_rate, first.day_rate,
            "the stale write must not land"
        );
        assert_eq!(now.version, Version(2));

        match store
            .update_candidate(CandidateId(999_999), Version(1), &first)
            .await
        {
            Err(Error::NotFound { .. }) => {}
            other => panic!("expected not found, got {other:?}"),
        }
    }
);

backend_test!(a_failed_batch_leaves_nothing_behind, |store: Arc<
    dyn Store,
>| async move {
    let mut batch = people(5);
    batch[3].email = batch[0].email.clone();
    match store.insert_candidates(&batch).await {
        Err(Error::Duplicate(message)) => {
            assert!(message.contains(batch[0].email.as_str()), "{message}")
        }
        other => panic!("expected a duplicate refusal, got {other:?}"),
    }
    assert_eq!(
        store.count_candidates().await.expect("count"),
        0,
        "no part of the batch may remain"
    );

    let mut invalid = people(3);
    invalid[2].availability.days_per_week = 9;
    match store.insert_candidates(&invalid).await {
        Err(Error::Invalid(e)) => assert_eq!(e.field, "[2].availability.days_per_week"),
        other => panic!("expected an invalid refusal, got {other:?}"),
    }
    assert_eq!(store.count_candidates().await.expect("count"), 0);
});

backend_test!(
    several_candidates_come_in_one_query_in_the_order_asked,
    |store: Arc<dyn Store>| async move {
        let g = Generator::new(4, today());
        let people: Vec<_> = (0..5).map(|i| g.candidate(i)).collect();
        let ids = store.insert_candidates(&people).await.expect("insert");
        let asked = [ids[3], ids[0], ids[4]];
        let found = store.candidates_by_id(&asked).await.expect("read");
        let got: Vec<CandidateId> = found.iter().map(|c| c.id).collect();
        assert_eq!(got, asked.to_vec());
        assert_eq!(found[0].value, people[3]);
        assert!(store.candidates_by_id(&[]).await.expect("read").is_empty());
        match store
            .candidates_by_id(&[ids[1], CandidateId(999_999)])
            .await
        {
            Err(Error::NotFound { id, .. }) => assert_eq!(id, 999_999),
            other => panic!("a missing id should be named, got {other:?}"),
        }
    }
);
