//! The reads the pages and the API make beside the single records of `records.rs`: lists
//! staff see whole, the caller's own account and tokens, what a client sees of its own
//! mandates, and an interim manager's own side records. Each states its rule; none reaches
//! the store without it.

use std::collections::{HashMap, HashSet};

use domain::candidate::InterimManager;
use domain::client::{Client, ClientContact};
use domain::ids::{
    CandidateId, ClientId, ContactId, MandateId, PipelineEntryId, PlacementId, PostingId, Stored,
    UserId,
};
use domain::pipeline::PipelineEntry;
use domain::placement::{ClientEvaluation, Placement};
use domain::portal::JobPosting;
use domain::user::UserRole;

use crate::{ApiTokenRecord, Error, MandateRevision, Records, StoredCv, StoredUser};

/// An erasure request waiting for an administrator: its id, whose, when, why, and their name.
pub type ErasureRequest = (
    i64,
    CandidateId,
    chrono::DateTime<chrono::Utc>,
    String,
    String,
);

/// A client contact the manager met on a placement: the placement, the mandate's title, the
/// company's name and the contact.
pub type MetOnPlacement = (PlacementId, String, String, ClientContact);

impl Records<'_> {
    /// The caller's own account.
    pub async fn me(&self) -> Result<StoredUser, Error> {
        Ok(self.service.store.user(self.actor.user_id).await?)
    }

    /// The names of the provider's people (consultants and admins), for showing who owns
    /// what (staff).
    pub async fn staff_names(&self) -> Result<HashMap<UserId, String>, Error> {
        self.staff_only()?;
        Ok(self
            .service
            .store
            .users()
            .await?
            .into_iter()
            .filter(|u| matches!(u.role, UserRole::Admin | UserRole::Consultant))
            .map(|u| (u.id, u.display_name.to_string()))
            .collect())
    }

    /// The names of client companies (staff; a client only its own).
    pub async fn client_names(&self, ids: &[ClientId]) -> Result<HashMap<ClientId, String>, Error> {
        let ids: Vec<ClientId> = match self.actor.role {
            UserRole::Admin | UserRole::Consultant => ids.to_vec(),
            UserRole::Client { client_id } => {
                ids.iter().copied().filter(|c| *c == client_id).collect()
            }
            UserRole::InterimManager { .. } | UserRole::Juror => return Err(Error::Forbidden),
        };
        Ok(self
            .service
            .store
            .client_names(&ids)
            .await?
            .into_iter()
            .collect())
    }

    /// Every client company, without contacts, for choosing one (staff).
    pub async fn client_list(&self) -> Result<Vec<Stored<ClientId, Client>>, Error> {
        self.staff_only()?;
        Ok(self.service.store.clients().await?)
    }

    /// The pipelines of several mandates in one read (staff).
    pub async fn pipelines_of(
        &self,
        mandates: &[MandateId],
    ) -> Result<Vec<Stored<PipelineEntryId, PipelineEntry>>, Error> {
        self.staff_only()?;
        Ok(self.service.store.pipelines_of(mandates).await?)
    }

    /// A mandate's pipeline: whole for staff; for the mandate's client only the candidates
    /// on the shortlist presented to it (whatever stage they are at now).
    pub async fn pipeline_entries(
        &self,
        mandate: MandateId,
    ) -> Result<Vec<Stored<PipelineEntryId, PipelineEntry>>, Error> {
        self.mandate(mandate).await?;
        let mut entries = self.service.store.pipeline_of(mandate).await?;
        if !self.actor.is_staff() {
            let shown: HashSet<CandidateId> = self
                .service
                .store
                .shortlist_of(mandate)
                .await?
                .map(|s| s.value.entries.iter().map(|e| e.candidate_id).collect())
                .unwrap_or_default();
            entries.retain(|e| shown.contains(&e.value.candidate_id));
        }
        Ok(entries)
    }

    /// One pipeline entry (staff).
    pub async fn pipeline_entry(
        &self,
        id: PipelineEntryId,
    ) -> Result<Stored<PipelineEntryId, PipelineEntry>, Error> {
        self.staff_only()?;
        Ok(self.service.store.pipeline_entry(id).await?)
    }

    /// Several interim managers by id, in the order asked, for lists (staff: the network is
    /// theirs to see; a list view is not audited per person, opening a profile is).
    pub async fn people(
        &self,
        ids: &[CandidateId],
    ) -> Result<Vec<Stored<CandidateId, InterimManager>>, Error> {
        self.staff_only()?;
        Ok(self.service.store.candidates_by_id(ids).await?)
    }

    /// The people a client was shown on its mandate's shortlist, by id (the client of the
    /// mandate; staff). Anyone not on the shortlist is left out.
    pub async fn shortlisted_people(
        &self,
        mandate: MandateId,
    ) -> Result<HashMap<CandidateId, InterimManager>, Error> {
        let Some(shortlist) = self.shortlist(mandate).await? else {
            return Ok(HashMap::new());
        };
        let ids: Vec<CandidateId> = shortlist
            .value
            .entries
            .iter()
            .map(|e| e.candidate_id)
            .collect();
        Ok(self
            .service
            .store
            .candidates_by_id(&ids)
            .await?
            .into_iter()
            .map(|c| (c.id, c.value))
            .collect())
    }

    /// Interim managers whose name contains `text`, for "why not this person?" (staff).
    pub async fn candidate_ids_named(
        &self,
        text: &str,
        limit: u32,
    ) -> Result<Vec<CandidateId>, Error> {
        self.staff_only()?;
        Ok(self.service.store.candidate_ids_named(text, limit).await?)
    }

    /// A user's display name (staff).
    pub async fn user_name(&self, id: UserId) -> Result<String, Error> {
        self.staff_only()?;
        Ok(self.service.store.user(id).await?.display_name.to_string())
    }

    /// A mandate's earlier versions (staff).
    pub async fn mandate_revisions(&self, id: MandateId) -> Result<Vec<MandateRevision>, Error> {
        self.staff_only()?;
        self.mandate(id).await?;
        Ok(self.service.store.mandate_revisions(id).await?)
    }

    /// A mandate's posting on the job board, if it has one (staff).
    pub async fn posting_of_mandate(
        &self,
        id: MandateId,
    ) -> Result<Option<Stored<PostingId, JobPosting>>, Error> {
        self.staff_only()?;
        Ok(self.service.store.posting_of_mandate(id).await?)
    }

    /// The placement of a mandate, if it has one (whoever may see the mandate).
    pub async fn placement_of_mandate(
        &self,
        id: MandateId,
    ) -> Result<Option<Stored<PlacementId, Placement>>, Error> {
        self.mandate(id).await?;
        Ok(self.service.store.placement_of_mandate(id).await?)
    }

    /// The client's evaluation of a mandate's placement, if given (whoever may see the
    /// mandate).
    pub async fn evaluation_of_mandate(
        &self,
        id: MandateId,
    ) -> Result<Option<ClientEvaluation>, Error> {
        match self.placement_of_mandate(id).await? {
            Some(p) => Ok(self.service.store.evaluation_of(p.id).await?),
            None => Ok(None),
        }
    }

    /// The erasure requests waiting, with each person's name (admin).
    pub async fn erasure_requests(&self) -> Result<Vec<ErasureRequest>, Error> {
        self.admin_only()?;
        let requests = self.service.store.erasure_requests().await?;
        let ids: Vec<CandidateId> = requests.iter().map(|(_, c, _, _)| *c).collect();
        let people = self.service.store.candidates_by_id(&ids).await?;
        Ok(requests
            .into_iter()
            .zip(people)
            .map(|((id, who, at, reason), person)| (id, who, at, reason, person.name.to_string()))
            .collect())
    }

    /// Whether the manager has asked to be erased (the manager themself).
    pub async fn erasure_requested(&self, id: CandidateId) -> Result<bool, Error> {
        self.own(id).await?;
        Ok(self
            .service
            .store
            .erasure_requests()
            .await?
            .iter()
            .any(|(_, who, _, _)| *who == id))
    }

    /// The CV file's details without the bytes and without logging a download (the manager
    /// themself; staff).
    pub async fn cv_details(&self, id: CandidateId) -> Result<Option<StoredCv>, Error> {
        self.full(id).await?;
        Ok(self.service.store.cv_of(id).await?.map(|mut cv| {
            cv.bytes = Vec::new();
            cv
        }))
    }

    /// The client contacts the manager met on their placements, for suggesting them as
    /// contacts of their own (the manager themself). Reads each mandate and company once.
    pub async fn met_on_placements(&self, me: CandidateId) -> Result<Vec<MetOnPlacement>, Error> {
        self.own(me).await?;
        let store = &self.service.store;
        let placements = store.placements_of(me).await?;
        let wanted: HashSet<MandateId> = placements
            .iter()
            .filter(|p| p.value.client_contact_id.is_some())
            .map(|p| p.value.mandate_id)
            .collect();
        // A manager has a handful of placements: each distinct mandate once, not the table.
        let mut mandates: HashMap<MandateId, domain::mandate::Mandate> = HashMap::new();
        for id in wanted {
            mandates.insert(id, store.mandate(id).await?.value);
        }
        let clients: Vec<ClientId> = mandates.values().map(|m| m.client_id).collect();
        let names: HashMap<ClientId, String> =
            store.client_names(&clients).await?.into_iter().collect();
        // Each company's contacts once, however many placements were with it.
        let mut contacts: HashMap<ContactId, ClientContact> = HashMap::new();
        let companies: HashSet<ClientId> = clients.iter().copied().collect();
        for client in companies {
            for contact in store.contacts_of(client).await? {
                contacts.insert(contact.id, contact.value);
            }
        }
        Ok(placements
            .into_iter()
            .filter_map(|placement| {
                let mandate = mandates.get(&placement.value.mandate_id)?;
                let contact = contacts.get(&placement.value.client_contact_id?)?;
                Some((
                    placement.id,
                    mandate.title.to_string(),
                    names.get(&mandate.client_id).cloned().unwrap_or_default(),
                    contact.clone(),
                ))
            })
            .collect())
    }

    /// An interim manager's placements (staff; the manager themself).
    pub async fn placements_of(
        &self,
        id: CandidateId,
    ) -> Result<Vec<Stored<PlacementId, Placement>>, Error> {
        self.full(id).await?;
        Ok(self.service.store.placements_of(id).await?)
    }

    /// The pipelines an interim manager is in (staff).
    pub async fn pipelines_of_candidate(
        &self,
        id: CandidateId,
    ) -> Result<Vec<Stored<PipelineEntryId, PipelineEntry>>, Error> {
        self.staff_only()?;
        Ok(self.service.store.pipelines_of_candidate(id).await?)
    }

    /// The ESCO occupations a job title names, best first (signed-in staff and interim
    /// managers, who record and search careers; not clients or jurors).
    pub fn occupations(
        &self,
        title: &str,
        limit: usize,
    ) -> Result<Vec<domain::titles::TitleMatch>, Error> {
        match self.actor.role {
            UserRole::Admin | UserRole::Consultant | UserRole::InterimManager { .. } => {}
            UserRole::Client { .. } | UserRole::Juror => return Err(Error::Forbidden),
        }
        let title = title.trim();
        if title.is_empty() {
            return Err(Error::Invalid(domain::Invalid::new(
                "q",
                "give a job title, such as \"økonomisjef\" or \"Head of Treasury\"",
            )));
        }
        if title.chars().count() > 200 {
            return Err(Error::Invalid(domain::Invalid::new(
                "q",
                "a title is at most 200 characters",
            )));
        }
        Ok(domain::titles::normalise(title, limit))
    }

    // The caller's API tokens.

    /// The caller's tokens (never the secrets).
    pub async fn tokens(&self) -> Result<Vec<ApiTokenRecord>, Error> {
        Ok(self.service.store.api_tokens_of(self.actor.user_id).await?)
    }

    /// A new token for the caller, stored as its hash.
    pub async fn create_token(&self, name: &str, hash: &str) -> Result<ApiTokenRecord, Error> {
        let id = self
            .service
            .store
            .insert_api_token(self.actor.user_id, name, hash, self.service.now())
            .await?;
        self.service
            .store
            .api_token(hash)
            .await?
            .ok_or_else(|| Error::Internal(format!("token {id} vanished")))
    }

    /// Revokes one of the caller's tokens; another's answers as absent.
    pub async fn revoke_token(&self, id: i64) -> Result<(), Error> {
        Ok(self
            .service
            .store
            .revoke_api_token(self.actor.user_id, id, self.service.now())
            .await?)
    }
}
