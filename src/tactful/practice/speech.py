"""Optional speech input: offline transcription with faster-whisper.

The record button appears only when `faster_whisper` is importable *and* TACTFUL_WHISPER_MODEL
names a local faster-whisper model folder (for instance whisper-base assembled from its PyPI
parts), so nothing is ever downloaded at run time. Neither is a dependency of Tactful.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from pathlib import Path
from typing import Any

from django.http import HttpRequest, JsonResponse
from django.utils.translation import gettext as _

MAX_AUDIO_BYTES = 10 * 1024 * 1024


def model_dir() -> Path | None:
    configured = os.environ.get("TACTFUL_WHISPER_MODEL", "")
    return Path(configured) if configured and Path(configured).is_dir() else None


def available() -> bool:
    return model_dir() is not None and importlib.util.find_spec("faster_whisper") is not None


@cache
def _model() -> Any:
    from faster_whisper import WhisperModel

    return WhisperModel(str(model_dir()), device="cpu", compute_type="int8", local_files_only=True)


def transcribe_view(request: HttpRequest) -> JsonResponse:
    """POST `audio` (a recording from the browser) and `language`; answers {"text": ...}."""
    audio = request.FILES.get("audio")
    if request.method != "POST" or audio is None or audio.size is None:
        return JsonResponse({"error": _("Send a recording to transcribe.")}, status=400)
    if audio.size > MAX_AUDIO_BYTES:
        return JsonResponse({"error": _("The recording is too long.")}, status=400)
    language = request.POST.get("language") or None
    segments, _info = _model().transcribe(audio, language=language, beam_size=5)
    return JsonResponse({"text": " ".join(s.text.strip() for s in segments)})
