from django.contrib import admin

from tactful.hiring import models

for model in (
    models.CustomCompetency,
    models.Portrait,
    models.CustomQuestion,
    models.Kit,
    models.Opening,
    models.Candidate,
    models.Interview,
    models.Scorecard,
    models.Decision,
):
    admin.site.register(model)
