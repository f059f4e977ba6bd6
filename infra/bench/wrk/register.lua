-- GET /api/t/{tenant}/register/entries?class=…&page=… (the public register page's call). Argument: tenants file.
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
require "report"
local tenants
local classes = {"BERKALA", "SETIAP_SAAT", "SERTA_MERTA", "DIKECUALIKAN"}


function init(args)
  tenants = lines(args[1])
  seed()
end

function request()
  local path = string.format("/api/t/%s/register/entries?class=%s&page=%d&size=20",
    tenants[math.random(#tenants)], classes[math.random(#classes)], math.random(0, 4))
  return wrk.format("GET", path, {["X-Forwarded-For"] = address()})
end

function done(summary, latency, requests) report(summary, latency) end
