def solve(spark, sc):
    lines = sc.parallelize([
        '{"id": 1, "name": "ann", "address": {"city": "Pune", "zip": "411001"}, "phones": ["111", "222"]}',
        '{"id": 2, "name": "bob", "address": {"city": "Delhi"}, "phones": []}',
        '{"id": 3, "address": null, "score": 4.5}',
    ])
    df = spark.read.json(lines)
    return df.select("id", "name", "address.city", "address.zip", "phones", "score")
