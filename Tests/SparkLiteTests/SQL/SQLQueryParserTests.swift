import Testing
@testable import SparkLite

/// A query and the unresolved plan the parser must produce for it, as `PlanPrinter` renders it.
struct ParseTreeCase: Sendable, CustomStringConvertible {
    let sql: String
    let tree: String

    init(_ sql: String, _ tree: String) {
        self.sql = sql
        self.tree = tree
    }

    var description: String { sql }
}

/// The shapes follow Spark's `AstBuilder` (checked against `parsePlan` on PySpark 4.3), with the conventions
/// SparkLite's analyzer expects: `count(*)` keeps its star, BETWEEN is `between(a, lo, hi)`, `<>` is `NOT (=)`,
/// named windows are substituted, HAVING is a Filter over the select, QUALIFY an UnresolvedQualify, and an aggregate's
/// `FILTER (WHERE c)` becomes `CASE WHEN c THEN arg END` on its arguments.
let parseTreeCases: [ParseTreeCase] = [
    ParseTreeCase(
        #"""
        SELECT a, b AS c, d e, `weird name`, t.x, s.a.b FROM t
        """#,
        #"""
        Project ['a, 'b AS c, 'd AS e, 'weird name, 't.x, 's.a.b]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT *, t.* FROM t
        """#,
        #"""
        Project [*, t.*]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT DISTINCT a FROM t WHERE a > 1 ORDER BY a DESC NULLS FIRST, b LIMIT 3 OFFSET 1
        """#,
        #"""
        Limit 3
          Offset 1
            Sort ['a DESC NULLS FIRST, 'b ASC NULLS FIRST], true
              Distinct
                Project ['a]
                  Filter ('a > 1)
                    UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT k, count(*), count(DISTINCT v) FROM t GROUP BY k HAVING count(*) > 1
        """#,
        #"""
        Filter ('count(*) > 1)
          Aggregate ['k], ['k, 'count(*), 'count(DISTINCT 'v)]
            UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT count(*) FROM t HAVING count(*) > 1
        """#,
        #"""
        Filter ('count(*) > 1)
          Aggregate [], ['count(*)]
            UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT a FROM t GROUP BY 1 ORDER BY 1
        """#,
        #"""
        Sort [1 ASC NULLS FIRST], true
          Aggregate [1], ['a]
            UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT a, b, sum(c) FROM t GROUP BY ROLLUP(a, b)
        """#,
        #"""
        Aggregate [rollup(('a), ('b))], ['a, 'b, 'sum('c)]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT a, b, sum(c) FROM t GROUP BY CUBE(a, (a, b))
        """#,
        #"""
        Aggregate [cube(('a), ('a, 'b))], ['a, 'b, 'sum('c)]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT a, b, sum(c) FROM t GROUP BY GROUPING SETS ((a, b), a, ())
        """#,
        #"""
        Aggregate [groupingSets(('a, 'b), ('a), ())], ['a, 'b, 'sum('c)]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT a, sum(c) FROM t GROUP BY a, b WITH ROLLUP
        """#,
        #"""
        Aggregate [rollup(('a), ('b))], ['a, 'sum('c)]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT * FROM t x JOIN u y ON x.id = y.id LEFT OUTER JOIN v ON v.id = x.id RIGHT JOIN w USING (id) FULL JOIN z ON true
        """#,
        #"""
        Project [*]
          Join FullOuter, true
            Join UsingJoin(RightOuter, [id])
              Join LeftOuter, ('v.id = 'x.id)
                Join Inner, ('x.id = 'y.id)
                  SubqueryAlias x
                    UnresolvedRelation [t]
                  SubqueryAlias y
                    UnresolvedRelation [u]
                UnresolvedRelation [v]
              UnresolvedRelation [w]
            UnresolvedRelation [z]
        """#),
    ParseTreeCase(
        #"""
        SELECT * FROM t LEFT SEMI JOIN u ON t.id = u.id LEFT ANTI JOIN v ON t.id = v.id CROSS JOIN w NATURAL LEFT JOIN q
        """#,
        #"""
        Project [*]
          Join NaturalJoin(LeftOuter)
            Join Cross
              Join LeftAnti, ('t.id = 'v.id)
                Join LeftSemi, ('t.id = 'u.id)
                  UnresolvedRelation [t]
                  UnresolvedRelation [u]
                UnresolvedRelation [v]
              UnresolvedRelation [w]
            UnresolvedRelation [q]
        """#),
    ParseTreeCase(
        #"""
        SELECT * FROM t, u AS x, (SELECT 1 AS one) s
        """#,
        #"""
        Project [*]
          Join Inner
            Join Inner
              UnresolvedRelation [t]
              SubqueryAlias x
                UnresolvedRelation [u]
            SubqueryAlias s
              Project [1 AS one]
                OneRowRelation
        """#),
    ParseTreeCase(
        #"""
        SELECT * FROM db.tbl
        """#,
        #"""
        Project [*]
          UnresolvedRelation [db.tbl]
        """#),
    ParseTreeCase(
        #"""
        WITH a AS (SELECT 1 AS x), b AS (SELECT x FROM a) SELECT * FROM b
        """#,
        #"""
        CTE [a = {Project [1 AS x] <- OneRowRelation}, b = {Project ['x] <- UnresolvedRelation [a]}]
          Project [*]
            UnresolvedRelation [b]
        """#),
    ParseTreeCase(
        #"""
        WITH a(x, y) AS (SELECT 1, 2) SELECT x FROM a
        """#,
        #"""
        CTE [a = {Project [1 AS x, 2 AS y] <- OneRowRelation}]
          Project ['x]
            UnresolvedRelation [a]
        """#),
    ParseTreeCase(
        #"""
        SELECT * FROM (SELECT k, sum(v) FROM t GROUP BY k) AS s(key, total)
        """#,
        #"""
        Project [*]
          SubqueryAlias s
            Aggregate ['k], ['k AS key, 'sum('v) AS total]
              UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT * FROM VALUES (1, 'a'), (2, NULL) AS v(id, name)
        """#,
        #"""
        Project [*]
          SubqueryAlias v
            LocalRelation [id:int, name:string] (1, 'a'), (2, NULL)
        """#),
    ParseTreeCase(
        #"""
        SELECT * FROM VALUES (1), (2L), (3.5)
        """#,
        #"""
        Project [*]
          LocalRelation [col1:decimal(21,1)] (1.0), (2.0), (3.5)
        """#),
    ParseTreeCase(
        #"""
        SELECT a FROM t1 UNION SELECT a FROM t2
        """#,
        #"""
        Distinct
          Union false, false
            Project ['a]
              UnresolvedRelation [t1]
            Project ['a]
              UnresolvedRelation [t2]
        """#),
    ParseTreeCase(
        #"""
        SELECT a FROM t1 UNION ALL SELECT a FROM t2 INTERSECT SELECT a FROM t3 EXCEPT SELECT a FROM t4 ORDER BY a LIMIT 2
        """#,
        #"""
        Limit 2
          Sort ['a ASC NULLS FIRST], true
            Except
              Union false, false
                Project ['a]
                  UnresolvedRelation [t1]
                Intersect
                  Project ['a]
                    UnresolvedRelation [t2]
                  Project ['a]
                    UnresolvedRelation [t3]
              Project ['a]
                UnresolvedRelation [t4]
        """#),
    ParseTreeCase(
        #"""
        SELECT a FROM t1 INTERSECT ALL SELECT a FROM t2 MINUS ALL SELECT a FROM t3
        """#,
        #"""
        Except All
          Intersect All
            Project ['a]
              UnresolvedRelation [t1]
            Project ['a]
              UnresolvedRelation [t2]
          Project ['a]
            UnresolvedRelation [t3]
        """#),
    ParseTreeCase(
        #"""
        SELECT row_number() OVER (PARTITION BY k ORDER BY v DESC) AS rn FROM t
        """#,
        #"""
        Project ['row_number() OVER (PARTITION BY 'k ORDER BY 'v DESC NULLS LAST) AS rn]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT sum(v) OVER (PARTITION BY k ORDER BY ts ROWS BETWEEN 3 PRECEDING AND 1 FOLLOWING), avg(v) OVER (ORDER BY ts RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), max(v) OVER (ROWS 2 PRECEDING) FROM t
        """#,
        #"""
        Project ['sum('v) OVER (PARTITION BY 'k ORDER BY 'ts ASC NULLS FIRST ROWS BETWEEN 3 PRECEDING AND 1 FOLLOWING), 'avg('v) OVER (ORDER BY 'ts ASC NULLS FIRST RANGE BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING), 'max('v) OVER (ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT lag(v) OVER w, lead(v, 2) OVER w, first_value(v) IGNORE NULLS OVER w, last(v, true) OVER (w) FROM t WINDOW w AS (PARTITION BY k ORDER BY ts)
        """#,
        #"""
        Project ['lag('v) OVER (PARTITION BY 'k ORDER BY 'ts ASC NULLS FIRST), 'lead('v, 2) OVER (PARTITION BY 'k ORDER BY 'ts ASC NULLS FIRST), 'first('v, true) OVER (PARTITION BY 'k ORDER BY 'ts ASC NULLS FIRST), 'last('v, true) OVER (PARTITION BY 'k ORDER BY 'ts ASC NULLS FIRST)]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT * FROM t WHERE a IN (1, 2) AND b NOT IN ('x') AND c BETWEEN 1 AND 10 AND d NOT BETWEEN 2 AND 3
        """#,
        #"""
        Project [*]
          Filter ((('a IN (1, 2) AND NOT 'b IN ('x')) AND 'between('c, 1, 10)) AND NOT 'between('d, 2, 3))
            UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT * FROM t WHERE a IN (SELECT x FROM u) AND NOT EXISTS (SELECT 1 FROM v WHERE v.id = t.id) AND b = (SELECT max(b) FROM u)
        """#,
        #"""
        Project [*]
          Filter ((('a) IN {Project ['x] <- UnresolvedRelation [u]} AND NOT exists{Project [1] <- Filter ('v.id = 't.id) <- UnresolvedRelation [v]}) AND ('b = scalar-subquery{Project ['max('b)] <- UnresolvedRelation [u]}))
            UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT a IS NULL, a IS NOT NULL, a <=> b, a <> b, a != b, a == b, a >= b, a <= b, NOT a, !b FROM t
        """#,
        #"""
        Project [isnull('a), isnotnull('a), ('a <=> 'b), NOT ('a = 'b), NOT ('a = 'b), ('a = 'b), ('a >= 'b), ('a <= 'b), NOT 'a, NOT 'b]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT a LIKE 'x%', a NOT LIKE 'y' ESCAPE '!', a ILIKE 'Z%', a RLIKE '^a', a REGEXP 'b', a || b FROM t
        """#,
        #"""
        Project ['like('a, 'x%'), NOT 'like('a, 'y', '!'), 'ilike('a, 'Z%'), 'rlike('a, '^a'), 'rlike('a, 'b'), 'concat('a, 'b)]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT 1 + 2 * 3, (1 + 2) * 3, -a, - 5, 10 % 3, 7 div 2, 8 / 2, a - -1 FROM t
        """#,
        #"""
        Project [(1 + (2 * 3)), ((1 + 2) * 3), -'a, -5, (10 % 3), (7 div 2), (8 / 2), ('a - -1)]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT CASE WHEN a > 1 THEN 'big' WHEN a > 0 THEN 'small' ELSE 'neg' END, CASE a WHEN 1 THEN 'one' END FROM t
        """#,
        #"""
        Project [CASE WHEN ('a > 1) THEN 'big' WHEN ('a > 0) THEN 'small' ELSE 'neg' END, CASE WHEN ('a = 1) THEN 'one' END]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT CAST(a AS INT), CAST(b AS DECIMAL(10, 2)), TRY_CAST(c AS DATE), d::string, CAST(e AS ARRAY<MAP<STRING, BIGINT>>) FROM t
        """#,
        #"""
        Project [cast('a AS int), cast('b AS decimal(10,2)), try_cast('c AS date), cast('d AS string), cast('e AS array<map<string,bigint>>)]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT 1, 2147483648, 3L, 4S, 5Y, 1.5, 1.5D, 2.5F, 1e3, 1.5BD, 'a' 'b', "dq", NULL, TRUE, false FROM t
        """#,
        #"""
        Project [1, 2147483648L, 3L, 4S, 5Y, 1.5BD(2,1), 1.5D, 2.5F, 1000.0D, 1.5BD(2,1), 'ab', 'dq', NULL, true, false]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT DATE '2025-01-01', TIMESTAMP '2025-01-01 10:30:00', INTERVAL '1' DAY, INTERVAL 3 DAYS, INTERVAL 1 HOUR 30 MINUTES, INTERVAL '1 02:00:00' DAY TO SECOND
        """#,
        #"""
        Project [DATE '2025-01-01', TIMESTAMP '2025-01-01 10:30:00', INTERVAL 86400000000us, INTERVAL 259200000000us, INTERVAL 5400000000us, INTERVAL 93600000000us]
          OneRowRelation
        """#),
    ParseTreeCase(
        #"""
        SELECT arr[0], m['k'], s.f, struct(a, b AS c).c, named_struct('x', 1), array(1, 2), map('k', 1) FROM t
        """#,
        #"""
        Project ['arr[0], 'm['k'], 's.f, 'struct('a, 'b AS c)['c'], 'named_struct('x', 1), 'array(1, 2), 'map('k', 1)]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT /*+ BROADCAST(u) */ * FROM t JOIN u ON t.id = u.id
        """#,
        #"""
        UnresolvedHint BROADCAST, ['u]
          Project [*]
            Join Inner, ('t.id = 'u.id)
              UnresolvedRelation [t]
              UnresolvedRelation [u]
        """#),
    ParseTreeCase(
        #"""
        SELECT /*+ MERGE(t, u), SHUFFLE_HASH(u) */ * FROM t JOIN u ON t.id = u.id
        """#,
        #"""
        UnresolvedHint MERGE, ['t, 'u]
          UnresolvedHint SHUFFLE_HASH, ['u]
            Project [*]
              Join Inner, ('t.id = 'u.id)
                UnresolvedRelation [t]
                UnresolvedRelation [u]
        """#),
    ParseTreeCase(
        #"""
        SELECT /*+ REPARTITION(4), COALESCE(2), REPARTITION_BY_RANGE(3, a) */ a FROM t
        """#,
        #"""
        UnresolvedHint REPARTITION, [4]
          UnresolvedHint COALESCE, [2]
            UnresolvedHint REPARTITION_BY_RANGE, [3, 'a]
              Project ['a]
                UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT id, c FROM t LATERAL VIEW explode(items) x AS c
        """#,
        #"""
        Project ['id, 'c]
          Generate explode['items], outer=false, [x.c]
            UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT id, p, c FROM t LATERAL VIEW OUTER posexplode(items) x AS p, c
        """#,
        #"""
        Project ['id, 'p, 'c]
          Generate posexplode['items], outer=true, [x.p, x.c]
            UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT * FROM sales PIVOT (sum(amount) AS total FOR quarter IN ('Q1' AS q1, 'Q2'))
        """#,
        #"""
        Project [*]
          Pivot nil, 'quarter, ['Q1' AS q1, 'Q2'], ['sum('amount) AS total]
            UnresolvedRelation [sales]
        """#),
    ParseTreeCase(
        #"""
        SELECT 1
        """#,
        #"""
        Project [1]
          OneRowRelation
        """#),
    ParseTreeCase(
        #"""
        SELECT a FROM t CLUSTER BY a
        """#,
        #"""
        Sort ['a ASC NULLS FIRST], false
          RepartitionByExpression ['a], default
            Project ['a]
              UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        (SELECT a FROM t)
        """#,
        #"""
        Project ['a]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT current_date, extract(YEAR FROM d), substring(s, 1, 2), substr(s FROM 2), trim(LEADING 'x' FROM s), position('a' IN s) FROM t
        """#,
        #"""
        Project ['current_date(), 'extract('YEAR', 'd), 'substring('s, 1, 2), 'substr('s, 2), 'ltrim('x', 's), 'locate('a', 's, 1)]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        select A from T where B = 1 group by A order by A
        """#,
        #"""
        Sort ['A ASC NULLS FIRST], true
          Aggregate ['A], ['A]
            Filter ('B = 1)
              UnresolvedRelation [T]
        """#),
    ParseTreeCase(
        #"""
        SELECT a -- trailing comment
        FROM /* inline */ t
        """#,
        #"""
        Project ['a]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT date, year, month, value, key, name, type, count, first, last, rank, time, left FROM t
        """#,
        #"""
        Project ['date, 'year, 'month, 'value, 'key, 'name, 'type, 'count, 'first, 'last, 'rank, 'time, 'left]
          UnresolvedRelation [t]
        """#),
    ParseTreeCase(
        #"""
        SELECT dept, name FROM salaries QUALIFY row_number() OVER (PARTITION BY dept ORDER BY salary DESC, id) = 1
        """#,
        #"""
        UnresolvedQualify ('row_number() OVER (PARTITION BY 'dept ORDER BY 'salary DESC NULLS LAST, 'id ASC NULLS FIRST) = 1)
          Project ['dept, 'name]
            UnresolvedRelation [salaries]
        """#),
    ParseTreeCase(
        #"""
        SELECT DISTINCT dept, count(*) AS c FROM s GROUP BY dept HAVING c > 1 QUALIFY rank() OVER w = 1 WINDOW w AS (ORDER BY c)
        """#,
        #"""
        Distinct
          UnresolvedQualify ('rank() OVER (ORDER BY 'c ASC NULLS FIRST) = 1)
            Filter ('c > 1)
              Aggregate ['dept], ['dept, 'count(*) AS c]
                UnresolvedRelation [s]
        """#),
    ParseTreeCase(
        #"""
        SELECT k, count(*) FILTER (WHERE s = 'x') AS n, sum(a) FILTER (WHERE s <> 'x'), max_by(a, b) FILTER (WHERE c) FROM t GROUP BY k
        """#,
        #"""
        Aggregate ['k], ['k, 'count(*) FILTER (WHERE ('s = 'x')) AS n, 'sum('a) FILTER (WHERE NOT ('s = 'x')), 'max_by('a, 'b) FILTER (WHERE 'c)]
          UnresolvedRelation [t]
        """#),
]

@Test(arguments: parseTreeCases)
func queryParsesToSparkPlanShape(_ c: ParseTreeCase) throws {
    #expect(PlanPrinter.render(try parseSQLQuery(c.sql)) == c.tree)
}

@Test func filterStaysOnAnAggregateThatKeepsNulls() throws {
    // first(a) FILTER (WHERE b) is no CASE over the argument: the condition stays on the aggregate.
    let tree = PlanPrinter.render(try parseSQLQuery("SELECT first(a) FILTER (WHERE b) FROM t"))
    #expect(tree == "Project ['first('a) FILTER (WHERE 'b)]\n  UnresolvedRelation [t]")
}
