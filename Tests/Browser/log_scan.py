"""Reads the server log of the browser journeys (LOG_FORMAT=json, LOG_LEVEL=trace): every line must be one JSON
object, request lines must carry their fields, and nothing a journey typed about a person may appear at any level —
no name, email address, note or goal."""

import json
import sys

# What the journeys and the demo data put into the app about people (Tests/Browser/journeys.py, seed-demo).
PRIVATE = [
    "Dana Reyes", "dana+", "Robin Booker", "booker+", "Robin Runner", "robin@example.com",
    "knee sore today", "Sit through a workday", "owner@browser.example", "Browser Owner",
    "Alex Romero", "alex@demo.rebalance.example", "Maya Chen", "maya@demo.rebalance.example",
    "Sam Patel", "sam@demo.rebalance.example",
]


def main(path: str) -> int:
    problems: list[str] = []
    requests = 0
    with open(path, encoding="utf-8") as log:
        lines = [line for line in log.read().splitlines() if line.strip()]
    for number, line in enumerate(lines, start=1):
        try:
            entry = json.loads(line)
        except json.JSONDecodeError:
            problems.append(f"line {number} is not JSON: {line[:120]}")
            continue
        if not isinstance(entry, dict) or not {"time", "level", "message"} <= entry.keys():
            problems.append(f"line {number} lacks time, level or message: {line[:120]}")
        if entry.get("message") == "request":
            requests += 1
            missing = {"request_id", "route", "status", "duration_ms", "method"} - entry.keys()
            if missing:
                problems.append(f"line {number}: request line without {sorted(missing)}")
        for text in PRIVATE:
            if text.lower() in line.lower():
                problems.append(f"line {number} holds private text {text!r}: {line[:160]}")
    if requests == 0:
        problems.append("no request lines were logged")
    for problem in problems[:40]:
        print(problem)
    print(f"log scan: {len(lines)} lines, {requests} requests, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
