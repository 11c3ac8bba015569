//! Bringing people into the network: a candidate created by staff (`POST /api/v1/candidates`)
//! and a network's export imported (`interim import candidates`; the admin's import page is
//! still to come).
//! Both read a [`CandidateDraft`], find the person if the network has them (the same source
//! and external id, else the same e-mail or phone), and either create them, refuse the
//! duplicate, or bring the newer record into the held one ([`domain::intake::merge`]: the
//! manager's own edits stay). Every write is audited and reaches this server's match index at
//! once and every other server's through the change feed.

use std::collections::HashMap;
use std::sync::Arc;

use domain::Invalid;
use domain::audit::{AuditAction, AuditEntry};
use domain::candidate::{FieldSource, InterimManager, SourceNetwork};
use domain::ids::{CandidateId, Version};
use domain::intake::{
    BadCell, CandidateDraft, ExperienceDraft, ImportRecord, ImportReport, Merged, RowOutcome, merge,
};
use store::CandidateKey;

use crate::import_file::{Format, Table};
use crate::{Actor, Error, Records, Service};

/// What to do when a new candidate is someone the network has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OnDuplicate {
    /// Refuse, naming the person held (`409 duplicate`).
    #[default]
    Refuse,
    /// Bring the new record into the held one.
    Merge,
}

/// What creating a candidate did.
#[derive(Debug, Clone, PartialEq)]
pub enum Created {
    /// A new person, with the held people they may be (the possible duplicates noted for
    /// review).
    New(CandidateId, Vec<CandidateId>),
    /// A person the network had, brought up to date.
    Merged(CandidateId, Merged),
}

/// The key a record is found by in the network.
fn key_of(c: &InterimManager) -> CandidateKey {
    CandidateKey {
        source: c.source.to_string(),
        external_id: c.external_id.as_ref().map(|x| x.as_str().to_owned()),
        email: c.email.as_str().to_owned(),
        phone_e164: c.phone_e164(),
    }
}

/// Creates a candidate from `draft` (staff only). A person the network has (same source and
/// external id, e-mail or phone) is refused as a duplicate naming them, or merged into.
pub async fn create_candidate(
    service: &Service,
    actor: &Actor,
    draft: &CandidateDraft,
    on_duplicate: OnDuplicate,
) -> Result<Created, Error> {
    Records::new(service, actor).staff_only()?;
    let today = service.today();
    let mut candidate = draft.parse(today).map_err(Error::InvalidFields)?;
    let by = FieldSource::Staff { on: today };
    let given = draft.given();
    for field in &given {
        candidate.provenance.record(field, by.clone());
    }
    let held = service
        .store
        .candidates_matching(&key_of(&candidate))
        .await?;
    let entry = |id: CandidateId, reason: &str| AuditEntry {
        record_kind: Some("candidate".into()),
        record_id: Some(id.0),
        subject: Some(id),
        reason: Some(reason.to_owned()),
        ..actor.audit(AuditAction::Change, service.now())
    };
    if let Some(existing) = held.into_iter().next() {
        if on_duplicate == OnDuplicate::Refuse {
            return Err(Error::DuplicateCandidate {
                existing: existing.id,
                message: format!(
                    "{} is in the network already as candidate {} ({})",
                    candidate.name,
                    existing.id.0,
                    same_as(&existing.value, &candidate)
                ),
            });
        }
        let mut updated = existing.value.clone();
        let merged = merge(&mut updated, &candidate, &given, &by);
        service
            .store
            .update_candidate(existing.id, existing.version, &updated)
            .await?;
        service
            .store
            .append_audit(&entry(existing.id, "merged a new record"))
            .await?;
        service
            .index()
            .update(|index| index.upsert(existing.id, &updated));
        return Ok(Created::Merged(existing.id, merged));
    }
    let id = service
        .store
        .insert_candidates(std::slice::from_ref(&candidate))
        .await?
        .into_iter()
        .next()
        .ok_or_else(|| Error::Internal("the insert returned no id".into()))?;
    service.store.append_audit(&entry(id, "created")).await?;
    service.index().update(|index| index.upsert(id, &candidate));
    let alike = crate::duplicates::note_possible_duplicates(service, &[(id, &candidate)], true)
        .await?
        .pop()
        .unwrap_or_default();
    Ok(Created::New(id, alike))
}

/// What two records of one person share: "the same e-mail".
fn same_as(held: &InterimManager, new: &InterimManager) -> &'static str {
    if held.external_id.is_some()
        && held.external_id == new.external_id
        && held.source == new.source
    {
        "the same id in the same source"
    } else if held.email == new.email {
        "the same e-mail"
    } else {
        "the same phone"
    }
}

/// Who runs an import: a signed-in admin or consultant, or the command line (whoever can
/// run it holds the database already).
#[derive(Debug, Clone, Copy)]
pub enum Importer<'a> {
    /// Staff, through the admin's page.
    Staff(&'a Actor),
    /// `interim import candidates`.
    CommandLine,
    /// The background job of an import uploaded on the admin's page, started by this user.
    Job(Option<domain::ids::UserId>),
}

impl Importer<'_> {
    fn audit(&self, action: AuditAction, at: chrono::DateTime<chrono::Utc>) -> AuditEntry {
        match self {
            Self::Staff(actor) => actor.audit(action, at),
            Self::CommandLine => AuditEntry {
                address: Some("command line".into()),
                ..AuditEntry::new(action, at)
            },
            Self::Job(user) => AuditEntry {
                actor: *user,
                address: Some("background job".into()),
                ..AuditEntry::new(action, at)
            },
        }
    }
}

/// How an import runs.
#[derive(Debug, Clone)]
pub struct ImportOptions {
    /// The network the file comes from.
    pub source: SourceNetwork,
    /// The file's name, for the record.
    pub file_name: String,
    /// Change nothing; report what would happen.
    pub dry_run: bool,
    /// Refuse the whole file if any row is bad.
    pub strict: bool,
    /// Columns named by hand (`column → field`), over the source's saved mapping and the
    /// recognised headers.
    pub mapping: Vec<(String, String)>,
    /// The import's record when it exists already (uploaded on the admin's page): its
    /// progress is written there after each batch, and a dry run's report is kept too.
    pub record: Option<i64>,
}

/// Rows written per transaction: a killed import loses at most the batch in flight, which
/// the next run writes again (each person is found by their key).
pub const BATCH: usize = 500;

/// The fields a column can be read into, with the headers (folded: lower case, no
/// punctuation) that mean them in English, Norwegian, Swedish and Danish.
#[rustfmt::skip]
const HEADERS: &[(&str, &[&str])] = &[
    ("name", &["name", "full name", "navn", "fullt navn", "fulde navn", "namn",
        "fullstandigt namn", "kandidat", "candidate"]),
    ("first_name", &["first name", "given name", "fornavn", "förnamn", "fornamn"]),
    ("last_name", &["last name", "surname", "family name", "etternavn", "efternavn", "efternamn"]),
    ("email", &["email", "e mail", "epost", "e post", "e postadresse", "epostadresse", "mail",
        "e mailadresse", "mailadresse", "email address"]),
    ("phone", &["phone", "telephone", "mobile", "mobile phone", "telefon", "tlf", "mobil",
        "mobilnummer", "telefonnummer", "mobiltelefon"]),
    ("birth_year", &["birth year", "year of birth", "fodselsar", "fødselsår", "fodt", "født",
        "fodelsear", "födelseår", "fodelsear"]),
    ("headline", &["headline", "overskrift", "rubrik", "profile headline"]),
    ("summary", &["summary", "profile", "sammendrag", "profil", "sammanfattning", "resume",
        "resumé", "beskrivelse", "beskrivning"]),
    ("profile_kind", &["profile kind", "profile type", "profiltype", "profiltyp"]),
    ("source", &["source", "kilde", "källa", "kalla", "network", "nettverk", "nätverk"]),
    ("external_id", &["id", "external id", "candidate id", "ekstern id", "kandidat id",
        "kandidatnummer", "medlemsnummer", "extern id", "kandidatnr"]),
    ("home_city", &["city", "home city", "town", "location", "by", "sted", "poststed", "bosted",
        "hjemsted", "ort", "stad", "bostadsort", "postort", "bopæl"]),
    ("country", &["country", "land", "country code", "landekode", "landskod"]),
    ("day_rate", &["day rate", "daily rate", "rate", "dagpris", "dagsats", "dagspris",
        "dagsarvode", "dagshonorar", "dagtakst"]),
    ("currency", &["currency", "valuta"]),
    ("languages", &["languages", "language", "språk", "sprak", "sprog"]),
    ("available_from", &["available", "available from", "availability", "tilgjengelig",
        "tilgjengelig fra", "ledig fra", "tillgänglig", "tillganglig fra", "tillgänglig från",
        "tilgængelig", "tilgængelig fra", "ledig fra og med"]),
    ("title", &["title", "job title", "position", "role", "current title", "stilling",
        "stillingstittel", "tittel", "befattning", "titel", "roll", "rolle", "nåværende stilling",
        "stillingsbetegnelse"]),
    ("organisation", &["company", "employer", "organisation", "organization", "current employer",
        "arbeidsgiver", "firma", "selskap", "virksomhet", "arbetsgivare", "företag", "foretag",
        "arbejdsgiver", "virksomhed"]),
    ("start", &["start", "start date", "from", "since", "fra", "fra dato", "från", "startdato",
        "startdatum"]),
    ("end", &["end", "end date", "to", "until", "til", "til dato", "till", "slutdato", "slutdatum"]),
    ("industry", &["industry", "nace", "bransje", "bransch", "branche"]),
    ("achievements", &["achievements", "results", "resultater", "resultat", "prestationer",
        "resultater opnået"]),
    ("consent_recorded_on", &["consent", "consent date", "consent recorded", "samtykke",
        "samtykke dato", "samtycke", "samtycke datum", "samtykkedato"]),
    ("consent_until", &["consent until", "consent expires", "samtykke til", "samtykke utløper",
        "samtycke till"]),
];

/// A header folded for comparison: lower case, letters and digits, one space between words.
fn fold(header: &str) -> String {
    header
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The field a header means, if it is one Interim knows.
pub fn field_of_header(header: &str) -> Option<&'static str> {
    let folded = fold(header);
    HEADERS
        .iter()
        .find(|(field, names)| *field == folded || names.iter().any(|n| fold(n) == folded))
        .map(|(field, _)| *field)
}

/// Every field a mapping may name.
pub fn fields() -> impl Iterator<Item = &'static str> {
    HEADERS.iter().map(|(f, _)| *f)
}

/// The columns of `header` with the field each is read into (`None`: left out): the hand-made
/// `mapping` first, then the source's saved one, then the recognised header.
pub fn map_columns(
    header: &[String],
    mapping: &[(String, String)],
    saved: &[(String, String)],
) -> Result<Vec<Option<&'static str>>, Invalid> {
    let named = |list: &[(String, String)],
                 column: &str|
     -> Result<Option<&'static str>, Invalid> {
        match list.iter().find(|(c, _)| fold(c) == fold(column)) {
            None => Ok(None),
            Some((_, f)) if f.is_empty() || f == "-" => Ok(Some("")),
            Some((_, f)) => fields().find(|k| k == f).map(Some).ok_or_else(|| {
                Invalid::new(
                    "mapping",
                    format!(
                        "column '{column}' is mapped to '{f}', which is not a field; use one of: {}",
                        fields().collect::<Vec<_>>().join(", ")
                    ),
                )
            }),
        }
    };
    let mut out = Vec::with_capacity(header.len());
    for column in header {
        let field = match named(mapping, column)? {
            Some(f) => Some(f),
            None => match named(saved, column)? {
                Some(f) => Some(f),
                None => field_of_header(column),
            },
        };
        out.push(field.filter(|f| !f.is_empty()));
    }
    for (i, f) in out.iter().enumerate() {
        if let Some(f) = f
            && out[..i].contains(&Some(f))
        {
            return Err(Invalid::new(
                "mapping",
                format!(
                    "two columns are read as '{f}', the second is '{}'",
                    header[i]
                ),
            ));
        }
    }
    Ok(out)
}

/// One row read into a draft, with the column each field came from (for naming bad cells).
struct RowDraft {
    row: usize,
    draft: CandidateDraft,
    columns: HashMap<&'static str, String>,
    values: HashMap<&'static str, String>,
}

/// A spreadsheet row as a draft. Cells that cannot even be read (a day rate that is not a
/// number) are bad cells of their own.
fn row_draft(
    row: usize,
    header: &[String],
    fields: &[Option<&'static str>],
    cells: &[String],
    source: &SourceNetwork,
) -> (RowDraft, Vec<BadCell>) {
    let mut d = CandidateDraft {
        source: Some(source.to_string()),
        ..Default::default()
    };
    let mut e = ExperienceDraft::default();
    let mut bad = Vec::new();
    let mut columns = HashMap::new();
    let mut values = HashMap::new();
    let (mut first, mut last, mut consent_on, mut consent_until) = (None, None, None, None);
    for ((field, column), cell) in fields.iter().zip(header).zip(cells) {
        let Some(field) = *field else { continue };
        let text = cell.trim();
        columns.insert(field, column.clone());
        values.insert(field, text.to_owned());
        if text.is_empty() {
            continue;
        }
        let owned = Some(text.to_owned());
        match field {
            "name" => d.name = text.to_owned(),
            "first_name" => first = owned,
            "last_name" => last = owned,
            "email" => d.email = text.to_owned(),
            "phone" => d.phone = owned,
            "birth_year" => match text.parse::<i64>() {
                Ok(y) => d.birth_year = Some(y),
                Err(_) => bad.push(cell_error(row, column, text, "is not a year such as 1968")),
            },
            "headline" => d.headline = owned,
            "summary" => d.summary = owned,
            "profile_kind" => d.profile_kind = owned,
            "source" => d.source = owned,
            "external_id" => d.external_id = owned,
            "home_city" => d.home_city = owned,
            "country" => d.country = owned,
            "day_rate" => match amount(text) {
                Some(a) => d.day_rate = Some(a),
                None => bad.push(cell_error(
                    row,
                    column,
                    text,
                    "is not an amount such as 12000",
                )),
            },
            "currency" => d.currency = owned,
            "languages" => {
                d.languages = text
                    .split([',', ';', '/', '|'])
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect();
            }
            "available_from" => d.available_from = owned,
            "title" => e.title = text.to_owned(),
            "organisation" => e.organisation = owned,
            "start" => e.start = owned,
            "end" => e.end = owned,
            "industry" => e.industry = owned,
            "achievements" => e.achievements = owned,
            "consent_recorded_on" => consent_on = owned,
            "consent_until" => consent_until = owned,
            _ => {}
        }
    }
    if d.name.is_empty() {
        d.name = [first, last]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        if let Some(c) = columns
            .get("first_name")
            .or(columns.get("last_name"))
            .cloned()
        {
            columns.insert("name", c);
        }
    }
    if !e.title.is_empty() || e.organisation.is_some() {
        d.experience.push(e);
    }
    if let Some(recorded_on) = consent_on {
        d.consent = Some(domain::intake::ConsentDraft {
            recorded_on,
            until: consent_until,
        });
    }
    (
        RowDraft {
            row,
            draft: d,
            columns,
            values,
        },
        bad,
    )
}

fn cell_error(row: usize, column: &str, value: &str, message: &str) -> BadCell {
    BadCell {
        row,
        column: column.to_owned(),
        value: value.to_owned(),
        message: format!("'{value}' {message}"),
    }
}

/// An amount as spreadsheets write it: "12 000", "12000,00", "NOK 12.500", "-500".
fn amount(text: &str) -> Option<i64> {
    let t: String = text
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    let t = t.trim_start_matches(|c: char| c.is_ascii_alphabetic());
    let t = t.trim_end_matches(|c: char| c.is_ascii_alphabetic() || c == '-' || c == '.');
    let whole = match t.rsplit_once([',', '.']) {
        Some((w, frac)) if frac.len() <= 2 && frac.bytes().all(|b| b.is_ascii_digit()) => w,
        _ => t,
    };
    let digits: String = whole.chars().filter(|c| *c != '.' && *c != ',').collect();
    digits.parse().ok()
}

/// The bad cells of a draft's refusal, each named by the file's column where one was read.
fn bad_cells(row: &RowDraft, errors: Vec<Invalid>) -> Vec<BadCell> {
    errors
        .into_iter()
        .map(|e| {
            // `experience[0].title` came from the title column; `languages[1]` from languages.
            let field = e.field.split(['[', '.']).collect::<Vec<_>>();
            let key = match field.as_slice() {
                ["experience", _, inner, ..] => {
                    inner.trim_start_matches(']').trim_start_matches('.')
                }
                [first, ..] => first,
                [] => "",
            };
            let key = match key {
                "recorded_on" => "consent_recorded_on",
                "until" => "consent_until",
                k => k,
            };
            let column = row
                .columns
                .iter()
                .find(|(f, _)| **f == key)
                .map_or_else(|| e.field.clone(), |(_, c)| c.clone());
            let value = row
                .values
                .iter()
                .find(|(f, _)| **f == key)
                .map(|(_, v)| v.clone())
                .unwrap_or_default();
            BadCell {
                row: row.row,
                column,
                value,
                message: e.message,
            }
        })
        .collect()
}

/// A person the file brings, from the first row that names them.
struct Pending {
    row: usize,
    candidate: InterimManager,
    given: Vec<&'static str>,
    held: Option<(CandidateId, Version, InterimManager)>,
}

/// Imports `table` (read from a file in `format`) for `by` (an admin or a consultant, or the
/// command line):
/// every bad cell named, good rows written in batches of [`BATCH`] (none with `strict` when
/// any row is bad, none with `dry_run`), a repeat of an earlier row of the file reported and
/// left out,
/// people the network has brought up to date. `progress` is told the rows done after each
/// batch. The import and its report are kept (not for a dry run).
pub async fn import(
    service: &Service,
    by_whom: Importer<'_>,
    format: Format,
    table: Table,
    options: &ImportOptions,
    progress: &(dyn Fn(usize, usize) + Send + Sync),
) -> Result<(Option<i64>, ImportReport), Error> {
    if let Importer::Staff(actor) = by_whom {
        Records::new(service, actor).staff_only()?;
    }
    let today = service.today();
    let source_name = options.source.to_string();
    let saved = service
        .store
        .import_mapping(&source_name)
        .await?
        .unwrap_or_default();
    let mut report = ImportReport {
        rows: table.len(),
        ..Default::default()
    };
    let rows: Vec<(RowDraft, Vec<BadCell>)> = match table {
        Table::Cells { header, rows, .. } => {
            let fields = map_columns(&header, &options.mapping, &saved)?;
            if !fields.contains(&Some("email")) {
                return Err(Error::Invalid(Invalid::new(
                    "file",
                    format!(
                        "no column is read as the e-mail; the columns are: {}. Name it with --mapping",
                        header.join(", ")
                    ),
                )));
            }
            report.mapping = header
                .iter()
                .zip(&fields)
                .filter_map(|(c, f)| f.map(|f| (c.clone(), f.to_owned())))
                .collect();
            report.ignored_columns = header
                .iter()
                .zip(&fields)
                .filter(|(_, f)| f.is_none())
                .map(|(c, _)| c.clone())
                .collect();
            rows.into_iter()
                .map(|(row, cells)| row_draft(row, &header, &fields, &cells, &options.source))
                .collect()
        }
        Table::Drafts(lines) => lines
            .into_iter()
            .map(|(row, draft)| match draft {
                Ok(mut draft) => {
                    if draft.source.is_none() {
                        draft.source = Some(source_name.clone());
                    }
                    (
                        RowDraft {
                            row,
                            draft,
                            columns: HashMap::new(),
                            values: HashMap::new(),
                        },
                        Vec::new(),
                    )
                }
                Err(e) => (
                    RowDraft {
                        row,
                        draft: CandidateDraft::default(),
                        columns: HashMap::new(),
                        values: HashMap::new(),
                    },
                    vec![BadCell {
                        row,
                        column: if e.field.is_empty() {
                            "line".into()
                        } else {
                            e.field
                        },
                        value: String::new(),
                        message: e.message,
                    }],
                ),
            })
            .collect(),
    };

    let import_id = if let Some(id) = options.record {
        service
            .store
            .import_progress(id, "running", 0, rows.len() as u64)
            .await?;
        Some(id)
    } else if options.dry_run {
        None
    } else {
        Some(
            service
                .store
                .insert_import(&ImportRecord {
                    source: source_name.clone(),
                    file_name: options.file_name.clone(),
                    format: format.code().to_owned(),
                    dry_run: false,
                    strict: options.strict,
                    status: "running".into(),
                    started_by: match by_whom {
                        Importer::Staff(actor) => Some(actor.user_id),
                        Importer::Job(user) => user,
                        Importer::CommandLine => None,
                    },
                    started_at: service.now(),
                    finished_at: None,
                    report: ImportReport::default(),
                })
                .await?,
        )
    };
    let by = FieldSource::Import {
        source: options.source.clone(),
        import_id: import_id.unwrap_or(0),
        on: today,
    };

    let rows = Arc::new(rows);
    // A strict import reads the whole file first: any bad row, and nothing is written.
    let refused = options.strict && !options.dry_run && {
        let mut check = report.clone();
        let mut by_key = HashMap::new();
        for start in (0..rows.len()).step_by(BATCH) {
            let parsed = parse_rows(&rows, start..(start + BATCH).min(rows.len()), today).await?;
            classify(&rows, start, parsed, &mut by_key, &mut check, &by);
        }
        check.bad_rows > 0
    };
    let write = !(options.dry_run || refused);
    report.nothing_written = !write;
    let total = rows.len();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    for start in (0..total).step_by(BATCH) {
        let end = (start + BATCH).min(total);
        let parsed = parse_rows(&rows, start..end, today).await?;
        let mut batch = classify(&rows, start, parsed, &mut by_key, &mut report, &by);
        for p in &mut batch {
            if let Some(held) = service
                .store
                .candidates_matching(&key_of(&p.candidate))
                .await?
                .into_iter()
                .next()
            {
                p.held = Some((held.id, held.version, held.value));
            }
        }
        let mut creates = Vec::new();
        let mut updates = Vec::new();
        for p in batch {
            match p.held {
                None => {
                    report.created += 1;
                    creates.push(p.candidate);
                }
                Some((id, version, held)) => {
                    let mut updated = held;
                    let merged = merge(&mut updated, &p.candidate, &p.given, &by);
                    if merged.changed.is_empty() {
                        report.unchanged += 1;
                        report.outcomes.push(RowOutcome::Unchanged {
                            row: p.row,
                            candidate_id: id.0,
                            kept: merged.kept,
                        });
                    } else {
                        report.updated += 1;
                        report.outcomes.push(RowOutcome::Updated {
                            row: p.row,
                            candidate_id: id.0,
                            changed: merged.changed,
                            kept: merged.kept,
                        });
                        updates.push((id, version, updated));
                    }
                }
            }
        }
        if write {
            let ids = service.store.write_candidates(&creates, &updates).await?;
            service.index().update(|index| {
                for (id, c) in ids.iter().zip(&creates) {
                    index.upsert(*id, c);
                }
                for (id, _, c) in &updates {
                    index.upsert(*id, c);
                }
            });
            let created: Vec<(CandidateId, &InterimManager)> =
                ids.iter().copied().zip(&creates).collect();
            report.possible_duplicates +=
                crate::duplicates::note_possible_duplicates(service, &created, true)
                    .await?
                    .iter()
                    .filter(|alike| !alike.is_empty())
                    .count();
        }
        progress(end, total);
        if let Some(id) = options.record {
            service
                .store
                .import_progress(id, "running", end as u64, total as u64)
                .await?;
        }
    }
    report.outcomes.sort_by_key(outcome_row);
    if let Some(id) = import_id {
        let status = if write {
            "done"
        } else if options.dry_run {
            "dry_run"
        } else {
            "refused"
        };
        service
            .store
            .finish_import(id, status, &report, service.now())
            .await?;
        if write && !report.mapping.is_empty() {
            service
                .store
                .put_import_mapping(&source_name, &report.mapping)
                .await?;
        }
        service
            .store
            .append_audit(&AuditEntry {
                record_kind: Some("import".into()),
                record_id: Some(id),
                reason: Some(format!(
                    "{} rows from {}: {} created, {} updated",
                    report.rows, options.file_name, report.created, report.updated
                )),
                ..by_whom.audit(AuditAction::Change, service.now())
            })
            .await?;
    }
    Ok((import_id, report))
}

/// A row read: the person, or every bad cell.
type Read = Result<InterimManager, Vec<BadCell>>;

/// Reads `range` of the rows as of `today`, on two threads off the async workers (filing
/// titles is most of an import's work).
async fn parse_rows(
    rows: &Arc<Vec<(RowDraft, Vec<BadCell>)>>,
    range: std::ops::Range<usize>,
    today: chrono::NaiveDate,
) -> Result<Vec<Read>, Error> {
    let rows = Arc::clone(rows);
    let read = move |(row, bad): &(RowDraft, Vec<BadCell>)| -> Read {
        match row.draft.parse(today) {
            Ok(c) if bad.is_empty() => Ok(c),
            Ok(_) => Err(bad.clone()),
            Err(errors) => {
                let mut all = bad.clone();
                all.extend(bad_cells(row, errors));
                Err(all)
            }
        }
    };
    tokio::task::spawn_blocking(move || {
        let mid = range.start + range.len() / 2;
        std::thread::scope(|s| {
            let second = s.spawn(|| rows[mid..range.end].iter().map(read).collect::<Vec<_>>());
            let mut out: Vec<Read> = rows[range.start..mid].iter().map(read).collect();
            out.extend(
                second
                    .join()
                    .unwrap_or_else(|p| std::panic::resume_unwind(p)),
            );
            out
        })
    })
    .await
    .map_err(|e| Error::Internal(format!("reading rows failed: {e}")))
}

/// Sorts read rows (the first at `start`): bad ones into the report, repeats of an earlier
/// row of the file reported and left out (the first row that names a person is the one
/// imported, so the file's order cannot change what they end up with), the rest returned
/// with their provenance.
fn classify(
    rows: &[(RowDraft, Vec<BadCell>)],
    start: usize,
    parsed: Vec<Read>,
    by_key: &mut HashMap<String, usize>,
    report: &mut ImportReport,
    by: &FieldSource,
) -> Vec<Pending> {
    let mut out = Vec::new();
    for (i, read) in parsed.into_iter().enumerate() {
        let row = &rows[start + i].0;
        let mut candidate = match read {
            Ok(c) => c,
            Err(mut bad) => {
                report.bad_rows += 1;
                report.bad.append(&mut bad);
                continue;
            }
        };
        let keys = file_keys(&candidate);
        if let Some((&of_row, what)) = keys
            .iter()
            .find_map(|(k, what)| by_key.get(k).map(|r| (r, *what)))
        {
            report.repeats += 1;
            report.outcomes.push(RowOutcome::Repeat {
                row: row.row,
                of_row,
                by: what.to_owned(),
            });
            continue;
        }
        for (k, _) in keys {
            by_key.insert(k, row.row);
        }
        let given = row.draft.given();
        for field in &given {
            candidate.provenance.record(field, by.clone());
        }
        out.push(Pending {
            row: row.row,
            candidate,
            given,
            held: None,
        });
    }
    out
}

fn outcome_row(o: &RowOutcome) -> usize {
    match o {
        RowOutcome::Updated { row, .. }
        | RowOutcome::Unchanged { row, .. }
        | RowOutcome::Repeat { row, .. } => *row,
    }
}

/// The keys a person is known by within one file, with what they mean.
fn file_keys(c: &InterimManager) -> Vec<(String, &'static str)> {
    let mut keys = vec![(format!("e:{}", c.email), "the same e-mail")];
    if let Some(x) = &c.external_id {
        keys.push((format!("x:{}:{x}", c.source), "the same id"));
    }
    if let Some(p) = c.phone_e164() {
        keys.push((format!("p:{p}"), "the same phone"));
    }
    keys
}
