"""Highlighted snippets, cut from the original text: every word whose analysed term is a query term is
wrapped in <mark>, everything else is escaped. The analyser decides what matches, so "hałdy" is marked for
the query "hałda" exactly when the index would match it."""

import html
import re
from collections.abc import Callable, Collection, Iterable

# Word-like runs, as the analyser's tokenizer sees them; each run is analysed on its own.
_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")

Analyse = Callable[[str], Iterable[str]]
# Enough for any snippet; bounds the work on a text that repeats the query word a thousand times.
MAX_MARKS = 200


def _matches(text: str, terms: Collection[str], analyse: Analyse) -> list[tuple[int, int, str]]:
    """(start, end, term) of the words in `text` that the analyser maps to one of `terms`."""
    if not terms:
        return []
    # Polish inflects at the end of a word: a word whose first letter starts no query term is skipped without
    # analysis, which keeps long texts cheap. (Suppletive forms such as "ludzie" → człowiek are not marked.)
    initials = {term[0] for term in terms if term}
    found: list[tuple[int, int, str]] = []
    for match in _WORD.finditer(text):
        if len(found) >= MAX_MARKS:
            break
        word = match.group()
        if word[0].casefold() not in initials and word[0].casefold().replace("ó", "o") not in initials:
            continue
        for term in analyse(word):
            if term in terms:
                found.append((match.start(), match.end(), term))
                break
    return found


def _render(text: str, matches: list[tuple[int, int, str]], start: int, end: int) -> str:
    parts = []
    position = start
    for match_start, match_end, _term in matches:
        if match_start < start or match_end > end:
            continue
        parts.append(html.escape(text[position:match_start]))
        parts.append(f"<mark>{html.escape(text[match_start:match_end])}</mark>")
        position = match_end
    parts.append(html.escape(text[position:end]))
    return "".join(parts)


def highlight(text: str, terms: Collection[str], analyse: Analyse) -> str:
    """The whole text as HTML, query words marked (for titles)."""
    return _render(text, _matches(text, terms, analyse), 0, len(text))


def snippet(text: str, terms: Collection[str], analyse: Analyse, *, length: int = 240) -> str:
    """About `length` characters of `text` as HTML, around the passage with the most distinct query words."""
    text = " ".join(text.split())
    if not text:
        return ""
    matches = _matches(text, terms, analyse)
    if len(text) <= length:
        return _render(text, matches, 0, len(text))
    start = 0
    if matches:
        best = (-1, 0, 0)
        for index, (match_start, _end, _term) in enumerate(matches):
            window = [m for m in matches[index:] if m[1] <= match_start + length]
            score = (len({m[2] for m in window}), len(window), -match_start)
            if score > best:
                best, start = score, match_start
        # A little context before the first marked word.
        start = max(0, start - length // 6)
        if start:
            space = text.find(" ", start)
            start = space + 1 if 0 <= space < start + 20 else start
    end = min(len(text), start + length)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start + length // 2 else end
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return prefix + _render(text, matches, start, end) + suffix
