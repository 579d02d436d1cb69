from pathlib import Path

import pytest
from django.core.files.base import ContentFile

from platforma.core.storage import move_to_private, private_storage, random_name


@pytest.fixture
def folders(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)


def test_private_files_are_written_outside_media_root_and_have_no_url(folders):
    media, private = folders
    name = private_storage().save(random_name("cv", "Jan Kowalski CV.pdf"), ContentFile(b"%PDF-1.7"))
    assert (private / name).read_bytes() == b"%PDF-1.7"
    assert not media.exists()
    with pytest.raises(ValueError, match="no URL"):
        private_storage().url(name)


def test_random_names_reveal_neither_the_file_name_nor_a_sequence():
    first, second = random_name("cv", "Jan Kowalski.PDF"), random_name("cv", "Jan Kowalski.PDF")
    assert first != second
    assert "Kowalski" not in first
    assert first.startswith("cv/") and first.endswith(".pdf")


def test_move_to_private_moves_a_file_once_and_keeps_its_name(folders):
    media, private = folders
    (media / "wiedza").mkdir(parents=True)
    (media / "wiedza" / "plik.pdf").write_bytes(b"%PDF-")
    assert move_to_private("wiedza/plik.pdf") is True
    assert (private / "wiedza" / "plik.pdf").read_bytes() == b"%PDF-"
    assert not (media / "wiedza" / "plik.pdf").exists()
    assert move_to_private("wiedza/plik.pdf") is False
    assert move_to_private("") is False
