#!/usr/bin/env python3
"""Reads a plan status (JSON on standard input) and prints its wall time against its time limit, and its wait."""
import json
import sys
from datetime import datetime


def at(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


plan = json.load(sys.stdin)
wall = (at(plan["finishedAt"]) - at(plan["startedAt"])).total_seconds()
queued = (at(plan["startedAt"]) - at(plan["createdAt"])).total_seconds()
limit = plan["timeLimitSeconds"]
print(f"plan {plan['planId']}: {plan['status']}, limit {limit} s, wall {wall:.1f} s ({100 * (wall / limit - 1):+.1f}%), "
      f"queued {queued:.1f} s, brought {plan['brought']} of {plan['participants']}")
