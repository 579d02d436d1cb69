import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from platforma.core.models import Visibility
from platforma.knowledge.models import ArticleAttachment, ArticleImage
from platforma.knowledge.tests.factories import ArticleFactory, DraftArticleFactory
from platforma.knowledge.tests.test_files import CSV, PDF

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    return tmp_path


def png(name: str = "halda.png") -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", (20, 10), (30, 120, 60)).save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_an_author_adds_an_image_with_alt_text(client_for, celina):
    article = DraftArticleFactory(authors=[celina])

    response = client_for(celina).post(
        reverse("knowledge:image_upload", args=[article.pk]),
        {"image": png("zdjecie.html"), "alt_text": "Hałda po obsadzeniu trawą", "caption": "Radzionków, 2025"},
    )

    assert response.status_code == 302
    image = ArticleImage.objects.get()
    assert image.alt_text == "Hałda po obsadzeniu trawą"
    # The stored extension comes from the content, not from the uploaded name.
    assert image.image.name.endswith(".png")
    served = client_for(celina).get(image.get_absolute_url())
    assert served.status_code == 200
    assert served["Content-Type"] == "image/png"


def test_a_fake_image_is_refused_in_polish_and_nothing_is_stored(client_for, celina):
    article = DraftArticleFactory(authors=[celina])

    response = client_for(celina).post(
        reverse("knowledge:image_upload", args=[article.pk]),
        {"image": SimpleUploadedFile("foto.png", b"<svg onload=alert(1)>"), "alt_text": "Hałda"},
    )

    page = response.content.decode()
    assert response.status_code == 200
    assert "Ten plik nie jest obrazem PNG, JPEG, WebP ani GIF." in page
    assert 'value="Hałda"' in page
    assert not ArticleImage.objects.exists()


def test_an_author_adds_a_pdf_and_a_csv_which_readers_download(client_for, client, celina):
    article = DraftArticleFactory(authors=[celina])
    browser = client_for(celina)

    browser.post(
        reverse("knowledge:attachment_upload", args=[article.pk]),
        {"file": SimpleUploadedFile("Raport 2025.pdf", PDF), "title": "Raport z monitoringu"},
    )
    browser.post(
        reverse("knowledge:attachment_upload", args=[article.pk]), {"file": SimpleUploadedFile("dane.csv", CSV)}
    )

    pdf, csv = ArticleAttachment.objects.order_by("pk")
    assert (pdf.title, pdf.file_format, pdf.original_name, pdf.size) == (
        "Raport z monitoringu",
        "pdf",
        "Raport 2025.pdf",
        len(PDF),
    )
    assert (csv.title, csv.file_format) == ("dane", "csv")
    download = browser.get(pdf.get_absolute_url())
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert "attachment" in download["Content-Disposition"]
    assert b"".join(download.streaming_content) == PDF
    # A draft's attachment is as private as the draft.
    assert client.logout() is None
    assert client.get(pdf.get_absolute_url()).status_code == 404


def test_a_renamed_file_is_refused_as_an_attachment(client_for, celina):
    article = DraftArticleFactory(authors=[celina])

    response = client_for(celina).post(
        reverse("knowledge:attachment_upload", args=[article.pk]),
        {"file": SimpleUploadedFile("dane.xlsx", PDF), "title": "Dane"},
    )

    assert "nie jest poprawnym arkuszem" in response.content.decode()
    assert not ArticleAttachment.objects.exists()


def test_files_of_a_members_only_article_stay_inside_the_cluster(client, client_for, celina, ewa, olek):
    article = ArticleFactory(authors=[celina], visibility=Visibility.MEMBERS)
    attachment = ArticleAttachment.objects.create(
        article=article, file=SimpleUploadedFile("zalacznik.pdf", PDF), title="Dane", file_format="pdf", size=len(PDF)
    )

    assert client_for(olek).get(attachment.get_absolute_url()).status_code == 404
    assert client_for(ewa).get(attachment.get_absolute_url()).status_code == 200


def test_the_files_page_is_for_those_who_may_edit(client_for, celina, bogdan):
    article = DraftArticleFactory(authors=[celina])
    url = reverse("knowledge:files", args=[article.pk])

    assert client_for(celina).get(url).status_code == 200
    assert client_for(bogdan).get(url).status_code == 404


def test_readers_cannot_upload_to_a_published_article(client_for, ewa, celina):
    article = ArticleFactory(authors=[celina])

    response = client_for(ewa).post(
        reverse("knowledge:attachment_upload", args=[article.pk]), {"file": SimpleUploadedFile("r.pdf", PDF)}
    )

    assert response.status_code == 403
    assert not ArticleAttachment.objects.exists()


def test_deleting_an_attachment_with_htmx_returns_the_files_fragment(
    client_for, celina, media, django_capture_on_commit_callbacks
):
    article = DraftArticleFactory(authors=[celina])
    attachment = ArticleAttachment.objects.create(
        article=article, file=SimpleUploadedFile("zalacznik.pdf", PDF), title="Stary raport", file_format="pdf"
    )
    stored = media / attachment.file.name

    with django_capture_on_commit_callbacks(execute=True):
        response = client_for(celina).post(
            reverse("knowledge:attachment_delete", args=[article.pk, attachment.pk]), headers={"HX-Request": "true"}
        )

    page = response.content.decode()
    assert page.lstrip().startswith('<section id="files"')
    assert "Usunięto załącznik „Stary raport”." in page
    assert not ArticleAttachment.objects.exists()
    assert not stored.exists()


def test_deleting_an_image_without_javascript_redirects_back(client_for, celina):
    article = DraftArticleFactory(authors=[celina])
    image = ArticleImage.objects.create(article=article, image=png(), alt_text="Hałda")

    response = client_for(celina).post(reverse("knowledge:image_delete", args=[article.pk, image.pk]))

    assert response.status_code == 302
    assert response["Location"] == reverse("knowledge:files", args=[article.pk])
    assert not ArticleImage.objects.exists()


def test_a_non_author_cannot_delete_files(client_for, celina, bogdan):
    article = ArticleFactory(authors=[celina])
    image = ArticleImage.objects.create(article=article, image=png(), alt_text="Hałda")

    response = client_for(bogdan).post(reverse("knowledge:image_delete", args=[article.pk, image.pk]))

    assert response.status_code == 403
    assert ArticleImage.objects.exists()


def test_a_file_of_another_article_is_404(client_for, celina):
    first = DraftArticleFactory(authors=[celina])
    second = DraftArticleFactory(authors=[celina])
    image = ArticleImage.objects.create(article=first, image=png(), alt_text="Hałda")

    assert client_for(celina).get(reverse("knowledge:image", args=[second.pk, image.pk])).status_code == 404
