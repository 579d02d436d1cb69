import pytest
from django.core.exceptions import ValidationError

from platforma.community.notifications.kinds import Delivery
from platforma.community.notifications.services import follow_create, follow_set_delivery

pytestmark = pytest.mark.django_db


def test_the_follower_chooses_the_delivery_of_a_follow(dawid, ziemia):
    follow = follow_create(user=dawid, target=ziemia)

    follow_set_delivery(follow=follow, by=dawid, delivery=Delivery.DAILY)

    follow.refresh_from_db()
    assert follow.delivery == Delivery.DAILY


def test_nobody_else_chooses_it(dawid, olek, ziemia):
    follow = follow_create(user=dawid, target=ziemia)

    with pytest.raises(PermissionError):
        follow_set_delivery(follow=follow, by=olek, delivery=Delivery.NEVER)
    follow.refresh_from_db()
    assert follow.delivery == ""


def test_an_unknown_delivery_is_refused(dawid, ziemia):
    follow = follow_create(user=dawid, target=ziemia)

    with pytest.raises(ValidationError):
        follow_set_delivery(follow=follow, by=dawid, delivery="hourly")
    follow.refresh_from_db()
    assert follow.delivery == ""
