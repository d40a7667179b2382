"""Practice mode: candidates rehearse an interview one question at a time and get feedback."""
