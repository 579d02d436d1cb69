import pytest
from django.contrib.auth.models import Group
from django.http import Http404

from platforma.core.pagination import paginate

pytestmark = pytest.mark.django_db


@pytest.fixture
def groups():
    Group.objects.bulk_create(Group(name=f"grupa {number:02d}") for number in range(25))
    return Group.objects.filter(name__startswith="grupa ").order_by("name")


@pytest.mark.parametrize("page_param", [None, "", "abc", "0", "-3", "1.5", "1e3", " "])
def test_missing_or_malformed_page_number_gives_the_first_page(groups, page_param):
    page = paginate(groups, page_param=page_param, per_page=10)

    assert page.number == 1
    assert [group.name for group in page] == [f"grupa {number:02d}" for number in range(10)]


def test_a_valid_page_number_gives_that_page(groups):
    page = paginate(groups, page_param="3", per_page=10)

    assert page.number == 3
    assert len(page.object_list) == 5


@pytest.mark.parametrize("page_param", ["4", "99999", "9" * 40])
def test_a_page_number_past_the_end_is_404(groups, page_param):
    with pytest.raises(Http404):
        paginate(groups, page_param=page_param, per_page=10)


def test_an_absurdly_long_number_is_treated_as_malformed_not_as_a_crash(groups):
    page = paginate(groups, page_param="1" * 5000, per_page=10)

    assert page.number == 1


def test_an_empty_list_still_has_a_first_page():
    page = paginate(Group.objects.none(), page_param="abc")

    assert page.number == 1
    assert list(page) == []


def test_an_empty_list_has_no_second_page():
    with pytest.raises(Http404):
        paginate(Group.objects.none(), page_param="2")
