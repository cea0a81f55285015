"""The evaluation gate: every public life built and scored, each figure at least its recorded floor.

Floors live in `lives_floor.json` beside this file. Raise a floor whenever a change raises its figure;
never lower one to let a change pass (a lower figure is a regression, however good the change looks).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

LIVES = Path(__file__).resolve().parents[3] / "shared" / "eval" / "lives.py"
FLOORS = Path(__file__).with_name("lives_floor.json")
SLACK = 1e-9


@pytest.fixture(scope="session")
def scored_lives(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if not LIVES.exists():
        pytest.skip(f"the public lives are not here ({LIVES} is missing)")
    cli = shutil.which("prosopograph", path=str(Path(sys.executable).parent)) or shutil.which("prosopograph")
    if cli is None:
        pytest.skip("the prosopograph command is not installed in this environment")
    work = tmp_path_factory.mktemp("lives")
    done = subprocess.run([sys.executable, str(LIVES), "--cli", cli, "--work", str(work), "--json"],
                          capture_output=True, text=True, timeout=3600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def floors() -> list[tuple[str, str, float]]:
    table = json.loads(FLOORS.read_text(encoding="utf-8"))
    return [(life, figure, value) for life, figures in table.items() for figure, value in figures.items()]


@pytest.mark.parametrize(("life", "figure", "floor"), floors(), ids=lambda v: str(v))
def test_public_life_holds_its_floor(scored_lives: dict, life: str, figure: str, floor: float) -> None:
    row = scored_lives["lives"].get(life)
    assert row is not None, f"{life} was not scored"
    assert "error" not in row, f"{life}: {row.get('error')}"
    assert row.get(figure, 0.0) + SLACK >= floor, (
        f"{life} {figure} fell to {row.get(figure, 0.0):.3f}, below its floor {floor:.3f}; misses: "
        f"{json.dumps(row.get('misses', {}), ensure_ascii=False)[:1500]}")
