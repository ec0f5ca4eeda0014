/**
 * The Lua scripts of the Redis backend: each runs atomically in Redis, so
 * no two processes interleave inside one. Times come from Redis (`TIME`), so
 * hosts with skewed clocks agree on reservation expiry.
 */

/**
 * KEYS: tokens. ARGV: expected access token ('' = none), access, refresh,
 * ttl ms, '1' to skip the comparison. 1 when written. The one HSET comes
 * before any removal, so a refused write (out of memory) changes nothing.
 */
export const SET_TOKENS = `
local current = redis.call('HGET', KEYS[1], 'access')
if ARGV[5] ~= '1' and current and current ~= ARGV[1] then return 0 end
if ARGV[2] == '' and ARGV[3] == '' then
  redis.call('DEL', KEYS[1])
  return 1
end
local fields = {}
if ARGV[2] ~= '' then fields[#fields + 1] = 'access'; fields[#fields + 1] = ARGV[2] end
if ARGV[3] ~= '' then fields[#fields + 1] = 'refresh'; fields[#fields + 1] = ARGV[3] end
redis.call('HSET', KEYS[1], unpack(fields))
if ARGV[2] == '' then redis.call('HDEL', KEYS[1], 'access') end
if ARGV[3] == '' then redis.call('HDEL', KEYS[1], 'refresh') end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1`;

/** KEYS: lock. ARGV: owner. Deletes the lock only while `owner` holds it. */
export const RELEASE_LOCK = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * KEYS: rate snapshot (hash), holds (sorted set of "cost:id" by expiry).
 * ARGV: cost, min client remaining ('' = none), min user remaining, hold ms,
 * id, the snapshot epoch the caller last saw ('' = none), '1' when the
 * caller has reservations in flight.
 * Returns {'lost', epoch} when the caller has reservations in flight and
 * the snapshot was created anew since (a flush or restart forgot them: the
 * caller adds them again, then retries).
 * Drops expired holds; returns 0 (the budget is unknown) when a floor is
 * set, `cost` is above 0 and there is no snapshot (never stored, expired,
 * or lost to a flush or restart); refuses (returns {who, remaining, floor})
 * when the snapshot minus the held credits minus `cost` would fall below a
 * floor (never for cost 0, or once its user reset time passed); otherwise
 * adds the hold and returns {'ok', member, epoch}.
 */
export const RESERVE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', now)
local cost = tonumber(ARGV[1])
if cost > 0 and (ARGV[2] ~= '' or ARGV[3] ~= '') and redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
local epoch = redis.call('HGET', KEYS[1], 'epoch') or ''
if ARGV[7] == '1' and ARGV[6] ~= '' and epoch ~= ARGV[6] then return { 'lost', epoch } end
local reset = tonumber(redis.call('HGET', KEYS[1], 'userReset') or '')
if cost > 0 and not (reset and now >= reset * 1000) then
  local held = 0
  for _, member in ipairs(redis.call('ZRANGE', KEYS[2], 0, -1)) do
    held = held + tonumber(string.match(member, '^(%d+):'))
  end
  local checks = { { 'client', 'clientRemaining', ARGV[2] }, { 'user', 'userRemaining', ARGV[3] } }
  for _, c in ipairs(checks) do
    local remaining = tonumber(redis.call('HGET', KEYS[1], c[2]) or '')
    local floor = tonumber(c[3])
    if remaining and floor and remaining - held - cost < floor then
      return { c[1], tostring(remaining - held), tostring(floor) }
    end
  end
end
local member = ARGV[1] .. ':' .. ARGV[5]
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[4]), member)
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return { 'ok', member, epoch }`;

/** Rate-limit fields in the order `SETTLE` takes them. */
export const RATE_FIELDS = ['userLimit', 'userRemaining', 'userReset', 'clientLimit', 'clientRemaining', 'postLimit', 'postRemaining', 'postReset'] as const;

/**
 * KEYS: rate snapshot, holds. ARGV: member, snapshot ttl ms, then the
 * `RATE_FIELDS` ('' = absent), then an epoch for a snapshot created anew
 * (a new window keeps the epoch). Removes the hold; when the response had
 * remaining-credit headers, takes them as the snapshot when there is none
 * or its user reset time moved on by more than 60 s (a new window; a reset
 * sent as seconds from now drifts a little per response, as in core's
 * memory backend), else keeps the lower
 * remaining counts (a late response cannot raise them).
 */
export const SETTLE = `
redis.call('ZREM', KEYS[2], ARGV[1])
if ARGV[4] == '' and ARGV[7] == '' then return 0 end
local names = { 'userLimit', 'userRemaining', 'userReset', 'clientLimit', 'clientRemaining', 'postLimit', 'postRemaining', 'postReset' }
local exists = redis.call('EXISTS', KEYS[1]) == 1
local fresh = not exists or (tonumber(ARGV[5]) or 0) > (tonumber(redis.call('HGET', KEYS[1], 'userReset') or '') or 0) + 60
local epoch = redis.call('HGET', KEYS[1], 'epoch') or ARGV[11]
if fresh then
  redis.call('HSET', KEYS[1], 'epoch', epoch)
  for _, name in ipairs(names) do redis.call('HDEL', KEYS[1], name) end
end
for i, name in ipairs(names) do
  local v = tonumber(ARGV[i + 2])
  if v and fresh then redis.call('HSET', KEYS[1], name, ARGV[i + 2]) end
  if v and not fresh and (name == 'userRemaining' or name == 'clientRemaining') then
    local old = tonumber(redis.call('HGET', KEYS[1], name) or '')
    if not old or v < old then redis.call('HSET', KEYS[1], name, ARGV[i + 2]) end
  end
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

/**
 * KEYS: rate snapshot, holds. ARGV: snapshot ttl ms, hold ms, then the
 * `RATE_FIELDS` ('' = absent), an epoch for a snapshot created anew, then
 * pairs of hold member and ms left. Stores the snapshot (with the epoch)
 * only when there is none; adds the holds (a lost state forgot them).
 * Returns the snapshot's epoch.
 */
export const SEED = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local names = { 'userLimit', 'userRemaining', 'userReset', 'clientLimit', 'clientRemaining', 'postLimit', 'postRemaining', 'postReset' }
if redis.call('EXISTS', KEYS[1]) == 0 and (tonumber(ARGV[4]) or tonumber(ARGV[7])) then
  redis.call('HSET', KEYS[1], 'epoch', ARGV[11])
  for i, name in ipairs(names) do
    if tonumber(ARGV[i + 2]) then redis.call('HSET', KEYS[1], name, ARGV[i + 2]) end
  end
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
end
local added = 0
for i = 12, #ARGV, 2 do
  redis.call('ZADD', KEYS[2], now + math.min(tonumber(ARGV[i + 1]), tonumber(ARGV[2])), ARGV[i])
  added = added + 1
end
if added > 0 and redis.call('PTTL', KEYS[2]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[2], ARGV[2]) end
return redis.call('HGET', KEYS[1], 'epoch') or ''`;
