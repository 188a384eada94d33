/**
 * Local-day arithmetic in an explicit IANA time zone. "Due today", streaks and daily limits follow the
 * learner's calendar, not UTC (which is what FSRS counts in) and never the machine's implicit zone.
 */

export const MS_PER_MINUTE = 60_000
export const MS_PER_HOUR = 3_600_000
export const MS_PER_DAY = 86_400_000

// Building an Intl.DateTimeFormat costs tens of microseconds; one per zone is reused.
const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/** The wall-clock time in `timeZone` at `epochMs`, read as if it were UTC (ms, whole seconds). */
function wallClockAsUtc(epochMs: number, timeZone: string): number {
  let year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) {
    const v = Number(part.value)
    switch (part.type) {
      case 'year': year = v; break
      case 'month': month = v; break
      case 'day': day = v; break
      case 'hour': hour = v; break
      case 'minute': minute = v; break
      case 'second': second = v; break
    }
  }
  return Date.UTC(year, month - 1, day, hour, minute, second)
}

/** Offset of `timeZone` from UTC at `epochMs`, in ms (Auckland in summer: +13 h). */
export function zoneOffsetMs(epochMs: number, timeZone: string): number {
  return wallClockAsUtc(epochMs, timeZone) - Math.floor(epochMs / 1000) * 1000
}

/** Days since 1970-01-01 of the local calendar date in `timeZone`. */
export function localDayNumber(epochMs: number, timeZone: string): number {
  return Math.floor(wallClockAsUtc(epochMs, timeZone) / MS_PER_DAY)
}

/**
 * The first instant of local day `day` in `timeZone`. Where a DST change skips midnight, the first
 * instant that exists on that date.
 */
export function startOfDayNumber(day: number, timeZone: string): number {
  const midnightUtc = day * MS_PER_DAY
  let guess = midnightUtc - zoneOffsetMs(midnightUtc, timeZone)
  // The offset at the guess can differ from the offset at UTC midnight when a DST change lies between.
  const second = midnightUtc - zoneOffsetMs(guess, timeZone)
  if (second !== guess) guess = second
  // A skipped midnight lands the guess on the previous day or after the day began: step to the boundary.
  if (localDayNumber(guess, timeZone) < day) guess += MS_PER_HOUR
  while (localDayNumber(guess - MS_PER_HOUR, timeZone) === day) guess -= MS_PER_HOUR
  return guess
}

/** The first instant of the local day containing `epochMs`. */
export function startOfLocalDay(epochMs: number, timeZone: string): number {
  return startOfDayNumber(localDayNumber(epochMs, timeZone), timeZone)
}

/** The first instant of the local day after the one containing `epochMs`. */
export function endOfLocalDay(epochMs: number, timeZone: string): number {
  return startOfDayNumber(localDayNumber(epochMs, timeZone) + 1, timeZone)
}

/**
 * Every time the app stores lies in [EARLIEST_TIME, LATEST_TIME): a clock or a file far outside it is
 * wrong, not a learner's history. Due dates may run one maximum interval past the end.
 */
export const EARLIEST_TIME = Date.UTC(2000, 0, 1)
export const LATEST_TIME = Date.UTC(2100, 0, 1)
export const MAX_INTERVAL_DAYS = 36_500
export const LATEST_DUE = LATEST_TIME + (MAX_INTERVAL_DAYS + 1) * MS_PER_DAY

export const isStoredTime = (x: unknown): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= EARLIEST_TIME && x < LATEST_TIME

/** A clock reading brought inside the stored range, so an answer is recorded whatever the device clock says. */
export function boundedNow(now: number): number {
  if (!Number.isFinite(now)) return EARLIEST_TIME
  return Math.min(LATEST_TIME - 1, Math.max(EARLIEST_TIME, Math.floor(now)))
}
