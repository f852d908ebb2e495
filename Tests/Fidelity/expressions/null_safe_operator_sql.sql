-- data: nullkeys.json
SELECT name, k <=> NULL, k <=> 1, NULL <=> NULL, k = NULL FROM lhs
