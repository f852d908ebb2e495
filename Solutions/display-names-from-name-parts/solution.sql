SELECT customer_id,
       concat_ws(' ',
                 nullif(trim(first_name), ''),
                 nullif(trim(middle_name), ''),
                 nullif(trim(last_name), '')) AS display_name
FROM customers
