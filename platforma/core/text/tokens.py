"""Splitting text into word tokens."""

import re
import unicodedata

# Soft hyphens and zero-width characters hide inside words copied from web pages and PDFs.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))

# A number with decimal or date separators ("2,5", "pm2.5", "28.11.2026") stays one token; otherwise a token
# is a run of letters and digits, where an apostrophe between letters ("o'brien") does not split it.
# Hyphens split ("polsko-niemiecki" is two words), so that either half finds the compound.
_TOKEN = re.compile(r"[^\W_]*\d(?:[.,]\d+)+|[^\W_]+(?:['’ʼ][^\W_]+)*")
_APOSTROPHES = re.compile(r"['’ʼ]")


def tokenize(text: str) -> list[str]:
    """Case-folded word tokens of `text`: letters and digits, Polish diacritics kept, punctuation dropped.

    NFKC normalisation first, so that "CO₂" and "CO2", or a decomposed "ą" and a composed one, give the same token.
    """
    text = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).casefold()
    return [token if token.isalpha() else _normalise(token) for token in _TOKEN.findall(text)]


def _normalise(token: str) -> str:
    if token[-1].isdigit():
        # "2,5" and "2.5" are the same number.
        return token.replace(",", ".")
    if "'" in token or "’" in token or "ʼ" in token:
        # An English possessive ("company's") is the word itself; other apostrophes just go ("o'brien").
        if token[-2:-1] in ("'", "’", "ʼ") and token[-1] == "s":
            token = token[:-2]
        return _APOSTROPHES.sub("", token)
    return token
