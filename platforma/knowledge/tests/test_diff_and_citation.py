from datetime import date, datetime
from zoneinfo import ZoneInfo

from platforma.accounts.tests.factories import UserFactory
from platforma.knowledge.citation import citation_line
from platforma.knowledge.diff import DiffLine, has_changes, line_diff
from platforma.knowledge.models import reading_minutes
from platforma.knowledge.tests.factories import ArticleFactory


def test_a_line_diff_marks_removed_and_added_lines():
    lines = line_diff("Cel\nstary wiersz\nkoniec", "Cel\nnowy wiersz\nkoniec")

    assert lines == [
        DiffLine("equal", "Cel"),
        DiffLine("delete", "stary wiersz"),
        DiffLine("insert", "nowy wiersz"),
        DiffLine("equal", "koniec"),
    ]
    assert has_changes(lines)


def test_long_unchanged_runs_are_collapsed_around_the_change():
    old = "\n".join(f"wiersz {n}" for n in range(20))
    new = old.replace("wiersz 10", "wiersz dziesiąty")

    lines = line_diff(old, new)

    assert lines[0] == DiffLine("skip", "", skipped=7)
    assert [line.text for line in lines[1:4]] == ["wiersz 7", "wiersz 8", "wiersz 9"]
    assert lines[-1] == DiffLine("skip", "", skipped=6)


def test_identical_texts_have_no_changes():
    assert not has_changes(line_diff("a\nb", "a\nb"))


def test_reading_time_is_two_hundred_words_a_minute_and_at_least_one():
    assert [reading_minutes(words) for words in (0, 1, 200, 201, 950)] == [1, 1, 1, 2, 5]


def test_an_article_says_its_reading_time_in_polish(db):
    article = ArticleFactory(body=" ".join(["słowo"] * 401))

    assert article.word_count == 401
    assert article.reading_time == "3 min czytania"


def test_the_citation_names_authors_year_title_platform_stable_address_and_access_date(db, settings):
    settings.SITE_URL = "https://platforma.example"
    first = UserFactory(first_name="Irena", last_name="Kowalczyk")
    second = UserFactory(first_name="Michał", last_name="Wilk")
    article = ArticleFactory(
        authors=[first, second],
        title="Fitostabilizacja hałd cynkowo-ołowiowych",
        published_at=datetime(2026, 3, 5, 12, tzinfo=ZoneInfo("Europe/Warsaw")),
    )

    line = citation_line(article, accessed=date(2026, 11, 28))

    assert line == (
        "Kowalczyk I., Wilk M. (2026). Fitostabilizacja hałd cynkowo-ołowiowych. Platforma Środowiskowa, "
        "Śląski Klaster Rewitalizacji i Technologii Środowiskowych. "
        f"https://platforma.example/wiedza/{article.pk}-fitostabilizacja-hald-cynkowo-olowiowych/ "
        "(dostęp: 28.11.2026)"
    )


def test_without_people_the_organisations_are_cited(db, ziemia):
    article = ArticleFactory(organisations=[ziemia], title="Raport roczny?")

    line = citation_line(article, accessed=date(2026, 1, 2))

    assert line.startswith("Ziemia Czysta sp. z o.o. (")
    assert "Raport roczny? Platforma" in line
