//! `interim bench import`: how fast a partner network's export comes in. A CSV of generated
//! people (as a Nordic Excel writes it: `;`, UTF-8 with BOM; every other title one of the
//! hand-made set of real-world titles) is imported into a fresh SQLite
//! file with this server's match index loaded, every title filed under ESCO and every person
//! checked against the network; the baseline is the raw write path, the same people written
//! as domain values in the same batches without reading, filing or checking anything. Both
//! run in one process, one after the other, and the ratio is printed.

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use chrono::NaiveDate;

use domain::candidate::SourceNetwork;
use seed::Generator;
use service::Service;
use service::import_file::{self, Format};
use service::intake::ImportOptions;
use store::{DatabaseUrl, Store};

/// Runs the benchmark with `rows` people, files under `dir`.
pub async fn run(dir: &Path, rows: u64, today: NaiveDate) -> anyhow::Result<()> {
    println!(
        "interim bench import: {rows} rows, as of {today}; {} logical cores",
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    let generator = Generator::new(42, today);
    let csv = dir.join(format!("import-{rows}.csv"));
    let titles = write_export(&csv, &generator, rows)?;
    let bytes = std::fs::read(&csv).with_context(|| format!("reading {}", csv.display()))?;
    println!(
        "export: {} ({:.1} MB, {titles} distinct titles)",
        csv.display(),
        bytes.len() as f64 / 1e6
    );

    let store = fresh(dir, &format!("import-{rows}.db")).await?;
    let service = Service::new(store.clone());
    service.index().set(engine::Index::new());
    let started = Instant::now();
    let table = import_file::read(Format::Csv, &bytes).map_err(|e| anyhow::anyhow!("{e}"))?;
    let options = ImportOptions {
        source: SourceNetwork::parse("Globalise").map_err(|e| anyhow::anyhow!("{e}"))?,
        file_name: "export.csv".into(),
        dry_run: false,
        strict: false,
        mapping: Vec::new(),
        record: None,
    };
    let (_, report) = crate::import::with_progress(&service, Format::Csv, table, &options).await?;
    let import = started.elapsed();
    anyhow::ensure!(
        (report.created + report.repeats) as u64 == rows && report.bad_rows == 0,
        "the export should import whole: {} created, {} repeats, {} bad",
        report.created,
        report.repeats,
        report.bad_rows
    );
    println!(
        "{} created, {} repeats of an earlier row (the generator gives a few people the same phone)",
        report.created, report.repeats
    );
    let indexed = service.index().with(engine::Index::len).unwrap_or(0);
    service.close().await;

    let baseline_store = fresh(dir, &format!("import-{rows}-raw.db")).await?;
    let started = Instant::now();
    crate::seeding::write_candidates(&baseline_store, generator, rows).await?;
    let raw = started.elapsed();
    baseline_store.close().await;

    println!();
    println!("{:<62} {:>10} {:>12} {:>8}", "", "time", "rows/s", "ratio");
    println!(
        "{:<62} {:>8.1} s {:>12.0} {:>7.1}x",
        "import: read, file titles, check duplicates, write, index",
        import.as_secs_f64(),
        rows as f64 / import.as_secs_f64(),
        import.as_secs_f64() / raw.as_secs_f64()
    );
    println!(
        "{:<62} {:>8.1} s {:>12.0} {:>7.1}x",
        "baseline: the same people written as domain values",
        raw.as_secs_f64(),
        rows as f64 / raw.as_secs_f64(),
        1.0
    );
    println!("{indexed} people in the match index after the import");
    Ok(())
}

/// A fresh, migrated SQLite file `name` under `dir`.
async fn fresh(dir: &Path, name: &str) -> anyhow::Result<Arc<dyn Store>> {
    let path = dir.join(name);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let url = DatabaseUrl::parse(&format!("sqlite://{}", path.display()))?;
    let store = store::connect(&url).await?;
    store.migrate().await?;
    Ok(store)
}

/// Writes `rows` generated people as an export; returns how many distinct titles it names.
fn write_export(path: &Path, generator: &Generator, rows: u64) -> anyhow::Result<usize> {
    let file =
        std::fs::File::create(path).with_context(|| format!("creating {}", path.display()))?;
    let mut out = std::io::BufWriter::new(file);
    out.write_all(b"\xEF\xBB\xBF")?;
    out.write_all("Navn;E-post;Telefon;Stilling;Arbeidsgiver;Fra;Poststed;Land;Dagpris;Valuta;Språk;Tilgjengelig fra;Kandidat-ID\r\n".as_bytes())?;
    let mut titles = HashSet::new();
    // Every other row names its title as the hand-made set of real-world titles does
    // ("Konst. økonomisjef", "VP Finance Nordics", typos and all), so the normaliser meets
    // the variety of a real export and not only the catalogue's titles.
    let real = crate::eval_titles::real_world_titles();
    for i in 0..rows {
        let c = generator.candidate(i);
        let now = c.track_record.first();
        let title = if i % 2 == 1 {
            real[(i / 2) as usize % real.len()]
        } else {
            now.map_or("", |t| t.role.title())
        };
        titles.insert(title.to_owned());
        let languages: Vec<String> = c
            .languages
            .iter()
            .map(|l| format!("{}:{}", l.language.code(), l.level.label()))
            .collect();
        writeln!(
            out,
            "{};{};{};{};{};{};{};{};{};{};{};{};GL-{i}\r",
            c.name,
            c.email,
            c.phone.as_ref().map_or("", |p| p.as_str()),
            title,
            now.and_then(|t| t.organisation.as_ref())
                .map_or("", |o| o.as_str()),
            now.and_then(|t| t.start)
                .map_or_else(String::new, |d| d.to_string()),
            c.home.city,
            c.home.country,
            c.day_rate.amount,
            c.day_rate.currency.code(),
            languages.join(", "),
            c.availability.available_from,
        )?;
    }
    out.flush()?;
    Ok(titles.len())
}
