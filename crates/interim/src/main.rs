//! The `interim` command: run the demo, serve, seed a network, migrate, and administer users.

mod bench;
mod bench_http;
mod bench_import;
mod bench_sync;
mod bench_writes;
mod eval;
mod eval_titles;
mod import;
mod matching;
mod seeding;
mod vetting_seed;

use std::io::{BufRead, IsTerminal, Write};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};
use chrono::{NaiveDate, Utc};
use clap::{Args, Parser, Subcommand};

use domain::user::{Password, User, UserRole};
use domain::values::{EmailAddress, PersonName};
use store::{DatabaseUrl, Store};

/// Interim: the system an interim-management provider runs on.
///
/// Start with `interim demo`: it creates a database with a realistic network, starts the web
/// server and prints the address and the demo logins.
#[derive(Debug, Parser)]
#[command(name = "interim", version, propagate_version = true)]
struct Cli {
    /// The database: sqlite://FILE or postgres://USER:PASSWORD@HOST/DB.
    #[arg(
        long,
        global = true,
        env = "INTERIM_DATABASE_URL",
        default_value = "sqlite://interim.db",
        hide_env_values = true
    )]
    database_url: String,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create and fill interim-demo.db on first run (later runs reuse it), then serve it.
    Demo(DemoArgs),
    /// Serve the web application and API from the configured database.
    Serve(ServeArgs),
    /// Fill an empty database with a generated, realistic network.
    Seed(SeedArgs),
    /// Bring the database schema up to date.
    Migrate,
    /// Rank the whole network for a mandate and show why each candidate scores as it does.
    Match(MatchArgs),
    /// The ESCO occupations a job title names (English, Norwegian, Swedish or Danish), ranked
    /// with a confidence: what `GET /api/v1/occupations` answers.
    Occupations(OccupationsArgs),
    /// Measure quality: ranking (nDCG@10) on the built-in judged set against text-only
    /// baselines, the title normaliser on hand-made real-world titles (top-1, top-5), and
    /// ranking by title alone on a set built from ESCO.
    Eval {
        /// Also list every title whose occupation the normaliser does not put first.
        #[arg(long)]
        misses: bool,
    },
    /// Benchmarks.
    Bench {
        #[command(subcommand)]
        command: BenchCommand,
    },
    /// Bring people in from a file.
    Import {
        #[command(subcommand)]
        command: ImportCommand,
    },
    /// Manage user accounts.
    Users {
        #[command(subcommand)]
        command: UsersCommand,
    },
}

#[derive(Debug, Subcommand)]
enum ImportCommand {
    /// Import a network's export: CSV (`;` `,` or tab; UTF-8 or Windows-1252), XLSX or JSON
    /// Lines in the shape of `POST /api/v1/candidates`. Headers are recognised in English,
    /// Norwegian, Swedish and Danish; every bad cell is named by row and column; people
    /// already in the network (same source and id, e-mail or phone) are brought up to date.
    Candidates(ImportCandidatesArgs),
}

#[derive(Debug, Args)]
struct ImportCandidatesArgs {
    /// The file.
    file: PathBuf,
    /// The network the file comes from: `own`, or a partner network's name.
    #[arg(long)]
    source: Option<String>,
    /// A JSON object naming columns by hand: `{"Mobilnr": "phone", "Intern note": null}`.
    #[arg(long)]
    mapping: Option<PathBuf>,
    /// Read and check everything, print the report, change nothing.
    #[arg(long)]
    dry_run: bool,
    /// Import nothing if any row is bad.
    #[arg(long)]
    strict: bool,
}

#[derive(Debug, Args)]
struct ServeArgs {
    /// The address to listen on.
    #[arg(long, env = "INTERIM_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
}

#[derive(Debug, Args)]
struct DemoArgs {
    /// The address to listen on.
    #[arg(long, env = "INTERIM_ADDR", default_value = "127.0.0.1:8080")]
    addr: SocketAddr,
    /// The demo database file.
    #[arg(long, default_value = "interim-demo.db")]
    file: PathBuf,
    /// How many interim managers the demo network gets on first run.
    #[arg(long, default_value_t = 30_000, value_parser = clap::value_parser!(u64).range(1..=5_000_000))]
    candidates: u64,
    /// The generator's seed: the same seed gives the same network.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Seed only, then exit without serving.
    #[arg(long)]
    no_serve: bool,
}

#[derive(Debug, Args)]
struct SeedArgs {
    /// How many interim managers to generate.
    #[arg(long, default_value_t = 30_000, value_parser = clap::value_parser!(u64).range(1..=5_000_000))]
    candidates: u64,
    /// The generator's seed: the same seed gives the same network.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// Generate as of this day (YYYY-MM-DD) instead of today, for reproducible networks.
    #[arg(long, value_parser = parse_day)]
    today: Option<NaiveDate>,
}

#[derive(Debug, Args)]
struct OccupationsArgs {
    /// The title, as written ("Interim økonomisjef", "Head of Treasury").
    title: String,
    /// How many occupations to show.
    #[arg(long, default_value_t = 5, value_parser = clap::value_parser!(u64).range(1..=50))]
    limit: u64,
    /// text (for people) or json (the API's shape).
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    format: String,
}

#[derive(Debug, Args)]
struct MatchArgs {
    /// The mandate's id.
    #[arg(long)]
    mandate: i64,
    /// How many candidates to show.
    #[arg(long, default_value_t = 20, value_parser = clap::value_parser!(u64).range(1..=1000))]
    top: u64,
    /// text (for people) or json (stable, for programs; see ARCHITECTURE.md).
    #[arg(long, default_value = "text", value_parser = ["text", "json"])]
    format: String,
    /// Weight overrides in points, such as "role=30,text=5": the others keep their defaults
    /// (which sum to 100) and all are normalised again.
    #[arg(long)]
    weights: Option<String>,
    /// Explain where one candidate stands: the filters that removed them, or their position and
    /// reasons ("why is X not in the list?").
    #[arg(long, value_name = "CANDIDATE_ID")]
    why: Option<i64>,
}

#[derive(Debug, Subcommand)]
enum BenchCommand {
    /// Rank realistic mandates over a generated pool with the engine and with full-text
    /// baselines (SQLite FTS5; PostgreSQL FTS with --postgres-url), in one run, and print ratios.
    Match(BenchMatchArgs),
    /// What durability against power loss costs: the same seeding and single-record updates
    /// on SQLite with synchronous=FULL (what Interim runs with) and =NORMAL, with the ratio.
    Writes(BenchWritesArgs),
    /// How much of the engine's speed reaches a client: the bare engine's throughput and the
    /// matches endpoint's over real HTTP, on the same cores in one run, with the ratio.
    Http(BenchHttpArgs),
    /// How long a change made on one app server takes to be ranked on another on the same
    /// PostgreSQL database: woken by notifications, and polling alone as the baseline.
    Sync(BenchSyncArgs),
    /// How fast a partner network's export comes in: a generated CSV imported into a fresh
    /// database with the match index loaded, against the raw write of the same people.
    Import(BenchImportArgs),
}

#[derive(Debug, Args)]
struct BenchImportArgs {
    /// How many rows the export has.
    #[arg(long, default_value_t = 30_000, value_parser = clap::value_parser!(u64).range(100..=5_000_000))]
    rows: u64,
    /// Where the export and the two SQLite files are written (and replaced on the next run).
    #[arg(long, default_value = "target/bench")]
    dir: PathBuf,
}

#[derive(Debug, Args)]
struct BenchSyncArgs {
    /// The PostgreSQL server (a database for the benchmark is created on it).
    #[arg(long, env = "INTERIM_BENCH_POSTGRES_URL", hide_env_values = true)]
    postgres_url: String,
    /// The network's size.
    #[arg(long, default_value_t = 3_000, value_parser = clap::value_parser!(u64).range(10..=1_000_000))]
    candidates: u64,
    /// Changes measured in each mode.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    changes: u64,
}

#[derive(Debug, Args)]
struct BenchHttpArgs {
    /// The network's size.
    #[arg(long, default_value_t = 30_000, value_parser = clap::value_parser!(u64).range(100..=1_000_000))]
    candidates: u64,
    /// Seconds each side runs.
    #[arg(long, default_value_t = 10, value_parser = clap::value_parser!(u64).range(1..=600))]
    seconds: u64,
    /// Concurrent HTTP connections.
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u64).range(1..=512))]
    connections: u64,
    /// Where the network's SQLite file is kept between runs.
    #[arg(long, default_value = "target/bench")]
    dir: PathBuf,
}

#[derive(Debug, Args)]
struct BenchWritesArgs {
    /// How many interim managers to seed.
    #[arg(long, default_value_t = 20_000, value_parser = clap::value_parser!(u64).range(100..=1_000_000))]
    candidates: u64,
    /// How many single updates each part makes.
    #[arg(long, default_value_t = 2_000, value_parser = clap::value_parser!(u64).range(8..=1_000_000))]
    updates: u64,
    /// Where the two SQLite files are written (and replaced on the next run).
    #[arg(long, default_value = "target/bench")]
    dir: PathBuf,
}

#[derive(Debug, Args)]
struct BenchMatchArgs {
    /// Pool size.
    #[arg(long, default_value_t = 30_000, value_parser = clap::value_parser!(u64).range(100..=5_000_000))]
    candidates: u64,
    /// How many mandates to run.
    #[arg(long, default_value_t = 200, value_parser = clap::value_parser!(u64).range(1..=100_000))]
    queries: u64,
    /// The generator's seed.
    #[arg(long, default_value_t = 42)]
    seed: u64,
    /// A PostgreSQL server for the PostgreSQL baseline (a database per pool is created on it).
    #[arg(long, env = "INTERIM_BENCH_POSTGRES_URL", hide_env_values = true)]
    postgres_url: Option<String>,
    /// Where the SQLite pool files are kept between runs.
    #[arg(long, default_value = "target/bench")]
    dir: PathBuf,
    /// Generate the pool and the mandates as of this day (YYYY-MM-DD) instead of today; a pool
    /// is reused by later runs with the same size, seed and day.
    #[arg(long)]
    today: Option<NaiveDate>,
    /// Time the engine alone, without the SQLite and PostgreSQL baselines (no ratio is
    /// printed): for profiling the engine.
    #[arg(long)]
    engine_only: bool,
}

#[derive(Debug, Subcommand)]
enum UsersCommand {
    /// Create a user; the password is read from standard input (one line).
    Create(CreateUserArgs),
    /// List the users.
    List,
}

#[derive(Debug, Args)]
struct CreateUserArgs {
    /// Sign-in e-mail address.
    #[arg(long)]
    email: String,
    /// The name shown in the application.
    #[arg(long)]
    name: String,
    /// admin, consultant, client, interim_manager or juror.
    #[arg(long)]
    role: String,
    /// For a client user: the client company's id.
    #[arg(long, conflicts_with = "candidate_id")]
    client_id: Option<i64>,
    /// For an interim-manager user: their candidate record's id.
    #[arg(long)]
    candidate_id: Option<i64>,
}

fn parse_day(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a date; write YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logging();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn init_logging() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("INTERIM_LOG").unwrap_or_else(|_| {
        tracing_subscriber::EnvFilter::new("warn,sqlx=error,interim=info,web=info")
    });
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .init();
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Command::Demo(args) => demo(args).await,
        Command::Serve(args) => {
            let store = open(&cli.database_url).await?;
            serve(store, args.addr, None).await
        }
        Command::Seed(args) => {
            let store = open(&cli.database_url).await?;
            let today = args.today.unwrap_or_else(|| Utc::now().date_naive());
            let report = seeding::seed(&store, args.seed, args.candidates, today).await?;
            report.print();
            store.close().await;
            Ok(())
        }
        Command::Match(args) => {
            let store = open(&cli.database_url).await?;
            let result = matching::run_match(
                &store,
                domain::ids::MandateId(args.mandate),
                args.top as usize,
                args.format == "json",
                args.weights.as_deref(),
                args.why.map(domain::ids::CandidateId),
            )
            .await;
            store.close().await;
            result
        }
        Command::Occupations(args) => occupations(&args),
        Command::Eval { misses } => {
            let today = Utc::now().date_naive();
            eval::run(today)?;
            println!();
            eval_titles::titles(misses);
            println!();
            eval_titles::ranking(today)
        }
        Command::Bench {
            command: BenchCommand::Writes(args),
        } => {
            std::fs::create_dir_all(&args.dir)
                .with_context(|| format!("cannot create {}", args.dir.display()))?;
            bench_writes::run(
                &args.dir,
                args.candidates,
                args.updates as usize,
                Utc::now().date_naive(),
            )
            .await
        }
        Command::Bench {
            command: BenchCommand::Import(args),
        } => {
            std::fs::create_dir_all(&args.dir)
                .with_context(|| format!("cannot create {}", args.dir.display()))?;
            bench_import::run(&args.dir, args.rows, Utc::now().date_naive()).await
        }
        Command::Bench {
            command: BenchCommand::Sync(args),
        } => {
            bench_sync::run(bench_sync::SyncBenchOptions {
                postgres: args.postgres_url,
                candidates: args.candidates,
                changes: args.changes as usize,
                today: Utc::now().date_naive(),
            })
            .await
        }
        Command::Bench {
            command: BenchCommand::Http(args),
        } => {
            std::fs::create_dir_all(&args.dir)
                .with_context(|| format!("cannot create {}", args.dir.display()))?;
            bench_http::run(bench_http::HttpBenchOptions {
                dir: &args.dir,
                candidates: args.candidates,
                seconds: args.seconds,
                connections: args.connections as usize,
            })
            .await
        }
        Command::Bench {
            command: BenchCommand::Match(args),
        } => {
            std::fs::create_dir_all(&args.dir)
                .with_context(|| format!("cannot create {}", args.dir.display()))?;
            bench::run(bench::BenchOptions {
                candidates: args.candidates,
                queries: args.queries as usize,
                seed: args.seed,
                postgres: args.postgres_url,
                dir: args.dir,
                today: args.today.unwrap_or_else(|| Utc::now().date_naive()),
                engine_only: args.engine_only,
            })
            .await
        }
        Command::Import {
            command: ImportCommand::Candidates(args),
        } => {
            let store = open(&cli.database_url).await?;
            import::run(
                store,
                import::ImportArgs {
                    file: &args.file,
                    source: args.source.as_deref(),
                    mapping: args.mapping.as_deref(),
                    dry_run: args.dry_run,
                    strict: args.strict,
                },
            )
            .await
        }
        Command::Migrate => {
            let store = open(&cli.database_url).await?;
            println!("schema up to date ({})", store.backend());
            store.close().await;
            Ok(())
        }
        Command::Users { command } => {
            let store = open(&cli.database_url).await?;
            match command {
                UsersCommand::Create(args) => create_user(&store, args).await?,
                UsersCommand::List => {
                    for u in store.users().await? {
                        println!(
                            "{:>5}  {:<16} {:<36} {}",
                            u.id,
                            u.role.code(),
                            u.email,
                            u.display_name
                        );
                    }
                }
            }
            store.close().await;
            Ok(())
        }
    }
}

/// Opens and migrates the database the URL names.
async fn open(url: &str) -> anyhow::Result<Arc<dyn Store>> {
    let url = DatabaseUrl::parse(url)?;
    let store = store::connect(&url).await?;
    store
        .migrate()
        .await
        .with_context(|| format!("cannot bring the schema of {url} up to date"))?;
    Ok(store)
}

async fn demo(args: DemoArgs) -> anyhow::Result<()> {
    let url_of = |p: &Path| format!("sqlite://{}", p.display());
    let demo_logins;
    if args.file.exists() {
        println!(
            "Reusing the demo database {} (delete it to start afresh).",
            args.file.display()
        );
        demo_logins = seeding::DEMO_LOGINS_NOTE;
    } else {
        // Seed into a side file and move it into place only when complete, so an interrupted
        // first run never leaves a half-filled demo behind.
        let partial = args.file.with_extension("db.partial");
        for leftover in [
            &partial,
            &partial.with_extension("partial-wal"),
            &partial.with_extension("partial-shm"),
        ] {
            if leftover.exists() {
                std::fs::remove_file(leftover)
                    .with_context(|| format!("cannot remove {}", leftover.display()))?;
            }
        }
        println!(
            "Creating the demo database {} with {} interim managers…",
            args.file.display(),
            args.candidates
        );
        let store = open(&url_of(&partial)).await?;
        let report =
            seeding::seed(&store, args.seed, args.candidates, Utc::now().date_naive()).await?;
        store.close().await;
        std::fs::rename(&partial, &args.file).with_context(|| {
            format!(
                "cannot move {} to {}",
                partial.display(),
                args.file.display()
            )
        })?;
        report.print();
        demo_logins = seeding::DEMO_LOGINS_NOTE;
    }
    if args.no_serve {
        return Ok(());
    }
    let store = open(&url_of(&args.file)).await?;
    serve(store, args.addr, Some(demo_logins)).await
}

async fn serve(
    store: Arc<dyn Store>,
    addr: SocketAddr,
    logins: Option<&str>,
) -> anyhow::Result<()> {
    let listener = tokio::net::TcpListener::bind(addr).await.with_context(|| {
        format!("cannot listen on {addr}; is another server using it? set --addr or INTERIM_ADDR")
    })?;
    let local = listener.local_addr()?;
    println!(
        "Interim is running at http://{local}/  ({} database; Ctrl-C stops it)",
        store.backend()
    );
    if let Some(logins) = logins {
        println!("{logins}");
    }
    std::io::stdout().flush().ok();
    let service = service::Service::new(store.clone());
    let bar = matching::load_bar();
    let loading =
        tokio::spawn(service.follow(move |done, total| matching::show_load(&bar, done, total)));
    let (jobs, periodic) = service::jobs::standard();
    let running = tokio::spawn(service.run_jobs(jobs, periodic));
    let state = web::AppState::new(service);
    web::serve(listener, state, shutdown_signal()).await?;
    loading.abort();
    running.abort();
    store.close().await;
    println!("Stopped.");
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM.
async fn shutdown_signal() {
    let ctrl_c = async {
        tokio::signal::ctrl_c().await.ok();
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
    tracing::info!("shutting down; finishing requests in flight");
}

/// `interim occupations`: the normaliser's answer for one title.
fn occupations(args: &OccupationsArgs) -> anyhow::Result<()> {
    let title = args.title.trim();
    if title.is_empty() || title.chars().count() > 200 {
        bail!("TITLE: give a job title of 1 to 200 characters, such as \"økonomisjef\"");
    }
    let found = domain::titles::normalise(title, args.limit as usize);
    if args.format == "json" {
        let out = web::occupations::OccupationsJson::of(&found);
        println!("{}", serde_json::to_string_pretty(&out)?);
        return Ok(());
    }
    if found.is_empty() {
        println!("No ESCO occupation matches \"{title}\".");
        return Ok(());
    }
    for m in &found {
        println!(
            "{:.2}  {}  {:<44} matched \"{}\" ({})",
            m.confidence,
            m.occupation.isco,
            m.occupation.label(),
            m.matched_label,
            m.language.code()
        );
    }
    println!("\n{}", domain::esco::ATTRIBUTION);
    Ok(())
}

async fn create_user(store: &Arc<dyn Store>, args: CreateUserArgs) -> anyhow::Result<()> {
    let email = EmailAddress::parse(&args.email).map_err(|e| e.within("--email"))?;
    let name = PersonName::parse(&args.name).map_err(|e| e.within("--name"))?;
    let role = UserRole::parse(&args.role, args.client_id.or(args.candidate_id)).map_err(|e| {
        let flag = match e.field.as_str() {
            "client_id" => "--client-id",
            "candidate_id" => "--candidate-id",
            _ => "--role",
        };
        domain::Invalid::new(flag, e.message)
    })?;
    // The records a role names are checked before the password is asked for.
    if let UserRole::Client { client_id } = role {
        store.client(client_id).await.context("--client-id")?;
    }
    if let UserRole::InterimManager { candidate_id } = role {
        if args.client_id.is_some() {
            bail!("--client-id: an interim manager is bound with --candidate-id");
        }
        store
            .candidate(candidate_id)
            .await
            .context("--candidate-id")?;
    }
    let reference = match role {
        UserRole::InterimManager { .. } => "--candidate-id",
        _ => "--client-id",
    };
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        eprint!(
            "Password for {email} (at least {} characters): ",
            domain::user::MIN_PASSWORD_LEN
        );
    }
    let mut line = String::new();
    stdin
        .lock()
        .read_line(&mut line)
        .context("cannot read the password from standard input")?;
    let password = Password::parse(line.trim_end_matches(['\r', '\n']))?;
    let user = User {
        email,
        display_name: name,
        role,
        password_hash: password.hash(),
        active: true,
    };
    let id = service::Service::new(store.clone())
        .create_user_from_command_line(&user, reference)
        .await
        .map_err(|e| match e {
            service::Error::Invalid(i) => anyhow::anyhow!("{}: {}", i.field, i.message),
            service::Error::Duplicate(m) => anyhow::anyhow!("--email: {m}"),
            other => other.into(),
        })?;
    println!("created user {id}: {} ({})", user.email, role.code());
    Ok(())
}
