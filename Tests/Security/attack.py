"""A small attack run against the built server, as a probe would run it (issue: security hardening).

Checks, each printing "ok" or "FAIL":
  * sign-in's `next` cannot redirect off the site or write a header (CR, LF, TAB, //, backslash, %2F%2F, URLs);
  * a changed X-Forwarded-For does not reset a rate limit;
  * two instances on one database share one limit;
  * half-sent requests (more than the shell's soft open-file limit) are closed after the idle timeout while the
    server keeps answering, and the same through the sample nginx proxy;
  * a client deleted on request leaves no trace of name, email or notes in the database files.

Usage: attack.py --base URL --second URL --proxy URL --data DIR --email E --password P
"""
import argparse
import http.client
import pathlib
import re
import resource
import socket
import sys
import time
import urllib.parse

import requests

problems = []


def expect(condition: bool, message: str) -> None:
    print(("  ok   " if condition else "  FAIL ") + message)
    if not condition:
        problems.append(message)


def csrf_of(html: str) -> str:
    found = re.search(r'name="_csrf" value="([^"]*)"', html)
    return found.group(1) if found else ""


def sign_in_raw(base: str, email: str, password: str, next_value: str) -> tuple[int, list]:
    """Signs in through the real form and returns the status and the raw response headers (no redirects)."""
    session = requests.Session()
    form = session.get(f"{base}/staff/sign-in", timeout=10).text
    body = urllib.parse.urlencode({"_csrf": csrf_of(form), "email": email, "password": password, "next": next_value})
    host = urllib.parse.urlparse(base)
    connection = http.client.HTTPConnection(host.hostname, host.port, timeout=10)
    cookies = "; ".join(f"{k}={v}" for k, v in session.cookies.items())
    connection.request("POST", "/staff/sign-in", body=body,
                       headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": cookies})
    response = connection.getresponse()
    headers = response.getheaders()
    response.read()
    connection.close()
    return response.status, headers


def check_redirects(base: str, email: str, password: str) -> None:
    hostile = ["/\t/evil.example/phish", "/staff/leads\r\nSet-Cookie: rb_csrf=attacker", "/staff\r\n\r\n<h1>x</h1>",
               "//evil.example/", "/\\evil.example", "%2F%2Fevil.example", "https://evil.example/", "/%09/evil.example"]
    for value in hostile:
        status, headers = sign_in_raw(base, email, password, value)
        location = [v for k, v in headers if k.lower() == "location"]
        cookies = [v for k, v in headers if k.lower() == "set-cookie"]
        safe = status == 303 and location == ["/staff"] and not any("attacker" in c for c in cookies)
        expect(safe, f"next={value!r} → {status} {location}")


def check_limits(base: str, second: str) -> None:
    # A fresh session (and form token) per attempt, as a script guessing passwords would.
    statuses = []
    for index in range(12):
        session = requests.Session()
        token = csrf_of(session.get(f"{base}/staff/sign-in", timeout=10).text)
        response = session.post(f"{base}/staff/sign-in", data={"_csrf": token, "email": "victim@studio.example", "password": "wrong"},
                                headers={"X-Forwarded-For": f"203.0.113.{index}"}, timeout=10)
        statuses.append(response.status_code)
    expect(statuses[:10] == [401] * 10 and statuses[10:] == [429, 429], f"a changed X-Forwarded-For does not reset the limit {statuses}")
    shared = []
    for index in range(12):
        target = base if index % 2 == 0 else second
        session = requests.Session()
        token = csrf_of(session.get(f"{target}/staff/sign-in", timeout=10).text)
        response = session.post(f"{target}/staff/sign-in", data={"_csrf": token, "email": "other@studio.example", "password": "wrong"},
                                timeout=10)
        shared.append(response.status_code)
    expect(shared[:10] == [401] * 10 and shared[10:] == [429, 429], f"two instances share one limit {shared}")


def check_slow_clients(base: str, idle: float, count: int = 400) -> None:
    """`count` is above the soft open-file limit (256) the server was started with."""
    host = urllib.parse.urlparse(base)
    sockets = []
    for _ in range(count):
        sock = socket.create_connection((host.hostname, host.port), timeout=5)
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")
        sockets.append(sock)
    answered = requests.get(f"{base}/healthz", timeout=5).status_code == 200
    expect(answered, f"{base} answers while {count} half-sent requests are open")
    time.sleep(idle + 2)
    closed = 0
    for sock in sockets:
        try:
            sock.settimeout(2)
            closed += sock.recv(1) == b""
        except OSError:
            closed += 1
        sock.close()
    expect(closed == len(sockets), f"half-sent requests are closed after the idle timeout ({closed} of {len(sockets)})")


def check_deletion(base: str, data: pathlib.Path, email: str, password: str) -> None:
    session = requests.Session()
    token = csrf_of(session.get(f"{base}/staff/sign-in", timeout=10).text)
    session.post(f"{base}/staff/sign-in", data={"_csrf": token, "email": email, "password": password}, timeout=10)
    secrets = ["Quillon Marchbanks", "quillon.marchbanks@example.com", "Zephyrine gardening notes"]
    form = session.get(f"{base}/staff/clients/new", timeout=10).text
    created = session.post(f"{base}/staff/clients/new", allow_redirects=False, timeout=10, data={
        "_csrf": csrf_of(form), "name": secrets[0], "email": secrets[1], "dateOfBirth": "1980-01-01", "sex": "male",
        "sessionsPerWeek": "2", "minutesPerSession": "45", "level": "2", "setting": "studio", "notes": secrets[2],
        "goals": "Walk the dog"})
    path = created.headers.get("Location", "")
    expect(created.status_code == 303 and path.startswith("/staff/clients/"), f"a client is created ({created.status_code})")
    page = session.get(f"{base}{path}/delete", timeout=10).text
    deleted = session.post(f"{base}{path}/delete", data={"_csrf": csrf_of(page), "confirm": secrets[0]}, allow_redirects=False, timeout=10)
    expect(deleted.status_code == 303, "the client is deleted on request")
    time.sleep(1)
    found = []
    for file in data.glob("rebalance.sqlite*"):
        content = file.read_bytes()
        found += [f"{secret} in {file.name}" for secret in secrets if secret.encode() in content or secret.lower().encode() in content]
    expect(not found, f"no trace in the database files {found}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", required=True)
    parser.add_argument("--second", required=True)
    parser.add_argument("--proxy", required=True)
    parser.add_argument("--data", required=True, type=pathlib.Path)
    parser.add_argument("--email", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--idle", type=float, default=2)
    arguments = parser.parse_args()
    # This script holds a thousand connections open at once.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, min(hard, 4096)), hard))
    print("redirects and headers")
    check_redirects(arguments.base, arguments.email, arguments.password)
    print("rate limits")
    check_limits(arguments.base, arguments.second)
    print("slow clients")
    check_slow_clients(arguments.base, arguments.idle)
    print("slow clients through the proxy")
    check_slow_clients(arguments.proxy, 10, count=1000)
    print("deletion")
    check_deletion(arguments.base, arguments.data, arguments.email, arguments.password)
    print(f"attack check: {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
