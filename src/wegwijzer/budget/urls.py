from django.urls import path

from . import views

app_name = "budget"

urlpatterns = [
    path("", views.mine, name="mine"),
    path("reserveren/<int:offer_id>/", views.reserve, name="reserve"),
    path("reservering/<int:pk>/bevestigen/", views.confirm, name="confirm"),
    path("reservering/<int:pk>/annuleren/", views.cancel, name="cancel"),
    path("organisatie/", views.organisation, name="organisation"),
]
