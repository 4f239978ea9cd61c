# http.HTTPStatus/HTTPMethod, 'import this', faulthandler switches and dump_traceback, genericpath.
import http
from http import HTTPStatus, HTTPMethod
print(HTTPStatus.OK, repr(HTTPStatus.OK), HTTPStatus.OK.phrase, HTTPStatus.OK.description)
print(HTTPStatus(404), HTTPStatus(404).name, HTTPStatus["IM_A_TEAPOT"].phrase, len(HTTPStatus))
print([s.value for s in HTTPStatus][:10], f"{HTTPStatus.NOT_FOUND}", HTTPStatus.NOT_FOUND == 404)
for s in (HTTPStatus.CONTINUE, HTTPStatus.CREATED, HTTPStatus.FOUND, HTTPStatus.GONE, HTTPStatus.BAD_GATEWAY):
    print(s.name, s.is_informational, s.is_success, s.is_redirection, s.is_client_error, s.is_server_error)
print([(s.value, s.phrase, s.description) for s in HTTPStatus])
print(HTTPMethod.GET, repr(HTTPMethod.POST), HTTPMethod.PUT.description, HTTPMethod("PATCH"), list(HTTPMethod))
print(HTTPMethod.GET == "GET", isinstance(HTTPStatus.OK, int), sorted(http.__all__), HTTPStatus.__doc__.splitlines()[0])
try:
    HTTPStatus(999)
except ValueError as e:
    print("ValueError", e)
print(HTTPStatus.OK.__class__.__module__, type(HTTPStatus.OK).__qualname__, HTTPStatus.OK + 1, str(HTTPStatus.OK), format(HTTPStatus.OK, "5d"))

import this
print(this.c, this.i, len(this.d), this.s[:20], sorted(n for n in dir(this) if not n.startswith("__")))
import this

import faulthandler, sys, io, genericpath, os
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
def inner():
    faulthandler.dump_traceback(sys.stdout, all_threads=False)
def outer():
    inner()
sys.stdout.flush()
outer()
try:
    faulthandler.enable(io.StringIO())
except Exception as e:
    print(type(e).__name__, e)
print(genericpath.commonprefix(["/usr/lib", "/usr/local"]), genericpath.exists("/"), genericpath.isdir("/nonexistent"))
print(sorted(genericpath.__all__) == sorted(['commonprefix', 'exists', 'getatime', 'getctime', 'getmtime', 'getsize', 'isdir', 'isfile', 'islink', 'samefile', 'sameopenfile', 'samestat']))
