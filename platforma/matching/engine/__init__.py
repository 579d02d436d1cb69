"""The matching engine: plain Python and numpy, no Django (an import-linter contract keeps it so).

    matcher = Matcher(embedder=default_embedder())
    matcher.add_profiles([Profile("org:1", "Ziemia Czysta", labels=frozenset({"fitoremediacja"}))])
    matcher.add_items([Item("challenge:7", ("org:1",), "Rekultywacja hałdy …", title="Hałda w Bytomiu")])
    for match in matcher.match(Query("Zanieczyszczona gleba po kopalni"), k=10):
        print(match.profile, as_sentence(explain(match, item=matcher.item(match.best_item or ""))))

Decision record 0006 gives the method and its measurements.
"""

from .candidates import Candidates
from .embedders import (
    Embedder,
    HashingEmbedder,
    UseEmbedder,
    default_embedder,
    embed_documents,
    embedder_key,
    needs_reembedding,
)
from .lexical import LexicalIndex
from .matcher import Matcher
from .metrics import evaluate, ndcg_at_k, recall_at_k, reciprocal_rank
from .model import Item, Match, Profile, Query, Reason
from .reasons import as_sentence, explain
from .scorer import FEATURES, LinearScorer, Weights
from .vectors import ExactVectorIndex, VectorIndex

__all__ = [
    "FEATURES",
    "Candidates",
    "Embedder",
    "ExactVectorIndex",
    "HashingEmbedder",
    "Item",
    "LexicalIndex",
    "LinearScorer",
    "Match",
    "Matcher",
    "Profile",
    "Query",
    "Reason",
    "UseEmbedder",
    "VectorIndex",
    "Weights",
    "as_sentence",
    "default_embedder",
    "embed_documents",
    "embedder_key",
    "evaluate",
    "explain",
    "ndcg_at_k",
    "needs_reembedding",
    "recall_at_k",
    "reciprocal_rank",
]
