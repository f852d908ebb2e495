# data: strings.json

from pyspark.sql import functions as F


@F.udf("struct<user: string, host: string>")
def split_email(e):
    if e is None or "@" not in e:
        return None
    user, _, host = e.partition("@")
    return {"user": user, "host": host} if len(user) > 3 else (user, host)


def solve(people):
    return people.select("id", split_email("email").alias("parts")).select("id", "parts", "parts.host")
