-- data: documents.json
SELECT doc_id,
       body LIKE ALL ('%data%', '%big%') AS all_match,
       body NOT LIKE ANY ('%data%', '%spark%') AS misses_one,
       body NOT LIKE ALL ('%data%', '%simple%') AS misses_both,
       body LIKE ANY ('%zzz%', NULL) AS with_null_pattern,
       body ILIKE ALL ('%SPARK%', '%s%') AS ilike_all
FROM documents
