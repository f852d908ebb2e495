SELECT map_from_entries(array(named_struct('k', 1, 'v', 'a'), CAST(NULL AS STRUCT<k: INT, v: STRING>))) AS null_entry,
       map_from_entries(CAST(array() AS ARRAY<STRUCT<k: INT, v: STRING>>)) AS empty_entries,
       map_from_entries(array(named_struct('k', 1, 'v', CAST(NULL AS STRING)))) AS null_value
