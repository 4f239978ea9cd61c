import subprocess, sys
r = subprocess.run(["echo", "hello", "world"], capture_output=True)
print(r)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run(["sh", "-c", "exit 3"])
print(r.returncode, r)
try:
    subprocess.run(["sh", "-c", "exit 3"], check=True)
except subprocess.CalledProcessError as e:
    print("CPE:", e, e.returncode, e.cmd, e.output)
r = subprocess.run(["cat"], input=b"fed through stdin\n", stdout=subprocess.PIPE)
print(r.stdout)
r = subprocess.run(["cat"], input="text mode\r\nline2", capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr))
print(subprocess.check_output(["echo", "out"]))
print(subprocess.check_output("echo $((6*7))", shell=True, text=True))
print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(str(e))
r = subprocess.run("echo err >&2; echo out", shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(r.stdout.split()))
r = subprocess.run(["sh", "-c", "echo x; echo y >&2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)
r = subprocess.run(["pwd"], cwd="/tmp", capture_output=True, text=True)
print(r.stdout.strip())
r = subprocess.run(["sh", "-c", "echo $FOO"], env={"FOO": "bar", "PATH": "/usr/bin:/bin"}, capture_output=True)
print(r.stdout)
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("timeout:", e.cmd, e.timeout < 0.2)
try:
    subprocess.run(["no-such-command-xyz"])
except FileNotFoundError as e:
    print("FNF:", e, e.errno, e.filename)
try:
    subprocess.run(["ls"], cwd="/no/such/dir")
except FileNotFoundError as e:
    print("FNF:", e)
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, err = p.communicate(b"abc")
print(out, err, p.returncode, p.args)
p = subprocess.Popen(["sh", "-c", "printf 'a\\nb\\nc\\n'"], stdout=subprocess.PIPE, text=True)
for line in p.stdout:
    print("line:", repr(line))
print(p.wait(), p.poll())
p = subprocess.Popen(["sleep", "10"])
print(p.poll())
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "10"])
p.terminate()
print(p.wait())
try:
    subprocess.run(["sh", "-c", "kill -9 $$"], check=True)
except subprocess.CalledProcessError as e:
    print(e)
r = subprocess.run([sys.executable, "-c", "import sys; print('child', sys.argv[1:]); sys.exit(4)", "a", "b"], capture_output=True, text=True)
print(r.returncode, r.stdout)
with subprocess.Popen(["echo", "ctx"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode)
print(subprocess.getoutput("echo hi; exit 2"), subprocess.getstatusoutput("echo hi; exit 2"))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL)
print(repr(subprocess.CompletedProcess(["x"], 0, b"o")))
try:
    p = subprocess.Popen(["sleep", "3"])
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(e)
    p.kill(); p.wait()
try:
    subprocess.run(["sh", "-c", "echo partial; sleep 5"], capture_output=True, timeout=0.6)
except subprocess.TimeoutExpired as e:
    print(e, e.stdout, e.stderr)
r = subprocess.run(["sh", "-c", "cat; echo done >&2"], input=b"x" * 200000, capture_output=True)
print(len(r.stdout), r.stderr)
print("parent line before child")
subprocess.run(["echo", "child line"])
print("parent line after child")
