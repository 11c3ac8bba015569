//! The admin's import page, as the application does it: a file is uploaded and kept with a
//! new import (`uploaded`), its columns are shown with the field each would be read into,
//! the consultant confirms or changes the mapping, names the network and starts it
//! (`queued`), and the background job [`ImportUploaded`] runs the same import as
//! `interim import candidates`, writing its progress after each batch, on whichever server
//! claims it. A server that dies mid-import loses its lease; the next runs it again and finds
//! the rows written before unchanged, so each row is imported once. An import whose job
//! gives up is marked `failed`, with the last error in its report.

use async_trait::async_trait;
use domain::Invalid;
use domain::candidate::SourceNetwork;
use domain::intake::{ImportRecord, ImportReport};

use crate::import_file::{self, Format, Table};
use crate::intake::{ImportOptions, Importer, map_columns};
use crate::jobs::Job;
use crate::{Actor, Error, Records, Service};

/// The job kind of an uploaded import.
pub const KIND: &str = "import.candidates";

/// Rows of the file shown beside the mapping.
const SAMPLE_ROWS: usize = 5;

/// Keeps an uploaded file as a new import waiting for its mapping (staff only). A file that
/// cannot be read at all is refused, naming why; nothing is kept then.
pub async fn upload(
    service: &Service,
    actor: &Actor,
    file_name: &str,
    bytes: &[u8],
) -> Result<i64, Error> {
    Records::new(service, actor).staff_only()?;
    if bytes.is_empty() {
        return Err(Error::Invalid(Invalid::new(
            "file",
            "choose a file to import",
        )));
    }
    let format = Format::of(file_name, bytes);
    let table = import_file::read(format, bytes).map_err(Error::Invalid)?;
    if table.is_empty() {
        return Err(Error::Invalid(Invalid::new(
            "file",
            format!("{file_name} has no rows below its header"),
        )));
    }
    let id = service
        .store
        .insert_import(&ImportRecord {
            source: "own".into(),
            file_name: file_name.to_owned(),
            format: format.code().to_owned(),
            dry_run: false,
            strict: false,
            status: "uploaded".into(),
            started_by: Some(actor.user_id),
            started_at: service.now(),
            finished_at: None,
            report: ImportReport {
                rows: table.len(),
                ..Default::default()
            },
        })
        .await?;
    service.store.put_import_file(id, bytes).await?;
    Ok(id)
}

/// The latest `limit` imports, newest first (staff only).
pub async fn recent(
    service: &Service,
    actor: &Actor,
    limit: u32,
) -> Result<Vec<(i64, ImportRecord)>, Error> {
    Records::new(service, actor).staff_only()?;
    Ok(service.store.imports(limit).await?)
}

/// An import as its page shows it.
#[derive(Debug, Clone)]
pub struct ImportView {
    /// Its id.
    pub id: i64,
    /// The record, with the report once it finished.
    pub record: ImportRecord,
    /// Rows done so far.
    pub done: u64,
    /// Rows in all.
    pub total: u64,
    /// While it waits for its mapping: each column with the field it would be read into
    /// (the source's saved mapping, else the recognised header), and the first rows.
    pub preview: Option<Preview>,
}

/// The columns of an uploaded file with their fields, and its first rows.
#[derive(Debug, Clone)]
pub struct Preview {
    /// Each column as the file names it, with the field it is read into (`None`: left out).
    pub columns: Vec<(String, Option<&'static str>)>,
    /// The first rows' cells.
    pub sample: Vec<Vec<String>>,
    /// How the bytes were read ("UTF-8, ';'"), or "JSON Lines".
    pub read_as: String,
}

/// One import with its progress, and the preview while it waits to start (staff only).
pub async fn view(service: &Service, actor: &Actor, id: i64) -> Result<ImportView, Error> {
    Records::new(service, actor).staff_only()?;
    let (record, done, total) = service.store.import_record(id).await?;
    let preview = if record.status == "uploaded" {
        match service.store.import_file(id).await? {
            Some((bytes, _)) => Some(preview(service, &record, &bytes).await?),
            None => None,
        }
    } else {
        None
    };
    Ok(ImportView {
        id,
        record,
        done,
        total,
        preview,
    })
}

async fn preview(service: &Service, record: &ImportRecord, bytes: &[u8]) -> Result<Preview, Error> {
    let format = Format::of(&record.file_name, bytes);
    Ok(
        match import_file::read(format, bytes).map_err(Error::Invalid)? {
            Table::Cells {
                header,
                rows,
                read_as,
            } => {
                let saved = service
                    .store
                    .import_mapping(&record.source)
                    .await?
                    .unwrap_or_default();
                let fields = map_columns(&header, &[], &saved)
                    .or_else(|_| map_columns(&header, &[], &[]))
                    .map_err(Error::Invalid)?;
                Preview {
                    columns: header.into_iter().zip(fields).collect(),
                    sample: rows
                        .into_iter()
                        .take(SAMPLE_ROWS)
                        .map(|(_, cells)| cells)
                        .collect(),
                    read_as,
                }
            }
            Table::Drafts(_) => Preview {
                columns: Vec::new(),
                sample: Vec::new(),
                read_as: "JSON Lines in the shape POST /api/v1/candidates takes".into(),
            },
        },
    )
}

/// How an uploaded import is to run, as the page's form gives it.
#[derive(Debug, Clone, Default)]
pub struct StartOptions {
    /// `own` or the partner network's name.
    pub source: String,
    /// Change nothing; report what would happen.
    pub dry_run: bool,
    /// Refuse the whole file if any row is bad.
    pub strict: bool,
    /// Column → field (`""` leaves the column out).
    pub mapping: Vec<(String, String)>,
}

/// Starts an uploaded import as a background job (staff only). The network's name and the
/// mapping are checked first, naming what is wrong.
pub async fn start(
    service: &Service,
    actor: &Actor,
    id: i64,
    options: &StartOptions,
) -> Result<(), Error> {
    Records::new(service, actor).staff_only()?;
    let source = SourceNetwork::parse(options.source.trim()).map_err(|e| e.within("source"))?;
    let header: Vec<String> = options.mapping.iter().map(|(c, _)| c.clone()).collect();
    let fields = map_columns(&header, &options.mapping, &[]).map_err(Error::Invalid)?;
    if !header.is_empty() && !fields.contains(&Some("email")) {
        return Err(Error::Invalid(Invalid::new(
            "mapping",
            "no column is read as the e-mail: choose the column that holds it",
        )));
    }
    service
        .store
        .start_import(
            id,
            &source.to_string(),
            options.dry_run,
            options.strict,
            &options.mapping,
        )
        .await?;
    service
        .enqueue(
            KIND,
            serde_json::json!({ "import_id": id }),
            Some(format!("{KIND}@{id}")),
        )
        .await?;
    Ok(())
}

/// The background job that runs an uploaded import.
#[derive(Debug)]
pub struct ImportUploaded;

#[async_trait]
impl Job for ImportUploaded {
    fn kind(&self) -> &'static str {
        KIND
    }

    async fn run(&self, service: &Service, payload: &serde_json::Value) -> Result<(), String> {
        let id = payload["import_id"]
            .as_i64()
            .ok_or_else(|| format!("the payload names no import: {payload}"))?;
        run(service, id).await.map_err(|e| e.to_string())
    }

    async fn gave_up(
        &self,
        service: &Service,
        payload: &serde_json::Value,
        error: &str,
    ) -> Result<(), String> {
        let Some(id) = payload["import_id"].as_i64() else {
            return Ok(());
        };
        let failed = async {
            let (record, _, _) = service.store.import_record(id).await?;
            let mut report = record.report;
            report.failure = Some(error.to_owned());
            service
                .store
                .finish_import(id, "failed", &report, service.now())
                .await?;
            Ok::<_, Error>(())
        };
        failed.await.map_err(|e| e.to_string())
    }
}

async fn run(service: &Service, id: i64) -> Result<(), Error> {
    let (record, _, _) = service.store.import_record(id).await?;
    if !matches!(record.status.as_str(), "queued" | "running") {
        // Finished on an earlier attempt.
        return Ok(());
    }
    let Some((bytes, mapping)) = service.store.import_file(id).await? else {
        return Err(Error::Internal(format!("import {id} has no file")));
    };
    let format = Format::of(&record.file_name, &bytes);
    let table = import_file::read(format, &bytes).map_err(Error::Invalid)?;
    let options = ImportOptions {
        source: SourceNetwork::parse(&record.source)?,
        file_name: record.file_name.clone(),
        dry_run: record.dry_run,
        strict: record.strict,
        mapping,
        record: Some(id),
    };
    crate::intake::import(
        service,
        Importer::Job(record.started_by),
        format,
        table,
        &options,
        &|_, _| {},
    )
    .await?;
    Ok(())
}
