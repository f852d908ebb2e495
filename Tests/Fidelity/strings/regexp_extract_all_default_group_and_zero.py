# data: words.json

from pyspark.sql import functions as F


def solve(lines):
    return lines.select(
        "line_id",
        F.regexp_extract_all("text", F.lit(r"(\w)(\w*)")).alias("first_letters"),
        F.regexp_extract_all("text", F.lit(r"(\w)(\w*)"), 0).alias("whole_words"),
        F.regexp_extract_all("text", F.lit(r"(\w)(\w*)"), 2).alias("rests"),
    )
