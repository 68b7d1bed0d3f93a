from django.urls import path

from . import views

# Part of the person's own account pages (/account/berichten/…, namespace accounts); see plugin.py.
account_urlpatterns = [
    path("berichten/", views.inbox, name="messages"),
    path("berichten/<int:pk>/", views.message, name="message"),
    path("berichten/hoe-vaak/", views.preferences, name="message_preferences"),
    path("berichten/stoppen/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
