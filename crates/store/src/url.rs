//! Database URLs: the scheme picks the backend, and `Debug`/`Display` never show a password.

use crate::Error;

/// A database URL whose scheme chose the backend.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// `sqlite://path` or `sqlite::memory:`.
    Sqlite(String),
    /// `postgres://` or `postgresql://`.
    Postgres(String),
}

impl DatabaseUrl {
    /// Reads a URL; only `sqlite:` and `postgres:`/`postgresql:` are accepted.
    pub fn parse(input: &str) -> Result<Self, Error> {
        let url = input.trim();
        if url.starts_with("sqlite:") {
            Ok(DatabaseUrl::Sqlite(url.to_owned()))
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(DatabaseUrl::Postgres(url.to_owned()))
        } else {
            Err(Error::BadUrl(format!(
                "'{}' is not a database URL Interim knows; use sqlite://interim.db or postgres://user:password@host/dbname",
                redact(url)
            )))
        }
    }

    /// The full URL, password included, for the driver only.
    pub fn expose(&self) -> &str {
        match self {
            DatabaseUrl::Sqlite(u) | DatabaseUrl::Postgres(u) => u,
        }
    }

    /// The URL with any password replaced by `***`.
    pub fn redacted(&self) -> String {
        redact(self.expose())
    }
}

/// Replaces the password in `scheme://user:password@host` with `***`.
fn redact(url: &str) -> String {
    let Some(scheme_end) = url.find("://") else {
        return url.to_owned();
    };
    let rest = &url[scheme_end + 3..];
    let Some(at) = rest.find('@') else {
        return url.to_owned();
    };
    match rest[..at].find(':') {
        Some(colon) => format!(
            "{}://{}:***{}",
            &url[..scheme_end],
            &rest[..colon],
            &rest[at..]
        ),
        None => url.to_owned(),
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "DatabaseUrl({})", self.redacted())
    }
}

impl std::fmt::Display for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.redacted())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scheme_picks_backend_and_password_is_hidden() {
        assert!(matches!(
            DatabaseUrl::parse("sqlite://x.db"),
            Ok(DatabaseUrl::Sqlite(_))
        ));
        let pg = DatabaseUrl::parse("postgres://interim:s3cret@localhost/interim").expect("valid");
        assert!(matches!(pg, DatabaseUrl::Postgres(_)));
        assert!(!format!("{pg:?}{pg}").contains("s3cret"));
        assert_eq!(pg.redacted(), "postgres://interim:***@localhost/interim");
        let err = DatabaseUrl::parse("mysql://root:pw@db/x").expect_err("unsupported");
        assert!(!err.to_string().contains("pw@"), "{err}");
    }
}
