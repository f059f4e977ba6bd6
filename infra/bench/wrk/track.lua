-- GET /api/t/{tenant}/complaints/{number}?code=… (the public tracking page's call) for generated cases.
-- Argument: samples file (kind,tenant,number,code), kind filter (complaint or request).
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
require "report"
local samples = {}


function init(args)
  for _, line in ipairs(lines(args[1])) do
    local f = split(line)
    if f[1] == args[2] then samples[#samples + 1] = f end
  end
  seed()
end

function request()
  local s = samples[math.random(#samples)]
  local path
  if s[1] == "complaint" then
    path = "/api/t/" .. s[2] .. "/complaints/" .. s[3] .. "?code=" .. s[4]
  else
    path = "/api/t/" .. s[2] .. "/information-requests/" .. s[3] .. "?code=" .. s[4]
  end
  return wrk.format("GET", path, {["X-Forwarded-For"] = address()})
end

function done(summary, latency, requests) report(summary, latency) end
