"""moto_server, made safe for the retries of the AWS SDKs.

Runs what `moto_server -H HOST -p PORT` runs (moto's WSGI application on
werkzeug's threaded server), with two additions. First, a request that repeats an
AWS SDK call moto has already answered with success gets that answer again
instead of being carried out a second time.

Why: every attempt of one SDK call carries the same amz-sdk-invocation-id
header. When the connection breaks after moto handled a request (measured
here: the client resets it while moto answers), the SDK retries. AWS makes
such a retry harmless (ClientToken, idempotent APIs); moto does not, so a
retried create makes a second, untracked route table (the VPC then cannot
be deleted) or fails with RouteAlreadyExists or Lambda's 409.

Only writes (not GET or HEAD) are remembered, only successful answers are
replayed (a failed or throttled attempt is retried for real), and only the
last MAX_CALLS of them, for at most MAX_AGE seconds. A retry that arrives
while the attempt before it still runs waits for it (at most MAX_WAIT).

Second, managed_rotation: the rotation of RDS's own secret can be turned
off as it was turned on (see there).
"""

import argparse
import collections
import os
import signal
import sys
import threading
import time

import moto

# The moto this wrapper is written and measured against (its imports below,
# the emulator's known gaps in stacks/emulator.go). emulator.go names it too.
SUPPORTED = "5.2.1"
if moto.__version__.split(".")[:2] != SUPPORTED.split(".")[:2]:
    print(
        'moto %s is installed; the estate\'s emulator needs moto %s.x (pip install "moto[server]==%s")'
        % (moto.__version__, ".".join(SUPPORTED.split(".")[:2]), SUPPORTED),
        file=sys.stderr,
        flush=True,
    )
    sys.exit(3)

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app  # noqa: E402
from moto.secretsmanager.models import FakeSecret, SecretsManagerBackend  # noqa: E402
from werkzeug.serving import run_simple  # noqa: E402


def managed_rotation():
    """Lets CancelRotateSecret turn off the rotation of a secret another
    service manages (RDS's master user secret), as RotateSecret lets it be
    turned on: without a Lambda function. moto 5.2 refuses it for any secret
    without one, so destroying an aws_secretsmanager_secret_rotation of the
    database's credentials fails on the emulator."""
    cancel = SecretsManagerBackend.cancel_rotate_secret

    def cancel_rotate_secret(self, secret_id):
        secret = self.secrets.get(secret_id) if self._is_valid_identifier(secret_id) else None
        if isinstance(secret, FakeSecret) and secret.owning_service and not secret.rotation_lambda_arn and not secret.is_deleted():
            secret.rotation_enabled = False
            return secret.to_short_dict()
        return cancel(self, secret_id)

    SecretsManagerBackend.cancel_rotate_secret = cancel_rotate_secret

MAX_CALLS = 2048
MAX_AGE = 900.0
MAX_WAIT = 120.0
READS = frozenset(("GET", "HEAD", "OPTIONS"))


class Call:
    """One SDK call: its first attempt's answer, once there is one."""

    def __init__(self):
        self.done = threading.Event()
        self.started = time.monotonic()
        self.answer = None  # (status, headers, body) of a successful attempt


def handle(app, environ):
    """Runs the application on one request; returns its whole answer."""
    answer = {}
    chunks = []

    def start_response(status, headers, exc_info=None):
        answer["status"], answer["headers"] = status, list(headers)
        return chunks.append

    body = app(environ, start_response)
    try:
        chunks.extend(body)
    finally:
        if hasattr(body, "close"):
            body.close()
    return answer["status"], answer["headers"], b"".join(chunks)


class Idempotent:
    """WSGI middleware: one successful execution per SDK call."""

    def __init__(self, app):
        self.app = app
        self.lock = threading.Lock()
        self.calls = collections.OrderedDict()

    def call(self, key):
        """The call with this invocation id, and whether it is new."""
        now = time.monotonic()
        with self.lock:
            while self.calls:
                oldest = next(iter(self.calls.values()))
                if len(self.calls) < MAX_CALLS and now - oldest.started < MAX_AGE:
                    break
                self.calls.popitem(last=False)
            call = self.calls.get(key)
            if call is not None:
                return call, False
            call = self.calls[key] = Call()
            return call, True

    def __call__(self, environ, start_response):
        key = environ.get("HTTP_AMZ_SDK_INVOCATION_ID")
        if not key or environ.get("REQUEST_METHOD") in READS:
            return self.app(environ, start_response)
        call, first = self.call(key)
        if not first:
            # A retry: wait for the attempt before it (not forever), replay
            # its success.
            if call.done.wait(MAX_WAIT) and call.answer is not None:
                status, headers, body = call.answer
                print(
                    "replayed the answer to a retried call: %s %s, amz-sdk-invocation-id %s"
                    % (environ.get("REQUEST_METHOD"), environ.get("PATH_INFO"), key),
                    file=sys.stderr,
                    flush=True,
                )
                start_response(status, headers)
                return [body]
        try:
            status, headers, body = handle(self.app, environ)
            if status[:1] in ("2", "3"):
                call.answer = (status, headers, body)
        finally:
            call.done.set()
        start_response(status, headers)
        return [body]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-H", "--host", default="127.0.0.1")
    parser.add_argument("-p", "--port", type=int, required=True)
    args = parser.parse_args()
    os.environ.setdefault("MOTO_PORT", str(args.port))
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    managed_rotation()
    app = DomainDispatcherApplication(create_backend_app)
    run_simple(args.host, args.port, Idempotent(app), threaded=True)


if __name__ == "__main__":
    main()
