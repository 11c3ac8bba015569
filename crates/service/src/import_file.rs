//! Reading a network's export into rows of text: CSV as Excel writes it in the Nordics (the
//! delimiter `;`, `,` or tab and the encoding, UTF-8 with or without a byte-order mark or
//! Windows-1252, told from the bytes), XLSX (the first sheet, through calamine), and JSON
//! Lines in the shape `POST /api/v1/candidates` takes. Nothing here knows what a column means.

use std::io::Cursor;

use domain::Invalid;
use domain::intake::CandidateDraft;

/// The formats an import reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Comma-, semicolon- or tab-separated values.
    Csv,
    /// An Excel workbook.
    Xlsx,
    /// One JSON object per line.
    JsonLines,
}

impl Format {
    /// The format's name in reports.
    pub fn code(self) -> &'static str {
        match self {
            Self::Csv => "csv",
            Self::Xlsx => "xlsx",
            Self::JsonLines => "jsonl",
        }
    }

    /// The format of a file, from its content (a ZIP is a workbook; a first line that is a
    /// JSON object is JSON Lines), else from its name.
    pub fn of(name: &str, bytes: &[u8]) -> Self {
        let lower = name.to_lowercase();
        if bytes.starts_with(b"PK\x03\x04") || lower.ends_with(".xlsx") {
            Self::Xlsx
        } else if lower.ends_with(".jsonl")
            || lower.ends_with(".ndjson")
            || without_bom(bytes).trim_ascii_start().starts_with(b"{")
        {
            Self::JsonLines
        } else {
            Self::Csv
        }
    }
}

/// A file read into a header and rows of cells.
#[derive(Debug, Clone, PartialEq)]
pub enum Table {
    /// A spreadsheet or CSV: the header row, then each row with its number (the header is
    /// row 1).
    Cells {
        /// The header, as written.
        header: Vec<String>,
        /// The rows, with their numbers.
        rows: Vec<(usize, Vec<String>)>,
        /// How the bytes were read: "UTF-8, ';'".
        read_as: String,
    },
    /// JSON Lines: each line read into a draft or refused, with its line number.
    Drafts(Vec<(usize, Result<CandidateDraft, Invalid>)>),
}

impl Table {
    /// How many data rows (or lines) the file has.
    pub fn len(&self) -> usize {
        match self {
            Self::Cells { rows, .. } => rows.len(),
            Self::Drafts(lines) => lines.len(),
        }
    }

    /// Whether the file has no data row.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Reads `bytes` as `format`. A file that cannot be read at all (not a workbook, no header)
/// is refused naming why; a bad row is not a reason to refuse the file.
pub fn read(format: Format, bytes: &[u8]) -> Result<Table, Invalid> {
    match format {
        Format::Csv => read_csv(bytes),
        Format::Xlsx => read_xlsx(bytes),
        Format::JsonLines => Ok(read_json_lines(bytes)),
    }
}

fn without_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The text of a CSV file: UTF-8 (a byte-order mark dropped) when it is valid UTF-8, else
/// Windows-1252, as Excel saves "CSV" on a Nordic Windows.
fn decode(bytes: &[u8]) -> (String, &'static str) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return (String::from_utf8_lossy(rest).into_owned(), "UTF-8 with BOM");
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), "UTF-8"),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            (text.into_owned(), "Windows-1252")
        }
    }
}

/// The delimiter of a CSV text: the one of `;`, tab and `,` found most often in the header
/// line outside quotes (Excel in the Nordics writes `;`, since `,` is the decimal mark).
fn delimiter(text: &str) -> u8 {
    let header = text.lines().next().unwrap_or("");
    let mut counts = [(b';', 0usize), (b'\t', 0), (b',', 0)];
    let mut quoted = false;
    for b in header.bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    counts
        .iter()
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n > 0)
        .map_or(b',', |(d, _)| *d)
}

fn read_csv(bytes: &[u8]) -> Result<Table, Invalid> {
    let (text, encoding) = decode(bytes);
    let delimiter = delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let header: Vec<String> = match records.next() {
        Some(Ok(h)) => h.iter().map(|c| c.trim().to_owned()).collect(),
        Some(Err(e)) => {
            return Err(Invalid::new(
                "file",
                format!("the header cannot be read: {e}"),
            ));
        }
        None => return Err(Invalid::new("file", "is empty: no header row")),
    };
    let mut rows = Vec::new();
    for (i, record) in records.enumerate() {
        let row = i + 2;
        match record {
            Ok(r) => {
                let cells: Vec<String> = r.iter().map(str::to_owned).collect();
                if cells.iter().any(|c| !c.trim().is_empty()) {
                    rows.push((row, cells));
                }
            }
            Err(e) => {
                return Err(Invalid::new(
                    "file",
                    format!("row {row} cannot be read as CSV: {e}"),
                ));
            }
        }
    }
    let shown = match delimiter {
        b'\t' => "tab".to_owned(),
        d => format!("'{}'", d as char),
    };
    Ok(Table::Cells {
        header,
        rows,
        read_as: format!("CSV, {encoding}, delimiter {shown}"),
    })
}

fn read_xlsx(bytes: &[u8]) -> Result<Table, Invalid> {
    use calamine::{Reader, Xlsx};
    let refuse = |why: String| Invalid::new("file", why);
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes))
        .map_err(|e| refuse(format!("is not an Excel workbook that can be read: {e}")))?;
    let sheet = book
        .sheet_names()
        .first()
        .cloned()
        .ok_or_else(|| refuse("has no sheet".to_owned()))?;
    let range = book
        .worksheet_range(&sheet)
        .map_err(|e| refuse(format!("sheet '{sheet}' cannot be read: {e}")))?;
    let mut lines = range.rows();
    let header: Vec<String> = lines
        .next()
        .ok_or_else(|| refuse(format!("sheet '{sheet}' is empty: no header row")))?
        .iter()
        .map(|c| cell_text(c).trim().to_owned())
        .collect();
    let first_row = range.start().map_or(0, |(r, _)| r as usize);
    let rows = lines
        .enumerate()
        .map(|(i, cells)| {
            (
                first_row + i + 2,
                cells.iter().map(cell_text).collect::<Vec<_>>(),
            )
        })
        .filter(|(_, cells)| cells.iter().any(|c| !c.trim().is_empty()))
        .collect();
    Ok(Table::Cells {
        header,
        rows,
        read_as: format!("XLSX, sheet '{sheet}'"),
    })
}

/// A workbook cell as text: dates as `YYYY-MM-DD`, whole numbers without a decimal point.
fn cell_text(cell: &calamine::Data) -> String {
    use calamine::Data;
    match cell {
        Data::Empty => String::new(),
        Data::String(s) => s.clone(),
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", *f as i64),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => b.to_string(),
        Data::DateTime(d) => d
            .as_datetime()
            .map_or_else(|| d.to_string(), |t| t.date().to_string()),
        Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        Data::Error(e) => format!("#{e:?}"),
    }
}

fn read_json_lines(bytes: &[u8]) -> Table {
    let text = String::from_utf8_lossy(without_bom(bytes));
    Table::Drafts(
        text.lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(i, line)| {
                let mut de = serde_json::Deserializer::from_str(line);
                let draft = serde_path_to_error::deserialize(&mut de).map_err(|e| {
                    let path = e.path().to_string();
                    Invalid::new(
                        if path == "." { String::new() } else { path },
                        e.into_inner().to_string(),
                    )
                });
                (i + 1, draft)
            })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nordic_excel_csv_is_read_in_its_encoding_and_delimiter() {
        let mut bytes = b"Navn;E-post;Poststed\r\n".to_vec();
        bytes.extend(b"S\xF8ren \xC5se;soren@example.dk;\xC5rhus\r\n");
        let Table::Cells {
            header,
            rows,
            read_as,
        } = read(Format::Csv, &bytes).expect("read")
        else {
            panic!("cells");
        };
        assert_eq!(header, ["Navn", "E-post", "Poststed"]);
        assert_eq!(
            rows,
            [(
                2,
                vec![
                    "Søren Åse".into(),
                    "soren@example.dk".into(),
                    "Århus".into()
                ]
            )]
        );
        assert_eq!(read_as, "CSV, Windows-1252, delimiter ';'");

        let bom = "\u{feff}name,email\n\"Lind, Eva\",eva@example.se\n".as_bytes();
        let Table::Cells { rows, read_as, .. } = read(Format::Csv, bom).expect("read") else {
            panic!("cells");
        };
        assert_eq!(rows[0].1[0], "Lind, Eva");
        assert_eq!(read_as, "CSV, UTF-8 with BOM, delimiter ','");
        let tabs = "name\temail\nEva\teva@example.se\n".as_bytes();
        assert!(
            matches!(read(Format::Csv, tabs), Ok(Table::Cells { read_as, .. }) if read_as.ends_with("tab"))
        );
    }

    #[test]
    fn json_lines_name_the_line_and_the_field() {
        let text = b"{\"name\":\"Eva\",\"email\":\"eva@example.se\"}\n\n{\"name\":\"Bo\",\"day_rate\":\"x\"}\n";
        let Table::Drafts(lines) = read(Format::JsonLines, text).expect("read") else {
            panic!("drafts");
        };
        assert_eq!(lines.len(), 2);
        assert!(lines[0].1.is_ok());
        let (line, bad) = &lines[1];
        assert_eq!(*line, 3);
        assert_eq!(bad.as_ref().expect_err("bad").field, "day_rate");
    }

    /// A workbook as Excel writes one, with `rows` on its first sheet: shared strings for
    /// text, numbers as numbers, a date as a serial number with a date style.
    fn workbook(rows: &[&[&str]]) -> Vec<u8> {
        use std::io::Write;
        use zip::write::SimpleFileOptions;
        let mut strings: Vec<String> = Vec::new();
        let mut sheet = String::from(
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#,
        );
        for (r, cells) in rows.iter().enumerate() {
            sheet.push_str(&format!(r#"<row r="{}">"#, r + 1));
            for (c, cell) in cells.iter().enumerate() {
                let at = format!("{}{}", (b'A' + c as u8) as char, r + 1);
                if let Some(serial) = cell.strip_prefix("date:") {
                    sheet.push_str(&format!(r#"<c r="{at}" s="1"><v>{serial}</v></c>"#));
                } else if cell.parse::<f64>().is_ok() {
                    sheet.push_str(&format!(r#"<c r="{at}"><v>{cell}</v></c>"#));
                } else {
                    strings.push((*cell).to_owned());
                    sheet.push_str(&format!(
                        r#"<c r="{at}" t="s"><v>{}</v></c>"#,
                        strings.len() - 1
                    ));
                }
            }
            sheet.push_str("</row>");
        }
        sheet.push_str("</sheetData></worksheet>");
        let shared: String = strings
            .iter()
            .map(|s| format!("<si><t>{s}</t></si>"))
            .collect();
        let files = [
            ("[Content_Types].xml", r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>"#.to_owned()),
            ("_rels/.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_owned()),
            ("xl/workbook.xml", r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Kandidater" sheetId="1" r:id="rId1"/></sheets></workbook>"#.to_owned()),
            ("xl/_rels/workbook.xml.rels", r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>"#.to_owned()),
            ("xl/styles.xml", r#"<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>"#.to_owned()),
            ("xl/sharedStrings.xml", format!(r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">{shared}</sst>"#)),
            ("xl/worksheets/sheet1.xml", sheet),
        ];
        let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        for (name, text) in files {
            zip.start_file(name, SimpleFileOptions::default())
                .expect("entry");
            zip.write_all(text.as_bytes()).expect("write");
        }
        zip.finish().expect("zip").into_inner()
    }

    #[test]
    fn an_excel_workbook_is_read_from_its_first_sheet() {
        let bytes = workbook(&[
            &["Namn", "E-post", "Dagsarvode", "Tillgänglig från"],
            &["Eva Lind", "eva@example.se", "11500", "date:46388"],
            &["", "", "", ""],
            &["Bo Ek", "bo@example.se", "9800.5", "2027-03-01"],
        ]);
        assert_eq!(Format::of("kandidater.xlsx", &bytes), Format::Xlsx);
        let Table::Cells {
            header,
            rows,
            read_as,
        } = read(Format::Xlsx, &bytes).expect("read")
        else {
            panic!("cells");
        };
        assert_eq!(header, ["Namn", "E-post", "Dagsarvode", "Tillgänglig från"]);
        assert_eq!(read_as, "XLSX, sheet 'Kandidater'");
        assert_eq!(
            rows,
            [
                (
                    2,
                    vec![
                        "Eva Lind".into(),
                        "eva@example.se".into(),
                        "11500".into(),
                        "2027-01-01".into()
                    ]
                ),
                (
                    4,
                    vec![
                        "Bo Ek".into(),
                        "bo@example.se".into(),
                        "9800.5".into(),
                        "2027-03-01".into()
                    ]
                ),
            ],
            "the empty row is skipped, numbers stay whole, the date cell reads as a day"
        );
    }

    #[test]
    fn formats_are_told_by_content() {
        assert_eq!(Format::of("export.csv", b"PK\x03\x04rest"), Format::Xlsx);
        assert_eq!(Format::of("export.txt", b"{\"name\":1}"), Format::JsonLines);
        assert_eq!(Format::of("export.csv", b"navn;e-post"), Format::Csv);
        assert!(read(Format::Xlsx, b"PK\x03\x04 not a workbook").is_err());
    }
}
