# data: scores.json

from pyspark.sql import functions as F


def solve(scores):
    per_student = scores.groupBy("student").agg(F.sort_array(F.collect_set("subject")).alias("subjects"), F.collect_list("score").alias("all_scores"))
    return per_student.select(
        "student",
        "subjects",
        F.array_contains("subjects", "art").alias("takes_art"),
        F.size("all_scores").alias("n"),
        F.array_sort("all_scores").alias("sorted_scores"),
    )
