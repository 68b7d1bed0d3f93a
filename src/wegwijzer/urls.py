from django.contrib import admin
from django.urls import include, path

from wegwijzer.api.urls import api

urlpatterns = [
    path("", include("wegwijzer.core.urls")),
    path("account/", include("wegwijzer.accounts.urls")),
    path("coach/", include("wegwijzer.coaching.urls")),
    path("organisatie/", include("wegwijzer.insight.urls")),
    path("scan/", include("wegwijzer.scan.urls")),
    path("aanbod/", include("wegwijzer.catalogue.urls")),
    path("api/v1/", api.urls),
    path("beheer/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]
