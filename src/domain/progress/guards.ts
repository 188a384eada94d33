/**
 * The checks every stored record passes on its way in, without valibot: start-up reads thousands of records,
 * and these guards cost a fraction of a schema run (and keep valibot out of the first screen's bundle). They
 * accept exactly what the valibot schemas in `schema.ts` accept (a property test holds them together); the
 * schemas run only on a record a guard rejects, to name the reason.
 */
import { GRADES, MAX_RETENTION, MIN_RETENTION, type MemoryCard, type ReviewLogEntry } from '../scheduling/types'
import { EARLIEST_TIME, LATEST_DUE, LATEST_TIME, MAX_INTERVAL_DAYS } from '../time'
import { DEFAULT_SETTINGS, type Settings, type StoredCard } from './types'

/*
 * Every number has the range a real history can produce, not just "finite": a file or a record with a
 * review in the year 5000 or a difficulty of −5 would otherwise load, and break every screen after it.
 * FSRS keeps difficulty in [1, 10] and stability in [0.001, 36500] (0 for a card never reviewed).
 */
export const LIMITS = {
  difficulty: [0, 10],
  stability: [0, 100_000],
  days: [0, MAX_INTERVAL_DAYS + 1],
  count: 1_000_000,
  durationMs: 7 * 86_400_000,
  /** A stored response (the learner's typed text and choices), as JSON characters. */
  responseChars: 10_000,
} as const

const isJsonValue = (x: unknown, depth = 0): boolean => {
  if (depth > 4) return false
  if (x === null || typeof x === 'string' || typeof x === 'boolean') return true
  if (typeof x === 'number') return Number.isFinite(x)
  if (Array.isArray(x)) return x.length <= 200 && x.every((i) => isJsonValue(i, depth + 1))
  if (typeof x === 'object') {
    const values = Object.values(x as object)
    return values.length <= 200 && values.every((i) => isJsonValue(i, depth + 1))
  }
  return false
}
/** A response is small plain JSON: what a question screen can send, never a whole file. */
export const isResponse = (x: unknown): boolean => isJsonValue(x) && JSON.stringify(x).length <= LIMITS.responseChars


/** A card that has been reviewed has a memory: FSRS never gives it a stability under 0.001 or a difficulty under 1. */
const MIN_REVIEWED_STABILITY = 0.001
export const hasMemory = (c: { state: string; stability: number; difficulty: number }) =>
  c.state === 'new' || (c.stability >= MIN_REVIEWED_STABILITY && c.difficulty >= 1)
const isFinite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x)
// Ranges made once, not per check: a sync's pull checks every field of thousands of records on the page.
const isIn = (x: unknown, range: readonly [number, number]): x is number => isFinite(x) && x >= range[0] && x <= range[1]
const TIMES = [EARLIEST_TIME, LATEST_TIME - 1] as const
const DUES = [EARLIEST_TIME, LATEST_DUE] as const
const DURATIONS = [0, LIMITS.durationMs] as const
const RETENTIONS = [MIN_RETENTION, MAX_RETENTION] as const
const isTime = (x: unknown): x is number => isIn(x, TIMES)
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= LIMITS.count
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0 && x.length <= 200
const CARD_STATES = new Set(['new', 'learning', 'review', 'relearning'])
const GRADE_SET = new Set<unknown>(GRADES)
const OUTCOMES = new Set(['correct', 'almost', 'wrong', 'self'])

/** Copies only the known fields, as `v.object` does, so the result never carries stray data. */
export function readCard(x: unknown): MemoryCard | null {
  if (typeof x !== 'object' || x === null) return null
  const c = x as Record<string, unknown>
  if (
    !isId(c.factId) || !CARD_STATES.has(c.state as string) || !isIn(c.due, DUES) ||
    !isIn(c.stability, LIMITS.stability) || !isIn(c.difficulty, LIMITS.difficulty) ||
    !isIn(c.elapsedDays, LIMITS.days) || !isIn(c.scheduledDays, LIMITS.days) ||
    !isCount(c.learningSteps) || !isCount(c.reps) || !isCount(c.lapses) ||
    (c.lastReview !== undefined && !isTime(c.lastReview)) ||
    !hasMemory(c as { state: string; stability: number; difficulty: number })
  ) return null
  const card: MemoryCard = {
    factId: c.factId, state: c.state as MemoryCard['state'], due: c.due, stability: c.stability,
    difficulty: c.difficulty, elapsedDays: c.elapsedDays, scheduledDays: c.scheduledDays,
    learningSteps: c.learningSteps, reps: c.reps, lapses: c.lapses,
  }
  if (c.lastReview !== undefined) card.lastReview = c.lastReview as number
  return card
}

/**
 * A log entry's `days` (the interval even days chose) is kept when it is a whole number of days in range and
 * otherwise dropped, the entry kept: the answer still counts and replays at the scheduler's own interval,
 * which is what replay would do anyway with a value outside the fuzz range. Rejecting the entry would lose
 * the answer, and fail a whole backup file over a due date.
 */
const isDays = (x: unknown): x is number => Number.isInteger(x) && isIn(x, LIMITS.days)

export function readLogEntry(x: unknown): ReviewLogEntry | null {
  if (typeof x !== 'object' || x === null) return null
  const e = x as Record<string, unknown>
  if (
    !isId(e.id) || !isId(e.deckId) || !isId(e.factId) || typeof e.questionId !== 'string' || e.questionId.length > 300 ||
    typeof e.format !== 'string' || e.format.length < 1 || e.format.length > 40 ||
    !GRADE_SET.has(e.grade) || !OUTCOMES.has(e.outcome as string) || !isTime(e.reviewedAt) ||
    !isIn(e.durationMs, DURATIONS) ||
    (e.retention !== undefined && !isIn(e.retention, RETENTIONS)) ||
    (e.response !== undefined && !isResponse(e.response))
  ) return null
  const previous = e.previous === null ? null : readCard(e.previous)
  const next = readCard(e.next)
  if (!next || (previous === null && e.previous !== null)) return null
  const entry: ReviewLogEntry = {
    id: e.id, deckId: e.deckId, factId: e.factId, questionId: e.questionId, format: e.format,
    grade: e.grade as ReviewLogEntry['grade'], outcome: e.outcome as ReviewLogEntry['outcome'],
    reviewedAt: e.reviewedAt, previous, next, durationMs: e.durationMs,
  }
  if (e.response !== undefined) entry.response = e.response
  if (e.retention !== undefined) entry.retention = e.retention as number
  if (isDays(e.days)) entry.days = e.days
  return entry
}

export function readStoredCard(x: unknown): StoredCard | null {
  const card = readCard(x)
  const deckId = (x as { deckId?: unknown } | null)?.deckId
  return card && isId(deckId) ? { ...card, deckId } : null
}


const LOCALES = new Set(['vi', 'en'])
const THEMES = new Set(['system', 'light', 'dark'])
const LENIENCIES = new Set(['strict', 'tones', 'all'])

/** Settings as stored; a field an older build did not write takes its default, and an exam date not a day is dropped. */
export function readSettings(x: unknown): Settings | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null
  const s = { ...DEFAULT_SETTINGS, ...(x as object) } as Record<string, unknown>
  const isCountUpTo = (n: unknown, max: number) => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max
  if (
    !LOCALES.has(s.locale as string) || !THEMES.has(s.theme as string) || !LENIENCIES.has(s.diacritics as string) ||
    !isCountUpTo(s.newPerDay, 1000) || !isCountUpTo(s.dailyGoal, 10000) ||
    typeof s.requestRetention !== 'number' || !(s.requestRetention >= MIN_RETENTION && s.requestRetention <= MAX_RETENTION) ||
    typeof s.speechRate !== 'number' || !(s.speechRate >= 0.5 && s.speechRate <= 1.5)
  ) return null
  const exams: Record<string, number> = {}
  for (const [deck, day] of Object.entries(typeof s.exams === 'object' && s.exams ? s.exams : {})) if (isCountUpTo(day, 99999)) exams[deck] = day as number
  return {
    locale: s.locale as Settings['locale'], theme: s.theme as Settings['theme'], newPerDay: s.newPerDay as number,
    requestRetention: s.requestRetention, diacritics: s.diacritics as Settings['diacritics'], dailyGoal: s.dailyGoal as number,
    exams, speechRate: s.speechRate,
  }
}
