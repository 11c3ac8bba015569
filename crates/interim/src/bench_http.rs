//! `interim bench http`: how much of the engine's speed reaches a client over HTTP. On one
//! seeded SQLite network it measures, in one run and on the same cores, the bare engine's
//! throughput (ranking the open mandates on as many threads as there are cores) and
//! `GET /api/v1/mandates/{id}/matches?top=20` over real HTTP through the whole server
//! (authentication, the store, the audit write, JSON), and prints both and the ratio; then,
//! for comparison, the API's mandate list and the consultant's `/app` dashboard.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use chrono::Utc;
use http_body_util::{BodyExt, Empty};
use hyper::body::Bytes;
use hyper_util::rt::TokioIo;

use domain::ids::MandateId;
use domain::user::Secret;
use store::DatabaseUrl;

use crate::bench::Latencies;
use crate::matching;

/// What one HTTP client connection measured.
#[derive(Debug, Default)]
struct ClientRun {
    latencies: Vec<Duration>,
    bytes: usize,
}

/// The options.
#[derive(Debug)]
pub struct HttpBenchOptions<'a> {
    /// Where the network's SQLite file is kept between runs.
    pub dir: &'a Path,
    /// The network's size.
    pub candidates: u64,
    /// How long each side runs.
    pub seconds: u64,
    /// Concurrent HTTP connections.
    pub connections: usize,
}

/// Runs both sides and prints the comparison.
pub async fn run(opts: HttpBenchOptions<'_>) -> anyhow::Result<()> {
    let path = opts.dir.join(format!("http-{}.db", opts.candidates));
    let url = DatabaseUrl::parse(&format!("sqlite://{}", path.display()))?;
    let store = store::connect(&url).await?;
    store.migrate().await?;
    match store.count_candidates().await? {
        0 => {
            println!(
                "seeding {} interim managers into {} …",
                opts.candidates,
                path.display()
            );
            crate::seeding::seed(&store, 42, opts.candidates, Utc::now().date_naive()).await?;
        }
        n if n == opts.candidates => println!("reusing the network in {}", path.display()),
        n => bail!(
            "{} holds {n} interim managers; delete it or pick another --dir",
            path.display()
        ),
    }
    let consultant = store
        .user_by_email("consultant@interim.demo")
        .await?
        .context("the seeded consultant account is missing")?;
    let secret = Secret::generate();
    store
        .insert_api_token(consultant.id, "bench http", &secret.hash(), Utc::now())
        .await?;
    let today = Utc::now().date_naive();
    let mut open = Vec::new();
    for m in store.mandates().await? {
        if m.value.status.is_open() {
            let client = store.client(m.value.client_id).await?;
            open.push((m.id, m.value, client.value));
        }
    }
    anyhow::ensure!(!open.is_empty(), "the network has no open mandate");
    let index = matching::load_index(&store).await?.index;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    println!(
        "interim bench http: {} interim managers, {} open mandates, top 20, {} s a side, {cores} cores",
        index.len(),
        open.len(),
        opts.seconds
    );

    // The bare engine, one ranking after another on every core.
    let queries: Vec<engine::Query> = open
        .iter()
        .map(|(_, m, c)| matching::query_for(m, c, today, 20))
        .collect();
    let until = Instant::now() + Duration::from_secs(opts.seconds);
    let started = Instant::now();
    let ranked: usize = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..cores)
            .map(|t| {
                let (index, queries) = (&index, &queries);
                scope.spawn(move || {
                    let mut n = 0usize;
                    while Instant::now() < until {
                        let q = &queries[(n * cores + t) % queries.len()];
                        std::hint::black_box(index.rank(q));
                        n += 1;
                    }
                    n
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap_or(0)).sum()
    });
    let engine_rate = ranked as f64 / started.elapsed().as_secs_f64();

    // The same rankings over HTTP, through the whole server.
    let service = service::Service::new(store.clone());
    service.index().set(index);
    let state = web::AppState::new(service);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(web::serve(listener, state, async {
        let _ = stopped.await;
    }));
    let ids: Arc<Vec<MandateId>> = Arc::new(open.iter().map(|(id, _, _)| *id).collect());
    let token: Credential = Arc::new(("authorization", format!("Bearer {}", secret.expose())));
    let matches = |i: usize, ids: &[MandateId]| {
        format!("/api/v1/mandates/{}/matches?top=20", ids[i % ids.len()].0)
    };
    let api = load(addr, opts.connections, opts.seconds, &token, &ids, matches).await?;
    let half = opts.seconds.div_ceil(2);
    let list = load(addr, opts.connections, half, &token, &ids, |_, _| {
        "/api/v1/mandates".to_owned()
    })
    .await?;
    let cookie: Credential = Arc::new(("cookie", session_cookie(addr).await?));
    let dashboard = load(addr, opts.connections, half, &cookie, &ids, |_, _| {
        "/app".to_owned()
    })
    .await?;
    let _ = stop.send(());
    server.await.context("the server stopped")??;
    store.close().await;

    println!();
    println!(
        "{:<44} {:>10} {:>9} {:>9} {:>10}",
        "", "per second", "p50 ms", "p99 ms", "bytes"
    );
    println!(
        "{:<44} {:>10.0} {:>9} {:>9} {:>10}",
        format!("engine, rank (top 20), {cores} threads"),
        engine_rate,
        "",
        "",
        ""
    );
    for (name, run) in [
        (
            format!("HTTP matches, {} connections", opts.connections),
            &api,
        ),
        (
            format!("HTTP mandate list, {} connections", opts.connections),
            &list,
        ),
        (
            format!("HTTP /app dashboard, {} connections", opts.connections),
            &dashboard,
        ),
    ] {
        println!(
            "{:<44} {:>10.0} {:>9.2} {:>9.2} {:>10}",
            name,
            run.rate,
            run.latencies.percentile(50.0).as_secs_f64() * 1e3,
            run.latencies.percentile(99.0).as_secs_f64() * 1e3,
            run.bytes_per_answer,
        );
    }
    println!(
        "HTTP matches reach {:.0} % of the bare engine's throughput on the same cores (goal: at least 50 %)",
        100.0 * api.rate / engine_rate
    );
    Ok(())
}

/// A request header that signs the client in: a bearer token or a session cookie.
type Credential = Arc<(&'static str, String)>;

/// Signs in as the seeded consultant over HTTP; returns the session cookie pair.
async fn session_cookie(addr: std::net::SocketAddr) -> anyhow::Result<String> {
    let stream = tokio::net::TcpStream::connect(addr).await?;
    let (mut sender, connection) =
        hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
    tokio::spawn(connection);
    let body = format!(
        r#"{{"email":"consultant@interim.demo","password":"{}"}}"#,
        crate::seeding::DEMO_PASSWORD
    );
    let request = hyper::Request::post("/api/v1/session")
        .header("host", "localhost")
        .header("content-type", "application/json")
        .body(http_body_util::Full::new(Bytes::from(body)))?;
    let response = sender.send_request(request).await?;
    anyhow::ensure!(
        response.status().is_success(),
        "signing in answered {}",
        response.status()
    );
    response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find_map(|v| {
            v.split(';')
                .next()
                .filter(|pair| pair.starts_with(web::auth::SESSION_COOKIE))
        })
        .map(str::to_owned)
        .context("no session cookie")
}

/// What a load run measured.
#[derive(Debug)]
struct Load {
    rate: f64,
    latencies: Latencies,
    bytes_per_answer: usize,
}

/// `connections` keep-alive connections, each sending `path(i)` one after another for
/// `seconds`.
async fn load(
    addr: std::net::SocketAddr,
    connections: usize,
    seconds: u64,
    credential: &Credential,
    ids: &Arc<Vec<MandateId>>,
    path: fn(usize, &[MandateId]) -> String,
) -> anyhow::Result<Load> {
    let until = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut clients = Vec::new();
    for c in 0..connections {
        let (credential, ids) = (credential.clone(), ids.clone());
        clients.push(tokio::spawn(async move {
            let stream = tokio::net::TcpStream::connect(addr).await?;
            let (mut sender, connection) =
                hyper::client::conn::http1::handshake(TokioIo::new(stream)).await?;
            tokio::spawn(connection);
            let mut run = ClientRun::default();
            let mut i = c;
            while Instant::now() < until {
                let request = hyper::Request::get(path(i, &ids))
                    .header("host", "localhost")
                    .header(credential.0, credential.1.as_str())
                    .body(Empty::<Bytes>::new())?;
                let sent = Instant::now();
                let response = sender.send_request(request).await?;
                anyhow::ensure!(
                    response.status().is_success(),
                    "the server answered {}",
                    response.status()
                );
                let body = response.into_body().collect().await?.to_bytes();
                run.latencies.push(sent.elapsed());
                run.bytes += body.len();
                i += connections;
            }
            Ok::<ClientRun, anyhow::Error>(run)
        }));
    }
    let mut latencies = Latencies::new("HTTP");
    let mut bytes = 0;
    for client in clients {
        let run = client.await.context("a client stopped")??;
        latencies.samples.extend(run.latencies);
        bytes += run.bytes;
    }
    let answers = latencies.samples.len();
    Ok(Load {
        rate: answers as f64 / started.elapsed().as_secs_f64(),
        bytes_per_answer: bytes / answers.max(1),
        latencies,
    })
}
