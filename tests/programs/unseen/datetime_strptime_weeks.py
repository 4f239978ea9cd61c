from datetime import datetime
import time
cases = [("2024-W05-1", "%G-W%V-%u"), ("2024 05 3", "%Y %W %w"), ("2024 00 0", "%Y %U %w"), ("2023 00 1", "%Y %W %u"),
         ("2024 10 Tue", "%Y %U %a"), ("Wednesday 2021 52", "%A %Y %W"), ("Tue Mar  5 10:01:02 2024", "%c"),
         ("03/05/24", "%x"), ("10:01:02", "%X"), ("2024-01-01 UTC", "%Y-%m-%d %Z"), ("2020-W53-7", "%G-W%V-%u"),
         ("2024 05", "%G %V"), ("2024 05 1", "%Y %V %u"), ("05 1", "%V %u"), ("2024 1 3", "%G %j %u"), ("2024 8", "%Y %w"),
         ("1999 52 Sunday", "%Y %U %A"), ("2024-gmt", "%Y-%Z"), ("2024 53 6", "%Y %W %w")]
for s, f in cases:
    try:
        print(s, "|", f, "->", datetime.strptime(s, f))
    except ValueError as e:
        print(s, "|", f, "-> ValueError", e)
print(time.strptime("2024 10 Tue", "%Y %U %a")[:])
