"""Django admin for staff: read the library as loaded; edits belong in `content/` files."""

from django.contrib import admin

from tactful.library.models import (
    CandidateQuestion,
    Competency,
    CompetencyFamily,
    Question,
    QuestionFamily,
    Slot,
    Track,
)


class ContentRowAdmin(admin.ModelAdmin):  # type: ignore[type-arg]
    list_display = ["slug", "__str__", "retired"]
    list_filter = ["retired"]
    search_fields = ["slug"]
    readonly_fields = ["content_hash"]


@admin.register(Question)
class QuestionAdmin(ContentRowAdmin):
    list_display = ["slug", "family", "tier", "minutes", "retired"]
    list_filter = ["family", "tier", "retired"]
    search_fields = ["slug", "search_text"]


@admin.register(Competency)
class CompetencyAdmin(ContentRowAdmin):
    list_display = ["slug", "family", "tier", "retired"]
    list_filter = ["family", "retired"]
    search_fields = ["slug", "search_text"]


for model in (CompetencyFamily, QuestionFamily, Slot, CandidateQuestion, Track):
    admin.site.register(model, ContentRowAdmin)
