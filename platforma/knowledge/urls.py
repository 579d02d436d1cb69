from django.urls import path

from .views import articles, files, history, review

app_name = "knowledge"
urlpatterns = [
    path("", articles.article_list, name="list"),
    path("nowy/", articles.article_create, name="create"),
    path("moje/", articles.my_articles, name="mine"),
    path("do-recenzji/", review.review_queue, name="review_queue"),
    # The id is the stable address; the slug after it only makes the address readable.
    path("<int:pk>/", articles.article_permalink, name="permalink"),
    path("<int:pk>-<slug:slug>/", articles.article_detail, name="detail"),
    path("<int:pk>/edytuj/", articles.article_edit, name="edit"),
    path("<int:pk>/do-recenzji/", review.article_submit, name="submit"),
    path("<int:pk>/wycofaj-z-recenzji/", review.article_withdraw, name="withdraw"),
    path("<int:pk>/recenzja/", review.article_review, name="review"),
    path("<int:pk>/wycofaj-publikacje/", review.article_unpublish, name="unpublish"),
    path("<int:pk>/historia/", history.version_list, name="versions"),
    path("<int:pk>/historia/porownanie/", history.version_compare, name="compare"),
    path("<int:pk>/historia/<int:number>/", history.version_detail, name="version"),
    path("<int:pk>/pliki/", files.article_files, name="files"),
    path("<int:pk>/pliki/obraz/", files.image_upload, name="image_upload"),
    path("<int:pk>/pliki/zalacznik/", files.attachment_upload, name="attachment_upload"),
    path("<int:pk>/pliki/obraz/<int:image_pk>/usun/", files.image_delete, name="image_delete"),
    path("<int:pk>/pliki/zalacznik/<int:attachment_pk>/usun/", files.attachment_delete, name="attachment_delete"),
    path("<int:pk>/obrazy/<int:image_pk>/", files.image_file, name="image"),
    path("<int:pk>/zalaczniki/<int:attachment_pk>/", files.attachment_file, name="attachment"),
]
