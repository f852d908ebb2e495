# Known slow: the right answer, but every email crosses from the JVM to a Python worker and back.
from pyspark.sql import DataFrame, functions as F
from pyspark.sql.types import StringType


@F.udf(returnType=StringType())
def email_domain(email):
    if email is None or "@" not in email:
        return None
    domain = email.rsplit("@", 1)[1].strip().lower()
    return domain or None


def solve(users: DataFrame) -> DataFrame:
    return (
        users.select(email_domain("email").alias("domain"))
        .where(F.col("domain").isNotNull())
        .groupBy("domain")
        .agg(F.count("*").alias("users"))
    )
