from django.urls import path

from . import views

app_name = "skills"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("zoeken/", views.search, name="search"),
    path("vraag/<slug:question>/", views.question, name="question"),
    path("vraag/<slug:question>/kiezen/", views.choose, name="choose"),
    path("<int:pk>/weg/", views.remove, name="remove"),
    path("<int:pk>/laten-bevestigen/", views.ask_confirmation, name="ask_confirmation"),
    path("bevestigen/<str:code>/", views.confirm, name="confirm"),
]
