SELECT to_timestamp('2024-03-05 14:07:09.123456', 'yyyy-MM-dd HH:mm:ss.SSSSSS') AS six, to_timestamp('2024-3-5 4:7:9', 'yyyy-M-d H:m:s') AS single_letters,
       to_date('2024-03-05', 'yyyy-dd-MM') AS swapped, try_to_timestamp('2024-03-05 14:07:09.1234', 'yyyy-MM-dd HH:mm:ss.SSS') AS too_many_digits
