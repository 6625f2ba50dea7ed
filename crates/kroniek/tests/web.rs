//! The web page in headless Chromium, through chromedriver (W3C WebDriver over HTTP): the page
//! loads, the map shows Afghanistan's 34 provinces, moving the date slider changes Panjshir's
//! colour, and clicking an event shows its evidence sentence.
//!
//! The store is built with `kroniek ingest` from three short articles written for this test
//! (`tests/fixtures/web/`): government forces hold Panjshir in July 2021, the resistance holds out
//! in August, the Taliban capture it in September.
//!
//! Needs Debian's `chromium` and `chromium-driver` (CI installs them); skips with a message when
//! they are missing. `KRONIEK_CHROMEDRIVER` and `KRONIEK_CHROMIUM` override the programs.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

/// A child process killed when the test ends, however it ends.
struct Killed(Child);

impl Drop for Killed {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn find_program(env: &str, names: &[&str]) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(env) {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|p| p.is_file())
    })
}

/// One HTTP/1.1 request; returns (status, body).
fn http(addr: &str, method: &str, path: &str, body: Option<&Value>) -> (u16, String) {
    try_http(addr, method, path, body).unwrap_or_else(|e| panic!("{method} {addr}{path}: {e}"))
}

fn try_http(
    addr: &str,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> std::io::Result<(u16, String)> {
    let body = body.map(Value::to_string).unwrap_or_default();
    let mut s = TcpStream::connect(addr)?;
    s.set_read_timeout(Some(Duration::from_secs(60)))?;
    let req = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n\
         Content-Type: application/json; charset=utf-8\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    s.write_all(req.as_bytes())?;
    // Read the header, then exactly the body (chromedriver keeps the connection open).
    let mut raw = Vec::new();
    let mut buf = [0u8; 16384];
    let split = loop {
        if let Some(p) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break p;
        }
        let n = s.read(&mut buf)?;
        if n == 0 {
            return Err(std::io::Error::other("connection closed before the header"));
        }
        raw.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let mut payload = raw[split + 4..].to_vec();
    let length = head.lines().find_map(|l| {
        l.strip_prefix("content-length:")
            .and_then(|v| v.trim().parse::<usize>().ok())
    });
    let chunked = head.contains("transfer-encoding: chunked");
    loop {
        let done = match length {
            Some(n) => payload.len() >= n,
            None if chunked => payload.windows(5).any(|w| w == b"0\r\n\r\n"),
            None => false,
        };
        if done {
            break;
        }
        let n = s.read(&mut buf)?;
        if n == 0 {
            break;
        }
        payload.extend_from_slice(&buf[..n]);
    }
    if chunked {
        payload = dechunk(&payload);
    }
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Ok((status, String::from_utf8_lossy(&payload).to_string()))
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = data.windows(2).position(|w| w == b"\r\n") {
        let size_text = String::from_utf8_lossy(&data[..eol]).to_string();
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("").trim(), 16)
            .unwrap_or(0);
        if size == 0 {
            break;
        }
        let start = eol + 2;
        out.extend_from_slice(&data[start..(start + size).min(data.len())]);
        data = &data[(start + size + 2).min(data.len())..];
    }
    out
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn wait_until(what: &str, timeout: Duration, mut ready: impl FnMut() -> bool) {
    let start = Instant::now();
    while !ready() {
        assert!(start.elapsed() < timeout, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// A WebDriver session.
struct Browser {
    driver: String,
    session: String,
}

const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

impl Browser {
    fn command(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        let url = format!("/session/{}{path}", self.session);
        let (status, text) = http(&self.driver, method, &url, body);
        let value: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        assert_eq!(status, 200, "{method} {path}: {text}");
        value["value"].clone()
    }

    fn goto(&self, url: &str) {
        self.command("POST", "/url", Some(&json!({ "url": url })));
    }

    fn script(&self, script: &str) -> Value {
        self.command(
            "POST",
            "/execute/sync",
            Some(&json!({ "script": script, "args": [] })),
        )
    }

    fn element(&self, css: &str) -> String {
        let v = self.command(
            "POST",
            "/element",
            Some(&json!({ "using": "css selector", "value": css })),
        );
        v[ELEMENT].as_str().unwrap().to_string()
    }

    fn click(&self, css: &str) {
        let id = self.element(css);
        self.command("POST", &format!("/element/{id}/click"), Some(&json!({})));
    }

    fn keys(&self, css: &str, text: &str) {
        let id = self.element(css);
        self.command(
            "POST",
            &format!("/element/{id}/value"),
            Some(&json!({ "text": text })),
        );
    }

    /// Poll a script until it returns something other than null/false/"".
    fn wait_for(&self, what: &str, script: &str) -> Value {
        let mut last = Value::Null;
        wait_until(what, Duration::from_secs(20), || {
            last = self.script(script);
            !(last.is_null() || last == json!(false) || last == json!(""))
        });
        last
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let path = format!("/session/{}", self.session);
        let _ = try_http(&self.driver, "DELETE", &path, None);
    }
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/web")
}

#[test]
fn page_shows_map_control_and_evidence_in_chromium() {
    let Some(driver_bin) = find_program("KRONIEK_CHROMEDRIVER", &["chromedriver"]) else {
        eprintln!(
            "skipping: chromedriver not installed (apt-get install chromium chromium-driver)"
        );
        return;
    };
    let Some(chromium) = find_program(
        "KRONIEK_CHROMIUM",
        &["chromium", "chromium-browser", "google-chrome"],
    ) else {
        eprintln!("skipping: chromium not installed (apt-get install chromium chromium-driver)");
        return;
    };

    // A store from the fixture articles, through the real pipeline.
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("web.db");
    let out = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .arg("ingest")
        .arg("--db")
        .arg(&db)
        .arg(fixtures())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "kroniek ingest failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );

    // The server, on a free port (it prints its address on stderr).
    let mut server = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .arg("serve")
        .arg("--db")
        .arg(&db)
        .args(["--port", "0"])
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(server.stderr.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let server = Killed(server);
    let addr = line
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();

    // What the page should show, from the API itself.
    let (status, body) = http(&addr, "GET", "/api/events?limit=500", None);
    assert_eq!(status, 200, "{body}");
    let events: Value = serde_json::from_str(&body).unwrap();
    let event = events["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["iso3166_2"] == "AF-PAN" && !e["evidence"].as_str().unwrap_or("").is_empty())
        .unwrap_or_else(|| panic!("no event in Panjshir with evidence among {events}"))
        .clone();

    // chromedriver and a headless Chromium session.
    let driver_port = free_port();
    let driver = Killed(
        Command::new(&driver_bin)
            .arg(format!("--port={driver_port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let driver_addr = format!("127.0.0.1:{driver_port}");
    wait_until("chromedriver", Duration::from_secs(20), || {
        try_http(&driver_addr, "GET", "/status", None)
            .is_ok_and(|(_, body)| body.contains("\"ready\":true"))
    });
    let caps = json!({ "capabilities": { "alwaysMatch": {
        "browserName": "chrome",
        "goog:chromeOptions": {
            "binary": chromium.to_string_lossy(),
            "args": ["--headless=new", "--no-sandbox", "--disable-background-networking",
                     "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,900"],
        },
    }}});
    let (status, text) = http(&driver_addr, "POST", "/session", Some(&caps));
    assert_eq!(status, 200, "new session: {text}");
    let session: Value = serde_json::from_str(&text).unwrap();
    let browser = Browser {
        driver: driver_addr.clone(),
        session: session["value"]["sessionId"].as_str().unwrap().to_string(),
    };

    // The page loads and draws the map.
    browser.goto(&format!("http://{addr}/"));
    browser.wait_for("the page", "return document.body.dataset.ready === 'yes'");
    let provinces = browser.script(
        "return [...new Set([...document.querySelectorAll('#map path[data-region^=\"AF-\"]')]\
         .map(p => p.dataset.region))].sort()",
    );
    let provinces: Vec<&str> = provinces
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(provinces.len(), 34, "{provinces:?}");
    for code in ["AF-PAN", "AF-DAY", "AF-PAR", "AF-URU", "AF-KAB"] {
        assert!(
            provinces.contains(&code),
            "{code} missing from {provinces:?}"
        );
    }
    let listed = browser.script("return document.querySelectorAll('#event-list .event').length");
    assert_eq!(listed, json!(events["items"].as_array().unwrap().len()));
    let points = browser.script("return document.querySelectorAll('#map .event-point').length");
    assert!(points.as_u64().unwrap() > 0, "no event points on the map");

    // Moving the date slider recolours Panjshir. At the last day of the range the page shows the
    // claim the API gives for that day (the Taliban's capture); at the first day, before it, the
    // colour differs.
    let fill =
        "return (document.querySelector('path[data-region=\"AF-PAN\"]') || {style: {}}).style.fill";
    browser.keys("#date-slider", "\u{E010}"); // End
    let late = browser.wait_for("a control claim on Panjshir at the end", fill);
    let at = browser.script("return document.getElementById('control-date').textContent");
    let (status, body) = http(
        &addr,
        "GET",
        &format!("/api/control?region=AF&at={}", at.as_str().unwrap()),
        None,
    );
    assert_eq!(status, 200, "{body}");
    let claims: Value = serde_json::from_str(&body).unwrap();
    let claims = claims["items"].as_array().unwrap();
    let claim = claims
        .iter()
        .find(|c| c["region"] == "AF-PAN")
        .or_else(|| claims.iter().find(|c| c["region"] == "AF"))
        .unwrap_or_else(|| panic!("no claim on Panjshir at {at}: {claims:?}"));
    let shown = browser.script(
        "const p = document.querySelector('path[data-region=\"AF-PAN\"]'); \
         return [p.dataset.actor, p.dataset.status, p.dataset.claimRegion]",
    );
    let actor = claim["actor"].as_str().or(claim["actor_name"].as_str());
    assert_eq!(
        shown,
        json!([actor.unwrap_or("unknown"), claim["status"], claim["region"]]),
        "page and API disagree on Panjshir at {at}"
    );
    browser.keys("#date-slider", "\u{E011}"); // Home
    let changed = format!(
        "const f = document.querySelector('path[data-region=\"AF-PAN\"]').style.fill; \
         return f !== {late} ? (f || 'none') : null"
    );
    let early = browser.wait_for("Panjshir's colour to change", &changed);
    assert_ne!(early, late);
    let legend = browser.script("return document.getElementById('legend').textContent");
    assert!(!legend.as_str().unwrap().is_empty());

    // Clicking an event shows its sentence and the document with the sentence marked.
    let id = event["id"].as_str().unwrap();
    browser.click(&format!("#event-list .event[data-id=\"{id}\"]"));
    let evidence = browser.wait_for(
        "the evidence sentence",
        "return document.getElementById('evidence').dataset.event ? \
         document.querySelector('#evidence .sentence').textContent : null",
    );
    assert_eq!(
        evidence.as_str().unwrap().trim(),
        event["evidence"].as_str().unwrap().trim()
    );
    let marked = browser.wait_for(
        "the document with the sentence marked",
        "return [...document.querySelectorAll('#document .evidence-sentence')]\
         .map(s => s.textContent).join('')",
    );
    assert_eq!(
        marked.as_str().unwrap().trim(),
        event["evidence"].as_str().unwrap().trim()
    );
    let triggers = browser.script("return document.querySelectorAll('#document .trigger').length");
    assert!(triggers.as_u64().unwrap() > 0, "no event trigger marked");

    drop(browser);
    drop(driver);
    drop(server);
}
