import pytest
from django.core.exceptions import ValidationError

from platforma.community import targets
from platforma.community.news import services
from platforma.community.news.models import News, NewsStatus
from platforma.community.news.tests.factories import DraftNewsFactory, NewsFactory, fake_image_upload, png_upload
from platforma.community.notifications.models import Activity, Notification
from platforma.community.notifications.selectors_activity import activity_list_visible
from platforma.community.notifications.services import follow_create
from platforma.core.models import Visibility
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db


def create(author, **overrides):
    kwargs = {
        "author": author,
        "title": "  Rusza remediacja gleb w Piekarach  ",
        "lead": "Gmina i dwie firmy klastra oczyszczą 3 ha ogródków działkowych z cynku i ołowiu.",
        "body": "## Plan\n\nWapnowanie i nasadzenia.",
    }
    return services.news_create(**(kwargs | overrides))


def test_a_member_saves_a_draft_that_notifies_nobody(celina, ziemia, django_capture_on_commit_callbacks):
    competence = CompetenceFactory()
    with django_capture_on_commit_callbacks(execute=True):
        news = create(celina, organisation=ziemia, competences=[competence])

    news.refresh_from_db()
    assert news.status == NewsStatus.DRAFT
    assert news.title == "Rusza remediacja gleb w Piekarach"
    assert news.published_at is None
    assert list(news.competences.all()) == [competence]
    assert not Activity.objects.exists()


def test_submitting_notifies_the_coordinators_at_once(celina, anna, ziemia, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        news = create(celina, organisation=ziemia, submit=True)

    assert news.status == NewsStatus.SUBMITTED
    assert news.submitted_at is not None
    notification = Notification.objects.get()
    assert notification.recipient == anna
    assert notification.activity.verb == "news.submitted"
    assert notification.delivery == "immediate"
    assert notification.activity.in_stream is False


def test_publishing_tells_followers_of_its_competences_and_organisation_and_the_author(
    celina, anna, dawid, ewa, olek, ziemia, django_capture_on_commit_callbacks
):
    competence = CompetenceFactory()
    follow_create(user=dawid, target=competence)
    follow_create(user=ewa, target=ziemia)
    news = DraftNewsFactory(author=celina, organisation=ziemia, status=NewsStatus.SUBMITTED, competences=[competence])

    with django_capture_on_commit_callbacks(execute=True):
        services.news_publish(news=news, by=anna)

    news.refresh_from_db()
    assert news.status == NewsStatus.PUBLISHED
    assert news.published_at is not None
    received = set(Notification.objects.values_list("recipient__email", "activity__verb"))
    assert received == {
        (dawid.email, "news.published"),
        (ewa.email, "news.published"),
        (celina.email, "news.reviewed"),
    }
    assert Notification.objects.get(recipient=dawid).delivery == "weekly"
    assert Notification.objects.get(recipient=celina).delivery == "immediate"


def test_followers_who_may_not_see_a_members_only_item_are_not_told(
    celina, anna, dawid, ewa, django_capture_on_commit_callbacks
):
    competence = CompetenceFactory()
    follow_create(user=dawid, target=competence)
    follow_create(user=ewa, target=competence)
    news = DraftNewsFactory(author=anna, visibility=Visibility.MEMBERS, competences=[competence])

    with django_capture_on_commit_callbacks(execute=True):
        services.news_publish(news=news, by=anna)

    assert list(Notification.objects.values_list("recipient__email", flat=True)) == [ewa.email]


def test_the_coordinator_publishes_directly_without_notifying_herself(anna, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        news = create(anna, publish=True)

    assert news.status == NewsStatus.PUBLISHED
    assert Activity.objects.get().verb == "news.published"
    assert not Notification.objects.exists()


def test_returning_needs_a_note_and_tells_the_author(celina, anna, django_capture_on_commit_callbacks):
    news = DraftNewsFactory(author=celina, status=NewsStatus.SUBMITTED)

    with pytest.raises(ValidationError, match="co trzeba poprawić"):
        services.news_return(news=news, by=anna, note="   ")
    news.refresh_from_db()
    assert news.status == NewsStatus.SUBMITTED

    with django_capture_on_commit_callbacks(execute=True):
        services.news_return(news=news, by=anna, note="Dodajcie wyniki badań gleby.")

    news.refresh_from_db()
    assert news.status == NewsStatus.RETURNED
    assert news.review_note == "Dodajcie wyniki badań gleby."
    notification = Notification.objects.get()
    assert (notification.recipient, notification.activity.verb) == (celina, "news.reviewed")


def test_resubmitting_a_returned_item_and_publishing_clears_the_note(celina, anna):
    news = DraftNewsFactory(author=celina, status=NewsStatus.RETURNED, review_note="Popraw tytuł.")

    services.news_submit(news=news, by=celina)
    services.news_publish(news=news, by=anna)

    news.refresh_from_db()
    assert (news.status, news.review_note) == (NewsStatus.PUBLISHED, "")


@pytest.mark.parametrize(
    ("status", "action"),
    [
        (NewsStatus.SUBMITTED, "submit"),
        (NewsStatus.PUBLISHED, "submit"),
        (NewsStatus.PUBLISHED, "publish"),
        (NewsStatus.DRAFT, "return"),
        (NewsStatus.DRAFT, "unpublish"),
    ],
)
def test_transitions_from_the_wrong_status_are_refused_with_a_polish_message(anna, celina, status, action):
    news = NewsFactory(author=celina, status=status)
    before = (news.status, news.published_at)
    call = {
        "submit": lambda: services.news_submit(news=news, by=celina),
        "publish": lambda: services.news_publish(news=news, by=anna),
        "return": lambda: services.news_return(news=news, by=anna, note="Uwaga."),
        "unpublish": lambda: services.news_unpublish(news=news, by=anna),
    }[action]

    with pytest.raises(ValidationError, match="Nie można zmienić statusu aktualności"):
        call()

    news.refresh_from_db()
    assert (news.status, news.published_at) == before


def test_unpublishing_takes_it_back_to_a_draft(celina):
    news = NewsFactory(author=celina)

    services.news_unpublish(news=news, by=celina)

    news.refresh_from_db()
    assert (news.status, news.published_at) == (NewsStatus.DRAFT, None)


def test_the_author_cannot_change_a_submitted_item_but_the_coordinator_can(celina, anna):
    news = DraftNewsFactory(author=celina, status=NewsStatus.SUBMITTED, title="Stary tytuł")
    fields = {"title": "Nowy tytuł", "lead": "Zajawka.", "body": "Treść."}

    with pytest.raises(ValidationError, match="nie można teraz zmieniać"):
        services.news_update(news=news, by=celina, **fields)
    assert News.objects.get(pk=news.pk).title == "Stary tytuł"

    services.news_update(news=news, by=anna, **fields)
    assert News.objects.get(pk=news.pk).title == "Nowy tytuł"


def test_members_only_is_the_narrowest_visibility(celina):
    with pytest.raises(ValidationError):
        create(celina, visibility=Visibility.RESTRICTED)
    assert not News.objects.exists()


def test_an_image_is_stored_under_a_random_name_after_its_real_format(celina):
    news = create(celina, image=png_upload("moje zdjęcie.jpeg"), image_alt="Hałda porośnięta trawą")

    assert news.image.name.startswith("aktualnosci/")
    assert news.image.name.endswith(".png")
    assert "zdj" not in news.image.name
    assert news.image_alt == "Hałda porośnięta trawą"


def test_an_image_needs_a_description(celina):
    with pytest.raises(ValidationError) as error:
        create(celina, image=png_upload(), image_alt=" ")
    assert "image_alt" in error.value.message_dict
    assert not News.objects.exists()


def test_a_file_that_is_not_an_image_is_refused_by_the_service_too(celina):
    with pytest.raises(ValidationError, match="nie jest obrazem"):
        create(celina, image=fake_image_upload(), image_alt="Coś")
    assert not News.objects.exists()


def test_replacing_and_removing_the_image_deletes_the_old_file_after_commit(celina, django_capture_on_commit_callbacks):
    news = create(celina, image=png_upload(), image_alt="Pierwsze")
    storage, first = news.image.storage, news.image.name
    fields = {"title": news.title, "lead": news.lead, "body": news.body}

    with django_capture_on_commit_callbacks(execute=True):
        services.news_update(news=news, by=celina, image=png_upload(), image_alt="Drugie", **fields)
    second = news.image.name
    assert second != first
    assert not storage.exists(first)
    assert storage.exists(second)

    with django_capture_on_commit_callbacks(execute=True):
        services.news_update(news=news, by=celina, remove_image=True, **fields)
    news.refresh_from_db()
    assert (news.image.name, news.image_alt) == ("", "")
    assert not storage.exists(second)


def test_news_is_a_commentable_target_seen_through_its_own_rule(celina, olek):
    draft = DraftNewsFactory(author=celina)
    target_type = targets.type_of(draft)

    assert target_type is not None
    assert (target_type.commentable, target_type.followable) == (True, False)
    assert targets.can_view(celina, draft) is True
    assert targets.can_view(olek, draft) is False


def test_a_published_item_reads_as_a_sentence_in_the_organisations_activity_stream(anna, ziemia):
    news = DraftNewsFactory(title="Nasadzenia na hałdzie zakończone", organisation=ziemia)
    services.news_publish(news=news, by=anna)

    rows = activity_list_visible(user=anna, organisation=ziemia)

    assert [row.text for row in rows] == [
        f"Organizacja {ziemia.name} opublikowała aktualność: Nasadzenia na hałdzie zakończone"
    ]
