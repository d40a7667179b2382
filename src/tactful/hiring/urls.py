"""URLs of the hiring pages, mounted at /hiring/."""

from django.urls import URLPattern, URLResolver, path

from tactful.hiring.views import comparison, decisions, interviews, scorecards

app_name = "hiring"

urlpatterns: list[URLPattern | URLResolver] = []

# Interviews, scorecards, scores, decisions and comparison (views/interviews, scorecards, comparison, decisions).
urlpatterns += [
    path("interviews/", interviews.interview_list_view, name="interview_list"),
    path("interviews/<int:pk>/", scorecards.interview_detail_view, name="interview_detail"),
    path("interviews/<int:pk>/overview/", interviews.interview_overview_view, name="interview_overview"),
    path("interviews/<int:pk>/cancel/", interviews.interview_cancel_view, name="interview_cancel"),
    path("interviews/<int:pk>/done/", interviews.interview_done_view, name="interview_done"),
    path(
        "interviews/<int:pk>/questions/<int:item_id>/analyse/", scorecards.live_analysis_view, name="live_analysis"
    ),
    path("scorecards/<int:pk>/", scorecards.scorecard_detail_view, name="scorecard_detail"),
    path(
        "candidates/<int:candidate_id>/interviews/new/",
        interviews.interview_schedule_view,
        name="interview_schedule",
    ),
    path("candidates/<int:pk>/scores/", comparison.candidate_scores_view, name="candidate_scores"),
    path("candidates/<int:candidate_id>/decision/", decisions.decision_record_view, name="decision_record"),
    path("candidates/<int:pk>/report/", comparison.candidate_report_view, name="candidate_report"),
    path("candidates/<int:pk>/report.pdf", comparison.candidate_report_pdf_view, name="candidate_report_pdf"),
    path("openings/<int:pk>/compare/", comparison.opening_compare_view, name="opening_compare"),
]
