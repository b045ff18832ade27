-- POST /api/complete with a distinct prompt per request: random operands and words, every skill plus
-- refusals and missing operands mixed. Each wrk thread seeds its own generator.

package.path = os.getenv("BENCH_LUA_DIR") .. "/?.lua;" .. package.path
local common = require("common")

local counter = 0
function setup(thread)
  counter = counter + 1
  thread:set("thread_index", counter)
end

local letters = "abcdefghijklmnopqrstuvwxyz"
local function word(min_len, max_len)
  local n = math.random(min_len, max_len)
  local chars = {}
  for i = 1, n do
    local k = math.random(1, #letters)
    chars[i] = letters:sub(k, k)
  end
  return table.concat(chars)
end

local function number()
  local digits = math.random(1, 12)
  local s = tostring(math.random(1, 9))
  for _ = 2, digits do s = s .. tostring(math.random(0, 9)) end
  if math.random() < 0.1 then s = "-" .. s end
  return s
end

local topics = { "the sea", "cats", "the moon", "winter", "a robot", "coffee" }
local templates = {
  -- addition
  function() return "What is " .. number() .. " plus " .. number() .. "?" end,
  function() return "Can you explain " .. number() .. " + " .. number() .. " step by step?" end,
  function() return "add " .. number() .. " and " .. number() end,
  function() return "the sum of " .. number() .. ", " .. number() .. " and " .. number() end,
  -- parity
  function() return "Is " .. number() .. " even or odd?" end,
  function() return "is " .. number() .. " an odd number" end,
  -- reversal
  function() return "Reverse the word " .. word(3, 12) end,
  function() return 'reverse \\"' .. word(2, 8) .. " " .. word(2, 8) .. '\\"' end,
  function() return "spell " .. word(3, 10) .. " backwards" end,
  -- refusals and vetoes
  function() return "What is " .. number() .. " minus " .. number() .. "?" end,
  function() return number() .. " times " .. number() end,
  function() return "Is " .. number() .. " prime?" end,
  function() return "Write me a poem about " .. topics[math.random(1, #topics)] end,
  function() return "how many vowels are in " .. word(4, 10) .. "?" end,
  -- missing operand
  function() return "What is " .. number() .. " plus?" end,
}

function init(args)
  math.randomseed(os.time() * 1000 + (thread_index or 0) * 7919)
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  local prompt = templates[math.random(1, #templates)]()
  return wrk.format(nil, "/api/complete", nil, '{"prompt":"' .. prompt .. '"}')
end

done = common.done
