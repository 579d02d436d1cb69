import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from platforma.core.models import Visibility
from platforma.knowledge.models import (
    Article,
    ArticleAuthor,
    ArticleKind,
    ArticleStatus,
    ArticleStatusChange,
    ArticleVersion,
)
from platforma.knowledge.services import article_slug


class ArticleFactory(DjangoModelFactory):
    """A published public article; pass `authors=[...]`, `organisations=[...]`, `competences=[...]`."""

    class Meta:
        model = Article
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Fitostabilizacja gleb skażonych cynkiem, przykład {n}")
    slug = factory.LazyAttribute(lambda article: article_slug(article.title))
    kind = ArticleKind.GOOD_PRACTICE
    summary = "Jak obsadzić zwałowisko odpadów cynkowo-ołowiowych trawami metalotolerancyjnymi."
    body = "## Cel\n\nOgraniczyć pylenie z hałdy.\n\n## Wynik\n\nPo dwóch latach pokrycie roślinnością 80%."
    visibility = Visibility.PUBLIC
    status = ArticleStatus.PUBLISHED
    published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def authors(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            ArticleAuthor.objects.bulk_create(
                [ArticleAuthor(article=self, user=user, position=index) for index, user in enumerate(extracted)]
            )

    @factory.post_generation
    def organisations(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.organisations.set(extracted)

    @factory.post_generation
    def competences(self, create: bool, extracted: list | None, **kwargs: object) -> None:
        if create and extracted:
            self.competences.set(extracted)


class DraftArticleFactory(ArticleFactory):
    status = ArticleStatus.DRAFT
    published_at = None


class ArticleVersionFactory(DjangoModelFactory):
    class Meta:
        model = ArticleVersion

    article = factory.SubFactory(ArticleFactory)
    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda version: version.article.title)
    summary = factory.LazyAttribute(lambda version: version.article.summary)
    body = factory.LazyAttribute(lambda version: version.article.body)


class ArticleStatusChangeFactory(DjangoModelFactory):
    class Meta:
        model = ArticleStatusChange

    article = factory.SubFactory(ArticleFactory)
    from_status = ArticleStatus.DRAFT
    to_status = ArticleStatus.IN_REVIEW


def make_articles(count: int, *, authors=(), organisations=(), competences=(), **fields) -> list[Article]:
    """`count` articles in a handful of queries, for the tests that measure queries at 100 rows.

    `fields` may hold callables of the row's index, e.g. `status=lambda i: ...`.
    """
    articles = []
    for index in range(count):
        values = {key: value(index) if callable(value) else value for key, value in fields.items()}
        article = ArticleFactory.build(**values)
        article.word_count = 20
        articles.append(article)
    created = Article.objects.bulk_create(articles)
    ArticleAuthor.objects.bulk_create(
        [ArticleAuthor(article=a, user=user, position=i) for a in created for i, user in enumerate(authors)]
    )
    Article.organisations.through.objects.bulk_create(
        [Article.organisations.through(article=a, organisation=o) for a in created for o in organisations]
    )
    Article.competences.through.objects.bulk_create(
        [Article.competences.through(article=a, competence=c) for a in created for c in competences]
    )
    return created
