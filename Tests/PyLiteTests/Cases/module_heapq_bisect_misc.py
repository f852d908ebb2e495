import heapq
import bisect
import string
import copy
from typing import List, Dict, Optional, Tuple, Any
h = []
for v in [5, 1, 8, 3, 2]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1]
heapq.heapify(data)
print(data[0], heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(2, [5, 1, 9, 3]), heapq.nlargest(1, ["a", "bbb"], key=len))
pq = []
heapq.heappush(pq, (2, "b"))
heapq.heappush(pq, (1, "a"))
print(heapq.heappop(pq), heapq.heappushpop(pq, (0, "z")), heapq.heapreplace(pq, (5, "e")), pq)
xs = [1, 3, 3, 7]
print(bisect.bisect_left(xs, 3), bisect.bisect_right(xs, 3), bisect.bisect(xs, 0), bisect.bisect(xs, 10))
bisect.insort(xs, 5)
print(xs)
print(string.ascii_lowercase, string.digits, string.ascii_uppercase[:3], string.capwords("hello world"))
nested = {"a": [1, 2], "b": {"c": 3}}
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested["a"].append(3)
print(shallow["a"], deep["a"], deep == {"a": [1, 2], "b": {"c": 3}})
def typed(values: List[int], mapping: Dict[str, int], maybe: Optional[int] = None) -> Tuple[int, Any]:
    return sum(values), maybe
print(typed([1, 2], {}), List[int] is not None)
