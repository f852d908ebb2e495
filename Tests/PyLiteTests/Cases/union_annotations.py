def f(x: int | None = None, y: list[int] | None = None) -> dict[str, int] | None:
    return {"x": x or 0, "y": len(y or [])}
print(f(), f(1, [1, 2]))
