SELECT mask('AbCd-123 é') AS defaults,
       mask('AbCd-123', 'Y', 'y', '9', '*') AS custom_all,
       mask('AbCd-123', NULL, NULL, NULL, NULL) AS nulls_keep,
       mask('AbCd-123', 'Q') AS only_upper,
       mask(CAST(NULL AS STRING)) AS null_input
