//! The web page, its script and style, and the map shapes, compiled into the binary so the page
//! works offline (no CDN, no tile server). The shapes are built by `crates/kroniek_shapes` into
//! `data/shapes/` (see the README there).

use crate::response::Reply;

/// Served files: name under `/assets/`, content type, bytes.
const ASSETS: &[(&str, &str, &[u8])] = &[
    (
        "app.js",
        "text/javascript; charset=utf-8",
        include_bytes!("../assets/app.js"),
    ),
    (
        "app.css",
        "text/css; charset=utf-8",
        include_bytes!("../assets/app.css"),
    ),
    (
        "countries.json",
        "application/json",
        include_bytes!("../../../data/shapes/countries.json"),
    ),
    (
        "admin1.json",
        "application/json",
        include_bytes!("../../../data/shapes/admin1.json"),
    ),
];

/// The page at `/`.
pub fn index() -> Reply {
    Reply::html(include_str!("../assets/index.html"))
}

/// A file under `/assets/`, or 404.
pub fn asset(name: &str) -> Reply {
    match ASSETS.iter().find(|(n, _, _)| *n == name) {
        Some((_, content_type, body)) => Reply {
            status: 200,
            content_type,
            body: body.to_vec(),
        },
        None => Reply::error(404, &format!("no such asset: {name}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn assets_are_served_with_their_types() {
        assert_eq!(index().status, 200);
        let js = asset("app.js");
        assert_eq!(
            (js.status, js.content_type),
            (200, "text/javascript; charset=utf-8")
        );
        let shapes = asset("admin1.json");
        let value: serde_json::Value = serde_json::from_slice(&shapes.body).unwrap_or_default();
        let afghan = value["features"]
            .as_array()
            .map(|f| f.iter().filter(|f| f["country"] == "AF").count())
            .unwrap_or(0);
        assert_eq!(afghan, 34);
        assert_eq!(asset("../Cargo.toml").status, 404);
    }
}
