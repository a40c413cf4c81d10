"""The sensor launches one run per change set; the schedule and sensor start running by default."""
import shutil

from dagster import DagsterInstance, DefaultSensorStatus, RunRequest, SkipReason, build_sensor_context

from assets.definitions import defs
from assets.resources import NewsStorage
from assets.sensors import new_articles_sensor
from pipelines.runner import RunContext, stage_cleaned_articles, stage_raw_articles
from pipelines.store import TableStore

from .conftest import SAMPLE_RAW


def evaluate(raw, out):
    storage = NewsStorage(raw_dir=str(raw), output_dir=str(out))
    with DagsterInstance.ephemeral() as instance:
        context = build_sensor_context(instance=instance, resources={"news_storage": storage})
        return new_articles_sensor(context)


def register(raw, out, clean=True):
    ctx = RunContext(run_id="scan", raw_dir=raw, store=TableStore(out), log=lambda m: None)
    stage_raw_articles(ctx)
    if clean:
        stage_cleaned_articles(ctx)


def test_files_registered_but_never_cleaned_still_start_a_run(tmp_path):
    """A run that failed after its scan, or raw_articles materialised alone, leaves files pending."""
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    shutil.copy(next(SAMPLE_RAW.iterdir()), raw / "a.txt")
    register(raw, out, clean=False)
    request = evaluate(raw, out)
    assert isinstance(request, RunRequest) and request.tags["news/changed_files"] == "1"
    register(raw, out)
    assert isinstance(evaluate(raw, out), SkipReason)


def test_new_files_give_one_run_request_with_a_stable_key(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    assert isinstance(evaluate(raw, out), SkipReason)
    for path in sorted(SAMPLE_RAW.iterdir())[:3]:
        shutil.copy(path, raw / path.name)
    first = evaluate(raw, out)
    assert isinstance(first, RunRequest) and first.tags["news/changed_files"] == "3"
    assert evaluate(raw, out).run_key == first.run_key  # same pending change set, same key: launched once
    register(raw, out)
    assert isinstance(evaluate(raw, out), SkipReason)
    (raw / sorted(SAMPLE_RAW.iterdir())[0].name).unlink()
    deleted = evaluate(raw, out)
    assert isinstance(deleted, RunRequest) and deleted.tags["news/deleted_files"] == "1"


def test_changed_content_is_detected_by_hash(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    target = raw / "a.txt"
    shutil.copy(next(SAMPLE_RAW.iterdir()), target)
    register(raw, out)
    target.write_bytes(target.read_bytes() + "补充一段。\n".encode())
    request = evaluate(raw, out)
    assert isinstance(request, RunRequest) and request.tags["news/changed_files"] == "1"


def test_sensor_and_schedule_run_by_default():
    assert defs.resolve_sensor_def("new_articles_sensor").default_status == DefaultSensorStatus.RUNNING
    schedule = defs.resolve_schedule_def("daily_rerun_schedule")
    assert schedule.default_status.value == "RUNNING"
    assert schedule.job_name == "news_pipeline_job"


def test_make_run_honours_the_environment(tmp_path, monkeypatch):
    """`python -m assets.cli run` (what make run calls) with NEWS_RAW_DIR and NEWS_OUTPUT_DIR set."""
    from assets import cli

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(sorted(SAMPLE_RAW.iterdir())[0], raw)
    monkeypatch.setenv("NEWS_RAW_DIR", str(raw))
    monkeypatch.setenv("NEWS_OUTPUT_DIR", str(tmp_path / "out"))
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    import importlib

    import assets.definitions

    try:
        importlib.reload(assets.definitions)  # resources are read from the environment at import
        importlib.reload(cli)
        assert cli.main(["run"]) == 0
        assert TableStore(tmp_path / "out").row_count("articles") == 1
    finally:
        monkeypatch.undo()
        importlib.reload(assets.definitions)
        importlib.reload(cli)
