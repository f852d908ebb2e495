-- data: documents.json
SELECT doc_id,
       regexp_extract_all(body, '(\\w+) data', 1) AS before_data,
       body LIKE ANY ('%spark%', '%Spark%') AS mentions_spark,
       body ILIKE '%SQL%' AS mentions_sql,
       regexp_count(body, '[aeiou]') AS vowels
FROM documents
