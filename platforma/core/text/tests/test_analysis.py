import threading

import pytest

from platforma.core.text import Analyser, analyse

# Forms of one word, all of which must give the same index terms. Environmental vocabulary of the cluster:
# soils, waters, mining heaps, pollutants, and the words people use around them.
INFLECTED = [
    "rekultywacja rekultywacji rekultywację rekultywacją",
    "gleba gleby glebie glebę glebach glebami gleb",
    "zanieczyszczenie zanieczyszczenia zanieczyszczeń zanieczyszczeniami zanieczyszczeniu",
    "ściek ścieku ścieków ściekami ścieki",
    "woda wody wód wodą wodzie wodach",
    "hałda hałdy hałdach hałd hałdzie",
    "kopalnia kopalni kopalń kopalniami kopalnię",
    "remediacja remediacji remediację",
    "osad osadu osadów osadami osady",
    "metal metalu metali metalami metale",
    "cynk cynku cynkiem",
    "ołów ołowiu ołowiem",
    "kadm kadmu kadmem",
    "składowisko składowiska składowisk składowiskach",
    "odciek odcieku odcieków odciekami",
    "emisja emisji emisję emisjach",
    "pył pyłu pyłów pyłami pyły",
    "teren terenu terenów terenach tereny",
    "rewitalizacja rewitalizacji rewitalizację",
    "odpad odpadu odpadów odpadami odpady",
    "powietrze powietrza powietrzu",
    "rzeka rzeki rzece rzek rzekami",
    "jezioro jeziora jezior jeziorze",
    "las lasu lasów lasach lasy",
    "drzewo drzewa drzew drzewami",
    "roślina rośliny roślin roślinami",
    "węgiel węgla węglem",
    "górnictwo górnictwa górnictwie",
    "szkoda szkody szkód",
    "środowisko środowiska środowisku środowiskiem",
    "ochrona ochrony ochronie ochronę",
    "oczyszczalnia oczyszczalni oczyszczalnię oczyszczalniach",
    "oczyszczanie oczyszczania oczyszczaniu",
    "energia energii energię",
    "ciepło ciepła ciepłem",
    "dwutlenek dwutlenku dwutlenkiem",
    "siarka siarki siarką",
    "azot azotu azotem",
    "fosfor fosforu fosforem",
    "rtęć rtęci rtęcią",
    "arsen arsenu arsenem",
    "miedź miedzi miedzią",
    "żelazo żelaza żelazem",
    "nawóz nawozu nawozów nawozami",
    "kompost kompostu kompostem",
    "biogaz biogazu biogazem",
    "osadnik osadnika osadników",
    "hałas hałasu hałasem",
    "smog smogu smogiem",
    "klimat klimatu klimacie",
    "wydobycie wydobycia wydobyciu",
    "zwałowisko zwałowiska zwałowisk",
    "grunt gruntu gruntów gruntach grunty",
    "skażenie skażenia skażeń",
    "torf torfu torfem",
    "monitoring monitoringu monitoringiem",
    "próbka próbki próbek próbkach",
    "pomiar pomiaru pomiarów pomiarach",
    "badanie badania badań badaniach",
    "technologia technologii technologię technologiach",
    "przedsiębiorstwo przedsiębiorstwa przedsiębiorstw",
    "powódź powodzi powodzią",
    "retencja retencji retencję",
    "zieleń zieleni zielenią",
    "odwadnianie odwadniania odwadnianiu",
    "recykling recyklingu recyklingiem",
    "surowiec surowca surowców surowcami",
]

# Words outside the SGJP dictionary: the Snowball stemmer must still bring their forms together.
RARE = [
    "bioremediacja bioremediacji bioremediację bioremediacją",
    "fitoremediacja fitoremediacji fitoremediację",
    "mikroplastik mikroplastiku mikroplastikiem",
    "fitostabilizacja fitostabilizacji fitostabilizację",
    "geowłóknina geowłókniny geowłókninę",
]


def test_there_are_at_least_fifty_inflected_terms():
    assert len(INFLECTED) >= 50


@pytest.mark.parametrize("forms", INFLECTED, ids=lambda forms: forms.split()[0])
def test_inflected_forms_of_a_word_give_the_same_term(forms):
    terms = {tuple(analyse(form)) for form in forms.split()}
    assert len(terms) == 1, terms
    assert len(next(iter(terms))) == 1


@pytest.mark.parametrize("forms", RARE, ids=lambda forms: forms.split()[0])
def test_words_unknown_to_the_dictionary_meet_through_the_stemmer(forms):
    terms = {tuple(analyse(form)) for form in forms.split()}
    assert len(terms) == 1, terms


def test_different_words_stay_apart():
    assert analyse("gleba") != analyse("woda")
    assert analyse("przedsiębiorstwo") != analyse("przedszkole")
    assert analyse("kopalnia") != analyse("kompost")


def test_a_question_and_a_paragraph_in_different_inflections_meet():
    question = set(analyse("Gdzie są hałdy zanieczyszczone ołowiem i kadmem?"))
    paragraph = set(analyse("Na hałdzie stwierdzono zanieczyszczenie gleby ołowiem, kadmem i cynkiem."))
    assert question & paragraph == set(analyse("hałda zanieczyszczenie ołów kadm"))


def test_derived_words_meet_through_six_character_terms():
    assert analyse("rekultywowany teren") == analyse("rekultywacja terenu")
    assert analyse("ekologiczny") == analyse("ekologia")
    assert analyse("zanieczyszczony") == analyse("zanieczyszczenie")


def test_whole_lemmas_can_be_kept():
    whole = Analyser(truncate_to=None)
    assert whole.analyse("Rekultywacja hałd po kopalniach") == ["rekultywacja", "hałda", "kopalnia"]


def test_all_lemma_candidates_can_be_emitted():
    every = Analyser(ambiguous="all", truncate_to=None)
    assert every.analyse("była") == []  # a stop word
    assert every.analyse("osadów") == ["osad", "osady", "osadowić"]


def test_empty_text_gives_no_terms():
    assert analyse("") == []


def test_analysis_gives_the_same_terms_from_many_threads():
    texts = [f"{forms} {n}" for n, forms in enumerate(INFLECTED * 4)]
    expected = [Analyser().analyse(text) for text in texts]
    shared = Analyser()
    results: dict[int, list[str]] = {}

    def work(offset: int) -> None:
        for index in range(offset, len(texts), 8):
            results[index] = shared.analyse(texts[index])

    threads = [threading.Thread(target=work, args=(offset,)) for offset in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [results[index] for index in range(len(texts))] == expected
