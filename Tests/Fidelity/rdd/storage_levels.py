# ordered: true
from pyspark import StorageLevel


def solve(sc):
    a = sc.parallelize([1, 2, 3])
    before = str(a.getStorageLevel())
    a.cache()
    cached = repr(a.getStorageLevel())
    b = sc.parallelize([1, 2]).persist(StorageLevel.MEMORY_AND_DISK)
    persisted = str(b.getStorageLevel())
    a.unpersist()
    after = repr(a.getStorageLevel())
    return sc.parallelize([("before", before), ("cached", cached), ("persisted", persisted), ("after", after)], 1)
