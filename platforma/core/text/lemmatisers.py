"""Lemmatisers: from a case-folded token to the forms under which it is indexed.

The chain used by default is Morfeusz 2 (the SGJP dictionary of Polish) for words it knows and the Snowball
stemmer for words it does not. `PrefixStemmer` needs nothing native and is chosen automatically, with a
warning, when morfeusz2 or PyStemmer cannot be imported. See docs/decisions/0005-polish-lemmatisation.md.
"""

import functools
import logging
import threading
from typing import Any, Protocol, runtime_checkable

logger = logging.getLogger(__name__)

CACHE_SIZE = 2**18

# Polish prefixes that begin many unrelated words ("przedsiębiorstwo", "przedszkole"); a truncated term keeps
# four characters after them, so that six characters do not merge those words.
_WORD_PREFIXES = ("przeciw", "przed", "prze", "przy", "współ", "bez", "nie", "roz")


def index_term(lemma: str, length: int = 6) -> str:
    """The key under which a lemma is indexed: its first `length` characters, with "ó" read as "o".

    Six-character prefixes of lemmas also merge derived words ("ekologia", "ekologiczny"); after a long Polish
    prefix four more characters are kept instead. "ó" alternates with "o" within one word (wóz/wozu, and
    Morfeusz gives both "woda" and "wóda" for "wód"). Decision record 0005.
    """
    if any(char.isdigit() for char in lemma):
        return lemma
    term = lemma.replace("ó", "o")
    for prefix in _WORD_PREFIXES:
        if term.startswith(prefix):
            return term[: max(length, len(prefix) + 4)]
    return term[:length]


@runtime_checkable
class Lemmatiser(Protocol):
    """Maps one case-folded token to its lemma candidates: never empty, the likeliest first."""

    name: str

    def lemmas(self, token: str) -> list[str]: ...


class _CachedLemmatiser:
    """Caches the candidates per token: a text repeats its words, and analysis dominates indexing time."""

    name = "abstract"

    def __init__(self) -> None:
        self.candidates = functools.lru_cache(maxsize=CACHE_SIZE)(self._candidates)

    def lemmas(self, token: str) -> list[str]:
        return list(self.candidates(token))

    def _candidates(self, token: str) -> tuple[str, ...]:
        raise NotImplementedError


class PrefixStemmer(_CachedLemmatiser):
    """Crude but dependency-free: strip a common Polish ending, then keep the first six characters (`index_term`).

    Folding "ó" to "o" and a final "ń/ś/ć/ź" to "n/s/c/z" handles the commonest alternations (wód/woda,
    ołów/ołowiu, kopalń/kopalni); consonant alternations (rzeka/rzece) stay apart. Retrieval-pl dev set:
    nDCG@10 0.853, between plain 6-character prefixes (0.826) and the default chain (0.866).
    """

    name = "prefix"
    length = 6
    min_stem = 3
    # Longest first, so that "ach" is tried before "h" could ever be.
    endings = tuple(
        sorted(
            """
            ami ach om ów owi owie em ie iem ego emu ej iej ą ę y i e a o u
            iach iami ii iom iów iu ia ię ią ych ich ym im ymi imi
            """.split(),  # noqa: SIM905 - a word list reads better as running text
            key=len,
            reverse=True,
        )
    )
    _soft = str.maketrans("ńśćź", "nscz")

    def _candidates(self, token: str) -> tuple[str, ...]:
        if any(char.isdigit() for char in token):
            return (token,)
        for ending in self.endings:
            if token.endswith(ending) and len(token) - len(ending) >= self.min_stem:
                token = token[: -len(ending)]
                break
        stem = token[:-1] + token[-1].translate(self._soft)
        return (index_term(stem, self.length),)


class SnowballStemmer(_CachedLemmatiser):
    """The Snowball stemmer of PyStemmer for one language ("polish", "english")."""

    def __init__(self, language: str = "polish") -> None:
        import Stemmer

        super().__init__()
        self.name = f"snowball-{language}"
        self._stemmer = Stemmer.Stemmer(language)
        # PyStemmer objects are not safe to share between threads.
        self._lock = threading.Lock()

    def _candidates(self, token: str) -> tuple[str, ...]:
        if any(char.isdigit() for char in token):
            return (token,)
        with self._lock:
            stem: str = self._stemmer.stemWord(token)
        return (stem or token,)


_morfeusz: Any = None
_morfeusz_lock = threading.Lock()


def morfeusz_instance() -> Any:
    """The process-wide Morfeusz analyser, created on first use (0.2 s and about 35 MB for the dictionary)."""
    global _morfeusz
    if _morfeusz is None:
        with _morfeusz_lock:
            if _morfeusz is None:
                import morfeusz2

                _morfeusz = morfeusz2.Morfeusz(generate=False)
    return _morfeusz


class MorfeuszLemmatiser(_CachedLemmatiser):
    """Lemmas from Morfeusz 2 with SGJP; words it does not know ("ign") go to `fallback`.

    A token may have several lemmas ("była" → być, była, były); all are returned, without the homonym marks
    ("zamek:Sm3~a" → "zamek"), case-folded ("Katowice"), the likeliest first. Morfeusz gives no frequencies,
    so "likeliest" is a rule that keeps the forms of one word together: a gerund's verb first (every form of
    "badanie" is also a form of "badać", while only "badanie" is also the rare "badan"), then the shortest
    lemma (the base word: "ścieki" → ściek, "osadów" → osad rather than osadowić), then Morfeusz's order.
    """

    name = "morfeusz"

    def __init__(self, fallback: Lemmatiser | None = None) -> None:
        super().__init__()
        self.fallback = fallback
        self.name = f"morfeusz+{fallback.name}" if fallback else "morfeusz"
        # The SWIG wrapper does not promise thread safety; the lock is held only on cache misses.
        self._lock = threading.Lock()

    def _candidates(self, token: str) -> tuple[str, ...]:
        if any(char.isdigit() for char in token):
            return (token,)
        morfeusz = morfeusz_instance()
        with self._lock:
            interpretations = morfeusz.analyse(token)
        # lemma -> (is not a gerund's verb, length, Morfeusz's order): the sort key of the preference.
        candidates: dict[str, tuple[bool, int, int]] = {}
        for order, (start, _end, (_form, lemma, tag, _names, _labels)) in enumerate(interpretations):
            # Agglutinated forms ("zrobiłbym" = zrobił + by + m) split into segments; the first carries the meaning.
            if start != 0 or tag == "ign":
                continue
            lemma = (lemma.split(":", 1)[0] or lemma).casefold()
            key = (not tag.startswith("ger:"), len(lemma), order)
            candidates[lemma] = min(key, candidates.get(lemma, key))
        if candidates:
            return tuple(sorted(candidates, key=candidates.__getitem__))
        if self.fallback is not None:
            return tuple(self.fallback.lemmas(token))
        return (token,)


def default_lemmatiser() -> Lemmatiser:
    """Morfeusz with the Polish Snowball stemmer for unknown words, or the best that can be imported."""
    try:
        stemmer: Lemmatiser = SnowballStemmer("polish")
    except ImportError:
        stemmer = PrefixStemmer()
    try:
        import morfeusz2  # noqa: F401 - probing for the optional dependency
    except ImportError:
        logger.warning("Polish text analysis is degraded: morfeusz2 cannot be imported; using %s.", stemmer.name)
        return stemmer
    if isinstance(stemmer, PrefixStemmer):
        logger.warning("Polish text analysis is degraded: PyStemmer cannot be imported; unknown words get prefixes.")
    return MorfeuszLemmatiser(fallback=stemmer)
