//! End-to-end tests of the `interim` binary: real processes, a real SQLite file, real HTTP.

mod browser;
mod cli;
mod client_flow;
mod consultant_flow;
mod manager_flow;
mod matching;
mod serve;
mod servers;

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// Runs `interim` with the arguments against the SQLite file at `db`, feeding `stdin`.
pub fn interim(db: &Path, args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_interim"))
        .env("INTERIM_DATABASE_URL", format!("sqlite://{}", db.display()))
        .env_remove("INTERIM_ADDR")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start interim");
    {
        use std::io::Write;
        let mut input = child.stdin.take().expect("stdin");
        input.write_all(stdin.as_bytes()).expect("write stdin");
    }
    child.wait_with_output().expect("interim ran")
}

/// Standard output as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Standard error as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts the command failed with exactly one line on standard error containing `needle`.
pub fn assert_one_line_error(o: &Output, needle: &str) {
    assert!(
        !o.status.success(),
        "expected failure, got success: {}",
        stdout(o)
    );
    let err = stderr(o);
    let lines: Vec<&str> = err.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "expected one line of error, got:\n{err}");
    assert!(
        lines[0].contains(needle),
        "expected '{needle}' in: {}",
        lines[0]
    );
}
