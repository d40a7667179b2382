from django.urls import path

from tactful.library import views

app_name = "library"
urlpatterns = [
    path("questions/", views.question_list, name="question_list"),
    path("questions/<slug:slug>/", views.question_detail, name="question_detail"),
    path("competencies/", views.competency_list, name="competency_list"),
    path("competencies/<slug:slug>/", views.competency_detail, name="competency_detail"),
    path("tracks/", views.track_list, name="track_list"),
    path("tracks/<slug:slug>/", views.track_detail, name="track_detail"),
    path("ask/", views.candidate_questions, name="candidate_questions"),
]
