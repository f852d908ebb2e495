# data: documents.json
def solve(documents):
    pairs = documents.rdd.flatMap(lambda r: [(w, r.doc_id) for w in set((r.body or "").lower().split())])
    return pairs.groupByKey().mapValues(lambda ids: sorted(ids))
