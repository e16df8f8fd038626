-- wrk script: each request is a distinct, pre-signed PSI review for a distinct attempt.
-- Lines of the requests file: path <TAB> webhook-id <TAB> webhook-timestamp <TAB> webhook-signature <TAB> body.
-- Arguments: <requests file> <first line> <lines available> <threads> [<pause ms> [<answers per thread>]]. Threads
-- take interleaved lines, so no attempt is reviewed twice while lines last. With a pause, each connection waits
-- that long before each request: a paced load below the maximum, for latency at a given throughput. With a number
-- of answers (not 0), each thread stops once it has had that many: a backlog of a fixed size, timed to its end.
local lines = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
end

function init(args)
  local file, first, count = args[1], tonumber(args[2]), tonumber(args[3])
  threads = tonumber(args[4])
  pause_ms = tonumber(args[5] or "0")
  quota = tonumber(args[6] or "0")
  answered = 0
  local n = 0
  for line in io.lines(file) do
    n = n + 1
    if n > first and n <= first + count then
      lines[#lines + 1] = line
    end
  end
  cursor = id
end

function request()
  local line = lines[(cursor % #lines) + 1]
  cursor = cursor + threads
  local path, wid, ts, sig, body = line:match("([^\t]*)\t([^\t]*)\t([^\t]*)\t([^\t]*)\t(.*)")
  return wrk.format("POST", path, {["webhook-id"] = wid, ["webhook-timestamp"] = ts,
    ["webhook-signature"] = sig, ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  answered = answered + 1
  if quota > 0 and answered >= quota then
    wrk.thread:stop()
  end
end

function delay()
  return pause_ms
end

function done(summary, latency, requests)
  local non2xx = summary.errors.status
  local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d ok=%d duration_us=%d p50_us=%d p99_us=%d p999_us=%d\n",
    summary.requests, summary.requests - non2xx - failed, summary.duration,
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9)))
end
