# logging.handlers.WatchedFileHandler stats its stream's descriptor (os.fstat(fileno()))
# and reopens the file after it is renamed away.
import logging
import logging.handlers
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'app.log')
h = logging.handlers.WatchedFileHandler(p)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
log = logging.getLogger('watched')
log.addHandler(h)
log.setLevel(logging.INFO)
log.info('first')
st = os.fstat(h.stream.fileno())
print(st.st_size, st.st_ino == os.stat(p).st_ino)
os.rename(p, p + '.1')
log.info('second')
log.warning('third')
h.close()
with open(p + '.1') as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.read()))
for n in sorted(os.listdir(d)):
    os.remove(os.path.join(d, n))
os.rmdir(d)
