//! The `kroniek extract` command end to end: formats, compression, stdin, bad input.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "tests fail loudly"
)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

fn kroniek(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_kroniek"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kroniek runs");
    if let Some(input) = stdin {
        child.stdin.take().unwrap().write_all(input).unwrap();
    }
    drop(child.stdin.take());
    child.wait_with_output().unwrap()
}

fn records(out: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn write(dir: &Path, name: &str, content: &[u8]) -> String {
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p.display().to_string()
}

#[test]
fn header_text_file() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "a.txt",
        " date 2021-08 De taliban veroverden het land. Panjshir bood weerstand.\n".as_bytes(),
    );
    let out = kroniek(&["extract", &f], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let docs = records(&out);
    assert_eq!(docs.len(), 1);
    let d = &docs[0];
    assert_eq!(d["date"]["value"], "2021-08");
    assert_eq!(d["date"]["precision"], "month");
    assert_eq!(d["lang"], "nl");
    assert_eq!(d["source"], f.as_str());
    assert!(d["text"].as_str().unwrap().starts_with("De taliban"));
    assert_eq!(d["sentences"].as_array().unwrap().len(), 2);
    assert_eq!(d["id"].as_str().unwrap().len(), 64);
    assert!(stderr(&out).contains("kroniek extract: 1 documents"));
}

#[test]
fn plain_text_with_and_without_date() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "plain.txt",
        b"Saleh arrived in the valley two days ago.",
    );
    let out = kroniek(&["extract", "--date", "20 augustus 2021", &f], None);
    assert_eq!(records(&out)[0]["date"]["value"], "2021-08-20");
    assert_eq!(records(&out)[0]["date"]["precision"], "day");
    let out = kroniek(&["extract", &f], None);
    assert_eq!(records(&out)[0]["date"]["precision"], "unknown");
    assert!(records(&out)[0]["date"]["value"].is_null());
    let out = kroniek(&["extract", "--date", "not a date", &f], None);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("--date `not a date`"));
}

#[test]
fn jsonl_with_a_broken_line_keeps_the_rest() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "feed.jsonl",
        br#"{"id": "a", "published_at": "2021-08-20T10:00:00Z", "title": "T", "text": "De vallei telt amper 150.000 inwoners."}
{"id": "b", "text": "broken
{"id": "c", "date": "Aug 21, 2021", "body": "Evacuation flights resumed on Saturday."}
{"id": "d", "title": "no text"}
"#,
    );
    let out = kroniek(&["extract", &f], None);
    assert_eq!(
        out.status.code(),
        Some(2),
        "skipped records give exit status 2"
    );
    let docs = records(&out);
    let ids: Vec<&str> = docs.iter().map(|d| d["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["a", "c"]);
    assert_eq!(docs[0]["date"]["value"], "2021-08-20");
    assert_eq!(docs[0]["date"]["timestamp"], "2021-08-20T10:00:00Z");
    assert_eq!(docs[0]["title"], "T");
    assert_eq!(docs[1]["date"]["value"], "2021-08-21");
    assert_eq!(docs[1]["lang"], "en");
    let err = stderr(&out);
    assert!(err.contains(&format!("{f}:2: invalid JSON")), "{err}");
    assert!(err.contains(&format!("{f}:4: no text")), "{err}");
    assert!(err.contains("2 documents"), "{err}");
    assert!(err.contains("2 errors"), "{err}");
}

#[test]
fn field_mapping() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "x.jsonl",
        br#"{"uid": "u1", "content": "Kaboel viel op 15 augustus.", "when": "2021-08-15"}"#,
    );
    let out = kroniek(
        &[
            "extract",
            "--field",
            "text=content",
            "--field",
            "id=uid",
            "--field",
            "date=when",
            &f,
        ],
        None,
    );
    let d = &records(&out)[0];
    assert_eq!(d["id"], "u1");
    assert_eq!(d["date"]["value"], "2021-08-15");
    let out = kroniek(&["extract", "--field", "bogus", &f], None);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn csv_rows_and_bad_rows() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "a.csv",
        b"url,date,title,text\nhttps://e.org/1,2021-08-20,Een,\"Eerste bericht, met komma.\n\nTweede alinea.\"\nhttps://e.org/2,2021-08-21\nhttps://e.org/3,2021,Drie,Derde bericht.\n",
    );
    let out = kroniek(&["extract", &f], None);
    assert_eq!(out.status.code(), Some(2));
    let docs = records(&out);
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["url"], "https://e.org/1");
    assert_eq!(docs[0]["paragraphs"].as_array().unwrap().len(), 2);
    assert_eq!(docs[1]["date"]["precision"], "year");
    assert!(
        stderr(&out).contains(&format!("{f}:5: row has 2 fields but the header has 4")),
        "{}",
        stderr(&out)
    );
}

#[test]
fn html_page() {
    let out = kroniek(&["extract", "../../samples/nos-style-2021-09.html"], None);
    assert!(out.status.success(), "{}", stderr(&out));
    let d = &records(&out)[0];
    assert_eq!(
        d["title"],
        "Taliban claimen volledige controle over Panjshir"
    );
    assert_eq!(d["date"]["value"], "2021-09-06");
    assert_eq!(d["url"], "https://example.org/nieuws/taliban-panjshir");
    assert_eq!(d["lang"], "nl");
    let text = d["text"].as_str().unwrap();
    assert!(text.starts_with("De taliban zeggen"), "{text}");
    for noise in ["cookies", "Reacties", "Wat een drama", "Home", "dataLayer"] {
        assert!(!text.contains(noise), "{noise} in {text}");
    }
}

#[test]
fn directories_compression_stdin_and_order() {
    let dir = tempfile::tempdir().unwrap();
    let body = "date 2021-08-20\nDe taliban rukten op naar de vallei.";
    write(dir.path(), "1-plain.txt", body.as_bytes());
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(body.as_bytes()).unwrap();
    write(dir.path(), "2-packed.txt.gz", &gz.finish().unwrap());
    let zst = ruzstd::encoding::compress_to_vec(
        body.as_bytes(),
        ruzstd::encoding::CompressionLevel::Fastest,
    );
    write(dir.path(), "3-packed.txt.zst", &zst);
    std::fs::create_dir(dir.path().join("4-sub")).unwrap();
    write(
        &dir.path().join("4-sub"),
        "x.txt",
        b"date 2020\nIn English this time, from a subfolder.",
    );
    write(dir.path(), "5-empty.txt", b"   \n");
    write(dir.path(), "6-binary.bin", b"\x7fELF\x02\x01\x01\0\0\0\0\0");
    write(dir.path(), ".hidden.txt", b"never read");

    let out = kroniek(&["extract", dir.path().to_str().unwrap()], None);
    assert_eq!(out.status.code(), Some(2));
    let docs = records(&out);
    assert_eq!(docs.len(), 4, "{}", stderr(&out));
    for d in &docs[..3] {
        assert_eq!(d["text"], "De taliban rukten op naar de vallei.");
        assert_eq!(d["date"]["value"], "2021-08-20");
    }
    assert_eq!(docs[3]["date"]["value"], "2020");
    let err = stderr(&out);
    assert!(err.contains("5-empty.txt: empty file"), "{err}");
    assert!(err.contains("6-binary.bin: binary file"), "{err}");
    assert!(!err.contains("hidden"));

    let out = kroniek(&["extract", "-"], Some(body.as_bytes()));
    assert!(out.status.success());
    let d = &records(&out)[0];
    assert_eq!(d["source"], "<stdin>");
    assert_eq!(d["date"]["value"], "2021-08-20");
}

#[test]
fn invalid_utf8_is_replaced_and_reported() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "bad.txt",
        b"date 2021-08\nDe vallei \xff telt inwoners.",
    );
    let out = kroniek(&["extract", &f], None);
    assert!(out.status.success());
    let d = &records(&out)[0];
    assert!(d["text"].as_str().unwrap().contains('\u{fffd}'));
    let msg = d["diagnostics"][0]["message"].as_str().unwrap();
    assert!(msg.contains("invalid UTF-8 at byte 23"), "{msg}");
    let out = kroniek(&["extract", "--strict", &f], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(records(&out).is_empty());
}

#[test]
fn text_format_and_lang_override() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "a.txt",
        b"date 2021-08\nWapens gezocht. Dhr. Saleh kwam o.a. met 150.000 man.",
    );
    let out = kroniek(&["extract", "--format", "text", &f], None);
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("date 2021-08 (month) · lang nl"), "{s}");
    assert!(s.contains("[150.000]NUM"), "{s}");
    let out = kroniek(&["extract", "--lang", "af", &f], None);
    assert_eq!(records(&out)[0]["lang"], "af");
    assert_eq!(records(&out)[0]["lang_confidence"], 1.0);
}

#[test]
fn missing_file_is_reported() {
    let out = kroniek(&["extract", "/nonexistent/file.txt"], None);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/nonexistent/file.txt: cannot open"));
}

#[test]
fn the_plausibility_threshold_is_a_probability_and_zero_keeps_every_event() {
    let dir = tempfile::tempdir().unwrap();
    let f = write(
        dir.path(),
        "a.txt",
        b"date 2021-08-20\nThe striker attacked the defence from the first minute of the match. \
          The coach praised his players after the game. The team leads the league by four \
          points this season.\n",
    );
    for bad in ["1.5", "-0.1", "abc"] {
        let arg = format!("--min-plausibility={bad}");
        let out = kroniek(&["extract", &arg, &f], None);
        assert!(!out.status.success(), "{bad} accepted");
        assert!(
            stderr(&out).contains("--min-plausibility"),
            "{}",
            stderr(&out)
        );
    }
    let events = |args: &[&str]| -> usize {
        let out = kroniek(args, None);
        assert!(out.status.success(), "{}", stderr(&out));
        records(&out)[0]["events"].as_array().map_or(0, Vec::len)
    };
    assert_eq!(
        events(&["extract", &f]),
        0,
        "a match report's attacks and praise are left out"
    );
    assert!(events(&["extract", "--min-plausibility", "0", &f]) > 0);
}

/// `--syntax-model FILE` puts a trained model file in place of the built-in model of its
/// language (here a model trained on two sentences of our own, whose analyses the records must
/// then carry); a missing or foreign file is an error that names it.
#[test]
fn a_syntax_model_file_replaces_the_built_in_model_of_its_language() {
    const TOY: &str = "# text = Soldaten namen gisteren de brug in .
1\tSoldaten\tsoldaat\tNOUN\t_\t_\t2\tnsubj\t_\t_
2\tnamen\tnemen\tVERB\t_\t_\t0\troot\t_\t_
3\tgisteren\tgisteren\tADV\t_\t_\t2\tadvmod\t_\t_
4\tde\tde\tDET\t_\t_\t5\tdet\t_\t_
5\tbrug\tbrug\tNOUN\t_\t_\t2\tobj\t_\t_
6\tin\tin\tADP\t_\t_\t2\tcompound:prt\t_\t_
7\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# text = Zij vertrekt morgen naar Gent .
1\tZij\tzij\tPRON\t_\t_\t2\tnsubj\t_\t_
2\tvertrekt\tvertrekken\tVERB\t_\t_\t0\troot\t_\t_
3\tmorgen\tmorgen\tADV\t_\t_\t2\tadvmod\t_\t_
4\tnaar\tnaar\tADP\t_\t_\t5\tcase\t_\t_
5\tGent\tGent\tPROPN\t_\t_\t2\tobl\t_\t_
6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

";
    let dir = tempfile::tempdir().unwrap();
    let treebank = write(dir.path(), "toy.conllu", TOY.as_bytes());
    let mut opts = kroniek_syntax::TrainOptions::new("nl", vec![treebank.into()]);
    opts.jackknife = 0;
    opts.ensemble = 2;
    let (model, _) = kroniek_syntax::train(&opts).unwrap();
    let model_file = write(dir.path(), "nl.bin", &model.to_bytes());
    let text = "De burgemeester riep de inwoners van de stad gisteren op.";
    let article = write(
        dir.path(),
        "a.txt",
        format!("date 2024-03\n{text}\n").as_bytes(),
    );
    let syntax = |args: &[&str]| -> Vec<(String, u64, String)> {
        let out = kroniek(args, None);
        assert!(out.status.success(), "{}", stderr(&out));
        records(&out)[0]["tokens"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| {
                let s = |k: &str| t[k].as_str().unwrap_or_default().to_string();
                (s("upos"), t["head"].as_u64().unwrap(), s("deprel"))
            })
            .collect()
    };
    let toy = syntax(&[
        "extract",
        "--lang",
        "nl",
        "--syntax-model",
        &model_file,
        &article,
    ]);
    let forms: Vec<&str> = text.trim_end_matches('.').split(' ').chain(["."]).collect();
    let want: Vec<(String, u64, String)> = model
        .analyse(&forms)
        .into_iter()
        .map(|t| (t.upos, u64::from(t.head), t.deprel))
        .collect();
    assert_eq!(toy, want);
    assert_ne!(syntax(&["extract", "--lang", "nl", &article]), toy);

    for (bad, why) in [
        (
            dir.path().join("none.bin").display().to_string(),
            "No such file",
        ),
        (article.clone(), "not a kroniek syntax model"),
    ] {
        let out = kroniek(&["extract", "--syntax-model", &bad, &article], None);
        assert!(!out.status.success());
        let err = stderr(&out);
        assert!(
            err.contains(&format!("syntax model {bad}")) && err.contains(why),
            "{err}"
        );
    }
}
