-- GET /api/t/{tenant}/register/search?q=… with Indonesian words of varied frequency (from a few entries to a
-- third of them). Arguments: tenant, words file (one query per line).
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
require "report"
local tenant
local words


function init(args)
  tenant = args[1]
  words = lines(args[2])
  seed()
end

function request()
  local q = words[math.random(#words)]:gsub(" ", "%%20")
  return wrk.format("GET", "/api/t/" .. tenant .. "/register/search?q=" .. q .. "&size=20",
    {["X-Forwarded-For"] = address()})
end

function done(summary, latency, requests) report(summary, latency) end
