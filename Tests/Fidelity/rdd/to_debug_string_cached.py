# A persisted RDD shows its storage level on every line, and its cached partitions once computed.
# ordered: true
import re


def solve(sc):
    rdd = sc.parallelize(range(8), 2).map(lambda x: x + 1).cache()
    before = rdd.toDebugString().decode()
    rdd.count()
    after = rdd.toDebugString().decode()
    clean = lambda t: [re.sub(r"\[\d+\]", "[x]", re.sub(r"MemorySize: [^;]*;", "MemorySize: ?;", line)) for line in t.split("\n")]
    # The cached size is that of Spark's pickled blocks; only its presence is compared.
    return sc.parallelize([("before", line) for line in clean(before)] + [("after", line) for line in clean(after)], 1)
