//! Real-browser end-to-end tests: the `interim` binary serving a seeded SQLite file, driven by
//! headless Debian Chromium through chromedriver (fantoccini). Without chromedriver or Chromium
//! the tests say so on standard error and pass, unless `INTERIM_REQUIRE_BROWSER` is set.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::json;

use crate::{interim, stderr};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const CHROMIUM: &str = "/usr/bin/chromium";
/// How long `wait_for` (and everything built on it) waits for an element.
const WAIT: Duration = Duration::from_secs(10);
/// The password of every seeded demo user.
pub const DEMO_PASSWORD: &str = "interim-demo";

/// A plain HTTP/1.1 GET; `None` when nothing answers (yet). The body is read by its
/// `Content-Length`: chromedriver keeps the connection open despite `Connection: close`.
fn http_get(addr: &str, path: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(addr).ok()?;
    stream.set_read_timeout(Some(Duration::from_secs(5))).ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\r\n"
    )
    .ok()?;
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    let status = line.split_whitespace().nth(1)?.parse().ok()?;
    let mut length = None;
    loop {
        line.clear();
        reader.read_line(&mut line).ok()?;
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let mut body = Vec::new();
    match length {
        Some(n) => {
            body.resize(n, 0);
            reader.read_exact(&mut body).ok()?;
        }
        None => {
            reader.read_to_end(&mut body).ok()?;
        }
    }
    Some((status, String::from_utf8_lossy(&body).into_owned()))
}

/// Polls `ready` every 50 ms until it returns true; panics with `what` after `within`.
fn poll_until(what: &str, within: Duration, mut ready: impl FnMut() -> bool) {
    let deadline = Instant::now() + within;
    while !ready() {
        assert!(
            Instant::now() < deadline,
            "timed out after {within:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// The last `lines` lines of a log file, for failure messages.
fn log_tail(path: &Path, lines: usize) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// A port nobody listens on right now (bound, then released for the child to take).
fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("bind an ephemeral port")
        .port()
}

/// Why the browser tests cannot run here, if they cannot.
fn missing_browser() -> Option<String> {
    let missing: Vec<&str> = [CHROMEDRIVER, CHROMIUM]
        .into_iter()
        .filter(|p| !Path::new(p).exists())
        .collect();
    (!missing.is_empty()).then(|| {
        format!(
            "{} not found (install the Debian packages: apt-get install chromium chromium-driver)",
            missing.join(" and ")
        )
    })
}

/// `interim serve` on a fresh, seeded SQLite file; stopped on drop.
#[derive(Debug)]
pub struct Server {
    child: Child,
    /// `127.0.0.1:PORT`, as printed in the banner.
    addr: String,
    log: PathBuf,
    _dir: tempfile::TempDir,
}

impl Server {
    /// Seeds 400 candidates (and the demo users), starts the server and waits until it is ready.
    pub fn start() -> Self {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = dir.path().join("browser.db");
        let seeded = interim(&db, &["seed", "--candidates", "400"], "");
        assert!(seeded.status.success(), "seed failed: {}", stderr(&seeded));

        let log = dir.path().join("server.log");
        let mut child = Command::new(env!("CARGO_BIN_EXE_interim"))
            .env("INTERIM_DATABASE_URL", format!("sqlite://{}", db.display()))
            .env_remove("INTERIM_ADDR")
            .env("NO_COLOR", "1")
            .args(["serve", "--addr", "127.0.0.1:0"])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(File::create(&log).expect("server log"))
            .spawn()
            .expect("start interim serve");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        let banner = match lines.next() {
            Some(Ok(line)) => line,
            other => {
                let _ = child.kill();
                let _ = child.wait();
                panic!(
                    "interim serve printed no banner ({other:?}):\n{}",
                    log_tail(&log, 40)
                )
            }
        };
        // Keep draining standard output so the server never blocks on a full pipe.
        std::thread::spawn(move || lines.map_while(Result::ok).for_each(drop));
        let addr = banner
            .split("http://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or_else(|| panic!("no address in banner: {banner}"))
            .to_owned();
        let mut server = Self {
            child,
            addr,
            log,
            _dir: dir,
        };
        poll_until("/readyz to return 200", Duration::from_secs(60), || {
            if let Ok(Some(status)) = server.child.try_wait() {
                panic!("interim serve exited with {status}");
            }
            matches!(http_get(&server.addr, "/readyz"), Some((200, _)))
        });
        server
    }

    /// The absolute URL of `path` on this server.
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        if std::thread::panicking() {
            eprintln!(
                "--- interim serve log (last lines) ---\n{}",
                log_tail(&self.log, 40)
            );
        }
    }
}

/// One test's browser: its own chromedriver, Chromium profile and server.
#[derive(Debug)]
pub struct Browser {
    client: Client,
    /// The WebDriver session, deleted by hand in `Drop` if `finish` never ran.
    session: Option<String>,
    chromedriver: Child,
    driver_addr: String,
    driver_log: PathBuf,
    pub server: Server,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Seeds and starts a server, starts chromedriver and opens a headless Chromium session.
    /// `None` (after saying so loudly) when chromedriver or Chromium is not installed, unless
    /// `INTERIM_REQUIRE_BROWSER` is set: then a missing browser fails the test.
    pub async fn start() -> Option<Self> {
        if let Some(why) = missing_browser() {
            if std::env::var("INTERIM_REQUIRE_BROWSER").is_ok_and(|v| !v.is_empty() && v != "0") {
                panic!("INTERIM_REQUIRE_BROWSER is set but {why}");
            }
            eprintln!("\n**********\nSKIP browser test: {why}\n**********\n");
            return None;
        }
        let server = Server::start();
        let profile = tempfile::tempdir().expect("tempdir for the Chromium profile");

        let port = free_port();
        let driver_addr = format!("127.0.0.1:{port}");
        let driver_log = profile.path().join("chromedriver.log");
        let log = File::create(&driver_log).expect("chromedriver log");
        let mut chromedriver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            // Its own process group, so `Drop` can take Chromium down with it.
            .process_group(0)
            .stdin(Stdio::null())
            .stderr(log.try_clone().expect("chromedriver log"))
            .stdout(log)
            .spawn()
            .expect("start chromedriver");
        let ready = {
            let deadline = Instant::now() + Duration::from_secs(20);
            loop {
                if let Ok(Some(status)) = chromedriver.try_wait() {
                    break Err(format!("chromedriver exited with {status}"));
                }
                if let Some((200, body)) = http_get(&driver_addr, "/status") {
                    let status: serde_json::Value = serde_json::from_str(&body).unwrap_or_default();
                    if status["value"]["ready"] == true {
                        break Ok(());
                    }
                }
                if Instant::now() > deadline {
                    break Err("chromedriver did not answer on /status within 20 s".to_owned());
                }
                std::thread::sleep(Duration::from_millis(50));
            }
        };
        if let Err(why) = ready {
            let _ = chromedriver.kill();
            let _ = chromedriver.wait();
            panic!("{why}:\n{}", log_tail(&driver_log, 40));
        }

        let mut caps = Capabilities::new();
        caps.insert(
            "goog:chromeOptions".to_owned(),
            json!({
                "binary": CHROMIUM,
                "args": [
                    "--headless=new",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-dev-shm-usage",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--window-size=1280,900",
                    format!("--user-data-dir={}", profile.path().join("chromium").display()),
                ],
            }),
        );
        let connected = ClientBuilder::new(HttpConnector::new())
            .capabilities(caps)
            .connect(&format!("http://{driver_addr}"))
            .await;
        let client = match connected {
            Ok(client) => client,
            Err(e) => {
                let _ = Command::new("kill")
                    .args(["-KILL", "--", &format!("-{}", chromedriver.id())])
                    .status();
                let _ = chromedriver.wait();
                panic!(
                    "no Chromium session from chromedriver: {e}\n{}",
                    log_tail(&driver_log, 40)
                );
            }
        };
        let session = client.session_id().await.expect("session id");
        Some(Self {
            client,
            session,
            chromedriver,
            driver_addr,
            driver_log,
            server,
            _profile: profile,
        })
    }

    /// Ends the WebDriver session (Chromium quits); `Drop` then stops chromedriver and the server.
    pub async fn finish(mut self) {
        self.client
            .clone()
            .close()
            .await
            .expect("close the browser session");
        self.session = None;
    }

    /// The current URL and the start of the page's text, for failure messages.
    pub async fn context(&self) -> String {
        let url = self
            .client
            .current_url()
            .await
            .map_or_else(|e| format!("<no url: {e}>"), |u| u.to_string());
        let text = match self.client.find(Locator::Css("body")).await {
            Ok(body) => body.text().await.unwrap_or_default(),
            Err(e) => format!("<no body: {e}>"),
        };
        let text: String = text.chars().take(1500).collect();
        format!("at {url}, page text:\n{text}")
    }

    /// The path and query of the page the browser is on.
    pub async fn current_path(&self) -> String {
        let url = self.client.current_url().await.expect("the current url");
        match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        }
    }

    /// Opens `path` on the server and waits for the page to load.
    pub async fn goto(&self, path: &str) {
        let url = self.server.url(path);
        if let Err(e) = self.client.goto(&url).await {
            panic!("goto {url}: {e}");
        }
    }

    /// Waits up to 10 s for an element matching `css`.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        match self
            .client
            .wait()
            .at_most(WAIT)
            .for_element(Locator::Css(css))
            .await
        {
            Ok(element) => element,
            Err(e) => panic!("no '{css}' within {WAIT:?} ({e}) {}", self.context().await),
        }
    }

    /// All elements matching `css` right now (possibly none).
    pub async fn all(&self, css: &str) -> Vec<fantoccini::elements::Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("find all '{css}': {e}"))
    }

    /// Clears the field matching `css` and types `text` into it.
    pub async fn fill(&self, css: &str, text: &str) {
        let field = self.wait_for(css).await;
        field
            .clear()
            .await
            .unwrap_or_else(|e| panic!("clear '{css}': {e}"));
        field
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("type into '{css}': {e}"));
    }

    /// Chooses the file at `path` in the file input matching `css`.
    pub async fn choose_file(&self, css: &str, path: &std::path::Path) {
        self.wait_for(css)
            .await
            .send_keys(&path.display().to_string())
            .await
            .unwrap_or_else(|e| panic!("choose {} in '{css}': {e}", path.display()));
    }

    /// Clicks the element matching `css`.
    pub async fn click(&self, css: &str) {
        self.wait_for(css)
            .await
            .click()
            .await
            .unwrap_or_else(|e| panic!("click '{css}': {e}"));
    }

    /// The rendered text of the element matching `css`. After a click that loads a new page,
    /// the element found first may belong to the page being left; such a stale element is
    /// looked up again until the wait runs out.
    pub async fn text(&self, css: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            match self.wait_for(css).await.text().await {
                Ok(text) => return text,
                Err(e) if Instant::now() < deadline && e.to_string().contains("stale") => {
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                Err(e) => panic!("text of '{css}': {e}"),
            }
        }
    }

    /// Waits until the ranked matches have settled on a query containing every one of
    /// `params` (the page's script marks the filter form `data-pending` while a re-rank waits
    /// or runs, and the results with the query they answer).
    pub async fn wait_for_ranking(&self, params: &[&str]) {
        let deadline = Instant::now() + WAIT;
        loop {
            let pending = !self.all("#match-filters[data-pending]").await.is_empty();
            let query = match self.all("#results[data-query]").await.first() {
                Some(results) => results
                    .attr("data-query")
                    .await
                    .ok()
                    .flatten()
                    .unwrap_or_default(),
                None => String::new(),
            };
            if !pending && params.iter().all(|p| query.contains(p)) {
                return;
            }
            if Instant::now() >= deadline {
                panic!(
                    "the ranking never settled on {params:?} (query '{query}') {}",
                    self.context().await
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Waits until the text of the element matching `css` contains `needle`, and returns it.
    pub async fn text_containing(&self, css: &str, needle: &str) -> String {
        let deadline = Instant::now() + WAIT;
        loop {
            let text = self.text(css).await;
            if text.contains(needle) || Instant::now() >= deadline {
                return text;
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Whether the element matching `css` is visible.
    pub async fn is_displayed(&self, css: &str) -> bool {
        self.wait_for(css)
            .await
            .is_displayed()
            .await
            .unwrap_or_else(|e| panic!("is '{css}' displayed: {e}"))
    }

    /// Picks the option with `value` in the `<select>` matching `css`.
    pub async fn select(&self, css: &str, value: &str) {
        self.wait_for(css)
            .await
            .select_by_value(value)
            .await
            .unwrap_or_else(|e| panic!("select '{value}' in '{css}': {e}"));
    }

    /// Sets the value of the input matching `css` directly (date inputs take typed keys in the
    /// browser's locale order; the value is always `YYYY-MM-DD`).
    pub async fn set_value(&self, css: &str, value: &str) {
        let element = self.wait_for(css).await;
        let element = serde_json::to_value(&element).expect("element as JSON");
        self.client
            .execute(
                "arguments[0].value = arguments[1];",
                vec![element, json!(value)],
            )
            .await
            .unwrap_or_else(|e| panic!("set '{css}' to '{value}': {e}"));
    }

    /// Forgets every cookie (signs out without using the application).
    pub async fn clear_cookies(&self) {
        self.client
            .delete_all_cookies()
            .await
            .expect("delete cookies");
    }

    /// Saves a PNG of the viewport as `<workspace>/target/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.client.screenshot().await.expect("take a screenshot");
        assert!(
            png.starts_with(b"\x89PNG\r\n\x1a\n"),
            "the screenshot is not a PNG"
        );
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots");
        std::fs::create_dir_all(&dir).expect("create target/screenshots");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).expect("write the screenshot");
        path
    }

    /// Signs in through the form and waits for the header to show who is signed in.
    pub async fn sign_in(&self, email: &str, password: &str) {
        self.goto("/sign-in").await;
        self.fill("#email", email).await;
        self.fill("#password", password).await;
        self.click("#sign-in").await;
        self.wait_for("header .who").await;
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        // A test that panicked never reached `finish`: end the session over plain HTTP so
        // chromedriver quits Chromium, then take down the whole process group regardless.
        if let Some(session) = self.session.take()
            && let Ok(mut stream) = TcpStream::connect(&self.driver_addr)
        {
            let _ = stream.set_read_timeout(Some(Duration::from_secs(5)));
            let _ = write!(
                stream,
                "DELETE /session/{session} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
                self.driver_addr
            );
            let _ = stream.read_to_end(&mut Vec::new());
        }
        let _ = Command::new("kill")
            .args(["-KILL", "--", &format!("-{}", self.chromedriver.id())])
            .stderr(Stdio::null())
            .status();
        let _ = self.chromedriver.kill();
        let _ = self.chromedriver.wait();
        if std::thread::panicking() {
            eprintln!(
                "--- chromedriver log (last lines) ---\n{}",
                log_tail(&self.driver_log, 20)
            );
        }
    }
}

#[tokio::test]
async fn status_page_renders_in_a_real_browser() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    browser.goto("/").await;
    assert_eq!(browser.text("h1").await, "Interim");
    // Rendered by Chromium, not just served: the heading has a laid-out, non-empty box.
    let (_, _, width, height) = browser
        .wait_for("h1")
        .await
        .rectangle()
        .await
        .expect("the heading's box");
    assert!(
        width > 0.0 && height > 0.0,
        "h1 is not laid out: {width}x{height}"
    );
    let shot = browser.screenshot("00-status").await;
    eprintln!("screenshot: {}", shot.display());
    browser.finish().await;
}

#[tokio::test]
async fn consultant_signs_in_and_sees_the_dashboard() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    browser
        .sign_in("consultant@interim.demo", DEMO_PASSWORD)
        .await;
    browser.goto("/app").await;
    let who = browser.text("header .who").await;
    assert!(
        !who.trim().is_empty(),
        "the header should show who is signed in"
    );
    browser.wait_for("#mandates").await;
    let rows = browser.all("#mandates tr[data-mandate-id]").await;
    assert!(
        !rows.is_empty(),
        "the consultant's dashboard lists no mandates {}",
        browser.context().await
    );
    let first = rows[0]
        .attr("data-mandate-id")
        .await
        .expect("data-mandate-id")
        .unwrap_or_default();
    assert!(
        !first.trim().is_empty(),
        "a mandate row has an empty data-mandate-id"
    );
    browser.screenshot("01-dashboard").await;

    // A wrong password is refused with a visible error, back on the sign-in form.
    browser.clear_cookies().await;
    browser.goto("/sign-in").await;
    browser.fill("#email", "consultant@interim.demo").await;
    browser.fill("#password", "not-the-password").await;
    browser.click("#sign-in").await;
    assert!(
        browser.is_displayed(".form-error").await,
        "the sign-in error is hidden"
    );
    assert!(
        !browser.text(".form-error").await.trim().is_empty(),
        "the sign-in error says nothing"
    );
    browser.wait_for("#password").await;
    assert!(
        browser.all("header .who").await.is_empty(),
        "a refused sign-in shows someone as signed in"
    );
    browser.screenshot("02-sign-in-refused").await;
    // And it opened no session: the dashboard's mandates stay out of reach.
    browser.goto("/app").await;
    assert!(
        browser.all("#mandates").await.is_empty(),
        "the dashboard opened after a refused sign-in {}",
        browser.context().await
    );
    browser.finish().await;
}
