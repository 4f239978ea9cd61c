print("pkg_main/__init__ runs as", __name__)
