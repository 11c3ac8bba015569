//! `interim serve` over real HTTP, on SQLite and on PostgreSQL: health, readiness, the status
//! page, and a graceful stop.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};

use crate::stderr;

/// Runs `interim` against the database at `url`.
fn interim_at(url: &str, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_interim"))
        .env("INTERIM_DATABASE_URL", url)
        .env_remove("INTERIM_ADDR")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("interim ran")
}

/// A plain HTTP/1.1 GET; returns the status code and body.
fn get(addr: &str, path: &str) -> (u16, String) {
    let mut stream = TcpStream::connect(addr).expect("connect");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .expect("status line");
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// Sends a raw request and returns the whole response.
fn raw(addr: &str, request: &str) -> String {
    let mut stream = TcpStream::connect(addr).expect("connect");
    stream.write_all(request.as_bytes()).expect("send");
    let mut response = String::new();
    stream.read_to_string(&mut response).expect("read");
    response
}

/// The databases to serve from: a fresh SQLite file always, and a fresh PostgreSQL database
/// when `INTERIM_TEST_POSTGRES_URL` names a server.
fn databases(dir: &std::path::Path) -> Vec<String> {
    let mut urls = vec![format!("sqlite://{}", dir.join("serve.db").display())];
    match std::env::var("INTERIM_TEST_POSTGRES_URL") {
        Ok(server) => {
            let server = store::DatabaseUrl::parse(&server).expect("url");
            let name = format!("interim_serve_{}", std::process::id());
            let url = tokio::runtime::Runtime::new()
                .expect("runtime")
                .block_on(store::ensure_postgres_database(&server, &name))
                .expect("create database");
            urls.push(url.expose().to_owned());
        }
        Err(_) if std::env::var("INTERIM_REQUIRE_POSTGRES").as_deref() == Ok("1") => {
            panic!("INTERIM_REQUIRE_POSTGRES=1 but INTERIM_TEST_POSTGRES_URL is not set")
        }
        Err(_) => eprintln!("SKIP PostgreSQL variant: set INTERIM_TEST_POSTGRES_URL to run it"),
    }
    urls
}

#[test]
fn serves_health_readiness_and_status_then_stops_on_sigterm() {
    let dir = tempfile::tempdir().expect("tempdir");
    for url in databases(dir.path()) {
        serve_and_stop(&url);
    }
}

/// Seeds `url`, serves it, checks health, readiness, the status page and a signed-in request,
/// then stops the server with SIGTERM.
fn serve_and_stop(url: &str) {
    let seeded = interim_at(url, &["seed", "--candidates", "120"]);
    assert!(seeded.status.success(), "{url}: {}", stderr(&seeded));

    let mut child = Command::new(env!("CARGO_BIN_EXE_interim"))
        .env("INTERIM_DATABASE_URL", url)
        .args(["serve", "--addr", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("start server");
    let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
    let banner = lines.next().expect("a banner line").expect("utf-8");
    let addr = banner
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in banner: {banner}"))
        .to_owned();

    assert_eq!(get(&addr, "/healthz"), (200, "ok".to_owned()));
    // Ready once the match index has loaded in the background (a moment for 120 managers).
    let ready = (0..600).any(|_| {
        let (status, body) = get(&addr, "/readyz");
        assert!(
            status == 200 || body.contains(r#""status":"match index loading""#),
            "{status} {body}"
        );
        status == 200 || {
            std::thread::sleep(std::time::Duration::from_millis(50));
            false
        }
    });
    assert!(ready, "{url}: the match index never finished loading");
    let (status, page) = get(&addr, "/");
    assert_eq!(status, 200);
    assert!(page.contains("120 interim managers indexed"), "{page}");
    assert!(page.contains("Interim managers in the network"), "{page}");
    assert!(
        page.contains(">120<"),
        "the page should count the 120 seeded managers: {page}"
    );
    assert_eq!(get(&addr, "/no-such-page").0, 404);

    // Sign in over real HTTP as the seeded demo consultant, then use the session.
    let body = r#"{"email":"consultant@interim.demo","password":"interim-demo"}"#;
    let signed_in = raw(
        &addr,
        &format!(
            "POST /api/v1/session HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert!(signed_in.starts_with("HTTP/1.1 200"), "{signed_in}");
    let cookie = signed_in
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .expect("a session cookie")
        .to_owned();
    let me = raw(
        &addr,
        &format!(
            "GET /api/v1/me HTTP/1.1\r\nHost: {addr}\r\nCookie: {cookie}\r\nConnection: close\r\n\r\n"
        ),
    );
    assert!(
        me.starts_with("HTTP/1.1 200") && me.contains("\"role\":\"consultant\""),
        "{me}"
    );
    assert!(me.to_lowercase().contains("x-request-id: "), "{me}");

    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(killed.success());
    let status = child.wait().expect("server exit");
    assert!(
        status.success(),
        "a SIGTERM stop should exit cleanly, got {status}"
    );
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(rest.iter().any(|l| l.contains("Stopped.")), "{rest:?}");
}
