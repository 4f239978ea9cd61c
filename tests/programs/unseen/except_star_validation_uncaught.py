# Nested ExceptionGroups with notes from a validation pass, except* then a bare raise:
# the uncaught group traceback.
def validate(rec):
    errs = []
    if not rec.get("name"):
        errs.append(ValueError("name missing"))
    if not isinstance(rec.get("age"), int):
        e = TypeError(f"age must be int, got {type(rec.get('age')).__name__}")
        e.add_note(f"record id={rec['id']}")
        errs.append(e)
    if errs:
        raise ExceptionGroup(f"record {rec['id']} invalid", errs)

def validate_all(recs):
    problems = []
    for r in recs:
        try:
            validate(r)
        except ExceptionGroup as eg:
            problems.append(eg)
    if problems:
        raise ExceptionGroup("validation failed", problems)

try:
    validate_all([{"id": 1, "name": "a", "age": 3}, {"id": 2, "name": "", "age": "x"}, {"id": 3, "age": 5}])
except* TypeError as g:
    print("type errors:", [str(e) for e in g.exceptions[0].exceptions])
    raise
