//! A read-only view of one parsed sentence: tokens with lemma, POS and dependency tree.

use kroniek_core::{Segments, Sentence, Span, SyntaxLayer, TokenSyntax};

/// One parsed sentence; token indices are 0-based within the sentence.
pub struct Tree<'a> {
    /// The document text.
    pub text: &'a str,
    /// Index of the sentence's first token in the document.
    pub first: usize,
    spans: Vec<Span>,
    syn: &'a [TokenSyntax],
    lower: Vec<String>,
    lemmas: Vec<String>,
    heads: Vec<Option<usize>>,
    children: Vec<Vec<usize>>,
    /// Relations read again over the parse (see [`appositions`]).
    relabel: Vec<Option<&'static str>>,
}

impl<'a> Tree<'a> {
    /// The view of `sentence`, or `None` when the syntax layer does not cover it.
    pub fn new(
        text: &'a str,
        seg: &'a Segments,
        syntax: &'a SyntaxLayer,
        sentence: &Sentence,
    ) -> Option<Tree<'a>> {
        let range = sentence.token_range();
        let syn = syntax.tokens.get(range.clone())?;
        let toks = seg.tokens.get(range.clone())?;
        let n = toks.len();
        let heads: Vec<Option<usize>> = syn
            .iter()
            .map(|t| {
                let h = t.head as usize;
                (h >= 1 && h <= n).then(|| h - 1)
            })
            .collect();
        let mut children = vec![Vec::new(); n];
        for (i, h) in heads.iter().enumerate() {
            if let Some(h) = h
                && *h != i
            {
                children[*h].push(i);
            }
        }
        let lower = toks
            .iter()
            .map(|t| t.span.slice(text).to_lowercase())
            .collect();
        let lemmas = syn.iter().map(|t| t.lemma.to_lowercase()).collect();
        let mut tree = Tree {
            text,
            first: range.start,
            spans: toks.iter().map(|t| t.span).collect(),
            syn,
            lower,
            lemmas,
            heads,
            children,
            relabel: vec![None; n],
        };
        for i in appositions(&tree) {
            tree.relabel[i] = Some("appos");
        }
        Some(tree)
    }

    /// Number of tokens.
    pub fn len(&self) -> usize {
        self.spans.len()
    }

    /// Lowercase form.
    pub fn form(&self, i: usize) -> &str {
        &self.lower[i]
    }

    /// Lowercase lemma.
    pub fn lemma(&self, i: usize) -> &str {
        &self.lemmas[i]
    }

    /// The separable verb's compound lemma.
    pub fn compound(&self, i: usize) -> Option<&str> {
        self.syn[i].compound_lemma.as_deref()
    }

    /// UPOS.
    pub fn upos(&self, i: usize) -> &str {
        &self.syn[i].upos
    }

    /// The tagger's `VerbForm` feature (`Fin`, `Inf`, `Part`), where its model predicts one.
    pub fn verb_form(&self, i: usize) -> Option<&str> {
        self.syn[i]
            .feats
            .as_deref()?
            .split('|')
            .find_map(|f| f.strip_prefix("VerbForm="))
    }

    /// Dependency relation.
    pub fn deprel(&self, i: usize) -> &str {
        self.relabel[i].unwrap_or(&self.syn[i].deprel)
    }

    /// The base relation (`nsubj:pass` → `nsubj`).
    pub fn base_rel(&self, i: usize) -> &str {
        let d = self.deprel(i);
        d.split(':').next().unwrap_or(d)
    }

    /// Head token, `None` for the root.
    pub fn head(&self, i: usize) -> Option<usize> {
        self.heads[i]
    }

    /// Dependents in text order.
    pub fn children(&self, i: usize) -> &[usize] {
        &self.children[i]
    }

    /// Whether the token begins with a capital letter as written ([`Tree::form`] is
    /// lowercase).
    pub fn capitalised(&self, i: usize) -> bool {
        self.spans[i]
            .slice(self.text)
            .starts_with(char::is_uppercase)
    }

    /// Whether the word has a possessor ("the president's authority").
    pub fn is_possessed(&self, i: usize) -> bool {
        self.children(i)
            .iter()
            .any(|&c| self.deprel(c) == "nmod:poss")
    }

    /// Byte span of a token.
    pub fn span(&self, i: usize) -> Span {
        self.spans[i]
    }

    /// True for nouns, proper nouns, pronouns and numerals that head a phrase.
    pub fn is_nominal(&self, i: usize) -> bool {
        matches!(
            self.upos(i),
            "NOUN" | "PROPN" | "PRON" | "NUM" | "X" | "SYM"
        )
    }

    /// True for punctuation.
    pub fn is_punct(&self, i: usize) -> bool {
        self.upos(i) == "PUNCT" || self.deprel(i) == "punct"
    }

    /// `a` dominates `b` (or equals it), following at most `n` heads.
    pub fn dominates(&self, a: usize, mut b: usize) -> bool {
        for _ in 0..self.len() {
            if a == b {
                return true;
            }
            match self.head(b) {
                Some(h) => b = h,
                None => return false,
            }
        }
        false
    }

    /// The first token of the subtree headed by `i` (`i` itself or a descendant).
    pub fn subtree_start(&self, i: usize) -> usize {
        (0..=i).find(|&j| self.dominates(i, j)).unwrap_or(i)
    }

    /// Depth of a token (root = 0).
    pub fn depth(&self, mut i: usize) -> usize {
        let mut d = 0;
        while let Some(h) = self.head(i) {
            d += 1;
            i = h;
            if d > self.len() {
                break;
            }
        }
        d
    }

    /// The preposition (lemma of a `case` child, or of a `mark` child for Dutch "om"),
    /// if the token is introduced by one.
    pub fn preposition(&self, i: usize) -> Option<&str> {
        self.children(i)
            .iter()
            .find(|&&c| self.deprel(c) == "case" && c < i)
            .map(|&c| self.lemma(c))
    }

    /// The tokens a noun phrase headed by `h` covers: its modifiers, without clauses,
    /// coordinated conjuncts, a leading preposition or edge punctuation; contiguous.
    pub fn phrase(&self, h: usize) -> (usize, usize) {
        let mut keep = vec![false; self.len()];
        let mut stack = vec![h];
        keep[h] = true;
        while let Some(t) = stack.pop() {
            for &c in self.children(t) {
                let d = self.deprel(c);
                let base = d.split(':').next().unwrap_or(d);
                let genitive = || {
                    matches!(self.preposition(c), None | Some("van" | "of" | "'s"))
                        || d == "nmod:poss"
                };
                let ok = match base {
                    "nmod" => t != h || genitive(),
                    "det" | "amod" | "compound" | "flat" | "nummod" | "fixed" | "appos"
                    | "goeswith" => true,
                    "case" => t != h,
                    "punct" => t != h || self.form(c) == "'s",
                    "parataxis" => t == h && self.upos(c) == "PROPN",
                    "advmod" => t != h,
                    "cc" | "conj" => t != h,
                    _ => false,
                };
                if ok {
                    keep[c] = true;
                    stack.push(c);
                }
            }
        }
        // A comma or quote between kept tokens belongs to the phrase ("X, Amrullah Saleh").
        for i in 1..self.len().saturating_sub(1) {
            if !keep[i] && self.is_punct(i) && keep[i - 1] && keep[i + 1] {
                keep[i] = true;
            }
        }
        // Contiguous block around the head.
        let mut a = h;
        while a > 0 && keep[a - 1] {
            a -= 1;
        }
        let mut b = h;
        while b + 1 < self.len() && keep[b + 1] {
            b += 1;
        }
        // Nothing left of the head's own determiner but determiners.
        if let Some(&d) = self
            .children(h)
            .iter()
            .find(|&&c| matches!(self.deprel(c), "det" | "nmod:poss") && c < h)
        {
            while a < d && !matches!(self.deprel(a), "det" | "nmod:poss" | "det:predet") {
                a += 1;
            }
        }
        while a < b && (self.is_punct(a) || self.deprel(a) == "case" && a < h) {
            a += 1;
        }
        while b > a && self.is_punct(b) {
            b -= 1;
        }
        (a, b)
    }

    /// Span covering tokens `a..=b`.
    pub fn span_of(&self, a: usize, b: usize) -> Span {
        self.spans[a].cover(self.spans[b])
    }
}

/// Conjuncts that are appositions: "Egypt, a key U.S. ally in the region, has refused …"
/// parsed as a coordination of Egypt and the ally. A conjunct of a proper noun that follows a
/// comma, opens with an indefinite article ("a", "an", "een") and has no conjunction of its
/// own, with no conjunct after it, describes the name before it rather than adding a party.
fn appositions(tree: &Tree<'_>) -> Vec<usize> {
    let mut out = Vec::new();
    for i in 0..tree.len() {
        let Some(h) = tree.head(i) else { continue };
        if tree.syn[i].deprel != "conj" || tree.upos(h) != "PROPN" || h > i {
            continue;
        }
        let kids = tree.children(i);
        if kids.iter().any(|&k| tree.syn[k].deprel == "cc") {
            continue;
        }
        let Some(&first) = kids.first().filter(|&&k| k < i) else {
            continue;
        };
        let det = kids
            .iter()
            .copied()
            .find(|&k| k < i && tree.syn[k].deprel == "det");
        let opens_indefinite = det.is_some_and(|d| matches!(tree.form(d), "a" | "an" | "een"));
        let comma_before = kids
            .iter()
            .any(|&k| k < i && tree.form(k) == "," && k + 1 == det.unwrap_or(first))
            || first.checked_sub(1).is_some_and(|p| tree.form(p) == ",");
        let later_conj = tree
            .children(h)
            .iter()
            .any(|&k| k > i && tree.syn[k].deprel == "conj");
        if opens_indefinite && comma_before && !later_conj {
            out.push(i);
        }
    }
    out
}
