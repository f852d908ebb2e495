# The second-highest distinct salary of every country, with dense_rank.
from pyspark.sql import functions as F
from pyspark.sql.window import Window

USERS = "user_id INT, name STRING, country STRING, age INT, salary INT"


def solve(spark):
    users = spark.read.csv("users.csv", header=True, schema=USERS)
    by_salary = Window.partitionBy("country").orderBy(F.col("salary").desc())
    return (
        users.withColumn("salary_rank", F.dense_rank().over(by_salary))
        .where(F.col("salary_rank") == 2)
        .select("country", F.col("salary").alias("second_highest_salary"))
        .distinct()
    )
