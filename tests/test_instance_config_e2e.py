"""The shipped dagster.yaml under `dagster dev`: a failed run is retried, and runs never overlap.

1. A sensor run that fails after registering the new files (here: articles/ is blocked by a plain file)
   leaves nothing for the sensor to see (the folder matches the registry), so only a run retry brings
   the files in: the retry must start and succeed once the cause is gone.
2. Runs launched from the UI ("Materialize", the implicit asset job) lack the news/pipeline tag of
   news_pipeline_job; they must still queue behind each other and behind the sensor's run (without the
   dagster/code_location limit in dagster.yaml the two asset-job runs overlap).
"""
from __future__ import annotations

import itertools
import time

import pytest
from dagster_graphql import DagsterGraphQLClient

from .dagster_dev_server import (
    LOCATION_NAME,
    PROJECT_DIR,
    TERMINAL_STATUSES,
    DagsterDev,
    DagsterDevError,
    article_ids,
    drop_files,
)

pytestmark = [
    pytest.mark.ui,
    # dagster-graphql's client calls gql in a way gql now deprecates; nothing this project can change.
    pytest.mark.filterwarnings("ignore:Using variable_values and operation_name:DeprecationWarning"),
]

SAMPLE_RAW = PROJECT_DIR / "data" / "sample" / "raw"


def wait_for(condition, timeout: float, what: str, server: DagsterDev):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        result = condition()
        if result:
            return result
        time.sleep(0.2)
    pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}; runs: "
                f"{[(r['runId'][:8], r['status'], r['tags']) for r in server.runs()]}\n{server.log_text(4000)}",
                pytrace=False)


def test_failed_run_is_retried_and_runs_queue_one_at_a_time(tmp_path):
    server = DagsterDev(tmp_path, tmp_path / "raw", tmp_path / "outputs", sensor_interval=5)
    try:
        server.start()
        try:
            server.wait_until_loaded(timeout=120)
        except DagsterDevError as error:
            pytest.fail(f"dagster dev did not start: {error}", pytrace=False)

        # 1. a failing sensor run, then its retry
        blocker = server.output_dir / "articles"
        blocker.write_text("a file where the articles folder should be\n")
        drop_files([(path, path.name) for path in sorted(SAMPLE_RAW.iterdir())], server.raw_dir)
        failed = wait_for(lambda: [r for r in server.runs({"news/trigger": "sensor"}) if r["status"] == "FAILURE"],
                          120, "the sensor run to fail", server)[0]
        blocker.unlink()

        def retried():
            runs = [r for r in server.runs() if r["tags"].get("dagster/parent_run_id") == failed["runId"]]
            return runs if runs and runs[0]["status"] in TERMINAL_STATUSES else None

        retry = wait_for(retried, 120, f"a retry of run {failed['runId']}", server)[0]
        assert retry["status"] == "SUCCESS", server.run_errors(retry["runId"])
        assert len(article_ids(server.output_dir)) == 5

        # 2. a sensor run and, while it is queued or running, two UI-style launches of the implicit asset job.
        # The file goes in first: a raw_articles run that registered it before the sensor's tick would leave
        # the sensor nothing to see (see the report on pending files).
        before = {r["runId"] for r in server.runs()}
        extra = (SAMPLE_RAW / "002_fc5089de8ffa5fbb.txt").read_bytes() + "\n补充：热线电话照常开通。\n".encode()
        drop_files([(extra, "102_update.txt")], server.raw_dir)
        wait_for(lambda: [r for r in server.runs({"news/trigger": "sensor"}) if r["runId"] not in before],
                 60, "the sensor to request a run for the new file", server)
        client = DagsterGraphQLClient("127.0.0.1", port_number=server.port)
        for _ in range(2):
            client.submit_job_execution("__ASSET_JOB", repository_location_name=LOCATION_NAME,
                                        asset_selection=["raw_articles"])

        def all_new_runs_done():
            runs = [r for r in server.runs() if r["runId"] not in before]
            sensor_runs = [r for r in runs if r["tags"].get("news/trigger") == "sensor"]
            done = len(runs) >= 3 and sensor_runs and all(r["status"] in TERMINAL_STATUSES for r in runs)
            return runs if done else None

        runs = wait_for(all_new_runs_done, 150, "the asset-job runs and the sensor run to finish", server)
        assert all(r["status"] == "SUCCESS" for r in runs), [(r["runId"], r["status"]) for r in runs]
        assert sorted(r["jobName"] for r in runs) == ["__ASSET_JOB", "__ASSET_JOB", "news_pipeline_job"]
        for one, other in itertools.combinations(runs, 2):
            overlap = min(one["endTime"], other["endTime"]) - max(one["startTime"], other["startTime"])
            assert overlap <= 0, f"runs {one['runId']} ({one['jobName']}) and {other['runId']} ({other['jobName']}) " \
                                 f"ran at the same time for {overlap:.1f} s"
        assert len(article_ids(server.output_dir)) == 6
    finally:
        server.stop()
