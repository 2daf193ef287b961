"""Trainer workspace benchmark over HTTP (loopback only, bounded).

For each database (SQLite, and PostgreSQL when BENCH_PG_BASE is set) it builds, through the trainer's own
forms, a studio with 5,000 clients and one client with two years of history: weekly session logs with pain
before and after, a re-check every six weeks and a monthly PSFS rating. Then wrk at 4 and 16 connections reads
  - the client list (first page of 5,000, and a search),
  - the assessment result page,
  - the progress page with two years of logs and re-checks,
  - the dashboard,
beside the bare /healthz of the same server. Run by scripts/workspace-bench against a release build.

The session form only takes dates from the last 365 days (older entries are typing mistakes), so the first
year is entered, moved back 52 weeks in the database, and the second year entered on top of it.
"""
import concurrent.futures
import os
import pathlib
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta

import requests

sys.path.insert(0, str(pathlib.Path(__file__).parent.parent / "Booking"))
from booking_bench import wrk  # noqa: E402
from booking_checks import BINARY, Server, postgres_env, prepare, studio_today  # noqa: E402

OWNER, PASSWORD = "owner@bench.example", "workspace-bench-passphrase"
CLIENTS = int(os.environ.get("BENCH_CLIENTS", "5000"))
CSRF = re.compile(r'name="_csrf" value="([^"]*)"')


class Trainer:
    """A signed-in browser: the session and CSRF cookies, and the token its forms carry."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.http = requests.Session()
        self.token = ""

    def get(self, path: str) -> str:
        response = self.http.get(self.base + path, timeout=60)
        response.raise_for_status()
        if match := CSRF.search(response.text):
            self.token = match.group(1)
        return response.text

    def post(self, path: str, fields: dict, shows_result: bool = False) -> str:
        """Posts a form and returns where it redirected (a form that shows its result in place answers 200)."""
        response = self.http.post(self.base + path, data={**fields, "_csrf": self.token}, allow_redirects=False, timeout=60)
        if response.status_code != (200 if shows_result else 303) or 'class="error-summary"' in response.text:
            problems = re.findall(r'class="field-error">([^<]*)', response.text) or [response.text[:300]]
            raise RuntimeError(f"POST {path} → {response.status_code}: {problems}")
        return response.headers.get("Location", "")

    def clone(self) -> "Trainer":
        twin = Trainer(self.base)
        twin.http.cookies.update(self.http.cookies)
        twin.token = self.token
        return twin


def sign_in(base: str) -> Trainer:
    trainer = Trainer(base)
    trainer.get("/staff/sign-in")
    trainer.post("/staff/sign-in", {"email": OWNER, "password": PASSWORD})
    return trainer


def add_clients(trainer: Trainer, count: int) -> float:
    """Creates `count` clients through the new-client form from 8 browsers at once; returns clients per second."""
    trainer.get("/staff/clients/new")
    areas = ["knee", "lowBack", "neck", "shoulder", "hip", "ankleFoot"]

    def one(index: int) -> None:
        browser = trainer.clone()
        area = areas[index % len(areas)]
        browser.post("/staff/clients/new", {
            "name": f"Client {index:05d} {['Diaz', 'Kim', 'Okafor', 'Novak', 'Haddad'][index % 5]}",
            "email": f"client{index}@bench.example", "dateOfBirth": f"{1950 + index % 50}-0{1 + index % 9}-1{index % 9}",
            "sex": ["female", "male"][index % 2], "sessionsPerWeek": "2", "minutesPerSession": "45", "level": "2",
            "setting": "studio", f"pain.{area}": "yes", f"pain.{area}.side": "both", f"pain.{area}.nprs": str(2 + index % 6)})

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(one, range(count)))
    return count / (time.perf_counter() - started)


def runner(trainer: Trainer) -> tuple[str, str]:
    """The runner of the public example: profile, screen, first assessment, program. Returns (client, result) paths."""
    trainer.get("/staff/clients/new")
    client = trainer.post("/staff/clients/new", {
        "name": "Robin Runner", "email": "robin@bench.example", "dateOfBirth": "1990-05-06", "sex": "female",
        "sessionsPerWeek": "3", "minutesPerSession": "45", "level": "2", "setting": "studio",
        "pain.knee": "yes", "pain.knee.side": "right", "pain.knee.nprs": "6", "goals": "Run a half marathon without knee pain"})
    screen = trainer.get(client + "/screen")
    answers = {name: "no" for name in re.findall(r'name="([^"]+)" value="no"', screen)}
    trainer.post(client + "/screen", {**answers, "systolic": "118", "diastolic": "74", "pregnant": "no"}, shows_result=True)
    first = assess(trainer, client, studio_today() - timedelta(weeks=52), week=0, recheck=False)
    trainer.get(first)
    assessment = first.removesuffix("/result").rsplit("/", 1)[1]
    trainer.post(client + "/programs", {"assessment": assessment})
    return client, first


def assess(trainer: Trainer, client: str, day: date, week: int, recheck: bool) -> str:
    """A completed assessment whose knee and hip values improve with the weeks; returns the result page's path."""
    trainer.get(client)
    draft = trainer.post(client + "/assessments", {"recheck": "yes"} if recheck else {})
    trainer.get(draft)
    better = min(week / 40, 1)
    return trainer.post(draft, {
        "action": "complete", "performedOn": day.isoformat(),
        "t.singleLegSquatFPPA.right": f"{17 - 9 * better:.0f}", "t.singleLegSquatFPPA.left": "6",
        "t.trendelenburg.right": "positive" if better < 0.6 else "negative", "t.trendelenburg.left": "negative",
        "t.yBalanceAnterior.right": f"{57 + 6 * better:.0f}", "t.yBalanceAnterior.left": "64",
        "t.sideBridgeEndurance.right": f"{48 + 20 * better:.0f}", "t.sideBridgeEndurance.left": "66",
        "t.kneeToWall.right": f"{10.5 + 2 * better:.1f}", "t.kneeToWall.left": "11",
        **({"squat.kneesValgus.right": "yes"} if better < 0.5 else {})})


def one_year(trainer: Trainer, client: str, first_week: int) -> int:
    """52 weekly sessions ending this week, a re-check every 6th week and a PSFS rating every 4th. Returns entries made."""
    entries = 0
    monday = studio_today() - timedelta(weeks=51)
    for offset in range(52):
        week, day = first_week + offset, monday + timedelta(weeks=offset)
        if day > studio_today():
            break
        log = trainer.get(client + "/sessions/new")
        done = {f"{key}.done": "yes" for key in sorted(set(re.findall(r'name="(x\.\d+)\.done"', log)))}
        before = max(0, 6 - week // 12)
        pain = {f"{key}.before": str(before) for key in set(re.findall(r'name="([^"]+)\.before"', log))}
        pain |= {f"{key}.after": str(max(0, before - 1)) for key in set(re.findall(r'name="([^"]+)\.after"', log))}
        trainer.post(client + "/sessions/new", {**done, **pain, "date": day.isoformat()})
        entries += 1
        if week % 6 == 5:
            assess(trainer, client, day, week, recheck=True)
            entries += 1
        if week % 4 == 3:
            trainer.get(client + "/progress")
            trainer.post(client + "/progress/function", {"date": day.isoformat(), "activity.0": "Run 5 km", "score.0": str(min(10, 3 + week // 12)),
                                                "activity.1": "Take the stairs", "score.1": str(min(10, 5 + week // 16))})
            entries += 1
    return entries


def move_back_a_year(env: dict) -> None:
    """Moves every dated workspace row back 52 weeks, as if it had been entered a year ago."""
    tables = {"session_logs": "day", "function_scores": "day", "assessments": "performed_on"}
    if "DATABASE_URL" in env:
        sql = "".join(f"UPDATE {table} SET {column} = to_char({column}::date - 364, 'YYYY-MM-DD');" for table, column in tables.items())
        subprocess.run(["psql", "-q", env["DATABASE_URL"], "-c", sql], check=True)
    else:
        with sqlite3.connect(pathlib.Path(env["DATA_DIR"]) / "rebalance.sqlite") as db:
            for table, column in tables.items():
                db.execute(f"UPDATE {table} SET {column} = date({column}, '-364 days')")


def run(label: str, env: dict) -> None:
    print(f"{label}:")
    prepare(env)
    subprocess.run([BINARY, "create-owner", "--email", OWNER, "--name", "Bench Owner"], check=True, stdout=subprocess.DEVNULL,
                   env={**os.environ, **env, "REBALANCE_OWNER_PASSWORD": PASSWORD})
    server = Server({**env, "LOG_LEVEL": "error"}, label).start()
    try:
        trainer = sign_in(server.base)
        rate = add_clients(trainer, CLIENTS)
        print(f"  {CLIENTS} clients created through the form at {rate:.0f} clients/s (8 browsers)")
        client, result = runner(trainer)
        entries = one_year(trainer, client, first_week=0)
        server.stop()
        move_back_a_year(env)
        server = Server({**env, "LOG_LEVEL": "error"}, label).start()
        trainer = sign_in(server.base)
        entries += one_year(trainer, client, first_week=52)
        print(f"  Robin Runner: {entries} entries over two years (weekly sessions, 6-weekly re-checks, monthly PSFS)")
        cookie = {"Cookie": "; ".join(f"{name}={value}" for name, value in trainer.http.cookies.items())}
        pages = [("bare /healthz", "/healthz"), ("client list (5,000)", "/staff/clients"),
                 ("client search", "/staff/clients?q=okafor"), ("assessment result", result),
                 ("progress, 2 years", client + "/progress"), ("dashboard", "/staff"), ("client page", client)]
        measure(server, trainer, cookie, pages)
    finally:
        server.stop()


def one_at_a_time(url: str, headers: dict) -> str:
    """The mean time of a request with no other in flight: close to the CPU one request costs the server."""
    command = ["wrk", "-t1", "-c1", f"-d{os.environ.get('BENCH_SECONDS', '10')}s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run(command + [url], check=True, capture_output=True, text=True).stdout
    return next(line.split()[1] for line in out.splitlines() if line.strip().startswith("Latency"))


def measure(server: Server, trainer: Trainer, cookie: dict, pages: list[tuple[str, str]]) -> None:
    trainer.base = server.base
    for name, path in pages:
        size = len(trainer.get(path)) if path != "/healthz" else 0
        print(f"  {name:22} c=1  mean {one_at_a_time(server.base + path, cookie)} per request")
        # The targets: p99 ≤ 25 ms at 4 connections (a studio's trainers) and ≤ 60 ms at 16 (a busy instance).
        for connections in (4, 16):
            print(f"  {name:22} c={connections:<2} {wrk(server.base + path, connections=connections, headers=cookie)}"
                  + (f"  ({size // 1024} KB)" if size and connections == 4 else ""))


if __name__ == "__main__":
    print(f"Workspace benchmark (release, loopback, {os.environ.get('BENCH_SECONDS', '10')} s per wrk run, 4 and 16 connections)")
    with tempfile.TemporaryDirectory() as data:
        run("SQLite", {"DATA_DIR": data})
    if os.environ.get("BENCH_PG_BASE"):
        import booking_checks
        booking_checks.PG_BASE = os.environ["BENCH_PG_BASE"]
        with tempfile.TemporaryDirectory() as data:
            run("PostgreSQL", postgres_env("workspace", data))
