"""From text to index terms: tokenize, drop stop words, lemmatise, truncate."""

import functools
import threading
from collections.abc import Iterable
from typing import Literal

from .lemmatisers import CACHE_SIZE, Lemmatiser, default_lemmatiser, index_term
from .stopwords import STOP_WORDS
from .tokens import tokenize

Ambiguity = Literal["first", "all"]

# Raise when the terms of a text change (tokenising, stop words, lemma choice, `index_term`): indexes that
# store analysed text keep `Analyser.name` beside it and rebuild when it differs.
VERSION = 1


class Analyser:
    """Turns text into index terms; documents and queries must go through the same analyser.

    Each token gives one term by default: the lemmatiser's likeliest lemma, cut to six characters
    (`index_term`) so that derived words meet too ("rekultywowany", "rekultywacja"). On the retrieval-pl dev set this
    scored nDCG@10 0.866, against 0.826 for 6-character prefixes of the words, 0.854 for whole lemmas and
    0.825 for all lemma candidates of a token (decision record 0005). `truncate_to=None` keeps whole lemmas.
    """

    def __init__(
        self,
        lemmatiser: Lemmatiser | None = None,
        *,
        stop_words: Iterable[str] = STOP_WORDS,
        ambiguous: Ambiguity = "first",
        truncate_to: int | None = 6,
    ) -> None:
        self.lemmatiser = lemmatiser if lemmatiser is not None else default_lemmatiser()
        self.stop_words = frozenset(stop_words)
        self.ambiguous = ambiguous
        self.truncate_to = truncate_to
        self.terms = functools.lru_cache(maxsize=CACHE_SIZE)(self._terms)

    @property
    def name(self) -> str:
        """Identifies the analysis, for indexes to notice when they must be rebuilt."""
        return f"v{VERSION}/{self.lemmatiser.name}/{self.ambiguous}/{self.truncate_to or 'whole'}"

    def analyse(self, text: str) -> list[str]:
        terms: list[str] = []
        for token in tokenize(text):
            if token not in self.stop_words:
                terms.extend(self.terms(token))
        return terms

    def _terms(self, token: str) -> tuple[str, ...]:
        """The index terms of one case-folded token (cached: texts repeat their words)."""
        lemmas = self.lemmatiser.lemmas(token)
        if self.ambiguous == "first":
            lemmas = lemmas[:1]
        if self.truncate_to is not None:
            lemmas = [index_term(lemma, self.truncate_to) for lemma in lemmas]
        return tuple(dict.fromkeys(lemmas))


_default: Analyser | None = None
_default_lock = threading.Lock()


def default_analyser() -> Analyser:
    """The process-wide analyser, created on first use so that importing this package stays cheap."""
    global _default
    if _default is None:
        with _default_lock:
            if _default is None:
                _default = Analyser()
    return _default


def analyse(text: str) -> list[str]:
    """Index terms of `text` with the default analyser (see `Analyser`)."""
    return default_analyser().analyse(text)
