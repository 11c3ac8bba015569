//! An interim manager's CV file: only a PDF or a Word document (.docx), decided by the content
//! and never by the name, at most [`MAX_CV_BYTES`], and stripped of the metadata that names its
//! author before it is kept. [`CvFile::parse`] is the one way in; the web layer serves what it
//! holds back only as a download, under [`CvFile::file_name`] with [`CvKind::content_type`].

use std::fmt;
use std::io::{Cursor, Read, Write};

use crate::invalid::{Invalid, Parsed};

/// The largest CV file accepted, in bytes: 5 MiB.
pub const MAX_CV_BYTES: usize = 5 * MIB;

/// The most a Word document may unpack to, all its parts together, in bytes: 50 MiB. A CV
/// needs a fraction of that; more is a ZIP bomb.
pub const MAX_UNPACKED_BYTES: u64 = 50 * MIB as u64;

/// One mebibyte; sizes shown to people are in these and called MB.
const MIB: usize = 1024 * 1024;

/// The field every refusal names.
const FIELD: &str = "cv";

/// What every refusal of the file's type tells the person to do.
const UPLOAD_PDF_OR_DOCX: &str = "upload your CV as PDF or DOCX";

/// The longest file name kept, in characters, before the extension.
const MAX_NAME_CHARS: usize = 100;

/// What a CV file is, as its content shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CvKind {
    /// A PDF document.
    Pdf,
    /// A Word document in the Office Open XML format (.docx).
    Docx,
}

impl CvKind {
    /// The MIME type to serve it with.
    pub fn content_type(self) -> &'static str {
        match self {
            Self::Pdf => "application/pdf",
            Self::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        }
    }

    /// The file name extension, without the dot: `pdf` or `docx`.
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Docx => "docx",
        }
    }
}

/// A CV file that passed every check: a PDF or a Word document of at most [`MAX_CV_BYTES`],
/// with its metadata stripped, and a file name that is safe to offer as a download.
#[derive(Clone, PartialEq, Eq)]
pub struct CvFile {
    file_name: String,
    kind: CvKind,
    bytes: Vec<u8>,
}

impl CvFile {
    /// Checks an uploaded file and strips its metadata.
    ///
    /// The type is decided by the bytes alone: a PDF starts with `%PDF-`; a Word document is a
    /// ZIP archive with `[Content_Types].xml` and `word/document.xml`. Anything else is refused
    /// with a message that names what the file looks like (a program, a script, an image, an
    /// old .doc, another ZIP) where that can be told. The name only gives the download name: it
    /// is cut to its last path component, anything but letters, digits, spaces and `-_.,()` is
    /// replaced, and it gets the extension of what the file really is. It may keep letters
    /// outside ASCII (`Ødegård CV.pdf`), so an HTTP download names it in the `filename*` form.
    ///
    /// Stripped: in a PDF, every string of the document information dictionary (Author,
    /// Creator, Producer, Title, Subject, Keywords, CreationDate, ModDate and any other) and the
    /// contents of every uncompressed XMP packet, overwritten in place so the file keeps its
    /// length and its cross-reference offsets. In a Word document, `docProps/core.xml`,
    /// `docProps/app.xml` and `docProps/custom.xml` are replaced by empty property documents and
    /// the archive is written anew without timestamps; every other part keeps its content.
    pub fn parse(file_name: &str, bytes: &[u8]) -> Parsed<CvFile> {
        if bytes.is_empty() {
            return Err(refuse(
                "the CV file is empty; choose the file again and upload it",
            ));
        }
        if bytes.len() > MAX_CV_BYTES {
            return Err(refuse(format!(
                "the CV file is {} MB; at most {} MB is allowed. Make it smaller (for example \
                 by saving it as PDF with smaller pictures) and upload it again",
                tenths_of_mb(bytes.len()),
                MAX_CV_BYTES / MIB,
            )));
        }
        let (kind, bytes) = match sniff(bytes)? {
            Container::Pdf => (CvKind::Pdf, pdf::strip(bytes)),
            Container::Zip => (CvKind::Docx, docx::strip(bytes, MAX_UNPACKED_BYTES)?),
        };
        Ok(Self {
            file_name: download_name(file_name, kind),
            kind,
            bytes,
        })
    }

    /// The name to offer the file under: the uploaded name made safe, with the extension of
    /// what the file is (`cv.pdf` that holds a Word document becomes `cv.docx`).
    pub fn file_name(&self) -> &str {
        &self.file_name
    }

    /// What the file is.
    pub fn kind(&self) -> CvKind {
        self.kind
    }

    /// The file's bytes, metadata stripped.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }
}

impl fmt::Debug for CvFile {
    /// The name, the kind and the size; the bytes would flood any log.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CvFile")
            .field("file_name", &self.file_name)
            .field("kind", &self.kind)
            .field("size", &self.bytes.len())
            .finish()
    }
}

fn refuse(message: impl Into<String>) -> Invalid {
    Invalid::new(FIELD, message)
}

/// A size in MB with one decimal, rounded up, so a file just over the limit never reads as
/// exactly the limit.
fn tenths_of_mb(bytes: usize) -> String {
    let tenths = (bytes * 10).div_ceil(MIB);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The container the content shows, before a ZIP is known to be a Word document.
enum Container {
    Pdf,
    Zip,
}

/// Decides the type by the first bytes, and names what a refused file looks like.
fn sniff(bytes: &[u8]) -> Parsed<Container> {
    if bytes.starts_with(b"%PDF-") {
        return Ok(Container::Pdf);
    }
    // A ZIP starts with a local file header, or with the end record when it is empty.
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return Ok(Container::Zip);
    }
    let looks_like = |magic: &[u8]| bytes.starts_with(magic);
    let what = if looks_like(b"MZ") {
        "a Windows program"
    } else if looks_like(b"\x7fELF") {
        "a Linux program"
    } else if [
        b"\xfe\xed\xfa\xce",
        b"\xfe\xed\xfa\xcf",
        b"\xce\xfa\xed\xfe",
        b"\xcf\xfa\xed\xfe",
        // A universal binary; Java class files share the magic number, and are programs too.
        b"\xca\xfe\xba\xbe",
    ]
    .iter()
    .any(|magic| looks_like(*magic))
    {
        "a macOS program"
    } else if looks_like(b"#!") {
        "a script"
    } else if looks_like(b"\xd0\xcf\x11\xe0") {
        return Err(refuse(
            "this file is an old-format Office document (such as a .doc), not a PDF or a Word \
             document (.docx); open it in Word, save it as .docx or PDF, and upload that (a \
             password-protected .docx looks like this too: save a copy without the password)",
        ));
    } else if looks_like(b"\x89PNG\r\n\x1a\n") {
        "an image (PNG)"
    } else if looks_like(b"\xff\xd8\xff") {
        "an image (JPEG)"
    } else if looks_like(b"GIF87a") || looks_like(b"GIF89a") {
        "an image (GIF)"
    } else if looks_like(b"{\\rtf") {
        "an RTF document"
    } else {
        return Err(refuse(format!(
            "this file is neither a PDF nor a Word document (.docx); {UPLOAD_PDF_OR_DOCX}"
        )));
    };
    Err(refuse(format!(
        "this file is {what}, not a PDF or a Word document (.docx); {UPLOAD_PDF_OR_DOCX}"
    )))
}

/// The uploaded name made safe to offer as a download: the last path component, its own
/// extension dropped, only letters (with their combining accents), digits, spaces and `-_.,()`
/// kept (anything else, bidirectional overrides included, becomes `_`), trimmed, at most
/// [`MAX_NAME_CHARS`], never a name Windows reserves, and the extension of `kind`.
fn download_name(given: &str, kind: CvKind) -> String {
    let base = given.rsplit(['/', '\\']).next().unwrap_or_default().trim();
    let mut stem = drop_extension(base);
    // `cv.pdf.exe` becomes `cv.pdf` above; do not make that `cv.pdf.pdf`.
    for ext in [".pdf", ".docx", ".doc"] {
        if stem.len() > ext.len()
            && stem
                .get(stem.len() - ext.len()..)
                .is_some_and(|end| end.eq_ignore_ascii_case(ext))
        {
            stem = stem.get(..stem.len() - ext.len()).unwrap_or(stem);
            break;
        }
    }
    let mut safe = String::with_capacity(stem.len());
    for c in stem.chars() {
        let c = if c.is_alphanumeric()
            || ('\u{300}'..='\u{36f}').contains(&c)
            || matches!(c, '-' | '_' | '.' | ',' | '(' | ')')
        {
            c
        } else if c == ' ' || c.is_whitespace() {
            ' '
        } else {
            '_'
        };
        // Runs of spaces or replacements read as one.
        if (c == ' ' || c == '_') && safe.ends_with(c) {
            continue;
        }
        safe.push(c);
    }
    let mut stem: String = safe
        .trim_matches(|c| matches!(c, ' ' | '.' | '_' | '-'))
        .chars()
        .take(MAX_NAME_CHARS)
        .collect();
    stem.truncate(stem.trim_end_matches([' ', '.']).len());
    if stem.is_empty() {
        stem = "cv".to_owned();
    }
    let reserved = [
        "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
        "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
    ];
    if reserved.iter().any(|r| r.eq_ignore_ascii_case(&stem)) {
        stem.insert_str(0, "cv-");
    }
    format!("{stem}.{}", kind.extension())
}

/// The name without its extension, when it has one (a dot and 1 to 5 letters or digits).
fn drop_extension(name: &str) -> &str {
    match name.rsplit_once('.') {
        Some((stem, ext))
            if (1..=5).contains(&ext.len()) && ext.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            stem
        }
        _ => name,
    }
}

/// Metadata removal from a PDF, in place.
///
/// Why in place rather than a rewrite: a PDF is a set of objects found through a
/// cross-reference table of byte offsets. Overwriting a value with a value of the same length
/// (an empty string padded with spaces, which PDF reads as whitespace between tokens) keeps
/// every offset, so the table, `startxref` and any incremental updates stay valid without being
/// recomputed, and nothing else in the file (fonts, images, signatures' byte ranges, damaged
/// parts a reader repairs) is touched. A rewrite would need a full PDF parser and writer, a far
/// larger dependency and attack surface, and could change how the document renders.
///
/// What is not reached: anything inside compressed streams. PDF 1.5 files may keep the
/// information dictionary in a compressed object stream, and some producers compress the XMP
/// metadata stream; both stay as they are. So do UTF-16 XMP packets and metadata streams
/// attached to pages or images in a compressed form. An encrypted PDF's strings are blanked
/// like any other (the value becomes an empty string).
mod pdf {
    use std::ops::Range;

    /// Nesting deeper than this is not a metadata dictionary; stop rather than recurse.
    const MAX_DEPTH: u32 = 32;

    /// The input with its information dictionaries' strings and its XMP packets blanked.
    pub(super) fn strip(input: &[u8]) -> Vec<u8> {
        let mut out = input.to_vec();
        for string in info_strings(input) {
            blank_string(&mut out, string);
        }
        blank_xmp(&mut out);
        out
    }

    /// Where the strings of every document information dictionary are: the dictionaries that
    /// a `/Info` entry (in a trailer or a cross-reference stream) names, in every revision of
    /// the file, and the strings their entries refer to.
    fn info_strings(b: &[u8]) -> Vec<Range<usize>> {
        let mut strings = Vec::new();
        let mut dictionaries = Vec::new();
        let mut from = 0;
        while let Some(at) = find(b, b"/Info", from) {
            from = at + 1;
            let after = at + b"/Info".len();
            if b.get(after).is_some_and(|&c| is_regular(c)) {
                continue; // A longer name such as /InfoX.
            }
            let mut scan = Scan::new(b, after);
            if scan.object(0).is_some() {
                // An inline dictionary is against the specification but easy to honour.
                strings.extend(scan.strings);
                dictionaries.extend(scan.refs);
            }
        }
        if dictionaries.is_empty() {
            return strings;
        }
        let objects = objects(b);
        let mut values = Vec::new();
        for (number, generation) in dictionaries {
            for &(_, _, at) in objects
                .iter()
                .filter(|(n, g, _)| *n == number && *g == generation)
            {
                let mut scan = Scan::new(b, at);
                scan.skip_space();
                if !b
                    .get(scan.pos..)
                    .is_some_and(|rest| rest.starts_with(b"<<"))
                {
                    continue; // Not a dictionary: not what /Info should name.
                }
                if scan.object(0).is_some() {
                    strings.extend(scan.strings);
                    values.extend(scan.refs);
                }
            }
        }
        // Entries may hold their string in an object of its own (`/Author 12 0 R`).
        for (number, generation) in values {
            for &(_, _, at) in objects
                .iter()
                .filter(|(n, g, _)| *n == number && *g == generation)
            {
                let mut scan = Scan::new(b, at);
                scan.skip_space();
                let is_string = match (b.get(scan.pos), b.get(scan.pos + 1)) {
                    (Some(b'('), _) => true,
                    (Some(b'<'), next) => next != Some(&b'<'),
                    _ => false,
                };
                if is_string && scan.object(0).is_some() {
                    strings.extend(scan.strings);
                }
            }
        }
        strings
    }

    /// Every `N G obj` in the file: object number, generation, and where the object begins.
    fn objects(b: &[u8]) -> Vec<(u64, u64, usize)> {
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(at) = find(b, b"obj", from) {
            from = at + 1;
            let after = at + 3;
            if b.get(after).is_some_and(|&c| is_regular(c)) {
                continue;
            }
            let Some((generation, start)) = number_before(b, at) else {
                continue;
            };
            let Some((number, start)) = number_before(b, start) else {
                continue;
            };
            if start > 0 && b.get(start - 1).is_some_and(|&c| is_regular(c)) {
                continue;
            }
            found.push((number, generation, after));
        }
        found
    }

    /// The integer that ends, after at least one whitespace byte, just before `end`, and where
    /// it starts.
    fn number_before(b: &[u8], end: usize) -> Option<(u64, usize)> {
        let mut i = end;
        while i > 0 && b.get(i - 1).is_some_and(|&c| is_space(c)) {
            i -= 1;
        }
        if i == end {
            return None;
        }
        let digits_end = i;
        while i > 0 && b.get(i - 1).is_some_and(u8::is_ascii_digit) && digits_end - i < 10 {
            i -= 1;
        }
        parse_integer(b.get(i..digits_end)?).map(|n| (n, i))
    }

    fn parse_integer(digits: &[u8]) -> Option<u64> {
        if digits.is_empty() || digits.len() > 10 {
            return None;
        }
        digits.iter().try_fold(0u64, |n, &d| {
            d.is_ascii_digit().then(|| n * 10 + u64::from(d - b'0'))
        })
    }

    /// Makes the string at `range` empty without moving anything: `(Kari Nordmann)` becomes
    /// `()` followed by spaces, `<4B61>` becomes `<>` and spaces.
    fn blank_string(out: &mut [u8], range: Range<usize>) {
        let Some(string) = out.get_mut(range) else {
            return;
        };
        let close = match string.first() {
            Some(b'(') => b')',
            Some(b'<') => b'>',
            _ => return,
        };
        if let Some((first, rest)) = string.get_mut(1..).and_then(|s| s.split_first_mut()) {
            *first = close;
            rest.fill(b' ');
        }
    }

    /// Blanks every uncompressed XMP packet. Between `<?xpacket begin…?>` and
    /// `<?xpacket end…?>` everything becomes spaces: the wrapper stays, so the metadata stream
    /// is still a well-formed (empty) packet, and XMP padding is whitespace anyway. A bare
    /// `<x:xmpmeta>…</x:xmpmeta>` without the wrapper is blanked whole.
    fn blank_xmp(out: &mut [u8]) {
        let mut from = 0;
        while let Some(begin) = find(out, b"<?xpacket begin", from) {
            let Some(body) = find(out, b"?>", begin).map(|at| at + 2) else {
                break;
            };
            let Some(end) = find(out, b"<?xpacket end", body) else {
                break;
            };
            if let Some(packet) = out.get_mut(body..end) {
                packet.fill(b' ');
            }
            from = end + 1;
        }
        let close = b"</x:xmpmeta>";
        let mut from = 0;
        while let Some(start) = find(out, b"<x:xmpmeta", from) {
            let Some(end) = find(out, close, start).map(|at| at + close.len()) else {
                break;
            };
            if let Some(packet) = out.get_mut(start..end) {
                packet.fill(b' ');
            }
            from = end;
        }
    }

    fn find(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
        hay.get(from..)?
            .windows(needle.len())
            .position(|w| w == needle)
            .map(|at| at + from)
    }

    fn is_space(c: u8) -> bool {
        matches!(c, 0 | 9 | 10 | 12 | 13 | 32)
    }

    fn is_delimiter(c: u8) -> bool {
        matches!(
            c,
            b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
        )
    }

    fn is_regular(c: u8) -> bool {
        !is_space(c) && !is_delimiter(c)
    }

    /// A reader of one PDF object that notes where its strings are and which objects it
    /// refers to. It never panics and always moves forward, whatever the bytes.
    struct Scan<'a> {
        b: &'a [u8],
        pos: usize,
        strings: Vec<Range<usize>>,
        refs: Vec<(u64, u64)>,
    }

    impl<'a> Scan<'a> {
        fn new(b: &'a [u8], pos: usize) -> Self {
            Self {
                b,
                pos,
                strings: Vec::new(),
                refs: Vec::new(),
            }
        }

        fn peek(&self) -> Option<u8> {
            self.b.get(self.pos).copied()
        }

        fn at(&self, token: &[u8]) -> bool {
            self.b
                .get(self.pos..)
                .is_some_and(|rest| rest.starts_with(token))
        }

        /// Skips whitespace and comments.
        fn skip_space(&mut self) {
            while let Some(c) = self.peek() {
                if is_space(c) {
                    self.pos += 1;
                } else if c == b'%' {
                    while self.peek().is_some_and(|c| c != b'\n' && c != b'\r') {
                        self.pos += 1;
                    }
                } else {
                    break;
                }
            }
        }

        /// Reads one object; `None` when the bytes end or are not a well-formed object, in
        /// which case what was noted must not be used.
        fn object(&mut self, depth: u32) -> Option<()> {
            if depth > MAX_DEPTH {
                return None;
            }
            self.skip_space();
            match self.peek()? {
                b'(' => self.literal_string(),
                b'<' if self.at(b"<<") => {
                    self.pos += 2;
                    loop {
                        self.skip_space();
                        if self.at(b">>") {
                            self.pos += 2;
                            return Some(());
                        }
                        self.object(depth + 1)?;
                    }
                }
                b'<' => {
                    let start = self.pos;
                    let len = self.b.get(start..)?.iter().position(|&c| c == b'>')?;
                    self.pos = start + len + 1;
                    self.strings.push(start..self.pos);
                    Some(())
                }
                b'[' => {
                    self.pos += 1;
                    loop {
                        self.skip_space();
                        if self.peek()? == b']' {
                            self.pos += 1;
                            return Some(());
                        }
                        self.object(depth + 1)?;
                    }
                }
                b'/' => {
                    self.pos += 1;
                    self.skip_regular();
                    Some(())
                }
                b'0'..=b'9' | b'+' | b'-' | b'.' => {
                    self.number_or_reference();
                    Some(())
                }
                c if is_regular(c) => {
                    let start = self.pos;
                    self.skip_regular();
                    // Only true, false and null are objects; anything else (`endobj`,
                    // `stream`, `trailer`) means the object was not closed where it should be.
                    match self.b.get(start..self.pos)? {
                        b"true" | b"false" | b"null" => Some(()),
                        _ => None,
                    }
                }
                _ => None,
            }
        }

        fn skip_regular(&mut self) {
            while self.peek().is_some_and(is_regular) {
                self.pos += 1;
            }
        }

        fn literal_string(&mut self) -> Option<()> {
            let start = self.pos;
            self.pos += 1;
            let mut depth = 1u32;
            while let Some(c) = self.peek() {
                self.pos += 1;
                match c {
                    b'\\' => self.pos += 1,
                    b'(' => depth += 1,
                    b')' => {
                        depth -= 1;
                        if depth == 0 {
                            self.strings.push(start..self.pos);
                            return Some(());
                        }
                    }
                    _ => {}
                }
            }
            None
        }

        /// A number, or `N G R` when the number starts a reference.
        fn number_or_reference(&mut self) {
            let start = self.pos;
            while self
                .peek()
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, b'+' | b'-' | b'.'))
            {
                self.pos += 1;
            }
            let Some(number) = self.b.get(start..self.pos).and_then(parse_integer) else {
                return;
            };
            let mut i = self.pos;
            let space = |i: &mut usize| {
                let from = *i;
                while self.b.get(*i).is_some_and(|&c| is_space(c)) {
                    *i += 1;
                }
                *i > from
            };
            if !space(&mut i) {
                return;
            }
            let digits = i;
            while self.b.get(i).is_some_and(u8::is_ascii_digit) {
                i += 1;
            }
            let Some(generation) = self.b.get(digits..i).and_then(parse_integer) else {
                return;
            };
            if !space(&mut i) || self.b.get(i) != Some(&b'R') {
                return;
            }
            if self.b.get(i + 1).is_some_and(|&c| is_regular(c)) {
                return;
            }
            self.refs.push((number, generation));
            self.pos = i + 1;
        }
    }
}

/// Metadata removal from a Word document: the archive written anew.
mod docx {
    use super::*;

    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, DateTime, ZipArchive, ZipWriter};

    /// More parts than this is no Word document a person wrote.
    const MAX_ENTRIES: usize = 10_000;

    const DAMAGED: &str = "part of this Word document cannot be unpacked; it may be damaged. \
        Open it in Word, save it again as .docx or PDF, and upload that";

    /// The document properties, with nothing in them: the parts stay (the package's
    /// relationships name them), their content goes. Matched without regard to case, as
    /// package part names are.
    const EMPTY_PROPERTIES: [(&str, &str); 3] = [
        (
            "docProps/core.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n\
             <cp:coreProperties \
             xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" \
             xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
             xmlns:dcterms=\"http://purl.org/dc/terms/\" \
             xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" \
             xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"/>",
        ),
        (
            "docProps/app.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n\
             <Properties \
             xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\" \
             xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"/>",
        ),
        (
            "docProps/custom.xml",
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n\
             <Properties \
             xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" \
             xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\"/>",
        ),
    ];

    fn damaged<E>(_: E) -> Invalid {
        refuse(DAMAGED)
    }

    fn too_big() -> Invalid {
        refuse(format!(
            "this Word document would unpack to more than {} MB, far more than any CV; open it \
             in Word, save it again as .docx or PDF, and upload that",
            MAX_UNPACKED_BYTES / MIB as u64
        ))
    }

    /// Checks that the ZIP is a Word document that unpacks to at most `limit` bytes, and
    /// writes it again with the same parts in the same order, the document properties emptied,
    /// and no timestamps (every part dated 1980-01-01, the format's zero).
    pub(super) fn strip(input: &[u8], limit: u64) -> Parsed<Vec<u8>> {
        let mut archive = ZipArchive::new(Cursor::new(input)).map_err(|_| {
            refuse(
                "this file looks like a ZIP archive but cannot be opened; it may be damaged. \
                 Open your CV in Word, save it again as .docx or PDF, and upload that",
            )
        })?;
        let has = |name: &str| archive.index_for_name(name).is_some();
        if !(has("[Content_Types].xml") && has("word/document.xml")) {
            return Err(refuse(format!(
                "this file is a ZIP archive, not a Word document (.docx); {UPLOAD_PDF_OR_DOCX}"
            )));
        }
        if archive.len() > MAX_ENTRIES {
            return Err(too_big());
        }
        // The sizes the archive declares first, which is cheap; the real ones as it unpacks,
        // since a declared size can lie.
        let mut declared = 0u64;
        for i in 0..archive.len() {
            let entry = archive.by_index_raw(i).map_err(damaged)?;
            if entry.encrypted() {
                return Err(refuse(
                    "this Word document is protected by a password; save a copy without the \
                     password and upload that",
                ));
            }
            let name = entry.name().map_err(damaged)?;
            if name
                .rsplit('/')
                .next()
                .is_some_and(|file| file.eq_ignore_ascii_case("vbaProject.bin"))
            {
                return Err(refuse(
                    "this Word document contains macros; save it as a plain Word document \
                     (.docx) or as PDF and upload that",
                ));
            }
            declared = declared.saturating_add(entry.size());
        }
        if declared > limit {
            return Err(too_big());
        }

        let mut left = limit;
        let mut writer = ZipWriter::new(Cursor::new(Vec::with_capacity(input.len())));
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).map_err(damaged)?;
            let name = entry.name().map_err(damaged)?.into_owned();
            let method = match entry.compression() {
                CompressionMethod::Stored => CompressionMethod::Stored,
                _ => CompressionMethod::Deflated,
            };
            let options = SimpleFileOptions::default()
                .compression_method(method)
                .last_modified_time(DateTime::default());
            if entry.is_dir() {
                writer.add_directory(name, options).map_err(damaged)?;
                continue;
            }
            let mut content = Vec::new();
            (&mut entry)
                .take(left.saturating_add(1))
                .read_to_end(&mut content)
                .map_err(damaged)?;
            let unpacked = content.len() as u64;
            if unpacked > left {
                return Err(too_big());
            }
            left -= unpacked;
            let replacement = EMPTY_PROPERTIES
                .iter()
                .find(|(part, _)| part.eq_ignore_ascii_case(&name))
                .map(|(_, empty)| empty.as_bytes());
            writer.start_file(name, options).map_err(damaged)?;
            writer
                .write_all(replacement.unwrap_or(&content))
                .map_err(damaged)?;
        }
        Ok(writer.finish().map_err(damaged)?.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use zip::write::SimpleFileOptions;
    use zip::{CompressionMethod, ZipArchive, ZipWriter};

    fn contains(hay: &[u8], needle: &str) -> bool {
        hay.windows(needle.len()).any(|w| w == needle.as_bytes())
    }

    fn refusal(name: &str, bytes: &[u8]) -> String {
        match CvFile::parse(name, bytes) {
            Err(e) => {
                assert_eq!(e.field, "cv");
                e.message
            }
            Ok(cv) => panic!("{name} was accepted as {cv:?}"),
        }
    }

    /// A minimal PDF with the objects given (numbered from 1), a correct cross-reference
    /// table, and `trailer` added to the trailer dictionary.
    fn pdf(objects: &[String], trailer: &str) -> Vec<u8> {
        let mut out = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in objects.iter().enumerate() {
            offsets.push(out.len());
            out.extend_from_slice(format!("{} 0 obj\n{body}\nendobj\n", i + 1).as_bytes());
        }
        let xref = out.len();
        out.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).as_bytes(),
        );
        for offset in offsets {
            out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        out.extend_from_slice(
            format!(
                "trailer\n<< /Size {} /Root 1 0 R {trailer} >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        out
    }

    fn stream(dictionary: &str, content: &str) -> String {
        format!(
            "<< {dictionary} /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        )
    }

    const XMP: &str = "<?xpacket begin=\"\u{feff}\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n\
        <x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF \
        xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description rdf:about=\"\" \
        xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator><rdf:Seq><rdf:li>Kari Nordmann\
        </rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>\n\
        <?xpacket end=\"w\"?>";

    fn cv_pdf() -> Vec<u8> {
        pdf(
            &[
                "<< /Type /Catalog /Pages 2 0 R /Metadata 5 0 R >>".to_owned(),
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 6 0 R \
                 /Resources << /Font << /F1 7 0 R >> >> >>"
                    .to_owned(),
                "<< /Title (CV \\(2026\\)) /Author (Kari Nordmann) /Creator (Microsoft Word) \
                 /Producer (Acme PDF 1.0) /Subject (Curriculum) /Keywords (finance, CFO) \
                 /CreationDate (D:20260101120000+01'00') /ModDate (D:20260102120000+01'00') \
                 /Trapped /False >>"
                    .to_owned(),
                stream("/Type /Metadata /Subtype /XML", XMP),
                stream("", "BT /F1 12 Tf 72 770 Td (Curriculum vitae) Tj ET"),
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
            ],
            "/Info 4 0 R",
        )
    }

    /// The offset `startxref` gives, and each object's offset in the table.
    fn offsets(pdf: &[u8]) -> (usize, Vec<usize>) {
        // One character a byte, so positions in the text are offsets in the file.
        let text: String = pdf
            .iter()
            .map(|&b| if b.is_ascii() { char::from(b) } else { '?' })
            .collect();
        let tail = &text[text.rfind("startxref").expect("startxref") + "startxref".len()..];
        let xref: usize = tail
            .split_whitespace()
            .next()
            .expect("offset")
            .parse()
            .expect("number");
        let table = &text[xref..];
        let objects = table
            .lines()
            .skip(3)
            .take_while(|line| line.ends_with(" n "))
            .map(|line| line[..10].parse().expect("offset"))
            .collect();
        (xref, objects)
    }

    #[test]
    fn pdf_metadata_is_blanked_in_place() {
        let original = cv_pdf();
        assert!(
            contains(&original, "Kari Nordmann"),
            "the test PDF names its author"
        );
        let cv = CvFile::parse("Kari Nordmann CV.pdf", &original).expect("a valid PDF");
        let out = cv.bytes();
        assert_eq!(cv.kind(), CvKind::Pdf);
        assert_eq!(cv.file_name(), "Kari Nordmann CV.pdf");
        assert!(out.starts_with(b"%PDF-"));
        assert_eq!(out.len(), original.len(), "the length must not change");
        for gone in [
            "Kari Nordmann",
            "Microsoft Word",
            "Acme PDF",
            "CV \\(2026",
            "Curriculum)",
            "finance, CFO",
            "D:2026",
            "dc:creator",
            "xmpmeta",
        ] {
            assert!(!contains(out, gone), "{gone} is still in the PDF");
        }
        // The dictionary and the packet are still well formed, and the page is untouched.
        assert!(contains(out, "/Author ()"));
        assert!(contains(out, "/Trapped /False"));
        assert!(contains(out, "<?xpacket end=\"w\"?>"));
        assert!(contains(out, "(Curriculum vitae) Tj"));

        let (xref, objects) = offsets(out);
        assert_eq!(offsets(&original), (xref, objects.clone()));
        assert!(
            out[xref..].starts_with(b"xref"),
            "startxref must point at xref"
        );
        assert_eq!(objects.len(), 7);
        for (i, offset) in objects.into_iter().enumerate() {
            let header = format!("{} 0 obj", i + 1);
            assert!(
                out[offset..].starts_with(header.as_bytes()),
                "object {} moved",
                i + 1
            );
        }
    }

    #[test]
    fn pdf_metadata_in_hex_strings_references_and_every_revision_is_blanked() {
        let mut file = pdf(
            &[
                "<< /Type /Catalog /Pages 2 0 R /Outlines 5 0 R >>".to_owned(),
                "<< /Type /Pages /Kids [] /Count 0 >>".to_owned(),
                "<< /Author <4B617269204E6F72646D616E6E> /Producer 4 0 R >>".to_owned(),
                "(Nordmann Office 2026)".to_owned(),
                "<< /Title (Experience) >>".to_owned(),
            ],
            "/Info 3 0 R",
        );
        // An incremental update with a newer information dictionary of its own.
        let update = file.len();
        file.extend_from_slice(b"6 0 obj\n<< /Author (Ola Nordmann) >>\nendobj\n");
        let xref = file.len();
        file.extend_from_slice(
            format!(
                "xref\n6 1\n{update:010} 00000 n \ntrailer\n<< /Size 7 /Root 1 0 R /Info 6 0 R \
                 >>\nstartxref\n{xref}\n%%EOF\n"
            )
            .as_bytes(),
        );
        let out = CvFile::parse("cv.pdf", &file)
            .expect("valid")
            .bytes()
            .to_vec();
        assert_eq!(out.len(), file.len());
        for gone in ["4B617269", "Nordmann Office", "Ola Nordmann"] {
            assert!(!contains(&out, gone), "{gone} is still in the PDF");
        }
        assert!(contains(&out, "/Author <>"));
        // A bookmark's title is content, not metadata.
        assert!(contains(&out, "/Title (Experience)"));
    }

    #[test]
    fn pdf_without_metadata_is_kept_byte_for_byte() {
        let mut file = pdf(&["<< /Type /Catalog >>".to_owned()], "");
        file.extend((0..=255u8).collect::<Vec<_>>());
        let cv = CvFile::parse("cv", &file).expect("valid");
        assert_eq!(cv.bytes(), &file[..]);
        assert_eq!(cv.file_name(), "cv.pdf");
    }

    fn zip_of(parts: &[(&str, &[u8])]) -> Vec<u8> {
        let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
        for (name, content) in parts {
            writer
                .start_file(*name, SimpleFileOptions::default())
                .expect("start");
            writer.write_all(content).expect("write");
        }
        writer.finish().expect("finish").into_inner()
    }

    const CONTENT_TYPES: &[u8] = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>"#;
    const RELS: &[u8] = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>"#;
    const DOCUMENT: &[u8] = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Curriculum vitae: twenty years as CFO</w:t></w:r></w:p></w:body></w:document>"#;
    const CORE: &[u8] = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>CV</dc:title><dc:creator>Kari Nordmann</dc:creator><cp:lastModifiedBy>Kari Nordmann</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2026-01-01T12:00:00Z</dcterms:created></cp:coreProperties>"#;
    const APP: &[u8] = br#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Company>Nordmann Consulting AS</Company><Template>C:\Users\kari\Normal.dotm</Template></Properties>"#;

    fn cv_docx() -> Vec<u8> {
        zip_of(&[
            ("[Content_Types].xml", CONTENT_TYPES),
            ("_rels/.rels", RELS),
            ("word/document.xml", DOCUMENT),
            ("docProps/core.xml", CORE),
            ("docProps/app.xml", APP),
        ])
    }

    fn unpack(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
        let mut archive = ZipArchive::new(Cursor::new(bytes)).expect("a ZIP");
        (0..archive.len())
            .map(|i| {
                let mut entry = archive.by_index(i).expect("entry");
                let mut content = Vec::new();
                entry.read_to_end(&mut content).expect("read");
                (entry.name().expect("name").into_owned(), content)
            })
            .collect()
    }

    #[test]
    fn docx_properties_are_emptied_and_the_document_kept() {
        let cv = CvFile::parse("Kari Nordmann CV.pdf", &cv_docx()).expect("a valid DOCX");
        assert_eq!(cv.kind(), CvKind::Docx);
        assert_eq!(cv.file_name(), "Kari Nordmann CV.docx");
        assert_eq!(
            cv.kind().content_type(),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        );
        let parts = unpack(cv.bytes());
        let names: Vec<&str> = parts.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "[Content_Types].xml",
                "_rels/.rels",
                "word/document.xml",
                "docProps/core.xml",
                "docProps/app.xml"
            ]
        );
        let part = |name: &str| {
            &parts
                .iter()
                .find(|(n, _)| n == name)
                .expect("part is there")
                .1
        };
        assert_eq!(part("word/document.xml"), DOCUMENT);
        assert_eq!(part("[Content_Types].xml"), CONTENT_TYPES);
        assert_eq!(part("_rels/.rels"), RELS);
        let core = part("docProps/core.xml");
        assert!(
            contains(core, "<cp:coreProperties"),
            "still a core-properties part"
        );
        for (_, content) in &parts {
            for gone in [
                "Kari Nordmann",
                "creator",
                "lastModifiedBy",
                "2026-01-01",
                "Company",
                "kari",
            ] {
                assert!(!contains(content, gone), "{gone} is still in the DOCX");
            }
        }
        // The stripped document is itself accepted and unchanged by a second pass.
        let again = CvFile::parse("cv.docx", cv.bytes()).expect("still valid");
        assert_eq!(unpack(again.bytes()), parts);
    }

    #[test]
    fn empty_and_oversized_files_are_refused() {
        assert!(refusal("cv.pdf", b"").contains("empty"));
        let mut big = b"%PDF-1.7\n".to_vec();
        big.resize(MAX_CV_BYTES + 1, b' ');
        let message = refusal("cv.pdf", &big);
        assert!(message.contains("5.1 MB"), "{message}");
        assert!(message.contains("at most 5 MB"), "{message}");
        big.truncate(MAX_CV_BYTES);
        assert!(
            CvFile::parse("cv.pdf", &big).is_ok(),
            "exactly the limit is allowed"
        );
    }

    #[test]
    fn the_content_decides_not_the_name() {
        let mut exe = b"MZ\x90\x00\x03\x00\x00\x00".to_vec();
        exe.extend_from_slice(b"%PDF-1.7 This program cannot be run in DOS mode.");
        let message = refusal("cv.pdf", &exe);
        assert!(message.contains("a Windows program"), "{message}");
        assert!(
            message.contains("upload your CV as PDF or DOCX"),
            "{message}"
        );
        assert!(refusal("cv.docx", b"\x7fELF\x02\x01\x01\x00").contains("a Linux program"));
        assert!(refusal("cv.pdf", b"\xcf\xfa\xed\xfe\x07\x00").contains("a macOS program"));
        assert!(refusal("cv.pdf", b"#!/bin/sh\nrm -rf ~\n").contains("a script"));
        assert!(
            refusal("cv.png.pdf", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
                .contains("an image (PNG)")
        );
        assert!(refusal("cv.pdf", b"\xff\xd8\xff\xe0\x00\x10JFIF").contains("an image (JPEG)"));
        assert!(refusal("cv.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1").contains(".doc"));
        assert!(refusal("cv.pdf", b"Dear consultant, ").contains("neither a PDF nor"));
        let plain = zip_of(&[("readme.txt", b"hello"), ("word/document.xml", DOCUMENT)]);
        let message = refusal("cv.docx", &plain);
        assert!(
            message.contains("a ZIP archive, not a Word document"),
            "{message}"
        );
        let mut broken = cv_docx();
        broken.truncate(40);
        assert!(refusal("cv.docx", &broken).contains("cannot be opened"));

        let renamed = CvFile::parse("cv.docx", &cv_pdf()).expect("a PDF named .docx");
        assert_eq!(renamed.kind(), CvKind::Pdf);
        assert_eq!(renamed.file_name(), "cv.pdf");
        assert_eq!(renamed.kind().content_type(), "application/pdf");
    }

    /// Applies `change` to the little-endian `u32`s at `offset` in every header that starts
    /// with `signature`.
    fn patch_headers(zip: &mut [u8], signature: &[u8], offset: usize, change: fn(u32) -> u32) {
        let at: Vec<usize> = (0..zip.len() - 4)
            .filter(|&i| zip[i..].starts_with(signature))
            .collect();
        for i in at {
            let field = &mut zip[i + offset..i + offset + 4];
            let value = change(u32::from_le_bytes(field.try_into().expect("four bytes")));
            field.copy_from_slice(&value.to_le_bytes());
        }
    }

    const LOCAL_HEADER: &[u8] = b"PK\x03\x04";
    const CENTRAL_HEADER: &[u8] = b"PK\x01\x02";

    #[test]
    fn encrypted_macro_and_bomb_documents_are_refused() {
        // The "encrypted" flag, in the local and the central header of every entry.
        let mut encrypted = cv_docx();
        patch_headers(&mut encrypted, LOCAL_HEADER, 6, |flags| flags | 1);
        patch_headers(&mut encrypted, CENTRAL_HEADER, 8, |flags| flags | 1);
        assert!(refusal("cv.docx", &encrypted).contains("password"));

        let macros = zip_of(&[
            ("[Content_Types].xml", CONTENT_TYPES),
            ("word/document.xml", DOCUMENT),
            ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0"),
        ]);
        assert!(refusal("cv.docm", &macros).contains("macros"));

        let mut writer = ZipWriter::new(Cursor::new(Vec::new()));
        let deflated = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
        writer
            .start_file("[Content_Types].xml", deflated)
            .expect("start");
        writer.write_all(CONTENT_TYPES).expect("write");
        writer
            .start_file("word/document.xml", deflated)
            .expect("start");
        let zeros = vec![0u8; MIB];
        for _ in 0..=MAX_UNPACKED_BYTES / MIB as u64 {
            writer.write_all(&zeros).expect("write");
        }
        let bomb = writer.finish().expect("finish").into_inner();
        assert!(bomb.len() < MAX_CV_BYTES, "the bomb is small packed");
        let message = refusal("cv.docx", &bomb);
        assert!(message.contains("more than 50 MB"), "{message}");
    }

    #[test]
    fn a_bomb_that_lies_about_its_size_is_refused() {
        // Every entry claims to unpack to nothing, so the check of the declared sizes passes.
        // The zip reader stops at the declared size and reports the part as broken; our own
        // count while unpacking would stop it at the limit otherwise.
        let mut docx = cv_docx();
        let real: u64 = unpack(&docx).iter().map(|(_, c)| c.len() as u64).sum();
        patch_headers(&mut docx, LOCAL_HEADER, 22, |_| 0);
        patch_headers(&mut docx, CENTRAL_HEADER, 24, |_| 0);
        for limit in [real - 1, MAX_UNPACKED_BYTES] {
            let refused = docx::strip(&docx, limit).expect_err("a lying archive is refused");
            assert!(
                refused.message.contains("cannot be unpacked")
                    || refused.message.contains("would unpack to more than"),
                "{}",
                refused.message
            );
        }
    }

    #[test]
    fn truncated_files_never_panic() {
        for file in [cv_pdf(), cv_docx()] {
            for len in 1..file.len() {
                let _ = CvFile::parse("cv", &file[..len]);
            }
        }
    }

    #[test]
    fn download_names_are_safe() {
        let name = |given: &str| download_name(given, CvKind::Pdf);
        assert_eq!(name("Kari Nordmann CV.pdf"), "Kari Nordmann CV.pdf");
        assert_eq!(name("../../etc/passwd"), "passwd.pdf");
        assert_eq!(name("C:\\Users\\kari\\CV 2026.exe"), "CV 2026.pdf");
        assert_eq!(name("cv.pdf.exe"), "cv.pdf");
        assert_eq!(name("cv\u{202e}fdp.exe"), "cv_fdp.pdf");
        assert_eq!(
            name("\"quoted\"; name=evil.html\r\n"),
            "quoted_ name_evil.pdf"
        );
        assert_eq!(name("Kari.Nordmann CV"), "Kari.Nordmann CV.pdf");
        assert_eq!(
            name("Sjøberg-Ødegård (2026).docx"),
            "Sjøberg-Ødegård (2026).pdf"
        );
        assert_eq!(name("Rene\u{301}e.pdf"), "Rene\u{301}e.pdf");
        assert_eq!(name(""), "cv.pdf");
        assert_eq!(name(".pdf"), "cv.pdf");
        assert_eq!(name("...   "), "cv.pdf");
        assert_eq!(name("con.pdf"), "cv-con.pdf");
        assert_eq!(name(&"a".repeat(300)).chars().count(), MAX_NAME_CHARS + 4);
        assert_eq!(download_name("cv.pdf", CvKind::Docx), "cv.docx");
    }
}
