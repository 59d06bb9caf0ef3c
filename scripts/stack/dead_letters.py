"""Dead-lettered events: list them with their error, and replay them once their cause is fixed.

  dead_letters.py list [--topic T.dlq]               the events still waiting, per dead-letter topic
  dead_letters.py replay --topic T.dlq [--count N]   send the next N waiting events (all without --count)
                                                     back to their original topic, in order

The replay itself is common.dead_letters (the system-health screen replays the same way).
A replayed event goes back to the topic it came from with its original key, value and headers (plus
x-replay-of: where it was in the dead-letter topic), so every consumer group sees it again: the ones that
had handled it drop it as a duplicate (inbox), the one that failed handles it now. If its cause is not
fixed it fails again and comes back to the dead-letter topic once, with the new error; nothing loops.
What has been replayed is remembered as the committed offsets of the consumer group `cbccvc.dlq-replay`,
which the ops exporter subtracts (cbccvc_dead_letter_pending, alert DeadLetterEvents). Every replay is
written to the log (.stack/log/dead-letters.log) with who ran it.

Kafka is the stack's (KAFKA_PORT in stack/stack.env) unless CBCCVC_KAFKA_BOOTSTRAP says otherwise."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from common import dead_letters

ROOT = Path(__file__).resolve().parents[2]


def bootstrap() -> str:
    if os.environ.get("CBCCVC_KAFKA_BOOTSTRAP"):
        return os.environ["CBCCVC_KAFKA_BOOTSTRAP"]
    port = os.environ.get("KAFKA_PORT")
    if not port:
        for line in (ROOT / "stack" / "stack.env").read_text().splitlines():
            if line.startswith("KAFKA_PORT="):
                port = line.split("=", 1)[1].strip()
    return f"127.0.0.1:{port}"


async def list_cmd(topics: list[str] | None) -> None:
    state = await dead_letters.waiting(bootstrap(), topics, any_topic=True)
    for x in await dead_letters.letters(bootstrap(), state):
        print(json.dumps({"topic": x.topic, "partition": x.partition, "offset": x.offset, "consumer": x.consumer,
                          "error_type": x.error_type, "error": x.error, "attempts": x.attempts,
                          "event_type": x.event_type, "event_id": x.event_id,
                          "original": x.original}, ensure_ascii=False))


def note(log: Path, entry: dict[str, Any]) -> None:
    with log.open("a") as f:
        f.write(json.dumps(entry, ensure_ascii=False) + "\n")


async def replay_cmd(topic: str, count: int | None) -> int:
    log = Path(os.environ.get("CBCCVC_DEAD_LETTER_LOG", ROOT / ".stack" / "log" / "dead-letters.log"))
    log.parent.mkdir(parents=True, exist_ok=True)
    state = await dead_letters.waiting(bootstrap(), [topic])
    done = await dead_letters.replay(bootstrap(), state, count=count)
    for r in done:
        note(log, {"at": time.time(), "by": getpass.getuser(), "to": r.to, "error_was": r.letter.error,
                   "replayed": r.letter.ref})
    return len(done)


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="cmd", required=True)
    ls = sub.add_parser("list")
    ls.add_argument("--topic", action="append")
    rp = sub.add_parser("replay")
    rp.add_argument("--topic", required=True)
    rp.add_argument("--count", type=int)
    args = parser.parse_args(argv)
    if args.cmd == "list":
        asyncio.run(list_cmd(args.topic))
    else:
        if not args.topic.endswith(".dlq"):
            sys.exit(f"{args.topic} is not a dead-letter topic (…​.dlq)")
        n = asyncio.run(replay_cmd(args.topic, args.count))
        print(json.dumps({"replayed": n, "topic": args.topic}))


if __name__ == "__main__":
    main(sys.argv[1:])
