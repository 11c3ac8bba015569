//! Migration 0013: roles stored as catalogue codes (the shape before ESCO, issue 15) move to
//! ESCO occupations. A network written in the old shape reads back, after the migration, as
//! exactly the records today's code writes, so it ranks as before.

use std::sync::Arc;

use serde_json::Value;
use store::testing::{execute, execute_script, migration};
use store::{DatabaseUrl, Store};

use crate::backend_test;
use crate::mandates::scene;

/// A JSON document as a literal of the backend's body column.
fn literal(url: &DatabaseUrl, json: &Value) -> String {
    let text = json.to_string().replace('\'', "''");
    match url {
        DatabaseUrl::Sqlite(_) => format!("'{text}'"),
        DatabaseUrl::Postgres(_) => format!("'{text}'::jsonb"),
    }
}

/// The catalogue code a stored role was written as before ESCO.
fn code_of(role: &domain::occupation::Role) -> &'static str {
    role.curated_roles()
        .first()
        .expect("the generator only writes catalogue roles")
        .code()
}

backend_test!(
    roles_written_as_catalogue_codes_read_back_filed_under_esco,
    with_url | store: Arc<dyn Store>,
    url: DatabaseUrl | async move {
        let (mandate_id, candidates, _) = scene(&store).await;
        let mandate = store.mandate(mandate_id).await.expect("mandate").value;
        let mut old = serde_json::to_value(&mandate).expect("json");
        old["role"] = Value::from(code_of(&mandate.role));
        execute(
            &url,
            &format!(
                "UPDATE mandates SET body = {} WHERE id = {}",
                literal(&url, &old),
                mandate_id.0
            ),
        )
        .await;
        let mut people = Vec::new();
        for id in &candidates {
            let person = store.candidate(*id).await.expect("candidate").value;
            let mut old = serde_json::to_value(&person).expect("json");
            for (entry, held) in old["track_record"]
                .as_array_mut()
                .expect("a track record")
                .iter_mut()
                .zip(&person.track_record)
            {
                entry["role"] = Value::from(code_of(&held.role));
                entry["title"] = Value::from(held.role.title());
            }
            execute(
                &url,
                &format!(
                    "UPDATE candidates SET body = {} WHERE id = {}",
                    literal(&url, &old),
                    id.0
                ),
            )
            .await;
            people.push(person);
        }
        let before = store.mandate(mandate_id).await.expect("old shape reads").value;
        assert_ne!(
            before.role.title(),
            "",
            "a code alone still reads (earlier revisions keep theirs)"
        );

        execute_script(&url, migration(&url, 13)).await;

        let after = store.mandate(mandate_id).await.expect("mandate");
        assert_eq!(after.value, mandate, "the mandate reads as written today");
        assert_eq!(
            after.version,
            store.mandate(mandate_id).await.expect("again").version
        );
        for (id, person) in candidates.iter().zip(&people) {
            let read = store.candidate(*id).await.expect("candidate").value;
            assert_eq!(&read, person, "candidate {id} reads as written today");
            assert!(
                read.track_record
                    .iter()
                    .all(|e| e.role.is_confirmed() && e.role.occupation().is_some())
            );
        }
    }
);
