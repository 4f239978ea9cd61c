import keyword
print(keyword.kwlist, keyword.softkwlist, keyword.iskeyword("if"), keyword.iskeyword("match"),
      keyword.issoftkeyword("match"), keyword.issoftkeyword("if"), keyword.__all__)
