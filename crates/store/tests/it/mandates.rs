//! Mandates, pipelines and placements: domain rules enforced in the store, stale moves
//! refused, and a placement that is refused leaves nothing behind.

use std::sync::Arc;

use chrono::{Duration, Utc};
use domain::ids::{CandidateId, ClientId, ContactId, MandateId, PipelineEntryId, UserId, Version};
use domain::mandate::Mandate;
use domain::pipeline::PipelineEntry;
use domain::placement::Placement;
use domain::values::Period;
use domain::vocabulary::{MandateStatus, PipelineStage};
use seed::Generator;
use store::{Error, StageChange, Store};

use crate::backend_test;
use crate::harness::today;

/// One client with a contact, one open mandate, and three candidates in its pipeline.
pub(crate) async fn scene(
    store: &Arc<dyn Store>,
) -> (MandateId, Vec<CandidateId>, Vec<PipelineEntryId>) {
    let g = Generator::new(11, today());
    let generated = g.clients(1).remove(0);
    let client_id = store
        .insert_client(&generated.client)
        .await
        .expect("client");
    let contact = store
        .insert_contact(&generated.contacts[0].at(client_id))
        .await
        .expect("contact");
    let mut mandate = g
        .mandates(
            &[(client_id, generated.client.clone(), vec![contact])],
            &[],
            1,
        )
        .remove(0);
    mandate.status = MandateStatus::Search;
    mandate.placed_at = None;
    let mandate_id = store.insert_mandate(&mandate).await.expect("mandate");
    let people: Vec<_> = (0..3).map(|i| g.candidate(i)).collect();
    let candidates = store.insert_candidates(&people).await.expect("candidates");
    let mut entries = Vec::new();
    for c in &candidates {
        let entry = PipelineEntry::new(mandate_id, *c, PipelineStage::Longlist, Utc::now(), None);
        entries.push(store.insert_pipeline_entry(&entry).await.expect("entry"));
    }
    (mandate_id, candidates, entries)
}

fn change(to: PipelineStage, reason: Option<&str>) -> StageChange {
    StageChange {
        to,
        at: Utc::now(),
        by: Some(UserId(1)).filter(|_| false),
        reason: reason.map(str::to_owned),
    }
}

backend_test!(
    mandates_round_trip_and_refuse_stale_updates,
    |store: Arc<dyn Store>| async move {
        let (mandate_id, _, _) = scene(&store).await;
        let stored = store.mandate(mandate_id).await.expect("read");
        let mut edited = stored.value.clone();
        edited.duration_weeks = 30;
        let v2 = store
            .update_mandate(mandate_id, stored.version, &edited)
            .await
            .expect("update");
        assert_eq!(v2, Version(2));
        assert!(matches!(
            store
                .update_mandate(mandate_id, stored.version, &stored.value)
                .await,
            Err(Error::Stale { .. })
        ));
        let mut broken = edited.clone();
        broken.on_site_days = 9;
        assert!(matches!(
            store.update_mandate(mandate_id, v2, &broken).await,
            Err(Error::Invalid(_))
        ));
        assert_eq!(
            store
                .mandate(mandate_id)
                .await
                .expect("read")
                .value
                .duration_weeks,
            30
        );
        assert_eq!(store.mandates().await.expect("list").len(), 1);
        // The version replaced is kept, as it was; refused writes leave no trace.
        let history = store.mandate_revisions(mandate_id).await.expect("history");
        assert_eq!(history.len(), 1);
        assert_eq!(history[0].version, Version(1));
        assert_eq!(history[0].mandate, stored.value);
        assert!(history[0].replaced_at <= chrono::Utc::now());
    }
);

backend_test!(
    pipeline_moves_follow_the_rules,
    |store: Arc<dyn Store>| async move {
        let (mandate_id, candidates, entries) = scene(&store).await;
        let v2 = store
            .move_pipeline_entry(
                entries[0],
                Version::FIRST,
                &change(PipelineStage::Contacted, None),
            )
            .await
            .expect("move");
        match store
            .move_pipeline_entry(entries[0], v2, &change(PipelineStage::Rejected, None))
            .await
        {
            Err(Error::Invalid(e)) => assert_eq!(e.field, "reason"),
            other => panic!("a rejection without reason must be refused, got {other:?}"),
        }
        assert!(matches!(
            store
                .move_pipeline_entry(
                    entries[0],
                    Version::FIRST,
                    &change(PipelineStage::Interested, None)
                )
                .await,
            Err(Error::Stale { .. })
        ));
        store
            .move_pipeline_entry(
                entries[0],
                v2,
                &change(PipelineStage::Rejected, Some("Not available before March")),
            )
            .await
            .expect("rejection with a reason");
        let pipeline = store.pipeline_of(mandate_id).await.expect("pipeline");
        let rejected = pipeline.iter().find(|e| e.id == entries[0]).expect("entry");
        assert_eq!(rejected.value.stage(), PipelineStage::Rejected);
        assert_eq!(rejected.value.history.len(), 3);
        assert_eq!(rejected.value.candidate_id, candidates[0]);
        // Several mandates' pipelines in one read: the same entries as one by one.
        assert_eq!(
            store
                .pipelines_of(&[mandate_id, MandateId(999_999)])
                .await
                .expect("pipelines"),
            pipeline
        );
        assert!(store.pipelines_of(&[]).await.expect("none").is_empty());
        let again = PipelineEntry::new(
            mandate_id,
            candidates[0],
            PipelineStage::Longlist,
            Utc::now(),
            None,
        );
        assert!(matches!(
            store.insert_pipeline_entry(&again).await,
            Err(Error::Duplicate(_))
        ));
    }
);

backend_test!(
    concurrent_moves_of_one_entry_let_exactly_one_win,
    |store: Arc<dyn Store>| async move {
        let (_, _, entries) = scene(&store).await;
        let tasks: Vec<_> = [
            PipelineStage::Contacted,
            PipelineStage::Interested,
            PipelineStage::Vetting,
            PipelineStage::Withdrawn,
        ]
        .into_iter()
        .map(|to| {
            let store = store.clone();
            let entry = entries[1];
            tokio::spawn(async move {
                store
                    .move_pipeline_entry(entry, Version::FIRST, &change(to, Some("moved")))
                    .await
            })
        })
        .collect();
        let mut won = 0;
        for t in tasks {
            match t.await.expect("task") {
                Ok(_) => won += 1,
                Err(Error::Stale { .. }) => {}
                Err(e) => panic!("unexpected failure: {e}"),
            }
        }
        assert_eq!(won, 1);
        assert_eq!(
            store
                .pipeline_entry(entries[1])
                .await
                .expect("entry")
                .value
                .history
                .len(),
            2
        );
    }
);

backend_test!(
    placing_is_all_or_nothing,
    |store: Arc<dyn Store>| async move {
        let (mandate_id, candidates, entries) = scene(&store).await;
        let mandate = store.mandate(mandate_id).await.expect("mandate");
        let placement = |candidate: CandidateId, period: Period| Placement {
            mandate_id,
            candidate_id: candidate,
            client_contact_id: Some(ContactId(1)).filter(|_| false),
            period,
            day_rate: mandate.budget_day_rate,
            placed_at: Utc::now(),
        };
        let window = mandate.window();
        let id = store
            .place(
                &placement(candidates[0], window),
                entries[0],
                Version::FIRST,
                Mandate::placed,
            )
            .await
            .expect("place");
        let after = store.mandate(mandate_id).await.expect("mandate");
        assert_eq!(after.value.status, MandateStatus::Placed);
        assert!(after.value.placed_at.is_some());
        assert_eq!(
            store
                .pipeline_entry(entries[0])
                .await
                .expect("entry")
                .value
                .stage(),
            PipelineStage::Placed
        );
        assert_eq!(
            store
                .placements_of(candidates[0])
                .await
                .expect("placements")[0]
                .id,
            id
        );

        // A second, overlapping placement of the same person is refused, and nothing of it lands:
        // not the placement, not the pipeline move of the other mandate's entry.
        let g = Generator::new(12, today());
        let other_client = store
            .insert_client(&g.clients(1)[0].client)
            .await
            .expect("client");
        let mut other = g
            .mandates(
                &[(other_client, g.clients(1)[0].client.clone(), vec![])],
                &[],
                1,
            )
            .remove(0);
        other.status = MandateStatus::Search;
        other.placed_at = None;
        let other_id = store.insert_mandate(&other).await.expect("mandate");
        let entry = store
            .insert_pipeline_entry(&PipelineEntry::new(
                other_id,
                candidates[0],
                PipelineStage::Offered,
                Utc::now(),
                None,
            ))
            .await
            .expect("entry");
        let overlapping = Period::new(
            window.start() + Duration::days(7),
            window.end() + Duration::days(30),
        )
        .expect("period");
        let mut second = placement(candidates[0], overlapping);
        second.mandate_id = other_id;
        match store
            .place(&second, entry, Version::FIRST, Mandate::placed)
            .await
        {
            Err(Error::Invalid(e)) => assert_eq!(e.field, "period"),
            other => panic!("expected an overlap refusal, got {other:?}"),
        }
        assert_eq!(store.placements().await.expect("placements").len(), 1);
        assert_eq!(
            store
                .pipeline_entry(entry)
                .await
                .expect("entry")
                .value
                .stage(),
            PipelineStage::Offered
        );
        assert_eq!(
            store.mandate(other_id).await.expect("mandate").value.status,
            MandateStatus::Search
        );

        assert!(matches!(
            store.client(ClientId(999)).await,
            Err(Error::NotFound { .. })
        ));
    }
);

backend_test!(
    a_clients_mandates_and_pipeline_are_asked_in_one_query,
    |store: Arc<dyn Store>| async move {
        let g = Generator::new(3, today());
        let mut clients = Vec::new();
        for c in g.clients(2) {
            clients.push((
                store.insert_client(&c.client).await.expect("client"),
                c.client,
                Vec::new(),
            ));
        }
        let ids = store
            .insert_candidates(&(0..3).map(|i| g.candidate(i)).collect::<Vec<_>>())
            .await
            .expect("candidates");
        let mandates = g.mandates(&clients, &[], 2);
        let first = store.insert_mandate(&mandates[0]).await.expect("mandate");
        let second = store.insert_mandate(&mandates[1]).await.expect("mandate");
        let (a, b) = (clients[0].0, clients[1].0);
        let (mandate, client) = store.mandate_with_client(first).await.expect("both");
        assert_eq!(mandate, store.mandate(first).await.expect("mandate"));
        assert_eq!(
            client,
            store.client(mandate.value.client_id).await.expect("client")
        );
        assert!(matches!(
            store.mandate_with_client(MandateId(999_999)).await,
            Err(Error::NotFound {
                what: "mandate",
                id: 999_999
            })
        ));
        assert_eq!(
            store
                .client_names(&[b, ClientId(999_999)])
                .await
                .expect("names"),
            vec![(b, clients[1].1.name.to_string())],
            "the names asked for that exist"
        );
        let of_a: Vec<_> = store
            .mandates_of_client(a)
            .await
            .expect("read")
            .iter()
            .map(|m| m.id)
            .collect();
        assert_eq!(of_a, vec![first]);
        assert_eq!(
            store.mandates_of_client(b).await.expect("read")[0].id,
            second
        );

        let now = Utc::now();
        let mut entry = PipelineEntry::new(first, ids[0], PipelineStage::Longlist, now, None);
        store.insert_pipeline_entry(&entry).await.expect("entry");
        let presented = [PipelineStage::Presented, PipelineStage::ClientInterview];
        assert!(
            !store
                .client_pipeline_has(a, ids[0], &presented)
                .await
                .expect("ask"),
            "only longlisted"
        );
        assert!(
            store
                .client_pipeline_has(a, ids[0], &[PipelineStage::Longlist])
                .await
                .expect("ask")
        );
        entry = PipelineEntry::new(first, ids[1], PipelineStage::Presented, now, None);
        store.insert_pipeline_entry(&entry).await.expect("entry");
        assert!(
            store
                .client_pipeline_has(a, ids[1], &presented)
                .await
                .expect("ask")
        );
        assert!(
            !store
                .client_pipeline_has(b, ids[1], &presented)
                .await
                .expect("ask"),
            "another client's mandate"
        );
        assert!(
            !store
                .client_pipeline_has(a, ids[1], &[])
                .await
                .expect("ask")
        );
    }
);

fn scorecard(base: i64) -> domain::vetting::Scorecard {
    let entries: Vec<(domain::vocabulary::Trait, i64, &str)> = domain::vocabulary::Trait::ALL
        .iter()
        .enumerate()
        .map(|(i, t)| {
            (
                *t,
                (base + i as i64 % 2).clamp(1, 5),
                "Took over a plant in week one and cut scrap by a third.",
            )
        })
        .collect();
    domain::vetting::Scorecard::parse(&entries).expect("scorecard")
}

backend_test!(
    a_qualification_decision_sets_status_expiry_and_traits_together,
    |store: Arc<dyn Store>| async move {
        let (_, candidates, _) = scene(&store).await;
        let who = candidates[0];
        let before = store.candidate(who).await.expect("candidate");
        for (i, base) in [3, 4].into_iter().enumerate() {
            let interview = domain::vetting::VettingInterview {
                candidate_id: who,
                mandate_id: None,
                interviewer: UserId(7),
                held_on: today() - Duration::days(10 - i as i64),
                scorecard: scorecard(base),
                recommendation: domain::vocabulary::Recommendation::ALL[0],
                notes: domain::values::LongText::parse("Calm under pressure.").expect("text"),
            };
            store.insert_interview(&interview).await.expect("interview");
        }
        let cards: Vec<_> = store
            .interviews_of(who)
            .await
            .expect("interviews")
            .into_iter()
            .map(|s| s.value.scorecard)
            .collect();
        assert_eq!(cards.len(), 2);
        let profile = domain::vetting::trait_profile(&cards);
        let decision = domain::vetting::QualificationDecision {
            candidate_id: who,
            outcome: domain::vocabulary::QualificationOutcome::Qualified,
            reasons: domain::values::RequiredText::parse("Strong on every trait.").expect("text"),
            decided_by: UserId(7),
            decided_at: Utc::now(),
            expires_on: domain::vetting::QualificationDecision::default_expiry(today()),
        };
        let (_, version) = store
            .decide_qualification(&decision, profile)
            .await
            .expect("decided");
        assert_eq!(version, before.version.next());
        let after = store.candidate(who).await.expect("candidate").value;
        assert_eq!(
            after.vetting.status,
            domain::vocabulary::VettingStatus::Qualified
        );
        assert_eq!(after.vetting.qualified_until, Some(decision.expires_on));
        assert_eq!(after.traits, profile);
        assert_eq!(store.decisions_of(who).await.expect("decisions").len(), 1);
    }
);

backend_test!(
    presenting_a_shortlist_moves_its_candidates_and_starts_the_clock_or_changes_nothing,
    |store: Arc<dyn Store>| async move {
        let (mandate_id, candidates, entries) = scene(&store).await;
        let entry = |c: CandidateId| domain::placement::ShortlistEntry {
            candidate_id: c,
            rationale: domain::values::RequiredText::parse("Turned round two plants like this.")
                .expect("text"),
        };
        let stranger = store
            .insert_candidates(&[Generator::new(11, today()).candidate(50)])
            .await
            .expect("candidate")[0];
        let mut shortlist = domain::placement::Shortlist {
            mandate_id,
            entries: vec![entry(candidates[0]), entry(stranger)],
            created_by: UserId(7),
            presented_at: Some(Utc::now()),
        };
        match store
            .present_shortlist(&shortlist, Mandate::shortlist_presented)
            .await
        {
            Err(Error::Invalid(e)) => assert_eq!(e.field, "entries[1].candidate_id"),
            other => panic!("expected a refusal, got {other:?}"),
        }
        let untouched = store.pipeline_entry(entries[0]).await.expect("entry");
        assert_eq!(untouched.value.stage(), PipelineStage::Longlist);
        assert!(
            store
                .shortlist_of(mandate_id)
                .await
                .expect("read")
                .is_none()
        );
        shortlist.entries.truncate(1);
        assert!(matches!(
            store
                .present_shortlist(&shortlist, Mandate::shortlist_presented)
                .await,
            Err(Error::Invalid(_))
        ));

        shortlist.entries = vec![entry(candidates[0]), entry(candidates[1])];
        store
            .present_shortlist(&shortlist, Mandate::shortlist_presented)
            .await
            .expect("presented");
        for e in &entries[..2] {
            let moved = store.pipeline_entry(*e).await.expect("entry");
            assert_eq!(moved.value.stage(), PipelineStage::Presented);
        }
        let mandate = store.mandate(mandate_id).await.expect("mandate").value;
        assert_eq!(mandate.status, MandateStatus::Shortlist);
        assert_eq!(mandate.shortlist_presented_at, shortlist.presented_at);
        assert_eq!(
            store
                .shortlist_of(mandate_id)
                .await
                .expect("read")
                .expect("shortlist")
                .value,
            shortlist
        );

        // The client asks to meet one and declines the other, with a reason.
        let meet = domain::placement::ClientFeedback::new(
            mandate_id,
            candidates[0],
            domain::placement::FeedbackKind::Meet,
            "",
            UserId(9),
            Utc::now(),
        )
        .expect("feedback");
        store.record_feedback(&meet).await.expect("meet");
        assert!(
            domain::placement::ClientFeedback::new(
                mandate_id,
                candidates[1],
                domain::placement::FeedbackKind::Decline,
                " ",
                UserId(9),
                Utc::now(),
            )
            .is_err(),
            "declining needs a reason"
        );
        let decline = domain::placement::ClientFeedback::new(
            mandate_id,
            candidates[1],
            domain::placement::FeedbackKind::Decline,
            "Too little plant experience",
            UserId(9),
            Utc::now(),
        )
        .expect("feedback");
        store.record_feedback(&decline).await.expect("decline");
        let met = store.pipeline_entry(entries[0]).await.expect("entry").value;
        assert_eq!(met.stage(), PipelineStage::ClientInterview);
        let declined = store.pipeline_entry(entries[1]).await.expect("entry").value;
        assert_eq!(declined.stage(), PipelineStage::Rejected);
        let reason = declined.history.last().and_then(|m| m.reason.clone());
        assert!(
            reason.is_some_and(|r| r.as_str().contains("Too little plant experience")),
            "the client's reason is on the move"
        );
        assert_eq!(
            store.feedback_of(mandate_id).await.expect("feedback").len(),
            2
        );
    }
);

backend_test!(
    longlisting_moves_the_mandate_in_the_same_transaction_or_writes_nothing,
    |store: Arc<dyn Store>| async move {
        let (mandate_id, _, _) = scene(&store).await;
        let newcomer = store
            .insert_candidates(&[Generator::new(13, today()).candidate(0)])
            .await
            .expect("candidate")[0];
        let stored = store.mandate(mandate_id).await.expect("read");
        let mut intake = stored.value.clone();
        intake.status = MandateStatus::Intake;
        let version = store
            .update_mandate(mandate_id, stored.version, &intake)
            .await
            .expect("back to intake");
        let entry =
            |c| PipelineEntry::new(mandate_id, c, PipelineStage::Longlist, Utc::now(), None);

        store
            .longlist(&entry(newcomer), Mandate::longlisted)
            .await
            .expect("longlisted");
        let after = store.mandate(mandate_id).await.expect("read");
        assert_eq!(after.value.status, MandateStatus::Search);
        assert_eq!(after.version, Version(version.0 + 1));

        // A second candidate moves nothing: the mandate is not rewritten.
        let another = store
            .insert_candidates(&[Generator::new(14, today()).candidate(0)])
            .await
            .expect("candidate")[0];
        store
            .longlist(&entry(another), Mandate::longlisted)
            .await
            .expect("longlisted");
        assert_eq!(
            store.mandate(mandate_id).await.expect("read").version,
            after.version
        );

        // A cancelled mandate takes no one, and nothing is written.
        let mut cancelled = after.value.clone();
        cancelled.status = MandateStatus::Cancelled;
        store
            .update_mandate(mandate_id, after.version, &cancelled)
            .await
            .expect("cancel");
        let late = store
            .insert_candidates(&[Generator::new(15, today()).candidate(0)])
            .await
            .expect("candidate")[0];
        let before = store.pipeline_of(mandate_id).await.expect("pipeline").len();
        match store.longlist(&entry(late), Mandate::longlisted).await {
            Err(Error::Invalid(e)) => assert_eq!(e.field, "mandate_id"),
            other => panic!("expected a refusal, got {other:?}"),
        }
        assert_eq!(
            store.pipeline_of(mandate_id).await.expect("pipeline").len(),
            before
        );
    }
);
