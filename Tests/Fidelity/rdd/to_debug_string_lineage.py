# toDebugString: one line per RDD, a new indentation level at each shuffle, partition counts.
# ordered: true
import re


def solve(sc):
    words = sc.parallelize(["a b", "b c", "c a b"], 2).flatMap(lambda line: line.split())
    counts = words.map(lambda w: (w, 1)).reduceByKey(lambda x, y: x + y, 3).sortByKey()
    text = counts.toDebugString().decode("utf-8")
    # RDD ids depend on what ran before; JVM call sites say NativeMethodAccessorImpl.java:0 or <unknown>:0.
    lines = [re.sub(r"\[\d+\]", "[x]", re.sub(r" at [^ ]*\.py:\d+", " at solution", line)) for line in text.split("\n")]
    lines = [re.sub(r"(NativeMethodAccessorImpl\.java|<unknown>):0", "jvm", line) for line in lines]
    return sc.parallelize([(i, line) for i, line in enumerate(lines)], 1)
