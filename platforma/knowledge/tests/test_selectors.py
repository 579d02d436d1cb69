from platforma.challenges.models import ChallengeStatus
from platforma.challenges.tests.factories import ChallengeFactory, DraftChallengeFactory
from platforma.core.models import Visibility
from platforma.knowledge import selectors
from platforma.knowledge.models import ArticleKind, ArticleStatus
from platforma.knowledge.tests.factories import ArticleFactory, DraftArticleFactory
from platforma.taxonomy.tests.factories import CompetenceFactory


def titles(queryset) -> list[str]:
    return [article.title for article in queryset]


def test_the_list_holds_published_articles_newest_first(db):
    ArticleFactory(title="Starszy", published_at="2025-01-01T10:00:00Z")
    ArticleFactory(title="Nowszy", published_at="2026-01-01T10:00:00Z")
    DraftArticleFactory(title="Szkic")

    assert titles(selectors.article_list_visible(user=_anonymous())) == ["Nowszy", "Starszy"]


def test_authors_do_not_see_their_drafts_on_the_public_list_but_on_their_own(celina):
    DraftArticleFactory(title="Mój szkic", authors=[celina])
    ArticleFactory(title="Opublikowany", authors=[celina])

    assert titles(selectors.article_list_visible(user=celina)) == ["Opublikowany"]
    assert sorted(titles(selectors.article_list_authored(user=celina))) == ["Mój szkic", "Opublikowany"]


def test_filters_by_kind_competence_with_its_subtree_and_text(db):
    area = CompetenceFactory(slug="haldy-test")
    fires = CompetenceFactory(slug="pozary-test", parent=area)
    ArticleFactory(title="Gaszenie hałdy", kind=ArticleKind.GUIDE, competences=[fires], body="iniekcje azotu")
    ArticleFactory(title="Gaszenie inne", kind=ArticleKind.REPORT, competences=[fires], body="iniekcje")
    ArticleFactory(title="Inna hałda", kind=ArticleKind.GUIDE, body="iniekcje azotu")

    found = selectors.article_list_visible(
        user=_anonymous(), filters={"kind": "guide", "competence": "haldy-test", "q": "AZOTU"}
    )

    assert titles(found) == ["Gaszenie hałdy"]


def test_unknown_filter_values_are_ignored(db):
    ArticleFactory(title="Jedyny")

    found = selectors.article_list_visible(user=_anonymous(), filters={"kind": "poezja", "competence": "brak"})

    assert titles(found) == ["Jedyny"]


def test_related_articles_are_visible_ones_with_the_biggest_competence_overlap(db, olek):
    a, b, c = CompetenceFactory.create_batch(3)
    article = ArticleFactory(competences=[a, b, c])
    ArticleFactory(title="Dwie wspólne", competences=[a, b])
    ArticleFactory(title="Jedna wspólna", competences=[c])
    ArticleFactory(title="Żadnej", competences=[CompetenceFactory()])
    ArticleFactory(title="Dla członków", competences=[a, b, c], visibility=Visibility.MEMBERS)
    DraftArticleFactory(title="Szkic", competences=[a, b, c])

    related = selectors.related_articles(article=article, user=olek)

    assert titles(related) == ["Dwie wspólne", "Jedna wspólna"]


def test_related_challenges_respect_challenge_visibility_and_skip_drafts_and_archived(db, olek, ewa):
    soil, water = CompetenceFactory.create_batch(2)
    article = ArticleFactory(competences=[soil, water])
    ChallengeFactory(title="Obie kompetencje", competences=[soil, water])
    ChallengeFactory(title="Jedna kompetencja", competences=[water], status=ChallengeStatus.SOLVED)
    ChallengeFactory(title="Dla członków", competences=[soil], visibility=Visibility.MEMBERS)
    ChallengeFactory(title="Zarchiwizowane", competences=[soil], status=ChallengeStatus.ARCHIVED)
    DraftChallengeFactory(title="Szkic", competences=[soil])
    ChallengeFactory(title="Bez związku", competences=[CompetenceFactory()])

    assert [c.title for c in selectors.related_challenges(article=article, user=olek)] == [
        "Obie kompetencje",
        "Jedna kompetencja",
    ]
    assert "Dla członków" in [c.title for c in selectors.related_challenges(article=article, user=ewa)]


def test_an_article_without_competences_has_nothing_related(db, olek):
    article = ArticleFactory()
    ChallengeFactory()

    assert selectors.related_articles(article=article, user=olek) == []
    assert selectors.related_challenges(article=article, user=olek) == []


def test_the_review_queue_holds_articles_in_review_the_longest_waiting_first(db):
    DraftArticleFactory(title="Później", status=ArticleStatus.IN_REVIEW, submitted_at="2026-02-01T10:00:00Z")
    DraftArticleFactory(title="Wcześniej", status=ArticleStatus.IN_REVIEW, submitted_at="2026-01-01T10:00:00Z")
    DraftArticleFactory(title="Szkic")

    assert titles(selectors.article_list_in_review()) == ["Wcześniej", "Później"]


def test_author_candidates_are_the_people_of_the_given_organisations(celina, bogdan, ewa, ziemia, dawid):
    assert selectors.author_candidates(organisations=[ziemia]) == sorted(
        [celina, bogdan], key=lambda p: (p.last_name, p.first_name)
    )
    assert dawid in selectors.author_candidates(organisations=[ziemia], include=[dawid])


def _anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()
