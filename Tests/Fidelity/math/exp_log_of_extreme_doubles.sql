SELECT exp(710) AS overflow_exp, exp(-1000) AS underflow_exp, log(1.7976931348623157E308) AS log_max, CAST(1e308 * 10 AS STRING) AS inf_text, sqrt(1e-320) AS subnormal_sqrt
