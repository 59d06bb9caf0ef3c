"""Chaos, long form (issue 15.7): approvals, transfers and Excel imports through the gateway while Kafka,
PostgreSQL, each service and the outbox relay are killed at random moments; then every accepted request
must be in every view exactly once (common.testing.chaos says what is killed and what is checked).

It KILLS THE SERVERS OF THE STACK IT RUNS AGAINST (this checkout's .stack and stack/stack.env ports): run it
on a stack nobody else uses, e.g. a second checkout whose git-ignored stack/stack.local.env moves every
port (`git worktree add ../chaos`, ports +1000 there, `make run` there, then this script from there).

    .venv/bin/python bench/chaos.py --minutes 10 --seed 7
    .venv/bin/python bench/chaos.py --minutes 3 --gap 3-8 --targets postgres,kafka,relay
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time

from common.testing import chaos, stack


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--minutes", type=float, default=10, help="how long the workload runs under kills (10)")
    parser.add_argument("--seed", type=int, default=None, help="the kills' order and moments (default: random)")
    parser.add_argument("--gap", default="6-14", help="seconds between two kills (6-14)")
    parser.add_argument("--targets", default=",".join(chaos.TARGETS), help="what may be killed")
    parser.add_argument("--settle", type=float, default=300, help="at most this long to settle afterwards (300)")
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else int(time.time()) % 100000
    low, _, high = args.gap.partition("-")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    print(f"chaos against {stack.gateway_url()} (supervisord of {stack.ROOT}), seed {seed}, "
          f"{args.minutes:g} minutes; load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    report = chaos.run(seconds=args.minutes * 60, seed=seed, gap=(float(low), float(high or low)),
                       targets=args.targets.split(","), settle=args.settle)
    print(report.summary())
    print(f"load average at the end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 1 if report.problems else 0


if __name__ == "__main__":
    sys.exit(main())
