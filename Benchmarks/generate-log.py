#!/usr/bin/env python3
"""Writes a synthetic log of Anthropic or Yandex exchanges for `lingua logs convert`, one JSON object per line.

    python3 Benchmarks/generate-log.py anthropic 200 /tmp/anthropic-200mb.jsonl
    python3 Benchmarks/generate-log.py yandex 1024 /tmp/yandex-1gb.jsonl

Each line holds a request, the response and trace metadata in the envelope `lingua logs convert` reads; texts,
ids and counts vary by line (Russian, English, emoji), so no two lines are equal. The log is not committed: it is
rebuilt on demand (about 30 s per GB).
"""

import json
import random
import sys

WORDS = (
    "поезд билет Казань Москва расписание вагон купе плацкарт вокзал пересадка багаж скидка "
    "train ticket schedule platform delay refund seat window luggage transfer 🚆 🎫 ✨ 你好"
).split()


def sentence(rng, low, high):
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(low, high))).capitalize() + "."


def anthropic_line(rng, index):
    messages = []
    for turn in range(rng.randint(1, 4)):
        messages.append({"role": "user", "content": sentence(rng, 8, 40)})
        messages.append({"role": "assistant", "content": sentence(rng, 20, 80)})
    messages.append({"role": "user", "content": [{"type": "text", "text": sentence(rng, 8, 30)}]})
    request = {
        "model": "claude-sonnet-4-5",
        "max_tokens": rng.choice([512, 1024, 4096]),
        "system": "Ты — помощник железнодорожной кассы. " + sentence(rng, 10, 30),
        "messages": messages,
        "temperature": round(rng.random(), 2),
        "metadata": {"user_id": f"user-{rng.randrange(10**9)}"},
    }
    response = {
        "id": f"msg_{index:024d}",
        "type": "message",
        "role": "assistant",
        "model": "claude-sonnet-4-5-20250929",
        "content": [{"type": "text", "text": sentence(rng, 30, 160)}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": rng.randint(50, 4000), "output_tokens": rng.randint(10, 900)},
    }
    return {"request": request, "response": response, "trace_id": f"{rng.getrandbits(64):016x}", "line": index}


def yandex_line(rng, index):
    messages = [{"role": "system", "text": "Ты — помощник железнодорожной кассы. " + sentence(rng, 10, 30)}]
    for turn in range(rng.randint(1, 4)):
        messages.append({"role": "user", "text": sentence(rng, 8, 40)})
        messages.append({"role": "assistant", "text": sentence(rng, 20, 80)})
    messages.append({"role": "user", "text": sentence(rng, 8, 30)})
    request = {
        "modelUri": "gpt://b1gq4xyz0example7folder/yandexgpt/latest",
        "completionOptions": {"temperature": round(rng.random(), 2), "maxTokens": str(rng.choice([500, 2000]))},
        "messages": messages,
    }
    response = {
        "result": {
            "alternatives": [
                {"message": {"role": "assistant", "text": sentence(rng, 30, 160)}, "status": "ALTERNATIVE_STATUS_FINAL"}
            ],
            "usage": {
                "inputTextTokens": str(rng.randint(50, 4000)),
                "completionTokens": str(rng.randint(10, 900)),
                "totalTokens": str(rng.randint(60, 4900)),
            },
            "modelVersion": "23.10.2024",
        }
    }
    return {"request": request, "response": response, "trace_id": f"{rng.getrandbits(64):016x}", "line": index}


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in ("anthropic", "yandex"):
        sys.exit("usage: generate-log.py anthropic|yandex MEGABYTES OUT")
    make = anthropic_line if sys.argv[1] == "anthropic" else yandex_line
    limit = int(sys.argv[2]) * 1024 * 1024
    rng = random.Random(20261201)
    written = 0
    index = 0
    with open(sys.argv[3], "w", encoding="utf-8") as out:
        while written < limit:
            line = json.dumps(make(rng, index), ensure_ascii=False, separators=(",", ":")) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            index += 1
    print(f"{sys.argv[3]}: {index} lines, {written} bytes")


if __name__ == "__main__":
    main()
