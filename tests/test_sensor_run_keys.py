"""Run keys of the sensor: one run per pending change set, and never a key Dagster has already used.

Dagster skips a RunRequest whose run_key it has launched before, for the whole life of the instance. A
change set can recur (a file reverted to its earlier content, a file deleted and put back, the output
folder wiped), so the key must differ then, while staying the same across ticks that see one pending
change set (its run queued but not started yet).
"""
import json
import shutil

from dagster import DagsterInstance, RunRequest, SkipReason, build_sensor_context

from assets.resources import NewsStorage
from assets.sensors import new_articles_sensor, read_cursor
from pipelines.runner import RunContext, stage_cleaned_articles, stage_raw_articles
from pipelines.store import TableStore

from .conftest import SAMPLE_RAW


class Ticks:
    """Successive sensor evaluations that carry the cursor over, as the daemon does."""

    def __init__(self, raw, out):
        self.raw, self.out, self.cursor = raw, out, None

    def tick(self):
        storage = NewsStorage(raw_dir=str(self.raw), output_dir=str(self.out))
        with DagsterInstance.ephemeral() as instance:
            context = build_sensor_context(instance=instance, resources={"news_storage": storage}, cursor=self.cursor)
            result = new_articles_sensor(context)
            self.cursor = context.cursor
        return result

    def register(self):
        """What a run does to the registry: scan, then clean (which moves files out of pending)."""
        ctx = RunContext(run_id="scan", raw_dir=self.raw, store=TableStore(self.out), log=lambda m: None)
        stage_raw_articles(ctx)
        stage_cleaned_articles(ctx)


def test_a_reverted_file_gets_a_new_run_key(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    ticks = Ticks(raw, out)
    target = raw / "a.txt"
    original = next(SAMPLE_RAW.iterdir()).read_bytes()
    target.write_bytes(original)

    added = ticks.tick()
    assert isinstance(added, RunRequest)
    again = ticks.tick()
    assert again.run_key == added.run_key  # still pending: the same key, so the run is launched once
    ticks.register()
    assert isinstance(ticks.tick(), SkipReason)

    target.write_bytes(original + "补充一段。\n".encode())
    edited = ticks.tick()
    assert isinstance(edited, RunRequest) and edited.run_key != added.run_key
    ticks.register()
    assert isinstance(ticks.tick(), SkipReason)

    target.write_bytes(original)  # back to the first content: the same change set as the first run
    reverted = ticks.tick()
    assert isinstance(reverted, RunRequest)
    assert reverted.run_key not in {added.run_key, edited.run_key}


def test_a_file_put_back_after_deletion_and_a_wiped_output_folder_start_runs(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    ticks = Ticks(raw, out)
    source = sorted(SAMPLE_RAW.iterdir())[0]
    shutil.copy(source, raw / source.name)
    keys = [ticks.tick().run_key]
    ticks.register()

    (raw / source.name).unlink()
    deleted = ticks.tick()
    assert deleted.tags["news/deleted_files"] == "1"
    keys.append(deleted.run_key)
    ticks.register()

    shutil.copy(source, raw / source.name)
    keys.append(ticks.tick().run_key)
    ticks.register()

    shutil.rmtree(out)  # outputs wiped: everything is new again, as on the very first tick
    keys.append(ticks.tick().run_key)
    assert len(set(keys)) == 4, keys


def test_cursor_survives_garbage():
    assert read_cursor(None) == {"generation": 0, "pending": None}
    assert read_cursor("not json") == {"generation": 0, "pending": None}
    pending = {"change_set": "abc", "registry": True}
    assert read_cursor(json.dumps({"generation": 3, "pending": pending})) == {"generation": 3, "pending": pending}
    # an older cursor (pending as a string) keeps its generation, so run keys are never reused
    assert read_cursor('{"generation": 3, "pending": "abc"}') == {"generation": 3, "pending": None}


def test_a_run_that_keeps_failing_on_the_same_files_is_not_relaunched_every_tick(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    ticks = Ticks(raw, out)
    shutil.copy(sorted(SAMPLE_RAW.iterdir())[0], raw / "a.txt")
    first = ticks.tick()
    # The run scanned the folder (registry written, file pending) and failed before cleaning it.
    stage_raw_articles(RunContext(run_id="failed", raw_dir=raw, store=TableStore(out), log=lambda m: None))
    again = ticks.tick()
    assert isinstance(again, RunRequest)
    stage_raw_articles(RunContext(run_id="failed-retry", raw_dir=raw, store=TableStore(out), log=lambda m: None))
    assert ticks.tick().run_key == again.run_key  # same pending work, same key: Dagster launches it once
    assert first.run_key == again.run_key  # the registry appearing (the run started) is no new work
