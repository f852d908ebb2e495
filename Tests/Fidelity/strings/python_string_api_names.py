# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.filter("id IN (1, 2, 6)").select(
        F.btrim("name"), F.char_length("name"), F.character_length("email"), F.bit_length("phone"), F.octet_length("phone"),
        F.regexp_like("email", F.lit("example")), F.regexp_count("phone", F.lit(r"\d")), F.regexp_substr("phone", F.lit(r"\d+")),
        F.regexp_instr("phone", F.lit(r"\d")), F.split("email", "[@.]", 2), F.substring("email", 2, 3), F.left("email", F.lit(2)),
        F.right("phone", F.lit(3)), F.ucase("name"), F.lcase("email"), F.ifnull("email", F.lit("none")), F.nvl("name", F.lit("?")),
        F.nvl2("email", F.lit(1), F.lit(0)), F.nullif("id", F.lit(2)), F.equal_null("id", F.lit(2)), F.to_char(F.col("id"), F.lit("000")),
        F.to_number(F.lit("12"), F.lit("99")), F.split_part("email", F.lit("@"), F.lit(2)), F.find_in_set(F.lit("b"), F.lit("a,b")),
    )
