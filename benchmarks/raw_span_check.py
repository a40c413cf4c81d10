"""Issue 3's traceability check on a pipeline output: random metrics and entities must decode from
the raw bytes at raw_start:raw_end to their surface text as written (original script).

    python benchmarks/raw_span_check.py OUTPUT_DIR RAW_DIR [--sample 200]

Prints the counts and the first failures; exits 1 when any sampled span does not decode.
"""
import argparse
import random
import sys
from pathlib import Path

import pyarrow.dataset as ds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output_dir", type=Path)
    parser.add_argument("raw_dir", type=Path)
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not (args.output_dir / "articles").is_dir():
        print(f"raw_span_check: no articles/ under {args.output_dir}; run the pipeline first. Nothing checked.")
        return 0
    articles = {r["article_id"]: r for r in ds.dataset(str(args.output_dir / "articles")).to_table(
        columns=["article_id", "source_path", "encoding", "original_text"]).to_pylist()}
    rng = random.Random(args.seed)
    failures, checked = [], 0
    for table in ("metrics", "entities"):
        rows = ds.dataset(str(args.output_dir / table)).to_table().to_pylist()
        rows = [r for r in rows if r.get("field", "text") == "text"]
        for row in rng.sample(rows, min(args.sample, len(rows))):
            article = articles[row["article_id"]]
            raw = (args.raw_dir / article["source_path"]).read_bytes()
            written = raw[row["raw_start"]:row["raw_end"]].decode(article["encoding"], errors="replace")
            expected = article["original_text"][row["start"]:row["end"]]
            checked += 1
            if written != expected:
                failures.append((table, article["source_path"], row["text"], expected, written))
    print(f"raw_span_check: {checked} spans checked, {len(failures)} do not decode to their surface text")
    for failure in failures[:20]:
        print("  ", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
