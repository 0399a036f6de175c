-- wrk script of the registry benchmark (server/benches/registry.sh). Each wrk thread
-- builds every request of one kind up front from the lists `server bench-seed` wrote, then
-- sends them in turn, so the server receives requests for many different client IDs and
-- the Lua side does no work per request beyond picking the next one.
--
-- BENCH_MODE: reads (GET /registry/v1/clients/{id}), decisions (GET .../decision),
--             secrets (POST .../secret-verification) or static (the same client JSON as a
--             file under /bench-static/clients/).
-- BENCH_DIR:  the --out folder of `server bench-seed`.

local mode = os.getenv("BENCH_MODE")
local dir = os.getenv("BENCH_DIR")
local next_thread_number = 0

local function read_lines(name)
  local lines = {}
  for line in io.lines(dir .. "/" .. name) do
    lines[#lines + 1] = line
  end
  return lines
end

local function build_requests(headers)
  local requests = {}
  if mode == "reads" or mode == "static" then
    local prefix = mode == "reads" and "/registry/v1/clients/" or "/bench-static/clients/"
    local suffix = mode == "reads" and "" or ".json"
    for _, client_id in ipairs(read_lines("clients.txt")) do
      requests[#requests + 1] = wrk.format("GET", prefix .. client_id .. suffix, headers)
    end
  elseif mode == "decisions" then
    for _, line in ipairs(read_lines("decisions.txt")) do
      local client_id, clinic_id, environment = line:match("^(%S+) (%S+) (%S+)$")
      local path = "/registry/v1/clients/" .. client_id .. "/decision?clinic_id=" .. clinic_id
        .. "&environment=" .. environment
      requests[#requests + 1] = wrk.format("GET", path, headers)
    end
  elseif mode == "secrets" then
    headers["Content-Type"] = "application/json"
    for _, line in ipairs(read_lines("secrets.txt")) do
      local client_id, secret = line:match("^(%S+) (%S+)")
      local path = "/registry/v1/clients/" .. client_id .. "/secret-verification"
      local body = '{"client_secret":"' .. secret .. '"}'
      requests[#requests + 1] = wrk.format("POST", path, headers, body)
    end
  else
    error("BENCH_MODE must be reads, decisions, secrets or static, not " .. tostring(mode))
  end
  return requests
end

-- Runs once per thread in the main interpreter: numbers the threads so each starts at a
-- different place in the list.
function setup(thread)
  thread:set("thread_number", next_thread_number)
  next_thread_number = next_thread_number + 1
end

local requests
local position

function init(args)
  -- The static files get the same headers as the registry requests, so the two differ
  -- only in what the server does.
  local token = read_lines("token.txt")[1]
  requests = build_requests({ Authorization = "Bearer " .. token })
  position = (thread_number * 7919) % #requests + 1
end

function request()
  local next_request = requests[position]
  position = position % #requests + 1
  return next_request
end
