//! Client companies and their contact people.

use serde::{Deserialize, Serialize};

use crate::ids::{CandidateId, ClientId};
use crate::industry::Industry;
use crate::values::{EmailAddress, PersonName, ShortText};
use crate::vocabulary::{CompanySize, Sector};

/// A client company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Client {
    /// Company name.
    pub name: ShortText,
    /// Organisation number in its national register, if known.
    pub org_number: Option<ShortText>,
    /// Industry.
    pub industry: Industry,
    /// Size.
    pub size: CompanySize,
    /// Public or private.
    pub sector: Sector,
    /// Where the head office is.
    pub city: ShortText,
    /// Candidates the client must never be offered (former employees in dispute, say).
    pub excluded_candidates: Vec<CandidateId>,
}

/// A contact person at a client company.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClientContact {
    /// The company.
    pub client_id: ClientId,
    /// Full name.
    pub name: PersonName,
    /// Their title.
    pub title: ShortText,
    /// E-mail address.
    pub email: EmailAddress,
    /// Phone number.
    pub phone: Option<ShortText>,
}
