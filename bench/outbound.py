#!/usr/bin/env python3
"""Outbound webhooks under load (see bench/README.md, "Outbound webhooks"): one run of the built jar on a fresh
database, signed PSI callbacks driven by wrk first without any subscription, then with one active subscription
to a local receiver, at the same concurrency; then the receiver's figures: deliveries per second while the
outbox drains, and the time from an event's commit (its occurred_at, written in the callback's transaction) to
its arrival at the receiver, p50/p99."""
import argparse, base64, hashlib, hmac, json, os, re, subprocess, sys, tempfile, threading, time, uuid
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from datetime import datetime

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from run import BENCH, ROOT, sh, psql, free_port, proc_stat  # noqa: E402


class Receiver(BaseHTTPRequestHandler):
    """Answers 204 and records (arrival time, event timestamp) of every delivery."""
    arrivals = []
    lock = threading.Lock()

    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        now = time.time()
        stamp = datetime.fromisoformat(json.loads(body)["timestamp"].replace("Z", "+00:00")).timestamp()
        with Receiver.lock:
            Receiver.arrivals.append((now, stamp, self.headers.get("webhook-id")))
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args):
        pass


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] if values else float("nan")


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=5432)
    p.add_argument("--user", default="postgres")
    p.add_argument("--database", default="proctor_bench_outbound")
    p.add_argument("--connections", type=int, default=8)
    p.add_argument("--seconds", type=int, default=15)
    p.add_argument("--warmup", type=int, default=15)
    p.add_argument("--jar", default=os.path.join(ROOT, "bootstrap/target/proctor-reviews.jar"))
    args = p.parse_args()

    env_pg = dict(os.environ, PGPASSWORD=os.environ.get("PGPASSWORD", ""))
    sh("dropdb", "--if-exists", "-h", args.host, "-p", str(args.port), "-U", args.user, args.database, env=env_pg)
    sh("createdb", "-h", args.host, "-p", str(args.port), "-U", args.user, args.database, env=env_pg)
    work = tempfile.mkdtemp(prefix="proctor-outbound-")
    key = os.urandom(32)
    http_port = free_port()
    env = dict(os.environ, PROCTOR_HTTP_PORT=str(http_port), PROCTOR_DATA_DIR=os.path.join(work, "data"),
               PROCTOR_DB_URL=f"jdbc:postgresql://{args.host}:{args.port}/{args.database}",
               PROCTOR_DB_USER=args.user, PROCTOR_DB_PASSWORD=os.environ.get("PGPASSWORD", ""),
               PROCTOR_API_TOKENS="bench", PROCTOR_VENDOR_PSI_SECRETS="whsec_" + base64.b64encode(key).decode(),
               PROCTOR_MAX_IN_FLIGHT="256", PROCTOR_OUTBOUND_ALLOW_PRIVATE_NETWORKS="true")
    base = f"http://127.0.0.1:{http_port}"
    log = open(os.path.join(work, "service.log"), "w")
    service = subprocess.Popen(["java", "-Xmx256m", "-jar", args.jar], env=env, stdout=log, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/health/ready", timeout=1) as r:
                    if r.status == 200:
                        break
            except OSError:
                if service.poll() is not None or time.time() > deadline:
                    sys.exit("the service did not start; see " + log.name)
                time.sleep(0.05)
        n = 200_000
        psql(args, f"""
            INSERT INTO app_user (id, username, email, is_staff)
              SELECT g, 'learner' || g, 'learner' || g || '@example.com', false FROM generate_series(1, {n}) g;
            INSERT INTO exam (course_id, content_id, exam_name, time_limit_mins, is_proctored, is_practice_exam,
                              backend) VALUES ('course-v1:Bench+1', 'final', 'Final', 60, true, false, 'psi');
            INSERT INTO attempt (exam_id, user_id, attempt_code, external_id, taking_as_proctored, status,
                                 created_at, updated_at)
              SELECT 1, g, 'CODE-' || g, 'ext-' || g, true, 'submitted', now(), now() FROM generate_series(1, {n}) g;
            """)
        psql(args, "VACUUM (FREEZE, ANALYZE)")
        fixture = json.loads(open(os.path.join(ROOT, "docs/examples/psi-review.json")).read())
        body = json.dumps(fixture, separators=(",", ":"))
        next_attempt = [1]

        def drive(seconds):
            first, share = next_attempt[0], 1500 * seconds
            next_attempt[0] += share
            requests_file = os.path.join(work, "requests.tsv")
            ts = str(int(time.time()))
            with open(requests_file, "w") as out:
                for i in range(first, first + share):
                    wid = "msg_" + uuid.uuid4().hex
                    mac = hmac.new(key, f"{wid}.{ts}.{body}".encode(), hashlib.sha256).digest()
                    out.write(f"/callbacks/psi/attempts/ext-{i}/reviewed\t{wid}\t{ts}"
                              f"\tv1,{base64.b64encode(mac).decode()}\t{body}\n")
            threads = min(2, args.connections)
            cpu_before = proc_stat(service.pid)[1]
            out = subprocess.run(["wrk", "-t", str(threads), "-c", str(args.connections), "-d", f"{seconds}s",
                                  "--timeout", "10s", "-s", os.path.join(BENCH, "review.lua"), base, "--",
                                  requests_file, "0", str(share), str(threads), "0", "0"],
                                 capture_output=True, text=True, check=True).stdout
            cpu_after = proc_stat(service.pid)[1]
            r = {k: int(v) for k, v in re.findall(r"(\w+)=(\d+)", out.split("RESULT", 1)[1])}
            return {"rps": round(r["ok"] / (r["duration_us"] / 1e6), 1), "ok": r["ok"], "p50_ms": r["p50_us"] / 1000,
                    "p99_ms": r["p99_us"] / 1000, "non_2xx": r["requests"] - r["ok"],
                    "cpu_s_per_1000": round((cpu_after - cpu_before) / max(r["ok"], 1) * 1000, 2)}

        def api(method, path, payload=None):
            request = urllib.request.Request(base + path, method=method, headers={"Authorization": "Bearer bench",
                                             "Content-Type": "application/json"},
                                             data=None if payload is None else json.dumps(payload).encode())
            with urllib.request.urlopen(request, timeout=10) as r:
                return json.loads(r.read() or b"null")

        drive(args.warmup)
        without = drive(args.seconds)
        receiver = ThreadingHTTPServer(("127.0.0.1", 0), Receiver)
        threading.Thread(target=receiver.serve_forever, daemon=True).start()
        subscription = api("POST", "/api/v1/subscriptions",
                           {"url": f"http://127.0.0.1:{receiver.server_address[1]}/hooks"})
        started = time.time()
        with_subscription = drive(args.seconds)
        load_end = time.time()
        expected = with_subscription["ok"] * 2  # review_received + attempt_status_changed per review
        while len(Receiver.arrivals) < expected and time.time() - load_end < 300:
            time.sleep(0.2)
        arrivals = sorted(Receiver.arrivals)
        during = [a for a in arrivals if a[0] <= load_end]
        drained = arrivals[-1][0] if arrivals else load_end
        lag_ms = [(a[0] - a[1]) * 1000 for a in arrivals]
        lag_under_load_ms = [(a[0] - a[1]) * 1000 for a in during]
        ids = [a[2] for a in arrivals]
        print(f"callbacks at {args.connections} connections, {args.seconds} s each, same run:")
        print(f"  without a subscription: {without}")
        print(f"  with one subscription:  {with_subscription}")
        print(f"  ratio with/without: {with_subscription['rps'] / without['rps']:.2f}")
        print(f"deliveries: {len(arrivals)} of {expected} events ({len(ids) - len(set(ids))} duplicates),"
              f" {len(during) / (load_end - started):.1f}/s during the load,"
              f" {len(arrivals) / (drained - started):.1f}/s from the first callback to the last delivery,"
              f" backlog drained {drained - load_end:.1f} s after the load")
        print(f"commit to delivery: under load (delivered while callbacks ran) p50 {percentile(lag_under_load_ms, 50):.0f} ms,"
              f" p99 {percentile(lag_under_load_ms, 99):.0f} ms; all deliveries p50 {percentile(lag_ms, 50):.0f} ms,"
              f" p99 {percentile(lag_ms, 99):.0f} ms")
        api("DELETE", "/api/v1/subscriptions/" + subscription["id"])
    finally:
        service.terminate()
        service.wait(timeout=60)


if __name__ == "__main__":
    main()
