//! The workflow rules, which the API, the pages and the command line all call, so no door
//! can do what another would refuse: taking in a mandate (a client may submit its own
//! company's need), revising it, the pipeline (longlist, moves with a reason where one is
//! needed), the shortlist, the placement, client companies with their contacts, and user
//! accounts.

use domain::Invalid;
use domain::audit::{AuditAction, AuditEntry};
use domain::client::{Client, ClientContact};
use domain::ids::{
    CandidateId, ClientId, ContactId, MandateId, PipelineEntryId, PlacementId, ShortlistId, Stored,
    UserId, Version,
};
use domain::mandate::{Mandate, MandateDraft};
use domain::pipeline::PipelineEntry;
use domain::placement::{Placement, Shortlist, ShortlistEntry};
use domain::user::{User, UserRole};
use domain::values::Period;
use domain::vocabulary::PipelineStage;
use store::StageChange;

use crate::{Actor, Error, Records, Service, StoredUser};

/// Takes in a mandate for the actor: staff name the client (and become its consultant unless
/// another is named); a client submits for its own company.
pub async fn take_in_mandate(
    service: &Service,
    actor: &Actor,
    mut draft: MandateDraft,
) -> Result<MandateId, Error> {
    match actor.role {
        UserRole::Admin | UserRole::Consultant => {
            if draft.consultant_id.is_none() {
                draft.consultant_id = Some(actor.user_id.0);
            }
        }
        UserRole::Client { client_id } => {
            if draft.client_id != 0 && draft.client_id != client_id.0 {
                return Err(Error::Invalid(Invalid::new(
                    "client_id",
                    "you can submit needs for your own company only",
                )));
            }
            draft.client_id = client_id.0;
            draft.consultant_id = None;
        }
        UserRole::InterimManager { .. } | UserRole::Juror => return Err(Error::Forbidden),
    }
    let mandate = draft.parse(service.now())?;
    if let Err(store::Error::NotFound { .. }) = service.store.client(mandate.client_id).await {
        return Err(Error::Invalid(Invalid::new(
            "client_id",
            format!("there is no client {}", mandate.client_id.0),
        )));
    }
    let id = service.store.insert_mandate(&mandate).await?;
    Ok(id)
}

/// Replaces a mandate's need (staff), if it is still at `expected`; its status and the
/// 10-day clock are kept.
pub async fn revise_mandate(
    service: &Service,
    actor: &Actor,
    id: MandateId,
    expected: Version,
    draft: &MandateDraft,
) -> Result<Version, Error> {
    let records = Records::new(service, actor);
    records.staff_only()?;
    let current = records.mandate(id).await?;
    let mut mandate = draft.parse(current.opened_at)?;
    if mandate.client_id != current.client_id {
        return Err(Error::Invalid(Invalid::new(
            "client_id",
            "a mandate stays with its client",
        )));
    }
    mandate.status = current.status;
    mandate.shortlist_presented_at = current.shortlist_presented_at;
    mandate.placed_at = current.placed_at;
    Ok(service.store.update_mandate(id, expected, &mandate).await?)
}

/// Puts a candidate on a mandate's longlist (staff). The first candidate moves a mandate in
/// intake to search, in the same transaction; a closed mandate takes no one.
pub async fn add_to_longlist(
    service: &Service,
    actor: &Actor,
    id: MandateId,
    candidate: CandidateId,
) -> Result<PipelineEntryId, Error> {
    let records = Records::new(service, actor);
    records.staff_only()?;
    records.mandate(id).await?;
    if let Err(store::Error::NotFound { .. }) = service.store.candidate(candidate).await {
        return Err(Error::Invalid(Invalid::new(
            "candidate_id",
            format!("there is no interim manager {}", candidate.0),
        )));
    }
    let entry = PipelineEntry::new(
        id,
        candidate,
        PipelineStage::Longlist,
        service.now(),
        Some(actor.user_id),
    );
    // The entry and the mandate's move (intake → search) in one transaction.
    Ok(service.store.longlist(&entry, Mandate::longlisted).await?)
}

/// Moves a candidate to another stage (staff) if the entry is still at `version`; a
/// rejection or withdrawal needs a reason; placing goes through the placement.
pub async fn move_candidate(
    service: &Service,
    actor: &Actor,
    id: PipelineEntryId,
    version: Version,
    to: &str,
    reason: Option<String>,
) -> Result<Version, Error> {
    Records::new(service, actor).staff_only()?;
    let to = PipelineStage::parse(to).map_err(|e| e.within("to"))?;
    if to == PipelineStage::Placed {
        return Err(Error::Invalid(Invalid::new(
            "to",
            "a placement is made with its period and day rate, not by a move",
        )));
    }
    let change = StageChange {
        to,
        at: service.now(),
        by: Some(actor.user_id),
        reason,
    };
    Ok(service
        .store
        .move_pipeline_entry(id, version, &change)
        .await?)
}

/// Presents a shortlist for a mandate (staff): 2 to 5 candidates from its pipeline, each
/// with the rationale; they move to presented and the 10-day clock records the moment.
pub async fn present_shortlist(
    service: &Service,
    actor: &Actor,
    id: MandateId,
    entries: Vec<ShortlistEntry>,
) -> Result<ShortlistId, Error> {
    let records = Records::new(service, actor);
    records.staff_only()?;
    records.mandate(id).await?;
    let shortlist = Shortlist {
        mandate_id: id,
        entries,
        created_by: actor.user_id,
        presented_at: Some(service.now()),
    };
    Ok(service
        .store
        .present_shortlist(&shortlist, Mandate::shortlist_presented)
        .await?)
}

/// Places a candidate from a mandate's pipeline (staff): the placement, the pipeline move and
/// the stopped clock in one transaction; then the match index books the window, so the
/// engine no longer offers them for an overlapping mandate.
pub async fn place_candidate(
    service: &Service,
    actor: &Actor,
    entry: PipelineEntryId,
    version: Version,
    placement: &Placement,
) -> Result<PlacementId, Error> {
    let records = Records::new(service, actor);
    records.staff_only()?;
    records.mandate(placement.mandate_id).await?;
    let id = service
        .store
        .place(placement, entry, version, Mandate::placed)
        .await?;
    let periods: Vec<Period> = service
        .store
        .placements_of(placement.candidate_id)
        .await?
        .into_iter()
        .map(|p| p.value.period)
        .collect();
    service
        .index
        .update(|index| index.set_bookings(placement.candidate_id, &periods));
    Ok(id)
}

impl Service {
    /// Creates an account from the command line, run by someone with access to the server
    /// and its database (there is no signed-in admin yet on a fresh install). A role that
    /// names a record that does not exist is refused on `reference_field`; the creation is
    /// audited with the command line as its address.
    pub async fn create_user_from_command_line(
        &self,
        user: &User,
        reference_field: &str,
    ) -> Result<UserId, Error> {
        let now = self.now();
        let id = self
            .store
            .insert_user(user, now)
            .await
            .map_err(|e| match e {
                store::Error::MissingReference(_) => Error::Invalid(Invalid::new(
                    reference_field,
                    "refers to a record that does not exist",
                )),
                other => other.into(),
            })?;
        self.store
            .append_audit(&AuditEntry {
                record_kind: Some("user".into()),
                record_id: Some(id.0),
                address: Some("command line".into()),
                ..AuditEntry::new(AuditAction::Change, now)
            })
            .await?;
        Ok(id)
    }
}

impl Records<'_> {
    /// A mandate's pipeline with each candidate's name, in one read each (staff).
    pub async fn pipeline(
        &self,
        id: MandateId,
    ) -> Result<Vec<(Stored<PipelineEntryId, PipelineEntry>, String)>, Error> {
        self.staff_only()?;
        self.mandate(id).await?;
        let entries = self.service.store.pipeline_of(id).await?;
        let ids: Vec<CandidateId> = entries.iter().map(|e| e.candidate_id).collect();
        let people = self.service.store.candidates_by_id(&ids).await?;
        Ok(entries
            .into_iter()
            .zip(people)
            .map(|(e, c)| (e, c.value.name.to_string()))
            .collect())
    }

    /// Every client company with its contacts (staff).
    pub async fn clients(
        &self,
    ) -> Result<
        Vec<(
            Stored<ClientId, Client>,
            Vec<Stored<ContactId, ClientContact>>,
        )>,
        Error,
    > {
        self.staff_only()?;
        let mut out = Vec::new();
        for c in self.service.store.clients().await? {
            let contacts = self.contacts_of(c.id).await?;
            out.push((c, contacts));
        }
        Ok(out)
    }

    /// One client company with its contacts (staff; a client its own).
    pub async fn client(
        &self,
        id: ClientId,
    ) -> Result<
        (
            Stored<ClientId, Client>,
            Vec<Stored<ContactId, ClientContact>>,
        ),
        Error,
    > {
        let allowed = match self.actor.role {
            UserRole::Admin | UserRole::Consultant => true,
            UserRole::Client { client_id } => client_id == id,
            UserRole::InterimManager { .. } | UserRole::Juror => false,
        };
        if !allowed {
            return Err(Error::NotFound);
        }
        let c = self.service.store.client(id).await?;
        let contacts = self.contacts_of(id).await?;
        Ok((c, contacts))
    }

    async fn contacts_of(
        &self,
        id: ClientId,
    ) -> Result<Vec<Stored<ContactId, ClientContact>>, Error> {
        Ok(self.service.store.contacts_of(id).await?)
    }

    /// Adds a client company (staff).
    pub async fn create_client(&self, client: &Client) -> Result<ClientId, Error> {
        self.staff_only()?;
        Ok(self.service.store.insert_client(client).await?)
    }

    /// Replaces a client company's record (staff) if it is still at `expected`.
    pub async fn update_client(
        &self,
        id: ClientId,
        expected: Version,
        client: &Client,
    ) -> Result<Version, Error> {
        self.staff_only()?;
        Ok(self
            .service
            .store
            .update_client(id, expected, client)
            .await?)
    }

    /// Adds a contact person to a client company (staff).
    pub async fn add_client_contact(&self, contact: &ClientContact) -> Result<ContactId, Error> {
        self.staff_only()?;
        self.service.store.client(contact.client_id).await?;
        Ok(self.service.store.insert_contact(contact).await?)
    }

    /// Every account (admin).
    pub async fn users(&self) -> Result<Vec<StoredUser>, Error> {
        self.admin_only()?;
        Ok(self.service.store.users().await?)
    }

    /// Creates an account (admin). A role that names a record that does not exist is refused
    /// on `reference_field`.
    pub async fn create_user(&self, user: &User, reference_field: &str) -> Result<UserId, Error> {
        self.admin_only()?;
        self.service
            .store
            .insert_user(user, self.service.now())
            .await
            .map_err(|e| match e {
                store::Error::MissingReference(_) => Error::Invalid(Invalid::new(
                    reference_field,
                    "refers to a record that does not exist",
                )),
                other => other.into(),
            })
    }

    /// Deactivates (every session ends, every token is revoked) or reactivates an account
    /// (admin); an admin cannot deactivate themself. The change is audited.
    pub async fn set_user_active(&self, id: UserId, active: bool) -> Result<(), Error> {
        self.admin_only()?;
        if id == self.actor.user_id && !active {
            return Err(Error::Invalid(Invalid::new(
                "active",
                "you cannot deactivate your own account; ask another administrator",
            )));
        }
        let now = self.service.now();
        self.service.store.set_user_active(id, active, now).await?;
        self.service
            .store
            .append_audit(&AuditEntry {
                record_kind: Some("user".into()),
                record_id: Some(id.0),
                ..self.actor.audit(AuditAction::Change, now)
            })
            .await?;
        Ok(())
    }
}
