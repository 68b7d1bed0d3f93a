from django.contrib import admin

from .models import Story


@admin.register(Story)
class StoryAdmin(admin.ModelAdmin):
    list_display = ["title", "target_group", "goal", "is_example", "teller_consent", "published"]
    list_filter = ["published", "is_example", "target_group", "goal"]
