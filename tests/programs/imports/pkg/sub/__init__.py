print("pkg.sub/__init__ runs")
