"""Start the project's `dagster dev` in a subprocess and talk to it over HTTP and GraphQL.

Shared by tests/test_ui_e2e.py and benchmarks/sensor_pickup_check.py. Everything goes through the
real server (webserver + daemon + code server) that `make ui` starts, with a temporary DAGSTER_HOME
holding a copy of the repository's dagster.yaml, so the sensor, the run queue and its tag
concurrency limit are the ones a user gets.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import requests

PROJECT_DIR = Path(__file__).resolve().parent.parent
LOCATION_NAME = "labour_news"
SENSOR_NAME = "new_articles_sensor"
TERMINAL_STATUSES = {"SUCCESS", "FAILURE", "CANCELED"}

WORKSPACE_QUERY = """
query Workspace {
  workspaceOrError {
    __typename
    ... on Workspace {
      locationEntries {
        name
        loadStatus
        locationOrLoadError {
          __typename
          ... on PythonError { message stack errorChain { error { message stack } } }
        }
      }
    }
    ... on PythonError { message }
  }
}
"""

RUNS_QUERY = """
query Runs($filter: RunsFilter) {
  runsOrError(filter: $filter) {
    __typename
    ... on Runs {
      results { runId status jobName creationTime startTime endTime tags { key value } }
    }
    ... on PythonError { message }
  }
}
"""

RUN_ERRORS_QUERY = """
query RunLogs($runId: ID!) {
  logsForRun(runId: $runId) {
    __typename
    ... on EventConnection {
      events {
        __typename
        ... on MessageEvent { message level stepKey }
        ... on ExecutionStepFailureEvent { error { message stack errorChain { error { message stack } } } }
        ... on RunFailureEvent { error { message } }
        ... on AssetCheckEvaluationEvent {
          evaluation { success checkName assetKey { path } targetMaterialization { runId } }
        }
      }
    }
  }
}
"""

SENSOR_QUERY = """
query Sensor($selector: SensorSelector!) {
  sensorOrError(sensorSelector: $selector) {
    __typename
    ... on Sensor {
      minIntervalSeconds
      sensorState {
        status
        ticks(limit: 8) { status timestamp skipReason runIds error { message } }
      }
    }
    ... on PythonError { message }
  }
}
"""


class DagsterDevError(RuntimeError):
    """dagster dev did not start, a run failed, or a wait ran out of time; the message says which."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def dagster_command() -> list[str]:
    beside_python = Path(sys.executable).with_name("dagster")
    if beside_python.exists():
        return [str(beside_python)]
    found = shutil.which("dagster")
    if found:
        return [found]
    return [sys.executable, "-m", "dagster"]


class DagsterDev:
    """`dagster dev -w workspace.yaml` on 127.0.0.1 and a free port, stopped with SIGINT, then killed."""

    def __init__(self, work_dir: Path, raw_dir: Path, output_dir: Path, sensor_interval: int | None = 5,
                 port: int | None = None):
        self.work_dir = Path(work_dir)
        self.raw_dir = Path(raw_dir)
        self.output_dir = Path(output_dir)
        self.dagster_home = self.work_dir / "dagster_home"
        self.log_path = self.work_dir / "dagster_dev.log"
        self.sensor_interval = sensor_interval
        self.port = port or free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self._log_handle = None
        self.session = requests.Session()

    # ---------------------------------------------------------------- life cycle
    def environment(self) -> dict[str, str]:
        env = dict(os.environ)
        for name in ("DAGSTER_HOME", "NEWS_RAW_DIR", "NEWS_OUTPUT_DIR", "NEWS_SENSOR_INTERVAL_SECONDS", "NEWS_BATCH_SIZE"):
            env.pop(name, None)
        env.update({
            "DAGSTER_HOME": str(self.dagster_home),
            "NEWS_RAW_DIR": str(self.raw_dir),
            "NEWS_OUTPUT_DIR": str(self.output_dir),
            "PYTHONPATH": str(PROJECT_DIR),
            "PYTHONUNBUFFERED": "1",
        })
        if self.sensor_interval is not None:
            env["NEWS_SENSOR_INTERVAL_SECONDS"] = str(self.sensor_interval)
        # The venv's scripts first, so the code server and daemon use the project's interpreter.
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        return env

    def start(self) -> None:
        self.dagster_home.mkdir(parents=True, exist_ok=True)
        shutil.copy(PROJECT_DIR / "dagster.yaml", self.dagster_home / "dagster.yaml")
        self.raw_dir.mkdir(parents=True, exist_ok=True)
        self.output_dir.mkdir(parents=True, exist_ok=True)
        self._log_handle = open(self.log_path, "wb")
        command = [*dagster_command(), "dev", "-w", "workspace.yaml", "-h", "127.0.0.1", "-p", str(self.port)]
        # Own process group, so whatever survives SIGINT can be killed as a group in stop().
        self.process = subprocess.Popen(command, cwd=PROJECT_DIR, env=self.environment(), stdin=subprocess.DEVNULL,
                                        stdout=self._log_handle, stderr=subprocess.STDOUT, start_new_session=True)

    def log_text(self, last_chars: int = 12000) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return text[-last_chars:]

    def _check_alive(self, what: str) -> None:
        if self.process is not None and self.process.poll() is not None:
            raise DagsterDevError(f"dagster dev exited with code {self.process.returncode} while {what}.\n"
                                  f"--- dagster dev log ({self.log_path}) ---\n{self.log_text()}")

    def wait_until_loaded(self, timeout: float = 120) -> float:
        """Poll /server_info, then GraphQL until the code location is LOADED; returns the seconds taken."""
        started = time.monotonic()
        deadline = started + timeout
        while True:
            self._check_alive("waiting for /server_info")
            try:
                if self.session.get(f"{self.base_url}/server_info", timeout=5).status_code == 200:
                    break
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise DagsterDevError(f"/server_info did not answer within {timeout:.0f} s.\n"
                                      f"--- dagster dev log ---\n{self.log_text()}")
            time.sleep(0.5)
        while True:
            self._check_alive("waiting for the code location")
            entry = self.location_entry()
            if entry and entry["loadStatus"] == "LOADED":
                location = entry["locationOrLoadError"] or {}
                if location.get("__typename") == "PythonError":
                    causes = "".join(f"\ncaused by: {link['error']['message'].strip()}\n{''.join(link['error']['stack'][-3:])}"
                                     for link in location.get("errorChain") or [])
                    raise DagsterDevError(f"code location {LOCATION_NAME} failed to load: {location.get('message')}"
                                          f"{causes}\n--- dagster dev log ---\n{self.log_text(4000)}")
                return time.monotonic() - started
            if time.monotonic() > deadline:
                raise DagsterDevError(f"code location {LOCATION_NAME} not LOADED within {timeout:.0f} s: {entry}\n"
                                      f"--- dagster dev log ---\n{self.log_text()}")
            time.sleep(0.5)

    def stop(self, timeout: float = 20) -> int | None:
        """SIGINT (a clean shutdown of webserver, daemon and code server), then SIGKILL to the group."""
        process, self.process = self.process, None
        if process is None:
            return None
        try:
            if process.poll() is None:
                process.send_signal(signal.SIGINT)
                try:
                    process.wait(timeout=timeout)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait(timeout=10)
            # Children that outlived their parent (same process group, started by us).
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
            return process.returncode
        finally:
            self.session.close()
            if self._log_handle:
                self._log_handle.close()

    def __enter__(self) -> "DagsterDev":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # ---------------------------------------------------------------- GraphQL
    def graphql(self, query: str, variables: dict | None = None) -> dict:
        response = self.session.post(f"{self.base_url}/graphql", json={"query": query, "variables": variables or {}},
                                     timeout=30)
        response.raise_for_status()
        body = response.json()
        if body.get("errors"):
            raise DagsterDevError(f"GraphQL errors: {body['errors']}")
        return body["data"]

    def location_entry(self) -> dict | None:
        try:
            workspace = self.graphql(WORKSPACE_QUERY)["workspaceOrError"]
        except (requests.RequestException, DagsterDevError):
            return None
        for entry in workspace.get("locationEntries", []):
            if entry["name"] == LOCATION_NAME:
                return entry
        return None

    def runs(self, tags: dict[str, str] | None = None) -> list[dict]:
        run_filter = {"tags": [{"key": k, "value": v} for k, v in (tags or {}).items()]}
        result = self.graphql(RUNS_QUERY, {"filter": run_filter})["runsOrError"]
        if result["__typename"] != "Runs":
            raise DagsterDevError(f"runsOrError: {result}")
        for run in result["results"]:
            run["tags"] = {t["key"]: t["value"] for t in run["tags"]}
        return result["results"]

    def run_errors(self, run_id: str) -> str:
        logs = self.graphql(RUN_ERRORS_QUERY, {"runId": run_id})["logsForRun"]
        lines = []
        for event in logs.get("events", []):
            error = event.get("error")
            evaluation = event.get("evaluation")
            if error:
                # The step error wraps the user code's exception: show each cause with the end of its stack.
                chain = [error, *[link["error"] for link in error.get("errorChain") or []]]
                lines.append(f"{event['__typename']} ({event.get('stepKey')}): " + "\n  caused by: ".join(
                    f"{e['message'].strip()}\n{''.join((e.get('stack') or [])[-4:])}" for e in chain))
            elif evaluation and not evaluation["success"]:
                lines.append(f"asset check {evaluation['checkName']} on {'/'.join(evaluation['assetKey']['path'])} failed")
            elif event.get("level") in ("ERROR", "CRITICAL"):
                lines.append(f"{event.get('stepKey')}: {event.get('message')}")
        return "\n".join(lines) or "(no error events)"

    def sensor_state(self) -> dict:
        selector = {"repositoryLocationName": LOCATION_NAME, "repositoryName": "__repository__", "sensorName": SENSOR_NAME}
        return self.graphql(SENSOR_QUERY, {"selector": selector})["sensorOrError"]

    # ---------------------------------------------------------------- waiting for the sensor
    def wait_for_sensor_pickup(self, seen_run_ids: set[str], timeout: float, poll: float = 1.0,
                               progress=None) -> list[dict]:
        """Wait until the sensor has launched at least one new run, the registry (raw_files.parquet) lists
        every file of the raw folder with its sha256 and none is pending, and every new sensor run finished.
        Returns the new sensor runs (all SUCCESS); raises DagsterDevError on a failed run or on timeout."""
        deadline = time.monotonic() + timeout
        while True:
            self._check_alive("waiting for a sensor run")
            new_runs = [r for r in self.runs({"news/trigger": "sensor"}) if r["runId"] not in seen_run_ids]
            for run in new_runs:
                if run["status"] in ("FAILURE", "CANCELED"):
                    raise DagsterDevError(f"sensor run {run['runId']} ended {run['status']}:\n{self.run_errors(run['runId'])}")
            registry_done = registry_matches_folder(self.raw_dir, self.output_dir)
            if progress:
                progress(new_runs, registry_done)
            if new_runs and registry_done and all(r["status"] == "SUCCESS" for r in new_runs):
                return new_runs
            if time.monotonic() > deadline:
                raise DagsterDevError(
                    f"no finished sensor run covering the raw folder within {timeout:.0f} s; new sensor runs: "
                    f"{[(r['runId'], r['status']) for r in new_runs]}; registry covers folder: {registry_done}; "
                    f"sensor: {self.sensor_state()}\n--- dagster dev log ---\n{self.log_text()}")
            time.sleep(poll)


# ---------------------------------------------------------------- reading the outputs (plain pyarrow)


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def visible_raw_files(raw_dir: Path) -> dict[str, str]:
    """relative POSIX path -> sha256 of every file the pipeline should see (not hidden, not temporary)."""
    files = {}
    for path in sorted(Path(raw_dir).rglob("*")):
        relative = path.relative_to(raw_dir)
        if path.is_file() and not any(part.startswith((".", "~")) for part in relative.parts) \
                and not path.name.endswith((".tmp", ".part", ".swp", ".crdownload")):
            files[relative.as_posix()] = sha256_of(path)
    return files


def read_table_file(path: Path, columns: list[str] | None = None):
    return pq.read_table(path, columns=columns) if path.exists() else None


def registry_matches_folder(raw_dir: Path, output_dir: Path) -> bool:
    registry = read_table_file(Path(output_dir) / "raw_files.parquet", ["source_path", "sha256", "status"])
    if registry is None:
        return False
    rows = registry.to_pylist()
    listed = {r["source_path"]: r["sha256"] for r in rows}
    return listed == visible_raw_files(raw_dir) and all(r["status"] != "pending" for r in rows)


def read_folder_table(folder: Path, columns: list[str] | None = None):
    """A Parquet folder table (articles/, entities/, lineage/ ...): every *.parquet file, hidden temp files excluded."""
    import pyarrow as pa

    files = sorted(p for p in Path(folder).glob("*.parquet") if not p.name.startswith(".")) if Path(folder).is_dir() else []
    tables = [pq.read_table(p, columns=columns) for p in files]
    if not tables:
        return None
    return pa.concat_tables(tables, promote_options="default")


def article_ids(output_dir: Path) -> list[str]:
    table = read_folder_table(Path(output_dir) / "articles", ["article_id"])
    return [] if table is None else table["article_id"].to_pylist()


def drop_files(sources: list[tuple[Path, str] | tuple[bytes, str]], raw_dir: Path) -> list[Path]:
    """Write each (source path or bytes, name) into raw_dir under a hidden name, then rename them all in,
    so a sensor tick never sees a half-written file."""
    staged = []
    for source, name in sources:
        hidden = Path(raw_dir) / f".{name}.incoming"
        if isinstance(source, bytes):
            hidden.write_bytes(source)
        else:
            shutil.copyfile(source, hidden)
        staged.append((hidden, Path(raw_dir) / name))
    for hidden, final in staged:
        os.replace(hidden, final)
    return [final for _, final in staged]
