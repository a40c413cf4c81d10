"""`python -m assets.cli run`: materialise every asset once, then print where the tables are and a summary."""
from __future__ import annotations

import argparse
import sys
from collections import Counter

from dagster import DagsterInstance

from pipelines.store import TableStore

from .definitions import defs
from .jobs import news_pipeline_job
from .resources import output_dir_from_environment


def summarise(store: TableStore) -> str:
    articles = store.read_bucketed("articles", columns=["article_id"]).num_rows
    quarantine = store.read_file("quarantine").to_pylist()
    entity_types = Counter(store.read_bucketed("entities", columns=["type"])["type"].to_pylist())
    categories = Counter(store.read_bucketed("metrics", columns=["category"])["category"].to_pylist())
    lines = [
        f"outputs: {store.root}",
        f"  articles:    {articles}",
        f"  quarantined: {len(quarantine)}" + "".join(f"\n    {q['source_path']}: {q['reason']} ({q['detail']})" for q in quarantine[:20]),
        f"  entities:    {sum(entity_types.values())}  " + "  ".join(f"{k} {v}" for k, v in entity_types.most_common()),
        f"  metrics:     {sum(categories.values())}  " + "  ".join(f"{k} {v}" for k, v in categories.most_common()),
        f"  lineage rows: {store.row_count('lineage')}",
        "tables: " + ", ".join(["raw_files.parquet", "articles/", "entities/", "metrics/", "lineage/", "quarantine.parquet",
                                "near_duplicates/", "openlineage/RUN_ID.jsonl"]),
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("command", choices=["run", "summary"])
    parser.add_argument("--full-refresh", action="store_true", help="reprocess every article with the current code")
    args = parser.parse_args(argv)
    if args.command == "run":
        tags = {"news/trigger": "cli"}
        if args.full_refresh:
            tags["news/full_refresh"] = "true"
        job = defs.resolve_job_def(news_pipeline_job.name)
        # Dagster's step-by-step console log stays in the run's record (make ui); here, warnings only.
        quiet = {"loggers": {"console": {"config": {"log_level": "WARNING"}}}}
        result = job.execute_in_process(instance=DagsterInstance.get(), tags=tags, run_config=quiet, raise_on_error=False)
        print(f"run {result.run_id}: {'success' if result.success else 'FAILED'}")
        if not result.success:
            for event in result.all_events:
                if event.is_failure:
                    print(event.message, file=sys.stderr)
    print(summarise(TableStore(output_dir_from_environment())))
    return 0 if args.command == "summary" or result.success else 1


if __name__ == "__main__":
    sys.exit(main())
