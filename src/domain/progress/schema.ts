/**
 * Valibot schemas of everything progress stores or exports. One place, shared by load (record by
 * record), migration and backup parsing, so a stored record and a backup file can never disagree.
 */
import * as v from 'valibot'
import { GRADES, MAX_RETENTION, MIN_RETENTION, type MemoryCard, type ReviewLogEntry } from '../scheduling/types'
import { EARLIEST_TIME, LATEST_DUE, LATEST_TIME } from '../time'
import { hasMemory, isResponse, LIMITS, readCard, readLogEntry, readSettings, readStoredCard } from './guards'
import { DEFAULT_SETTINGS, type Settings, type StoredCard } from './types'

export { LIMITS, readCard, readLogEntry, readSettings, readStoredCard }

const time = v.pipe(v.number(), v.finite(), v.minValue(EARLIEST_TIME), v.maxValue(LATEST_TIME - 1))
const dueTime = v.pipe(v.number(), v.finite(), v.minValue(EARLIEST_TIME), v.maxValue(LATEST_DUE))
const within = (range: readonly [number, number]) => v.pipe(v.number(), v.finite(), v.minValue(range[0]), v.maxValue(range[1]))
const count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.count))
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(200))

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
  // Like the guard: a bad interval is dropped and the answer kept (replay then uses the scheduler's own pick).
  days: v.fallback(v.optional(v.pipe(v.number(), v.integer(), v.minValue(LIMITS.days[0]), v.maxValue(LIMITS.days[1]))), undefined),
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
  // Absent in files from before exams and reading aloud.
  exams: v.optional(v.record(v.string(), v.pipe(count, v.maxValue(99999))), {}),
  speechRate: v.optional(v.pipe(v.number(), v.minValue(0.5), v.maxValue(1.5)), 1),
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

export function parseCard(input: unknown): Parsed<MemoryCard> {
  const card = readCard(input)
  return card ? { ok: true, value: card } : parseWith(MemoryCardSchema, input)
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
  const settings = readSettings(input)
  return settings ? { ok: true, value: settings } : parseWith(SettingsSchema, { ...DEFAULT_SETTINGS, ...input })
}

/** Why a stored record of this kind cannot be used (the guards said it cannot): valibot's first issue. */
export function explain(kind: 'card' | 'log' | 'settings', value: unknown): { reason: string; path: string } {
  const parsed = kind === 'card' ? parseStoredCard(value) : kind === 'log' ? parseLogEntry(value) : parseSettings(value)
  return parsed.ok ? { reason: 'rejected by the quick check', path: '' } : { reason: parsed.reason, path: parsed.path }
}
