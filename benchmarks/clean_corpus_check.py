"""Robustness and speed check of pipelines.cleaning.load_article over the bulk corpus.

    .venv/bin/python benchmarks/clean_corpus_check.py [CORPUS_DIR] [--limit N] [--spans N] [--mutations N]

Every file must give a CleanArticle or BadInput. Cleaned text must hold no markup, URLs,
查看原文/返回首页, U+FFFD or Traditional characters; every story needs a title and every
Jekyll post a published_at; random spans must decode from the raw bytes to original_text.
Prints counts by shape / encoding / quarantine reason and the throughput; exits 1 on any
violation, 0 (with a message) when the corpus is absent. --mutations N also damages N stories
(truncation, a corrupt byte, CRLF, UTF-16 with and without BOM, GB18030, Big5 for Traditional)
and checks each copy still gives a CleanArticle or BadInput that passes the same checks.
"""
from __future__ import annotations

import argparse
import codecs
import os
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.cleaning import load_article  # noqa: E402
from pipelines.dedup import near_duplicate_clusters  # noqa: E402
from pipelines.models import BadInput  # noqa: E402
from pipelines.script import _T2S, is_traditional  # noqa: E402

DEFAULT_CORPUS = Path("/tmp/xwlb/xwlb-dev")
MARKUP_RE = re.compile(r"<\s*/?\s*[a-zA-Z!][^<>]*>|&(?:nbsp|amp|lt|gt|quot|#\d+);")
URL_RE = re.compile(r"https?://|www\.[a-z0-9-]+\.|//[a-z0-9-]+\.[a-z]{2,}/", re.I)
FORBIDDEN_PHRASES = ("查看原文", "返回首页", "\ufffd")


def check_article(article, data: bytes, rng: random.Random, spans: int) -> list[str]:
    problems = []
    text = article.text
    if MARKUP_RE.search(text):
        problems.append(f"markup: {MARKUP_RE.search(text).group(0)!r}")
    if URL_RE.search(text):
        problems.append(f"url: {text[max(0, URL_RE.search(text).start() - 10):URL_RE.search(text).end() + 20]!r}")
    for phrase in FORBIDDEN_PHRASES:
        if phrase in text:
            problems.append(f"contains {phrase!r}")
    if article.script == "traditional" and _T2S.convert(text) != text:
        problems.append("Traditional characters left after conversion")
    if article.script == "simplified" and is_traditional(text):
        problems.append("judged Simplified but text looks Traditional")
    if len(text) != len(article.original_text) or len(article.raw_offsets) != len(text) + 1:
        problems.append("text / original_text / raw_offsets lengths disagree")
    if not article.title:
        problems.append("no title")
    if article.shape == "jekyll_post" and not article.published_at:
        problems.append(f"jekyll post without published_at ({article.published_at_note})")
    # Every character must sit at its raw bytes: either the bytes decode to it, or it stands
    # for an HTML entity starting there.
    original = article.original_text
    offsets = article.raw_offsets
    for index, char in enumerate(original):
        if char == "\n":
            continue  # paragraph separator: stands between two raw runs
        raw = data[offsets[index]:offsets[index + 1]]
        if raw.decode(article.encoding, errors="replace") != char and not raw.startswith(b"&"):
            contiguous_end = offsets[index] + len(char.encode(article.encoding))
            raw_char = data[offsets[index]:contiguous_end].decode(article.encoding, errors="replace")
            if raw_char != char:
                problems.append(f"offset: char {index} {char!r} maps to raw {raw_char!r}")
                break
    # Random spans inside one paragraph that came from one contiguous raw run decode exactly.
    paragraphs = []
    position = 0
    for line in original.split("\n"):
        paragraphs.append((position, position + len(line)))
        position += len(line) + 1
    for _ in range(spans):
        start, end = rng.choice(paragraphs)
        if end - start < 1:
            continue
        s = rng.randrange(start, end)
        e = rng.randrange(s + 1, min(end, s + 40) + 1)
        expected = original[s:e]
        if offsets[e] - offsets[s] != len(expected.encode(article.encoding)):
            continue  # crosses a removed span or an entity
        raw = data[offsets[s]:offsets[e]].decode(article.encoding)
        if raw != expected:
            problems.append(f"span {s}:{e} decodes to {raw[:30]!r}, original_text has {expected[:30]!r}")
            break
    return problems


def mutations(data: bytes, rng: random.Random) -> dict[str, bytes]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("gb18030")
    damaged = bytearray(data)
    damaged[rng.randrange(len(damaged))] = rng.randrange(128, 256)
    variants = {
        "truncated": data[: rng.randrange(1, len(data))],
        "corrupt_byte": bytes(damaged),
        "crlf": text.replace("\n", "\r\n").encode("utf-8"),
        "utf16_bom": codecs.BOM_UTF16_LE + text.encode("utf-16-le"),
        "utf16_no_bom": text.encode("utf-16-be"),
        "gb18030": text.encode("gb18030"),
    }
    try:
        variants["big5"] = text.encode("big5")  # only Traditional stories fit in Big5
    except UnicodeEncodeError:
        pass
    return variants


def run_mutations(paths: list[Path], count: int, rng: random.Random) -> int:
    outcomes: Counter = Counter()
    problems: Counter = Counter()
    unexpected = 0
    for path in rng.sample(paths, min(count, len(paths))):
        for kind, data in mutations(path.read_bytes(), rng).items():
            try:
                article = load_article(data, path.name)
            except BadInput as error:
                outcomes[f"{kind}: {error.reason}"] += 1
                continue
            except Exception as error:  # noqa: BLE001 - the point is to find these
                unexpected += 1
                print(f"  [unexpected] {kind} {path.name}: {type(error).__name__}: {error}")
                continue
            outcomes[f"{kind}: article"] += 1
            for problem in check_article(article, data, rng, 5):
                problems[f"{kind}: {problem.split(':')[0]}"] += 1
    print("mutations:", dict(sorted(outcomes.items())))
    print("mutation problems:", dict(problems) or "none", f"unexpected exceptions: {unexpected}")
    return unexpected


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=os.environ.get("XWLB_DIR", str(DEFAULT_CORPUS)))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--spans", type=int, default=20, help="random spans checked per article")
    parser.add_argument("--show", type=int, default=5, help="examples printed per problem kind")
    parser.add_argument("--mutations", type=int, default=0, help="damaged copies of this many stories")
    options = parser.parse_args()

    corpus = Path(options.corpus)
    if not corpus.is_dir():
        print(f"corpus not found at {corpus}: nothing to check (unpack xwlb-2022-2024.tar.gz there or pass its path)")
        return 0
    paths = sorted(p for p in corpus.iterdir() if p.is_file())[: options.limit]
    blobs = [(p.name, p.read_bytes()) for p in paths]

    started = time.perf_counter()
    results = []
    for name, data in blobs:
        try:
            results.append((name, data, load_article(data, name)))
        except BadInput as error:
            results.append((name, data, error))
    elapsed = time.perf_counter() - started

    rng = random.Random(20240101)
    shapes, encodings, scripts, reasons, problem_kinds = Counter(), Counter(), Counter(), Counter(), Counter()
    examples: dict[str, list[str]] = {}
    for name, data, result in results:
        if isinstance(result, BadInput):
            reasons[result.reason] += 1
            examples.setdefault("quarantine " + result.reason, []).append(f"{name}: {result.detail}")
            continue
        shapes[result.shape] += 1
        encodings[result.encoding] += 1
        scripts[result.script] += 1
        for problem in check_article(result, data, rng, options.spans):
            kind = problem.split(":")[0].split(" (")[0]
            problem_kinds[kind] += 1
            examples.setdefault(kind, []).append(f"{name}: {problem}")

    articles = [(r.article_id, r.text) for _, _, r in results if not isinstance(r, BadInput)]
    dedup_started = time.perf_counter()
    clusters = near_duplicate_clusters(articles)
    dedup_seconds = time.perf_counter() - dedup_started

    total_bytes = sum(len(d) for _, d in blobs)
    print(f"files: {len(blobs)}  articles: {sum(shapes.values())}  quarantined: {sum(reasons.values())}")
    print(f"load_article: {elapsed:.2f} s, {len(blobs) / elapsed:.0f} files/s, {total_bytes / elapsed / 1e6:.1f} MB/s (one core)")
    print(f"near_duplicate_clusters: {dedup_seconds:.2f} s, {len(clusters)} articles in {len(set(clusters.values()))} clusters")
    print("shapes:", dict(shapes.most_common()))
    print("encodings:", dict(encodings.most_common()))
    print("scripts:", dict(scripts.most_common()))
    print("quarantine reasons:", dict(reasons.most_common()))
    print("problems:", dict(problem_kinds.most_common()) or "none")
    for kind, lines in examples.items():
        for line in lines[: options.show]:
            print(f"  [{kind}] {line[:200]}")
    unexpected = run_mutations(paths, options.mutations, rng) if options.mutations else 0
    return 1 if problem_kinds or unexpected else 0


if __name__ == "__main__":
    sys.exit(main())
