import pytest
from django.urls import reverse

from platforma.community.news.models import News, NewsStatus
from platforma.community.news.tests.factories import DraftNewsFactory, NewsFactory, fake_image_upload, png_upload
from platforma.community.notifications.models import Activity
from platforma.core.models import Visibility
from platforma.taxonomy.tests.factories import CompetenceFactory

pytestmark = pytest.mark.django_db
CREATE = reverse("news:create")


def form_data(**overrides):
    data = {
        "title": "Dotacja na rekultywację hałdy w Rudzie Śląskiej",
        "lead": "Klaster pozyskał 2,4 mln zł z funduszy regionalnych.",
        "body": "## Co dalej\n\nPrzetarg w marcu.",
        "visibility": Visibility.PUBLIC,
        "image_alt": "",
        "action": "save",
    }
    return data | overrides


def test_a_member_writes_and_submits_news_for_her_organisation(
    client_for, celina, anna, ziemia, django_capture_on_commit_callbacks
):
    competence = CompetenceFactory()
    browser = client_for(celina)
    page = browser.get(CREATE).content.decode()
    assert "Zapisz i przekaż do zatwierdzenia" in page
    assert "Zapisz i opublikuj" not in page

    with django_capture_on_commit_callbacks(execute=True):
        response = browser.post(CREATE, form_data(action="submit", organisation=ziemia.pk, competences=[competence.pk]))

    news = News.objects.get()
    assert response.status_code == 302
    assert response["Location"] == news.get_absolute_url()
    assert (news.status, news.author, news.organisation) == (NewsStatus.SUBMITTED, celina, ziemia)
    assert list(news.competences.all()) == [competence]
    assert anna.notifications.get().activity.verb == "news.submitted"


def test_a_member_cannot_publish_by_crafting_the_action(client_for, celina, ziemia):
    client_for(celina).post(CREATE, form_data(action="publish", organisation=ziemia.pk))
    assert News.objects.get().status == NewsStatus.DRAFT


def test_a_member_cannot_write_for_someone_elses_organisation(client_for, celina, woda):
    response = client_for(celina).post(CREATE, form_data(organisation=woda.pk))

    assert response.status_code == 200
    assert "Nie możesz pisać w imieniu tej organizacji." in response.content.decode()
    assert not News.objects.exists()


def test_the_coordinator_publishes_directly_for_the_whole_cluster(client_for, anna):
    response = client_for(anna).post(CREATE, form_data(action="publish"))

    news = News.objects.get()
    assert response["Location"] == news.get_absolute_url()
    assert (news.status, news.organisation) == (NewsStatus.PUBLISHED, None)
    assert Activity.objects.get().verb == "news.published"


@pytest.mark.parametrize("role", ["olek", "dawid"])
def test_people_outside_the_cluster_may_not_write(client_for, person, role):
    browser = client_for(person(role))

    assert browser.get(CREATE).status_code == 403
    assert browser.post(CREATE, form_data()).status_code == 403
    assert not News.objects.exists()


def test_visitors_are_asked_to_log_in_and_nothing_is_saved(client):
    response = client.post(CREATE, form_data())
    assert response.status_code == 302
    assert "/konto/login/" in response["Location"]
    assert not News.objects.exists()


def test_a_file_that_is_not_an_image_is_refused_in_polish_and_the_text_is_kept(client_for, celina, ziemia):
    data = form_data(organisation=ziemia.pk, image=fake_image_upload(), image_alt="Hałda")

    response = client_for(celina).post(CREATE, data)

    assert response.status_code == 200
    page = response.content.decode()
    assert "Ten plik nie jest obrazem PNG, JPEG, WebP ani GIF." in page
    assert 'value="Dotacja na rekultywację hałdy w Rudzie Śląskiej"' in page
    assert "Klaster pozyskał 2,4 mln zł z funduszy regionalnych." in page
    assert 'value="Hałda"' in page
    assert not News.objects.exists()


def test_an_image_without_a_description_is_refused(client_for, celina, ziemia):
    response = client_for(celina).post(CREATE, form_data(organisation=ziemia.pk, image=png_upload()))

    assert "Opisz, co widać na zdjęciu" in response.content.decode()
    assert not News.objects.exists()


def test_an_image_with_a_description_is_saved(client_for, celina, ziemia):
    client_for(celina).post(CREATE, form_data(organisation=ziemia.pk, image=png_upload(), image_alt="Hałda"))

    news = News.objects.get()
    assert news.image.name.endswith(".png")
    assert news.image_alt == "Hałda"


def test_the_author_edits_a_returned_item_and_resubmits_it(client_for, celina, ziemia):
    news = DraftNewsFactory(author=celina, organisation=ziemia, status=NewsStatus.RETURNED, review_note="Popraw.")
    url = reverse("news:edit", args=[news.pk])
    browser = client_for(celina)
    assert "Popraw." in browser.get(url).content.decode()

    response = browser.post(url, form_data(title="Poprawiony tytuł", organisation=ziemia.pk, action="submit"))

    news.refresh_from_db()
    assert response["Location"] == news.get_absolute_url()
    assert (news.title, news.status) == ("Poprawiony tytuł", NewsStatus.SUBMITTED)


def test_the_author_keeps_the_image_when_editing_without_a_new_file(client_for, celina, ziemia):
    browser = client_for(celina)
    browser.post(CREATE, form_data(organisation=ziemia.pk, image=png_upload(), image_alt="Hałda"))
    news = News.objects.get()
    stored = news.image.name

    browser.post(
        reverse("news:edit", args=[news.pk]), form_data(title="Nowy", organisation=ziemia.pk, image_alt="Hałda nocą")
    )

    news.refresh_from_db()
    assert (news.title, news.image.name, news.image_alt) == ("Nowy", stored, "Hałda nocą")


@pytest.mark.parametrize("role", ["bogdan", "ewa", "olek"])
def test_others_may_not_edit_a_draft_and_nothing_changes(client_for, person, celina, role):
    news = DraftNewsFactory(author=celina, title="Szkic Celiny")
    url = reverse("news:edit", args=[news.pk])
    browser = client_for(person(role))

    assert browser.get(url).status_code == 404
    assert browser.post(url, form_data(title="Przejęte")).status_code == 404
    news.refresh_from_db()
    assert news.title == "Szkic Celiny"


def test_the_author_may_not_edit_a_submitted_item(client_for, celina):
    news = DraftNewsFactory(author=celina, status=NewsStatus.SUBMITTED, title="Czeka")
    url = reverse("news:edit", args=[news.pk])

    assert client_for(celina).post(url, form_data(title="Zmienione")).status_code == 403
    news.refresh_from_db()
    assert news.title == "Czeka"


def test_the_author_submits_a_draft_from_its_page(client_for, celina):
    news = DraftNewsFactory(author=celina)

    response = client_for(celina).post(reverse("news:submit", args=[news.pk]), follow=True)

    news.refresh_from_db()
    assert news.status == NewsStatus.SUBMITTED
    assert "przekazano koordynatorowi" in response.content.decode()


def test_a_colleague_cannot_submit_someone_elses_draft(client_for, celina, bogdan):
    news = DraftNewsFactory(author=celina)

    assert client_for(bogdan).post(reverse("news:submit", args=[news.pk])).status_code == 404
    news.refresh_from_db()
    assert news.status == NewsStatus.DRAFT


def test_a_visitor_posting_an_action_is_sent_to_log_in_and_nothing_changes(client):
    news = NewsFactory()

    for name in ("news:submit", "news:unpublish"):
        response = client.post(reverse(name, args=[news.pk]))
        assert response.status_code == 302
        assert "/konto/login/" in response["Location"]
    news.refresh_from_db()
    assert news.status == NewsStatus.PUBLISHED


def test_the_author_unpublishes_her_news(client_for, celina):
    news = NewsFactory(author=celina)

    client_for(celina).post(reverse("news:unpublish", args=[news.pk]))

    news.refresh_from_db()
    assert news.status == NewsStatus.DRAFT


def test_another_member_may_not_unpublish(client_for, celina, ewa):
    news = NewsFactory(author=celina)

    assert client_for(ewa).post(reverse("news:unpublish", args=[news.pk])).status_code == 403
    news.refresh_from_db()
    assert news.status == NewsStatus.PUBLISHED


def test_actions_answer_get_with_method_not_allowed(client_for, celina):
    news = DraftNewsFactory(author=celina)
    assert client_for(celina).get(reverse("news:submit", args=[news.pk])).status_code == 405
