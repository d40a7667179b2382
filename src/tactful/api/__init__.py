"""The HTTP API (django-ninja) at /api/v1/: the analyser and practice mode."""
