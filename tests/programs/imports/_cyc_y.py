from _cyc_x import thing
