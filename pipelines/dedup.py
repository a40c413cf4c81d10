"""Near-duplicate articles: character shingles, bottom-k MinHash sketches, exact Jaccard check.

The same story often arrives twice: once in UTF-8 and once in GB18030 with small edits, or once
in Simplified and once in Traditional (the cleaned text is Simplified for both). Texts are
compared as sets of character 5-grams after dropping punctuation and spaces (so ASCII vs
full-width commas do not matter).

Candidates: each article's sketch is the SKETCH_SIZE smallest shingle hashes (bottom-k MinHash,
one hash function, so it costs one pass over the shingles). Two articles with Jaccard J share
about J * SKETCH_SIZE sketch values; pairs sharing at least MIN_SHARED_HASHES are candidates.
Very common values (template phrases shared by hundreds of stories) are skipped as keys.
Verification: exact Jaccard of the two shingle sets >= JACCARD_THRESHOLD. Clusters are connected
components; a cluster's id is its smallest article id, so it does not depend on input order.

Pure Python; Python's salted str hash only picks candidates, the exact Jaccard decides, so the
result is the same from run to run for every pair clearly above the threshold.
"""
from __future__ import annotations

import heapq
import re
from collections import Counter, defaultdict

SHINGLE_SIZE = 5
SKETCH_SIZE = 16
MIN_SHARED_HASHES = 2
MAX_BUCKET = 64  # a sketch value shared by more articles is a template phrase, not evidence
JACCARD_THRESHOLD = 0.8
MIN_SHINGLES = 20  # shorter texts are too short to call duplicates
_NOISE_RE = re.compile(r"[\W_]+", re.UNICODE)


def compact(text: str) -> str:
    return _NOISE_RE.sub("", text.lower())


def shingle_set(compacted: str) -> set[int]:
    return {hash(compacted[i:i + SHINGLE_SIZE]) for i in range(len(compacted) - SHINGLE_SIZE + 1)}


def jaccard(a: set, b: set) -> float:
    if not a or not b:
        return 0.0
    intersection = len(a & b)
    return intersection / (len(a) + len(b) - intersection)


def near_duplicate_clusters(items: list[tuple[str, str]]) -> dict[str, str]:
    """article_id -> cluster_id for every article with at least one near-duplicate."""
    ids: list[str] = []
    texts: list[str] = []
    buckets: dict[int, list[int]] = defaultdict(list)
    seen: set[str] = set()
    for article_id, text in items:
        if article_id in seen:
            continue
        seen.add(article_id)
        compacted = compact(text or "")
        shingles = shingle_set(compacted)
        if len(shingles) < MIN_SHINGLES:
            continue
        index = len(ids)
        ids.append(article_id)
        texts.append(compacted)
        for value in heapq.nsmallest(SKETCH_SIZE, shingles):
            buckets[value].append(index)

    shared: Counter[tuple[int, int]] = Counter()
    for members in buckets.values():
        if len(members) < 2 or len(members) > MAX_BUCKET:
            continue
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                shared[(first, second)] += 1

    parent = list(range(len(ids)))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    cache: dict[int, set[int]] = {}

    def shingles_of(index: int) -> set[int]:
        if index not in cache:
            if len(cache) > 2048:
                cache.clear()
            cache[index] = shingle_set(texts[index])
        return cache[index]

    for (first, second), count in shared.items():
        if count < MIN_SHARED_HASHES or find(first) == find(second):
            continue
        if jaccard(shingles_of(first), shingles_of(second)) >= JACCARD_THRESHOLD:
            parent[find(first)] = find(second)

    members_of: dict[int, list[int]] = defaultdict(list)
    for index in range(len(ids)):
        members_of[find(index)].append(index)
    clusters: dict[str, str] = {}
    for members in members_of.values():
        if len(members) < 2:
            continue
        cluster_id = min(ids[m] for m in members)
        for member in members:
            clusters[ids[member]] = cluster_id
    return clusters
