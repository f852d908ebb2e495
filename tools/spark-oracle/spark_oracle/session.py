"""Starting a SparkSession with the project's defaults, and resetting it between runs."""

import logging
import os
import tempfile
import time
from pathlib import Path

_LOG4J_CONFIG = Path(__file__).resolve().parent.parent / "log4j2.properties"

# The project's defaults. ANSI, AQE and 200 shuffle partitions are Spark 4's own defaults;
# they are set explicitly so a cluster with different site defaults still answers like local Spark.
PROJECT_CONF = {
    "spark.sql.session.timeZone": "UTC",
    "spark.sql.ansi.enabled": "true",
    "spark.sql.adaptive.enabled": "true",
    "spark.sql.shuffle.partitions": "200",
    "spark.sql.autoBroadcastJoinThreshold": str(10 * 1024 * 1024),
    # On by default in 4.x, but it only takes effect when pandas and pyarrow are installed; off, a
    # Python UDF plans as BatchEvalPython on every machine, as on a plain `pip install pyspark`.
    "spark.sql.execution.pythonUDF.arrow.enabled": "false",
}

# Settings that only make a local JVM start faster and talk less; they change no query result or plan.
_FAST_LOCAL_CONF = {
    "spark.ui.enabled": "false",
    "spark.ui.showConsoleProgress": "false",
    "spark.ui.dagGraph.retainedRootRDDs": "0",
    "spark.eventLog.enabled": "false",
    "spark.driver.host": "127.0.0.1",
    "spark.driver.bindAddress": "127.0.0.1",
    "spark.sql.pyspark.jvmStacktrace.enabled": "false",
    "spark.python.worker.reuse": "true",
    # CACHE TABLE and friends would otherwise create ./spark-warehouse wherever the oracle runs.
    "spark.sql.warehouse.dir": os.path.join(tempfile.gettempdir(), "spark-oracle-warehouse"),
}

_QUERY_CONTEXT_LOGGERS = ("SQLQueryContextLogger", "DataFrameQueryContextLogger")


def _use_utc_in_python():
    # PySpark turns naive datetimes into instants with the Python process's local zone;
    # UTC everywhere keeps "YYYY-MM-DD HH:MM:SS" strings round-tripping unchanged.
    os.environ["TZ"] = "UTC"
    if hasattr(time, "tzset"):
        time.tzset()


def _silence_python_loggers():
    # PySpark logs every captured query-context error as JSON on stderr; the oracle reports errors itself.
    for name in _QUERY_CONTEXT_LOGGERS:
        logger = logging.getLogger(name)
        logger.disabled = True
        logger.propagate = False


def start_session(master="local[2]", remote=None, conf=None):
    """Return a SparkSession with the project's defaults.

    master: a Spark master URL (default local[2], so sc.defaultParallelism is 2).
    remote: a Spark Connect URL (sc://host:port); when given, master is ignored.
    conf: extra {key: value} settings, applied last.
    """
    _use_utc_in_python()
    _silence_python_loggers()
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName("spark-oracle")
    if remote:
        builder = builder.remote(remote)
        settings = dict(PROJECT_CONF)
    else:
        builder = builder.master(master)
        java_options = f"-Duser.timezone=UTC -Dlog4j2.configurationFile=file:{_LOG4J_CONFIG}"
        settings = dict(PROJECT_CONF)
        settings.update(_FAST_LOCAL_CONF)
        settings["spark.driver.extraJavaOptions"] = java_options
        settings["spark.executor.extraJavaOptions"] = java_options
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    if not remote:
        spark.sparkContext.setLogLevel("FATAL")
    return spark
