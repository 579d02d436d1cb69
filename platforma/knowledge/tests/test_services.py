import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from platforma.core.models import Visibility
from platforma.knowledge import services
from platforma.knowledge.case_studies import CaseStudySource
from platforma.knowledge.models import Article, ArticleKind, ArticleStatus, ArticleStatusChange, ArticleVersion
from platforma.knowledge.tests.factories import ArticleFactory, DraftArticleFactory
from platforma.taxonomy.tests.factories import CompetenceFactory


def _create(author, **overrides):
    values = {
        "author": author,
        "title": "Płonące hałdy: jak je wygasić",
        "kind": ArticleKind.GUIDE,
        "summary": "Poradnik dla gmin.",
        "body": "## Wstęp\n\nHałdy górnicze potrafią płonąć latami.",
    }
    return services.article_create(**{**values, **overrides})


def test_create_makes_a_private_draft_with_the_writer_first_and_version_one(celina, bogdan, ziemia):
    competence = CompetenceFactory()

    article = _create(celina, co_authors=[bogdan], organisations=[ziemia], competences=[competence])

    article.refresh_from_db()
    assert article.status == ArticleStatus.DRAFT
    assert article.slug == "plonace-haldy-jak-je-wygasic"
    assert [link.user for link in article.author_links.all()] == [celina, bogdan]
    assert list(article.organisations.all()) == [ziemia]
    assert list(article.competences.all()) == [competence]
    assert article.word_count == 6
    version = article.versions.get()
    assert (version.number, version.title, version.changed_by) == (1, "Płonące hałdy: jak je wygasić", celina)
    assert article.status_changes.get().to_status == ArticleStatus.DRAFT
    assert mail.outbox == []


def test_create_refuses_visibility_restricted_to_named_organisations(celina):
    with pytest.raises(ValidationError):
        _create(celina, visibility=Visibility.RESTRICTED)

    assert not Article.objects.exists()


def test_create_with_submit_hands_the_article_to_review_and_tells_the_coordinator(
    celina, settings, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        article = _create(celina, submit=True)

    assert article.status == ArticleStatus.IN_REVIEW
    assert article.submitted_at is not None
    assert [message.to for message in mail.outbox] == [[settings.COORDINATOR_EMAIL]]
    assert "Płonące hałdy" in mail.outbox[0].subject


def test_update_records_a_new_version_with_who_changed_it_and_skips_unchanged_saves(celina, bogdan, ziemia):
    article = _create(celina, organisations=[ziemia])
    values = {"kind": ArticleKind.GUIDE, "summary": "Poradnik dla gmin.", "organisations": [ziemia]}

    services.article_update(
        article=article, by=bogdan, title="Płonące hałdy", body="Nowa treść.", note="Krótszy tytuł", **values
    )
    services.article_update(article=article, by=celina, title="Płonące hałdy", body="Nowa treść.", **values)

    versions = list(ArticleVersion.objects.filter(article=article).order_by("number"))
    assert [(v.number, v.title, v.changed_by, v.note) for v in versions] == [
        (1, "Płonące hałdy: jak je wygasić", celina, "Pierwsza wersja."),
        (2, "Płonące hałdy", bogdan, "Krótszy tytuł"),
    ]
    article.refresh_from_db()
    assert article.slug == "plonace-haldy"
    assert article.word_count == 2


def test_update_replaces_authors_in_the_given_order(celina, bogdan, ziemia):
    article = _create(celina)

    services.article_update(
        article=article,
        by=celina,
        title=article.title,
        kind=article.kind,
        summary=article.summary,
        body=article.body,
        authors=[bogdan, celina],
    )

    assert [link.user for link in article.author_links.all()] == [bogdan, celina]


def test_update_refuses_an_empty_list_of_authors(celina):
    article = _create(celina)

    with pytest.raises(ValidationError):
        services.article_update(
            article=article, by=celina, title="Nowy", kind=article.kind, summary="s", body="b", authors=[]
        )

    article.refresh_from_db()
    assert article.title == "Płonące hałdy: jak je wygasić"
    assert [link.user for link in article.author_links.all()] == [celina]


def test_authors_cannot_change_an_article_in_review_but_the_coordinator_can(celina, anna):
    article = DraftArticleFactory(authors=[celina], status=ArticleStatus.IN_REVIEW, title="Stary")
    values = {"kind": article.kind, "summary": "s", "body": "b"}

    with pytest.raises(ValidationError):
        services.article_update(article=article, by=celina, title="Nowy", **values)
    article.refresh_from_db()
    assert article.title == "Stary"

    services.article_update(article=article, by=anna, title="Poprawiony", **values)
    article.refresh_from_db()
    assert article.title == "Poprawiony"


def test_approval_publishes_and_tells_the_authors(celina, bogdan, anna, django_capture_on_commit_callbacks):
    article = DraftArticleFactory(authors=[celina, bogdan], status=ArticleStatus.IN_REVIEW)

    with django_capture_on_commit_callbacks(execute=True):
        services.article_approve(article=article, by=anna)

    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED
    assert article.published_at is not None
    change = article.status_changes.get()
    assert (change.from_status, change.to_status, change.changed_by) == ("in_review", "published", anna)
    assert sorted(address for message in mail.outbox for address in message.to) == [bogdan.email, celina.email]
    assert "opublikowany" in mail.outbox[0].subject
    assert f"/wiedza/{article.pk}-" in mail.outbox[0].body


def test_returning_needs_a_comment_and_sends_it_to_the_authors(celina, anna, django_capture_on_commit_callbacks):
    article = DraftArticleFactory(authors=[celina], status=ArticleStatus.IN_REVIEW)

    with pytest.raises(ValidationError):
        services.article_return(article=article, by=anna, note="   ")
    article.refresh_from_db()
    assert article.status == ArticleStatus.IN_REVIEW

    with django_capture_on_commit_callbacks(execute=True):
        services.article_return(article=article, by=anna, note="Dodajcie źródła danych o temperaturze hałdy.")

    article.refresh_from_db()
    assert article.status == ArticleStatus.RETURNED
    assert article.review_note == "Dodajcie źródła danych o temperaturze hałdy."
    assert [message.to for message in mail.outbox] == [[celina.email]]
    assert "Dodajcie źródła danych" in mail.outbox[0].body


@pytest.mark.parametrize(
    ("service", "status"),
    [
        ("article_approve", ArticleStatus.DRAFT),
        ("article_approve", ArticleStatus.PUBLISHED),
        ("article_withdraw_submission", ArticleStatus.DRAFT),
        ("article_unpublish", ArticleStatus.IN_REVIEW),
        ("article_submit", ArticleStatus.IN_REVIEW),
        ("article_submit", ArticleStatus.PUBLISHED),
    ],
)
def test_a_move_from_the_wrong_status_changes_nothing(service, status, celina, anna):
    article = DraftArticleFactory(authors=[celina], status=status)

    with pytest.raises(ValidationError):
        getattr(services, service)(article=article, by=anna)

    article.refresh_from_db()
    assert article.status == status
    assert not ArticleStatusChange.objects.exists()
    assert mail.outbox == []


def test_resubmitting_after_return_and_unpublishing_go_back_through_review(celina, anna):
    article = DraftArticleFactory(authors=[celina], status=ArticleStatus.RETURNED, review_note="Popraw.")

    services.article_submit(article=article, by=celina)
    services.article_approve(article=article, by=anna)
    services.article_unpublish(article=article, by=celina)

    article.refresh_from_db()
    assert article.status == ArticleStatus.DRAFT
    assert article.review_note == ""
    assert list(article.status_changes.values_list("to_status", flat=True)) == ["in_review", "published", "draft"]


def test_a_returned_article_resubmitted_before_the_task_runs_gets_no_return_email(celina, anna):
    from platforma.knowledge.tasks import notify_article_returned

    article = DraftArticleFactory(authors=[celina], status=ArticleStatus.IN_REVIEW)

    assert notify_article_returned.call(article.pk) == 0


SOURCE = CaseStudySource(
    initiative_title="Zielona hałda w Radzionkowie",
    goal="Ograniczyć pylenie cynku i ołowiu z hałdy przy ul. Szybowej.",
    partners=["Fitoklar Sp. z o.o. — lider", "Gmina Radzionków — właściciel terenu"],
    pledged=["EkoPark: 20 osobodni", "Geoanalit: 40 analiz gleby"],
    results="Obsadzono 3,2 ha trawami metalotolerancyjnymi.",
    figures="Pokrycie roślinnością 78%, spadek pylenia o 60%.",
    lessons="Wapnowanie przed siewem było konieczne.",
    challenge_titles=["Pylenie z hałdy cynkowo-ołowiowej"],
    source_url="/przedsiewziecia/7/",
)


def test_a_case_study_draft_is_assembled_from_the_initiative_outcome(bogdan, ziemia, woda):
    competence = CompetenceFactory()
    source = CaseStudySource(
        **{**SOURCE.__dict__, "competence_ids": [competence.pk], "organisation_ids": [woda.pk, ziemia.pk]}
    )

    article = services.case_study_draft_create(source=source, author=bogdan)

    article.refresh_from_db()
    assert article.kind == ArticleKind.CASE_STUDY
    assert article.status == ArticleStatus.DRAFT
    assert article.visibility == Visibility.MEMBERS
    assert article.title == "Studium przypadku: Zielona hałda w Radzionkowie"
    assert article.summary == SOURCE.goal
    assert article.source_url == "/przedsiewziecia/7/"
    headings = [line for line in article.body.splitlines() if line.startswith("## ")]
    assert headings == [
        "## Cel",
        "## Partnerzy",
        "## Zaangażowane zasoby",
        "## Rezultaty",
        "## Liczby",
        "## Wnioski",
        "## Rozwiązywane problemy",
    ]
    assert "- EkoPark: 20 osobodni" in article.body
    assert "- Fitoklar Sp. z o.o. — lider" in article.body
    assert "[„Zielona hałda w Radzionkowie”](/przedsiewziecia/7/)" in article.body
    assert [link.user for link in article.author_links.all()] == [bogdan]
    assert list(article.organisations.order_by("name")) == [woda, ziemia]
    assert list(article.competences.all()) == [competence]
    assert article.versions.get().changed_by == bogdan
    assert mail.outbox == []


def test_a_case_study_is_drafted_once_per_initiative(bogdan):
    first = services.case_study_draft_create(source=SOURCE, author=bogdan)
    second = services.case_study_draft_create(source=SOURCE, author=bogdan)

    assert first.pk == second.pk
    assert Article.objects.count() == 1


def test_empty_parts_of_the_outcome_are_marked_for_the_lead_to_fill(bogdan):
    source = CaseStudySource(initiative_title="Pilotaż", goal="")

    article = services.case_study_draft_create(source=source, author=bogdan)

    assert article.summary == "Studium przypadku przedsięwzięcia „Pilotaż”."
    assert article.body.count("_Do uzupełnienia._") == 6
    assert "Rozwiązywane problemy" not in article.body


def test_published_article_keeps_its_version_history_through_coordinator_corrections(celina, anna):
    article = ArticleFactory(authors=[celina], title="Tytuł")
    services.article_update(
        article=article, by=anna, title="Tytuł poprawiony", kind=article.kind, summary="s", body="b"
    )

    assert article.versions.get().changed_by == anna
    article.refresh_from_db()
    assert article.status == ArticleStatus.PUBLISHED
