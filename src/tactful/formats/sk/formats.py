# Django's Slovak formats write the month name in the nominative ("30. november 2026"), but a
# date needs the genitive ("30. novembra") and Django ships no such forms for Slovak. The
# numeric form is just as usual in Slovak and always correct.
DATE_FORMAT = "j. n. Y"
DATETIME_FORMAT = "j. n. Y G:i"
