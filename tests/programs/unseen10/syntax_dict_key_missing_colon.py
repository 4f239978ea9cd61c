# A settings table where one entry lost its colon.
SETTINGS = {
    "width": 80,
    "height" 24,
    "title": "Report",
    "debug": False,
}
print(SETTINGS)
