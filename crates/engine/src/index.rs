//! The in-memory index of the network: a slot per candidate holding its compact features, its
//! blocked periods, and its part of an inverted text index. Upserts and removals are
//! incremental and visible to the next query.
//!
//! Slots are never reused while their postings may still be in the text index: an upsert that
//! changes a candidate's text takes a fresh slot at the end and marks the old one dead, so
//! every posting list stays sorted by slot without ever being searched on update. Dead slots
//! are skipped when ranking and reclaimed by a compaction once they are a fifth of the index.

use foldhash::{HashMap, HashMapExt};
use std::hash::{DefaultHasher, Hash, Hasher};

use domain::candidate::InterimManager;
use domain::ids::CandidateId;
use domain::values::Period;

use crate::columns::Columns;
use crate::features::{Features, Gate, HELD_SLOTS, days, held_roles};
use crate::text;

/// One term's postings: the slots whose text holds it, ascending, and how often.
#[derive(Debug, Default, Clone)]
pub(crate) struct Postings {
    pub slots: Vec<u32>,
    pub counts: Vec<u8>,
}

/// Weight of a headline term against one in the summary or CV: the headline is the
/// candidate's own one-line claim.
const HEADLINE_REPEAT: u8 = 2;

/// The match index. Build it with [`Index::new`] and [`Index::upsert`]; rank with
/// [`Index::rank`](crate::Index::rank).
#[derive(Debug, Default)]
pub struct Index {
    pub(crate) ids: Vec<CandidateId>,
    pub(crate) live: Vec<bool>,
    pub(crate) gates: Vec<Gate>,
    pub(crate) columns: Columns,
    pub(crate) features: Vec<Features>,
    /// Periods the candidate is not free, stated and booked, as inclusive day ranges.
    pub(crate) blocked: Vec<Box<[(i32, i32)]>>,
    /// The stated part of `blocked`, kept to recombine when bookings change.
    stated: Vec<Box<[(i32, i32)]>>,
    pub(crate) doc_len: Vec<u16>,
    text_hash: Vec<u64>,
    /// Each candidate's name and headline, so a ranked list can be shown without reading
    /// the store again.
    labels: Vec<(Box<str>, Box<str>)>,
    /// The title each of `Features::held` was held under, as a number in `titles`, for
    /// explanations; titles repeat across a network, so each is kept once.
    held_titles: Vec<[u32; HELD_SLOTS]>,
    titles: Vec<Box<str>>,
    title_numbers: HashMap<Box<str>, u32>,
    slot_of: HashMap<CandidateId, u32>,
    bookings: HashMap<CandidateId, Box<[(i32, i32)]>>,
    pub(crate) dictionary: HashMap<Box<str>, u32>,
    pub(crate) postings: Vec<Postings>,
    /// Sum of `doc_len` over live slots, for the average document length of BM25.
    pub(crate) total_len: u64,
    pub(crate) dead: usize,
}

impl Index {
    /// An empty index.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many candidates are indexed.
    pub fn len(&self) -> usize {
        self.slot_of.len()
    }

    /// Whether the index is empty.
    pub fn is_empty(&self) -> bool {
        self.slot_of.is_empty()
    }

    /// Whether a candidate is indexed.
    pub fn contains(&self, id: CandidateId) -> bool {
        self.slot_of.contains_key(&id)
    }

    /// A candidate's name and headline as last indexed.
    pub fn label(&self, id: CandidateId) -> Option<(&str, &str)> {
        self.slot(id)
            .map(|slot| (&*self.labels[slot].0, &*self.labels[slot].1))
    }

    /// The title the `i`-th held occupation of a slot was held under.
    pub(crate) fn held_title(&self, slot: usize, i: usize) -> &str {
        self.titles
            .get(self.held_titles[slot][i] as usize)
            .map_or("", |t| t)
    }

    fn held_titles_of(&mut self, candidate: &InterimManager) -> [u32; HELD_SLOTS] {
        let mut numbers = [u32::MAX; HELD_SLOTS];
        for (slot, (_, title)) in held_roles(candidate).into_iter().enumerate() {
            numbers[slot] = match self.title_numbers.get(title) {
                Some(n) => *n,
                None => {
                    let n = self.titles.len() as u32;
                    self.titles.push(title.into());
                    self.title_numbers.insert(title.into(), n);
                    n
                }
            };
        }
        numbers
    }

    pub(crate) fn slot(&self, id: CandidateId) -> Option<usize> {
        self.slot_of.get(&id).map(|s| *s as usize)
    }

    /// Adds a candidate or replaces what the index holds of them.
    pub fn upsert(&mut self, id: CandidateId, candidate: &InterimManager) {
        let features = Features::of(candidate);
        let gate = Gate::of(candidate);
        let stated: Box<[(i32, i32)]> = candidate
            .availability
            .unavailable
            .iter()
            .map(days)
            .collect();
        let hash = text_hash(candidate);
        let label: (Box<str>, Box<str>) = (
            candidate.name.as_str().into(),
            candidate.headline.as_str().into(),
        );
        let held_titles = self.held_titles_of(candidate);
        if let Some(slot) = self.slot(id)
            && self.text_hash[slot] == hash
        {
            self.labels[slot] = label;
            self.held_titles[slot] = held_titles;
            self.features[slot] = features;
            self.gates[slot] = gate;
            self.stated[slot] = stated;
            self.update_blocked(slot);
            return;
        }
        self.remove(id);
        let slot = self.ids.len() as u32;
        let len = self.index_text(slot, candidate);
        self.ids.push(id);
        self.live.push(true);
        self.features.push(features);
        self.gates.push(gate);
        self.blocked.push(Box::default());
        self.stated.push(stated);
        self.update_blocked(slot as usize);
        self.doc_len.push(len);
        self.text_hash.push(hash);
        self.labels.push(label);
        self.held_titles.push(held_titles);
        self.total_len += u64::from(len);
        self.slot_of.insert(id, slot);
    }

    /// Takes a candidate out of the index; the next query no longer sees them.
    pub fn remove(&mut self, id: CandidateId) -> bool {
        let Some(slot) = self.slot_of.remove(&id) else {
            return false;
        };
        let slot = slot as usize;
        self.live[slot] = false;
        self.columns.kill(slot);
        self.total_len -= u64::from(self.doc_len[slot]);
        self.dead += 1;
        if self.dead > 1_024 && self.dead * 5 > self.ids.len() {
            self.compact();
        }
        true
    }

    /// Sets the periods a candidate is booked by placements (replacing earlier bookings). May
    /// come before or after the candidate's upsert.
    pub fn set_bookings(&mut self, id: CandidateId, periods: &[Period]) {
        let booked: Box<[(i32, i32)]> = periods.iter().map(days).collect();
        if booked.is_empty() {
            self.bookings.remove(&id);
        } else {
            self.bookings.insert(id, booked);
        }
        if let Some(slot) = self.slot(id) {
            self.update_blocked(slot);
        }
    }

    /// Recombines a slot's stated and booked periods and its `BLOCKED` flag.
    fn update_blocked(&mut self, slot: usize) {
        let stated = &self.stated[slot];
        self.blocked[slot] = match self.bookings.get(&self.ids[slot]) {
            None => stated.clone(),
            Some(booked) => stated.iter().chain(booked.iter()).copied().collect(),
        };
        self.gates[slot].set_blocked(&self.blocked[slot]);
        self.columns
            .write(slot, &self.gates[slot], &self.features[slot]);
    }

    /// Adds the candidate's text to the inverted index under `slot`; returns its length in terms.
    fn index_text(&mut self, slot: u32, c: &InterimManager) -> u16 {
        let mut counts: HashMap<u32, u8> = HashMap::with_capacity(128);
        let mut len: u32 = 0;
        let mut buf = String::new();
        let mut add = |text: &str, times: u8, index: &mut Index| {
            text::for_each_term(text, &mut buf, |term| {
                let next = index.dictionary.len() as u32;
                let id = match index.dictionary.get(term) {
                    Some(id) => *id,
                    None => {
                        index.dictionary.insert(term.into(), next);
                        index.postings.push(Postings::default());
                        next
                    }
                };
                let count = counts.entry(id).or_insert(0);
                *count = count.saturating_add(times);
                len += u32::from(times);
            });
        };
        add(c.headline.as_str(), HEADLINE_REPEAT, self);
        add(c.summary.as_str(), 1, self);
        add(c.cv_text.as_str(), 1, self);
        for e in &c.track_record {
            add(e.role.title(), 1, self);
            add(e.achievements.as_str(), 1, self);
        }
        for (term, count) in counts {
            let p = &mut self.postings[term as usize];
            p.slots.push(slot);
            p.counts.push(count);
        }
        len.min(u32::from(u16::MAX)) as u16
    }

    /// Drops dead slots: renumbers the live ones in order, so posting lists stay sorted.
    fn compact(&mut self) {
        let mut new_slot = vec![u32::MAX; self.ids.len()];
        let mut next = 0u32;
        for (old, live) in self.live.iter().enumerate() {
            if *live {
                new_slot[old] = next;
                next += 1;
            }
        }
        fn keep<T>(v: &mut Vec<T>, live: &[bool]) {
            let mut i = 0;
            v.retain(|_| {
                i += 1;
                live[i - 1]
            });
        }
        let live = std::mem::take(&mut self.live);
        keep(&mut self.ids, &live);
        keep(&mut self.features, &live);
        keep(&mut self.gates, &live);
        keep(&mut self.blocked, &live);
        keep(&mut self.stated, &live);
        keep(&mut self.doc_len, &live);
        keep(&mut self.text_hash, &live);
        keep(&mut self.labels, &live);
        keep(&mut self.held_titles, &live);
        self.live = vec![true; self.ids.len()];
        self.columns = Columns::rebuild(&self.gates, &self.features);
        for p in &mut self.postings {
            let mut w = 0;
            for r in 0..p.slots.len() {
                let mapped = new_slot[p.slots[r] as usize];
                if mapped != u32::MAX {
                    p.slots[w] = mapped;
                    p.counts[w] = p.counts[r];
                    w += 1;
                }
            }
            p.slots.truncate(w);
            p.counts.truncate(w);
        }
        for slot in self.slot_of.values_mut() {
            *slot = new_slot[*slot as usize];
        }
        self.dead = 0;
    }

    /// The heap memory the index holds, in bytes (capacities, not just lengths).
    pub fn heap_bytes(&self) -> usize {
        use std::mem::size_of;
        let postings: usize = self
            .postings
            .iter()
            .map(|p| p.slots.capacity() * 4 + p.counts.capacity() + size_of::<Postings>())
            .sum();
        let blocked: usize = self
            .blocked
            .iter()
            .chain(&self.stated)
            .map(|b| b.len() * 8)
            .sum();
        let dictionary: usize = self.dictionary.keys().map(|k| k.len() + 16 + 4 + 8).sum();
        self.ids.capacity() * 8
            + self.live.capacity()
            + self.features.capacity() * size_of::<Features>()
            + self.gates.capacity() * size_of::<Gate>()
            + self.columns.heap_bytes()
            + (self.blocked.capacity() + self.stated.capacity()) * 16
            + blocked
            + self.doc_len.capacity() * 2
            + self.text_hash.capacity() * 8
            + self.labels.capacity() * 32
            + self
                .labels
                .iter()
                .map(|(n, h)| n.len() + h.len())
                .sum::<usize>()
            + self.held_titles.capacity() * 4 * HELD_SLOTS
            + self.titles.iter().map(|t| t.len() * 2 + 40).sum::<usize>()
            + self.slot_of.capacity() * 16
            + postings
            + dictionary
    }
}

/// A fingerprint of the text a candidate is indexed by, so an upsert that changes only
/// availability or rates updates the slot in place.
fn text_hash(c: &InterimManager) -> u64 {
    let mut h = DefaultHasher::new();
    c.headline.as_str().hash(&mut h);
    c.summary.as_str().hash(&mut h);
    c.cv_text.as_str().hash(&mut h);
    for e in &c.track_record {
        e.role.title().hash(&mut h);
        e.achievements.as_str().hash(&mut h);
    }
    h.finish()
}
