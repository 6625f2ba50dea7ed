//! Prints segmentation scores and errors with context for CoNLL-U files (a tuning aid).
//!
//! `cargo run --release -p kroniek_eval --example seg_errors -- [--words] [--max N] FILE...`

use std::path::PathBuf;

use kroniek_eval::conllu::read_conllu;
use kroniek_eval::segment_eval::{GoldTokens, compare, gold_text, lang_of};

fn ctx(text: &str, a: usize, b: usize) -> String {
    let mut s = a.saturating_sub(30);
    while !text.is_char_boundary(s) {
        s -= 1;
    }
    let mut e = (b + 30).min(text.len());
    while !text.is_char_boundary(e) {
        e += 1;
    }
    format!("{}[{}]{}", &text[s..a], &text[a..b], &text[b..e]).replace('\n', "⏎")
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut mode = GoldTokens::Surface;
    let mut max = 40usize;
    let mut paths = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--words" => mode = GoldTokens::Words,
            "--max" => max = args.next().and_then(|m| m.parse().ok()).unwrap_or(max),
            _ => paths.push(PathBuf::from(a)),
        }
    }
    for p in &paths {
        let s = read_conllu(p)?;
        let g = gold_text(&s, mode);
        let c = compare(&g, lang_of(p));
        println!(
            "== {} tokens {} | sentences {}",
            p.display(),
            c.tokens,
            c.boundaries
        );
        for &(a, b) in c.missed_tokens.iter().take(max) {
            println!("MISS tok  {}", ctx(&g.text, a, b));
        }
        for &(a, b) in c.false_tokens.iter().take(max) {
            println!("FALSE tok {}", ctx(&g.text, a, b));
        }
        for &a in c.missed_boundaries.iter().take(max) {
            println!("MISS sb   {}", ctx(&g.text, a, a));
        }
        for &a in c.false_boundaries.iter().take(max) {
            println!("FALSE sb  {}", ctx(&g.text, a, a));
        }
    }
    Ok(())
}
