from django.urls import path

from . import views

app_name = "budget"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("reserveren/<int:offer_id>/", views.reserve, name="reserve"),
    path("reservering/<int:pk>/bevestigen/", views.confirm, name="confirm"),
    path("reservering/<int:pk>/annuleren/", views.cancel, name="cancel"),
    path("organisatie/", views.organisation, name="organisation"),
    path("geven/", views.grant_links, name="grant_links"),
    path("geven/<int:pk>/", views.grant_link, name="grant_link"),
    path("geven/<int:pk>/stoppen/", views.stop_grant_link, name="stop_grant_link"),
    path("geven/<int:pk>/aan-persoon/", views.give, name="give"),
    path("aanmeldingen/", views.provider, name="provider"),
    path("aanmeldingen/<int:pk>/bevestigen/", views.provider_confirm, name="provider_confirm"),
    path("aanmeldingen/<int:pk>/niet-aangemeld/", views.provider_reject, name="provider_reject"),
    path("code/", views.claim, name="claim"),
    path("code/<str:code>/", views.claim_link, name="claim_link"),
]
