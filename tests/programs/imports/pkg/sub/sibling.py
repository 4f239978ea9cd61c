NAME = "sibling"
print("pkg.sub.sibling runs")
