//! The `kroniek` command.

use anyhow::Result;
use clap::{Parser, Subcommand};

mod commands;

/// mimalloc instead of the system allocator: the pipeline allocates many small, short-lived
/// strings and vectors per sentence (`eval-reports/events.md`, speed).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// kroniek reads dated news articles and keeps the record of what they report: who did what to
/// whom, where and when.
#[derive(Debug, Parser)]
#[command(name = "kroniek", version, about, long_about = None)]
struct Cli {
    /// Worker threads (default: all cores).
    #[arg(long, global = true)]
    threads: Option<usize>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Analyse articles and write one JSON record per document (SCHEMA.md).
    Extract(commands::extract::ExtractArgs),
    /// Analyse articles and keep them in the store (SQLite, default kroniek.db).
    Ingest(commands::store::IngestArgs),
    /// Full-text search over stored documents.
    Search(commands::store::SearchArgs),
    /// Ask the store.
    #[command(subcommand)]
    Query(commands::query::QueryCommand),
    /// Export from the store.
    Export(commands::export::ExportArgs),
    /// Serve the HTTP API and web page over the store.
    Serve(commands::serve::ServeArgs),
    /// Train a model from a corpus (deterministic, seeded).
    #[command(subcommand)]
    Train(TrainCommand),
    /// Tag a CoNLL file with named entities (each line kept, the IOB2 tag appended).
    Ner(commands::ner::NerArgs),
    /// Tag, lemmatise and parse a CoNLL-U file, keeping its tokenisation.
    Parse(commands::syntax::ParseArgs),
    /// Evaluate a stage on a standard corpus.
    #[command(subcommand)]
    Eval(commands::eval::EvalCommand),
    /// Measure throughput against a peer on the same corpus.
    #[command(subcommand)]
    Bench(commands::bench::BenchCommand),
}

#[derive(Debug, Subcommand)]
enum TrainCommand {
    /// The POS tagger, lemmatiser and dependency parser of one language.
    Syntax(commands::syntax::TrainSyntaxArgs),
    /// The named-entity recogniser of one language.
    Ner(commands::ner::TrainNerArgs),
}

fn run() -> Result<i32> {
    let cli = Cli::parse();
    if let Some(n) = cli.threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global()?;
    }
    match &cli.command {
        Command::Extract(args) => commands::extract::extract(args),
        Command::Ingest(args) => commands::store::ingest(args),
        Command::Search(args) => commands::store::search(args),
        Command::Query(cmd) => commands::query::query(cmd),
        Command::Export(args) => commands::export::export(args),
        Command::Serve(args) => commands::serve::serve(args),
        Command::Train(TrainCommand::Syntax(args)) => commands::syntax::train(args),
        Command::Train(TrainCommand::Ner(args)) => commands::ner::train(args),
        Command::Ner(args) => commands::ner::run(args),
        Command::Parse(args) => commands::syntax::parse(args),
        Command::Eval(cmd) => commands::eval::eval(cmd),
        Command::Bench(cmd) => commands::bench::bench(cmd),
    }
}

/// Whether the error comes from writing to a closed pipe (`kroniek query events | head`): the
/// reader has all it wanted, so the command ends quietly, as Unix tools do.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The error and its causes on one line, leaving out a cause whose text the message before it
/// already quotes (error types that print their source would otherwise repeat it).
fn describe(e: &anyhow::Error) -> String {
    let mut message = e.to_string();
    for cause in e.chain().skip(1) {
        let text = cause.to_string();
        if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
    }
    message
}

fn main() {
    match run() {
        Ok(code) => std::process::exit(code),
        Err(e) if is_broken_pipe(&e) => std::process::exit(0),
        Err(e) => {
            eprintln!("kroniek: error: {}", describe(&e));
            std::process::exit(1);
        }
    }
}
