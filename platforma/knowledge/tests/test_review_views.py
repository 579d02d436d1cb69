import pytest
from django.core import mail
from django.urls import reverse

from platforma.knowledge.models import ArticleStatus, ArticleStatusChange
from platforma.knowledge.tests.factories import DraftArticleFactory, make_articles

pytestmark = pytest.mark.django_db

QUEUE = reverse("knowledge:review_queue")


def test_the_coordinator_sees_the_queue(client_for, anna, celina):
    DraftArticleFactory(authors=[celina], status=ArticleStatus.IN_REVIEW, title="Czeka na recenzję")
    DraftArticleFactory(authors=[celina], title="Jeszcze szkic")

    response = client_for(anna).get(QUEUE)

    assert response.status_code == 200
    assert [article.title for article in response.context["articles"]] == ["Czeka na recenzję"]
    assert "Celina Członkowska" in response.content.decode()


@pytest.mark.parametrize("role", ["olek", "dawid", "ewa", "celina", "bogdan"])
def test_only_coordinators_open_the_queue(role, person, client_for):
    assert client_for(person(role)).get(QUEUE).status_code == 403


def test_anonymous_visitors_are_sent_to_log_in_from_the_queue(client):
    response = client.get(QUEUE)

    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]


@pytest.mark.parametrize("count", [10, 100])
def test_the_queue_is_a_constant_number_of_queries(
    count, client_for, anna, celina, ziemia, django_assert_max_num_queries
):
    make_articles(count, authors=[celina], organisations=[ziemia], status=ArticleStatus.IN_REVIEW, published_at=None)
    browser = client_for(anna)

    with django_assert_max_num_queries(9):
        assert browser.get(QUEUE).status_code == 200


def test_an_author_submits_a_draft(client_for, celina, django_capture_on_commit_callbacks, settings):
    article = DraftArticleFactory(authors=[celina])

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(celina).post(reverse("knowledge:submit", args=[article.pk]))

    article.refresh_from_db()
    assert response.status_code == 302
    assert article.status == ArticleStatus.IN_REVIEW
    assert mail.outbox[0].to == [settings.COORDINATOR_EMAIL]


def test_a_colleague_who_is_not_an_author_cannot_submit(client_for, celina, bogdan):
    article = DraftArticleFactory(authors=[celina])

    response = client_for(bogdan).post(reverse("knowledge:submit", args=[article.pk]))

    assert response.status_code == 404
    article.refresh_from_db()
    assert article.status == ArticleStatus.DRAFT


def test_an_author_withdraws_from_review(client_for, celina):
    article = DraftArticleFactory(authors=[celina], status=ArticleStatus.IN_REVIEW)

    client_for(celina).post(reverse("knowledge:withdraw", args=[article.pk]))

    article.refresh_from_db()
    assert article.status == ArticleStatus.DRAFT


def test_the_coordinator_publishes_and_the_authors_are_told(
    client_for, anna, celina, django_capture_on_commit_callbacks
):
    article = DraftArticleFactory(authors=[celina], status=ArticleStatus.IN_REVIEW)

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(anna).post(reverse("knowledge:review", args=[article.pk]), {"decision": "approve"})

    article.refresh_from_db()
    assert response.status_code == 302
    assert article.status == ArticleStatus.PUBLISHED
    assert mail.outbox[0].to == [celina.email]


def test_the_coordinator_returns_with_a_comment(client_for, anna, celina, django_capture_on_commit_callbacks):
    article = DraftArticleFactory(authors=[celina], status=ArticleStatus.IN_REVIEW)

    with django_capture_on_commit_callbacks(execute=True):
        client_for(anna).post(
            reverse("knowledge:review", args=[article.pk]), {"decision": "return", "note": "Dodajcie mapę."}
        )

    article.refresh_from_db()
    assert article.status == ArticleStatus.RETURNED
    assert article.review_note == "Dodajcie mapę."
    assert "Dodajcie mapę." in mail.outbox[0].body


def test_returning_without_a_comment_shows_the_form_again(client_for, anna, celina):
    article = DraftArticleFactory(authors=[celina], status=ArticleStatus.IN_REVIEW)

    response = client_for(anna).post(reverse("knowledge:review", args=[article.pk]), {"decision": "return"})

    assert response.status_code == 200
    assert "Napisz autorom, co trzeba poprawić." in response.content.decode()
    article.refresh_from_db()
    assert article.status == ArticleStatus.IN_REVIEW
    assert not ArticleStatusChange.objects.exists()


def test_a_crafted_decision_changes_nothing(client_for, anna, celina):
    article = DraftArticleFactory(authors=[celina], status=ArticleStatus.IN_REVIEW)

    response = client_for(anna).post(reverse("knowledge:review", args=[article.pk]), {"decision": "delete"})

    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == ArticleStatus.IN_REVIEW


@pytest.mark.parametrize("role", ["celina", "bogdan", "ewa"])
def test_members_cannot_review(role, person, client_for, celina):
    article = DraftArticleFactory(authors=[celina], status=ArticleStatus.IN_REVIEW)

    response = client_for(person(role)).post(reverse("knowledge:review", args=[article.pk]), {"decision": "approve"})

    assert response.status_code in (403, 404)
    article.refresh_from_db()
    assert article.status == ArticleStatus.IN_REVIEW


def test_an_author_unpublishes_back_to_a_draft(client_for, celina):
    from platforma.knowledge.tests.factories import ArticleFactory

    article = ArticleFactory(authors=[celina])

    client_for(celina).post(reverse("knowledge:unpublish", args=[article.pk]))

    article.refresh_from_db()
    assert article.status == ArticleStatus.DRAFT


def test_anonymous_posts_are_sent_to_log_in_and_change_nothing(client, celina):
    article = DraftArticleFactory(authors=[celina], status=ArticleStatus.IN_REVIEW)

    response = client.post(reverse("knowledge:review", args=[article.pk]), {"decision": "approve"})

    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]
    article.refresh_from_db()
    assert article.status == ArticleStatus.IN_REVIEW


def test_actions_are_post_only(client_for, celina):
    article = DraftArticleFactory(authors=[celina])

    assert client_for(celina).get(reverse("knowledge:submit", args=[article.pk])).status_code == 405
