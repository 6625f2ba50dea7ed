//! `kroniek serve`: the HTTP API and web page over the store.

use std::path::PathBuf;
use std::sync::Mutex;

use anyhow::Result;
use kroniek::pipeline::{PipelineOptions, standard};
use kroniek_core::Pipeline;
use kroniek_ingest::{IngestOptions, Ingestor, Item};
use kroniek_server::{Config, Ingest, IngestOutcome, start, store_prepared};
use kroniek_store::{PreparedDocument, Store};

/// Arguments of `kroniek serve`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Examples:
  kroniek serve                       # http://127.0.0.1:8080/ over kroniek.db, read-only
  kroniek serve --db news.db --port 9000 --token s3cret
  curl -H 'Authorization: Bearer s3cret' --data-binary @article.jsonl localhost:9000/api/documents")]
pub struct ServeArgs {
    /// The store.
    #[arg(long, default_value = "kroniek.db")]
    pub db: PathBuf,
    /// Port (0 picks a free one).
    #[arg(long, default_value_t = 8080)]
    pub port: u16,
    /// Address to bind; the default keeps the server on this machine.
    #[arg(long, default_value = "127.0.0.1")]
    pub host: String,
    /// Accept `POST /api/documents` from clients sending `Authorization: Bearer TOKEN`.
    #[arg(long)]
    pub token: Option<String>,
    /// Largest page size a client may ask for.
    #[arg(long, default_value_t = 500)]
    pub max_page: usize,
    /// Time limit per query in milliseconds.
    #[arg(long, default_value_t = 2000)]
    pub query_timeout_ms: u64,
}

fn ingest_body(
    pipeline: &Pipeline,
    store: &Mutex<Store>,
    body: Vec<u8>,
) -> Result<IngestOutcome, String> {
    let mut prepared = Vec::new();
    let mut skipped = Vec::new();
    for item in Ingestor::from_bytes(body, "upload", IngestOptions::default()) {
        match item {
            Item::Document(raw) => {
                let size = raw.bytes;
                let mut doc = raw.into_document();
                pipeline.run(&mut doc).map_err(|e| e.to_string())?;
                prepared.push(PreparedDocument::new(&doc, size).map_err(|e| e.to_string())?);
            }
            Item::Skipped(p) => skipped.push(p.to_string()),
        }
    }
    if prepared.is_empty() && !skipped.is_empty() {
        return Err(format!("nothing to store: {}", skipped.join("; ")));
    }
    let mut store = store
        .lock()
        .map_err(|_| "the store lock is poisoned".to_string())?;
    store_prepared(&mut store, &prepared, skipped)
}

/// Run the server until the process is stopped.
pub fn serve(args: &ServeArgs) -> Result<i32> {
    let config = Config {
        db: args.db.clone(),
        addr: format!("{}:{}", args.host, args.port),
        token: args.token.clone(),
        max_page: args.max_page,
        query_timeout_ms: args.query_timeout_ms,
        ..Config::default()
    };
    let ingest: Option<Ingest> = match &args.token {
        Some(_) => {
            let pipeline = standard(&PipelineOptions::default())?;
            let store = Mutex::new(Store::open(&args.db)?);
            Some(Box::new(move |body| ingest_body(&pipeline, &store, body)))
        }
        None => None,
    };
    let server = start(config, ingest)?;
    eprintln!(
        "kroniek serve: http://{}/ over {} ({})",
        server.addr(),
        args.db.display(),
        if args.token.is_some() {
            "accepting POST /api/documents with the token"
        } else {
            "read-only"
        }
    );
    server.join();
    Ok(0)
}
