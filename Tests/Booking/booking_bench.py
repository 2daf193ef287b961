"""Booking benchmark over HTTP (loopback only, bounded): 5 trainers, 2,000 bookings made through the API.

For each database (SQLite, and PostgreSQL when BENCH_PG_BASE is set) it prints
  - booking creation throughput: 2,000 POST /api/v1/bookings from 16 concurrent clients (bookings/s, p50/p99);
  - availability for 90 days for 5 trainers with those 2,000 bookings: wrk at 16 connections, once repeating
    one query (answers cached per diary revision) and once with a new query string every request (every answer
    computed), with the bare /healthz of the same server measured beside it.
Run by scripts/booking-bench against a release build.
"""
import concurrent.futures
import os
import pathlib
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta

import requests

sys.path.insert(0, str(pathlib.Path(__file__).parent))
from booking_checks import Server, postgres_env, prepare, studio_today  # noqa: E402

SECONDS = os.environ.get("BENCH_SECONDS", "10")
WEEKDAY_HOURS = [(360, 720), (780, 1260)]  # 06:00–12:00, 13:00–21:00


def add_trainers(env: dict, count: int) -> None:
    """Four more trainers (plus the demo one), all with long weekday hours, written straight to the database."""
    rows = []
    for index in range(count):
        staff_id = str(uuid.uuid4())
        rows.append(("staff", staff_id, index))
    if "DATABASE_URL" in env:
        statements = []
        for _, staff_id, index in rows:
            statements.append(f"INSERT INTO staff (id, studio_id, email, name, role, password_hash, created_at) SELECT '{staff_id}', id, "
                              f"'bench{index}@studio.example', 'Bench Trainer {index}', 'trainer', '', now() FROM studios LIMIT 1;")
        statements.append("DELETE FROM availability_rules;")
        for day in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]:
            for start, end in WEEKDAY_HOURS:
                statements.append(f"INSERT INTO availability_rules (id, staff_id, weekday, start_minute, end_minute) "
                                  f"SELECT gen_random_uuid(), id, '{day}', {start}, {end} FROM staff;")
        subprocess.run(["psql", "-q", env["DATABASE_URL"], "-c", "\n".join(statements)], check=True)
    else:
        with sqlite3.connect(pathlib.Path(env["DATA_DIR"]) / "rebalance.sqlite") as db:
            studio = db.execute("SELECT id FROM studios LIMIT 1").fetchone()[0]
            for _, staff_id, index in rows:
                db.execute("INSERT INTO staff (id, studio_id, email, name, role, password_hash, created_at) VALUES (?, ?, ?, ?, 'trainer', '', ?)",
                           (staff_id.upper(), studio, f"bench{index}@studio.example", f"Bench Trainer {index}", time.time()))
            db.execute("DELETE FROM availability_rules")
            for (staff,) in db.execute("SELECT id FROM staff").fetchall():
                for day in ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday"]:
                    for start, end in WEEKDAY_HOURS:
                        db.execute("INSERT INTO availability_rules VALUES (?, ?, ?, ?, ?)", (str(uuid.uuid4()).upper(), staff, day, start, end))


def plan(base: str, wanted: int) -> list[dict]:
    """`wanted` slots that do not overlap each other (60 min + 10 min buffer), spread over 90 days and 5 trainers."""
    first = studio_today() + timedelta(days=2)
    slots = requests.get(f"{base}/api/v1/availability", timeout=60, params={
        "sessionType": "one-to-one", "from": first.isoformat(), "to": (first + timedelta(days=89)).isoformat()}).json()["slots"]
    taken: dict[str, datetime] = {}
    chosen = []
    for slot in slots:
        start = datetime.fromisoformat(slot["start"])
        if slot["trainerId"] in taken and start < taken[slot["trainerId"]]:
            continue
        taken[slot["trainerId"]] = start + timedelta(minutes=70)
        chosen.append(slot)
    step = max(1, len(chosen) // wanted)
    return chosen[::step][:wanted]


def create_bookings(base: str, slots: list[dict]) -> None:
    def one(item):
        index, slot = item
        started = time.perf_counter()
        response = requests.post(f"{base}/api/v1/bookings", timeout=60, json={
            "sessionType": "one-to-one", "trainerId": slot["trainerId"], "start": slot["start"],
            "client": {"name": f"Bench {index}", "email": f"bench{index}@example.com"}})
        return response.status_code, (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(max_workers=16) as pool:
        results = list(pool.map(one, enumerate(slots)))
    elapsed = time.perf_counter() - started
    latencies = sorted(ms for _, ms in results)
    statuses: dict = {}
    for status, _ in results:
        statuses[status] = statuses.get(status, 0) + 1
    print(f"  booking creation: {len(results)} bookings in {elapsed:.1f} s = {len(results) / elapsed:.0f} bookings/s at 16 clients; "
          f"p50 {latencies[len(latencies) // 2]:.1f} ms, p99 {latencies[int(len(latencies) * 0.99) - 1]:.1f} ms; statuses {statuses}")


# Every request a new query string: no two requests share a cached answer, so each one computes its slots.
UNCACHED = """
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", wrk.path .. "&uncached=" .. counter .. "-" .. math.random(1, 1000000000))
end
"""


def wrk(url: str, connections: int = 16, script: str | None = None, headers: dict | None = None) -> str:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{SECONDS}s", "--latency"]
    for name, value in (headers or {}).items():
        command += ["-H", f"{name}: {value}"]
    if script:
        path = pathlib.Path(tempfile.mkstemp(suffix=".lua")[1])
        path.write_text(script)
        command += ["-s", str(path)]
    out = subprocess.run(command + [url], check=True, capture_output=True, text=True).stdout
    rps = next(line.split()[1] for line in out.splitlines() if line.startswith("Requests/sec"))
    p99 = next(line.split()[1] for line in out.splitlines() if line.strip().startswith("99%"))
    bad = [line for line in out.splitlines() if "Non-2xx" in line]
    return f"{float(rps):8.0f} req/s, p99 {p99}" + (f"  ({bad[0].strip()})" if bad else "")


def run(label: str, env: dict) -> None:
    print(f"{label}:")
    prepare(env)
    add_trainers(env, 4)
    server = Server({**env, "LOG_LEVEL": "error"}, label).start()
    try:
        create_bookings(server.base, plan(server.base, 2000))
        first = studio_today() + timedelta(days=2)
        url = (f"{server.base}/api/v1/availability?sessionType=one-to-one&from={first.isoformat()}"
               f"&to={(first + timedelta(days=89)).isoformat()}")
        slots = len(requests.get(url, timeout=60).json()["slots"])
        print(f"  bare /healthz:                       {wrk(server.base + '/healthz')}")
        print(f"  availability, 90 days, 5 trainers:   {wrk(url)}  ({slots} slots per response; repeated query, cached)")
        print(f"  the same, every answer computed:     {wrk(url, script=UNCACHED)}")
    finally:
        server.stop()


if __name__ == "__main__":
    print(f"Booking benchmark (release, loopback, {SECONDS} s per wrk run)")
    with tempfile.TemporaryDirectory() as data:
        run("SQLite", {"DATA_DIR": data})
    if os.environ.get("BENCH_PG_BASE"):
        os.environ["CHECK_PG_BASE"] = os.environ["BENCH_PG_BASE"]
        import booking_checks
        booking_checks.PG_BASE = os.environ["BENCH_PG_BASE"]
        with tempfile.TemporaryDirectory() as data:
            run("PostgreSQL", postgres_env("bench", data))
