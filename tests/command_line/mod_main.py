import sys
print("mod_main:", __name__, __package__ == "", [a.split("/")[-1] for a in sys.argv])
print(sys.argv[0] == __file__, __spec__.name if __spec__ else None)
