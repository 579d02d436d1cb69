import pytest
from django.urls import reverse

from platforma.community.b2b import services
from platforma.community.b2b.models import Meeting, MeetingStatus


@pytest.fixture
def superuser_client(client, db):
    from platforma.accounts.models import User

    client.force_login(User.objects.create_superuser(email="root@ekopark.example", password="haslo-testowe-123"))
    return client


@pytest.fixture
def meeting(session, participants, celina, dawid):
    meeting = services.meeting_request(session=session, requester=celina, recipient=dawid)
    return services.meeting_answer(meeting=meeting, by=dawid, accept=True)


@pytest.mark.parametrize("name", ["b2bsession", "b2bprofile", "meeting", "meetingoutcome"])
def test_admin_lists_and_searches(superuser_client, meeting, name):
    url = reverse(f"admin:b2b_{name}_changelist")
    assert superuser_client.get(url).status_code == 200
    assert superuser_client.get(url, {"q": "kooperacji"}).status_code == 200


def test_a_meeting_is_shown_with_its_seats_but_cannot_be_changed_there(superuser_client, meeting):
    url = reverse("admin:b2b_meeting_change", args=[meeting.pk])
    page = superuser_client.get(url)
    assert page.status_code == 200
    assert "Celina" in page.content.decode()
    superuser_client.post(url, {"status": MeetingStatus.CANCELLED})
    assert Meeting.objects.get(pk=meeting.pk).status == MeetingStatus.ACCEPTED
    assert superuser_client.get(reverse("admin:b2b_meeting_add")).status_code == 403


def test_a_member_without_staff_rights_is_kept_out(client_for, celina, meeting):
    response = client_for(celina).get(reverse("admin:b2b_meeting_changelist"))
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
