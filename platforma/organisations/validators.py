"""Polish register numbers (NIP, REGON, KRS), postal codes and slugs for organisations.

Numbers are stored compact (digits only). Forms compact what people type ("123-456-32-18",
"PL 1234563218") before validating, so the messages speak about the number, not about dashes.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength
from stdnum.pl import nip as stdnum_nip
from stdnum.pl import regon as stdnum_regon

KRS_RE = re.compile(r"^\d{10}$")
POSTAL_CODE_RE = re.compile(r"^\d{2}-\d{3}$")

# Paths under /organizacje/ that are pages, not organisations: a slug may never take them.
RESERVED_SLUGS = frozenset({"dolacz", "zaproszenie", "zaproszenia", "nowa", "szukaj", "panel", "edytuj", "osoby"})

# slugify() drops letters that have no ASCII decomposition (ł), so Polish letters are mapped first.
POLISH_TO_ASCII = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")


def compact_digits(value: str) -> str:
    """What people type, without spaces, dashes, dots and a leading country code."""
    value = (value or "").strip().upper()
    if value.startswith("PL"):
        value = value[2:]
    return re.sub(r"[\s\-./]", "", value)


def validate_nip(value: str) -> None:
    if not value:
        return
    try:
        stdnum_nip.validate(value)
    except InvalidChecksum as error:
        raise ValidationError(_("Nieprawidłowy NIP — sprawdź cyfrę kontrolną."), code="checksum") from error
    except InvalidLength as error:
        raise ValidationError(_("NIP ma 10 cyfr, np. 123-456-32-18."), code="length") from error
    except InvalidFormat as error:
        raise ValidationError(_("NIP może zawierać tylko cyfry, np. 123-456-32-18."), code="format") from error


def validate_regon(value: str) -> None:
    if not value:
        return
    try:
        stdnum_regon.validate(value)
    except InvalidChecksum as error:
        raise ValidationError(_("Nieprawidłowy REGON — sprawdź cyfrę kontrolną."), code="checksum") from error
    except InvalidLength as error:
        raise ValidationError(_("REGON ma 9 albo 14 cyfr."), code="length") from error
    except InvalidFormat as error:
        raise ValidationError(_("REGON może zawierać tylko cyfry."), code="format") from error


def validate_krs(value: str) -> None:
    if not value:
        return
    if not KRS_RE.match(value):
        raise ValidationError(_("Numer KRS ma 10 cyfr (z zerami na początku), np. 0000123456."), code="format")


def validate_postal_code(value: str) -> None:
    if value and not POSTAL_CODE_RE.match(value):
        raise ValidationError(_("Kod pocztowy ma postać NN-NNN, np. 41-940."), code="format")


def slug_base(name: str, *, max_length: int = 100) -> str:
    """A readable ASCII slug from a Polish name: "Łódzka Spółka" → "lodzka-spolka"."""
    slug = slugify(name.translate(POLISH_TO_ASCII))[:max_length].strip("-")
    return slug or "organizacja"
