SELECT to_json(array(map('a', 1), map('b', CAST(NULL AS INT)))) AS maps,
       to_json(array(named_struct('x', CAST(NULL AS INT), 'y', array(1, NULL)))) AS structs,
       to_json(map('k', named_struct('v', 1.50BD))) AS decimal_value,
       to_json(array(DATE'2024-01-02', NULL)) AS dates
