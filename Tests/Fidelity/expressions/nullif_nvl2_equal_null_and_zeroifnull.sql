-- data: numbers.json
SELECT id, nullif(b, 0) AS nz, nvl2(a, 'has', 'none') AS has, equal_null(a, NULL) AS eqn, zeroifnull(a) AS zin,
       nullifzero(b) AS nifz, ifnull(s, 'missing') AS s2, a <=> NULL AS nse
FROM nums
