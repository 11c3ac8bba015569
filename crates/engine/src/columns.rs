//! The columns the filter pass scans: bitsets for the fixed attributes (live, profile kind,
//! vetting status, own network, several blocked periods) and one narrow column per date or
//! amount a filter compares. Scanning 64 candidates at a time, a filter costs a few bytes a
//! candidate and no branch, and the removal count of each filter is a popcount.

use crate::features::{Day, Features, Gate, OWN, SEVERAL_BLOCKS};

/// A growable bitset, one bit per slot.
#[derive(Debug, Default, Clone)]
pub(crate) struct Bits(pub Vec<u64>);

impl Bits {
    fn set(&mut self, slot: usize, on: bool) {
        let (w, b) = (slot / 64, slot % 64);
        if w >= self.0.len() {
            self.0.resize(w + 1, 0);
        }
        if on {
            self.0[w] |= 1 << b;
        } else {
            self.0[w] &= !(1 << b);
        }
    }

    /// The word at `w` (zero past the end).
    #[inline]
    pub fn word(&self, w: usize) -> u64 {
        self.0.get(w).copied().unwrap_or(0)
    }
}

/// The filter columns of every slot.
#[derive(Debug, Default)]
pub(crate) struct Columns {
    pub live: Bits,
    pub kinds: [Bits; 3],
    pub vetting: [Bits; 5],
    pub own: Bits,
    pub several_blocks: Bits,
    pub consent: Vec<Day>,
    pub qualified: Vec<Day>,
    pub available: Vec<Day>,
    pub blocked_from: Vec<Day>,
    pub blocked_to: Vec<Day>,
    pub rate: Vec<u32>,
    /// Per language spoken anywhere in the network (language index + 1): each slot's level
    /// as proficiency index + 1, 0 when not spoken.
    pub languages: Vec<(u8, Vec<u8>)>,
}

impl Columns {
    /// Writes a slot's columns from its gate (the slot may be new: the next one).
    pub fn write(&mut self, slot: usize, gate: &Gate, features: &Features) {
        if slot == self.consent.len() {
            self.consent.push(0);
            self.qualified.push(0);
            self.available.push(0);
            self.blocked_from.push(0);
            self.blocked_to.push(0);
            self.rate.push(0);
        }
        self.live.set(slot, true);
        for (k, bits) in self.kinds.iter_mut().enumerate() {
            bits.set(slot, usize::from(gate.kind) == k);
        }
        for (v, bits) in self.vetting.iter_mut().enumerate() {
            bits.set(slot, usize::from(gate.vetting) == v);
        }
        self.own.set(slot, gate.has(OWN));
        self.several_blocks.set(slot, gate.has(SEVERAL_BLOCKS));
        self.consent[slot] = gate.consent_until;
        self.qualified[slot] = gate.qualified_until;
        self.available[slot] = gate.available_from;
        self.blocked_from[slot] = gate.blocked_from;
        self.blocked_to[slot] = gate.blocked_to;
        self.rate[slot] = gate.rate_nok;
        for (code, levels) in &mut self.languages {
            if levels.len() <= slot {
                levels.resize(slot + 1, 0);
            }
            levels[slot] = features
                .languages
                .iter()
                .position(|l| l == code)
                .map_or(0, |i| features.language_levels[i] + 1);
        }
        for (i, code) in features.languages.iter().enumerate() {
            if *code != 0 && !self.languages.iter().any(|(c, _)| c == code) {
                let mut levels = vec![0; slot + 1];
                levels[slot] = features.language_levels[i] + 1;
                self.languages.push((*code, levels));
            }
        }
    }

    /// The level column of a language (by index), if anyone speaks it.
    pub fn language(&self, language_index: usize) -> Option<&[u8]> {
        let code = (language_index + 1) as u8;
        self.languages
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, levels)| levels.as_slice())
    }

    /// Marks a slot dead.
    pub fn kill(&mut self, slot: usize) {
        self.live.set(slot, false);
    }

    /// Rebuilds every column from the gates of the live slots (after a compaction).
    pub fn rebuild(gates: &[Gate], features: &[Features]) -> Self {
        let mut columns = Self::default();
        for (slot, (gate, f)) in gates.iter().zip(features).enumerate() {
            columns.write(slot, gate, f);
        }
        columns
    }

    /// The heap memory held, in bytes.
    pub fn heap_bytes(&self) -> usize {
        let bits = |b: &Bits| b.0.capacity() * 8;
        bits(&self.live)
            + self.kinds.iter().map(bits).sum::<usize>()
            + self.vetting.iter().map(bits).sum::<usize>()
            + bits(&self.own)
            + bits(&self.several_blocks)
            + (self.consent.capacity()
                + self.qualified.capacity()
                + self.available.capacity()
                + self.blocked_from.capacity()
                + self.blocked_to.capacity())
                * 2
            + self.rate.capacity() * 4
            + self
                .languages
                .iter()
                .map(|(_, l)| l.capacity())
                .sum::<usize>()
    }
}

/// The bits of word `w` whose value in `column` satisfies `test`; only the bits set in `only`
/// are computed (the rest are zero). Few candidates left in the word: their values are read
/// one by one; many: the whole word is compared at once, which the compiler vectorises.
#[inline]
pub(crate) fn scan<T: Copy>(column: &[T], w: usize, only: u64, test: impl Fn(T) -> bool) -> u64 {
    let base = w * 64;
    if only == 0 || base >= column.len() {
        return 0;
    }
    if only.count_ones() <= SPARSE {
        let mut bits = 0u64;
        let mut rest = only;
        while rest != 0 {
            let j = rest.trailing_zeros() as usize;
            rest &= rest - 1;
            if column.get(base + j).is_some_and(|v| test(*v)) {
                bits |= 1 << j;
            }
        }
        return bits;
    }
    let end = column.len().min(base + 64);
    let mut bits = 0u64;
    for (j, value) in column[base..end].iter().enumerate() {
        bits |= u64::from(test(*value)) << j;
    }
    bits & only
}

/// At most this many candidates left in a word, and `scan` reads them one by one.
const SPARSE: u32 = 8;
