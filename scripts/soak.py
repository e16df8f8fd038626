#!/usr/bin/env python3
"""Soak test: drives mixed traffic at a moderate, fixed rate against a Proctor Reviews it starts on 127.0.0.1,
for a bounded time, and reports errors, latency percentiles and the process's RSS at start and end.

    python3 scripts/soak.py --minutes 10 --rate 50          # after: mvn -B -q -DskipTests package

Not part of the test suite. Needs only Python 3 (standard library) and Java 17. Traffic: new PSI reviews (50%),
new SoftwareSecure reviews (10%), vendor retries of an earlier body (10%), reads of reviews, history, credit and
the event feed (30%). An error is a 5xx or a transport failure; 4xx answers are counted but expected only for
deliberately bad requests, of which there are none here.
"""
import argparse, base64, hashlib, hmac, json, os, random, shutil, socket, subprocess, sys, tempfile, threading
import time, urllib.error, urllib.request, uuid
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class Service:
    def __init__(self, jar, workdir, extra_env=None):
        self.port = free_port()
        self.token = "soak-" + uuid.uuid4().hex
        self.keys = {v: os.urandom(32) for v in ("ss", "psi")}
        env = dict(os.environ, PROCTOR_HTTP_PORT=str(self.port), PROCTOR_DATA_DIR=os.path.join(workdir, "data"),
                   PROCTOR_API_TOKENS=self.token,
                   PROCTOR_VENDOR_SOFTWARE_SECURE_SECRETS="whsec_" + base64.b64encode(self.keys["ss"]).decode(),
                   PROCTOR_VENDOR_PSI_SECRETS="whsec_" + base64.b64encode(self.keys["psi"]).decode(),
                   **(extra_env or {}))
        self.log = open(os.path.join(workdir, "service.log"), "w")
        self.process = subprocess.Popen(["java", "-jar", jar], env=env, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                if self.request("GET", "/health/ready", auth=False)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        raise SystemExit("the service did not become ready; see " + self.log.name)

    def request(self, method, path, body=None, auth=True, headers=None):
        data = None if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", data=data, method=method)
        if auth:
            req.add_header("Authorization", "Bearer " + self.token)
        for k, v in (headers or {}).items():
            req.add_header(k, v)
        try:
            with urllib.request.urlopen(req, timeout=10) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.read()

    def signed(self, vendor, path, body):
        wid, ts = "msg_" + uuid.uuid4().hex, str(int(time.time()))
        mac = hmac.new(self.keys[vendor], f"{wid}.{ts}.".encode() + body, hashlib.sha256).digest()
        return self.request("POST", path, body, auth=False, headers={
            "webhook-id": wid, "webhook-timestamp": ts, "webhook-signature": "v1," + base64.b64encode(mac).decode(),
            "Content-Type": "application/json"})

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=15)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--rate", type=float, default=50, help="requests per second")
    parser.add_argument("--jar", default=os.path.join(ROOT, "bootstrap/target/proctor-reviews.jar"))
    args = parser.parse_args()
    fixtures = os.path.join(ROOT, "docs/examples")
    ss_template = open(os.path.join(fixtures, "software-secure-review.json")).read()
    psi_template = open(os.path.join(fixtures, "psi-review.json")).read()
    workdir = tempfile.mkdtemp(prefix="proctor-soak-")
    service = Service(args.jar, workdir)
    pid = service.process.pid
    rss_start = rss_mb(pid)
    course = "course-v1:Soak+" + uuid.uuid4().hex[:6]
    exams = {}
    for backend in ("psi", "software_secure"):
        status, body = service.request("POST", "/api/v1/exams", {"course_id": course, "content_id": backend,
                                                                 "exam_name": "Soak", "backend": backend})
        exams[backend] = json.loads(body)["id"]
    lock = threading.Lock()
    latencies, errors, statuses, sent_bodies = [], [], {}, []
    user_ids = iter(range(1, 10**9))

    def new_attempt(backend):
        uid = next(user_ids)
        service.request("PUT", f"/api/v1/users/{uid}", {"username": f"l{uid}", "email": f"l{uid}@example.com"})
        status, body = service.request("POST", "/api/v1/attempts", {"exam_id": exams[backend], "user_id": uid})
        return json.loads(body)

    def one():
        roll = random.random()
        if roll < 0.5:
            a = new_attempt("psi")
            body = psi_template.replace('"passed"', '"' + random.choice(["passed", "suspicious", "violation"]) + '"')
            call = ("psi", f"/callbacks/psi/attempts/{a['external_id']}/reviewed", body.encode())
        elif roll < 0.6:
            a = new_attempt("software_secure")
            body = ss_template.replace("{{attempt_code}}", a["attempt_code"]).replace("{{external_id}}", a["external_id"])
            call = ("ss", "/callbacks/software-secure", body.encode())
        elif roll < 0.7 and sent_bodies:
            call = random.choice(sent_bodies)
        else:
            call = None
        started = time.perf_counter()
        try:
            if call:
                status, _ = service.signed(*call)
                if roll < 0.6:
                    with lock:
                        sent_bodies.append(call)
                        del sent_bodies[:-1000]
            else:
                status, _ = service.request("GET", random.choice(["/api/v1/events?after=0&limit=50",
                                                                  f"/api/v1/notifications?course_id={course}",
                                                                  "/health/ready"]))
        except OSError as e:
            status = -1
            with lock:
                errors.append(repr(e))
        millis = (time.perf_counter() - started) * 1000
        with lock:
            latencies.append(millis)
            statuses[status] = statuses.get(status, 0) + 1
            if status >= 500:
                errors.append(str(status))

    deadline = time.time() + args.minutes * 60
    interval = 1.0 / args.rate
    next_at = time.time()
    report_at = time.time() + 60
    with ThreadPoolExecutor(max_workers=16) as pool:
        while time.time() < deadline:
            pool.submit(one)
            next_at += interval
            time.sleep(max(0.0, next_at - time.time()))
            if time.time() >= report_at:
                report_at += 60
                with lock:
                    done = sorted(latencies)
                print(f"{time.strftime('%H:%M:%S')} requests={len(done)} errors={len(errors)} "
                      f"p50={done[len(done) // 2]:.1f}ms p99={done[int(len(done) * 0.99)]:.1f}ms "
                      f"rss={rss_mb(pid):.0f}MB", flush=True)
    rss_end = rss_mb(pid)
    service.stop()
    done = sorted(latencies)
    print(json.dumps({"minutes": args.minutes, "rate_per_s": args.rate, "requests": len(done),
                      "errors": len(errors), "statuses": statuses,
                      "p50_ms": round(done[len(done) // 2], 1), "p99_ms": round(done[int(len(done) * 0.99)], 1),
                      "rss_start_mb": round(rss_start), "rss_end_mb": round(rss_end),
                      "rss_drift_mb": round(rss_end - rss_start)}, indent=2))
    shutil.rmtree(workdir, ignore_errors=True)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
