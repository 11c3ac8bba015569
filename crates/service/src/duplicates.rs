//! Possible duplicates and merges. A new person (created over the API or imported) whose
//! name is like a held person's and who shares their birth year, city or an employer
//! ([`domain::duplicates::resemblance`]) is put with them in a review queue; a consultant
//! compares the two side by side and merges them or keeps them apart. A merge keeps
//! everything either record held (see [`store::Store::merge_candidates`]); the merged-away
//! id answers with the survivor's from then on (`store::Error::Merged`). Every decision is
//! audited, and the index of this server changes at once, every other's through the feed.

use domain::audit::{AuditAction, AuditEntry};
use domain::candidate::InterimManager;
use domain::duplicates::{PossibleDuplicate, merge_people, name_key, resemblance};
use domain::ids::{CandidateId, Stored};
use domain::intake::FieldChange;
use domain::vocabulary::PipelineStage;
use store::CandidateMerge;

use crate::{Actor, Error, Records, Service};

/// At most this many possible duplicates are noted for one new person: a very common name
/// in one city would otherwise fill the queue with strangers.
const PAIRS_PER_PERSON: usize = 5;

/// Notes the possible duplicates of people just written (`people`): each pair of one of
/// them with a held person (or another of them) whose name is alike and who shares a birth
/// year, a city or an employer. With `only_older`, each is paired only with records older
/// than they are (for people just created: a pair within one batch is noted once, by its
/// newer record). Returns, for each of `people` in order, the ids noted with them.
pub async fn note_possible_duplicates(
    service: &Service,
    people: &[(CandidateId, &InterimManager)],
    only_older: bool,
) -> Result<Vec<Vec<CandidateId>>, Error> {
    let mut keys: Vec<String> = people
        .iter()
        .map(|(_, c)| name_key(c.name.as_str()))
        .filter(|k| !k.is_empty())
        .collect();
    keys.sort_unstable();
    keys.dedup();
    if keys.is_empty() {
        return Ok(vec![Vec::new(); people.len()]);
    }
    let alike = service.store.candidates_named_alike(&keys).await?;
    let mut by_key: std::collections::HashMap<String, Vec<&Stored<CandidateId, InterimManager>>> =
        std::collections::HashMap::new();
    for c in &alike {
        by_key
            .entry(name_key(c.value.name.as_str()))
            .or_default()
            .push(c);
    }
    let mut pairs = Vec::new();
    let mut noted = Vec::with_capacity(people.len());
    for (id, person) in people {
        let mut with = Vec::new();
        for other in by_key
            .get(&name_key(person.name.as_str()))
            .into_iter()
            .flatten()
        {
            if other.id == *id || (only_older && other.id > *id) {
                continue;
            }
            if let Some(reasons) = resemblance(person, &other.value) {
                with.push(other.id);
                pairs.push((*id, other.id, reasons));
                if with.len() == PAIRS_PER_PERSON {
                    break;
                }
            }
        }
        noted.push(with);
    }
    if !pairs.is_empty() {
        service
            .store
            .record_possible_duplicates(&pairs, service.now())
            .await?;
    }
    Ok(noted)
}

/// A pair in the review queue with both records as they are now.
#[derive(Debug, Clone)]
pub struct DuplicatePair {
    /// The pair.
    pub pair: PossibleDuplicate,
    /// The older record.
    pub first: Stored<CandidateId, InterimManager>,
    /// The newer record.
    pub second: Stored<CandidateId, InterimManager>,
}

/// The open pairs, oldest first (staff only).
pub async fn review_queue(
    service: &Service,
    actor: &Actor,
    limit: u32,
) -> Result<Vec<DuplicatePair>, Error> {
    Records::new(service, actor).staff_only()?;
    let pairs = service.store.possible_duplicates("open", limit).await?;
    let mut ids: Vec<CandidateId> = pairs
        .iter()
        .flat_map(|p| [CandidateId(p.first), CandidateId(p.second)])
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let people: std::collections::HashMap<CandidateId, Stored<CandidateId, InterimManager>> =
        service
            .store
            .candidates_among(&ids)
            .await?
            .into_iter()
            .map(|c| (c.id, c))
            .collect();
    Ok(pairs
        .into_iter()
        .filter_map(|pair| {
            Some(DuplicatePair {
                first: people.get(&CandidateId(pair.first))?.clone(),
                second: people.get(&CandidateId(pair.second))?.clone(),
                pair,
            })
        })
        .collect())
}

/// One pair with both records (staff only); a pair one of whose records was merged away
/// since answers `Merged`.
pub async fn pair(service: &Service, actor: &Actor, id: i64) -> Result<DuplicatePair, Error> {
    Records::new(service, actor).staff_only()?;
    let pair = service.store.possible_duplicate(id).await?;
    let first = service.store.candidate(CandidateId(pair.first)).await?;
    let second = service.store.candidate(CandidateId(pair.second)).await?;
    Ok(DuplicatePair {
        pair,
        first,
        second,
    })
}

/// Merges an open pair, keeping the record `survivor` (one of the two; staff only).
pub async fn merge_pair(
    service: &Service,
    actor: &Actor,
    id: i64,
    survivor: CandidateId,
) -> Result<MergeOutcome, Error> {
    Records::new(service, actor).staff_only()?;
    let pair = service.store.possible_duplicate(id).await?;
    if pair.status != "open" {
        return Err(Error::Duplicate(format!(
            "possible duplicate {id} was decided already ({})",
            pair.status.replace('_', " ")
        )));
    }
    let other = if survivor.0 == pair.first {
        pair.second
    } else if survivor.0 == pair.second {
        pair.first
    } else {
        return Err(Error::Invalid(domain::Invalid::new(
            "survivor",
            format!(
                "{} is not one of the pair: choose {} or {}",
                survivor.0, pair.first, pair.second
            ),
        )));
    };
    merge_candidates(service, actor, survivor, CandidateId(other)).await
}

/// Records that the pair are two people (staff only): they are not asked about again.
pub async fn keep_apart(service: &Service, actor: &Actor, id: i64) -> Result<(), Error> {
    Records::new(service, actor).staff_only()?;
    let now = service.now();
    service
        .store
        .decide_possible_duplicate(id, "kept_apart", actor.user_id, now)
        .await?;
    service
        .store
        .append_audit(&AuditEntry {
            record_kind: Some("possible_duplicate".into()),
            record_id: Some(id),
            reason: Some("kept apart: two people".into()),
            ..actor.audit(AuditAction::Change, now)
        })
        .await?;
    Ok(())
}

/// What a merge did.
#[derive(Debug, Clone, PartialEq)]
pub struct MergeOutcome {
    /// The record that stays.
    pub survivor: CandidateId,
    /// The record merged away; its id answers with the survivor's from now on.
    pub merged: CandidateId,
    /// The survivor's fields that changed, with their values before and after.
    pub changed: Vec<FieldChange>,
    /// What moved from the merged record to the survivor, in words ("2 pipeline entries").
    pub moved: Vec<String>,
    /// What two records held once and the survivor now holds once, in words.
    pub folded: Vec<String>,
}

/// How far along a pipeline entry is: an ended one (rejected, withdrawn) below every open
/// one.
fn progress(stage: PipelineStage) -> usize {
    match stage {
        PipelineStage::Rejected | PipelineStage::Withdrawn => 0,
        other => {
            1 + PipelineStage::ALL
                .iter()
                .position(|s| *s == other)
                .unwrap_or(0)
        }
    }
}

/// Merges the record `merged` into `survivor` (staff only): nothing either held is lost
/// (see the module's documentation). Where both were in one mandate's pipeline, or applied
/// to one posting, the entry further along (the earlier application) stays; where both
/// have a CV, the newer stays.
pub async fn merge_candidates(
    service: &Service,
    actor: &Actor,
    survivor: CandidateId,
    merged: CandidateId,
) -> Result<MergeOutcome, Error> {
    Records::new(service, actor).staff_only()?;
    if survivor == merged {
        return Err(Error::Invalid(domain::Invalid::new(
            "merged",
            format!("candidate {} cannot be merged into themself", merged.0),
        )));
    }
    let kept = service.store.candidate(survivor).await?;
    let gone = service.store.candidate(merged).await?;
    let today = service.today();
    let mut record = kept.value.clone();
    let merge = merge_people(&mut record, &gone.value, merged.0, today);

    let mut moved = Vec::new();
    let mut folded = Vec::new();
    let (mut drop_pipeline_entries, mut drop_survivor_entries) = (Vec::new(), Vec::new());
    let theirs = service.store.pipelines_of_candidate(merged).await?;
    let ours = service.store.pipelines_of_candidate(survivor).await?;
    let mut moving = 0;
    for entry in &theirs {
        match ours
            .iter()
            .find(|o| o.value.mandate_id == entry.value.mandate_id)
        {
            None => moving += 1,
            Some(own) => {
                if progress(entry.value.stage()) > progress(own.value.stage()) {
                    drop_survivor_entries.push(own.id);
                    moving += 1;
                } else {
                    drop_pipeline_entries.push(entry.id);
                }
                folded.push(format!(
                    "both were in mandate {}'s pipeline: the entry at {} stays",
                    entry.value.mandate_id.0,
                    entry
                        .value
                        .stage()
                        .max_by_progress(own.value.stage())
                        .label()
                ));
            }
        }
    }
    if moving > 0 {
        moved.push(count(moving, "pipeline entry", "pipeline entries"));
    }
    let their_applications = service.store.applications_of(merged).await?;
    let our_applications = service.store.applications_of(survivor).await?;
    let mut drop_applications = Vec::new();
    for (application, posting) in &their_applications {
        if our_applications
            .iter()
            .any(|(own, _)| own.value.posting_id == application.value.posting_id)
        {
            drop_applications.push(application.id);
            folded.push(format!(
                "both applied for \"{}\": the survivor's application stays",
                posting.headline
            ));
        }
    }
    let applications = their_applications.len() - drop_applications.len();
    if applications > 0 {
        moved.push(count(applications, "application", "applications"));
    }
    let placements = service.store.placements_of(merged).await?.len();
    if placements > 0 {
        moved.push(count(placements, "placement", "placements"));
    }
    let their_cv = service.store.cv_of(merged).await?;
    let our_cv = service.store.cv_of(survivor).await?;
    let (mut drop_cv, mut replace_cv) = (false, false);
    match (&their_cv, &our_cv) {
        (Some(theirs), Some(ours)) => {
            if theirs.uploaded_at > ours.uploaded_at {
                replace_cv = true;
            } else {
                drop_cv = true;
            }
            folded.push("both had a CV: the newer one stays".into());
        }
        (Some(_), None) => moved.push("the CV".into()),
        _ => {}
    }
    let report = serde_json::json!({
        "changed": merge.changed,
        "moved": moved,
        "folded": folded,
    });
    let now = service.now();
    service
        .store
        .merge_candidates(&CandidateMerge {
            survivor,
            expected: kept.version,
            survivor_record: &record,
            merged,
            merged_record: &gone.value,
            drop_pipeline_entries,
            drop_survivor_entries,
            drop_applications,
            drop_cv,
            replace_cv,
            by: actor.user_id,
            at: now,
            report: report.clone(),
        })
        .await?;
    service
        .store
        .append_audit(&AuditEntry {
            record_kind: Some("candidate".into()),
            record_id: Some(survivor.0),
            subject: Some(survivor),
            reason: Some(format!(
                "merged candidate {} ({}) into {}",
                merged.0, gone.value.email, survivor.0
            )),
            ..actor.audit(AuditAction::Change, now)
        })
        .await?;
    service.index().update(|index| {
        index.remove(merged);
        index.upsert(survivor, &record);
    });
    // The survivor may resemble others the merged record was paired with.
    note_possible_duplicates(service, &[(survivor, &record)], false).await?;
    Ok(MergeOutcome {
        survivor,
        merged,
        changed: merge.changed,
        moved,
        folded,
    })
}

/// "1 placement", "3 placements".
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The stage of two that is further along.
trait FurtherAlong {
    fn max_by_progress(self, other: Self) -> Self;
}

impl FurtherAlong for PipelineStage {
    fn max_by_progress(self, other: Self) -> Self {
        if progress(self) > progress(other) {
            self
        } else {
            other
        }
    }
}
