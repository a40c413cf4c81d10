"""The code location: assets grouped by domain, checks, the job, sensor, schedule and resources."""
from dagster import Definitions, in_process_executor, load_asset_checks_from_modules, load_assets_from_modules

from . import checks, extraction, ingest, lineage
from .jobs import news_pipeline_job
from .resources import news_storage_from_environment
from .schedules import daily_rerun_schedule
from .sensors import new_articles_sensor

ALL_ASSETS = load_assets_from_modules([ingest, extraction, lineage])
ALL_ASSET_CHECKS = load_asset_checks_from_modules([checks])

defs = Definitions(
    assets=ALL_ASSETS,
    asset_checks=ALL_ASSET_CHECKS,
    jobs=[news_pipeline_job],
    sensors=[new_articles_sensor],
    schedules=[daily_rerun_schedule],
    resources={"news_storage": news_storage_from_environment()},
    # UI materialisations too: a process per step costs 30-100 s a run here and buys nothing.
    executor=in_process_executor,
)
