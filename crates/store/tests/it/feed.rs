//! The change feed: the database itself writes a row for every committed write that changes
//! what the match index sees (candidates and placements), and nothing for other writes.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use domain::ids::{CandidateId, ContactId, Version};
use domain::placement::Placement;
use store::{DatabaseUrl, Error, IndexChange, Store};

use crate::backend_test;
use crate::mandates::scene;

/// Every feed row, in order, as (seq, candidate).
async fn feed(store: &Arc<dyn Store>) -> Vec<IndexChange> {
    store.index_changes_after(0, 10_000).await.expect("feed")
}

fn whose(changes: &[IndexChange]) -> Vec<CandidateId> {
    changes.iter().map(|c| c.candidate_id).collect()
}

backend_test!(
    every_write_the_index_sees_leaves_one_row_and_other_writes_none,
    |store: Arc<dyn Store>| async move {
        let (mandate_id, candidates, entries) = scene(&store).await;
        let rows = feed(&store).await;
        assert_eq!(
            whose(&rows),
            candidates,
            "one row per inserted candidate, in the order written; the client, mandate and \
             pipeline entries wrote none"
        );
        assert!(rows.windows(2).all(|w| w[0].seq < w[1].seq));
        let bounds = store.index_feed_bounds().await.expect("bounds");
        assert_eq!(bounds, Some((rows[0].seq, rows[2].seq)));

        // An edit of a profile.
        let c = store.candidate(candidates[1]).await.expect("candidate");
        store
            .update_candidate(c.id, c.version, &c.value)
            .await
            .expect("update");
        // A stale edit is refused and leaves nothing.
        assert!(matches!(
            store.update_candidate(c.id, c.version, &c.value).await,
            Err(Error::Stale { .. })
        ));
        // A placement books the candidate.
        let mandate = store.mandate(mandate_id).await.expect("mandate");
        let placement = Placement {
            mandate_id,
            candidate_id: candidates[2],
            client_contact_id: Some(ContactId(1)).filter(|_| false),
            period: mandate.window(),
            day_rate: mandate.budget_day_rate,
            placed_at: Utc::now(),
        };
        store
            .place(
                &placement,
                entries[2],
                Version::FIRST,
                domain::mandate::Mandate::placed,
            )
            .await
            .expect("place");
        let after = store
            .index_changes_after(rows[2].seq, 100)
            .await
            .expect("feed");
        assert_eq!(whose(&after), vec![candidates[1], candidates[2]]);
        assert_eq!(
            store
                .index_changes_in(&[rows[0].seq, after[1].seq, after[1].seq + 1_000])
                .await
                .expect("some"),
            vec![rows[0], after[1]],
            "asked by number, only the numbers that exist come back"
        );
    }
);

backend_test!(
    rows_older_than_the_keeping_time_are_deleted,
    with_url | store: Arc<dyn Store>,
    url: DatabaseUrl | async move {
        let (_, candidates, _) = scene(&store).await;
        let rows = feed(&store).await;
        store::testing::execute(
            &url,
            &format!(
                "UPDATE index_changes SET changed_at = '2020-01-01T00:00:00.000Z' WHERE seq <= {}",
                rows[1].seq
            ),
        )
        .await;
        let day = Duration::from_secs(24 * 3600);
        assert_eq!(store.prune_index_changes(day).await.expect("prune"), 2);
        assert_eq!(whose(&feed(&store).await), vec![candidates[2]]);
        assert_eq!(store.prune_index_changes(day).await.expect("prune"), 0);
    }
);

backend_test!(
    candidates_among_leaves_out_the_ones_that_do_not_exist,
    |store: Arc<dyn Store>| async move {
        let (_, candidates, _) = scene(&store).await;
        let mut found: Vec<CandidateId> = store
            .candidates_among(&[candidates[2], CandidateId(999_999), candidates[0]])
            .await
            .expect("read")
            .iter()
            .map(|c| c.id)
            .collect();
        found.sort();
        assert_eq!(found, vec![candidates[0], candidates[2]]);
        assert!(
            store
                .placements_of_many(&candidates)
                .await
                .expect("none")
                .is_empty()
        );
    }
);
