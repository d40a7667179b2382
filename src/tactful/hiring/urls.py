"""URLs of the hiring pages, mounted at /hiring/."""

from django.urls import URLPattern, URLResolver, path

from tactful.hiring.views import (
    candidates,
    comparison,
    decisions,
    home,
    interviews,
    kits,
    openings,
    portraits,
    scorecards,
)

app_name = "hiring"

urlpatterns: list[URLPattern | URLResolver] = []

# Interviews, scorecards, scores, decisions and comparison (views/interviews, scorecards, comparison, decisions).
urlpatterns += [
    path("interviews/", interviews.interview_list_view, name="interview_list"),
    path("interviews/<int:pk>/", scorecards.interview_detail_view, name="interview_detail"),
    path("interviews/<int:pk>/overview/", interviews.interview_overview_view, name="interview_overview"),
    path("interviews/<int:pk>/cancel/", interviews.interview_cancel_view, name="interview_cancel"),
    path("interviews/<int:pk>/done/", interviews.interview_done_view, name="interview_done"),
    path("interviews/<int:pk>/questions/<int:item_id>/analyse/", scorecards.live_analysis_view, name="live_analysis"),
    path("scorecards/<int:pk>/", scorecards.scorecard_detail_view, name="scorecard_detail"),
    path(
        "candidates/<int:candidate_id>/interviews/new/",
        interviews.interview_schedule_view,
        name="interview_schedule",
    ),
    # The candidate page is their evaluation: scores, interviews, recommendations and decisions.
    path("candidates/<int:pk>/", comparison.candidate_scores_view, name="candidate_detail"),
    path("candidates/<int:pk>/scores/", comparison.candidate_scores_view, name="candidate_scores"),
    path("candidates/<int:candidate_id>/decision/", decisions.decision_record_view, name="decision_record"),
    path("candidates/<int:pk>/report/", comparison.candidate_report_view, name="candidate_report"),
    path("candidates/<int:pk>/report.pdf", comparison.candidate_report_pdf_view, name="candidate_report_pdf"),
    path("openings/<int:pk>/compare/", comparison.opening_compare_view, name="opening_compare"),
]

# Home, portraits, kits, openings and candidates (views/home, portraits, kits, openings, candidates).
urlpatterns += [
    path("", home.home, name="home"),
    path("portraits/new/", portraits.portrait_create, name="portrait_create"),
    path("portraits/<int:pk>/", portraits.portrait_detail, name="portrait_detail"),
    path("portraits/<int:pk>/competencies/", portraits.competency_picker, name="competency_picker"),
    path("portraits/<int:pk>/competencies/set/", portraits.competency_set, name="competency_set"),
    path("portraits/<int:pk>/track/", portraits.track_apply, name="track_apply"),
    path("portraits/<int:pk>/own-competency/", portraits.own_competency_create, name="own_competency_create"),
    path("portraits/<int:pk>/own-question/", portraits.own_question_create, name="own_question_create"),
    path(
        "portraits/<int:pk>/own-questions/<int:question_pk>/retire/",
        portraits.own_question_retire,
        name="own_question_retire",
    ),
    path("portraits/<int:pk>/delete/", portraits.portrait_delete, name="portrait_delete"),
    path("portraits/<int:pk>/kits/new/", kits.kit_create, name="kit_create"),
    path("kits/<int:pk>/", kits.kit_detail, name="kit_detail"),
    path("kits/<int:pk>/swap/", kits.kit_swap, name="kit_swap"),
    path("kits/<int:pk>/print/", kits.kit_print, name="kit_print"),
    path("kits/<int:pk>/pdf/", kits.kit_pdf, name="kit_pdf"),
    path("kits/<int:pk>/rename/", kits.kit_rename, name="kit_rename"),
    path("kits/<int:pk>/delete/", kits.kit_delete, name="kit_delete"),
    path("kits/<int:pk>/<slug:action>/", kits.kit_action, name="kit_action"),
    path("openings/", openings.opening_index, name="opening_list"),
    path("openings/new/", openings.opening_edit, name="opening_create"),
    path("openings/<int:pk>/", openings.opening_detail, name="opening_detail"),
    path("openings/<int:pk>/edit/", openings.opening_edit, name="opening_edit"),
    path("openings/<int:opening_pk>/candidates/new/", candidates.candidate_edit, name="candidate_create"),
    path("openings/<int:opening_pk>/candidates/import/", candidates.candidate_import, name="candidate_import"),
    path("candidates/", candidates.candidate_index, name="candidate_list"),
    path("candidates/<int:pk>/edit/", candidates.candidate_edit, name="candidate_edit"),
    path("candidates/<int:pk>/stage/", candidates.candidate_stage, name="candidate_stage"),
]
