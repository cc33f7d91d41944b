-- wrk script: every request carries "Authorization: Bearer $OFFRAMP_TOKEN" and takes the next path from the file
-- $OFFRAMP_PATHS (one path per line), so a run spreads over many participants instead of one cached record.
-- At the end it prints one machine-readable line with exact p50/p95/p99 (wrk's --latency table has no p95).

local token = os.getenv("OFFRAMP_TOKEN")
local paths = {}
for line in io.lines(os.getenv("OFFRAMP_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
local next_index = 0

request = function()
  next_index = next_index % #paths + 1
  return wrk.format("GET", paths[next_index], { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
