-- GET /health: the framework's floor (routing, middleware, a small pydantic response) on the same server.

package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")

done = common.done
