import pytest

from platforma.core.text import ENGLISH_STOP_WORDS, POLISH_STOP_WORDS, analyse, is_stop_word


@pytest.mark.parametrize("word", ["i", "w", "z", "na", "się", "jest", "które", "oraz", "czy", "jakie", "the", "of"])
def test_common_function_words_are_stop_words(word):
    assert is_stop_word(word)


@pytest.mark.parametrize("word", ["woda", "ziemia", "teren", "gleba", "las", "powietrze", "energia", "water"])
def test_content_words_are_not_stop_words(word):
    assert not is_stop_word(word)


def test_stop_word_lists_are_case_folded_single_words():
    for word in POLISH_STOP_WORDS | ENGLISH_STOP_WORDS:
        assert word == word.casefold()
        assert word.isalpha()


def test_analysis_drops_stop_words_in_either_language():
    assert analyse("Czy jest to woda, która jest w glebie?") == analyse("woda gleba")
    assert analyse("the water of the river") == analyse("water river")


def test_a_text_of_only_stop_words_gives_no_terms():
    assert analyse("i w z na to jest") == []
