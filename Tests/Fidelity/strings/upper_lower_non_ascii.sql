SELECT upper('straße') AS sharp_s, lower('ÀÉÎ') AS accents_lower, upper('ǆ') AS digraph, lower('İ') AS dotted_i,
       length(upper('straße')) AS len, upper('ﬁ') AS ligature, lower('ΣΑΣ') AS sigma, initcap('ǆemal')  AS title
