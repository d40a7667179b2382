# Django's Estonian formats define no date-and-time format, so dates with a time fell back to
# the English order ("nov. 23, 2026, 3:57 p.l."). Estonian writes "23. november 2026 15:57".
DATETIME_FORMAT = "j. F Y G:i"
SHORT_DATETIME_FORMAT = "d.m.Y G:i"
