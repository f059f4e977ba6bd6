-- Shared by every wrk script of the benchmark: one machine-readable line at the end.
-- RESULT requests=<n> seconds=<s> rps=<r> p50_ms= p90_ms= p95_ms= p99_ms= max_ms= non2xx=<n> socket_errors=<n>
function report(summary, latency)
  local seconds = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.2f non2xx=%d socket_errors=%d\n",
    summary.requests, seconds, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, e.status, e.connect + e.read + e.write + e.timeout))
end

-- wrk's threads each run the script in their own Lua state: number them, and seed each differently.
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("thread_id", #threads)
end

function seed()
  math.randomseed(os.time() * 1000 + (thread_id or 0) * 7919)
end

-- A made-up client address per request: the server trusts X-Forwarded-For from loopback in the benchmark
-- (BALAI_TRUSTED_PROXIES), so rate limits see many citizens, as in production, not one.
function address()
  return string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
end

function lines(path)
  local out = {}
  for line in io.lines(path) do
    if line ~= "" then out[#out + 1] = line end
  end
  return out
end

function split(line)
  local f = {}
  for v in string.gmatch(line, "([^,]+)") do f[#f + 1] = v end
  return f
end
