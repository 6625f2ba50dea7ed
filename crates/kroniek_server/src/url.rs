//! Request paths and query strings.

use std::collections::HashMap;

/// Decode `%XX` escapes and `+` (as space); invalid escapes are kept as written.
pub fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .and_then(|h| std::str::from_utf8(h).ok());
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Split a request URL into its decoded path segments and query parameters.
pub fn split_url(url: &str) -> (Vec<String>, HashMap<String, String>) {
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    let segments = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(percent_decode)
        .collect();
    let params = query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (percent_decode(k), percent_decode(v))
        })
        .collect();
    (segments, params)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes() {
        let (path, q) = split_url("/api/search?q=Panjshir+verzet&limit=5&x=%E2%80%9C");
        assert_eq!(path, ["api", "search"]);
        assert_eq!(q["q"], "Panjshir verzet");
        assert_eq!(q["limit"], "5");
        assert_eq!(q["x"], "“");
        assert_eq!(percent_decode("100%"), "100%");
    }
}
