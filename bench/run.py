#!/usr/bin/env python3
"""One run of the service-versus-database benchmark (see bench/README.md): the service and pgbench doing the same
writes per review on the same PostgreSQL, at the same concurrency levels, in one run on one machine."""
import argparse, base64, hashlib, hmac, json, os, re, shlex, shutil, signal, socket, subprocess, sys, tempfile, time, uuid
import urllib.request

STARTED = []  # every service process started, killed if a run fails half-way
REVIEWER_FIRST = 9_000_001
REVIEWERS = f"{REVIEWER_FIRST}, {REVIEWER_FIRST + 9}"
BENCH = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(BENCH)


def sh(*cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw).stdout


def psql(args, sql):
    return sh("psql", "-v", "ON_ERROR_STOP=1", "-q", "-h", args.host, "-p", str(args.port), "-U", args.user,
              "-d", args.database, "-c", sql)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def proc_stat(pid):
    with open(f"/proc/{pid}/status") as f:
        rss = next(int(l.split()[1]) for l in f if l.startswith("VmRSS:")) / 1024
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return rss, cpu


def main():
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=5432)
    p.add_argument("--user", default="postgres")
    p.add_argument("--database", default="proctor_bench")
    p.add_argument("--levels", default="1,4,16,64")
    p.add_argument("--seconds", type=int, default=15)
    p.add_argument("--warmup", type=int, default=30, help="seconds of unreported load before the levels")
    p.add_argument("--attempts", type=int, default=100000, help="attempts reserved for the service")
    p.add_argument("--jar", default=os.path.join(ROOT, "bootstrap/target/proctor-reviews.jar"))
    p.add_argument("--no-cds", action="store_true",
                   help="measure a plain start instead of one with an AppCDS archive (needed for a JFR recording:"
                        " Java 17.0.15 crashed when both were on)")
    p.add_argument("--java-opts", default="", help="extra JVM options, e.g. a JFR recording for profiling")
    p.add_argument("--autovacuum", default="off,on",
                   help="the server's autovacuum setting for each full run, in order (set with ALTER SYSTEM and"
                        " restored afterwards); 'keep' runs once with the server as it is")
    p.add_argument("--backlog", type=int, default=30000, help="distinct reviews of the backlog drained at 16 connections")
    p.add_argument("--paced-rps", type=float, default=500, help="the rate of the paced run (latency at a given load)")
    args = p.parse_args()
    modes = args.autovacuum.split(",")
    original = psql_value(args, "SELECT setting || ' ' || coalesce(sourcefile, '') FROM pg_settings"
                                " WHERE name = 'autovacuum'")
    reports = []
    try:
        for mode in modes:
            if mode != "keep":
                set_autovacuum(args, f"ALTER SYSTEM SET autovacuum = {mode}")
            reports.append((mode, run_once(args)))
    finally:
        for process in STARTED:
            if process.poll() is None:
                process.kill()
        if modes != ["keep"]:
            setting, source = (original.split(" ", 1) + [""])[:2]
            set_autovacuum(args, f"ALTER SYSTEM SET autovacuum = {setting}" if source.endswith("postgresql.auto.conf")
                           else "ALTER SYSTEM RESET autovacuum")
    for mode, report in reports:
        print(f"== autovacuum = {psql_value(args, 'SHOW autovacuum') if mode == 'keep' else mode}")
        print(report)
    if len(reports) == 2:
        (_, first), (_, second) = reports
        print("service req/s, first ÷ second run, per level: " + " / ".join(
            f"{a['service_rps'] / b['service_rps']:.2f}" for a, b in zip(first.rows, second.rows)))


def psql_value(args, sql, database="postgres"):
    return sh("psql", "-X", "-At", "-h", args.host, "-p", str(args.port), "-U", args.user, "-d", database,
              "-c", sql).strip()


def set_autovacuum(args, statement):
    psql_value(args, statement)
    psql_value(args, "SELECT pg_reload_conf()")
    time.sleep(0.5)


class Report(str):
    """The printed report of one run, with its level rows for the comparison of runs."""
    rows = []


def run_once(args):
    """One full run on a fresh database: start-up, levels, backlog, paced run. Returns the printed report."""
    levels = [int(x) for x in args.levels.split(",")]
    work = tempfile.mkdtemp(prefix="proctor-bench-")
    env_pg = dict(os.environ, PGPASSWORD=os.environ.get("PGPASSWORD", ""))

    # A fresh database, migrated by the service itself.
    sh("dropdb", "--if-exists", "-h", args.host, "-p", str(args.port), "-U", args.user, args.database, env=env_pg)
    sh("createdb", "-h", args.host, "-p", str(args.port), "-U", args.user, args.database, env=env_pg)
    key = os.urandom(32)
    http_port = free_port()
    env = dict(os.environ, PROCTOR_HTTP_PORT=str(http_port), PROCTOR_DATA_DIR=os.path.join(work, "data"),
               PROCTOR_DB_URL=f"jdbc:postgresql://{args.host}:{args.port}/{args.database}",
               PROCTOR_DB_USER=args.user, PROCTOR_DB_PASSWORD=os.environ.get("PGPASSWORD", ""),
               PROCTOR_API_TOKENS="bench", PROCTOR_VENDOR_PSI_SECRETS="whsec_" + base64.b64encode(key).decode(),
               PROCTOR_MAX_IN_FLIGHT="256")
    log = open(os.path.join(work, "service.log"), "w")
    base = f"http://127.0.0.1:{http_port}"

    def start(*jvm_options):
        """Starts the jar and returns it with the seconds until /health/ready answered 200."""
        started = time.perf_counter()
        process = subprocess.Popen(["java", *shlex.split(args.java_opts), *jvm_options, "-jar", args.jar], env=env,
                                   stdout=log, stderr=subprocess.STDOUT)
        STARTED.append(process)
        while True:
            try:
                with urllib.request.urlopen(base + "/health/ready", timeout=1) as r:
                    if r.status == 200:
                        return process, time.perf_counter() - started
            except OSError:
                if process.poll() is not None or time.perf_counter() - started > 60:
                    sys.exit("the service did not start; see " + log.name)
                time.sleep(0.02)

    def stop(process):
        process.terminate()
        process.wait(timeout=120)  # an AppCDS archive is written at exit: slow on a busy machine

    # The first start migrates the empty database; later starts find the schema current, as a restart would.
    service, first_start = start()
    # Attempts: 1..n for the service, n+1..2n for pgbench, all submitted and waiting for their review.
    n = args.attempts
    psql(args, f"""
        INSERT INTO app_user (id, username, email, is_staff)
          SELECT g, 'learner' || g, 'learner' || g || '@example.com', false
            FROM generate_series(1, {2 * n + args.backlog}) g;
        INSERT INTO exam (course_id, content_id, exam_name, time_limit_mins, is_proctored, is_practice_exam, backend)
          VALUES ('course-v1:Bench+1', 'final', 'Final', 60, true, false, 'psi');
        INSERT INTO attempt (exam_id, user_id, attempt_code, external_id, taking_as_proctored, status, created_at,
                             updated_at)
          SELECT 1, g, 'CODE-' || g, 'ext-' || g, true, 'submitted', now(), now()
            FROM generate_series(1, {2 * n + args.backlog}) g;
        INSERT INTO app_user (id, username, email, is_staff)
          SELECT g, 'reviewer' || g, 'reviewer' || g || '@example.com', false FROM generate_series({REVIEWERS}) g;
        INSERT INTO course_staff (user_id, course_id)
          SELECT g, 'course-v1:Bench+' || k FROM generate_series({REVIEWERS}) g, generate_series(1, 3) k;
        """)
    # Settle the freshly loaded tables before anything is measured: without this, whichever side runs first pays
    # for setting hint bits, the visibility map and the autovacuum the load triggers.
    psql(args, "VACUUM (FREEZE, ANALYZE)")
    psql(args, "CHECKPOINT")

    fixture = json.loads(open(os.path.join(ROOT, "docs/examples/psi-review.json")).read())

    def body_for(i):
        """The mix of every four requests: two plain passed reviews, one named by a staff reviewer (the user
        look-up), one suspicious with no reviewer (the support notification, with its learner look-up)."""
        payload = dict(fixture)
        if i % 4 == 2:
            payload["reviewed_by"] = f"reviewer{REVIEWER_FIRST + i % 10}@example.com"
        elif i % 4 == 3:
            payload["status"] = "suspicious"
        return json.dumps(payload, separators=(",", ":"))
    # Attempts 1..n are shared out in proportion to the seconds of load: the CDS training (5 s), the warm-up,
    # each level, the pacing trial (5 s) and the paced run; so at up to n / (total seconds) req/s no attempt is reviewed twice.
    per_second = n // (5 + args.warmup + args.seconds * (len(levels) + 1) + 5)
    next_attempt = 1

    def drive(connections, seconds, pause_ms=0, count=None):
        """wrk at a number of connections on a fresh share of attempts, signed just before (the signature's
        timestamp must stay within the service's 5-minute tolerance for the whole run). With a count, wrk sends
        exactly that many distinct reviews (attempts 2n+1.. are kept for it) and stops, or gives up after
        {seconds}."""
        nonlocal next_attempt
        if count:
            first, share = 2 * n + 1, count + 64  # a few spare lines for the requests in flight at the end
        else:
            first, share = next_attempt, per_second * seconds
            next_attempt += share
        requests_file = os.path.join(work, "requests.tsv")
        ts = str(int(time.time()))
        with open(requests_file, "w") as out:
            for i in range(first, first + share):
                wid = ("bkl_" if count else "msg_") + uuid.uuid4().hex
                body = body_for(i)
                mac = hmac.new(key, f"{wid}.{ts}.{body}".encode(), hashlib.sha256).digest()
                out.write(f"/callbacks/psi/attempts/ext-{i}/reviewed\t{wid}\t{ts}"
                          f"\tv1,{base64.b64encode(mac).decode()}\t{body}\n")
        threads = min(2, connections)
        rss_before, cpu_before = proc_stat(service.pid)
        command = ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds}s", "--timeout", "10s",
                   "-s", os.path.join(BENCH, "review.lua"), base, "--", requests_file, "0", str(share),
                   str(threads), str(pause_ms), str(count // threads if count else 0)]
        started = time.perf_counter()
        wrk = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        drained = None
        if count:
            # wrk itself always runs for its whole -d: the drain ends when the database holds every review (or, if
            # some were refused, when no more arrive for 3 s), timed at the last one seen arriving.
            stored, last_change = 0, started
            while wrk.poll() is None and drained is None:
                time.sleep(0.25)
                now_stored = int(psql_value(args, "SELECT count(*) FROM seen_webhook WHERE webhook_id LIKE 'bkl%'",
                                            args.database))
                if now_stored != stored:
                    stored, last_change = now_stored, time.perf_counter()
                if stored >= count or (stored and time.perf_counter() - last_change > 3):
                    drained = last_change - started
                    wrk.send_signal(signal.SIGINT)
        out = wrk.communicate()[0]
        rss_after, cpu_after = proc_stat(service.pid)
        result = dict(re.findall(r"(\w+)=(\d+)", out.split("RESULT", 1)[1]))
        ok = int(result["ok"])
        if ok > share:
            print(f"warning: {connections} connections sent more requests than they had attempts; some attempts"
                  f" were reviewed twice (raise --attempts)", file=sys.stderr)
        if drained:
            result["duration_us"] = int(drained * 1e6)
        return {"connections": connections, "requests_ok": ok, "seconds": int(result["duration_us"]) / 1e6,
                "service_rps": round(ok / (int(result["duration_us"]) / 1e6), 1),
                "p50_ms": int(result["p50_us"]) / 1000, "p99_ms": int(result["p99_us"]) / 1000,
                "p999_ms": int(result["p999_us"]) / 1000, "non_2xx": int(result["requests"]) - ok,
                "rss_mb": round(rss_after), "cpu_s_per_1000": round((cpu_after - cpu_before) / max(ok, 1) * 1000, 2)}

    # Cold start, schema current: plain "java -jar", then with an AppCDS archive (README, "Run it") that a
    # training run writes on exit. The rest of the run uses the instance started with the archive (or, with
    # --no-cds, a plain one).
    stop(service)
    service, plain_start = start()
    stop(service)
    if args.no_cds:
        service, cds_start = start()[0], None
    else:
        archive = os.path.join(work, "proctor-reviews.jsa")
        service, _ = start(f"-XX:ArchiveClassesAtExit={archive}")
        drive(8, 5)
        stop(service)
        service, cds_start = start(f"-XX:SharedArchiveFile={archive}")

    # Warm-up (JIT, pool, PostgreSQL caches) on attempts no measured level uses; not reported.
    drive(8, args.warmup)
    # No ANALYZE here: the review tables were empty when the warm-up's statements were first planned, and keeping
    # good plans as they grow, with autovacuum on or off, is the service's job (bench/README.md).
    psql(args, "CHECKPOINT")
    def pgbench(connections, lo, hi, protocol, *scripts):
        """pgbench's tps for scripts (file or file@weight) on attempts lo..hi at a number of connections."""
        files = [a for script in scripts for a in ("-f", os.path.join(BENCH, script))]
        out = sh("pgbench", "-n", "-h", args.host, "-p", str(args.port), "-U", args.user, "-M", protocol,
                 "-c", str(connections), "-j", str(min(2, connections)), "-T", str(args.seconds), "-D", f"lo={lo}",
                 "-D", f"hi={hi}", *files, args.database, env=env_pg)
        return float(re.search(r"tps = ([\d.]+)", out).group(1))

    rows = []
    per_level = n // len(levels)
    for index, level in enumerate(levels):
        row = drive(level, args.seconds)
        lo = n + 1 + index * per_level
        half = per_level // 2
        tps = pgbench(level, lo, lo + half - 1, "simple", "review.sql")
        row["pgbench_tps"] = round(tps, 1)
        row["ratio"] = round(row["service_rps"] / tps, 2) if tps else None
        # The service's mix (two plain reviews, one reviewer-named, one suspicious), as its own SQL.
        strict_tps = pgbench(level, lo + half, lo + per_level - 1, "prepared", "review-prepared.sql@2",
                             "review-prepared-reviewer.sql@1", "review-prepared-suspicious.sql@1")
        row["prepared_tps"] = round(strict_tps, 1)
        row["strict_ratio"] = round(row["service_rps"] / strict_tps, 2) if strict_tps else None
        rows.append(row)
    # The backlog: a day of the largest vendor's reviews, all at once at 16 connections, timed until the last answer.
    # Latency at a given rate (--paced-rps): 8 connections, each pausing between requests so that
    # together they send about that rate (a paced closed loop: wrk has no open-loop mode). A 5-second trial with
    # the bare pause tells how long a request cycle takes beyond it, and the measured run pauses that much less.
    backlog = drive(16, 180, count=args.backlog)
    target = args.paced_rps
    bare_pause_ms = 8 * 1000 / target
    trial = drive(8, 5, round(bare_pause_ms))
    beyond_pause_ms = 8 * 1000 / max(trial["service_rps"], 1) - bare_pause_ms
    paced = drive(8, args.seconds, max(0, round(bare_pause_ms - beyond_pause_ms)))
    paced["target_rps"] = round(target, 1)
    stop(service)
    with_archive = "not measured (--no-cds)" if cds_start is None else f"{cds_start:.2f} s"
    lines = []
    lines.append(f"start to /health/ready with an external database: first start (migrates an empty database)"
          f" {first_start:.2f} s; cold start with the schema current {plain_start:.2f} s, with the AppCDS archive"
          f" {with_archive}")
    header = ["connections", "service_rps", "p50_ms", "p99_ms", "p999_ms", "non_2xx", "pgbench_tps", "ratio",
              "prepared_tps", "strict_ratio", "rss_mb", "cpu_s_per_1000"]
    lines.append(" | ".join(f"{h:>12}" for h in header))
    for row in rows:
        lines.append(" | ".join(f"{row[h]:>12}" for h in header))
    lines.append(f"backlog of {args.backlog} distinct reviews at 16 connections: {backlog['requests_ok']} answered 2xx in"
          f" {backlog['seconds']:.1f} s ({backlog['service_rps']} req/s), p99 {backlog['p99_ms']} ms,"
          f" non-2xx {backlog['non_2xx']}")
    lines.append(f"paced ({paced['target_rps']} req/s wanted, 8 connections):"
          f" {paced['service_rps']} req/s, p50 {paced['p50_ms']} ms, p99 {paced['p99_ms']} ms,"
          f" p99.9 {paced['p999_ms']} ms, non-2xx {paced['non_2xx']}")
    lines.append(json.dumps({"first_start_s": round(first_start, 2), "cold_start_s": round(plain_start, 2),
                      "cold_start_cds_s": cds_start and round(cds_start, 2), "levels": rows, "backlog": backlog,
                      "paced": paced}))
    shutil.rmtree(work, ignore_errors=True)
    report = Report("\n".join(lines))
    report.rows = rows
    return report


if __name__ == "__main__":
    main()
