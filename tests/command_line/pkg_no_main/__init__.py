print("pkg_no_main imported")
