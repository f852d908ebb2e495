import Testing
@testable import PyLite

/// Extreme integers, sizes and widths at every builtin that does arithmetic on them: each must end in a result or
/// a Python error, never a Swift trap (integer overflow, Double-to-Int conversion, huge allocations).
@Test(arguments: [
    "r = range(-9223372036854775807 - 1, 9223372036854775807)\nprint(len(r))",
    "r = range(-9223372036854775807 - 1, 9223372036854775807, 3)\nprint(r[5], 5 in r, list(r[:2]))",
    "r = range(9223372036854775807, -9223372036854775807 - 1, -1)\nfor i in r:\n    break",
    "print('abc'.center(-5), 'x'.zfill(-1), 'a'.ljust(-3))",
    "x = [1]\nx.insert(2**62, 5)\nx.insert(-2**62, 6)\nprint(x)",
    "print([1,2,3][9223372036854775807:], [1,2,3][-9223372036854775807 - 1:], 'abc'[::9223372036854775807])",
    "print([1, 2, 3][::-9223372036854775807])",
    "print(list(range(10))[::-9223372036854775807 - 1])",
    "print((1, 2)[-9223372036854775807 - 1])",
    "print(divmod(-9223372036854775807 - 1, 1), (-9223372036854775807 - 1) % -1)",
    "print(abs(-9223372036854775807))",
    "print(-(-9223372036854775807 - 1))",
    "print(round(-9223372036854775807 - 1, -1))",
    "print(round(9223372036854775807, -1))",
    "print(hex(-9223372036854775807 - 1), bin(-9223372036854775807 - 1))",
    "print(int('-9223372036854775808'), int('9223372036854775808'))",
    "print((-9223372036854775807 - 1) // -1)",
    "print(pow(-9223372036854775807 - 1, 2))",
    "print(10 ** 19)",
    "print(1 << 63, -1 << 63)",
    "print(float(9223372036854775807), int(9.2233720368547758e18))",
    "print('%d' % 1e300)",
    "print('{:,}'.format(-9223372036854775807 - 1))",
    "import math\nprint(math.factorial(21))",
    "import math\nprint(math.comb(100, 50))",
    "import math\nprint(math.floor(1e300))",
    "import math\nprint(math.isqrt(9223372036854775807))",
    "import math\nprint(math.gcd(-9223372036854775807 - 1, 6))",
    "import math\nprint(math.lcm(9223372036854775807, 2))",
    "print(sum([9223372036854775807, 1]))",
    "print([0] * 9223372036854775807)",
    "print('ab' * -9223372036854775807)",
    "import itertools\nprint(list(itertools.islice(range(5), 9223372036854775807)))",
    "import itertools\nprint(list(itertools.product(range(100000), range(100000), range(100000))))",
    "print(chr(-1))",
    "import datetime\nprint(datetime.timedelta(days=999999999) * 100)",
    "import datetime\nprint(datetime.date(9999, 12, 31) + datetime.timedelta(days=1))",
    "import datetime\nprint(datetime.date.fromordinal(-9223372036854775807))",
    "import datetime\nprint(datetime.datetime(2024,1,1).replace(hour=99))",
    "print('{:.5000f}'.format(1.5)[:5])",
    "print(f'{1:{10**9}}'[:3])",
    "print('%*d' % (9223372036854775807, 1))",
    "print('%.*f' % (9223372036854775807, 1.0))",
    "import heapq\nh=[]\nheapq.heappop(h)",
    "import bisect\nprint(bisect.bisect([1,2], 1, -5))",
    "import statistics\nprint(statistics.variance([9223372036854775807, -9223372036854775807 - 1]))",
    "import collections\nd = collections.deque([1,2,3])\nd.rotate(-9223372036854775807 - 1)\nprint(d)",
    "print(''.join(['a'] * 5).expandtabs(9223372036854775807))",
    "print('a\\tb'.expandtabs(9223372036854775807))",
    "print([1,2,3].index(2, -9223372036854775807 - 1, 9223372036854775807))",
    "print('abc'.find('b', -9223372036854775807 - 1))",
    "print('abc'.count('', -9223372036854775807 - 1, 9223372036854775807))",
    "import re\nprint(re.match('a', 'a', 9223372036854775807))",
    "import re\nprint(re.compile('a').match('aaa', 9223372036854775807))",
    "import re\nprint(re.sub('a', r'\\\\99', 'a'))",
    "import datetime\nd = datetime.timedelta(microseconds=9223372036854775807)\nprint(d + d, -d - d)",
    "import datetime\nprint(datetime.date(9999, 12, 31) + datetime.timedelta(microseconds=9223372036854775807))",
    "import datetime\nprint(datetime.datetime(1, 1, 1) - datetime.timedelta(microseconds=9223372036854775807))",
    "for i, v in enumerate('abc', 9223372036854775806):\n    print(i, v)",
])
func extremeValuesDoNotTrap(_ source: String) {
    let interpreter = PyInterpreter(limits: Limits(maxSteps: 1_000_000, maxCollectionLength: 1_000_000, wallClockSeconds: 2))
    do {
        try interpreter.run(source: source)
    } catch let error as PyError {
        #expect(!error.typeName.isEmpty)
    } catch {
        Issue.record("unexpected \(error)")
    }
}
