SELECT to_date('05-Mar-2024', 'dd-MMM-yyyy') AS abbr, to_date('05-MAR-2024', 'dd-MMM-yyyy') AS upper_abbr,
       to_date('March 5, 2024', 'MMMM d, yyyy') AS full_name, to_timestamp('05 mar 2024 14:07', 'dd MMM yyyy HH:mm') AS lower_abbr
