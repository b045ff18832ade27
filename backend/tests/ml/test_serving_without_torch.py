"""The serving process never imports torch: it reads the NumPy export; only a child process trains."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from app.ml.export import export_path
from app.ml.loader import LoadedModel

BACKEND_DIR = Path(__file__).resolve().parents[2]

SERVE = """
import json, sys
from pathlib import Path
from fastapi.testclient import TestClient
from app.config import Settings
from app.main import create_app

settings = Settings(model_weights_path=Path(sys.argv[1]), frontend_dist_dir=Path(sys.argv[2]))
with TestClient(create_app(settings)) as client:
    reply = client.post("/api/complete", json={"prompt": "What is 2 plus 3?"}).json()
    health = client.get("/health").json()
print(json.dumps({"torch": "torch" in sys.modules, "answer": reply["answer"], "source": health["model"]["source"]}))
"""

TINY_COLD_START = """
import json, sys
from pathlib import Path
from app.ml.config import ModelConfig, TrainConfig
from app.services.classifier_setup import load_classifier
from app.skills import TASK_LABELS

loaded = load_classifier(
    Path(sys.argv[1]),
    ModelConfig(len(TASK_LABELS), embedding_dim=8, conv_channels=8, hidden_dim=8),
    TrainConfig(samples_per_label=40, validation_per_label=10, epochs=1),
)
loaded.classifier.predict("is 4 even")
print(json.dumps({"torch": "torch" in sys.modules, "source": loaded.source}))
"""


def _run(code: str, *args: str) -> dict[str, object]:
    completed = subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=BACKEND_DIR,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr[-3000:]
    result: dict[str, object] = json.loads(completed.stdout.strip().splitlines()[-1])
    return result


def test_a_server_that_loads_the_artifact_never_imports_torch(
    trained: LoadedModel, weights_path: Path, tmp_path: Path
) -> None:
    result = _run(SERVE, str(weights_path), str(tmp_path / "no-dist"))
    assert result == {"torch": False, "answer": "5", "source": "cache"}


def test_a_cold_start_trains_in_a_child_and_the_server_never_imports_torch(tmp_path: Path) -> None:
    path = tmp_path / "model.pt"
    assert _run(TINY_COLD_START, str(path)) == {"torch": False, "source": "trained"}
    assert path.is_file() and export_path(path).is_file()


def test_a_lost_export_is_made_again_in_a_child_and_the_server_never_imports_torch(
    trained: LoadedModel, weights_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "model.pt"
    path.write_bytes(weights_path.read_bytes())  # the checkpoint alone, as an image that shipped only the .pt
    result = _run(SERVE, str(path), str(tmp_path / "no-dist"))
    assert result == {"torch": False, "answer": "5", "source": "cache"}
    assert export_path(path).read_bytes() == export_path(weights_path).read_bytes()


def test_the_ml_package_imports_neither_the_skills_nor_the_data() -> None:
    """app.ml is handed the labels, the data and the parsers' outcomes (app/services/classifier_setup.py)."""
    modules = ", ".join(f"app.ml.{name}" for name in ("loader", "training", "reference", "export", "inference"))
    code = (
        f"import json, sys, {modules}\n"
        "print(json.dumps({'torch': 'torch' in sys.modules, "
        "'outside': sorted(m for m in sys.modules if m.startswith(('app.skills', 'app.data', 'app.services')))}))"
    )
    assert _run(code) == {"torch": True, "outside": []}


NO_TORCH = """
import sys
sys.modules["torch"] = None  # as in an image built from requirements-serve.txt: `import torch` fails
from pathlib import Path
from app.services.classifier_setup import load_classifier
load_classifier(Path(sys.argv[1]))
"""


def test_without_torch_a_stale_artifact_stops_the_server_with_a_clear_message(
    trained: LoadedModel, weights_path: Path, tmp_path: Path
) -> None:
    path = tmp_path / "model.pt"
    path.write_bytes(weights_path.read_bytes()[:-100])  # truncated: it needs retraining, which needs torch
    completed = subprocess.run(
        [sys.executable, "-c", NO_TORCH, str(path)],
        cwd=BACKEND_DIR,
        env=os.environ.copy(),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert completed.returncode != 0
    assert "torch is not installed to make them" in completed.stderr
    assert "python -m app.train" in completed.stderr
