//! `interim import candidates FILE`: a network's export (CSV, XLSX or JSON Lines) into the
//! network, through the same rules as the admin's import page (`service::intake::import`),
//! with a progress bar and the report: every bad cell by row and column, what was created,
//! updated, repeated or left alone.

use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use anyhow::Context;
use indicatif::{ProgressBar, ProgressStyle};

use domain::candidate::SourceNetwork;
use domain::intake::{ImportReport, RowOutcome};
use service::Service;
use service::import_file::{self, Format};
use service::intake::{ImportOptions, Importer};
use store::Store;

/// How the command was asked to run.
#[derive(Debug)]
pub struct ImportArgs<'a> {
    /// The file.
    pub file: &'a Path,
    /// The network it comes from (`own` when not given).
    pub source: Option<&'a str>,
    /// A JSON object `{"column": "field"}` naming columns by hand.
    pub mapping: Option<&'a Path>,
    /// Change nothing.
    pub dry_run: bool,
    /// Refuse the file if any row is bad.
    pub strict: bool,
}

/// Runs the import and prints its report. Fails (exit code 1) when the file cannot be read,
/// or when it had bad rows and `--strict` refused it.
pub async fn run(store: Arc<dyn Store>, args: ImportArgs<'_>) -> anyhow::Result<()> {
    let bytes =
        std::fs::read(args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let source = SourceNetwork::parse(args.source.unwrap_or("own"))
        .map_err(|e| anyhow::anyhow!("--source: {}", e.message))?;
    let mapping: Vec<(String, String)> = match args.mapping {
        None => Vec::new(),
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read {}", path.display()))?;
            let map: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text)
                .with_context(|| {
                    format!(
                        "{}: write the mapping as a JSON object {{\"column\": \"field\"}}",
                        path.display()
                    )
                })?;
            map.into_iter()
                .map(|(column, field)| match field {
                    serde_json::Value::String(f) => Ok((column, f)),
                    serde_json::Value::Null => Ok((column, String::new())),
                    other => Err(anyhow::anyhow!(
                        "{}: column '{column}' maps to {other}, not a field name",
                        path.display()
                    )),
                })
                .collect::<anyhow::Result<_>>()?
        }
    };
    let name = args
        .file
        .file_name()
        .map_or_else(|| "file".to_owned(), |n| n.to_string_lossy().into_owned());
    let format = Format::of(&name, &bytes);
    let table = import_file::read(format, &bytes)
        .map_err(|e| anyhow::anyhow!("{}: {}", args.file.display(), e.message))?;
    if let import_file::Table::Cells { read_as, .. } = &table {
        println!("reading {name}: {read_as}, {} rows", table.len());
    } else {
        println!("reading {name}: JSON Lines, {} lines", table.len());
    }
    let service = Service::new(store);
    let options = ImportOptions {
        source,
        file_name: name,
        dry_run: args.dry_run,
        strict: args.strict,
        mapping,
        record: None,
    };
    let started = Instant::now();
    let (id, report) = with_progress(&service, format, table, &options).await?;
    print(&report, id, started.elapsed().as_secs_f64(), &options);
    service.close().await;
    if args.strict && report.bad_rows > 0 {
        anyhow::bail!(
            "--strict: {} bad rows, so nothing was imported",
            report.bad_rows
        );
    }
    Ok(())
}

/// Runs an import from the command line with a progress bar of the rows done.
pub async fn with_progress(
    service: &Service,
    format: Format,
    table: import_file::Table,
    options: &ImportOptions,
) -> anyhow::Result<(Option<i64>, ImportReport)> {
    let bar = ProgressBar::new(table.len() as u64).with_style(
        ProgressStyle::with_template("{bar:40} {pos:>9}/{len} rows  {per_sec:>12}  eta {eta}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let done = service::intake::import(
        service,
        Importer::CommandLine,
        format,
        table,
        options,
        &|done, total| {
            bar.set_length(total as u64);
            bar.set_position(done as u64);
        },
    )
    .await
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    bar.finish_and_clear();
    Ok(done)
}

/// The report, for people.
pub fn print(report: &ImportReport, id: Option<i64>, seconds: f64, options: &ImportOptions) {
    if !report.mapping.is_empty() {
        let read: Vec<String> = report
            .mapping
            .iter()
            .map(|(c, f)| {
                if c == f {
                    c.clone()
                } else {
                    format!("{c} → {f}")
                }
            })
            .collect();
        println!("columns: {}", read.join(", "));
    }
    if !report.ignored_columns.is_empty() {
        println!(
            "left out (no field; name them with --mapping): {}",
            report.ignored_columns.join(", ")
        );
    }
    for bad in &report.bad {
        println!("{bad}");
    }
    for outcome in &report.outcomes {
        match outcome {
            RowOutcome::Repeat { row, of_row, by } => {
                println!("row {row}: the same person as row {of_row} ({by})");
            }
            RowOutcome::Updated {
                row,
                candidate_id,
                changed,
                kept,
            } => {
                let what: Vec<String> = changed
                    .iter()
                    .map(|c| format!("{}: {} → {}", c.field, c.before, c.after))
                    .collect();
                println!(
                    "row {row}: candidate {candidate_id} updated ({})",
                    what.join("; ")
                );
                if !kept.is_empty() {
                    println!(
                        "row {row}: candidate {candidate_id} keeps their own {}",
                        kept.join(", ")
                    );
                }
            }
            RowOutcome::Unchanged {
                row,
                candidate_id,
                kept,
            } if !kept.is_empty() => {
                println!(
                    "row {row}: candidate {candidate_id} keeps their own {}",
                    kept.join(", ")
                );
            }
            RowOutcome::Unchanged { .. } => {}
        }
    }
    let verb = if options.dry_run {
        "would import"
    } else if report.nothing_written {
        "refused"
    } else {
        "imported"
    };
    println!(
        "{verb} {} rows in {seconds:.1} s: {} created, {} updated, {} unchanged, {} repeats, {} bad rows{}",
        report.rows,
        report.created,
        report.updated,
        report.unchanged,
        report.repeats,
        report.bad_rows,
        id.map_or_else(String::new, |id| format!(" (import {id})")),
    );
    if report.possible_duplicates > 0 {
        println!(
            "{} created may be someone the network has (a similar name and the same birth year, city or employer): review them at /app/duplicates",
            report.possible_duplicates
        );
    }
    if options.dry_run {
        println!("dry run: nothing was changed");
    }
}
