//! Turning bytes into text without losing the rest of a file.

/// Decoded text and where bytes had to be replaced.
pub struct Decoded {
    /// The text, with U+FFFD for each invalid sequence.
    pub text: String,
    /// Byte offsets (in the input) of the invalid sequences, at most [`MAX_REPORTED`].
    pub invalid_at: Vec<usize>,
    /// How many invalid sequences there were in all.
    pub invalid_count: usize,
}

/// How many invalid positions are listed individually.
pub const MAX_REPORTED: usize = 5;

/// Decode UTF-8, replacing invalid sequences and remembering where they were.
pub fn decode_utf8(bytes: &[u8]) -> Decoded {
    let bytes = bytes.strip_prefix(&[0xef, 0xbb, 0xbf]).unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => Decoded {
            text: s.to_string(),
            invalid_at: Vec::new(),
            invalid_count: 0,
        },
        Err(_) => {
            let mut text = String::with_capacity(bytes.len());
            let mut invalid_at = Vec::new();
            let mut invalid_count = 0;
            let mut offset = 0usize;
            for chunk in bytes.utf8_chunks() {
                text.push_str(chunk.valid());
                offset += chunk.valid().len();
                if !chunk.invalid().is_empty() {
                    if invalid_at.len() < MAX_REPORTED {
                        invalid_at.push(offset);
                    }
                    invalid_count += 1;
                    text.push('\u{fffd}');
                    offset += chunk.invalid().len();
                }
            }
            Decoded {
                text,
                invalid_at,
                invalid_count,
            }
        }
    }
}

impl Decoded {
    /// A human-readable note about replaced bytes, if any.
    pub fn note(&self, location: &str) -> Option<String> {
        if self.invalid_count == 0 {
            return None;
        }
        let list: Vec<String> = self.invalid_at.iter().map(usize::to_string).collect();
        let more = if self.invalid_count > self.invalid_at.len() {
            format!(" and {} more", self.invalid_count - self.invalid_at.len())
        } else {
            String::new()
        };
        Some(format!(
            "{location}: invalid UTF-8 at byte {}{more}, replaced by U+FFFD",
            list.join(", ")
        ))
    }
}

/// True when the bytes look like a binary file rather than text: NUL bytes, or many control
/// characters, in the first 8 KiB.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    !head.is_empty() && controls * 10 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_locates_invalid_bytes() {
        let d = decode_utf8(b"ab\xffcd\xc3");
        assert_eq!(d.text, "ab\u{fffd}cd\u{fffd}");
        assert_eq!(d.invalid_at, [2, 5]);
        assert_eq!(
            d.note("f.txt").as_deref(),
            Some("f.txt: invalid UTF-8 at byte 2, 5, replaced by U+FFFD")
        );
        assert!(decode_utf8("ĳ".as_bytes()).note("x").is_none());
    }

    #[test]
    fn binary() {
        assert!(looks_binary(b"\x7fELF\x02\x01\x01\0\0\0"));
        assert!(!looks_binary("De taliban\n".as_bytes()));
    }
}
