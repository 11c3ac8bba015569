//! The one error every parse in the domain returns: what is wrong, and in which field.

use std::fmt;

/// A value that was refused, naming the field (a dotted path such as `requirements[2].language`)
/// and saying what to do about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid {
    /// The field the problem is in, as the caller named it.
    pub field: String,
    /// A sentence a user can act on.
    pub message: String,
}

impl Invalid {
    /// A refusal of `field` with `message`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            field: field.into(),
            message: message.into(),
        }
    }

    /// The same refusal, nested under `parent` (so `language` becomes `requirements[2].language`).
    #[must_use]
    pub fn within(mut self, parent: &str) -> Self {
        self.field = if self.field.is_empty() {
            parent.to_owned()
        } else if self.field.starts_with('[') {
            format!("{parent}{}", self.field)
        } else {
            format!("{parent}.{}", self.field)
        };
        self
    }
}

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.message)
    }
}

impl std::error::Error for Invalid {}

/// Shorthand for results of parsing domain values.
pub type Parsed<T> = Result<T, Invalid>;
