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
use domain::occupation::Relation;
use domain::pipeline::PipelineEntry;
use domain::placement::Placement;
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
    interviews: usize,
    shortlists: usize,
    postings: usize,
    users: usize,
    elapsed: StdDuration,
}

impl SeedReport {
    /// Prints the summary.
    pub fn print(&self) {
        println!(
            "Seeded {} interim managers, {} clients, {} mandates ({} pipeline entries, {} vetting interviews, {} presented shortlists, {} placements, {} job postings) and {} users in {:.1} s.",
            self.candidates,
            self.clients,
            self.mandates,
            self.pipeline_entries,
            self.interviews,
            self.shortlists,
            self.placements,
            self.postings,
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
    // The last of `count` is the demo's possible duplicate of the second (below).
    let generated = if count > 2 { count - 1 } else { count };
    let candidate_ids = write_candidates(store, generator, generated).await?;

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

    crate::vetting_seed::demo_network(store, candidate_ids[0], today).await?;
    crate::vetting_seed::demo_cv(store, candidate_ids[0]).await?;
    if generated < count {
        demo_duplicate(store, candidate_ids[1], today).await?;
    }

    spinner.set_message("mandates and pipelines");
    let mandate_count = (count as usize / 500).clamp(20, 120);
    let mut mandates = generator.mandates(&clients, &users.consultants, mandate_count);
    // The demo client's company gets a mandate with its shortlist out and one placed, so its
    // portal has something to show on first start.
    for status in [MandateStatus::Shortlist, MandateStatus::Placed] {
        if let Some(m) = mandates
            .iter_mut()
            .find(|m| m.status == status && m.client_id != clients[0].0)
        {
            m.client_id = clients[0].0;
            m.contact_id = clients[0].2.first().copied();
        }
    }
    let now = Utc::now();
    let mut pipeline_entries = 0;
    let mut placements = 0;
    let mut interviews = 0;
    let mut shortlists = 0;
    let mut postings = 0;
    let mut placed_people = HashSet::new();
    for (i, mandate) in mandates.iter().enumerate() {
        // A placed mandate goes in with its shortlist out; the placement then closes it.
        let mut opened = mandate.clone();
        if opened.status == MandateStatus::Placed {
            opened.status = MandateStatus::Shortlist;
            opened.placed_at = None;
        }
        let id = store.insert_mandate(&opened).await?;
        let made = pipeline_for(
            store,
            &generator,
            &candidate_ids,
            id,
            mandate,
            i,
            now,
            &mut placed_people,
            &users.consultants,
            users.client,
        )
        .await?;
        if matches!(
            mandate.status,
            MandateStatus::Search | MandateStatus::Intake
        ) && i % 2 == 0
        {
            crate::vetting_seed::publish(store, id, mandate, now).await?;
            postings += 1;
        }
        pipeline_entries += made.entries;
        placements += usize::from(made.placed);
        interviews += made.interviews;
        shortlists += usize::from(made.shortlisted);
    }
    let mut extra_mandates = 0;
    if let Some(template) = mandates.first() {
        crate::vetting_seed::demo_past_assignment(
            store,
            template,
            (clients[0].0, clients[0].2.first().copied()),
            candidate_ids[0],
            now,
        )
        .await?;
        placements += 1;
        extra_mandates += 1;
    }
    spinner.finish_and_clear();

    Ok(SeedReport {
        candidates: count,
        clients: clients.len(),
        mandates: mandates.len() + extra_mandates,
        pipeline_entries,
        placements,
        interviews,
        shortlists,
        postings,
        users: users.count,
        elapsed: started.elapsed(),
    })
}

/// The same person again, as a partner network's export brings them: another e-mail, no
/// phone, their partner id, only their latest role, and not vetted. They wait in the
/// consultants' review queue as a possible duplicate of the record the network has.
async fn demo_duplicate(
    store: &Arc<dyn Store>,
    original: CandidateId,
    today: NaiveDate,
) -> anyhow::Result<()> {
    let held = store.candidate(original).await?.value;
    let mut again = held.clone();
    let local: String = held
        .name
        .as_str()
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphabetic)
        .take(24)
        .collect();
    again.email = EmailAddress::parse(&format!("{local}@partner-export.example"))?;
    again.phone = None;
    again.source = domain::candidate::SourceNetwork::parse(seed::PARTNER_NETWORK)?;
    again.external_id = Some(domain::values::ShortText::parse("GL-20417")?);
    again.track_record.truncate(1);
    again.vetting = domain::candidate::Vetting {
        status: domain::vocabulary::VettingStatus::Unvetted,
        qualified_until: None,
    };
    again.traits = None;
    let notice_due = today + Duration::days(domain::candidate::LegalBasis::NOTICE_DAYS);
    again.basis = domain::candidate::LegalBasis::LegitimateInterest { notice_due };
    again.consent_until = Some(notice_due);
    let id = store.insert_candidates(&[again.clone()]).await?[0];
    if let Some(reasons) = domain::duplicates::resemblance(&again, &held) {
        store
            .record_possible_duplicates(&[(original, id, reasons)], Utc::now())
            .await?;
    }
    Ok(())
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
    /// The demo client user and its company.
    client: Option<(UserId, ClientId)>,
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
    let client = store
        .user_by_email("client@interim.demo")
        .await?
        .map(|u| (u.id, clients[0].0));
    Ok(DemoUsers {
        consultants,
        client,
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

/// What seeding one mandate's pipeline made.
#[derive(Debug, Default)]
struct Pipeline {
    entries: usize,
    placed: bool,
    interviews: usize,
    shortlisted: bool,
}

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
    interviewers: &[UserId],
    demo_client: Option<(UserId, ClientId)>,
) -> anyhow::Result<Pipeline> {
    let stages = stages_for(mandate.status);
    if stages.is_empty() {
        return Ok(Pipeline::default());
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
                .and_then(|r| r.occupation().zip(mandate.role.occupation()))
                .is_some_and(|(held, sought)| Relation::between(sought, held) != Relation::None)
            && !placed_people.contains(&candidate_ids[index])
            && !chosen.iter().any(|(id, _)| *id == candidate_ids[index]);
        if fits {
            chosen.push((candidate_ids[index], person));
            if chosen.len() == stages.len() {
                break;
            }
        }
        index = (index + 1) % n;
    }
    let elapsed = (mandate.placed_at.unwrap_or(now) - mandate.opened_at).max(Duration::hours(2));
    let mut placed = false;
    let mut placement_entry = None;
    for (k, ((candidate, _), stage)) in chosen.iter().zip(stages).enumerate() {
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
            placement_entry = Some((*candidate, entry_id));
        }
    }
    // Vetting for everyone who got as far as vetting; the shortlist where it is out.
    let reached: Vec<(CandidateId, &InterimManager, PipelineStage)> = chosen
        .iter()
        .zip(stages)
        .map(|((id, person), stage)| (*id, person, *stage))
        .collect();
    let mut interviews = 0;
    for (k, (id, person, stage)) in reached.iter().enumerate() {
        if stage.index() >= PipelineStage::Vetting.index() {
            interviews +=
                crate::vetting_seed::vet(store, *id, person, interviewers, salt + k, now).await?;
        }
    }
    let client_user = demo_client
        .filter(|(_, client)| *client == mandate.client_id)
        .map(|(user, _)| user);
    let shortlisted =
        matches!(
            mandate.status,
            MandateStatus::Shortlist | MandateStatus::Placed
        ) && crate::vetting_seed::shortlist(store, mandate_id, mandate, &reached, client_user, now)
            .await?;
    if let Some((candidate, entry_id)) = placement_entry {
        let placement = Placement {
            mandate_id,
            candidate_id: candidate,
            client_contact_id: mandate.contact_id,
            period: mandate.window(),
            day_rate: mandate.budget_day_rate,
            placed_at: mandate.placed_at.unwrap_or(now),
        };
        store
            .place(
                &placement,
                entry_id,
                domain::ids::Version::FIRST,
                domain::mandate::Mandate::placed,
            )
            .await?;
        placed_people.insert(candidate);
        placed = true;
    }
    Ok(Pipeline {
        entries: chosen.len(),
        placed,
        interviews,
        shortlisted,
    })
}
