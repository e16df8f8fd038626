#!/usr/bin/env python3
"""Figures of the Open edX event bus publisher, on a Proctor Reviews it starts on 127.0.0.1 (embedded database)
with a redis-server of its own on a free port (no persistence):

    python3 scripts/openedx_bus.py --callbacks 400 --backlog 1000     # after: mvn -B -q -DskipTests package

1. lag under callback load: --callbacks signed PSI "passed" reviews sent by 8 senders, each turning an attempt
   verified (one verified.v1 event each); for every event, the lag from its commit (the entry's `time` field: the
   outbox numbers a message in commit order just after its commit) to its XADD (the entry id's millisecond,
   Redis's clock on the same machine); p50 and p99.
2. sustained rate: Redis is stopped, --backlog attempts are submitted (the events wait in the outbox), Redis is
   started again and the rate is the number of entries over the span of their entry ids (first to last XADD).
3. one entry as `redis-cli XRANGE` prints it.

Not part of the test suite. Needs Python 3 (standard library), Java 17, redis-server and redis-cli.
"""
import argparse, json, os, shutil, socket, subprocess, tempfile, time, uuid
from concurrent.futures import ThreadPoolExecutor

from soak import ROOT, Service, free_port

STREAM = "dev-learning-exam-attempt-lifecycle"


class Redis:
    def __init__(self, workdir):
        self.port = free_port()
        self.workdir = workdir
        self.process = None

    def start(self):
        self.process = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                         "--appendonly", "no", "--dir", self.workdir],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while self.cli("PING") != "PONG":
            time.sleep(0.05)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=10)

    def cli(self, *args):
        done = subprocess.run(["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True)
        return done.stdout.strip()

    def entries(self):
        """(XADD time in ms from the entry id, `time` field in ms) per entry, oldest first."""
        with socket.create_connection(("127.0.0.1", self.port)) as connection:
            connection.sendall(b"*4\r\n$6\r\nXRANGE\r\n$%d\r\n%s\r\n$1\r\n-\r\n$1\r\n+\r\n"
                               % (len(STREAM), STREAM.encode()))
            reply = read_reply(connection.makefile("rb"))
        result = []
        for entry_id, fields in reply:
            values = dict(zip(fields[::2], fields[1::2]))
            result.append((int(entry_id.split(b"-")[0]), parse_ms(values[b"time"].decode())))
        return result


def read_reply(stream):
    """One RESP2 reply: bulk strings as bytes, arrays as lists (all XRANGE answers)."""
    line = stream.readline().rstrip(b"\r\n")
    kind, rest = line[:1], line[1:]
    if kind == b"*":
        return [read_reply(stream) for _ in range(int(rest))]
    if kind == b"$":
        data = stream.read(int(rest) + 2)
        return data[:-2]
    if kind in (b"+", b":"):
        return rest
    raise RuntimeError("redis answered " + line.decode("utf-8", "replace"))


def parse_ms(text):
    from datetime import datetime
    return datetime.fromisoformat(text).timestamp() * 1000


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--callbacks", type=int, default=400)
    parser.add_argument("--backlog", type=int, default=1000)
    parser.add_argument("--jar", default=os.path.join(ROOT, "bootstrap/target/proctor-reviews.jar"))
    args = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="proctor-bus-")
    redis = Redis(workdir)
    redis.start()
    service = Service(args.jar, workdir, {"PROCTOR_OPENEDX_EVENT_BUS_REDIS_URL": f"redis://127.0.0.1:{redis.port}/0",
                                          "PROCTOR_OPENEDX_TOPIC_PREFIX": "dev"})
    try:
        course = "course-v1:Bus+" + uuid.uuid4().hex[:6]
        status, body = service.request("POST", "/api/v1/exams", {"course_id": course, "content_id":
                                       f"block-v1:Bus+{course[10:]}+type@sequential+block@exam1",
                                       "exam_name": "Bus", "time_limit_mins": 10, "is_proctored": True,
                                       "is_practice_exam": False, "backend": "psi"})
        exam = json.loads(body)["id"]
        ids = iter(range(1, 10**9))

        def attempt():
            uid = next(ids)
            service.request("PUT", f"/api/v1/users/{uid}", {"username": f"learner{uid}", "email":
                            f"learner{uid}@example.com", "name": f"Learner {uid}"})
            return json.loads(service.request("POST", "/api/v1/attempts", {"exam_id": exam, "user_id": uid})[1])

        psi = open(os.path.join(ROOT, "docs/examples/psi-review.json")).read().encode()
        with ThreadPoolExecutor(max_workers=8) as pool:
            attempts = list(pool.map(lambda _: attempt(), range(args.callbacks)))
        def review(a):
            return service.signed("psi", f"/callbacks/psi/attempts/{a['external_id']}/reviewed", psi)[0]

        redis.cli("DEL", STREAM)
        started = time.time()
        with ThreadPoolExecutor(max_workers=8) as pool:
            statuses = list(pool.map(review, attempts))
        elapsed = time.time() - started
        deadline = time.time() + 60
        while int(redis.cli("XLEN", STREAM) or 0) < len(attempts) and time.time() < deadline:
            time.sleep(0.1)
        print("one entry (redis-cli XRANGE %s - + COUNT 1):" % STREAM)
        print(redis.cli("--no-raw", "XRANGE", STREAM, "-", "+", "COUNT", "1"))
        entries = redis.entries()
        time_lags = [xadd - committed for xadd, committed in entries]
        bad = sum(1 for s in statuses if s != 200)
        print(json.dumps({"callbacks": len(attempts), "non_200": bad, "callbacks_per_s": round(len(attempts) / elapsed, 1),
                          "entries": len(entries),
                          "lag_commit_to_xadd_ms_from_time_field": {"p50": round(percentile(time_lags, .5), 1),
                                                                    "p99": round(percentile(time_lags, .99), 1)}},
                         indent=2))

        with ThreadPoolExecutor(max_workers=8) as pool:
            backlog = list(pool.map(lambda _: attempt(), range(args.backlog)))
        redis.stop()
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(lambda a: service.request("PUT", f"/api/v1/attempts/{a['id']}/status",
                                                    {"status": "submitted"}), backlog))
        redis.start()
        deadline = time.time() + 300
        while int(redis.cli("XLEN", STREAM) or 0) < len(backlog) and time.time() < deadline:
            time.sleep(0.2)
        drained = redis.entries()
        span = (drained[-1][0] - drained[0][0]) / 1000
        print(json.dumps({"backlog": len(backlog), "published": len(drained), "span_s": round(span, 2),
                          "events_per_s": round((len(drained) - 1) / span, 1) if span else None}, indent=2))
    finally:
        service.stop()
        if redis.process.poll() is None:
            redis.stop()
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
