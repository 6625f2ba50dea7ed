//! Marking the longest listed phrase at each token, shared by the place and organisation
//! gazetteers: 0 none, 1 a one-word name, 2 first, 3 inside, 4 last word of a longer name.

use std::borrow::Borrow;
use std::collections::HashSet;
use std::hash::Hash;

/// Marks, left to right, the longest phrase of `set` (lowercase words joined by one space, at
/// most `max_words` long) starting at each token that `accept(start, len)` allows; tokens of a
/// marked phrase are not starts of another.
pub(crate) fn mark_longest<T: Borrow<str> + Eq + Hash>(
    lowers: &[&str],
    set: &HashSet<T>,
    max_words: usize,
    accept: impl Fn(usize, usize) -> bool,
) -> Vec<u8> {
    let mut out = vec![0u8; lowers.len()];
    let mut buf = String::new();
    let mut i = 0;
    while i < lowers.len() {
        let mut matched = 0;
        for len in (1..=max_words.min(lowers.len() - i)).rev() {
            if !accept(i, len) {
                continue;
            }
            buf.clear();
            for (k, w) in lowers.iter().skip(i).take(len).enumerate() {
                if k > 0 {
                    buf.push(' ');
                }
                buf.push_str(w);
            }
            if set.contains(buf.as_str()) {
                matched = len;
                break;
            }
        }
        match matched {
            0 => i += 1,
            1 => {
                out[i] = 1;
                i += 1;
            }
            n => {
                for (k, o) in out.iter_mut().skip(i).take(n).enumerate() {
                    *o = if k == 0 {
                        2
                    } else if k + 1 == n {
                        4
                    } else {
                        3
                    };
                }
                i += n;
            }
        }
    }
    out
}
