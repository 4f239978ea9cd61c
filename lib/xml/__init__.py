"""Core XML support for Python (pydive: xml.etree.ElementTree only)."""
