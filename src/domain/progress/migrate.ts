/**
 * Every stored shape the app has ever written, and every conversion between them. Pure: the
 * persistence layer reads raw records, asks this module what they are and what to write instead.
 *
 * Version 1 (the walking skeleton): one key holding `{ version: 1, answers: AnswerV1[] }`, a single
 * array rewritten on every answer.
 * Version 2: one record per card (keyed by fact id), one per review-log entry (keyed by entry id),
 * settings, session and meta beside them, and a schema-version record.
 * Version 3: every card and entry names its deck (cards keyed `${deckId}/${factId}`); entries name the
 * format asked and may carry the response and the retention used; the session is a `StoredStudy`.
 */
import type { MemoryCard, ReviewLogEntry } from '../scheduling/types'
import { isStoredTime } from '../time'
import { formatOfQuestionId } from './classify'
import { BUILT_IN_DECK_ID } from './types'

export { classifyStored, formatOfQuestionId, type StoredVersion } from './classify'

export interface AnswerV1 {
  /** `${factId}:${kind}` */
  questionId: string
  choice: number
  correct: boolean
  /** Epoch ms. */
  answeredAt: number
}

export interface StoredV1 {
  version: 1
  answers: AnswerV1[]
}

export interface SetAsideCandidate {
  key: string
  reason: string
  value: unknown
}

export interface MigrationV1Result {
  log: ReviewLogEntry[]
  setAside: SetAsideCandidate[]
}

/** `f-x:mcq` → `f-x`; the fact id may itself contain colons, the kind never does. */
export function factIdOfQuestionId(questionId: string): string | null {
  const colon = questionId.lastIndexOf(':')
  if (colon <= 0 || colon === questionId.length - 1) return null
  return questionId.slice(0, colon)
}

/**
 * Version 1 answers carry no scheduler state, so they become history only: `previous` is null and
 * `next` is the fact still new. No card is made; the engine schedules the fact from scratch.
 * Ids are derived from the answer, so migrating the same answers twice writes the same entries.
 */
export function answerV1ToLogEntry(answer: AnswerV1, factId: string): ReviewLogEntry {
  const next: MemoryCard = {
    factId,
    state: 'new',
    due: answer.answeredAt,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
  }
  return {
    id: `${answer.answeredAt}-v1-${answer.questionId}`,
    deckId: BUILT_IN_DECK_ID,
    factId,
    questionId: answer.questionId,
    format: 'legacy',
    grade: answer.correct ? 'good' : 'again',
    outcome: answer.correct ? 'correct' : 'wrong',
    reviewedAt: answer.answeredAt,
    previous: null,
    next,
    durationMs: 0,
  }
}

function answerProblem(raw: unknown): string | null {
  if (typeof raw !== 'object' || raw === null) return 'answer is not an object'
  const a = raw as Record<string, unknown>
  if (typeof a.questionId !== 'string') return 'questionId is not a string'
  if (typeof a.correct !== 'boolean') return 'correct is not a boolean'
  if (typeof a.answeredAt !== 'number' || !Number.isFinite(a.answeredAt)) return 'answeredAt is not a finite number'
  if (!isStoredTime(a.answeredAt)) return `answeredAt is outside 2000–2099: ${a.answeredAt}`
  if (typeof a.choice !== 'number') return 'choice is not a number'
  if (factIdOfQuestionId(a.questionId) === null) return `no fact id in questionId "${a.questionId}"`
  return null
}

/** Converts the version 1 record; whatever cannot be read is returned to be set aside, never dropped. */
export function migrateV1(record: unknown, key: string): MigrationV1Result {
  const shaped = typeof record === 'object' && record !== null ? (record as Record<string, unknown>) : null
  if (!shaped || shaped.version !== 1 || !Array.isArray(shaped.answers)) {
    return { log: [], setAside: [{ key, reason: 'not a version 1 answers record', value: record }] }
  }
  const log: ReviewLogEntry[] = []
  const setAside: SetAsideCandidate[] = []
  shaped.answers.forEach((raw: unknown, index) => {
    const problem = answerProblem(raw)
    if (problem) {
      setAside.push({ key: `${key}#${index}`, reason: problem, value: raw })
      return
    }
    const answer = raw as AnswerV1
    log.push(answerV1ToLogEntry(answer, factIdOfQuestionId(answer.questionId)!))
  })
  return { log, setAside }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x)

/**
 * A schema 2 log entry as schema 3 stores it: of the built-in deck, with the format read from its question id.
 * Anything that is not an object is returned as it is, for the load to set aside with its reason.
 */
export function upgradeEntryV2(raw: unknown): unknown {
  if (!isObject(raw)) return raw
  const questionId = typeof raw.questionId === 'string' ? raw.questionId : ''
  const legacy = typeof raw.id === 'string' && raw.id.includes('-v1-')
  return { ...raw, deckId: BUILT_IN_DECK_ID, format: legacy ? 'legacy' : formatOfQuestionId(questionId) }
}

/** A schema 2 card (keyed by fact id) as schema 3 stores it, with its new key. */
export function upgradeCardV2(key: string, raw: unknown): { key: string; value: unknown } {
  if (!isObject(raw)) return { key: `${BUILT_IN_DECK_ID}/${key}`, value: raw }
  return { key: `${BUILT_IN_DECK_ID}/${key}`, value: { ...raw, deckId: BUILT_IN_DECK_ID } }
}
