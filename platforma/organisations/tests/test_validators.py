import pytest
from django.core.exceptions import ValidationError

from platforma.organisations.forms import OrganisationForm
from platforma.organisations.validators import (
    compact_digits,
    slug_base,
    validate_krs,
    validate_nip,
    validate_postal_code,
    validate_regon,
)

VALID_NIP = "1234563218"
VALID_REGON_9 = "123456785"
VALID_REGON_14 = "12345678512347"


def messages_of(validator, value):
    with pytest.raises(ValidationError) as caught:
        validator(value)
    return caught.value.messages


@pytest.mark.parametrize(
    ("typed", "compact"),
    [("123-456-32-18", VALID_NIP), ("PL 123 456 32 18", VALID_NIP), (" 123.456.32.18 ", VALID_NIP), ("", "")],
)
def test_numbers_are_compacted_before_validation(typed, compact):
    assert compact_digits(typed) == compact


def test_valid_numbers_pass():
    validate_nip(VALID_NIP)
    validate_regon(VALID_REGON_9)
    validate_regon(VALID_REGON_14)
    validate_krs("0000123456")
    validate_postal_code("41-940")


def test_empty_numbers_are_allowed_because_they_are_optional():
    for validator in (validate_nip, validate_regon, validate_krs, validate_postal_code):
        validator("")


def test_nip_with_a_wrong_check_digit_says_so_in_polish():
    assert messages_of(validate_nip, "1234563219") == ["Nieprawidłowy NIP — sprawdź cyfrę kontrolną."]


def test_nip_of_the_wrong_length_says_how_long_it_should_be():
    assert messages_of(validate_nip, "12345") == ["NIP ma 10 cyfr, np. 123-456-32-18."]


def test_nip_with_letters_asks_for_digits():
    assert messages_of(validate_nip, "12345632AB") == ["NIP może zawierać tylko cyfry, np. 123-456-32-18."]


def test_regon_with_a_wrong_check_digit_says_so_in_polish():
    assert messages_of(validate_regon, "123456786") == ["Nieprawidłowy REGON — sprawdź cyfrę kontrolną."]


def test_regon_of_the_wrong_length_says_how_long_it_should_be():
    assert messages_of(validate_regon, "1234567") == ["REGON ma 9 albo 14 cyfr."]


@pytest.mark.parametrize("krs", ["123456", "00001234567", "00001234AB"])
def test_krs_must_have_ten_digits(krs):
    assert messages_of(validate_krs, krs) == ["Numer KRS ma 10 cyfr (z zerami na początku), np. 0000123456."]


@pytest.mark.parametrize("code", ["41940", "41-94", "4l-940"])
def test_postal_code_must_look_like_nn_nnn(code):
    assert messages_of(validate_postal_code, code) == ["Kod pocztowy ma postać NN-NNN, np. 41-940."]


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("Łódzka Spółka Żółć", "lodzka-spolka-zolc"),
        ("Ziemia Czysta sp. z o.o.", "ziemia-czysta-sp-z-oo"),
        ("Gmina Świętochłowice", "gmina-swietochlowice"),
        ("!!!", "organizacja"),
    ],
)
def test_slugs_transliterate_polish_letters(name, slug):
    assert slug_base(name) == slug


def form_data(**overrides):
    data = {"name": "Hałda Serwis", "type": "company", "city": "Bytom", "postal_code": "41-902"}
    data.update(overrides)
    return data


@pytest.mark.django_db
def test_form_stores_the_nip_compact_whatever_was_typed():
    form = OrganisationForm(data=form_data(nip="123-456-32-18", regon="123 456 785", krs="0000-123-456"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["nip"] == VALID_NIP
    assert form.cleaned_data["regon"] == VALID_REGON_9
    assert form.cleaned_data["krs"] == "0000123456"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("nip", "123-456-32-19", "Nieprawidłowy NIP — sprawdź cyfrę kontrolną."),
        ("regon", "123456786", "Nieprawidłowy REGON — sprawdź cyfrę kontrolną."),
        ("krs", "12345", "Numer KRS ma 10 cyfr (z zerami na początku), np. 0000123456."),
        ("postal_code", "41940", "Kod pocztowy ma postać NN-NNN, np. 41-940."),
        ("phone", "zadzwoń", "Podaj numer telefonu, np. +48 32 123 45 67."),
    ],
)
def test_form_explains_a_wrong_number_in_polish(field, value, message):
    form = OrganisationForm(data=form_data(**{field: value}))
    assert not form.is_valid()
    assert form.errors[field] == [message]


@pytest.mark.django_db
@pytest.mark.parametrize(("field", "value"), [("latitude", "91"), ("longitude", "-181")])
def test_coordinates_outside_the_globe_are_rejected(field, value):
    other = "longitude" if field == "latitude" else "latitude"
    form = OrganisationForm(data=form_data(**{field: value, other: "19"}))
    assert not form.is_valid()
    assert field in form.errors


@pytest.mark.django_db
def test_coordinates_accept_a_polish_decimal_comma():
    form = OrganisationForm(data=form_data(latitude="50,36574", longitude="18.96238"))
    assert form.is_valid(), form.errors
    assert str(form.cleaned_data["latitude"]) == "50.36574"


@pytest.mark.django_db
def test_one_coordinate_without_the_other_is_an_error():
    form = OrganisationForm(data=form_data(latitude="50,3"))
    assert not form.is_valid()
    assert form.non_field_errors() == ["Podaj obie współrzędne albo żadnej."]
