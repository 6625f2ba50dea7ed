//! Feature hashing: features are hashed to `u32` keys without allocating strings.
//!
//! A feature is a template id mixed with the hashes of its parts (word forms, tags, suffixes).
//! Collisions are rare at the sizes used here (about a million features) and harmless to a
//! perceptron.

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// Hash a string (FNV-1a, 64-bit).
pub fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// Mix a value into a running hash.
#[inline]
pub fn mix(h: u64, v: u64) -> u64 {
    (h.rotate_left(5) ^ v).wrapping_mul(K)
}

/// A feature key from a template id and parts.
#[inline]
pub fn feat(template: u64, parts: &[u64]) -> u32 {
    let mut h = mix(0x5bd1_e995, template);
    for &p in parts {
        h = mix(h, p);
    }
    let h = h ^ (h >> 29);
    (h ^ (h >> 32)) as u32
}

/// A hasher for keys that are already hashes.
#[derive(Default, Clone, Copy)]
pub struct IdHasher(u64);

impl std::hash::Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = mix(self.0, u64::from(b));
        }
    }
    fn write_u32(&mut self, i: u32) {
        self.0 = u64::from(i).wrapping_mul(K);
    }
    fn write_u64(&mut self, i: u64) {
        self.0 = (i ^ (i >> 32)).wrapping_mul(K);
    }
}

/// Build-hasher for [`IdHasher`].
pub type IdBuild = std::hash::BuildHasherDefault<IdHasher>;

/// The seeded generator for shuffling and exploration.
pub use kroniek_core::Rng;
