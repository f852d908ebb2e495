SELECT arr.n AS names, arr[1].q AS second_q, size(arr) AS sz FROM (
  SELECT array(named_struct('n', 'a', 'q', 1), named_struct('n', 'b', 'q', 2)) AS arr)
