"""The competency library, question bank and practice tracks, as loaded from `content/`."""
