from django.urls import path

from . import views

app_name = "insight"

urlpatterns = [
    path("", views.organisation, name="organisation"),
    path("plannen/", views.shared_plans, name="shared_plans"),
    path("plannen/<int:person_id>/", views.person, name="person"),
]
