"""The one job that brings every table up to date with the raw folder."""
from dagster import AssetSelection, define_asset_job, in_process_executor

# Steps share one process: a subprocess per step costs seconds per run and buys nothing here,
# since each asset already works through its articles in batches.
news_pipeline_job = define_asset_job(
    "news_pipeline_job",
    selection=AssetSelection.all(),
    executor_def=in_process_executor,
    description="Scan the raw folder, then clean, extract and record lineage for what is new, changed or deleted.",
    tags={"news/pipeline": "labour-news"},
)
