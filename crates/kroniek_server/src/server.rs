//! The listening server: a fixed pool of worker threads, each with its own read-only store
//! connection (SQLite's WAL mode lets them read while an ingest writes).

use std::io::Read;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::thread::JoinHandle;

use kroniek_store::Store;

use crate::error::{Error, Result};
use crate::response::Reply;
use crate::routes::{IngestOutcome, Request, handle};
use crate::url::split_url;

/// Ingests a request body (JSON Lines, a JSON object or array, text, HTML) into the store.
pub type Ingest = Box<dyn Fn(Vec<u8>) -> Result<IngestOutcome, String> + Send + Sync>;

/// Server settings.
#[derive(Clone, Debug)]
pub struct Config {
    /// The store.
    pub db: PathBuf,
    /// Address to listen on; `127.0.0.1:0` picks a free port.
    pub addr: String,
    /// Bearer token that allows `POST /api/documents`; without it the server is read-only.
    pub token: Option<String>,
    /// Largest page size a client may ask for.
    pub max_page: usize,
    /// Time limit of one query, in milliseconds.
    pub query_timeout_ms: u64,
    /// Largest request body, in bytes.
    pub max_body: usize,
    /// Worker threads.
    pub workers: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            db: PathBuf::from("kroniek.db"),
            addr: "127.0.0.1:8080".to_string(),
            token: None,
            max_page: 500,
            query_timeout_ms: 2000,
            max_body: 16 * 1024 * 1024,
            workers: 4,
        }
    }
}

/// A started server.
pub struct RunningServer {
    server: Arc<tiny_http::Server>,
    workers: Vec<JoinHandle<()>>,
    addr: SocketAddr,
}

impl RunningServer {
    /// The address it listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// Wait until the server stops (it runs until the process ends).
    pub fn join(self) {
        for w in self.workers {
            let _ = w.join();
        }
    }

    /// Stop accepting requests and wait for the workers.
    pub fn shutdown(self) {
        for _ in &self.workers {
            self.server.unblock();
        }
        self.join();
    }
}

/// Open (and migrate) the store, bind, and start the workers.
pub fn start(config: Config, ingest: Option<Ingest>) -> Result<RunningServer> {
    drop(Store::open(&config.db)?);
    let server = tiny_http::Server::http(&config.addr).map_err(|e| Error::Bind {
        addr: config.addr.clone(),
        message: e.to_string(),
    })?;
    let addr = server.server_addr().to_ip().ok_or_else(|| Error::Bind {
        addr: config.addr.clone(),
        message: "not an IP address".to_string(),
    })?;
    let server = Arc::new(server);
    let config = Arc::new(config);
    let ingest = Arc::new(ingest);
    let mut workers = Vec::new();
    for _ in 0..config.workers.max(1) {
        let mut store = Store::open_read_only(&config.db)?;
        let (server, config, ingest) = (server.clone(), config.clone(), ingest.clone());
        workers.push(std::thread::spawn(move || {
            while let Ok(request) = server.recv() {
                serve_one(request, &mut store, &config, ingest.as_ref().as_ref());
            }
        }));
    }
    Ok(RunningServer {
        server,
        workers,
        addr,
    })
}

fn serve_one(
    mut request: tiny_http::Request,
    store: &mut Store,
    config: &Config,
    ingest: Option<&Ingest>,
) {
    let (path, params) = split_url(request.url());
    let method = request.method().as_str().to_ascii_uppercase();
    let authorization = request
        .headers()
        .iter()
        .find(|h| h.field.equiv("Authorization"))
        .map(|h| h.value.as_str().to_string());
    let mut body = Vec::new();
    let too_large = {
        let reader = request.as_reader();
        let mut limited = reader.take(config.max_body as u64 + 1);
        limited.read_to_end(&mut body).is_err() || body.len() > config.max_body
    };
    let reply = if too_large {
        Reply::error(
            413,
            &format!("body larger than {} bytes or unreadable", config.max_body),
        )
    } else {
        let req = Request {
            method: &method,
            path,
            params,
            authorization,
            body,
        };
        handle(&req, store, config, ingest)
    };
    let mut response = tiny_http::Response::from_data(reply.body).with_status_code(reply.status);
    if let Ok(h) = tiny_http::Header::from_bytes("Content-Type", reply.content_type) {
        response = response.with_header(h);
    }
    let _ = request.respond(response);
}
