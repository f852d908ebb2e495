SELECT 'tab\there' AS t, 'new\nline' AS n, 'quote\'s' AS q, "double \"q\"" AS dq, 'back\\slash' AS b,
       'unicode \u0041\u00e9' AS u, r'raw\n' AS raw, 'con' 'cat' 'ed' AS adjacent, length('\\') AS one,
       '%\_x' AS pct
