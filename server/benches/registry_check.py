"""Checks, before the registry benchmark measures anything, that the server it runs
against responds correctly: client reads match their static copies byte for byte, secret
verifications return the validity bench-seed recorded, and the decisions cover several
outcomes. Prints the decision outcomes it saw; exits 1 on the first response that does not match.

Usage: registry_check.py BASE_URL SEED_DIR
"""

import collections
import json
import pathlib
import random
import sys
import urllib.error
import urllib.request

SAMPLE = 300
# A fixed seed, so every run samples the same lines of the request lists.
SAMPLER = random.Random(1)
# A sample of decisions must show at least this many different outcomes.
MIN_OUTCOMES = 5


def request(base, token, path, body=None):
    headers = {"Authorization": f"Bearer {token}"}
    if body is not None:
        headers["Content-Type"] = "application/json"
        body = json.dumps(body).encode()
    http_request = urllib.request.Request(base + path, data=body, headers=headers)
    try:
        with urllib.request.urlopen(http_request, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


def sample(items, count):
    return SAMPLER.sample(items, min(count, len(items)))


def fail(message):
    print(f"registry check failed: {message}", file=sys.stderr)
    sys.exit(1)


def check_reads(base, token, seed):
    client_ids = (seed / "clients.txt").read_text().split()
    for client_id in sample(client_ids, SAMPLE):
        status, body = request(base, token, f"/registry/v1/clients/{client_id}")
        if status != 200:
            fail(f"GET client {client_id} returned {status}: {body[:200]!r}")

        static = seed / "site" / "bench-static" / "clients" / f"{client_id}.json"
        if body != static.read_bytes():
            fail(f"client {client_id} differs from its static copy {static}")

        status, served = request(base, token, f"/bench-static/clients/{client_id}.json")
        if status != 200 or served != body:
            fail(f"static copy of {client_id} was served with {status} or other bytes")


def check_secrets(base, token, seed):
    lines = (seed / "secrets.txt").read_text().splitlines()
    for line in sample(lines, SAMPLE):
        client_id, secret, expected = line.split()
        path = f"/registry/v1/clients/{client_id}/secret-verification"
        status, body = request(base, token, path, {"client_secret": secret})
        if status != 200:
            fail(f"secret verification of {client_id} returned {status}: {body[:200]!r}")

        valid = json.loads(body)["valid"]
        if valid != (expected == "true"):
            fail(f"secret verification of {client_id} returned valid={valid}, expected {expected}")


def check_decisions(base, token, seed):
    lines = (seed / "decisions.txt").read_text().splitlines()
    outcomes = collections.Counter()
    for line in sample(lines, SAMPLE * 10):
        client_id, clinic_id, environment = line.split()
        path = (f"/registry/v1/clients/{client_id}/decision"
                f"?clinic_id={clinic_id}&environment={environment}")
        status, body = request(base, token, path)
        if status != 200:
            fail(f"decision for {client_id} returned {status}: {body[:200]!r}")

        decision = json.loads(body)
        outcomes["allowed" if decision["allowed"] else decision["reason"]] += 1

    total = sum(outcomes.values())
    summary = ", ".join(f"{name} {count * 100 / total:.0f}%" for name, count in outcomes.most_common())
    print(f"decision outcomes in a sample of {total}: {summary}")
    if len(outcomes) < MIN_OUTCOMES:
        fail(f"expected at least {MIN_OUTCOMES} different decision outcomes, saw {len(outcomes)}")


def main():
    if len(sys.argv) != 3:
        fail("usage: registry_check.py BASE_URL SEED_DIR")
    base, seed = sys.argv[1], pathlib.Path(sys.argv[2])
    token = (seed / "token.txt").read_text().strip()

    check_reads(base, token, seed)
    check_secrets(base, token, seed)
    check_decisions(base, token, seed)
    print("registry check passed: reads match their static copies, secrets verify as seeded")


if __name__ == "__main__":
    main()
