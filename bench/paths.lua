-- wrk script for bench/load-mixed.sh: one group of users walking its list of pages in turn.
-- Usage: wrk -t1 -c10 -d600s -s bench/paths.lua http://localhost:18080 -- paths.txt [cookie]
local paths = {}
local headers = {}
local i = 0
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  if args[2] ~= nil and args[2] ~= "" then headers["Cookie"] = args[2] end
  i = math.random(0, #paths - 1)
end
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], headers)
end
done = function(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read
    + summary.errors.write + summary.errors.timeout
  io.write(string.format("%.1f requests/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d requests, %d errors\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000, summary.requests, errors))
end
