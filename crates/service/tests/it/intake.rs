//! Bringing a network in, on both backends: a partner's semicolon-separated UTF-8-with-BOM
//! export of 2,000 rows with 40 bad rows of five kinds and 60 repeats imports exactly the
//! distinct good people, names every bad row, and puts them in the match index; the same
//! file again creates nobody; a newer export updates and lists what changed, but never what
//! the manager wrote themself; a run cut off halfway and started again imports each row
//! once; `--strict` and `--dry-run` change nothing; and staff create, refuse and merge over
//! the application layer.

use std::sync::Arc;

use chrono::{TimeZone, Utc};
use domain::candidate::{LegalBasis, SourceNetwork};
use domain::intake::{CandidateDraft, ImportReport, RowOutcome};
use service::import_file::{self, Format};
use service::intake::{Created, ImportOptions, Importer, OnDuplicate};
use service::{FixedClock, Service};
use store::Store;

const FIRST: [&str; 12] = [
    "Kari", "Ola", "Ingrid", "Lars", "Sofia", "Erik", "Maja", "Anders", "Sigrid", "Mikkel",
    "Astrid", "Johan",
];
const LAST: [&str; 10] = [
    "Nordmann",
    "Hansen",
    "Lindqvist",
    "Johansen",
    "Berg",
    "Nielsen",
    "Dahl",
    "Holm",
    "Andersson",
    "Bakke",
];
const CITIES: [&str; 6] = [
    "Oslo",
    "Bergen",
    "Stockholm",
    "Göteborg",
    "København",
    "Aarhus",
];
const TITLES: [&str; 6] = [
    "Konstituert økonomisjef",
    "Interim CFO",
    "HR-direktør",
    "Ekonomichef",
    "Administrerende direktør",
    "Head of Supply Chain",
];

const HEADER: &str =
    "Navn;E-post;Telefon;Stilling;Arbeidsgiver;Poststed;Dagpris;Språk;Tilgjengelig fra;Kandidat-ID";

/// Person `i`'s row, with the day rate given.
fn person(i: usize, rate: i64) -> String {
    format!(
        "{} {} {};{}.{}@partner.example;+47 9{:07};{};Firma {} AS;{};{rate};nb:C2, en:C1;2027-01-{:02};GL-{i}",
        FIRST[i % FIRST.len()],
        LAST[i / FIRST.len() % LAST.len()],
        i,
        FIRST[i % FIRST.len()].to_lowercase(),
        i,
        i,
        TITLES[i % TITLES.len()],
        i % 97,
        CITIES[i % CITIES.len()],
        1 + i % 28,
    )
}

/// The export: 1,900 distinct good people, 40 bad rows (8 of each kind) and 60 repeats of
/// earlier people with the e-mail in another case and with spaces, shuffled in. Returns the
/// file and, per bad row, its row number and the column that is wrong.
fn export() -> (Vec<u8>, Vec<(usize, &'static str)>) {
    let mut lines = vec![HEADER.to_owned()];
    let mut bad = Vec::new();
    let mut good = 0;
    let mut kinds = 0;
    let mut repeats = 0;
    while lines.len() <= 2_000 {
        let row = lines.len() + 1;
        if row % 50 == 7 && kinds < 40 {
            let i = 10_000 + kinds;
            let base = person(i, 12_000);
            let mut cells: Vec<String> = base.split(';').map(str::to_owned).collect();
            let column = match kinds % 5 {
                0 => {
                    cells[1] = "not-an-email".into();
                    "E-post"
                }
                1 => {
                    cells[8] = "2027-02-30".into();
                    "Tilgjengelig fra"
                }
                2 => {
                    cells[7] = "nb:C2, xx:B1".into();
                    "Språk"
                }
                3 => {
                    cells[6] = "-1500".into();
                    "Dagpris"
                }
                _ => {
                    cells[0] = String::new();
                    "Navn"
                }
            };
            kinds += 1;
            bad.push((row, column));
            lines.push(cells.join(";"));
        } else if row % 30 == 0 && repeats < 60 && row > 120 {
            let of = repeats * 7;
            let line = person(of, 12_000);
            let mut cells: Vec<String> = line.split(';').map(str::to_owned).collect();
            cells[1] = format!("  {}  ", cells[1].to_uppercase());
            cells[9] = format!("GL-R{repeats}");
            repeats += 1;
            lines.push(cells.join(";"));
        } else {
            lines.push(person(good, 12_000));
            good += 1;
        }
    }
    assert_eq!(
        (good, kinds, repeats),
        (1_900, 40, 60),
        "the file's make-up"
    );
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(lines.join("\r\n").into_bytes());
    bytes.extend(b"\r\n");
    (bytes, bad)
}

fn options(dry_run: bool, strict: bool) -> ImportOptions {
    ImportOptions {
        source: SourceNetwork::parse("Globalise").expect("source"),
        file_name: "globalise.csv".into(),
        dry_run,
        strict,
        mapping: Vec::new(),
        record: None,
    }
}

async fn import(service: &Service, bytes: &[u8], options: &ImportOptions) -> ImportReport {
    let format = Format::of(&options.file_name, bytes);
    let table = import_file::read(format, bytes).expect("readable");
    service::intake::import(
        service,
        Importer::CommandLine,
        format,
        table,
        options,
        &|_, _| {},
    )
    .await
    .expect("import")
    .1
}

fn service(store: Arc<dyn Store>) -> Service {
    let now = Utc
        .with_ymd_and_hms(2026, 12, 2, 9, 0, 0)
        .single()
        .expect("time");
    let service = Service::new(store).with_clock(Arc::new(FixedClock::at(now)));
    service.index().set(engine::Index::new());
    service
}

async fn a_partner_export_imports_exactly_the_distinct_good_people(store: Arc<dyn Store>) {
    let service = service(store.clone());
    let (bytes, bad) = export();

    let dry = import(&service, &bytes, &options(true, false)).await;
    assert_eq!((dry.created, dry.bad_rows, dry.repeats), (1_900, 40, 60));
    assert!(dry.nothing_written);
    let strict = import(&service, &bytes, &options(false, true)).await;
    assert!(strict.nothing_written);
    assert_eq!(
        store.count_candidates().await.expect("count"),
        0,
        "dry and strict write nothing"
    );

    let report = import(&service, &bytes, &options(false, false)).await;
    assert_eq!(report.rows, 2_000);
    assert_eq!(
        (
            report.created,
            report.bad_rows,
            report.repeats,
            report.updated
        ),
        (1_900, 40, 60, 0)
    );
    assert_eq!(store.count_candidates().await.expect("count"), 1_900);
    assert_eq!(service.index().with(engine::Index::len), Some(1_900));
    // Every bad row is named, by its row number and the column that is wrong.
    let named: Vec<(usize, &str)> = report
        .bad
        .iter()
        .map(|b| (b.row, b.column.as_str()))
        .collect();
    assert_eq!(named, bad);
    let email = report
        .bad
        .iter()
        .find(|b| b.column == "E-post")
        .expect("a bad e-mail");
    assert_eq!(
        email.to_string(),
        format!(
            "row {}, E-post: 'not-an-email' is not an e-mail address such as name@company.no",
            email.row
        )
    );
    let repeat = report
        .outcomes
        .iter()
        .find(|o| matches!(o, RowOutcome::Repeat { .. }))
        .expect("a repeat");
    assert!(matches!(repeat, RowOutcome::Repeat { by, .. } if by == "the same e-mail"));

    // The people are filed, on the legal basis an import without consent gives.
    let first = store
        .candidates_after(domain::ids::CandidateId(0), 1)
        .await
        .expect("read")
        .remove(0)
        .value;
    assert_eq!(first.external_id.as_ref().map(|x| x.as_str()), Some("GL-0"));
    assert_eq!(first.source.to_string(), "Globalise");
    let due = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).expect("day");
    assert_eq!(
        first.basis,
        LegalBasis::LegitimateInterest { notice_due: due }
    );
    assert!(
        first.track_record[0].role.occupation().is_some(),
        "the title is filed under ESCO"
    );
    assert_eq!(
        first
            .provenance
            .of("day_rate")
            .map(ToString::to_string)
            .as_deref(),
        Some("from the Globalise export of 2026-12-02")
    );

    // The same file again creates nobody.
    let again = import(&service, &bytes, &options(false, false)).await;
    assert_eq!(
        (again.created, again.updated, again.unchanged),
        (0, 0, 1_900)
    );
    assert_eq!(store.count_candidates().await.expect("count"), 1_900);

    // A manager edits their own day rate; a newer export raises everyone's: the others change,
    // theirs is kept, and the report says so.
    let mine = store
        .candidate(domain::ids::CandidateId(1))
        .await
        .expect("read");
    let manager = service::Actor {
        user_id: domain::ids::UserId(1),
        role: domain::user::UserRole::InterimManager {
            candidate_id: mine.id,
        },
        credential: service::Credential::Token { id: 1 },
        address: "test".into(),
    };
    service::Records::new(&service, &manager)
        .edit_candidate(mine.id, mine.version, |c| c.day_rate.amount = 15_000)
        .await
        .expect("the manager's edit");
    let text = String::from_utf8(bytes.clone()).expect("utf-8");
    let newer = text.replace(";12000;", ";12500;");
    let update = import(&service, newer.as_bytes(), &options(false, false)).await;
    assert_eq!(
        (update.created, update.updated, update.unchanged),
        (0, 1_899, 1),
        "everyone's rate changes but the manager's"
    );
    let kept = update
        .outcomes
        .iter()
        .find_map(|o| match o {
            RowOutcome::Unchanged {
                candidate_id: 1,
                kept,
                ..
            } => Some(kept.clone()),
            _ => None,
        })
        .expect("the manager's row");
    assert_eq!(kept, ["day_rate"]);
    let theirs = store
        .candidate(domain::ids::CandidateId(1))
        .await
        .expect("read");
    assert_eq!(
        theirs.value.day_rate.amount, 15_000,
        "the manager's own rate stays"
    );
    let other = store
        .candidate(domain::ids::CandidateId(2))
        .await
        .expect("read");
    assert_eq!(other.value.day_rate.amount, 12_500);
    let imports = store.imports(10).await.expect("imports");
    assert_eq!(
        imports.len(),
        4,
        "strict, first, again, newer; a dry run is not kept"
    );
    assert_eq!(imports[0].1.report.updated, 1_899);
    assert_eq!(imports[3].1.status, "refused");
}

async fn a_run_cut_off_halfway_and_started_again_imports_each_row_once(store: Arc<dyn Store>) {
    let service = service(store.clone());
    let (bytes, _) = export();
    let text = String::from_utf8(bytes).expect("utf-8");
    // The batches a killed run committed: the first 1,234 rows.
    let cut: String = text.split_inclusive("\r\n").take(1_235).collect();
    let first = import(&service, cut.as_bytes(), &options(false, false)).await;
    let whole = import(&service, text.as_bytes(), &options(false, false)).await;
    assert_eq!(first.created + whole.created, 1_900);
    assert_eq!(whole.unchanged, first.created);
    assert_eq!(store.count_candidates().await.expect("count"), 1_900);
}

async fn staff_create_refuse_and_merge(store: Arc<dyn Store>) {
    let service = service(store.clone());
    let admin = service::Actor {
        user_id: domain::ids::UserId(1),
        role: domain::user::UserRole::Admin,
        credential: service::Credential::Token { id: 1 },
        address: "test".into(),
    };
    let draft: CandidateDraft = serde_json::from_value(serde_json::json!({
        "name": "Eva Lind", "email": "eva.lind@example.se", "phone": "070-123 45 67",
        "home_city": "Stockholm", "country": "SE", "day_rate": 11000,
        "languages": ["sv:native", "en:C1"],
        "experience": [{ "title": "Ekonomichef", "organisation": "Volvo", "start": "2021-05" }],
        "consent": { "recorded_on": "2026-11-30" }
    }))
    .expect("draft");
    let Created::New(id, _) =
        service::intake::create_candidate(&service, &admin, &draft, OnDuplicate::Refuse)
            .await
            .expect("created")
    else {
        panic!("a new person");
    };
    let eva = store.candidate(id).await.expect("stored").value;
    assert_eq!(eva.day_rate.currency.code(), "SEK");
    assert_eq!(eva.vetting.status.code(), "unvetted");
    assert!(service.index().with(|i| i.contains(id)).unwrap_or(false));

    // The same phone in another form is the same person.
    let mut again = draft.clone();
    again.email = "eva@lind.example".into();
    again.phone = Some("+46 70 123 45 67".into());
    let refused = service::intake::create_candidate(&service, &admin, &again, OnDuplicate::Refuse)
        .await
        .expect_err("a duplicate");
    assert!(
        matches!(&refused, service::Error::DuplicateCandidate { existing, message } if *existing == id && message.contains("the same phone")),
        "{refused:?}"
    );
    again.day_rate = Some(11_500);
    let merged = service::intake::create_candidate(&service, &admin, &again, OnDuplicate::Merge)
        .await
        .expect("merged");
    let Created::Merged(merged_id, changes) = merged else {
        panic!("merged");
    };
    assert_eq!(merged_id, id);
    let fields: Vec<&str> = changes.changed.iter().map(|c| c.field.as_str()).collect();
    assert!(
        fields.contains(&"day_rate") && fields.contains(&"email"),
        "{fields:?}"
    );
    assert_eq!(store.count_candidates().await.expect("count"), 1);

    // Every wrong field is named at once, and nothing is written.
    let mut wrong = draft.clone();
    wrong.email = "eva(at)example.se".into();
    wrong.day_rate = Some(-1);
    let refused = service::intake::create_candidate(&service, &admin, &wrong, OnDuplicate::Refuse)
        .await
        .expect_err("invalid");
    let service::Error::InvalidFields(problems) = refused else {
        panic!("invalid fields");
    };
    let named: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(named, ["email", "day_rate"]);
    assert_eq!(store.count_candidates().await.expect("count"), 1);
}

macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let (store, _, _dir) = store::testing::sqlite().await;
                    super::$name(store).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some((store, _)) = store::testing::postgres().await {
                        super::$name(store).await;
                    }
                }
            )*
        }
    };
}

on_both_backends!(
    a_partner_export_imports_exactly_the_distinct_good_people,
    a_run_cut_off_halfway_and_started_again_imports_each_row_once,
    staff_create_refuse_and_merge,
);
