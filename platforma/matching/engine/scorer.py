"""A linear scorer over the matching features, with weights kept in a small JSON file beside this module."""

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

# The order of the columns of a candidate feature matrix.
FEATURES: tuple[str, ...] = (
    "lex_best",  # BM25 of the profile's best item, relative to the query's best item over all profiles (0 … 1)
    "lex_soft",  # soft maximum of the same over all the profile's items (≤ 0; see features.grouped_soft_max)
    "sem_best",  # cosine similarity of the profile's semantically closest item
    "sem_soft",  # soft maximum of the cosine similarities, relative to the query's closest item (≤ 0)
    "labels",  # idf-weighted share of the query's category labels the profile has (0 … 1)
    "track",  # log(1 + number of earlier items + other track record)
    "proximity",  # exp(−km / 50) when both locations are known, else 0
)

DEFAULT_WEIGHTS_PATH = Path(__file__).with_name("weights.json")


@dataclass(frozen=True)
class Weights:
    values: Mapping[str, float]
    provenance: Mapping[str, Any] = field(default_factory=dict)

    def vector(self, features: tuple[str, ...] = FEATURES) -> np.ndarray:
        return np.array([float(self.values.get(name, 0.0)) for name in features])

    def without(self, *names: str) -> "Weights":
        """The same weights with some features switched off (for ablations)."""
        unknown = set(names) - set(FEATURES)
        if unknown:
            raise ValueError(f"unknown features: {sorted(unknown)}")
        return Weights({k: (0.0 if k in names else v) for k, v in self.values.items()}, dict(self.provenance))

    def to_json(self) -> str:
        return json.dumps({"weights": dict(self.values), "provenance": dict(self.provenance)}, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "Weights":
        data = json.loads(text)
        return cls(data["weights"], data.get("provenance", {}))

    @classmethod
    def load(cls, path: Path | str = DEFAULT_WEIGHTS_PATH, *, variant: str = "semantic") -> "Weights":
        """One variant of a weights file: "semantic" (with a sentence-embedding model) or "lexical" (without)."""
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        if "weights" in data:
            return cls(data["weights"], data.get("provenance", {}))
        chosen = data[variant]
        return cls(chosen["weights"], chosen.get("provenance", {}))

    @classmethod
    def default(cls, *, semantic: bool = True) -> "Weights":
        return cls.load(variant="semantic" if semantic else "lexical")


class LinearScorer:
    """score = Σ weight_f · feature_f; only the order within one query matters."""

    def __init__(self, weights: Weights) -> None:
        self.weights = weights
        self._vector = weights.vector()

    def score(self, matrix: np.ndarray) -> np.ndarray:
        scores: np.ndarray = matrix @ self._vector
        return scores
