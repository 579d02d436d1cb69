"""Polish (and English) text analysis for search and matching: plain Python, no Django.

>>> analyse("Rekultywacja hałd po kopalniach")
['rekult', 'hałda', 'kopaln']
>>> Analyser(truncate_to=None).analyse("Rekultywacja hałd po kopalniach")
['rekultywacja', 'hałda', 'kopalnia']

See docs/decisions/0005-polish-lemmatisation.md for the choices and their measurements.
"""

from .analysis import Analyser, analyse, default_analyser
from .lemmatisers import Lemmatiser, MorfeuszLemmatiser, PrefixStemmer, SnowballStemmer, default_lemmatiser
from .stopwords import ENGLISH_STOP_WORDS, POLISH_STOP_WORDS, STOP_WORDS, is_stop_word
from .tokens import tokenize

__all__ = [
    "ENGLISH_STOP_WORDS",
    "POLISH_STOP_WORDS",
    "STOP_WORDS",
    "Analyser",
    "Lemmatiser",
    "MorfeuszLemmatiser",
    "PrefixStemmer",
    "SnowballStemmer",
    "analyse",
    "default_analyser",
    "default_lemmatiser",
    "is_stop_word",
    "tokenize",
]
