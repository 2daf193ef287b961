"""Booking checks that need real servers: races, several instances, a crash, and calendar files.

Run by scripts/booking-checks against the built `rebalance` binary, each scenario on its own database:
  race-sqlite      200 simultaneous bookings of one slot on the embedded SQLite: exactly one wins, no 5xx
  race-postgres    the same on PostgreSQL, plus overlapping session types on one trainer
  two-instances    the race spread over two app instances sharing one PostgreSQL, and every outbox message
                   delivered exactly once by the two outbox workers (counted at a fake SMTP server)
  crash            kill -9 during a burst of bookings: after a restart every booking confirmed to a client
                   exists whole (history and email with it) and the outbox still delivers
  rolling-restart  two instances behind nginx (deploy/nginx.conf) on one PostgreSQL under wrk load, while scripted
                   booking journeys run through the proxy and deploy/rolling-restart restarts both instances in
                   turn: no failed journey, no double booking, every email once, and the sign-in limit counted
                   across both instances
  stop-under-load  SIGTERM while 12 visitors read pages and the booking API (SQLite and PostgreSQL): the server
                   finishes what it answers and exits 0 every time, with no crash and no error status
  calendars        .ics files (download, email attachments, trainer feed) parsed by the icalendar package;
                   a reschedule keeps the UID and raises SEQUENCE, a cancellation is METHOD:CANCEL
"""
import concurrent.futures
import email
import email.policy
import os
import re
import pathlib
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import requests
from aiosmtpd.controller import Controller
from icalendar import Calendar

BINARY = os.environ.get("REBALANCE_BINARY", ".build/debug/rebalance")
PG_BASE = os.environ.get("CHECK_PG_BASE")  # postgres://user:pass@host:port (databases are created per scenario)
problems: list[str] = []


def expect(condition: bool, message: str) -> None:
    print(("  ok   " if condition else "  FAIL ") + message)
    if not condition:
        problems.append(message)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Mailbox:
    """A fake SMTP server that keeps every message it receives."""

    def __init__(self) -> None:
        self.messages: list[email.message.Message] = []
        self.lock = threading.Lock()
        self.port = free_port()
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    async def handle_DATA(self, server, session, envelope):  # aiosmtpd's handler hook
        with self.lock:
            self.messages.append(email.message_from_bytes(envelope.original_content, policy=email.policy.default))
        return "250 OK"

    def received(self) -> list[email.message.Message]:
        with self.lock:
            return list(self.messages)

    def stop(self) -> None:
        self.controller.stop()

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"


def server_env(env: dict) -> dict:
    """A scenario's settings for a server: bookings unlimited per address, quiet logs, a fast email worker."""
    return {**os.environ, **env, "BOOKING_RATE_LIMIT": "100000", "LOG_LEVEL": "warning", "OUTBOX_INTERVAL": "0.2"}


class Server:
    """One `rebalance serve` process."""

    def __init__(self, env: dict, name: str, port: int | None = None) -> None:
        self.port = port or free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = server_env(env)
        self.log = open(pathlib.Path(env["DATA_DIR"]) / f"{name}.log", "ab")
        self.process: subprocess.Popen | None = None

    def start(self) -> "Server":
        self.process = subprocess.Popen([BINARY, "serve", "--port", str(self.port)], env=self.env, stdout=self.log, stderr=self.log)
        for _ in range(240):
            try:
                if requests.get(self.base + "/readyz", timeout=1).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}")
            time.sleep(0.25)
        raise RuntimeError("server did not become ready")

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()


def studio_today() -> date:
    """Today on the studio's clock (booking rules count days by it), not the machine's UTC day."""
    return datetime.now(ZoneInfo(os.environ.get("STUDIO_TIME_ZONE") or "America/Los_Angeles")).date()


def prepare(env: dict) -> str:
    """Migrates and seeds the demo trainer (weekly hours) into the scenario's database; returns the demo
    trainer's one-time password, which seed-demo prints once."""
    done = subprocess.run([BINARY, "seed-demo"], env={**os.environ, **env}, check=True, capture_output=True, text=True)
    return done.stdout.split("with the password ")[1].split()[0]


def postgres_env(name: str, data_dir: str) -> dict:
    database = f"rebalance_{name}_{uuid.uuid4().hex[:8]}"
    subprocess.run(["psql", "-q", PG_BASE + "/postgres", "-c", f"CREATE DATABASE {database}"], check=True)
    return {"DATA_DIR": data_dir, "DATABASE_URL": f"{PG_BASE}/{database}"}


def slots(base: str, session_type: str, days: int = 60) -> list[dict]:
    today = (studio_today() + timedelta(days=2)).isoformat()
    until = (studio_today() + timedelta(days=days)).isoformat()
    response = requests.get(f"{base}/api/v1/availability", params={"sessionType": session_type, "from": today, "to": until}, timeout=30)
    response.raise_for_status()
    return response.json()["slots"]


def book(base: str, session_type: str, slot: dict, client: str, timeout: float = 60) -> requests.Response:
    body = {"sessionType": session_type, "trainerId": slot["trainerId"], "start": slot["start"],
            "client": {"name": f"Client {client}", "email": f"{client}@example.com"}}
    return requests.post(f"{base}/api/v1/bookings", json=body, timeout=timeout)


def storm(requests_to_make: list) -> list:
    """Fires every request at once (a barrier releases 200 threads together) and returns the responses."""
    barrier = threading.Barrier(len(requests_to_make))

    def fire(call):
        barrier.wait()
        try:
            return call()
        except requests.RequestException as error:
            return error

    with concurrent.futures.ThreadPoolExecutor(max_workers=len(requests_to_make)) as pool:
        return list(pool.map(fire, requests_to_make))


def tally(responses: list) -> dict:
    counts: dict = {}
    for response in responses:
        key = response.status_code if isinstance(response, requests.Response) else type(response).__name__
        counts[key] = counts.get(key, 0) + 1
    return counts


def race(bases: list[str], label: str) -> None:
    slot = slots(bases[0], "one-to-one")[0]
    calls = [lambda i=i: book(bases[i % len(bases)], "one-to-one", slot, f"race-{label.replace(' ', '-')}-{i}") for i in range(200)]
    counts = tally(storm(calls))
    print(f"  {label}: {counts}")
    expect(counts.get(201) == 1, f"{label}: exactly one of 200 simultaneous bookings succeeds")
    expect(counts.get(409) == 199, f"{label}: the other 199 get a clean 409 with alternatives")
    expect(not any(isinstance(k, int) and k >= 500 for k in counts) and all(isinstance(k, int) for k in counts),
           f"{label}: no 5xx and no dropped connection")


def overlapping_types(base: str, label: str) -> None:
    """An assessment (75 min) and a 1:1 half an hour into it, on one trainer: only one of them can hold the time."""
    from datetime import datetime, timedelta
    ones = slots(base, "one-to-one")
    for start in slots(base, "assessment")[5:]:
        half_hour = datetime.fromisoformat(start["start"]) + timedelta(minutes=30)
        overlap = [s for s in ones if s["trainerId"] == start["trainerId"] and datetime.fromisoformat(s["start"]) == half_hour]
        if overlap:
            break
    else:
        expect(False, f"{label}: no overlapping pair of free slots found")
        return
    calls = [lambda i=i: book(base, "assessment", start, f"overlap-{label}-{i}") if i % 2 == 0
             else book(base, "one-to-one", overlap[0], f"overlap-{label}-{i}") for i in range(100)]
    counts = tally(storm(calls))
    print(f"  {label} overlapping types: {counts}")
    expect(counts.get(201) == 1 and counts.get(409) == 99, f"{label}: of an assessment and an overlapping 1:1, exactly one is booked")


def wait_for(condition, seconds: float, step: float = 0.25) -> bool:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def scenario_race_sqlite() -> None:
    print("race-sqlite")
    with tempfile.TemporaryDirectory() as data:
        env = {"DATA_DIR": data}
        prepare(env)
        server = Server(env, "sqlite").start()
        try:
            race([server.base], "sqlite")
            overlapping_types(server.base, "sqlite")
        finally:
            server.stop()


def scenario_race_postgres() -> None:
    print("race-postgres")
    with tempfile.TemporaryDirectory() as data:
        env = postgres_env("race", data)
        prepare(env)
        server = Server(env, "postgres").start()
        try:
            race([server.base], "postgres")
            overlapping_types(server.base, "postgres")
        finally:
            server.stop()


def pending_outbox(env: dict) -> int:
    result = subprocess.run(["psql", "-tAq", env["DATABASE_URL"], "-c", "SELECT count(*) FROM outbox WHERE sent_at IS NULL"],
                            check=True, capture_output=True, text=True)
    return int(result.stdout.strip())


def outbox_rows(env: dict) -> int:
    result = subprocess.run(["psql", "-tAq", env["DATABASE_URL"], "-c", "SELECT count(*) FROM outbox"], check=True, capture_output=True, text=True)
    return int(result.stdout.strip())


def scenario_two_instances() -> None:
    print("two-instances")
    mailbox = Mailbox()
    with tempfile.TemporaryDirectory() as data:
        env = {**postgres_env("multi", data), "SMTP_URL": mailbox.url, "MAIL_FROM": "Rebalance <bookings@rebalance.example>"}
        prepare(env)
        first = Server(env, "one").start()
        second = Server(env, "two").start()
        try:
            race([first.base, second.base], "two instances")
            # A burst of distinct bookings through both instances: every email once, none twice.
            free = [s for i, s in enumerate(slots(first.base, "one-to-one")) if i % 4 == 0][:40]
            calls = [lambda i=i, s=s: book((first.base, second.base)[i % 2], "one-to-one", s, f"multi-{i}") for i, s in enumerate(free)]
            burst = tally(storm(calls))
            expect(burst.get(201) == len(free), f"two instances: {len(free)} distinct bookings all succeed ({burst})")
            expect(wait_for(lambda: pending_outbox(env) == 0, 60), "two instances: the outbox empties")
            received = mailbox.received()
            ids = [message["Message-ID"] for message in received]
            total = outbox_rows(env)
            print(f"  outbox rows {total}, messages received {len(received)}, distinct {len(set(ids))}")
            expect(len(received) == total and len(set(ids)) == total, "two instances: every outbox message delivered exactly once")
        finally:
            first.stop()
            second.stop()
            mailbox.stop()


class Proxy:
    """nginx with the repository's deploy/nginx.conf in front of two instances (ports and listen line rewritten)."""

    def __init__(self, data: str, first: int, second: int) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        folder = pathlib.Path(data) / "nginx"
        folder.mkdir()
        self.folder = folder
        site = pathlib.Path("deploy/nginx.conf").read_text()
        site = site.replace("127.0.0.1:8080", f"127.0.0.1:{first}").replace("127.0.0.1:8081", f"127.0.0.1:{second}")
        (folder / "site.conf").write_text(site.replace("listen 80;", f"listen 127.0.0.1:{self.port};", 1))
        (folder / "nginx.conf").write_text(
            f"pid {folder}/nginx.pid;\nerror_log {folder}/error.log warn;\nevents {{ worker_connections 4096; }}\n"
            f"http {{ access_log off; client_body_temp_path {folder}/body; proxy_temp_path {folder}/proxy;\n"
            f"include {folder}/site.conf; }}\n")
        self.process = subprocess.Popen(["nginx", "-p", str(folder), "-c", str(folder / "nginx.conf"), "-e",
                                         str(folder / "error.log"), "-g", "daemon off;"])
        if not wait_for(lambda: self.ready(), 20):
            raise RuntimeError("nginx did not start: " + (folder / "error.log").read_text())

    def ready(self) -> bool:
        try:
            return requests.get(self.base + "/readyz", timeout=1).status_code == 200
        except requests.RequestException:
            return False

    def reload_command(self) -> str:
        return f"nginx -p {self.folder} -c {self.folder / 'nginx.conf'} -s reload"

    @property
    def site(self) -> str:
        return str(self.folder / "site.conf")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


class Supervised:
    """An instance kept running as systemd's Restart=always would: stopped with SIGTERM, it starts again."""

    def __init__(self, env: dict, name: str) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        stop_file = pathlib.Path(env["DATA_DIR"]) / f"{name}.stop"
        self.stop_file = stop_file
        log = pathlib.Path(env["DATA_DIR"]) / f"{name}.log"
        loop = f'while :; do "$0" serve --port {self.port} >>"{log}" 2>&1; [ -e "{stop_file}" ] && exit 0; done'
        self.process = subprocess.Popen(["sh", "-c", loop, os.path.abspath(BINARY)], env=server_env(env))
        if not wait_for(lambda: Supervised.ready(self.base), 60):
            raise RuntimeError(f"{name} did not become ready")

    @staticmethod
    def ready(base: str) -> bool:
        try:
            return requests.get(base + "/readyz", timeout=1).status_code == 200
        except requests.RequestException:
            return False

    def restart_command(self) -> str:
        """What systemctl restart does here: SIGTERM to the server, and back only once it has exited; the loop starts
        it again. Returning at once would let the script's readiness wait reach the old server before it begins to
        drain, put it back into nginx, and have nginx send it requests while it shuts down (502s on a slow machine)."""
        pattern = f"'^{os.path.abspath(BINARY)} serve --port {{port}}$'"
        # As systemd's TimeoutStopSec would, a server that has not exited after 60 s fails the restart.
        return (f"for pid in $(pgrep -f {pattern}); do kill -TERM $pid; n=0; "
                "while kill -0 $pid 2>/dev/null; do n=$((n + 1)); [ $n -gt 600 ] && exit 1; sleep 0.1; done; done")

    def stop(self) -> None:
        self.stop_file.touch()
        subprocess.run(["pkill", "-TERM", "-f", f"^{os.path.abspath(BINARY)} serve --port {self.port}$"], check=False)
        self.process.wait(timeout=30)


def journey(base: str, slot: dict, name: str) -> str | None:
    """A client books through the proxy, opens the booking, and cancels every other one; returns what went wrong."""
    try:
        made = book(base, "one-to-one", slot, name, timeout=30)
        if made.status_code != 201:
            return f"{name}: booking answered {made.status_code} {made.text[:120]}"
        booking = made.json()
        token = booking["manageUrl"].split("?t=")[-1]
        shown = requests.get(f"{base}/api/v1/bookings/{booking['id']}", params={"token": token}, timeout=30)
        if shown.status_code != 200:
            return f"{name}: reading the booking answered {shown.status_code}"
        if name.endswith(("1", "3", "5", "7", "9")):
            cancelled = requests.post(f"{base}/api/v1/bookings/{booking['id']}/cancel",
                                      json={"token": token, "reason": "rolling restart check"}, timeout=30)
            if cancelled.status_code != 200:
                return f"{name}: cancelling answered {cancelled.status_code} {cancelled.text[:120]}"
        return None
    except requests.RequestException as error:
        return f"{name}: {type(error).__name__}: {error}"


def sign_in_limit_across(bases: list[str]) -> None:
    """31 tries from one visitor address, each with another account, alternating instances: the limit of 30 per
    address holds across instances because the counter is in the database."""
    statuses = []
    for i in range(31):
        base = bases[i % 2]
        session = requests.Session()
        form = session.get(f"{base}/staff/sign-in", timeout=10).text
        csrf = form.split('name="_csrf" value="')[1].split('"')[0]
        answer = session.post(f"{base}/staff/sign-in", timeout=30, headers={"X-Forwarded-For": "203.0.113.77"},
                              data={"_csrf": csrf, "email": f"nobody{i}@example.com", "password": "wrong-password"})
        statuses.append(answer.status_code)
    print(f"  sign-in statuses: {statuses.count(401)} x 401, then {statuses[30:]}")
    expect(statuses[:30] == [401] * 30 and statuses[30] == 429,
           "rolling restart: the sign-in limit per address holds across both instances (30 tries, the 31st refused)")


def scenario_rolling_restart() -> None:
    print("rolling-restart")
    mailbox = Mailbox()
    with tempfile.TemporaryDirectory() as data:
        env = {**postgres_env("rolling", data), "SMTP_URL": mailbox.url, "MAIL_FROM": "Rebalance <bookings@rebalance.example>",
               "TRUSTED_PROXIES": "127.0.0.1", "DRAIN_SECONDS": "2"}
        prepare(env)
        first = Supervised(env, "one")
        second = Supervised(env, "two")
        proxy = Proxy(data, first.port, second.port)
        try:
            sign_in_limit_across([first.base, second.base])
            free = [s for i, s in enumerate(slots(proxy.base, "one-to-one")) if i % 3 == 0][:150]
            load = subprocess.Popen(["wrk", "-t2", "-c8", "-d25s", "--timeout", "10s", proxy.base + "/"],
                                    stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)

            began = time.time()

            def paced(i: int, slot: dict) -> str | None:
                # A steady stream of clients, one every 0.12 s from the start, over the whole restart.
                time.sleep(max(0.0, began + 0.12 * i - time.time()))
                return journey(proxy.base, slot, f"rolling-{i}")

            restart_env = {**os.environ, "REBALANCE_NGINX_SITE": proxy.site, "REBALANCE_PORTS": f"{first.port} {second.port}",
                           "REBALANCE_NGINX_RELOAD": proxy.reload_command(), "REBALANCE_RESTART": first.restart_command(),
                           "REBALANCE_SETTLE": "2"}
            with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
                results = [pool.submit(paced, i, slot) for i, slot in enumerate(free)]
                time.sleep(1)
                restarted = subprocess.run(["deploy/rolling-restart"], env=restart_env, capture_output=True, text=True)
                print("  " + restarted.stdout.strip().replace("\n", "\n  "))
                expect(restarted.returncode == 0, f"rolling restart: deploy/rolling-restart succeeds {restarted.stderr.strip()}")
                failures = [r.result() for r in results if r.result()]
            wrk_out = load.communicate(timeout=60)[0]
            print("  " + " | ".join(line.strip() for line in wrk_out.splitlines() if "requests in" in line or "Non-2xx" in line or "Socket errors" in line))
            for failure in failures[:10]:
                print("    " + failure.splitlines()[0])
            if failures:
                print((pathlib.Path(data) / "nginx" / "error.log").read_text()[-3000:])
                for name in ("one", "two"):
                    # What each instance said around the failures: a crash, a slow shutdown or a pool error.
                    lines = (pathlib.Path(data) / f"{name}.log").read_text().splitlines()
                    print(f"  instance {name}:\n    " + "\n    ".join(lines[-25:]))
            expect(len(free) >= 60 and not failures, f"rolling restart: {len(free)} booking journeys through the proxy, none failed")
            # A reload makes nginx's old workers close their idle keep-alive connections; wrk counts a request it had
            # just written on one as a read error, where a browser would simply send it again. Refused connections,
            # timeouts and error statuses are what a visitor would see.
            errors = re.search(r"Socket errors: connect (\d+), read \d+, write \d+, timeout (\d+)", wrk_out)
            expect("Non-2xx" not in wrk_out and (errors is None or errors.groups() == ("0", "0")),
                   "rolling restart: the page load through nginx got no error status, no refused connection, no timeout")
            overlapping = count_sql(env, """
                SELECT count(*) FROM bookings a JOIN bookings b ON a.trainer_id = b.trainer_id AND a.id < b.id
                WHERE a.status = 'confirmed' AND b.status = 'confirmed'
                  AND a.blocked_from < b.blocked_until AND b.blocked_from < a.blocked_until""")
            expect(overlapping == 0, "rolling restart: no two confirmed bookings overlap")
            expect(wait_for(lambda: pending_outbox(env) == 0, 60), "rolling restart: the outbox empties")
            received = mailbox.received()
            ids = [message["Message-ID"] for message in received]
            total = outbox_rows(env)
            print(f"  outbox rows {total}, messages received {len(received)}, distinct {len(set(ids))}")
            expect(len(received) == total and len(set(ids)) == total, "rolling restart: every email sent exactly once")
        finally:
            proxy.stop()
            first.stop()
            second.stop()
            mailbox.stop()


def count_sql(env: dict, sql: str) -> int:
    if "DATABASE_URL" in env:
        out = subprocess.run(["psql", "-tAq", env["DATABASE_URL"], "-c", sql], check=True, capture_output=True, text=True).stdout
    else:
        import sqlite3
        with sqlite3.connect(pathlib.Path(env["DATA_DIR"]) / "rebalance.sqlite") as connection:
            out = str(connection.execute(sql).fetchone()[0])
    return int(out.strip())


def scenario_crash(use_postgres: bool) -> None:
    label = "crash-postgres" if use_postgres else "crash-sqlite"
    print(label)
    mailbox = Mailbox()
    with tempfile.TemporaryDirectory() as data:
        env = postgres_env("crash", data) if use_postgres else {"DATA_DIR": data}
        env = {**env, "SMTP_URL": mailbox.url}
        prepare(env)
        server = Server(env, "crash").start()
        free = [s for i, s in enumerate(slots(server.base, "one-to-one", days=60)) if i % 3 == 0][:150]
        confirmed: list[dict] = []
        lock = threading.Lock()

        def attempt(index_slot):
            index, slot = index_slot
            try:
                response = book(server.base, "one-to-one", slot, f"{label}-{index}", timeout=10)
            except requests.RequestException:
                return
            if response.status_code == 201:
                with lock:
                    confirmed.append(response.json())
                    # kill -9 once 40 bookings are confirmed, with eight more requests in flight.
                    if len(confirmed) == 40:
                        server.kill()

        with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(attempt, enumerate(free)))
        made = len(confirmed)
        print(f"  {made} of {len(free)} bookings were confirmed before kill -9")
        expect(0 < made < len(free), f"{label}: the kill landed in the middle of the burst")
        server = Server(env, "restart").start()
        try:
            missing = [b["id"] for b in confirmed
                       if requests.get(f"{server.base}/api/v1/bookings/{b['id']}", params={"token": b["token"]}, timeout=10).status_code != 200]
            expect(not missing, f"{label}: every booking confirmed to a client exists after the restart ({len(missing)} missing)")
            bookings = count_sql(env, "SELECT count(*) FROM bookings")
            whole = count_sql(env, "SELECT count(*) FROM bookings b WHERE EXISTS (SELECT 1 FROM booking_changes c WHERE c.booking_id = b.id)"
                                   " AND EXISTS (SELECT 1 FROM outbox o WHERE o.recipient = b.client_email)")
            expect(bookings >= made and whole == bookings, f"{label}: none half-written ({whole} of {bookings} have their history and email)")
            expect(wait_for(lambda: count_sql(env, "SELECT count(*) FROM outbox WHERE sent_at IS NULL") == 0, 150), f"{label}: the outbox still delivers after the restart")
            delivered = {str(message["To"]).strip("<>") for message in mailbox.received()}
            clients = count_sql(env, f"SELECT count(DISTINCT client_email) FROM bookings WHERE client_email LIKE '{label}-%'")
            got = len([d for d in delivered if d.startswith(label)])
            expect(got == clients, f"{label}: every booked client received a confirmation ({got} of {clients})")
        finally:
            server.stop()
            mailbox.stop()


def scenario_stop_under_load(use_postgres: bool, rounds: int = 4) -> None:
    """A stop is routine (a deploy, a restart): it must never crash the server under a request that is still running.
    Vapor shuts the HTTP server and the databases down in no fixed order; before the fix most rounds ended in a crash
    in Fluent."""
    label = "stop-under-load-" + ("postgres" if use_postgres else "sqlite")
    print(label)
    for round_number in range(rounds):
        with tempfile.TemporaryDirectory() as data:
            env = postgres_env("stop", data) if use_postgres else {"DATA_DIR": data}
            prepare(env)
            server = Server(env, "stop").start()
            statuses: list[tuple[str, int]] = []
            lock = threading.Lock()
            stop = threading.Event()
            today = studio_today().isoformat()
            paths = ["/readyz", "/check", "/", f"/api/v1/availability?sessionType=one-to-one&from={today}&to={today}"]

            def visitor(index: int) -> None:
                session = requests.Session()
                while not stop.is_set():
                    path = paths[index % len(paths)]
                    index += 1
                    try:
                        status = session.get(server.base + path, timeout=15).status_code
                    except requests.RequestException:
                        continue  # refused or closed once the port is shut: the visitor's browser tries again
                    with lock:
                        statuses.append((path, status))

            threads = [threading.Thread(target=visitor, args=(i,)) for i in range(12)]
            for thread in threads:
                thread.start()
            time.sleep(1.0)
            server.process.send_signal(signal.SIGTERM)
            try:
                code = server.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                code = None
                server.kill()
            stop.set()
            for thread in threads:
                thread.join()
            log = (pathlib.Path(data) / "stop.log").read_text(errors="replace")
            # /readyz says 503 while the instance drains; any other error status is a visitor's failed request.
            failed = [f"{path} {status}" for path, status in statuses if status >= 500 and path != "/readyz"]
            print(f"  round {round_number + 1}: {len(statuses)} answers, exit {code}")
            expect(code == 0 and "Fatal error" not in log, f"{label}: round {round_number + 1} stops cleanly "
                   f"(exit {code}) {[line for line in log.splitlines() if 'Fatal' in line][:1]}")
            expect(len(statuses) > 50 and not failed, f"{label}: answers before the stop are all good {failed[:3]}")


def attachment(message: email.message.Message) -> Calendar | None:
    for part in message.walk():
        if part.get_content_type() == "text/calendar":
            return Calendar.from_ical(part.get_payload(decode=True))
    return None


def events(calendar: Calendar) -> list:
    return [component for component in calendar.walk() if component.name == "VEVENT"]


def scenario_calendars() -> None:
    print("calendars")
    mailbox = Mailbox()
    with tempfile.TemporaryDirectory() as data:
        env = {"DATA_DIR": data, "SMTP_URL": mailbox.url}
        password = prepare(env)
        server = Server(env, "ics").start()
        try:
            free = slots(server.base, "assessment")
            booking = book(server.base, "assessment", free[0], "ics-client").json()
            download = Calendar.from_ical(requests.get(booking["icsUrl"], timeout=10).content)
            first = events(download)[0]
            expect(str(download["METHOD"]) == "PUBLISH" and str(first["STATUS"]) == "CONFIRMED", "calendars: the download is a confirmed event")
            uid, sequence = str(first["UID"]), int(first["SEQUENCE"])
            later = [s for s in free if s["trainerId"] == free[0]["trainerId"] and s["start"] > free[3]["start"]][0]
            moved = requests.post(f"{server.base}/api/v1/bookings/{booking['id']}/reschedule",
                                  json={"token": booking["token"], "start": later["start"]}, timeout=10)
            expect(moved.status_code == 200, "calendars: the reschedule succeeds")
            again = events(Calendar.from_ical(requests.get(booking["icsUrl"], timeout=10).content))[0]
            expect(str(again["UID"]) == uid and int(again["SEQUENCE"]) == sequence + 1, "calendars: a reschedule keeps the UID and raises SEQUENCE")
            requests.post(f"{server.base}/api/v1/bookings/{booking['id']}/cancel", json={"token": booking["token"]}, timeout=10)
            expect(wait_for(lambda: len([m for m in mailbox.received() if str(m["To"]).strip("<>") == "ics-client@example.com"]) == 3, 20),
                   "calendars: confirmation, change and cancellation emails arrive")
            mails = {m["Subject"].split(":")[0]: m for m in mailbox.received() if str(m["To"]).strip("<>") == "ics-client@example.com"}
            methods = {subject: str(attachment(m)["METHOD"]) for subject, m in mails.items() if attachment(m)}
            expect(methods == {"Booked": "REQUEST", "Moved": "REQUEST", "Cancelled": "CANCEL"}, f"calendars: attachments parse with the right METHOD ({methods})")
            uids = {str(events(attachment(m))[0]["UID"]) for m in mails.values()}
            expect(uids == {uid}, "calendars: every attachment carries the same UID")
            # The trainer's feed, switched on from the Hours page.
            session = requests.Session()
            sign_in = session.get(f"{server.base}/staff/sign-in", timeout=10).text
            csrf = sign_in.split('name="_csrf" value="')[1].split('"')[0]
            session.post(f"{server.base}/staff/sign-in", data={"_csrf": csrf, "email": "trainer@demo.rebalance.example",
                                                              "password": password}, timeout=10)
            # The address is shown once, on the answer to switching it on (only its fingerprint is stored).
            page = session.post(f"{server.base}/staff/availability/feed", data={"_csrf": csrf, "action": "create"},
                                timeout=10).text
            feed_url = page.split('class="share"><a href="')[1].split('"')[0]
            feed = Calendar.from_ical(requests.get(feed_url, timeout=10).content)
            statuses = sorted(str(event["STATUS"]) for event in events(feed))
            expect(len(statuses) >= 4 and "CANCELLED" in statuses, f"calendars: the trainer's feed parses ({len(statuses)} events)")
        finally:
            server.stop()
            mailbox.stop()


if __name__ == "__main__":
    wanted = sys.argv[1:] or ["race-sqlite", "race-postgres", "two-instances", "rolling-restart", "crash-sqlite",
                              "crash-postgres", "stop-under-load-sqlite", "stop-under-load-postgres", "calendars"]
    scenarios = {
        "race-sqlite": scenario_race_sqlite, "race-postgres": scenario_race_postgres, "two-instances": scenario_two_instances,
        "rolling-restart": scenario_rolling_restart,
        "crash-sqlite": lambda: scenario_crash(False), "crash-postgres": lambda: scenario_crash(True), "calendars": scenario_calendars,
        "stop-under-load-sqlite": lambda: scenario_stop_under_load(False),
        "stop-under-load-postgres": lambda: scenario_stop_under_load(True),
    }
    for name in wanted:
        if "postgres" in name or name in ("two-instances", "rolling-restart"):
            if not PG_BASE:
                print(f"{name}: skipped, CHECK_PG_BASE is not set")
                problems.append(f"{name} needs CHECK_PG_BASE")
                continue
        scenarios[name]()
    for problem in problems:
        print("FAIL", problem)
    print(f"booking checks: {len(problems)} problem(s)")
    sys.exit(1 if problems else 0)
