import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    """Uploaded logos land in a throw-away folder."""
    settings.MEDIA_ROOT = tmp_path / "media"


def png_bytes(size: tuple[int, int] = (40, 20), *, noise: bool = False) -> bytes:
    image = Image.new("RGB", size, (11, 93, 59))
    if noise:
        # Random pixels do not compress, so the file is as big as the picture.
        image = Image.frombytes("RGB", size, os.urandom(size[0] * size[1] * 3))
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def png_upload():
    def make(name: str = "logo.png", **kwargs) -> SimpleUploadedFile:
        return SimpleUploadedFile(name, png_bytes(**kwargs), content_type="image/png")

    return make


@pytest.fixture
def competence_tree(db):
    """A small tree: soil remediation → phytoremediation → phytostabilisation; and mine water.

    Slugs differ from the real tree's, so the data migration's rows never stand in for these.
    """
    from platforma.taxonomy.tests.factories import CompetenceFactory

    soil = CompetenceFactory(slug="test-gleby", name_pl="Remediacja gleb", name_en="Soil remediation", position=1)
    phyto = CompetenceFactory(slug="test-fito", name_pl="Fitoremediacja", name_en="Phytoremediation", parent=soil)
    stab = CompetenceFactory(
        slug="test-stabilizacja", name_pl="Fitostabilizacja", name_en="Phytostabilisation", parent=phyto
    )
    water = CompetenceFactory(slug="test-wody", name_pl="Wody kopalniane", name_en="Mine water", position=2)
    return {"soil": soil, "phyto": phyto, "stab": stab, "water": water}
