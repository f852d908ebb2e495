"""Reading Spark's physical plan: shuffle and broadcast counts, operators, explain text.

The plan examined is the INITIAL physical plan: with AQE on, `executedPlan()` is an
AdaptiveSparkPlanExec and `initialPlan()` is the plan before any runtime re-optimisation,
which is what a reader of `df.explain()` sees before the query runs.
"""

import re

# Nodes that explain prints as markers rather than as operators of their own.
_TRANSPARENT = {"WholeStageCodegen", "InputAdapter"}


def _class_name(node):
    return node.getClass().getSimpleName()


def _unwrap_adaptive(node):
    """The initial plan behind an AdaptiveSparkPlanExec, or the node itself."""
    while _class_name(node) == "AdaptiveSparkPlanExec":
        node = node.initialPlan()
    return node


def _java_list(seq):
    items = []
    iterator = seq.iterator()
    while iterator.hasNext():
        items.append(iterator.next())
    return items


def _node_name(node):
    name = node.nodeName()
    if name.startswith("WholeStageCodegen"):
        return "WholeStageCodegen"
    return name


def _exchange_kind(node):
    partitioning = node.outputPartitioning()
    text = partitioning.toString()
    kind = text.split("(", 1)[0].strip()
    try:
        partitions = int(partitioning.numPartitions())
    except Exception:  # an unknown partitioning without a count
        partitions = None
    return kind, partitions


class PlanSummary:
    """Walks a physical plan the way explain prints it: node, its subqueries, a cached relation's plan, children."""

    def __init__(self, jvm):
        self._jvm = jvm
        self.operators = []
        self.exchanges = []
        self.exchange_partitions = []
        self.shuffles = 0
        self.broadcasts = 0
        self.subqueries = 0
        self.cached_relations = 0
        self._seen_cached = set()

    def _identity(self, obj):
        return self._jvm.java.lang.System.identityHashCode(obj)

    def visit(self, node, counting=True):
        node = _unwrap_adaptive(node)
        name = _node_name(node)
        class_name = _class_name(node)
        if name not in _TRANSPARENT:
            self.operators.append(name)
        if class_name == "ShuffleExchangeExec" and counting:
            kind, partitions = _exchange_kind(node)
            self.shuffles += 1
            self.exchanges.append(kind)
            self.exchange_partitions.append(partitions)
        elif class_name == "BroadcastExchangeExec" and counting:
            self.broadcasts += 1
        for subquery in _java_list(node.subqueries()):
            if _class_name(subquery) == "ReusedSubqueryExec":
                self.operators.append(_node_name(subquery))
                continue
            self.subqueries += 1
            self.visit(subquery, counting)
        if class_name == "InMemoryTableScanExec":
            relation = node.relation()
            key = self._identity(relation.cacheBuilder())
            first_time = key not in self._seen_cached
            self._seen_cached.add(key)
            if first_time:
                self.cached_relations += 1
            self.operators.append("InMemoryRelation")
            # An exchange inside a cached relation is one shuffle however many scans read it.
            self.visit(relation.cachedPlan(), counting and first_time)
        if class_name == "ReusedExchangeExec":
            return  # its child is the exchange it reuses; explain does not print it again
        for child in _java_list(node.children()):
            self.visit(child, counting)

    def as_dict(self):
        return {
            "shuffles": self.shuffles,
            "broadcasts": self.broadcasts,
            "operators": self.operators,
            "exchanges": self.exchanges,
            "exchange_partitions": self.exchange_partitions,
            "subqueries": self.subqueries,
            "cached_relations": self.cached_relations,
        }


def _strip_header(text):
    lines = text.strip("\n").split("\n")
    if lines and lines[0].startswith("== Physical Plan =="):
        lines = lines[1:]
    return "\n".join(lines).rstrip() + "\n"


_ID_PATTERN = re.compile(r"#\d+")
_PLAN_ID_PATTERN = re.compile(r"plan_id=\d+")


def normalize_ids(text):
    """Replace expression and plan ids with x, as Spark's own golden files do (k#12 -> k#x)."""
    text = _ID_PATTERN.sub("#x", text)
    return _PLAN_ID_PATTERN.sub("plan_id=x", text)


def dataframe_plan(spark, df):
    """Summarise a DataFrame's initial physical plan (raises the query's error if planning fails)."""
    jvm = spark._jvm
    query_execution = df._jdf.queryExecution()
    executed = query_execution.executedPlan()
    summary = PlanSummary(jvm)
    summary.visit(executed)
    result = summary.as_dict()
    explain = jvm.PythonSQLUtils.explainString(query_execution, "simple")
    result["physical"] = _strip_header(explain)
    return result


def rdd_plan(rdd):
    """Shuffle dependencies and RDD classes in an RDD's lineage (each RDD visited once)."""
    root = rdd._jrdd.rdd()
    seen = set()
    operators = []
    shuffles = 0
    stack = [root]
    while stack:
        node = stack.pop()
        node_id = node.id()
        if node_id in seen:
            continue
        seen.add(node_id)
        operators.append(_class_name(node))
        dependencies = _java_list(node.dependencies())
        for dependency in dependencies:
            if _class_name(dependency) == "ShuffleDependency":
                shuffles += 1
        stack.extend(reversed([dependency.rdd() for dependency in dependencies]))
    debug = rdd.toDebugString()
    if isinstance(debug, bytes):
        debug = debug.decode("utf-8", "replace")
    return {"shuffles": shuffles, "broadcasts": 0, "operators": operators,
            "partitions": rdd.getNumPartitions(), "physical": debug.rstrip() + "\n"}


_TREE_PREFIX = re.compile(r"^[\s:|+\-]*")
_CODEGEN_MARK = re.compile(r"^\*\(\d+\)\s*")


def _text_body(line):
    return _CODEGEN_MARK.sub("", _TREE_PREFIX.sub("", line))


def _text_operator(line):
    body = _text_body(line)
    if not body or body.startswith("AdaptiveSparkPlan"):
        return None
    if body.startswith("Scan In-memory table "):
        return body.split(" [", 1)[0]
    if body.startswith("Scan "):
        return body.split("[", 1)[0].strip()
    if body.startswith(("Subquery ", "ReusedSubquery ")):
        return body.split(" ", 1)[0]
    return re.split(r"[\s\[(]", body, maxsplit=1)[0]


def _depth(line):
    return len(line) - len(line.lstrip(" :|+-"))


def text_plan_summary(explain_text):
    """Plan summary from explain text alone (Spark Connect sessions, where the JVM plan is out of reach).

    Follows the same rules as PlanSummary: exchanges under an InMemoryRelation whose cached plan
    was already seen (same text, ids ignored) are listed as operators but not counted again.
    """
    lines = [line for line in explain_text.splitlines() if line.strip() and not line.startswith("==")]
    operators, exchanges, exchange_partitions = [], [], []
    shuffles = broadcasts = 0
    seen_cached_plans = set()
    repeated_until_depth = None
    for index, line in enumerate(lines):
        depth = _depth(line)
        if repeated_until_depth is not None and depth <= repeated_until_depth:
            repeated_until_depth = None
        name = _text_operator(line)
        if name is None:
            continue
        operators.append(name)
        counting = repeated_until_depth is None
        if name == "InMemoryRelation" and counting:
            block = []
            for following in lines[index + 1:]:
                if _depth(following) <= depth:
                    break
                block.append(_ID_PATTERN.sub("#x", _text_body(following)))
            key = "\n".join(block)
            if key in seen_cached_plans:
                repeated_until_depth = depth
            seen_cached_plans.add(key)
        elif name == "Exchange" and counting:
            body = _text_body(line)[len("Exchange "):]
            kind = re.split(r"[(,\s]", body, maxsplit=1)[0]
            numbers = re.findall(r",\s*(\d+)\)", body)
            shuffles += 1
            exchanges.append(kind)
            exchange_partitions.append(int(numbers[0]) if numbers else (1 if kind == "SinglePartition" else None))
        elif name == "BroadcastExchange" and counting:
            broadcasts += 1
    return {"shuffles": shuffles, "broadcasts": broadcasts, "operators": operators, "exchanges": exchanges,
            "exchange_partitions": exchange_partitions, "physical": _strip_header(explain_text)}


class StageWatch:
    """The jobs and stages Spark runs from now on, as its status store (the data behind the Spark UI)
    records them: per stage the tasks, the shuffle records and bytes written and read.

    For PySpark RDD shuffles a record is one pickled batch of key-value pairs (what `partitionBy` writes),
    not one pair. Needs the JVM (a classic session); `metrics()` returns None under Spark Connect.
    """

    def __init__(self, spark):
        try:
            self._sc = spark.sparkContext
            self._jvm_ok = self._sc._jsc is not None
        except Exception:  # a Spark Connect session has no SparkContext
            self._sc, self._jvm_ok = None, False
        self._start_stage, self._start_job = (-1, -1)
        if self._jvm_ok:
            stages, jobs = self._stages(), self._jobs()
            self._start_stage = max((stage.stageId() for stage in stages), default=-1)
            self._start_job = max((job.jobId() for job in jobs), default=-1)

    def _store(self):
        jsc = self._sc._jsc.sc()
        jsc.listenerBus().waitUntilEmpty()
        return jsc.statusStore()

    def _stages(self):
        no_quantiles = self._sc._gateway.new_array(self._sc._jvm.double, 0)
        return _java_list(self._store().stageList(None, False, False, no_quantiles, self._sc._jvm.java.util.ArrayList()))

    def _jobs(self):
        return _java_list(self._store().jobsList(None))

    def metrics(self):
        """{"jobs", "shuffle_records_written", "shuffle_bytes_written", "stages": [...]} since the watch began."""
        if not self._jvm_ok:
            return None
        stages = sorted((s for s in self._stages() if s.stageId() > self._start_stage), key=lambda s: s.stageId())
        jobs = [j for j in self._jobs() if j.jobId() > self._start_job]
        described = [{
            "name": stage.name(),
            "status": stage.status().toString(),
            "tasks": stage.numTasks(),
            "shuffle_write_records": stage.shuffleWriteRecords(),
            "shuffle_write_bytes": stage.shuffleWriteBytes(),
            "shuffle_read_records": stage.shuffleReadRecords(),
        } for stage in stages]
        return {
            "jobs": len(jobs),
            "shuffle_records_written": sum(stage["shuffle_write_records"] for stage in described),
            "shuffle_bytes_written": sum(stage["shuffle_write_bytes"] for stage in described),
            "stages": described,
        }
