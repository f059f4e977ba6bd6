-- POST /api/t/{tenant}/information-requests (the Perki form, to read on the spot: no ID copy needed) with a new
-- Idempotency-Key per request. Arguments: tenants file, run id.
package.path = debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua;" .. package.path
require "report"
local counter = 0

local tenants, run

function init(args)
  tenants = lines(args[1])
  run = args[2]
  seed()
end

function request()
  counter = counter + 1
  local tenant = tenants[math.random(#tenants)]
  local body = string.format(
    '{"requesterType":"INDIVIDUAL","requester":{"name":"Andi Baso","idNumber":"7324011203900001","address":"Jl. Soekarno Hatta No. 5","phone":"0812345670%02d","occupation":"Peneliti"},"informationWanted":"Dokumen anggaran dinas pekerjaan umum tahun 2025 (uji beban %s-%d-%d)","purpose":"Pemantauan anggaran","obtainMethod":"READ","willingToPay":true}',
    counter % 100, run, thread_id, counter)
  return wrk.format("POST", "/api/t/" .. tenant .. "/information-requests", {
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = string.format("bench-r-%s-%d-%d", run, thread_id, counter),
    ["X-Forwarded-For"] = address(),
  }, body)
end

function done(summary, latency, requests) report(summary, latency) end
