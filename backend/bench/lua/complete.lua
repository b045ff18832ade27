-- POST /api/complete with a distinct prompt per request. The prompts come from the skills registry
-- (bench/prompts.py writes them, one JSON body a line, to BENCH_PROMPTS_FILE); each wrk thread takes every
-- n-th line from its own start (BENCH_THREADS threads), so threads never send the same one. bench/loadgen.py
-- writes more bodies than a run can send; a run that outlasted them would wrap around.

package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local bodies = {}
for line in io.lines(os.getenv("BENCH_PROMPTS_FILE") or error("BENCH_PROMPTS_FILE is not set (bench/loadgen.py)")) do
  bodies[#bodies + 1] = line
end

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("thread_index", counter)
end

local position, stride = 0, 1
function init(args)
  position = (thread_index or 1) - 1
  stride = tonumber(os.getenv("BENCH_THREADS")) or 1
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local body = bodies[(position % #bodies) + 1]
  position = position + stride
  return wrk.format(nil, "/api/complete", nil, body)
end

done = common.done
