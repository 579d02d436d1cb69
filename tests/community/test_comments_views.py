"""The discussion under a challenge: the HTMX fragment and the plain-browser fallbacks of every action."""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from platforma.challenges.models import Challenge
from platforma.challenges.tests.factories import ChallengeFactory
from platforma.community.comments.models import Comment, CommentStatus, Report
from platforma.community.comments.tests.factories import make_comment
from platforma.core.models import Visibility
from platforma.initiatives.tests.factories import InitiativeFactory
from platforma.knowledge.tests.factories import ArticleFactory
from tests.community.comments_support import ROLES, challenge_in, everyone, expect

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def thread_url(obj) -> str:
    content_type = ContentType.objects.get_for_model(type(obj))
    return reverse("comments:thread", args=[content_type.pk, obj.pk])


def create_url(obj) -> str:
    content_type = ContentType.objects.get_for_model(type(obj))
    return reverse("comments:create", args=[content_type.pk, obj.pk])


@pytest.fixture
def challenge(ziemia) -> Challenge:
    return ChallengeFactory(organisation=ziemia, title="Pylenie z hałdy w Brzezinach")


# --- reading ---------------------------------------------------------------------------------------------


def test_the_challenge_page_pulls_the_thread_by_url(client, challenge):
    response = client.get(challenge.get_absolute_url())
    assert f'hx-get="{thread_url(challenge)}"' in response.content.decode()
    assert 'id="komentarze"' in response.content.decode()


def test_the_initiative_and_article_pages_pull_their_threads(client, ziemia):
    initiative = InitiativeFactory(lead_organisation=ziemia)
    article = ArticleFactory()
    for obj in (initiative, article):
        response = client.get(obj.get_absolute_url())
        assert response.status_code == 200
        assert f'hx-get="{thread_url(obj)}"' in response.content.decode()


def test_a_visitor_reads_the_fragment_and_is_invited_to_log_in(client, challenge, celina, bogdan):
    top = make_comment(target=challenge, author=celina, body="Czy **ktoś** mierzył PM10?")
    make_comment(target=challenge, author=bogdan, body="Tak, od marca.", parent=top)
    response = client.get(thread_url(challenge), **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html
    assert "<strong>ktoś</strong>" in html
    assert "Tak, od marca." in html
    assert "Zaloguj się, aby dodać komentarz." in html
    assert 'name="body"' not in html


def test_without_javascript_the_thread_is_a_page_of_its_own(client, challenge, celina):
    make_comment(target=challenge, author=celina, body="Pierwsza uwaga.")
    response = client.get(thread_url(challenge))
    html = response.content.decode()
    assert "<html" in html
    assert "Pierwsza uwaga." in html
    assert challenge.get_absolute_url() in html


@pytest.mark.parametrize("role", ROLES)
def test_the_fragment_of_a_restricted_challenge_is_404_to_those_who_may_not_see_it(role, request, client_for, client):
    people = everyone(request)
    challenge = challenge_in("restricted_by_inna_to_woda", request)
    make_comment(target=challenge, author=people["anna"], body="Poufne dane o wycieku.")
    browser = client if role == "anonymous" else client_for(people[role])
    response = browser.get(thread_url(challenge), **HTMX)
    visible = expect((0, 0, 0, 1, 0, 0, 1), role)
    assert response.status_code == (200 if visible else 404)
    assert ("Poufne dane o wycieku." in response.content.decode()) is visible


@pytest.mark.parametrize(
    "path",
    ["/komentarze/999999/1/", "/komentarze/1/999999/", "/komentarze/999999/edytuj/", "/komentarze/0/0/"],
)
def test_unknown_ids_are_404(client_for, anna, path):
    assert client_for(anna).get(path).status_code == 404


def test_an_object_that_is_not_commentable_is_404(client, ziemia):
    content_type = ContentType.objects.get_for_model(type(ziemia))
    assert client.get(reverse("comments:thread", args=[content_type.pk, ziemia.pk])).status_code == 404


def test_a_removed_comment_shows_a_trace_and_its_replies(client, challenge, celina, bogdan):
    top = make_comment(target=challenge, author=celina, status=CommentStatus.DELETED_BY_AUTHOR, body="")
    make_comment(target=challenge, author=bogdan, body="Odpowiedź zostaje.", parent=top)
    html = client.get(thread_url(challenge), **HTMX).content.decode()
    assert "Komentarz usunięty przez autora." in html
    assert "Odpowiedź zostaje." in html


def test_a_hidden_comment_is_shown_to_moderators_only(client_for, challenge, celina, bogdan, ewa):
    make_comment(target=challenge, author=ewa, status=CommentStatus.HIDDEN, body="Tekst do wglądu.")
    assert "Tekst do wglądu." in client_for(bogdan).get(thread_url(challenge), **HTMX).content.decode()
    html = client_for(celina).get(thread_url(challenge), **HTMX).content.decode()
    assert "Komentarz ukryty przez moderatora." in html


def test_the_thread_costs_the_same_queries_for_many_comments(client_for, challenge, celina, bogdan, ewa):
    browser = client_for(ewa)

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert browser.get(thread_url(challenge), **HTMX).status_code == 200
        return len(queries)

    top = make_comment(target=challenge, author=celina)
    make_comment(target=challenge, author=bogdan, parent=top)
    few = count()
    for number in range(15):
        top = make_comment(target=challenge, author=[celina, bogdan, ewa][number % 3], body=f"Uwaga {number}.")
        make_comment(target=challenge, author=bogdan, parent=top)
        make_comment(target=challenge, author=ewa, parent=top, status=CommentStatus.HIDDEN)
    assert count() == few


def test_the_thread_stays_within_a_query_budget(client_for, challenge, celina, ewa, django_assert_max_num_queries):
    for number in range(30):
        make_comment(target=challenge, author=celina, body=f"Uwaga {number}.")
    browser = client_for(ewa)
    with django_assert_max_num_queries(12):
        browser.get(thread_url(challenge), **HTMX)


# --- writing ---------------------------------------------------------------------------------------------


def test_a_member_comments_with_htmx(client_for, challenge, ewa):
    response = client_for(ewa).post(create_url(challenge), {"body": "U nas w Zabrzu to samo."}, **HTMX)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Dodano komentarz." in html
    assert "U nas w Zabrzu to samo." in html
    assert Comment.objects.get().author == ewa


def test_without_javascript_a_comment_redirects_back_to_the_challenge(client_for, challenge, ewa):
    response = client_for(ewa).post(create_url(challenge), {"body": "U nas też."})
    assert response.status_code == 302
    assert response["Location"] == challenge.get_absolute_url() + "#komentarze"
    assert Comment.objects.filter(author=ewa, body="U nas też.").exists()


def test_an_invalid_comment_keeps_what_was_typed(client_for, challenge, ewa):
    too_long = "Bardzo długi komentarz. " * 300
    response = client_for(ewa).post(create_url(challenge), {"body": too_long})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Komentarz może mieć najwyżej 5000 znaków" in html
    assert "Bardzo długi komentarz." in html
    assert not Comment.objects.exists()


def test_an_empty_comment_is_explained(client_for, challenge, ewa):
    response = client_for(ewa).post(create_url(challenge), {"body": "  "}, **HTMX)
    assert "Napisz treść komentarza." in response.content.decode()
    assert not Comment.objects.exists()


def test_a_visitor_is_sent_to_log_in_and_nothing_is_written(client, challenge):
    response = client.post(create_url(challenge), {"body": "Anonimowo."})
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert not Comment.objects.exists()


def test_an_outsider_cannot_comment_on_a_members_only_challenge(client_for, olek, ziemia):
    challenge = ChallengeFactory(organisation=ziemia, visibility=Visibility.MEMBERS)
    response = client_for(olek).post(create_url(challenge), {"body": "Wchodzę."}, **HTMX)
    assert response.status_code == 404
    assert not Comment.objects.exists()


def test_the_reply_form_is_a_fragment_and_a_reply_is_saved(client_for, challenge, celina, ewa):
    top = make_comment(target=challenge, author=celina, body="Pytanie o PM10.")
    browser = client_for(ewa)
    form = browser.get(reverse("comments:reply", args=[top.pk]), **HTMX)
    assert 'id="id_reply_body"' in form.content.decode()
    response = browser.post(reverse("comments:reply", args=[top.pk]), {"body": "Mierzymy od marca."}, **HTMX)
    assert "Dodano odpowiedź." in response.content.decode()
    assert Comment.objects.get(author=ewa).parent == top


def test_an_outsider_cannot_reply_on_a_confidential_challenge(client_for, request, olek):
    people = everyone(request)
    challenge = challenge_in("restricted_by_inna_to_woda", request)
    top = make_comment(target=challenge, author=people["ewa"])
    response = client_for(olek).post(reverse("comments:reply", args=[top.pk]), {"body": "Hej."})
    assert response.status_code == 404
    assert Comment.objects.count() == 1


def test_the_author_edits_within_the_window_and_sees_the_time_left(client_for, challenge, celina):
    comment = make_comment(target=challenge, author=celina, body="Pierwsza wersja.")
    browser = client_for(celina)
    form = browser.get(reverse("comments:edit", args=[comment.pk]), **HTMX).content.decode()
    assert "Pierwsza wersja." in form
    assert "jeszcze przez 15 min" in form
    response = browser.post(reverse("comments:edit", args=[comment.pk]), {"body": "Druga wersja."})
    assert response["Location"] == challenge.get_absolute_url() + "#komentarze"
    comment.refresh_from_db()
    assert (comment.body, comment.edited_at is not None) == ("Druga wersja.", True)


def test_editing_after_the_window_is_refused_by_the_server(client_for, challenge, celina):
    comment = make_comment(
        target=challenge, author=celina, body="Stara.", created_at=timezone.now() - timedelta(minutes=16)
    )
    response = client_for(celina).post(reverse("comments:edit", args=[comment.pk]), {"body": "Nowa."}, **HTMX)
    assert "tylko przez 15 minut" in response.content.decode()
    comment.refresh_from_db()
    assert comment.body == "Stara."


def test_someone_else_cannot_edit(client_for, challenge, celina, bogdan):
    comment = make_comment(target=challenge, author=celina, body="Moje zdanie.")
    response = client_for(bogdan).post(reverse("comments:edit", args=[comment.pk]), {"body": "Cudze."})
    assert response.status_code == 403
    comment.refresh_from_db()
    assert comment.body == "Moje zdanie."


def test_deleting_asks_first_then_leaves_a_trace(client_for, challenge, celina):
    comment = make_comment(target=challenge, author=celina, body="Do usunięcia.")
    browser = client_for(celina)
    confirm = browser.get(reverse("comments:delete", args=[comment.pk]), **HTMX).content.decode()
    assert "Tak, usuń komentarz" in confirm
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED
    html = browser.post(reverse("comments:delete", args=[comment.pk]), **HTMX).content.decode()
    assert "Komentarz usunięty przez autora." in html
    comment.refresh_from_db()
    assert (comment.status, comment.body) == (CommentStatus.DELETED_BY_AUTHOR, "")


def test_a_stranger_cannot_delete(client_for, challenge, celina, ewa):
    comment = make_comment(target=challenge, author=celina, body="Zostaje.")
    response = client_for(ewa).post(reverse("comments:delete", args=[comment.pk]))
    assert response.status_code == 403
    comment.refresh_from_db()
    assert (comment.status, comment.body) == (CommentStatus.PUBLISHED, "Zostaje.")


def test_the_challenge_owner_hides_a_comment(client_for, challenge, bogdan, ewa):
    comment = make_comment(target=challenge, author=ewa, body="Reklama pomp.")
    response = client_for(bogdan).post(reverse("comments:hide", args=[comment.pk]), **HTMX)
    assert "Ukryto komentarz." in response.content.decode()
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HIDDEN


def test_a_member_of_another_organisation_cannot_hide(client_for, challenge, celina, ewa):
    comment = make_comment(target=challenge, author=celina)
    assert client_for(ewa).post(reverse("comments:hide", args=[comment.pk])).status_code == 403
    comment.refresh_from_db()
    assert comment.status == CommentStatus.PUBLISHED


def test_reporting_a_comment(client_for, challenge, celina, ewa, anna):
    comment = make_comment(target=challenge, author=celina)
    browser = client_for(ewa)
    form = browser.get(reverse("comments:report", args=[comment.pk]), **HTMX).content.decode()
    assert "Zgłoś komentarz koordynatorowi" in form
    empty = browser.post(reverse("comments:report", args=[comment.pk]), {"reason": ""}, **HTMX)
    assert "Napisz, co jest nie tak" in empty.content.decode()
    assert not Report.objects.exists()
    done = browser.post(reverse("comments:report", args=[comment.pk]), {"reason": "Reklama."}, **HTMX)
    html = done.content.decode()
    assert "Zgłoszenie trafiło do koordynatora" in html
    assert "Zgłoszono koordynatorowi" in html
    assert Report.objects.get().reporter == ewa


def test_the_author_cannot_report_their_own_comment(client_for, challenge, celina):
    comment = make_comment(target=challenge, author=celina)
    response = client_for(celina).post(reverse("comments:report", args=[comment.pk]), {"reason": "Test."})
    assert response.status_code == 403
    assert not Report.objects.exists()


# --- the coordinator's panel ----------------------------------------------------------------------------


def test_the_coordinator_sees_open_reports_and_hides_the_comment(client_for, challenge, celina, ewa, anna):
    comment = make_comment(target=challenge, author=celina, body="Treść do oceny.")
    report = Report.objects.create(comment=comment, reporter=ewa, reason="Obraża.")
    browser = client_for(anna)
    html = browser.get(reverse("comments_panel:list")).content.decode()
    assert "Treść do oceny." in html
    assert challenge.title in html
    response = browser.post(reverse("comments_panel:resolve", args=[report.pk]), {"decision": "hide"})
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HIDDEN


def test_a_bad_decision_is_explained_and_changes_nothing(client_for, challenge, celina, ewa, anna):
    report = Report.objects.create(comment=make_comment(target=challenge, author=celina), reporter=ewa, reason="X.")
    response = client_for(anna).post(
        reverse("comments_panel:resolve", args=[report.pk]), {"decision": "?"}, follow=True
    )
    assert "Wybierz: ukryć komentarz czy oddalić zgłoszenie." in response.content.decode()
    report.refresh_from_db()
    assert report.status == "open"


@pytest.mark.parametrize("role", ["celina", "bogdan", "olek"])
def test_only_the_coordinator_uses_the_panel(client_for, request, challenge, ewa, role):
    report = Report.objects.create(comment=make_comment(target=challenge, author=ewa), reporter=ewa, reason="X.")
    browser = client_for(request.getfixturevalue(role))
    assert browser.get(reverse("comments_panel:list")).status_code == 403
    assert browser.post(reverse("comments_panel:resolve", args=[report.pk]), {"decision": "hide"}).status_code == 403
    report.refresh_from_db()
    assert report.status == "open"


def test_the_panel_list_does_not_grow_by_a_query_a_row(
    client_for, challenge, celina, ewa, anna, django_assert_max_num_queries
):
    for number in range(20):
        comment = make_comment(target=challenge, author=celina, body=f"Komentarz {number}.")
        Report.objects.create(comment=comment, reporter=ewa, reason="Spam.")
    browser = client_for(anna)
    with django_assert_max_num_queries(8):
        assert browser.get(reverse("comments_panel:list")).status_code == 200
