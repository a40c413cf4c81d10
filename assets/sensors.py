"""Sensor: new, changed or deleted raw files start one run that processes just those."""

import hashlib
import json
import os

from dagster import DefaultSensorStatus, RunRequest, SensorEvaluationContext, SkipReason, sensor

from pipelines.runner import raw_folder_changes

from .jobs import news_pipeline_job
from .resources import NewsStorage

DEFAULT_SENSOR_INTERVAL_SECONDS = 30
SENSOR_INTERVAL_SECONDS = int(os.environ.get("NEWS_SENSOR_INTERVAL_SECONDS") or DEFAULT_SENSOR_INTERVAL_SECONDS)


def registry_exists(storage: NewsStorage) -> bool:
    """False when the outputs were wiped (or never written): every file is new again."""
    return storage.store().single_file("raw_files").exists()


def read_cursor(cursor: str | None) -> dict:
    """{"generation": n, "pending": {"change_set": …, "registry": bool} last seen, or None}; anything unreadable
    starts afresh."""
    try:
        state = json.loads(cursor) if cursor else {}
        pending = state.get("pending")
        return {"generation": int(state.get("generation", 0)), "pending": pending if isinstance(pending, dict) else None}
    except (ValueError, TypeError, AttributeError):
        return {"generation": 0, "pending": None}


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
    state = read_cursor(context.cursor)
    if not changed and not deleted:
        if state["pending"] is not None:
            context.update_cursor(json.dumps({"generation": state["generation"], "pending": None}))
        return SkipReason("no new, changed or deleted files")
    digest = hashlib.sha256()
    for scanned in changed:
        digest.update(f"{scanned.source_path}\0{scanned.sha256}\n".encode())
    for path in deleted:
        digest.update(f"{path}\0deleted\n".encode())
    change_set = digest.hexdigest()[:32]
    registry = registry_exists(news_storage)
    # While a change set stays pending (its run queued or not yet past the scan) every tick gives the same
    # run key, so Dagster launches it once; a later file makes a new key, and that run picks up whatever is
    # still unprocessed. Dagster never reuses a run key, so the key also carries a generation that moves on
    # when the pending change set differs from the last one seen (the cursor forgets it once nothing is
    # pending), or when the registry vanished under it (outputs wiped): a file reverted to an earlier
    # content, re-added after a deletion, or a wiped output folder gives a change set seen before and must
    # still start a run. The registry appearing (the pending run has started) changes nothing, and a run
    # that keeps failing on the same files keeps its key, so neither is relaunched every tick.
    last = state["pending"]
    wiped = last is not None and last.get("registry") and not registry
    if last is None or last.get("change_set") != change_set or wiped:
        state["generation"] += 1
    state["pending"] = {"change_set": change_set, "registry": registry}
    context.update_cursor(json.dumps(state))
    context.log.info(f"{len(changed)} new or changed files, {len(deleted)} deleted")
    return RunRequest(
        run_key=f"{change_set}-{state['generation']}",
        tags={"news/trigger": "sensor", "news/changed_files": str(len(changed)), "news/deleted_files": str(len(deleted))},
    )
