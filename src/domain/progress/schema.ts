/**
 * Valibot schemas of everything progress stores or exports. One place, shared by load (record by
 * record), migration and backup parsing, so a stored record and a backup file can never disagree.
 */
import * as v from 'valibot'
import { GRADES, type MemoryCard, type ReviewLogEntry } from '../scheduling/types'
import { DEFAULT_SETTINGS, type Settings } from './types'

const epochMs = v.pipe(v.number(), v.finite())
const finite = v.pipe(v.number(), v.finite())
const count = v.pipe(v.number(), v.integer(), v.minValue(0))
const id = v.pipe(v.string(), v.minLength(1))

export const MemoryCardSchema = v.object({
  factId: id,
  state: v.picklist(['new', 'learning', 'review', 'relearning']),
  due: epochMs,
  stability: finite,
  difficulty: finite,
  elapsedDays: finite,
  scheduledDays: finite,
  learningSteps: count,
  reps: count,
  lapses: count,
  lastReview: v.optional(epochMs),
})

export const ReviewLogEntrySchema = v.object({
  id,
  factId: id,
  questionId: v.string(),
  grade: v.picklist(GRADES),
  outcome: v.picklist(['correct', 'almost', 'wrong', 'self']),
  reviewedAt: epochMs,
  previous: v.nullable(MemoryCardSchema),
  next: MemoryCardSchema,
  durationMs: v.pipe(v.number(), v.finite(), v.minValue(0)),
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
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0
const isId = (x: unknown): x is string => typeof x === 'string' && x.length > 0
const CARD_STATES = new Set(['new', 'learning', 'review', 'relearning'])
const GRADE_SET = new Set<unknown>(GRADES)
const OUTCOMES = new Set(['correct', 'almost', 'wrong', 'self'])

/** Copies only the known fields, as `v.object` does, so the result never carries stray data. */
export function readCard(x: unknown): MemoryCard | null {
  if (typeof x !== 'object' || x === null) return null
  const c = x as Record<string, unknown>
  if (
    !isId(c.factId) || !CARD_STATES.has(c.state as string) || !isFinite(c.due) || !isFinite(c.stability) ||
    !isFinite(c.difficulty) || !isFinite(c.elapsedDays) || !isFinite(c.scheduledDays) ||
    !isCount(c.learningSteps) || !isCount(c.reps) || !isCount(c.lapses) ||
    (c.lastReview !== undefined && !isFinite(c.lastReview))
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
    !isId(e.id) || !isId(e.factId) || typeof e.questionId !== 'string' || !GRADE_SET.has(e.grade) ||
    !OUTCOMES.has(e.outcome as string) || !isFinite(e.reviewedAt) || !isFinite(e.durationMs) || e.durationMs < 0
  ) return null
  const previous = e.previous === null ? null : readCard(e.previous)
  const next = readCard(e.next)
  if (!next || (previous === null && e.previous !== null)) return null
  return {
    id: e.id, factId: e.factId, questionId: e.questionId, grade: e.grade as ReviewLogEntry['grade'],
    outcome: e.outcome as ReviewLogEntry['outcome'], reviewedAt: e.reviewedAt, previous, next, durationMs: e.durationMs,
  }
}

export function parseCard(input: unknown): Parsed<MemoryCard> {
  const card = readCard(input)
  return card ? { ok: true, value: card } : parseWith(MemoryCardSchema, input)
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
