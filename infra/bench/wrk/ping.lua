package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
require "report"
wrk.method = "GET"
wrk.path = "/api/ping"
function done(summary, latency, requests) report(summary, latency) end
