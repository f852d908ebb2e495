import json
data = {"name": "Ann", "tags": ["a", "b"], "score": 9.5, "ok": True, "none": None, "n": 3, "nested": {"k": [1, {"z": 0}]}}
text = json.dumps(data)
print(text)
print(json.loads(text) == data, json.loads('[1, 2.5, "x", null, true, false, {"a": {}}]'))
print(json.dumps(data, sort_keys=True), json.dumps([1, [2, 3]], separators=(",", ":")))
print(json.dumps({"b": 1, "a": [1, 2]}, indent=2))
print(json.dumps("caf\u00e9 \u2603 \n"), json.dumps("caf\u00e9", ensure_ascii=False), json.dumps({1: "int key", 2.5: True}))
print(json.loads('"\\u00e9\\n\\ud83d\\ude00"'), json.loads("  42 "), json.loads("-1.5e3"), json.loads('{"a": [ ]}'))
for bad in ["{", "[1,]", "{'a': 1}", "tru", "[1] x", ""]:
    try:
        json.loads(bad)
    except ValueError as e:
        print("error:", e)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({"s": {1, 2}}, default=sorted), json.dumps([]), json.dumps({}), json.dumps(float("nan")))
