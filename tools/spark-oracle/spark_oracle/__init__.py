"""Run SparkDojo solutions on real Apache Spark and describe the result as `dojo run --format json` does."""

from .corpus import Case, CaseHeader, compare_results, discover_cases, run_case
from .dataset import DatasetError, load_tables, read_dataset, unload_tables
from .plan import normalize_ids, text_plan_summary
from .runner import run_solution
from .session import PROJECT_CONF, start_session

__all__ = [
    "Case", "CaseHeader", "DatasetError", "PROJECT_CONF", "compare_results", "discover_cases", "load_tables",
    "normalize_ids", "read_dataset", "run_case", "run_solution", "start_session", "text_plan_summary",
    "unload_tables",
]
