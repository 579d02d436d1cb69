from platforma.core.text import tokenize


def test_words_are_case_folded_and_keep_polish_letters():
    assert tokenize("Zażółć GĘŚLĄ jaźń") == ["zażółć", "gęślą", "jaźń"]


def test_punctuation_separates_words_and_disappears():
    assert tokenize("Gleba, woda; powietrze! (ściek?) „hałda” «osad»") == [
        "gleba",
        "woda",
        "powietrze",
        "ściek",
        "hałda",
        "osad",
    ]


def test_hyphenated_compounds_split_into_their_parts():
    assert tokenize("Kędzierzyn-Koźle, polsko-czeska współpraca – etap II") == [
        "kędzierzyn",
        "koźle",
        "polsko",
        "czeska",
        "współpraca",
        "etap",
        "ii",
    ]


def test_numbers_are_kept_and_decimal_commas_read_as_points():
    assert tokenize("W 2023 r. stężenie wynosiło 12,5 mg, a w 2024 — 12.5 mg") == [
        "w",
        "2023",
        "r",
        "stężenie",
        "wynosiło",
        "12.5",
        "mg",
        "a",
        "w",
        "2024",
        "12.5",
        "mg",
    ]


def test_a_sentence_ending_after_a_number_does_not_glue_the_next_word():
    assert tokenize("Hałd jest 3. Kolejna") == ["hałd", "jest", "3", "kolejna"]


def test_words_with_digits_stay_whole():
    assert tokenize("Pył PM2.5 i PM10, emisja CO2") == ["pył", "pm2.5", "i", "pm10", "emisja", "co2"]


def test_subscripts_and_ligatures_are_normalised():
    assert tokenize("CO₂ i ﬁltr") == ["co2", "i", "filtr"]


def test_decomposed_diacritics_are_composed():
    decomposed = "z\u0307o\u0301\u0142w"  # "żółw" typed with combining marks
    assert tokenize(decomposed) == ["żółw"]


def test_soft_hyphens_and_zero_width_spaces_do_not_split_words():
    assert tokenize("rekul\u00adtywacja re\u200bmediacja") == ["rekultywacja", "remediacja"]


def test_apostrophes_do_not_split_words_and_possessives_drop():
    assert tokenize("O'Brien's company’s data") == ["obrien", "company", "data"]


def test_underscores_and_symbols_separate_words():
    assert tokenize("gleba_ziemia @woda #smog 50%") == ["gleba", "ziemia", "woda", "smog", "50"]


def test_empty_and_blank_texts_give_no_tokens():
    assert tokenize("") == []
    assert tokenize("  \n\t — … !!! ") == []
