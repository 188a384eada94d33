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

export const parseCard = (input: unknown): Parsed<MemoryCard> => parseWith(MemoryCardSchema, input)
export const parseLogEntry = (input: unknown): Parsed<ReviewLogEntry> => parseWith(ReviewLogEntrySchema, input)

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
