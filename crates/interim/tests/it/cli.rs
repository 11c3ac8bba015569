//! Seeding, migrating, users and the refusals of bad input.

use crate::{assert_one_line_error, interim, stderr, stdout};

#[test]
fn seed_fills_an_empty_database_once() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("net.db");
    let out = interim(
        &db,
        &[
            "seed",
            "--candidates",
            "300",
            "--seed",
            "7",
            "--today",
            "2026-11-22",
        ],
        "",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&out).contains("Seeded 300 interim managers"),
        "{}",
        stdout(&out)
    );

    let again = interim(&db, &["seed", "--candidates", "10"], "");
    assert_one_line_error(&again, "already holds 300 interim managers");

    let users = interim(&db, &["users", "list"], "");
    assert!(users.status.success());
    let listed = stdout(&users);
    for role in ["admin", "consultant", "client", "interim_manager", "juror"] {
        assert!(listed.contains(role), "no demo {role} user in:\n{listed}");
    }
}

#[test]
fn users_create_checks_every_argument() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("users.db");
    let ok = interim(
        &db,
        &[
            "users",
            "create",
            "--email",
            "Kari@Firma.no",
            "--name",
            "Kari Nordmann",
            "--role",
            "consultant",
        ],
        "fjord-lantern-harbour\n",
    );
    assert!(ok.status.success(), "{}", stderr(&ok));
    assert!(
        stdout(&ok).contains("kari@firma.no (consultant)"),
        "{}",
        stdout(&ok)
    );

    let cases: &[(&[&str], &str, &str)] = &[
        (
            &[
                "--email",
                "kari@firma.no",
                "--name",
                "Kari Again",
                "--role",
                "admin",
            ],
            "fjord-lantern-harbour\n",
            "exists already",
        ),
        (
            &[
                "--email",
                "per@firma.no",
                "--name",
                "Per",
                "--role",
                "wizard",
            ],
            "fjord-lantern-harbour\n",
            "--role",
        ),
        (
            &[
                "--email",
                "per@firma.no",
                "--name",
                "Per Hansen",
                "--role",
                "consultant",
            ],
            "short\n",
            "password",
        ),
        (
            &[
                "--email",
                "not-an-address",
                "--name",
                "Per Hansen",
                "--role",
                "consultant",
            ],
            "fjord-lantern-harbour\n",
            "--email",
        ),
        (
            &[
                "--email",
                "per@firma.no",
                "--name",
                "Per Hansen",
                "--role",
                "client",
            ],
            "fjord-lantern-harbour\n",
            "--client-id",
        ),
        (
            &[
                "--email",
                "per@firma.no",
                "--name",
                "Per Hansen",
                "--role",
                "client",
                "--client-id",
                "99",
            ],
            "fjord-lantern-harbour\n",
            "client 99 does not exist",
        ),
    ];
    for (args, password, needle) in cases {
        let mut full = vec!["users", "create"];
        full.extend_from_slice(args);
        assert_one_line_error(&interim(&db, &full, password), needle);
    }
    let list = stdout(&interim(&db, &["users", "list"], ""));
    assert_eq!(
        list.lines().count(),
        1,
        "refused users must not be created:\n{list}"
    );
}

#[test]
fn bad_urls_and_unreachable_databases_fail_in_one_line() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("x.db");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_interim"))
        .args(["--database-url", "mysql://root:hunter2@db/x", "migrate"])
        .output()
        .expect("run");
    assert_one_line_error(&out, "not a database URL");
    assert!(
        !stderr(&out).contains("hunter2"),
        "the password leaked: {}",
        stderr(&out)
    );

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_interim"))
        .args([
            "--database-url",
            "postgres://interim:hunter2@127.0.0.1:1/interim",
            "migrate",
        ])
        .output()
        .expect("run");
    assert_one_line_error(
        &out,
        "cannot reach the database at postgres://interim:***@127.0.0.1:1/interim",
    );
    assert!(!stderr(&out).contains("hunter2"));

    let out = interim(&db, &["seed", "--candidates", "0"], "");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--candidates"), "{}", stderr(&out));
    let out = interim(&db, &["seed", "--today", "22.11.2026"], "");
    assert!(stderr(&out).contains("YYYY-MM-DD"), "{}", stderr(&out));
}

#[test]
fn demo_creates_its_database_once_and_then_reuses_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("demo.db");
    let file_arg = file.to_str().expect("utf-8 path");
    let first = interim(
        &file,
        &[
            "demo",
            "--no-serve",
            "--candidates",
            "200",
            "--file",
            file_arg,
        ],
        "",
    );
    assert!(first.status.success(), "{}", stderr(&first));
    assert!(
        stdout(&first).contains("Seeded 200 interim managers"),
        "{}",
        stdout(&first)
    );
    assert!(file.exists());
    assert!(
        !dir.path().join("demo.db.partial").exists(),
        "the side file must be moved into place"
    );

    let second = interim(
        &file,
        &[
            "demo",
            "--no-serve",
            "--candidates",
            "200",
            "--file",
            file_arg,
        ],
        "",
    );
    assert!(second.status.success(), "{}", stderr(&second));
    assert!(
        stdout(&second).contains("Reusing the demo database"),
        "{}",
        stdout(&second)
    );
    assert!(!stdout(&second).contains("Seeded"));
}

#[test]
fn occupations_names_the_esco_occupation_of_a_title() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("unused.db");
    let json = interim(
        &db,
        &[
            "occupations",
            "Interim økonomisjef",
            "--limit",
            "2",
            "--format",
            "json",
        ],
        "",
    );
    assert!(json.status.success(), "{}", stderr(&json));
    let answer: serde_json::Value = serde_json::from_str(&stdout(&json)).expect("json");
    assert_eq!(answer["results"][0]["isco_code"], "1211", "{answer}");
    assert_eq!(answer["results"].as_array().map(Vec::len), Some(2));
    let text = stdout(&interim(&db, &["occupations", "Personalsjefer"], ""));
    assert!(text.contains("human resources manager"), "{text}");
    assert!(
        text.contains("ESCO classification of the European Commission"),
        "{text}"
    );
    assert_one_line_error(&interim(&db, &["occupations", "  "], ""), "TITLE");
}

#[test]
fn import_candidates_names_every_bad_row_and_strict_imports_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("import.db");
    let file = dir.path().join("globalise.csv");
    // As Excel saves "CSV" on a Nordic Windows: semicolons and Windows-1252 (ø is 0xF8).
    let mut bytes = b"Navn;E-post;Stilling;Poststed;Dagpris;Spr\xE5k;Notat\r\n".to_vec();
    bytes.extend(
        b"Kari Nordmann;kari@example.no;Konstituert \xF8konomisjef;Bergen;12 500;nb:C2;\r\n",
    );
    bytes.extend(b"Ola Hansen;not-an-email;CFO;Oslo;-500;nb:C2;\r\n");
    bytes.extend(b"Kari Nordmann;KARI@example.no ;CFO;Bergen;12500;nb:C2;\r\n");
    std::fs::write(&file, &bytes).expect("write");
    let path = file.to_str().expect("utf-8 path");

    let strict = interim(
        &db,
        &[
            "import",
            "candidates",
            path,
            "--source",
            "Globalise",
            "--strict",
        ],
        "",
    );
    assert!(
        !strict.status.success(),
        "a strict import of a bad file fails"
    );
    assert!(
        stderr(&strict).contains("nothing was imported"),
        "{}",
        stderr(&strict)
    );

    let dry = interim(&db, &["import", "candidates", path, "--dry-run"], "");
    assert!(
        stdout(&dry).contains("dry run: nothing was changed"),
        "{}",
        stdout(&dry)
    );

    let out = interim(
        &db,
        &["import", "candidates", path, "--source", "Globalise"],
        "",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for line in [
        "CSV, Windows-1252, delimiter ';'",
        "left out (no field; name them with --mapping): Notat",
        "row 3, E-post: 'not-an-email' is not an e-mail address",
        "row 3, Dagpris: -500 is negative",
        "row 4: the same person as row 2 (the same e-mail)",
        "imported 3 rows",
        "1 created, 0 updated, 0 unchanged, 1 repeats, 1 bad rows",
    ] {
        assert!(text.contains(line), "no '{line}' in:\n{text}");
    }
    let again = stdout(&interim(
        &db,
        &["import", "candidates", path, "--source", "Globalise"],
        "",
    ));
    assert!(
        again.contains("0 created, 0 updated, 1 unchanged"),
        "{again}"
    );
    assert_one_line_error(
        &interim(
            &db,
            &["import", "candidates", "/nonexistent/export.csv"],
            "",
        ),
        "cannot read /nonexistent/export.csv",
    );
}
