"""\"Did you mean\": close words from the index vocabulary, for a query word that matched nothing.

Two kinds of slip are common: Polish letters left out ("sciekow" for "ścieków") and ordinary typos
("rekultywcja"). The first is an exact match once diacritics are folded away; the second is found by
difflib among vocabulary words that begin with the same two folded letters and have about the same length.
"""

import difflib
import unicodedata
from collections.abc import Iterable

_POLISH = str.maketrans("ąćęłńóśźż", "acelnoszz")

MIN_WORD = 3
MAX_WORD = 40
LENGTH_SLACK = 2
CUTOFF = 0.75


def fold(word: str) -> str:
    """Case-folded, Polish letters and other diacritics replaced by their base letters: "Ścieków" → "sciekow"."""
    word = word.casefold().translate(_POLISH)
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def vocabulary_key(word: str) -> tuple[str, str, int]:
    """(folded, prefix, length) under which a vocabulary word is stored and looked up."""
    folded = fold(word)
    return folded, folded[:2], len(folded)


def is_suggestible(word: str) -> bool:
    """Words worth keeping in the vocabulary: letters only (no numbers, codes or dates), sensible length."""
    return MIN_WORD <= len(word) <= MAX_WORD and word.isalpha()


def closest(word: str, candidates: Iterable[str], *, n: int = 3) -> list[str]:
    """The vocabulary words most like `word`, best first; a word equal to it but for diacritics comes first."""
    folded = fold(word)
    by_folded: dict[str, list[str]] = {}
    for candidate in candidates:
        if candidate != word:
            by_folded.setdefault(fold(candidate), []).append(candidate)
    exact = sorted(by_folded.get(folded, []))
    close = [
        candidate
        for key in difflib.get_close_matches(folded, list(by_folded), n=n * 2, cutoff=CUTOFF)
        if key != folded
        for candidate in sorted(by_folded[key])
    ]
    return list(dict.fromkeys(exact + close))[:n]
