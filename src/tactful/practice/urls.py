from django.contrib.auth.views import LogoutView
from django.urls import path, reverse_lazy

from tactful.practice import views

app_name = "practice"
urlpatterns = [
    path("", views.start, name="start"),
    path("s/<uuid:session_id>/", views.resume, name="resume"),
    path("s/<uuid:session_id>/q/<int:position>/", views.question, name="question"),
    path("s/<uuid:session_id>/answers/<int:attempt_id>/", views.feedback, name="feedback"),
    path("s/<uuid:session_id>/summary/", views.summary, name="summary"),
    path("s/<uuid:session_id>/summary.pdf", views.summary_pdf, name="summary_pdf"),
    path("speech/", views.transcribe, name="transcribe"),
    path("my-data/delete/", views.delete_data, name="delete_data"),
    path("history/", views.history, name="history"),
    path("account/signup/", views.signup, name="signup"),
    path("account/login/", views.PracticeLoginView.as_view(), name="login"),
    path(
        "account/logout/",
        LogoutView.as_view(next_page=reverse_lazy("practice:start")),
        name="logout",
    ),
]
