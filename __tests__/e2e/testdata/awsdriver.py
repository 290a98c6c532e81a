"""Runs aws CLI commands in one process, for the end-to-end tests.

Reads one command a line (a JSON list of the arguments after `aws`), runs it
with the CLI's own driver, and writes one line: {"rc", "stdout", "stderr"}.
A process of its own costs a command about a second of processor time (the
interpreter, botocore's models, often a pyenv shim); here about 50 ms.
Prints "ready" first, once the CLI is imported.
"""
import contextlib
import io
import json
import sys

from awscli.clidriver import create_clidriver

reply = sys.stdout
driver = create_clidriver()
reply.write("ready\n")
reply.flush()
for line in sys.stdin:
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        try:
            rc = driver.main(json.loads(line))
        except SystemExit as e:
            rc = e.code if isinstance(e.code, int) else 1
    reply.write(json.dumps({"rc": rc, "stdout": stdout.getvalue(), "stderr": stderr.getvalue()}) + "\n")
    reply.flush()
