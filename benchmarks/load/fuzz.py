#!/usr/bin/env python3
"""Sends malformed datasets and requests to a running Caravan and counts the answers.

Each input is a mutation of a valid dataset (fields dropped, values swapped for other types, huge numbers, long
strings, deep nesting, trailing data, cut-off text) or a malformed request (wrong content types, multipart without a
boundary, odd ids, bad query parameters), sent with the given token over one keep-alive connection. The inputs follow
from --random-seed, so a run can be repeated. Prints the status counts, how many 5xx there were, and the largest
answer. Stops after --count inputs or --max-seconds, whichever comes first.
"""
import argparse
import http.client
import json
import random
import sys
import time
from collections import Counter
from urllib.parse import quote, urlparse

ODD_VALUES = [None, True, -1, 0, 1e308, -1e308, "1e1000", 1.5, "", " ", "x" * 5000, [], {}, [[[]]], "\u0000",
              "2026-03-25T10:00:00Z", "NaN", 91, -181, "𝕏", "\ud800"]


def mutate(value, rng, depth=0):
    """A copy of a JSON value with one random change somewhere inside."""
    if isinstance(value, dict) and value and rng.random() < 0.85:
        key = rng.choice(list(value))
        copy = dict(value)
        roll = rng.random()
        if roll < 0.15:
            del copy[key]
        elif roll < 0.25:
            copy["unknown" + str(rng.randint(0, 9))] = rng.choice(ODD_VALUES)
        elif roll < 0.55:
            copy[key] = rng.choice(ODD_VALUES)
        else:
            copy[key] = mutate(value[key], rng, depth + 1)
        return copy
    if isinstance(value, list) and value and rng.random() < 0.85:
        copy = list(value)
        index = rng.randrange(len(copy))
        roll = rng.random()
        if roll < 0.2:
            del copy[index]
        elif roll < 0.35:
            copy.append(copy[index])
        elif roll < 0.5:
            copy[index] = rng.choice(ODD_VALUES)
        else:
            copy[index] = mutate(copy[index], rng, depth + 1)
        return copy
    return rng.choice(ODD_VALUES)


def text_mutation(text, rng):
    roll = rng.random()
    if roll < 0.25:
        return text[: rng.randrange(len(text))]
    if roll < 0.4:
        return text + rng.choice([" trailing", "}", "{}", ",", "\u0000"])
    if roll < 0.55:
        return "[" * rng.randint(100, 5000) + "]" * rng.randint(0, 5000)
    if roll < 0.7:
        at = rng.randrange(len(text))
        return text[:at] + rng.choice(['"', ":", "1e999999", "\\u", "\ud800", "NaN", "-"]) + text[at:]
    if roll < 0.85:
        return text.replace('"format"', '"format": 1, "format"', 1)
    return json.dumps({"format": "caravan-dataset/1", "budget": {"total": "1e" + str(rng.randint(10, 10**9)), "funds": []}})


def requests(seed_text, dataset_id, rng):
    seed = json.loads(seed_text)
    while True:
        roll = rng.random()
        if roll < 0.45:
            yield "POST", "/api/datasets", "application/json", json.dumps(mutate(seed, rng))
        elif roll < 0.6:
            yield "POST", "/api/datasets", "application/json", text_mutation(seed_text, rng)
        elif roll < 0.68:
            yield "POST", f"/api/datasets/{dataset_id}/versions", "application/json", json.dumps(mutate(seed, rng))
        elif roll < 0.8:
            body = mutate({"timeLimitSeconds": 1, "policy": {"roommateCountry": "MIX", "weights": {"perStop": 40}},
                           "datasetVersion": 1}, rng)
            yield "POST", f"/api/datasets/{dataset_id}/plans", "application/json", json.dumps(body)
        elif roll < 0.86:
            yield "POST", "/api/datasets", rng.choice(["multipart/form-data", "multipart/form-data; boundary=",
                                                       "multipart/form-data; boundary=x", "text/plain",
                                                       "application/x-www-form-urlencoded", "application/xml"]), seed_text
        else:
            odd_id = rng.choice(["0x25", "+1", "١", "１", "-1", "99999999999999999999", "1.0", "%00", "1;drop", "a" * 300])
            path = rng.choice([f"/api/datasets/{odd_id}", f"/api/plans/{odd_id}", f"/api/plans/{odd_id}/result",
                               f"/api/datasets/{dataset_id}/versions/{odd_id}", f"/api/plans?status={odd_id}",
                               f"/api/plans/1/participants/{odd_id}/recommendations?limit={odd_id}"])
            yield "GET", path, None, None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--dataset", required=True)
    parser.add_argument("--seed-file", required=True)
    parser.add_argument("--count", type=int, default=10000)
    parser.add_argument("--max-seconds", type=float, default=1800)
    parser.add_argument("--random-seed", type=int, default=12)
    options = parser.parse_args()
    base = urlparse(options.base)
    rng = random.Random(options.random_seed)
    with open(options.seed_file, encoding="utf-8") as file:
        seed_text = file.read()
    statuses = Counter()
    largest = (0, "")
    failures = []
    started = time.monotonic()
    connection = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
    sent = 0
    for method, path, content_type, body in requests(seed_text, options.dataset, rng):
        if sent >= options.count or time.monotonic() - started > options.max_seconds:
            break
        headers = {"Authorization": "Bearer " + options.token, "Accept": "application/json"}
        data = None
        if body is not None:
            data = body.encode("utf-8", "surrogatepass")
            headers["Content-Type"] = content_type
        try:
            connection.request(method, quote(path, safe="/?=&%;+"), body=data, headers=headers)
            response = connection.getresponse()
            answer = response.read()
            status = response.status
        except (http.client.HTTPException, OSError) as error:
            connection.close()
            connection = http.client.HTTPConnection(base.hostname, base.port, timeout=60)
            status = "connection: " + type(error).__name__
            answer = b""
        sent += 1
        statuses[status] += 1
        if len(answer) > largest[0]:
            largest = (len(answer), f"{method} {path[:80]} -> {status}")
        if isinstance(status, int) and status >= 500 and len(failures) < 5:
            failures.append(f"{method} {path} -> {status}: {answer[:300]!r}")
    elapsed = time.monotonic() - started
    print(f"sent {sent} inputs in {elapsed:.0f} s; statuses: "
          + ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items(), key=lambda item: str(item[0]))))
    server_errors = sum(count for status, count in statuses.items() if isinstance(status, int) and status >= 500)
    print(f"5xx: {server_errors}; largest answer: {largest[0]} bytes ({largest[1]})")
    for failure in failures:
        print("  " + failure)
    return 0


if __name__ == "__main__":
    sys.exit(main())
