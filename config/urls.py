from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language

from platforma.core import views as core_views

handler403 = "platforma.core.views.error_403"
handler404 = "platforma.core.views.error_404"
handler500 = "platforma.core.views.error_500"

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
]

# Polish paths at the root, the same paths under /en/ for English.
urlpatterns += i18n_patterns(
    path("", include("platforma.portal.urls")),
    path("organizacje/", include("platforma.organisations.urls")),
    path("wyzwania/", include("platforma.challenges.urls")),
    path("kontakt/", include("platforma.contact.urls")),
    path("przedsiewziecia/", include("platforma.initiatives.urls")),
    path("grupy/", include("platforma.initiatives.group_urls")),
    path("zasoby/", include("platforma.resources.urls")),
    path("nabory/", include("platforma.opencalls.urls")),
    path("wiedza/", include("platforma.knowledge.urls")),
    path("praca/", include("platforma.talent.urls")),
    path("specjalisci/", include("platforma.talent.specialist_urls")),
    path("szukaj/", include("platforma.search.urls")),
    path("dopasowania/", include("platforma.matching.urls")),
    path("aktualnosci/", include("platforma.community.news.urls")),
    path("wydarzenia/", include("platforma.community.events.urls")),
    path("wydarzenia/", include("platforma.community.b2b.urls")),
    path("komentarze/", include("platforma.community.comments.urls")),
    path("powiadomienia/", include("platforma.community.notifications.urls")),
    path("konto/", include("platforma.accounts.urls")),
    path("konto/", include("allauth.urls")),
    path("panel/", include("platforma.portal.panel_urls")),
    path("panel/czlonkostwo/", include("platforma.organisations.panel_urls")),
    path("panel/wyzwania/", include("platforma.challenges.panel_urls")),
    path("panel/zapytania/", include("platforma.contact.panel_urls")),
    path("panel/dopasowania/", include("platforma.matching.panel_urls")),
    path("panel/aktualnosci/", include("platforma.community.news.panel_urls")),
    path("panel/komentarze/", include("platforma.community.comments.panel_urls")),
    path("panel/b2b/", include("platforma.community.b2b.panel_urls")),
    path("admin/", admin.site.urls),
    prefix_default_language=False,
)

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
