//! `kroniek serve`: the JSON API over a store, read-only and with a token.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};

struct Server {
    child: Child,
    addr: String,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn serve(db: &str, token: Option<&str>) -> Server {
    let mut args = vec!["serve", "--db", db, "--port", "0"];
    if let Some(t) = token {
        args.extend(["--token", t]);
    }
    let mut child = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(&args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    Server { child, addr }
}

/// One HTTP/1.1 request; returns (status, body).
fn http(
    addr: &str,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> (u16, String) {
    let mut s = TcpStream::connect(addr).unwrap();
    let mut req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    s.write_all(body).unwrap();
    let mut resp = Vec::new();
    s.read_to_end(&mut resp).unwrap();
    let resp = String::from_utf8_lossy(&resp).into_owned();
    let status = resp.split_whitespace().nth(1).unwrap().parse().unwrap();
    let body = resp
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn json(body: &str) -> serde_json::Value {
    serde_json::from_str(body).unwrap_or_else(|e| panic!("{e}: {body}"))
}

#[test]
fn read_only_api_over_ingested_samples() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let db = db.to_str().unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(["ingest", "--db", db, "../../samples/"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let server = serve(db, None);
    let a = server.addr.as_str();

    let (status, body) = http(a, "GET", "/api/health", &[], b"");
    assert_eq!(status, 200);
    assert_eq!(json(&body)["documents"], 7);

    let (status, body) = http(
        a,
        "GET",
        "/api/documents?from=2021-08-21&to=2021-08-31&limit=2",
        &[],
        b"",
    );
    assert_eq!(status, 200);
    let page = json(&body);
    assert_eq!(page["items"].as_array().unwrap().len(), 2);
    assert_eq!(page["items"][0]["id"], "wire-0002");
    assert_eq!(page["next_offset"], 2);

    let (status, body) = http(a, "GET", "/api/documents/wire-0001", &[], b"");
    assert_eq!(status, 200);
    let rec = json(&body);
    assert_eq!(rec["lang"], "nl");
    assert!(rec["sentences"].as_array().unwrap().len() >= 2);

    let (status, body) = http(a, "GET", "/api/search?q=Panjshir%20taliban", &[], b"");
    assert_eq!(status, 200);
    assert!(!json(&body)["items"].as_array().unwrap().is_empty());

    for (path, expected) in [
        ("/api/documents/nope", 404),
        ("/api/nothing", 404),
        ("/api/documents?limit=100000", 400),
        ("/api/documents?from=yesterday", 400),
        ("/api/search", 400),
        ("/api/search?q=%22open", 400),
    ] {
        let (status, body) = http(a, "GET", path, &[], b"");
        assert_eq!(status, expected, "{path}: {body}");
        assert_eq!(json(&body)["status"], expected);
    }
    let (status, _) = http(a, "POST", "/api/documents", &[], b"{\"text\": \"x\"}");
    assert_eq!(status, 401, "read-only without a token");
    let (status, _) = http(a, "DELETE", "/api/documents/wire-0001", &[], b"");
    assert_eq!(status, 405);

    let (status, body) = http(a, "GET", "/api/openapi.json", &[], b"");
    assert_eq!(status, 200);
    assert_eq!(json(&body)["openapi"], "3.0.3");
    let (status, body) = http(a, "GET", "/", &[], b"");
    assert_eq!(status, 200);
    assert!(body.contains("<title>kroniek</title>"));
}

#[test]
fn post_with_token_ingests() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let server = serve(db.to_str().unwrap(), Some("s3cret"));
    let a = server.addr.as_str();
    let doc = br#"{"id": "api-1", "date": "2021-08-20", "text": "De taliban rukten op naar de vallei van Panjshir, meldden bronnen."}"#;
    let (status, _) = http(
        a,
        "POST",
        "/api/documents",
        &[("Authorization", "Bearer wrong")],
        doc,
    );
    assert_eq!(status, 401);
    let (status, body) = http(
        a,
        "POST",
        "/api/documents",
        &[("Authorization", "Bearer s3cret")],
        doc,
    );
    assert_eq!(status, 201, "{body}");
    assert_eq!(json(&body)["stored"][0], "api-1");
    let (status, body) = http(
        a,
        "POST",
        "/api/documents",
        &[("Authorization", "Bearer s3cret")],
        doc,
    );
    assert_eq!(status, 201);
    assert_eq!(json(&body)["already_stored"][0], "api-1");
    let (status, body) = http(a, "GET", "/api/documents/api-1", &[], b"");
    assert_eq!(status, 200);
    assert_eq!(json(&body)["date"]["value"], "2021-08-20");
    let (status, _) = http(
        a,
        "POST",
        "/api/documents",
        &[("Authorization", "Bearer s3cret")],
        b"{broken",
    );
    assert_eq!(status, 400);
}
