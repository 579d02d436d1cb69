import logging
import sys

import pytest

from platforma.core.text import Analyser, MorfeuszLemmatiser, PrefixStemmer, SnowballStemmer, default_lemmatiser

# What crude suffix stripping can bring together; consonant alternations (rzeka/rzece) are beyond it.
CONFLATED_BY_PREFIXES = [
    "rekultywacja rekultywacji rekultywację",
    "gleba gleby glebach glebami",
    "zanieczyszczenie zanieczyszczenia zanieczyszczeń",
    "ściek ścieku ścieków",
    "woda wody wód",
    "hałda hałdy hałdach hałd",
    "kopalnia kopalni kopalń kopalniami",
    "ołów ołowiu",
    "cynk cynku",
    "kadm kadmu",
    "składowisko składowiska składowisk",
    "emisja emisji emisję",
    "teren terenu terenów terenach",
    "energia energii",
    "badanie badania badań badaniach",
    "bioremediacja bioremediacji bioremediację",
]


@pytest.fixture
def prefixes():
    return Analyser(PrefixStemmer())


@pytest.mark.parametrize("forms", CONFLATED_BY_PREFIXES, ids=lambda forms: forms.split()[0])
def test_the_native_free_fallback_conflates_common_forms(prefixes, forms):
    assert len({tuple(prefixes.analyse(form)) for form in forms.split()}) == 1


def test_the_fallback_keeps_different_words_apart(prefixes):
    assert prefixes.analyse("gleba") != prefixes.analyse("woda")
    assert prefixes.analyse("przedsiębiorstwo") != prefixes.analyse("przedszkole")


def test_the_fallback_still_drops_stop_words(prefixes):
    assert prefixes.analyse("woda w glebie") == prefixes.analyse("woda gleba")


def test_with_everything_installed_the_default_is_morfeusz_with_snowball(caplog):
    with caplog.at_level(logging.WARNING):
        lemmatiser = default_lemmatiser()
    assert isinstance(lemmatiser, MorfeuszLemmatiser)
    assert isinstance(lemmatiser.fallback, SnowballStemmer)
    assert caplog.records == []


def test_without_morfeusz_snowball_is_used_with_a_warning(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "morfeusz2", None)  # makes `import morfeusz2` raise ImportError
    with caplog.at_level(logging.WARNING):
        lemmatiser = default_lemmatiser()
    assert isinstance(lemmatiser, SnowballStemmer)
    assert "morfeusz2" in caplog.text


def test_without_anything_native_the_prefix_stemmer_is_used_with_a_warning(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "morfeusz2", None)
    monkeypatch.setitem(sys.modules, "Stemmer", None)
    with caplog.at_level(logging.WARNING):
        lemmatiser = default_lemmatiser()
    assert isinstance(lemmatiser, PrefixStemmer)
    assert "degraded" in caplog.text
    analyser = Analyser(lemmatiser)
    assert analyser.analyse("zanieczyszczenie wód") == analyser.analyse("zanieczyszczeń woda")


def test_without_pystemmer_unknown_words_get_prefixes(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "Stemmer", None)
    with caplog.at_level(logging.WARNING):
        lemmatiser = default_lemmatiser()
    assert isinstance(lemmatiser, MorfeuszLemmatiser)
    assert isinstance(lemmatiser.fallback, PrefixStemmer)
    assert "PyStemmer" in caplog.text
    assert lemmatiser.lemmas("bioremediację") == lemmatiser.lemmas("bioremediacji")
