SELECT upper('straße') AS sharp_s,
       lower('İ') AS dotted_capital_i,
       upper('ﬁ') AS ligature,
       length(upper('straße')) AS upper_length,
       initcap('élan vital') AS accent_initcap,
       lower('ΣΑΣ') AS final_sigma
