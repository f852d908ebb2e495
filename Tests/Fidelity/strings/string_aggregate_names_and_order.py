# data: strings.json

from pyspark.sql import functions as F


def solve(people):
    return people.agg(
        F.concat_ws(",", F.sort_array(F.collect_list("id"))), F.max("name"), F.min("email"), F.count("email"),
        F.max(F.length("name")), F.first("phone", ignorenulls=True).isNotNull(), F.array_join(F.sort_array(F.collect_set(F.lower("email"))), "|"),
    )
