"""The README documents every output column, and names the commands CI and users rely on."""
import re

from pipelines.schema import TABLE_COLUMNS

from .conftest import PROJECT_DIR

README = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")


def test_every_output_column_is_documented():
    sections = re.split(r"^### ", README, flags=re.MULTILINE)
    for table, columns in TABLE_COLUMNS.items():
        section = next((s for s in sections if s.startswith(f"`{table}`")), None)
        assert section is not None, f"no section for {table}"
        for name, _, _ in columns:
            assert f"| `{name}` |" in section, f"{table}.{name} undocumented"


def test_ci_runs_the_test_command_the_readme_gives():
    assert "make test" in README
    assert "make test" in (PROJECT_DIR / ".ci" / "run").read_text()
