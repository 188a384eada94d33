/**
 * Valibot schemas of everything progress stores or exports. One place, shared by load (record by
 * record), migration and backup parsing, so a stored record and a backup file can never disagree.
 */
import * as v from 'valibot'
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

const time = v.pipe(v.number(), v.finite(), v.minValue(EARLIEST_TIME), v.maxValue(LATEST_TIME - 1))
const dueTime = v.pipe(v.number(), v.finite(), v.minValue(EARLIEST_TIME), v.maxValue(LATEST_DUE))
const within = (range: readonly [number, number]) => v.pipe(v.number(), v.finite(), v.minValue(range[0]), v.maxValue(range[1]))
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.count))
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200))

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
const isResponse = (x: unknown): boolean => isJsonValue(x) && JSON.stringify(x).length <= LIMITS.responseChars

const MemoryCardEntries = {
  factId: id,
  state: v.picklist(['new', 'learning', 'review', 'relearning']),
  due: dueTime,
  stability: within(LIMITS.stability),
  difficulty: within(LIMITS.difficulty),
  elapsedDays: within(LIMITS.days),
  scheduledDays: within(LIMITS.days),
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReview: v.optional(time),
}

/** A card that has been reviewed has a memory: FSRS never gives it a stability under 0.001 or a difficulty under 1. */
const MIN_REVIEWED_STABILITY = 0.001
const hasMemory = (c: { state: string; stability: number; difficulty: number }) =>
  c.state === 'new' || (c.stability >= MIN_REVIEWED_STABILITY && c.difficulty >= 1)
const MEMORY_MESSAGE = 'a reviewed card needs stability ≥ 0.001 and difficulty ≥ 1'

export const MemoryCardSchema = v.pipe(
  v.object(MemoryCardEntries),
  v.forward(v.partialCheck([['state'], ['stability'], ['difficulty']], hasMemory, MEMORY_MESSAGE), ['stability']),
)

export const StoredCardSchema = v.pipe(
  v.object({ ...MemoryCardEntries, deckId: id }),
  v.forward(v.partialCheck([['state'], ['stability'], ['difficulty']], hasMemory, MEMORY_MESSAGE), ['stability']),
)

export const ReviewLogEntrySchema = v.object({
  id,
  deckId: id,
  factId: id,
  questionId: v.pipe(v.string(), v.maxLength(300)),
  format: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  response: v.optional(v.custom<unknown>(isResponse, 'not a small JSON value')),
  grade: v.picklist(GRADES),
  outcome: v.picklist(['correct', 'almost', 'wrong', 'self']),
  reviewedAt: time,
  retention: v.optional(v.pipe(v.number(), v.minValue(MIN_RETENTION), v.maxValue(MAX_RETENTION))),
  previous: v.nullable(MemoryCardSchema),
  next: MemoryCardSchema,
  durationMs: v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(LIMITS.durationMs)),
})

export const SettingsSchema = v.object({
  locale: v.picklist(['vi', 'en']),
  theme: v.picklist(['system', 'light', 'dark']),
  newPerDay: v.pipe(count, v.maxValue(1000)),
  requestRetention: v.pipe(v.number(), v.minValue(0.7), v.maxValue(0.97)),
  diacritics: v.picklist(['strict', 'tones', 'all']),
  dailyGoal: v.pipe(count, v.maxValue(10000)),
})

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string; path: string }

/** The first issue, as `path: message`; the path is dotted from the value parsed (`log.3.next.due`). */
function firstIssue(issues: readonly v.BaseIssue<unknown>[], prefix = ''): { reason: string; path: string } {
  const issue = issues[0]
  if (!issue) return { reason: 'invalid', path: prefix }
  const inner = v.getDotPath(issue)
  const path = [prefix, inner].filter(Boolean).join('.')
  return { reason: `${path || '(root)'}: ${issue.message}`, path }
}

export function parseWith<T>(schema: v.GenericSchema<unknown, T>, input: unknown, prefix = ''): Parsed<T> {
  const result = v.safeParse(schema, input, { abortEarly: true })
  if (result.success) return { ok: true, value: result.output }
  return { ok: false, ...firstIssue(result.issues, prefix) }
}

/*
 * Start-up reads thousands of records, and valibot costs about 10 µs per log entry. These guards
 * accept exactly what the schemas accept (a property test holds them together) at a fraction of
 * that; valibot runs only on a record they reject, to name the reason.
 */
const isFinite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x)
const isIn = (x: unknown, [lo, hi]: readonly [number, number]): x is number => isFinite(x) && x >= lo && x <= hi
const isTime = (x: unknown): x is number => isIn(x, [EARLIEST_TIME, LATEST_TIME - 1])
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
    !isId(c.factId) || !CARD_STATES.has(c.state as string) || !isIn(c.due, [EARLIEST_TIME, LATEST_DUE]) ||
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

export function readLogEntry(x: unknown): ReviewLogEntry | null {
  if (typeof x !== 'object' || x === null) return null
  const e = x as Record<string, unknown>
  if (
    !isId(e.id) || !isId(e.deckId) || !isId(e.factId) || typeof e.questionId !== 'string' || e.questionId.length > 300 ||
    typeof e.format !== 'string' || e.format.length < 1 || e.format.length > 40 ||
    !GRADE_SET.has(e.grade) || !OUTCOMES.has(e.outcome as string) || !isTime(e.reviewedAt) ||
    !isIn(e.durationMs, [0, LIMITS.durationMs]) ||
    (e.retention !== undefined && !isIn(e.retention, [MIN_RETENTION, MAX_RETENTION])) ||
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
  return entry
}

export function parseCard(input: unknown): Parsed<MemoryCard> {
  const card = readCard(input)
  return card ? { ok: true, value: card } : parseWith(MemoryCardSchema, input)
}

export function readStoredCard(x: unknown): StoredCard | null {
  const card = readCard(x)
  const deckId = (x as { deckId?: unknown } | null)?.deckId
  return card && isId(deckId) ? { ...card, deckId } : null
}

export function parseStoredCard(input: unknown): Parsed<StoredCard> {
  const card = readStoredCard(input)
  return card ? { ok: true, value: card } : parseWith(StoredCardSchema, input)
}

export function parseLogEntry(input: unknown): Parsed<ReviewLogEntry> {
  const entry = readLogEntry(input)
  return entry ? { ok: true, value: entry } : parseWith(ReviewLogEntrySchema, input)
}

/**
 * Settings saved by an older build may lack a field added since; those take the default. A field of the
 * wrong type makes the whole record unusable (it is set aside by the caller, and defaults apply).
 */
export function parseSettings(input: unknown): Parsed<Settings> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, reason: '(root): settings are not an object', path: '' }
  }
  return parseWith(SettingsSchema, { ...DEFAULT_SETTINGS, ...input })
}
