-- Shared by the benchmark's wrk scripts (found through BENCH_LUA_DIR; see bench/loadgen.py).
-- done() prints one line, BENCH_JSON {...}: the run's totals, errors and latency percentiles (microseconds).

local M = {}

function M.done(summary, latency, requests)
  local errors = summary.errors
  local parts = {
    string.format('"requests":%d', summary.requests),
    string.format('"duration_us":%d', summary.duration),
    string.format('"bytes":%d', summary.bytes),
    string.format('"errors":{"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d}',
      errors.connect, errors.read, errors.write, errors.status, errors.timeout),
    string.format('"latency_us":{"min":%d,"mean":%.1f,"stdev":%.1f,"max":%d,"p50":%d,"p90":%d,"p99":%d,"p999":%d}',
      latency.min, latency.mean, latency.stdev, latency.max,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9)),
  }
  io.write("BENCH_JSON {" .. table.concat(parts, ",") .. "}\n")
end

return M
