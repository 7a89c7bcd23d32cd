-- wrk script for bench/search-bench.sh: the query mix in turn, with the bench's API key.
-- Usage: wrk -t2 -c8 -d20s -s bench/search-mix.lua http://localhost:18090 -- urls.txt
local paths = {}
local i = 0
init = function(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  i = math.random(0, #paths - 1)
end
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], {["X-Api-Key"] = "bench"})
end
done = function(summary, latency, requests)
  io.write(string.format("%.0f requests/s, p50 %.2f ms, p99 %.2f ms (%d requests, %d errors)\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(99) / 1000, summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
