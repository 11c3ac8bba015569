//! Fresh databases for each test, and the macro that runs a test on both backends.

use chrono::NaiveDate;

/// The day every generated network in these tests is "as of".
pub fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).expect("valid date")
}

pub use store::testing::{postgres, sqlite};

/// Defines a test that runs against both backends: `backend_test!(name, |store| async { .. })`,
/// or `backend_test!(name, with_url |store, url| async { .. })` when it needs the URL too.
#[macro_export]
macro_rules! backend_test {
    ($name:ident, $body:expr) => {
        $crate::backend_test!($name, with_url |store: std::sync::Arc<dyn store::Store>, _url: store::DatabaseUrl| {
            let run = $body;
            run(store)
        });
    };
    ($name:ident, with_url $body:expr) => {
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                let (store, url, _dir) = $crate::harness::sqlite().await;
                let run = $body;
                run(store.clone(), url).await;
                store.close().await;
            }

            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if let Some((store, url)) = $crate::harness::postgres().await {
                    let run = $body;
                    run(store.clone(), url).await;
                    store.close().await;
                }
            }
        }
    };
}
