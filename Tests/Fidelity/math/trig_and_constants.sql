SELECT round(pi(), 6), round(e(), 6), sin(0), cos(0), round(atan2(1, 1), 6), degrees(pi()), radians(180)
