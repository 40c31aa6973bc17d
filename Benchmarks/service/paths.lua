-- wrk script for the service benchmark (Benchmarks/run-service-bench.sh): each connection's
-- requests walk a file of request paths (one a line, PATHS in the environment), from a
-- different starting line per thread, so that the requests are not all the same question.
-- Responses other than 200 are counted and printed at the end (wrk's own "Non-2xx" line
-- counts them too; this names the statuses).
local paths = {}
local file = assert(io.open(os.getenv("PATHS"), "r"))
for line in file:lines() do
    if #line > 0 then paths[#paths + 1] = line end
end
file:close()
assert(#paths > 0, "no paths in " .. os.getenv("PATHS"))

local threads = {}
local counter = 0

function setup(thread)
    counter = counter + 1
    thread:set("start", counter * 7919)
    table.insert(threads, thread)
end

function init(args)
    index = start or 0
    statuses = {}
end

function request()
    index = index + 1
    return wrk.format("GET", paths[(index % #paths) + 1])
end

function response(status, headers, body)
    if status ~= 200 then
        statuses[status] = (statuses[status] or 0) + 1
    end
end

function done(summary, latency, requests)
    local total = {}
    for _, thread in ipairs(threads) do
        local counts = thread:get("statuses")
        for status, count in pairs(counts) do
            total[status] = (total[status] or 0) + count
        end
    end
    local parts = {}
    for status, count in pairs(total) do parts[#parts + 1] = status .. ":" .. count end
    io.write(string.format(
        "wrk-summary requests=%d seconds=%.1f rps=%.1f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f errors=%d non200=%s\n",
        summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
        latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        #parts > 0 and table.concat(parts, ",") or "none"))
end
