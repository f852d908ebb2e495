SELECT concat_ws(',', array(1, 2))
