//! The demo's vetting and shortlists: interviews scored from each person's trait profile (two
//! interviewers, sometimes a point or two apart), a reference, and the qualification decision
//! behind their status; and for mandates whose shortlist is out, the presented shortlist with
//! a rationale per candidate and the client's wish to meet those it is interviewing; and
//! anonymised postings on the job board.

use std::sync::Arc;

use anyhow::Context;

use chrono::{DateTime, Duration, Utc};

use domain::candidate::InterimManager;
use domain::ids::{CandidateId, MandateId, UserId};
use domain::mandate::Mandate;
use domain::placement::{ClientFeedback, FeedbackKind, Shortlist, ShortlistEntry};
use domain::values::{LongText, PersonName, RequiredText, ShortText};
use domain::vetting::{
    QualificationDecision, REFERENCE_QUESTIONS, ReferenceAnswer, ReferenceCheck, Scorecard,
    VettingInterview,
};
use domain::vocabulary::{
    PipelineStage, QualificationOutcome, Recommendation, RefereeRelation, Trait, Verdict,
    VettingStatus,
};
use store::Store;

/// What an interviewer wrote as evidence for each trait, in the order of [`Trait::ALL`].
const EVIDENCE: [&str; 7] = [
    "Described taking over a site on a Monday and holding the first crisis meeting by noon.",
    "Closed two loss-making lines within six weeks after a short, fact-based review.",
    "Gave a blunt account of what went wrong in the last assignment and why.",
    "Kept the management team together through a round of layoffs; no key leaver.",
    "Walked through the cash-flow model without notes and spotted our test error.",
    "Turned down a bonus tied to a sale they thought wrong for the employees.",
    "Every example ended in a number: margin, days of inventory, on-time delivery.",
];

const REFEREES: [&str; 6] = [
    "Kari Nordmann",
    "Lars Eriksson",
    "Mette Kristensen",
    "Jukka Laine",
    "Sigrid Berg",
    "Anders Holm",
];

/// Interviews, a reference and a decision for someone the provider has vetted; nothing for
/// those not yet assessed.
pub async fn vet(
    store: &Arc<dyn Store>,
    id: CandidateId,
    person: &InterimManager,
    interviewers: &[UserId],
    salt: usize,
    now: DateTime<Utc>,
) -> anyhow::Result<usize> {
    let Some(profile) = person.traits else {
        return Ok(0);
    };
    if interviewers.is_empty() || person.vetting.status == VettingStatus::Unvetted {
        return Ok(0);
    }
    let decided = now - Duration::days(30 + (salt % 200) as i64);
    for round in 0..2usize {
        let entries: Vec<(Trait, i64, &str)> = Trait::ALL
            .iter()
            .map(|t| {
                let base = (i64::from(profile.0[t.index()]) + 5) / 10;
                // The second interviewer sometimes reads a trait differently.
                let shift = if round == 1 && (salt + t.index()).is_multiple_of(5) {
                    if base >= 4 { -2 } else { 1 }
                } else {
                    0
                };
                (*t, (base + shift).clamp(1, 5), EVIDENCE[t.index()])
            })
            .collect();
        let interview = VettingInterview {
            candidate_id: id,
            mandate_id: None,
            interviewer: interviewers[(salt + round) % interviewers.len()],
            held_on: (decided - Duration::days(14 - 7 * round as i64)).date_naive(),
            scorecard: Scorecard::parse(&entries)?,
            recommendation: match person.vetting.status {
                VettingStatus::NotQualified => Recommendation::DoNotRecommend,
                VettingStatus::OnHold => Recommendation::Reservations,
                _ if round == 0 => Recommendation::Strong,
                _ => Recommendation::Recommend,
            },
            notes: LongText::parse("Prepared, concrete, asked sharp questions about the board.")?,
        };
        store.insert_interview(&interview).await?;
    }
    let earlier = person
        .track_record
        .iter()
        .filter(|t| t.end.is_some())
        .max_by_key(|t| t.start);
    if let Some(role) = earlier {
        let check = ReferenceCheck {
            candidate_id: id,
            referee_name: PersonName::parse(REFEREES[salt % REFEREES.len()])?,
            referee_company: role
                .organisation
                .clone()
                .context("a generated role names its organisation")?,
            relation: RefereeRelation::ALL[salt % RefereeRelation::ALL.len()],
            assignment: ShortText::parse(role.role.title())?,
            answers: vec![
                ReferenceAnswer {
                    question: ShortText::parse(REFERENCE_QUESTIONS[0])?,
                    answer: role.achievements.clone(),
                },
                ReferenceAnswer {
                    question: ShortText::parse(REFERENCE_QUESTIONS[2])?,
                    answer: LongText::parse(
                        "Yes, without hesitation, for the same kind of situation.",
                    )?,
                },
            ],
            verdict: match person.vetting.status {
                VettingStatus::NotQualified => Verdict::Mixed,
                _ => Verdict::Positive,
            },
            checked_on: (decided - Duration::days(3)).date_naive(),
            checked_by: interviewers[salt % interviewers.len()],
        };
        store.insert_reference(&check).await?;
    }
    let outcome = match person.vetting.status {
        VettingStatus::Qualified => Some(QualificationOutcome::Qualified),
        VettingStatus::NotQualified => Some(QualificationOutcome::NotQualified),
        VettingStatus::OnHold => Some(QualificationOutcome::OnHold),
        _ => None,
    };
    if let Some(outcome) = outcome {
        let decision = QualificationDecision {
            candidate_id: id,
            outcome,
            reasons: RequiredText::parse(match outcome {
                QualificationOutcome::Qualified => {
                    "Both interviews and the reference agree: operational at once, results on record."
                }
                QualificationOutcome::NotQualified => {
                    "Strong adviser, but no evidence of leading people through change."
                }
                QualificationOutcome::OnHold => "Waiting for a second reference.",
            })?,
            decided_by: interviewers[salt % interviewers.len()],
            decided_at: decided,
            // The status the network already has stands: the decision records it.
            expires_on: person
                .vetting
                .qualified_until
                .unwrap_or_else(|| QualificationDecision::default_expiry(decided.date_naive())),
        };
        store.decide_qualification(&decision, None).await?;
    }
    Ok(2)
}

/// Presents the shortlist of a mandate whose shortlist is out: those the client already
/// knows (presented, in interview, offered), two to five, each with a rationale; and records
/// that the client asked to meet those it is interviewing.
pub async fn shortlist(
    store: &Arc<dyn Store>,
    mandate_id: MandateId,
    mandate: &Mandate,
    people: &[(CandidateId, &InterimManager, PipelineStage)],
    client_user: Option<UserId>,
    now: DateTime<Utc>,
) -> anyhow::Result<bool> {
    let shown: Vec<_> = people
        .iter()
        .filter(|(_, _, s)| {
            matches!(
                s,
                PipelineStage::Presented | PipelineStage::ClientInterview | PipelineStage::Offered
            )
        })
        .take(5)
        .collect();
    let (Some(consultant), true) = (mandate.consultant_id, shown.len() >= 2) else {
        return Ok(false);
    };
    let entries = shown
        .iter()
        .map(|(id, person, _)| {
            let handled = person
                .specialisation
                .situations
                .first()
                .map_or("hard situations".to_owned(), |s| s.label().to_lowercase());
            Ok(ShortlistEntry {
                candidate_id: *id,
                rationale: RequiredText::parse(&format!(
                    "{} with {} years of leadership; has handled: {}. Free in time for the start and within budget.",
                    person.headline,
                    person
                        .track_record
                        .iter()
                        .filter_map(|t| t.start)
                        .min()
                        .map_or(10, |d| (now.date_naive() - d).num_days() / 365),
                    handled
                ))?,
            })
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    let presented_at = mandate.shortlist_presented_at.unwrap_or(now);
    store
        .present_shortlist(
            &Shortlist {
                mandate_id,
                entries,
                created_by: consultant,
                presented_at: Some(presented_at),
            },
            domain::mandate::Mandate::shortlist_presented,
        )
        .await?;
    if let Some(client) = client_user {
        for (id, _, stage) in &shown {
            if matches!(
                stage,
                PipelineStage::ClientInterview | PipelineStage::Offered
            ) {
                let feedback = ClientFeedback::new(
                    mandate_id,
                    *id,
                    FeedbackKind::Meet,
                    "",
                    client,
                    presented_at + Duration::hours(20),
                )?;
                store.record_feedback(&feedback).await?;
            }
        }
    }
    Ok(true)
}

/// Publishes a mandate on the job board, anonymised: the role, the situation and the goals,
/// never the client's name.
pub async fn publish(
    store: &Arc<dyn Store>,
    mandate_id: MandateId,
    mandate: &Mandate,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let posting = domain::portal::JobPosting {
        mandate_id,
        headline: ShortText::parse(&format!(
            "Interim {} · {}",
            mandate.role.title(),
            mandate.situation.label()
        ))?,
        description: LongText::parse(&format!(
            "{} at {} level for {} weeks from {}. {}",
            mandate.role.title(),
            mandate.level.label().to_lowercase(),
            mandate.duration_weeks,
            mandate.start_date.format("%-d %B %Y"),
            mandate.analysis.goals
        ))?,
        show_client_name: false,
        published_at: now,
        closes_on: (now + Duration::days(21)).date_naive(),
    };
    store.publish_posting(&posting).await?;
    Ok(())
}

/// A few contacts in the demo manager's own network, one of them due for a call.
pub async fn demo_network(
    store: &Arc<dyn Store>,
    owner: CandidateId,
    today: chrono::NaiveDate,
) -> anyhow::Result<()> {
    let people = [
        (
            "Kari Lunde",
            "Nordfjord Industri AS",
            "CEO",
            "Board sponsor on the plant consolidation",
            -40,
            Some(-3),
        ),
        (
            "Per Aas",
            "Vestland Energi AS",
            "CFO",
            "Worked side by side on the refinancing",
            -120,
            Some(20),
        ),
        (
            "Lena Strand",
            "Oslo kommune",
            "Director of Finance",
            "Met at the public-sector CFO forum",
            -200,
            None,
        ),
    ];
    for (name, company, role, met, last, next) in people {
        let contact = domain::portal::NetworkContact {
            owner,
            name: PersonName::parse(name)?,
            company: ShortText::parse(company)?,
            role_title: ShortText::parse(role)?,
            met_how: LongText::parse(met)?,
            met_on_placement: None,
            last_contact: Some(today + Duration::days(last)),
            notes: LongText::parse("")?,
            next_contact_on: next.map(|d| today + Duration::days(d)),
        };
        store.insert_network_contact(&contact).await?;
    }
    Ok(())
}

/// A CV on file for the demo manager: a real one-page PDF written from their generated
/// profile (name, headline, summary and the track record, newest first), stored through the
/// same content check and metadata stripping as an upload.
pub async fn demo_cv(store: &Arc<dyn Store>, owner: CandidateId) -> anyhow::Result<()> {
    let person = store.candidate(owner).await?.value;
    let mut lines = vec![
        person.name.to_string(),
        person.headline.to_string(),
        String::new(),
    ];
    lines.extend(wrap(person.summary.as_str(), 90));
    lines.push(String::new());
    let mut record: Vec<_> = person.track_record.iter().collect();
    record.sort_by_key(|t| std::cmp::Reverse(t.start));
    for t in record.iter().take(8) {
        let end = t
            .end
            .map_or_else(|| "now".to_owned(), |d| d.format("%Y").to_string());
        lines.push(format!(
            "{}-{}  {}, {}",
            t.start
                .map_or_else(String::new, |d| d.format("%Y").to_string()),
            end,
            t.role.title(),
            t.organisation.as_ref().map_or("", ShortText::as_str)
        ));
        lines.extend(wrap(t.achievements.as_str(), 86).map(|l| format!("    {l}")));
    }
    let bytes = one_page_pdf(&lines);
    let cv = domain::cv::CvFile::parse(&format!("{} CV.pdf", person.name), &bytes)
        .map_err(|e| anyhow::anyhow!("the demo CV is not a valid file: {e}"))?;
    store.put_cv(owner, &cv, None, Utc::now()).await?;
    Ok(())
}

/// `text` broken into lines of at most `width` characters, at spaces.
fn wrap(text: &str, width: usize) -> impl Iterator<Item = String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines.into_iter()
}

/// A one-page A4 PDF with `lines` in Helvetica (WinAnsi, so Nordic letters show).
fn one_page_pdf(lines: &[String]) -> Vec<u8> {
    let mut content = b"BT /F1 10 Tf 14 TL 56 790 Td".to_vec();
    for (i, line) in lines.iter().take(52).enumerate() {
        let size = if i == 0 { 16 } else { 10 };
        content.extend_from_slice(format!(" /F1 {size} Tf (").as_bytes());
        for c in line.chars() {
            match c {
                '(' | ')' | '\\' => content.extend_from_slice(&[b'\\', c as u8]),
                c if (c as u32) < 0x80 => content.push(c as u8),
                // Latin-1 letters (æ, ø, å, ä, ö) have the same code in WinAnsi.
                c if (c as u32) < 0x100 => content.push(c as u32 as u8),
                _ => content.push(b'?'),
            }
        }
        content.extend_from_slice(b") Tj T*");
    }
    content.extend_from_slice(b" ET");
    let objects: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_vec(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".to_vec(),
        [
            format!("<< /Length {} >>\nstream\n", content.len()).into_bytes(),
            content,
            b"\nendstream".to_vec(),
        ]
        .concat(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// The demo manager's finished assignment at the demo client's company, in their own role:
/// opened 250 days ago, presented on day 4, placed on day 8, 26 weeks on site, over some
/// weeks ago. So the manager's page lists a placement and suggests the client's contact for
/// their network, and the demo client can rate the assignment in its portal.
pub async fn demo_past_assignment(
    store: &Arc<dyn Store>,
    template: &Mandate,
    (client, contact): (domain::ids::ClientId, Option<domain::ids::ContactId>),
    manager: CandidateId,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    let person = store.candidate(manager).await?.value;
    let role = person
        .current_role()
        .cloned()
        .unwrap_or_else(|| template.role.clone());
    let opened = now - Duration::days(250);
    let mut mandate = template.clone();
    mandate.client_id = client;
    mandate.contact_id = contact;
    mandate.title = ShortText::parse(&format!(
        "Interim {}",
        role.title().trim_start_matches("Interim ")
    ))?;
    mandate.role = role;
    mandate.opened_at = opened;
    mandate.start_date = (opened + Duration::days(14)).date_naive();
    mandate.duration_weeks = 26;
    mandate.status = domain::vocabulary::MandateStatus::Shortlist;
    mandate.shortlist_presented_at = Some(opened + Duration::days(4));
    mandate.placed_at = None;
    let mandate_id = store.insert_mandate(&mandate).await?;
    let mut entry = domain::pipeline::PipelineEntry::new(
        mandate_id,
        manager,
        PipelineStage::Longlist,
        opened + Duration::hours(2),
        mandate.consultant_id,
    );
    for (day, stage) in [
        (1, PipelineStage::Contacted),
        (1, PipelineStage::Interested),
        (2, PipelineStage::Vetting),
        (3, PipelineStage::Shortlisted),
        (4, PipelineStage::Presented),
        (6, PipelineStage::ClientInterview),
        (7, PipelineStage::Offered),
    ] {
        entry.move_to(
            stage,
            opened + Duration::days(day),
            mandate.consultant_id,
            None,
        )?;
    }
    let entry_id = store.insert_pipeline_entry(&entry).await?;
    let placement = domain::placement::Placement {
        mandate_id,
        candidate_id: manager,
        client_contact_id: contact,
        period: mandate.window(),
        day_rate: person.day_rate,
        placed_at: opened + Duration::days(8),
    };
    store
        .place(
            &placement,
            entry_id,
            domain::ids::Version::FIRST,
            domain::mandate::Mandate::placed,
        )
        .await?;
    Ok(())
}
