//! The layers as ARCHITECTURE.md states them, checked on the source: `web` reaches data only
//! through the application layer (`service`), never the store, and nothing above the clock
//! reads the time on its own.

use std::path::{Path, PathBuf};

/// The crates directory.
fn crates() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("crates directory")
        .to_owned()
}

/// The names in a Cargo.toml section (`[dependencies]`), one per `name = ...` or
/// `name.workspace = true` line.
fn section(manifest: &str, name: &str) -> Vec<String> {
    let mut inside = false;
    let mut names = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            inside = line == format!("[{name}]");
            continue;
        }
        if inside && !line.is_empty() && !line.starts_with('#') {
            let key = line.split(['=', '.']).next().unwrap_or_default().trim();
            names.push(key.to_owned());
        }
    }
    names
}

#[test]
fn web_depends_on_the_application_layer_and_not_on_the_store() {
    let manifest =
        std::fs::read_to_string(crates().join("web/Cargo.toml")).expect("web/Cargo.toml");
    let dependencies = section(&manifest, "dependencies");
    assert!(
        dependencies.iter().any(|d| d == "service"),
        "web should depend on service: {dependencies:?}"
    );
    for below in ["store", "sqlx"] {
        assert!(
            !dependencies.iter().any(|d| d == below),
            "web must not depend on {below}: every read and write goes through service \
             (ARCHITECTURE.md, Invariants)"
        );
    }
}

/// Every `.rs` file under `dir`.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir)
        .expect("readable directory")
        .flatten()
    {
        let path = entry.path();
        if path.is_dir() {
            out.extend(sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out
}

#[test]
fn the_time_comes_from_the_service_clock() {
    let mut offenders = Vec::new();
    for dir in ["web/src", "service/src"] {
        for file in sources(&crates().join(dir)) {
            if file.ends_with("service/src/clock.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&file).expect("source");
            for (i, line) in text.lines().enumerate() {
                if line.contains("Utc::now()") || line.contains("Local::now()") {
                    offenders.push(format!("{}:{}", file.display(), i + 1));
                }
            }
        }
    }
    assert!(
        offenders.is_empty(),
        "read the time from the service's clock (Service::now / today), so tests can set the \
         day: {offenders:#?}"
    );
}

#[test]
fn the_section_reader_sees_what_a_manifest_declares() {
    let manifest = "[package]\nname = \"x\"\n\n[dependencies]\n# a note\nstore.workspace = true\nserde = \"1\"\n\n[dev-dependencies]\nseed.workspace = true\n";
    assert_eq!(section(manifest, "dependencies"), vec!["store", "serde"]);
    assert_eq!(section(manifest, "dev-dependencies"), vec!["seed"]);
}
