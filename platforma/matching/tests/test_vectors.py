import numpy as np
import pytest

from platforma.matching.engine import ExactVectorIndex


@pytest.fixture
def vectors():
    rng = np.random.default_rng(7)
    return rng.normal(size=(300, 16)).astype(np.float32)


def brute_force(vectors, query, k):
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    scores = unit @ (query / np.linalg.norm(query))
    order = np.argsort(-scores)[:k]
    return order, scores[order]


def test_search_returns_the_exact_top_k_by_cosine(vectors):
    index = ExactVectorIndex(16, capacity=8)  # forces the matrix to grow
    index.add(list(range(300)), vectors)
    query = vectors[5] + 0.1
    ids, scores = index.search(query, 10)
    expected_ids, expected_scores = brute_force(vectors, query, 10)
    assert ids.tolist() == expected_ids.tolist()
    assert scores == pytest.approx(expected_scores, abs=1e-5)
    assert scores.tolist() == sorted(scores.tolist(), reverse=True)


def test_removed_ids_are_never_returned_and_their_rows_are_reused(vectors):
    index = ExactVectorIndex(16)
    index.add(list(range(300)), vectors)
    best, _ = index.search(vectors[42], 1)
    assert best.tolist() == [42]
    index.remove([42, 999])
    assert 42 not in index.search(vectors[42], 300)[0].tolist()
    assert len(index) == 299
    index.add([1000], vectors[42:43])
    assert index.search(vectors[42], 1)[0].tolist() == [1000]
    assert len(index) == 300


def test_adding_an_existing_id_replaces_its_vector(vectors):
    index = ExactVectorIndex(16)
    index.add([1, 2], vectors[:2])
    index.add([1], vectors[2:3])
    assert len(index) == 2
    assert index.similarity(vectors[2], [1])[0] == pytest.approx(1.0, abs=1e-5)


def test_similarity_of_given_ids_is_the_cosine_and_nan_for_unknown_ids(vectors):
    index = ExactVectorIndex(16)
    index.add([10, 11], vectors[:2])
    similarity = index.similarity(vectors[0], [11, 10, 12])
    unit = vectors[:2] / np.linalg.norm(vectors[:2], axis=1, keepdims=True)
    assert similarity[0] == pytest.approx(float(unit[1] @ unit[0]), abs=1e-5)
    assert similarity[1] == pytest.approx(1.0, abs=1e-5)
    assert np.isnan(similarity[2])


def test_k_larger_than_the_index_returns_everything_and_an_empty_index_nothing(vectors):
    index = ExactVectorIndex(16)
    assert index.search(vectors[0], 5)[0].tolist() == []
    index.add([1, 2, 3], vectors[:3])
    assert sorted(index.search(vectors[0], 50)[0].tolist()) == [1, 2, 3]


def test_vectors_of_the_wrong_shape_are_refused(vectors):
    index = ExactVectorIndex(16)
    with pytest.raises(ValueError):
        index.add([1, 2], vectors[:1])
