# data: strings.json

from pyspark.sql import functions as F


@F.udf("struct<parts: array<string>, n: int>")
def parts(email):
    if email is None:
        return None
    p = email.split("@")
    return {"parts": p, "n": len(p)}


def solve(people):
    return people.select("id", parts("email").alias("p")).select("id", "p.parts", "p.n")
