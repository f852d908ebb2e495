from __future__ import annotations
from typing import List, Optional, Dict, Tuple, Callable, Union, Any

def solve(users: DataFrameNotDefinedYet, limit: int | None = None) -> list[dict[str, int]]:
    return [{"n": limit or 0}]

class Node:
    def __init__(self, value: int, children: Optional[List[Node]] = None) -> None:
        self.value = value
        self.children: List[Node] = children or []

    def total(self) -> int:
        return self.value + sum(child.total() for child in self.children)

count: int = 3
tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(solve(None), solve(None, 5), tree.total(), count)
Pair = Tuple[int, str]
Handler = Callable[[int], str]
print(Optional[int] is not None, Union[int, str] is not None)
