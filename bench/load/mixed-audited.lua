-- wrk script: audited reads and writes mixed, as an office works. Three requests in four read a participant or search
-- (paths rotate over $OFFRAMP_PATHS); the fourth logs a session on the next participant of $OFFRAMP_WRITE_IDS.
-- Every request carries "Authorization: Bearer $OFFRAMP_TOKEN" (a read-write demo token). Prints p50/p95/p99 at the end.

local token = os.getenv("OFFRAMP_TOKEN")
local paths, ids = {}, {}
for line in io.lines(os.getenv("OFFRAMP_PATHS")) do
  if #line > 0 then paths[#paths + 1] = line end
end
for line in io.lines(os.getenv("OFFRAMP_WRITE_IDS")) do
  if #line > 0 then ids[#ids + 1] = line end
end
local counter = 0
local yesterday = os.date("!%Y-%m-%d", os.time() - 86400)
local body = '{"heldOn":"' .. yesterday .. '","durationMinutes":45,"kind":"OneToOne","confidentiality":"Standard","notes":"Load test session."}'

request = function()
  counter = counter + 1
  if counter % 4 == 0 then
    local id = ids[(counter / 4) % #ids + 1]
    return wrk.format("POST", "/api/v1/participants/" .. id .. "/sessions",
      { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json", ["Accept"] = "application/json" }, body)
  end
  return wrk.format("GET", paths[counter % #paths + 1], { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end

done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT requests=%d rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f errors=%d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
