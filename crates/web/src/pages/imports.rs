//! The import page: upload a network's export (CSV, XLSX or JSON Lines), see each column
//! with the field it will be read into and the first rows, change the mapping, name the
//! network, and start the import as a background job whose progress the page shows; when it
//! is done, the report names every bad row. The rules are `service::uploads`' and
//! `service::intake`'s, the same as `interim import candidates`.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;

use domain::intake::{ImportReport, RowOutcome};

use crate::AppState;
use crate::api::path_id;

use super::{Chrome, PageError, Submitted, Uploaded, Viewer, render, see_other};

/// The largest export the page takes.
pub(super) const IMPORT_BODY_LIMIT: usize = 64 * 1024 * 1024;

/// An import in the list.
struct Listed {
    id: i64,
    file_name: String,
    source: String,
    status: String,
    started: String,
    summary: String,
}

#[derive(Template)]
#[template(path = "imports.html")]
struct ImportsPage {
    chrome: Chrome,
    imports: Vec<Listed>,
}

/// One column of the preview.
struct Column {
    index: usize,
    name: String,
    field: String,
    /// The column's cells in the first rows.
    cells: Vec<String>,
}

#[derive(Template)]
#[template(path = "import.html")]
struct ImportPage {
    chrome: Chrome,
    id: i64,
    file_name: String,
    source: String,
    status: String,
    done: u64,
    total: u64,
    columns: Vec<Column>,
    sample: Vec<Vec<String>>,
    read_as: String,
    fields: Vec<&'static str>,
    waiting: bool,
    running: bool,
    report: Option<ImportReport>,
    lines: Vec<String>,
}

fn status_words(status: &str) -> &'static str {
    match status {
        "uploaded" => "waiting for its mapping",
        "queued" => "queued",
        "running" => "running",
        "done" => "done",
        "dry_run" => "dry run: nothing written",
        "refused" => "refused: a bad row, and strict",
        _ => "failed",
    }
}

fn summary(r: &ImportReport) -> String {
    format!(
        "{} rows: {} created, {} updated, {} unchanged, {} repeats, {} bad",
        r.rows, r.created, r.updated, r.unchanged, r.repeats, r.bad_rows
    )
}

/// `GET /app/imports`: the upload form and the latest imports.
pub(super) async fn list(
    State(state): State<AppState>,
    viewer: Viewer,
) -> Result<Response, PageError> {
    let imports = service::uploads::recent(&state, &viewer.actor, 50).await?;
    Ok(render(&ImportsPage {
        chrome: viewer.chrome("imports"),
        imports: imports
            .into_iter()
            .map(|(id, r)| Listed {
                id,
                summary: summary(&r.report),
                file_name: r.file_name,
                source: r.source,
                status: status_words(&r.status).to_owned(),
                started: r.started_at.format("%Y-%m-%d %H:%M").to_string(),
            })
            .collect(),
    }))
}

/// `POST /app/imports`: keeps the uploaded file and shows its mapping.
pub(super) async fn upload(
    State(state): State<AppState>,
    upload: Uploaded,
) -> Result<Response, PageError> {
    let id = service::uploads::upload(
        &state,
        &upload.viewer.actor,
        &upload.file_name,
        &upload.bytes,
    )
    .await?;
    Ok(see_other(&format!("/app/imports/{id}")))
}

/// `GET /app/imports/{id}`: the mapping to confirm, the progress, or the report.
pub(super) async fn show(
    State(state): State<AppState>,
    Path(id): Path<String>,
    viewer: Viewer,
) -> Result<Response, PageError> {
    let id = path_id(&id, "import")?;
    let view = service::uploads::view(&state, &viewer.actor, id).await?;
    let status = view.record.status.clone();
    let finished = matches!(status.as_str(), "done" | "dry_run" | "refused" | "failed");
    let (columns, sample, read_as) = match view.preview {
        Some(p) => (
            p.columns
                .into_iter()
                .enumerate()
                .map(|(index, (name, field))| Column {
                    index,
                    name,
                    field: field.unwrap_or("").to_owned(),
                    cells: p
                        .sample
                        .iter()
                        .map(|row| row.get(index).cloned().unwrap_or_default())
                        .collect(),
                })
                .collect(),
            p.sample,
            p.read_as,
        ),
        None => (Vec::new(), Vec::new(), String::new()),
    };
    let report = finished.then(|| view.record.report.clone());
    let lines = report
        .as_ref()
        .map(|r| {
            r.bad
                .iter()
                .map(ToString::to_string)
                .chain(r.outcomes.iter().map(|o| match o {
                    RowOutcome::Repeat { row, of_row, by } => {
                        format!("row {row}: the same person as row {of_row} ({by})")
                    }
                    RowOutcome::Updated {
                        row,
                        candidate_id,
                        changed,
                        ..
                    } => format!(
                        "row {row}: candidate {candidate_id} updated ({})",
                        changed
                            .iter()
                            .map(|c| c.field.as_str())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    RowOutcome::Unchanged {
                        row, candidate_id, ..
                    } => format!("row {row}: candidate {candidate_id} unchanged"),
                }))
                .take(500)
                .collect()
        })
        .unwrap_or_default();
    Ok(render(&ImportPage {
        chrome: viewer.chrome("imports"),
        id,
        file_name: view.record.file_name,
        source: view.record.source,
        waiting: status == "uploaded",
        running: matches!(status.as_str(), "queued" | "running"),
        status: status_words(&status).to_owned(),
        done: view.done,
        total: view.total.max(view.record.report.rows as u64),
        columns,
        sample,
        read_as,
        fields: service::intake::fields().collect(),
        report,
        lines,
    }))
}

/// `POST /app/imports/{id}/start`: starts the import with the mapping and network chosen.
pub(super) async fn start(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Submitted { viewer, fields }: Submitted,
) -> Result<Response, PageError> {
    let id = path_id(&id, "import")?;
    let mapping = fields
        .all("column")
        .into_iter()
        .zip(fields.all("field"))
        .map(|(c, f)| (c.to_owned(), f.to_owned()))
        .collect();
    let options = service::uploads::StartOptions {
        source: fields.get("source").to_owned(),
        dry_run: fields.get("dry_run") == "on",
        strict: fields.get("strict") == "on",
        mapping,
    };
    service::uploads::start(&state, &viewer.actor, id, &options).await?;
    Ok(see_other(&format!("/app/imports/{id}")))
}
