SELECT reverse('héllo') AS rev, substring('héllo', 2, 3) AS sub, length('héllo') AS len, upper(reverse('ÀbÇ')) AS up, levenshtein('café', 'cafe') AS lev
