import itertools
from itertools import chain, groupby, islice, count, product, combinations, permutations, accumulate, zip_longest
print(list(chain([1, 2], (3,), "ab")), list(chain.from_iterable([[1], [2, 3]])))
print(list(islice(count(10, 5), 4)), list(islice("abcdefg", 2, 6, 2)), list(islice(range(10), 3)))
print([(k, list(g)) for k, g in groupby("aaabbcaa")])
print([(k, len(list(g))) for k, g in groupby(sorted([3, 1, 2, 1, 3, 3]))])
print([(k, [w for w in g]) for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry"], key=lambda w: w[0])])
print(list(product([1, 2], "ab")), list(product(range(2), repeat=2)))
print(list(combinations("abcd", 2)), list(permutations([1, 2, 3], 2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([1, 2], initial=100)))
print(list(zip_longest([1, 2, 3], "ab", fillvalue="-")))
print(list(itertools.repeat("x", 3)), list(islice(itertools.cycle("ab"), 5)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(6))), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
print(list(itertools.pairwise([1, 2, 3, 4])), [list(t) for t in itertools.tee([1, 2], 2)])
for i, (a, b) in zip(count(), [("x", 1), ("y", 2)]):
    print(i, a, b)
