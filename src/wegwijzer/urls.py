from django.contrib import admin
from django.urls import include, path

from wegwijzer.api.urls import api
from wegwijzer.credentials.views import jwks

urlpatterns = [
    path("", include("wegwijzer.core.urls")),
    path("account/", include("wegwijzer.accounts.urls")),
    path("coach/", include("wegwijzer.coaching.urls")),
    path("organisatie/", include("wegwijzer.insight.urls")),
    path("scan/", include("wegwijzer.scan.urls")),
    path("aanbod/", include("wegwijzer.catalogue.urls")),
    path("geld/", include("wegwijzer.funding.urls")),
    path("ontwikkelbudget/", include("wegwijzer.budget.urls")),
    path("vaardigheden/", include("wegwijzer.skills.urls")),
    path("bewijzen/", include("wegwijzer.credentials.urls")),
    path("werk/", include("wegwijzer.labour.urls")),
    path("verhalen/", include("wegwijzer.stories.urls")),
    path(".well-known/jwks.json", jwks, name="credentials_jwks"),
    path("api/v1/", api.urls),
    path("beheer/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

# Error pages in Wegwijzer's own style and in Dutch, with a way back (core/views.py); the API keeps its JSON shape.
handler403 = "wegwijzer.core.views.permission_denied"
handler404 = "wegwijzer.core.views.page_not_found"
handler500 = "wegwijzer.core.views.server_error"
