import pytest

from platforma.core.text import MorfeuszLemmatiser, SnowballStemmer
from platforma.core.text.lemmatisers import index_term, morfeusz_instance


@pytest.fixture(scope="module")
def morfeusz():
    return MorfeuszLemmatiser(fallback=SnowballStemmer("polish"))


def test_known_words_give_their_lemma(morfeusz):
    assert morfeusz.lemmas("rekultywację") == ["rekultywacja"]
    assert morfeusz.lemmas("kopalń") == ["kopalnia"]


def test_homonym_marks_are_stripped(morfeusz):
    assert morfeusz.lemmas("zamek") == ["zamek"]
    assert all(":" not in lemma for lemma in morfeusz.lemmas("wisły"))


def test_proper_names_are_case_folded(morfeusz):
    assert morfeusz.lemmas("katowicach") == ["katowice"]
    assert morfeusz.lemmas("gliwic") == ["gliwice"]


def test_ambiguous_forms_give_every_lemma_the_likeliest_first(morfeusz):
    assert morfeusz.lemmas("była") == ["być", "była", "były"]
    assert morfeusz.lemmas("osadów")[0] == "osad"
    assert morfeusz.lemmas("ścieki")[0] == "ściek"


def test_a_gerund_prefers_its_verb_so_that_all_forms_agree(morfeusz):
    forms = ["badanie", "badania", "badań", "badaniach"]
    assert {morfeusz.lemmas(form)[0] for form in forms} == {"badać"}


def test_agglutinated_forms_keep_the_lemma_of_the_first_segment(morfeusz):
    assert morfeusz.lemmas("zrobiłbym") == ["zrobić"]


def test_unknown_words_go_to_the_fallback_stemmer(morfeusz):
    assert morfeusz.lemmas("bioremediację") == morfeusz.lemmas("bioremediacja") == ["bioremediacj"]


def test_without_a_fallback_unknown_words_stay_as_they_are():
    assert MorfeuszLemmatiser().lemmas("bioremediację") == ["bioremediację"]


def test_tokens_with_digits_are_not_lemmatised(morfeusz):
    assert morfeusz.lemmas("pm10") == ["pm10"]
    assert morfeusz.lemmas("2023") == ["2023"]


def test_returned_lists_are_copies_and_do_not_spoil_the_cache(morfeusz):
    morfeusz.lemmas("gleby").append("spoiled")
    assert morfeusz.lemmas("gleby") == ["gleba"]


def test_morfeusz_is_created_once_per_process():
    assert morfeusz_instance() is morfeusz_instance()


def test_english_snowball_stems_english_words():
    english = SnowballStemmer("english")
    assert english.lemmas("pollution") == english.lemmas("polluted") != ["pollution"]


@pytest.mark.parametrize(
    ("lemma", "term"),
    [
        ("rekultywacja", "rekult"),
        ("gleba", "gleba"),
        ("wóda", "woda"),
        ("ołów", "ołow"),
        ("przedsiębiorstwo", "przedsięb"),
        ("przedszkole", "przedszko"),
        ("pm2.5", "pm2.5"),
    ],
)
def test_index_terms_are_six_characters_with_o_for_o_acute(lemma, term):
    assert index_term(lemma) == term
