//! `interim seed` and the first run of `interim demo`: writes a generated network to a store,
//! with a progress bar, and the demo users for every role.

use std::collections::HashSet;
use std::sync::Arc;
use std::time::{Duration as StdDuration, Instant};

use anyhow::{Context, bail};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use indicatif::{ProgressBar, ProgressStyle};

use domain::candidate::InterimManager;
use domain::ids::{CandidateId, ClientId, MandateId, UserId};
use domain::mandate::Mandate;
use domain::pipeline::PipelineEntry;
use domain::placement::Placement;
use domain::roles::RoleKinship;
use domain::user::{Password, User, UserRole};
use domain::values::{EmailAddress, PersonName};
use domain::vocabulary::{MandateStatus, PipelineStage, ProfileKind};
use seed::Generator;
use store::Store;

/// The password of every demo login.
pub const DEMO_PASSWORD: &str = "interim-demo";

/// What the demo prints for signing in.
pub const DEMO_LOGINS_NOTE: &str = "Demo logins (password for all: interim-demo):
  admin            admin@interim.demo
  consultant       consultant@interim.demo   (also consultant2@interim.demo)
  client           client@interim.demo       (a contact at the first client company)
  interim manager  manager@interim.demo      (the first interim manager in the network)
  juror            juror@interim.demo";

/// Candidates written per transaction.
const BATCH: usize = 2_000;

/// What a seeding run did.
#[derive(Debug)]
pub struct SeedReport {
    candidates: u64,
    clients: usize,
    mandates: usize,
    pipeline_entries: usize,
    placements: usize,
    users: usize,
    elapsed: StdDuration,
}

impl SeedReport {
    /// Prints the summary.
    pub fn print(&self) {
        println!(
            "Seeded {} interim managers, {} clients, {} mandates ({} pipeline entries, {} placements) and {} users in {:.1} s.",
            self.candidates,
            self.clients,
            self.mandates,
            self.pipeline_entries,
            self.placements,
            self.users,
            self.elapsed.as_secs_f64()
        );
    }
}

/// Fills an empty store with a network of `count` interim managers generated from `seed` as
/// of `today`.
pub async fn seed(
    store: &Arc<dyn Store>,
    seed: u64,
    count: u64,
    today: NaiveDate,
) -> anyhow::Result<SeedReport> {
    let started = Instant::now();
    let existing = store.count_candidates().await?;
    if existing > 0 {
        bail!(
            "the database already holds {existing} interim managers; seed into an empty database (a new file or a new PostgreSQL database)"
        );
    }
    let generator = Generator::new(seed, today);
    let candidate_ids = write_candidates(store, generator, count).await?;

    let spinner = ProgressBar::new_spinner().with_style(
        ProgressStyle::with_template("{spinner} {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    spinner.enable_steady_tick(StdDuration::from_millis(120));

    spinner.set_message("clients and contacts");
    let client_count = (count as usize / 150).clamp(12, 400);
    let mut clients = Vec::with_capacity(client_count);
    for generated in generator.clients(client_count) {
        let id = store.insert_client(&generated.client).await?;
        let mut contacts = Vec::new();
        for c in &generated.contacts {
            contacts.push(store.insert_contact(&c.at(id)).await?);
        }
        clients.push((id, generated.client, contacts));
    }

    spinner.set_message("demo users");
    let users = demo_users(store, &clients, candidate_ids[0], &generator).await?;

    spinner.set_message("mandates and pipelines");
    let mandate_count = (count as usize / 500).clamp(20, 120);
    let mandates = generator.mandates(&clients, &users.consultants, mandate_count);
    let now = Utc::now();
    let mut pipeline_entries = 0;
    let mut placements = 0;
    let mut placed_people = HashSet::new();
    for (i, mandate) in mandates.iter().enumerate() {
        let id = store.insert_mandate(mandate).await?;
        let (entries, placed) = pipeline_for(
            store,
            &generator,
            &candidate_ids,
            id,
            mandate,
            i,
            now,
            &mut placed_people,
        )
        .await?;
        pipeline_entries += entries;
        placements += usize::from(placed);
    }
    spinner.finish_and_clear();

    Ok(SeedReport {
        candidates: count,
        clients: clients.len(),
        mandates: mandates.len(),
        pipeline_entries,
        placements,
        users: users.count,
        elapsed: started.elapsed(),
    })
}

/// Generates on a blocking thread while the previous batch is written, so both cores work.
pub async fn write_candidates(
    store: &Arc<dyn Store>,
    generator: Generator,
    count: u64,
) -> anyhow::Result<Vec<CandidateId>> {
    let bar = ProgressBar::new(count).with_style(
        ProgressStyle::with_template(
            "{bar:40} {pos:>9}/{len} interim managers  {per_sec:>12}  eta {eta}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Vec<InterimManager>>(2);
    let producer = tokio::task::spawn_blocking(move || {
        let mut next = 0u64;
        while next < count {
            let end = (next + BATCH as u64).min(count);
            let batch: Vec<InterimManager> = (next..end).map(|i| generator.candidate(i)).collect();
            if tx.blocking_send(batch).is_err() {
                break;
            }
            next = end;
        }
    });
    let mut ids = Vec::with_capacity(count as usize);
    while let Some(batch) = rx.recv().await {
        ids.extend(
            store
                .insert_candidates(&batch)
                .await
                .context("writing interim managers")?,
        );
        bar.set_position(ids.len() as u64);
    }
    producer
        .await
        .context("the generator stopped unexpectedly")?;
    bar.finish_and_clear();
    Ok(ids)
}

struct DemoUsers {
    consultants: Vec<UserId>,
    count: usize,
}

async fn demo_users(
    store: &Arc<dyn Store>,
    clients: &[(
        ClientId,
        domain::client::Client,
        Vec<domain::ids::ContactId>,
    )],
    first_candidate: CandidateId,
    generator: &Generator,
) -> anyhow::Result<DemoUsers> {
    let password = Password::parse(DEMO_PASSWORD)?;
    let contact_name = match clients[0].2.first() {
        Some(_) => store
            .contacts_of(clients[0].0)
            .await?
            .first()
            .map(|c| c.name.to_string()),
        None => None,
    };
    let manager_name = generator.candidate(0).name.to_string();
    let people: Vec<(&str, String, UserRole)> = vec![
        (
            "admin@interim.demo",
            "Astrid Operations".to_owned(),
            UserRole::Admin,
        ),
        (
            "consultant@interim.demo",
            "Ingrid Partner".to_owned(),
            UserRole::Consultant,
        ),
        (
            "consultant2@interim.demo",
            "Henrik Researcher".to_owned(),
            UserRole::Consultant,
        ),
        (
            "client@interim.demo",
            contact_name.unwrap_or_else(|| "Client Contact".to_owned()),
            UserRole::Client {
                client_id: clients[0].0,
            },
        ),
        (
            "manager@interim.demo",
            manager_name,
            UserRole::InterimManager {
                candidate_id: first_candidate,
            },
        ),
        (
            "juror@interim.demo",
            "Jorunn Juror".to_owned(),
            UserRole::Juror,
        ),
    ];
    let mut consultants = Vec::new();
    for (email, name, role) in &people {
        let user = User {
            email: EmailAddress::parse(email)?,
            display_name: PersonName::parse(name)?,
            role: *role,
            password_hash: password.hash(),
            active: true,
        };
        let id = store.insert_user(&user, Utc::now()).await?;
        if *role == UserRole::Consultant {
            consultants.push(id);
        }
    }
    Ok(DemoUsers {
        consultants,
        count: people.len(),
    })
}

/// Stages the pipeline of a generated mandate reaches, given its status.
fn stages_for(status: MandateStatus) -> &'static [PipelineStage] {
    use PipelineStage::*;
    match status {
        MandateStatus::Intake => &[],
        MandateStatus::Search => &[
            Longlist, Longlist, Longlist, Contacted, Contacted, Interested, Vetting, Rejected,
        ],
        MandateStatus::Shortlist => &[
            Longlist,
            Contacted,
            Rejected,
            Shortlisted,
            Presented,
            Presented,
            ClientInterview,
            Offered,
            Withdrawn,
        ],
        MandateStatus::Placed => &[Offered, Presented, Presented, Rejected, Withdrawn],
        MandateStatus::Cancelled => &[Longlist, Contacted, Withdrawn],
    }
}

const REJECTIONS: &[&str] = &[
    "Day rate well above the client's budget",
    "The client preferred candidates with listed-company experience",
    "Not available until after the start date",
    "Weaker on the situation analysis than the others on the shortlist",
];
const WITHDRAWALS: &[&str] = &[
    "Accepted another assignment",
    "Family reasons; cannot commute this autumn",
    "The mandate was put on hold by the client",
];

/// Puts fitting interim managers in a mandate's pipeline at the stages its status implies,
/// with a believable history; a placed mandate gets a real placement. Returns the number of
/// entries and whether a placement was made.
#[allow(clippy::too_many_arguments)]
async fn pipeline_for(
    store: &Arc<dyn Store>,
    generator: &Generator,
    candidate_ids: &[CandidateId],
    mandate_id: MandateId,
    mandate: &Mandate,
    salt: usize,
    now: DateTime<Utc>,
    placed_people: &mut HashSet<CandidateId>,
) -> anyhow::Result<(usize, bool)> {
    let stages = stages_for(mandate.status);
    if stages.is_empty() {
        return Ok((0, false));
    }
    // Walk the network from a point that depends on the mandate, taking interim leaders whose
    // recent role is the mandate's or a related one.
    let n = candidate_ids.len();
    let mut chosen = Vec::new();
    let mut index = (salt * 7_919) % n;
    for _ in 0..n.min(20_000) {
        let person = generator.candidate(index as u64);
        let fits = person.profile_kind == ProfileKind::InterimLeader
            && person
                .current_role()
                .is_some_and(|r| r.kinship(mandate.role) != RoleKinship::None)
            && !placed_people.contains(&candidate_ids[index]);
        if fits {
            chosen.push(candidate_ids[index]);
            if chosen.len() == stages.len() {
                break;
            }
        }
        index = (index + 1) % n;
    }
    let elapsed = (mandate.placed_at.unwrap_or(now) - mandate.opened_at).max(Duration::hours(2));
    let mut placed = false;
    for (k, (candidate, stage)) in chosen.iter().zip(stages).enumerate() {
        let mut entry = PipelineEntry::new(
            mandate_id,
            *candidate,
            PipelineStage::Longlist,
            mandate.opened_at + Duration::minutes(30 + k as i64),
            mandate.consultant_id,
        );
        let path: Vec<PipelineStage> = match stage {
            PipelineStage::Rejected => vec![PipelineStage::Contacted, PipelineStage::Rejected],
            PipelineStage::Withdrawn => vec![
                PipelineStage::Contacted,
                PipelineStage::Interested,
                PipelineStage::Withdrawn,
            ],
            target => PipelineStage::FORWARD
                .iter()
                .copied()
                .skip(1)
                .take_while(|s| s.index() <= target.index())
                .collect(),
        };
        let steps = path.len() as i32 + 1;
        for (j, to) in path.iter().enumerate() {
            let at = mandate.opened_at + elapsed * (j as i32 + 1) / steps;
            let reason = match to {
                PipelineStage::Rejected => Some(REJECTIONS[(salt + k) % REJECTIONS.len()]),
                PipelineStage::Withdrawn => Some(WITHDRAWALS[(salt + k) % WITHDRAWALS.len()]),
                _ => None,
            };
            entry.move_to(*to, at, mandate.consultant_id, reason)?;
        }
        let entry_id = store.insert_pipeline_entry(&entry).await?;
        if k == 0 && mandate.status == MandateStatus::Placed {
            let placement = Placement {
                mandate_id,
                candidate_id: *candidate,
                client_contact_id: mandate.contact_id,
                period: mandate.window(),
                day_rate: mandate.budget_day_rate,
                placed_at: mandate.placed_at.unwrap_or(now),
            };
            store
                .place(&placement, entry_id, domain::ids::Version::FIRST)
                .await?;
            placed_people.insert(*candidate);
            placed = true;
        }
    }
    Ok((chosen.len(), placed))
}
