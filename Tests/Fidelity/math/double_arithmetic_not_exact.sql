SELECT 0.1D + 0.2D AS sum_doubles,
       0.1D + 0.2D = 0.3D AS equals_false,
       0.1 + 0.2 = 0.3 AS decimals_equal,
       1.1D * 3 AS times_three,
       1 - 0.9D AS subtraction
