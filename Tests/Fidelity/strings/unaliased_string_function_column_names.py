# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.select(
        F.upper("name"), F.trim("name"), F.initcap("name"), F.length("email"), F.substring("email", 1, 3),
        F.concat_ws("-", "name", "phone"), F.regexp_extract("email", r"@(\w+)", 1), F.regexp_replace("phone", r"\D", ""),
        F.split("email", "@"), F.lpad("phone", 12, "*"), F.instr("email", "@"), F.locate("@", "email"),
        F.substring_index("email", ".", -1), F.translate("phone", "-", ""), F.reverse("name"), F.ltrim("name"),
    )
