use super::segment;

fn toks(text: &str, lang: &str) -> Vec<String> {
    let seg = segment(text, lang);
    seg.tokens.iter().map(|t| t.span.slice(text).to_string()).collect()
}

#[test]
fn smoke() {
    assert_eq!(toks("Hallo wereld.", "nl"), ["Hallo", "wereld", "."]);
}
