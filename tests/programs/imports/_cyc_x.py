import _cyc_y
thing = 1
