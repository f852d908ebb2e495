SELECT NOT NULL AS not_null, NOT (1 > NULL) AS not_unknown, -(NULL) AS neg_null, typeof(-(NULL)) AS neg_null_type, !true AS bang
