//! The BIO tag set over CoNLL's four types, and spans from tag sequences.

use kroniek_core::EntityType;

/// Number of tags: `O` and `B-`/`I-` for each of the four types.
pub const NUM_TAGS: usize = 9;

/// The four types in tag order.
pub const TYPES: [EntityType; 4] = [
    EntityType::Per,
    EntityType::Org,
    EntityType::Loc,
    EntityType::Misc,
];

/// One IOB2 tag, as an index: 0 = `O`, `1 + 2t` = `B-type t`, `2 + 2t` = `I-type t`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(pub u8);

impl Tag {
    /// Outside.
    pub const O: Tag = Tag(0);

    /// `B-` of a type.
    pub fn begin(kind: EntityType) -> Tag {
        Tag(1 + 2 * type_index(kind))
    }

    /// `I-` of a type.
    pub fn inside(kind: EntityType) -> Tag {
        Tag(2 + 2 * type_index(kind))
    }

    /// The type, unless `O`.
    pub fn kind(self) -> Option<EntityType> {
        if self.0 == 0 {
            None
        } else {
            TYPES.get(usize::from((self.0 - 1) / 2)).copied()
        }
    }

    /// True for `B-`.
    pub fn is_begin(self) -> bool {
        self.0 % 2 == 1
    }

    /// Index into weight rows.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// Read `O`, `B-PER`, `I-LOC`, …; unknown labels read as `O`.
    pub fn parse(label: &str) -> Tag {
        let (prefix, name) = match label.split_once('-') {
            Some(p) => p,
            None => return Tag::O,
        };
        let kind = match name {
            "PER" => EntityType::Per,
            "ORG" => EntityType::Org,
            "LOC" => EntityType::Loc,
            "MISC" => EntityType::Misc,
            _ => return Tag::O,
        };
        match prefix {
            "B" => Tag::begin(kind),
            "I" => Tag::inside(kind),
            _ => Tag::O,
        }
    }

    /// The IOB2 label.
    pub fn label(self) -> &'static str {
        const LABELS: [&str; NUM_TAGS] = [
            "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
        ];
        LABELS.get(self.index()).copied().unwrap_or("O")
    }

    /// May `self` follow `prev` in IOB2 (`I-X` only after `B-X` or `I-X`)?
    pub fn may_follow(self, prev: Option<Tag>) -> bool {
        if self.0 == 0 || self.is_begin() {
            return true;
        }
        prev.is_some_and(|p| p.0 != 0 && p.kind() == self.kind())
    }
}

fn type_index(kind: EntityType) -> u8 {
    match kind {
        EntityType::Per => 0,
        EntityType::Org => 1,
        EntityType::Loc => 2,
        EntityType::Misc => 3,
    }
}

/// Rewrite IOB1 (CoNLL-2003: `I-X` starts an entity, `B-X` only between two adjacent ones) as
/// IOB2 (every entity starts with `B-X`). IOB2 input is returned unchanged.
pub fn iob1_to_iob2(tags: &mut [Tag]) {
    let mut prev: Option<Tag> = None;
    for tag in tags.iter_mut() {
        if !tag.is_begin()
            && !tag.may_follow(prev)
            && let Some(kind) = tag.kind()
        {
            *tag = Tag::begin(kind);
        }
        prev = Some(*tag);
    }
}

/// Entity chunks as `(first token, end token, type)`, read the way conlleval reads them: an
/// `I-X` that does not continue an `X` chunk starts a new one.
pub fn chunks(tags: &[Tag]) -> Vec<(usize, usize, EntityType)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (i, tag) in tags.iter().enumerate() {
        let kind = tag.kind();
        let continues = !tag.is_begin() && kind.is_some() && open.map(|o| o.1) == kind;
        if !continues {
            if let Some((start, k)) = open.take() {
                out.push((start, i, k));
            }
            if let Some(k) = kind {
                open = Some((i, k));
            }
        }
    }
    if let Some((start, k)) = open {
        out.push((start, tags.len(), k));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tags(labels: &str) -> Vec<Tag> {
        labels.split(' ').map(Tag::parse).collect()
    }

    #[test]
    fn labels_round_trip() {
        for i in 0..NUM_TAGS {
            let t = Tag(u8::try_from(i).unwrap_or(0));
            assert_eq!(Tag::parse(t.label()), t);
        }
        assert_eq!(Tag::parse("B-XYZ"), Tag::O);
    }

    #[test]
    fn converts_iob1() {
        let mut t = tags("I-PER I-PER O I-LOC B-LOC I-ORG I-MISC");
        iob1_to_iob2(&mut t);
        let want = tags("B-PER I-PER O B-LOC B-LOC B-ORG B-MISC");
        assert_eq!(t, want);
        let mut again = want.clone();
        iob1_to_iob2(&mut again);
        assert_eq!(again, want);
    }

    #[test]
    fn reads_chunks() {
        let t = tags("B-PER I-PER O I-LOC B-LOC I-LOC I-ORG");
        assert_eq!(
            chunks(&t),
            vec![
                (0, 2, EntityType::Per),
                (3, 4, EntityType::Loc),
                (4, 6, EntityType::Loc),
                (6, 7, EntityType::Org)
            ]
        );
    }
}
