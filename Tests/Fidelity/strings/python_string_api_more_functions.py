# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.filter("id IN (1, 2, 6)").select(
        F.trim("name", F.lit(" A")), F.overlay("phone", F.lit("XXX"), 1, 3), F.mask("phone"), F.soundex("name"),
        F.levenshtein("name", F.lit("bob jones"), 3), F.regexp_extract_all("phone", F.lit(r"(\d+)"), 1),
        F.like("email", F.lit("%!_%"), F.lit("!")), F.ilike("email", F.lit("%EXAMPLE%")), F.char(F.lit(65)),
        F.elt(F.lit(2), "name", "email"), F.printf(F.lit("%s/%s"), "id", "name"), F.url_encode("name"),
        F.url_decode(F.lit("a%20b+c")), F.to_binary(F.lit("abc"), F.lit("utf-8")),
        F.repeat("id", 2),
    )
