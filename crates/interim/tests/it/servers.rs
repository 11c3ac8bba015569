//! Several `interim serve` processes on one PostgreSQL database, as a firm that outgrew one
//! machine runs them: a change made on one is ranked on the other, a server killed with
//! `kill -9` while it writes loses nothing it acknowledged and the other keeps serving, and a
//! server cut off from the database for 30 s says so on `/readyz` and catches up after.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// A running `interim serve`.
struct Server {
    child: Child,
    addr: String,
}

impl Server {
    fn start(url: &str) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_interim"))
            .env("INTERIM_DATABASE_URL", url)
            .env_remove("INTERIM_ADDR")
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
        // Keep reading stdout so the server never blocks on a full pipe.
        std::thread::spawn(move || lines.map_while(Result::ok).for_each(drop));
        Self { child, addr }
    }

    fn kill_hard(&mut self) {
        self.child.kill().expect("kill -9");
        self.child.wait().expect("reaped");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP/1.1 answer: status and JSON body (`Null` when not JSON).
#[derive(Debug)]
struct Answer {
    status: u16,
    body: Value,
}

/// One request with `Connection: close`; `None` when the server is not there.
fn request(
    addr: &str,
    method: &str,
    path: &str,
    session: &Session,
    body: Option<&Value>,
) -> Option<Answer> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(30)))
        .ok()?;
    let body = body.map(Value::to_string).unwrap_or_default();
    let mut head = format!("{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n");
    if let Some((cookie, csrf)) = &session.0 {
        head.push_str(&format!("Cookie: {cookie}\r\nX-CSRF-Token: {csrf}\r\n"));
    }
    if !body.is_empty() {
        head.push_str(&format!(
            "Content-Type: application/json\r\nContent-Length: {}\r\n",
            body.len()
        ));
    }
    stream
        .write_all(format!("{head}\r\n{body}").as_bytes())
        .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split_whitespace().nth(1)?.parse().ok()?;
    let (headers, body) = response.split_once("\r\n\r\n")?;
    let cookie = headers
        .lines()
        .find_map(|l| l.strip_prefix("set-cookie: "))
        .and_then(|c| c.split(';').next())
        .map(str::to_owned);
    let body: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    if let Some(cookie) = cookie {
        let csrf = body["csrf_token"].as_str().unwrap_or_default().to_owned();
        return Some(Answer {
            status,
            body: json!({ "cookie": cookie, "csrf": csrf, "body": body }),
        });
    }
    Some(Answer { status, body })
}

/// A signed-in session (cookie and CSRF token), or none.
#[derive(Debug, Clone, Default)]
struct Session(Option<(String, String)>);

/// Signs in as the seeded demo consultant on `addr`. Sessions live in the database, so the
/// session works on every server.
fn sign_in(addr: &str) -> Session {
    let answer = request(
        addr,
        "POST",
        "/api/v1/session",
        &Session::default(),
        Some(&json!({ "email": "consultant@interim.demo", "password": "interim-demo" })),
    )
    .expect("sign-in answered");
    assert_eq!(answer.status, 200, "{answer:?}");
    Session(Some((
        answer.body["cookie"].as_str().expect("cookie").to_owned(),
        answer.body["csrf"].as_str().expect("csrf").to_owned(),
    )))
}

/// Polls `check` every 50 ms until it holds; fails after `patience` (a deadline against
/// hanging, not a measurement).
fn eventually(what: &str, patience: Duration, mut check: impl FnMut() -> bool) {
    let deadline = Instant::now() + patience;
    while !check() {
        assert!(Instant::now() < deadline, "{what}: not within {patience:?}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

fn readiness(addr: &str) -> Option<Answer> {
    request(addr, "GET", "/readyz", &Session::default(), None)
}

fn is_ready(addr: &str) -> bool {
    readiness(addr).is_some_and(|a| a.status == 200)
}

/// The first-ranked candidate of `mandate` on the server at `addr`.
fn first_ranked(addr: &str, session: &Session, mandate: i64) -> Option<i64> {
    let answer = request(
        addr,
        "GET",
        &format!("/api/v1/mandates/{mandate}/matches?top=5"),
        session,
        None,
    )?;
    assert_eq!(answer.status, 200, "{answer:?}");
    answer.body["results"][0]["candidate_id"].as_i64()
}

/// The candidate's version and first free day, read on `addr`.
fn availability(addr: &str, session: &Session, id: i64) -> (i64, String) {
    let answer = request(
        addr,
        "GET",
        &format!("/api/v1/candidates/{id}"),
        session,
        None,
    )
    .expect("answered");
    assert_eq!(answer.status, 200, "{answer:?}");
    (
        answer.body["version"].as_i64().expect("version"),
        answer.body["profile"]["availability"]["available_from"]
            .as_str()
            .expect("available_from")
            .to_owned(),
    )
}

/// Sets a candidate's first free day on `addr`; the new version when it was acknowledged.
fn set_available_from(
    addr: &str,
    session: &Session,
    id: i64,
    version: i64,
    day: &str,
) -> Option<i64> {
    let answer = request(
        addr,
        "PUT",
        &format!("/api/v1/candidates/{id}/availability"),
        session,
        Some(&json!({ "version": version, "available_from": day, "days_per_week": 5 })),
    )?;
    (answer.status == 200).then(|| answer.body["version"].as_i64().expect("version"))
}

/// A TCP relay to the database that can be cut: while cut it drops every connection through
/// it and refuses new ones, as a network partition would.
struct Relay {
    addr: String,
    cut: Arc<AtomicBool>,
}

impl Relay {
    fn to(target: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("relay listens");
        let addr = listener.local_addr().expect("address").to_string();
        let cut = Arc::new(AtomicBool::new(false));
        let cutting = cut.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { continue };
                if cutting.load(Ordering::SeqCst) {
                    drop(client);
                    continue;
                }
                let Ok(server) = TcpStream::connect(&target) else {
                    continue;
                };
                for (from, to) in [
                    (client.try_clone(), server.try_clone()),
                    (server.try_clone(), client.try_clone()),
                ] {
                    let (Ok(mut from), Ok(mut to)) = (from, to) else {
                        continue;
                    };
                    let cutting = cutting.clone();
                    std::thread::spawn(move || {
                        from.set_read_timeout(Some(Duration::from_millis(100))).ok();
                        let mut buffer = [0u8; 16 * 1024];
                        loop {
                            if cutting.load(Ordering::SeqCst) {
                                break;
                            }
                            match from.read(&mut buffer) {
                                Ok(0) => break,
                                Ok(n) => {
                                    if to.write_all(&buffer[..n]).is_err() {
                                        break;
                                    }
                                }
                                Err(e)
                                    if matches!(
                                        e.kind(),
                                        std::io::ErrorKind::WouldBlock
                                            | std::io::ErrorKind::TimedOut
                                    ) => {}
                                Err(_) => break,
                            }
                        }
                        from.shutdown(std::net::Shutdown::Both).ok();
                        to.shutdown(std::net::Shutdown::Both).ok();
                    });
                }
            }
        });
        Self { addr, cut }
    }

    fn set_cut(&self, cut: bool) {
        self.cut.store(cut, Ordering::SeqCst);
    }
}

/// The fresh database's URL, and its host:port, or `None` when no PostgreSQL server is
/// configured (which `INTERIM_REQUIRE_POSTGRES=1` turns into a failure).
fn fresh_database() -> Option<String> {
    let Ok(server) = std::env::var("INTERIM_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var("INTERIM_REQUIRE_POSTGRES").as_deref() != Ok("1"),
            "INTERIM_REQUIRE_POSTGRES=1 but INTERIM_TEST_POSTGRES_URL is not set"
        );
        eprintln!("SKIP the multi-server test: set INTERIM_TEST_POSTGRES_URL to run it");
        return None;
    };
    let server = store::DatabaseUrl::parse(&server).expect("url");
    let name = format!("interim_servers_{}", std::process::id());
    let url = tokio::runtime::Runtime::new()
        .expect("runtime")
        .block_on(store::ensure_postgres_database(&server, &name))
        .expect("create database");
    Some(url.expose().to_owned())
}

/// `postgres://user:pass@host:port/db` with host:port replaced by `relay`.
fn through(url: &str, relay: &str) -> (String, String) {
    let (scheme, rest) = url.split_once("://").expect("scheme");
    let (credentials, rest) = rest.rsplit_once('@').expect("credentials");
    let (host, database) = rest.split_once('/').expect("database");
    let host = if host.contains(':') {
        host.to_owned()
    } else {
        format!("{host}:5432")
    };
    (format!("{scheme}://{credentials}@{relay}/{database}"), host)
}

#[test]
fn two_servers_on_one_postgres_database_rank_each_others_changes() {
    let Some(url) = fresh_database() else { return };
    let seeded = Command::new(env!("CARGO_BIN_EXE_interim"))
        .env("INTERIM_DATABASE_URL", &url)
        .args(["seed", "--candidates", "300"])
        .output()
        .expect("seed");
    assert!(seeded.status.success(), "{}", crate::stderr(&seeded));

    // B reaches the database through a relay the test can cut.
    let (_, target) = through(&url, "unused");
    let relay = Relay::to(target);
    let (url_b, _) = through(&url, &relay.addr);
    let mut a = Server::start(&url);
    let b = Server::start(&url_b);
    for server in [&a, &b] {
        eventually("both servers are ready", Duration::from_secs(60), || {
            is_ready(&server.addr)
        });
    }
    let ready = readiness(&b.addr).expect("answered");
    assert_eq!(ready.body["status"], "ready", "{ready:?}");
    assert_eq!(ready.body["index"]["candidates"], 300, "{ready:?}");
    assert_eq!(ready.body["feed"]["followed"], true, "{ready:?}");

    // A change made on A is ranked on B.
    let session = sign_in(&a.addr);
    let mandates = request(&b.addr, "GET", "/api/v1/mandates", &session, None).expect("mandates");
    let open: Vec<i64> = mandates
        .body
        .as_array()
        .expect("a list")
        .iter()
        .filter(|m| m["mandate"]["status"] == "search")
        .filter_map(|m| m["id"].as_i64())
        .collect();
    let (mandate, first) = open
        .iter()
        .find_map(|m| first_ranked(&b.addr, &session, *m).map(|c| (*m, c)))
        .expect("an open mandate with matches");
    let (version, _) = availability(&a.addr, &session, first);
    set_available_from(&a.addr, &session, first, version, "2030-01-01").expect("acknowledged");
    eventually(
        "B stops ranking the candidate A made unavailable",
        Duration::from_secs(30),
        || first_ranked(&b.addr, &session, mandate) != Some(first),
    );

    // kill -9 A while it writes: every write A acknowledged is there, and B keeps serving.
    let writer = {
        let addr = a.addr.clone();
        let session = session.clone();
        let ids: Vec<i64> = (1..=40).collect();
        std::thread::spawn(move || {
            let mut acknowledged = Vec::new();
            for round in 0.. {
                for id in &ids {
                    let day = format!("2027-0{}-{:02}", 1 + round % 9, 1 + id % 28);
                    let Some(answer) = request(
                        &addr,
                        "GET",
                        &format!("/api/v1/candidates/{id}"),
                        &session,
                        None,
                    ) else {
                        return acknowledged;
                    };
                    let Some(version) = answer.body["version"].as_i64() else {
                        return acknowledged;
                    };
                    match set_available_from(&addr, &session, *id, version, &day) {
                        Some(v) => acknowledged.push((*id, v, day)),
                        None => return acknowledged,
                    }
                }
            }
            acknowledged
        })
    };
    std::thread::sleep(Duration::from_millis(1_500));
    a.kill_hard();
    let acknowledged = writer.join().expect("writer");
    assert!(
        acknowledged.len() > 5,
        "A acknowledged only {} writes",
        acknowledged.len()
    );
    let mut last: std::collections::BTreeMap<i64, (i64, String)> = Default::default();
    for (id, version, day) in &acknowledged {
        last.insert(*id, (*version, day.clone()));
    }
    for (id, (version, day)) in &last {
        let (stored_version, stored_day) = availability(&b.addr, &session, *id);
        assert!(
            stored_version >= *version,
            "candidate {id}: acknowledged version {version} lost"
        );
        if stored_version == *version {
            assert_eq!(&stored_day, day, "candidate {id}");
        }
    }
    assert!(is_ready(&b.addr), "B keeps serving after A was killed");

    // B cut off from PostgreSQL for 30 s: not ready meanwhile, and it catches up after.
    let a = Server::start(&url);
    eventually("A is back", Duration::from_secs(60), || is_ready(&a.addr));
    relay.set_cut(true);
    eventually(
        "B says the database is unreachable",
        Duration::from_secs(30),
        || {
            readiness(&b.addr)
                .is_some_and(|r| r.status == 503 && r.body["database"] == "unreachable")
        },
    );
    let (_, candidate) = open
        .iter()
        .find_map(|m| first_ranked(&a.addr, &session, *m).map(|c| (*m, c)))
        .expect("an open mandate with matches on A");
    let mandate = open
        .iter()
        .copied()
        .find(|m| first_ranked(&a.addr, &session, *m) == Some(candidate))
        .expect("the mandate");
    let (version, _) = availability(&a.addr, &session, candidate);
    set_available_from(&a.addr, &session, candidate, version, "2031-01-01").expect("acknowledged");
    std::thread::sleep(Duration::from_secs(30));
    relay.set_cut(false);
    eventually("B is ready again", Duration::from_secs(60), || {
        is_ready(&b.addr)
    });
    eventually(
        "B ranks the change made while it was cut off",
        Duration::from_secs(30),
        || first_ranked(&b.addr, &session, mandate) != Some(candidate),
    );
}
