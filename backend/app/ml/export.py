"""The serving weights: the checkpoint's tensors as plain arrays, in a .npz beside the .pt.

The serving process reads this file with NumPy alone (allow_pickle=False: arrays and a JSON header, no
code). It is written from the checkpoint's bytes, never from a live model, and names them by their SHA-256:
an export whose checkpoint was replaced, retrained or truncated since is stale and is never served.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from app.ml.artifact import ArtifactError, load_artifact_bytes
from app.ml.calibration import Calibration
from app.ml.encoding import VOCABULARY

EXPORT_FORMAT = 2  # 2: the operand tagger's arrays
_HEADER = "header"  # the array holding the JSON header's UTF-8 bytes


def export_path(artifact_path: Path) -> Path:
    """Where the export of a checkpoint lives: beside it, its name plus ".npz"."""
    return artifact_path.with_name(artifact_path.name + ".npz")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class ExportedModel:
    """What the serving process needs: the weights by state_dict name, the shape constants and the labels."""

    arrays: dict[str, npt.NDArray[np.float32]]
    model_config: dict[str, int]
    conv_stride: int
    tagger: dict[str, int]  # the tagger's shape constants (model.py): margin, lookahead
    labels: tuple[str, ...]
    calibration: Calibration
    fingerprint: str
    report: dict[str, Any]


def export_checkpoint(checkpoint: bytes, fingerprint: str, labels: Sequence[str]) -> bytes:
    """The .npz bytes for checkpoint bytes (read back with torch, weights_only, and checked first)."""
    from app.ml.model import CONV_STRIDE, LOOKAHEAD, TAG_MARGIN  # noqa: PLC0415 (torch: only here)

    model, calibration, report = load_artifact_bytes(checkpoint, fingerprint, labels)
    header = {
        "format": EXPORT_FORMAT,
        "fingerprint": fingerprint,
        "checkpoint_sha256": sha256(checkpoint),
        "model_config": {key: int(value) for key, value in vars(model.config).items()},
        "conv_stride": CONV_STRIDE,
        "tagger": {"margin": TAG_MARGIN, "lookahead": LOOKAHEAD},
        "vocabulary": list(VOCABULARY),
        "labels": list(labels),
        "calibration": calibration.to_dict(),
        "report": report,
    }
    arrays = {name: tensor.detach().numpy() for name, tensor in model.state_dict().items()}
    arrays[_HEADER] = np.frombuffer(json.dumps(header).encode(), dtype=np.uint8)
    buffer = io.BytesIO()
    np.savez(buffer, allow_pickle=False, **arrays)
    return buffer.getvalue()


def read_export(data: bytes, checkpoint: bytes, fingerprint: str, labels: Sequence[str]) -> ExportedModel:
    """Parse export bytes and check them against the checkpoint they must come from and this recipe."""
    try:
        with np.load(io.BytesIO(data), allow_pickle=False) as npz:
            loaded = {name: npz[name] for name in npz.files}
        header = json.loads(loaded.pop(_HEADER).tobytes())
    except Exception as exc:  # truncated, garbage, or arrays of objects: not usable
        raise ArtifactError(f"unreadable export ({type(exc).__name__})") from exc
    if not isinstance(header, dict) or header.get("format") != EXPORT_FORMAT:
        raise ArtifactError("export of another format")
    if header.get("fingerprint") != fingerprint:
        raise ArtifactError(f"stale export: fingerprint {header.get('fingerprint')!r} != {fingerprint!r}")
    if header.get("checkpoint_sha256") != sha256(checkpoint):
        raise ArtifactError("stale export: the checkpoint beside it is not the one it was made from")
    if header.get("labels") != list(labels) or header.get("vocabulary") != list(VOCABULARY):
        raise ArtifactError("export labels or vocabulary differ from this code")
    try:
        exported = ExportedModel(
            arrays=loaded,
            model_config={str(key): int(value) for key, value in header["model_config"].items()},
            conv_stride=int(header["conv_stride"]),
            tagger={str(key): int(value) for key, value in header["tagger"].items()},
            labels=tuple(labels),
            calibration=Calibration.from_dict(header["calibration"]),
            fingerprint=fingerprint,
            report=dict(header.get("report", {})),
        )
        expected = expected_shapes(exported.model_config, exported.conv_stride, exported.tagger)
    except Exception as exc:
        raise ArtifactError(f"incompatible export ({type(exc).__name__})") from exc
    if exported.model_config["num_labels"] != len(labels) or exported.model_config["vocab_size"] != len(VOCABULARY):
        raise ArtifactError("export model config does not fit the labels or the vocabulary")
    shapes = {name: array.shape for name, array in loaded.items()}
    if shapes != expected or any(array.dtype != np.float32 for array in loaded.values()):
        raise ArtifactError("export arrays do not match its model config")
    return exported


def expected_shapes(config: dict[str, int], conv_stride: int, tagger: dict[str, int]) -> dict[str, tuple[int, ...]]:
    """The state_dict's tensor shapes for a model config and the tagger's constants (model.py's layers)."""
    embedding, channels, hidden = config["embedding_dim"], config["conv_channels"], config["hidden_dim"]
    shapes: dict[str, tuple[int, ...]] = {"embedding.weight": (config["vocab_size"], embedding)}
    widths = [embedding] + [channels] * config["conv_layers"]
    for index in range(config["conv_layers"]):
        shapes[f"convs.{index}.weight"] = (widths[index + 1], widths[index], 2 * conv_stride)
        shapes[f"convs.{index}.bias"] = (widths[index + 1],)
    shapes |= {
        "gru.weight_ih_l0": (3 * hidden, widths[-1]),
        "gru.weight_hh_l0": (3 * hidden, hidden),
        "gru.bias_ih_l0": (3 * hidden,),
        "gru.bias_hh_l0": (3 * hidden,),
        "head.weight": (config["num_labels"], hidden),
        "head.bias": (config["num_labels"],),
    }
    tags = config.get("num_tags", 0)
    if tags:
        stride = conv_stride ** config["conv_layers"]
        window = (stride + 2 * tagger["margin"]) * embedding
        reads = window + hidden + tagger["lookahead"] * channels
        shapes |= {
            "tag_blocks.weight": (config["tag_hidden"], reads),
            "tag_blocks.bias": (config["tag_hidden"],),
            "tag_prompt.weight": (config["tag_hidden"], hidden),
            "tag_head.weight": (stride * tags, config["tag_hidden"]),
            "tag_head.bias": (stride * tags,),
        }
    return shapes


def recorded_fingerprint(artifact_path: Path) -> str:
    """The recipe fingerprint the export beside a checkpoint was written under (whatever today's code would
    compute): to load fixed weights after the recipe's sources changed (devtools.evaluate --fixed-weights)."""
    try:
        with np.load(io.BytesIO(export_path(artifact_path).read_bytes()), allow_pickle=False) as npz:
            header = json.loads(npz[_HEADER].tobytes())
        return str(header["fingerprint"])
    except Exception as exc:  # missing, truncated, of another format
        raise ArtifactError(f"no readable export beside {artifact_path} ({type(exc).__name__})") from exc


def load_export(artifact_path: Path, fingerprint: str, labels: Sequence[str]) -> ExportedModel:
    """The export beside a checkpoint, checked against the checkpoint's bytes (NumPy only, no torch)."""
    try:
        checkpoint = artifact_path.read_bytes()
    except FileNotFoundError as exc:
        raise ArtifactError(f"no artifact at {artifact_path}") from exc
    except OSError as exc:
        raise ArtifactError(f"unreadable artifact ({type(exc).__name__})") from exc
    try:
        data = export_path(artifact_path).read_bytes()
    except OSError as exc:
        raise ArtifactError(f"no readable export at {export_path(artifact_path)} ({type(exc).__name__})") from exc
    return read_export(data, checkpoint, fingerprint, labels)
