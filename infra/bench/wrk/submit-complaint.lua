-- POST /api/t/{tenant}/complaints with a new Idempotency-Key per request, spread over the tenants of a file.
-- Arguments: tenants file (one slug per line), run id (makes keys unique across runs).
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
require "report"
local counter = 0

local tenants, run

function init(args)
  tenants = lines(args[1])
  run = args[2]
  seed()
end

local places = {"Desa Tanjung Raja", "Kelurahan Pasar", "Jalan Jenderal Sudirman", "Dusun Sukamaju"}

function request()
  counter = counter + 1
  local tenant = tenants[math.random(#tenants)]
  local place = places[math.random(#places)]
  -- A quarter anonymous; the others give a name and a phone number for the answer (stored encrypted).
  local reporter = ""
  local anonymous = "true"
  if counter % 4 ~= 0 then
    anonymous = "false"
    reporter = string.format(',"reporter":{"name":"Warga Uji %d","phone":"0812%08d"}', counter, math.random(0, 99999999))
  end
  local body = string.format(
    '{"type":"COMPLAINT","title":"Jalan berlubang di %s","description":"Jalan di %s berlubang besar dan membahayakan pengendara, mohon segera diperbaiki (uji beban %s-%d-%d).","category":"JALAN","anonymous":%s%s}',
    place, place, run, thread_id, counter, anonymous, reporter)
  return wrk.format("POST", "/api/t/" .. tenant .. "/complaints", {
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, thread_id, counter),
    ["X-Forwarded-For"] = address(),
  }, body)
end

function done(summary, latency, requests) report(summary, latency) end
