import pytest
from django.core.exceptions import ImproperlyConfigured

from platforma.community import targets
from platforma.organisations.tests.factories import OrganisationFactory


class _Nameless:
    """Anything without get_absolute_url()."""


def test_a_model_without_an_address_cannot_become_a_target():
    with pytest.raises(ImproperlyConfigured, match="get_absolute_url"):
        targets.register(_Nameless, can_view=lambda user, obj: True)
    assert targets.type_of(_Nameless) is None


def test_every_registered_target_has_an_address():
    assert targets.registered()
    for target_type in targets.registered():
        assert callable(getattr(target_type.model, "get_absolute_url", None)), target_type.key


@pytest.mark.django_db
@pytest.mark.parametrize("object_id", ["abc", "", None, "-1", "0", str(2**63), "9" * 40])
def test_resolve_forgives_malformed_or_impossible_ids(object_id):
    organisation = OrganisationFactory()
    content_type_id = targets.content_type_id_of(organisation)
    assert targets.resolve(content_type_id=content_type_id, object_id=object_id) is None
    assert targets.resolve(content_type_id="x", object_id=organisation.pk) is None
    assert targets.resolve(content_type_id=content_type_id, object_id=organisation.pk) == organisation


def test_an_unregistered_object_is_seen_by_nobody(anna):
    assert targets.can_view(anna, anna) is False
