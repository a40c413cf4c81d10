"""Sensor: new, changed or deleted raw files start one run that processes just those."""

import hashlib
import os

from dagster import DefaultSensorStatus, RunRequest, SensorEvaluationContext, SkipReason, sensor

from pipelines.runner import raw_folder_changes

from .jobs import news_pipeline_job
from .resources import NewsStorage

SENSOR_INTERVAL_SECONDS = int(os.environ.get("NEWS_SENSOR_INTERVAL_SECONDS", "30"))


@sensor(
    job=news_pipeline_job,
    default_status=DefaultSensorStatus.RUNNING,
    minimum_interval_seconds=SENSOR_INTERVAL_SECONDS,
    description="Watches NEWS_RAW_DIR. Files are compared with the raw_files registry by content hash (only files whose "
                "size or modification time changed are hashed); any difference starts one run for the whole change set.",
)
def new_articles_sensor(context: SensorEvaluationContext, news_storage: NewsStorage):
    raw_dir = news_storage.raw_path()
    if not raw_dir.is_dir():
        return SkipReason(f"raw folder {raw_dir} does not exist")
    changed, deleted = raw_folder_changes(raw_dir, news_storage.store())
    if not changed and not deleted:
        return SkipReason("no new, changed or deleted files")
    # The same change set gives the same run key, so a pending change is launched once; a later
    # file makes a new key, and that run picks up whatever is still unprocessed.
    digest = hashlib.sha256()
    for scanned in changed:
        digest.update(f"{scanned.source_path}\0{scanned.sha256}\n".encode())
    for path in deleted:
        digest.update(f"{path}\0deleted\n".encode())
    context.log.info(f"{len(changed)} new or changed files, {len(deleted)} deleted")
    return RunRequest(
        run_key=digest.hexdigest()[:32],
        tags={"news/trigger": "sensor", "news/changed_files": str(len(changed)), "news/deleted_files": str(len(deleted))},
    )
