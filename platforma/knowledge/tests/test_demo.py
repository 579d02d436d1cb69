import pytest
from django.core.management import call_command
from django.utils import timezone

from platforma.knowledge.demo import KnowledgeDemoError, load_demo
from platforma.knowledge.demo_articles import ARTICLES
from platforma.knowledge.models import Article, ArticleKind, ArticleStatus, ArticleVersion, count_words
from platforma.knowledge.permissions import can_view
from platforma.knowledge.selectors import related_challenges

pytestmark = pytest.mark.django_db


def test_the_demo_knowledge_base_loads_on_top_of_the_demo_cluster(django_capture_on_commit_callbacks, mailoutbox):
    call_command("seed_demo", "--cluster-only", stdout=open("/dev/null", "w"))  # noqa: SIM115 - the command's chatter is not tested here

    with django_capture_on_commit_callbacks(execute=True):
        counts = load_demo(now=timezone.now())

    assert counts["articles"] == len(ARTICLES) == Article.objects.count()
    assert counts["published"] >= 20
    assert counts["versions"] == ArticleVersion.objects.count() > counts["articles"]
    assert {a.kind for a in Article.objects.published()} == set(ArticleKind.values)
    assert set(Article.objects.values_list("status", flat=True)) == set(ArticleStatus.values)
    assert mailoutbox == []
    # Every article has authors, a history that ends in its status, and dates in the past.
    for article in Article.objects.prefetch_related("author_links", "status_changes"):
        assert article.author_links.all()
        assert list(article.status_changes.all())[-1].to_status == article.status
        assert article.created_at <= timezone.now()
        if article.is_published:
            assert article.published_at <= timezone.now()
            assert can_view(_anonymous(), article) is (article.visibility == "public")
    # Articles meet challenges of the demo cluster through their competences.
    fito = Article.objects.get(title__startswith="Fitostabilizacja hałdy cynkowo-ołowiowej")
    assert related_challenges(article=fito, user=_anonymous())

    assert load_demo(now=timezone.now()) == {}
    assert Article.objects.count() == len(ARTICLES)


def test_without_the_demo_cluster_nothing_is_written():
    with pytest.raises(KnowledgeDemoError):
        load_demo(now=timezone.now())

    assert not Article.objects.exists()


@pytest.mark.parametrize("data", ARTICLES, ids=lambda data: data["title"][:40])
def test_demo_articles_are_between_150_and_400_words(data):
    assert 150 <= count_words(data["body"]) <= 400


def _anonymous():
    from django.contrib.auth.models import AnonymousUser

    return AnonymousUser()
