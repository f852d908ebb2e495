SELECT make_timestamp(2024, 3, 5, 23, 59, 60) AS sixty_rolls_over, make_timestamp(2024, 3, 5, 10, 0, 1.123456) AS micros,
       make_timestamp(2024, 3, 5, 10, 0, 0, 'Asia/Kolkata') AS in_kolkata, make_timestamp(2024, 3, 5, 10, 0, NULL) AS null_sec
