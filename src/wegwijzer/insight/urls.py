from django.urls import path

from . import views

app_name = "insight"

urlpatterns = [
    path("", views.organisation, name="organisation"),
    path("uitnodigen/", views.invite, name="invite"),
    path("meedoen/", views.join, name="join"),
    path("leerklimaat/", views.climate, name="climate"),
    path("leerklimaat/vragenlijst/", views.survey, name="survey"),
    path("leerklimaat/samenvatting/", views.climate_print, name="climate_print"),
    path("leerklimaat/cijfers.csv", views.climate_csv, name="climate_csv"),
    path("scans/", views.scans, name="scans"),
    path("zoekopdrachten/", views.empty_searches, name="empty_searches"),
    path("ontwikkelgesprek/", views.conversation, name="conversation"),
    path("ontwikkelgesprek/gids/", views.conversation_guide, name="conversation_guide"),
    path("ontwikkelgesprekken/", views.shared_conversations, name="shared_conversations"),
    path("ontwikkelgesprekken/<int:person_id>/", views.shared_conversation, name="shared_conversation"),
    path("plannen/", views.shared_plans, name="shared_plans"),
    path("plannen/<int:person_id>/", views.person, name="person"),
]
