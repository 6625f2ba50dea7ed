"""Baseline for `kroniek bench text`: spaCy's blank-pipeline tokenizer on the same corpus.

Reads the JSON Lines corpus that `kroniek bench text --corpus-out FILE` writes, tokenizes each
text with spacy.blank("nl") or spacy.blank("en") (by the record's `lang_hint`), and prints one
JSON object: text bytes, seconds (best of N runs), tokens, and MB/s. Single process, one core.
"""
import json
import sys
import time

import spacy


def main() -> None:
    path = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    records = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    nlp = {"nl": spacy.blank("nl"), "en": spacy.blank("en")}
    texts = [(r.get("lang_hint", "en"), r["text"]) for r in records]
    size = sum(len(t.encode("utf-8")) for _, t in texts)
    best = float("inf")
    tokens = 0
    for _ in range(runs):
        start = time.perf_counter()
        tokens = 0
        for lang, text in texts:
            tokens += len(nlp[lang].tokenizer(text))
        best = min(best, time.perf_counter() - start)
    print(json.dumps({
        "tool": f"spacy {spacy.__version__} blank tokenizer",
        "bytes": size,
        "seconds": best,
        "tokens": tokens,
        "mb_per_s": size / best / 1e6,
    }))


if __name__ == "__main__":
    main()
