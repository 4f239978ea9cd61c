# markers under an attribute access and a call on None
def get_config():
    return None
def main():
    cfg = get_config()
    return cfg.settings.get("x")
main()
