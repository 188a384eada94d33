/**
 * The session as a pure reducer over plain data: start, answer, undo, finish. The caller persists
 * `write` (the new card and its log entry, in one transaction) and `restore` (on undo); in practice
 * mode nothing is ever written, so the schedule stays as it was.
 */
import type { Response } from '../answer/types'
import { formatOfQuestionId } from '../progress/classify'
import type { Scheduler } from '../scheduling/scheduler'
import { entryDays, evenDays, type DayLoad } from '../scheduling/even'
import { boundedNow } from '../time'
import { GRADES, type Grade, type MemoryCard, type Outcome, type ReviewLogEntry } from '../scheduling/types'
import type { AnsweredItem, SessionItem, SessionMode, SessionState, SessionSummary } from './types'

export interface AnswerInput {
  grade: Grade
  outcome: Outcome
  response?: Response
  durationMs: number
}

export interface AnswerResult {
  state: SessionState
  write?: { card: MemoryCard; entry: ReviewLogEntry }
}

export interface UndoResult {
  state: SessionState
  /** Put `previous` back for `factId` (delete the card when null) and remove log entry `entryId`. */
  restore?: { factId: string; previous: MemoryCard | null; entryId: string }
}

const copyCard = (card: MemoryCard): MemoryCard => ({ ...card })

export function startSession(items: readonly SessionItem[], mode: SessionMode, now: number): SessionState {
  const seen = new Set<string>()
  const unique = items.filter((it) => !seen.has(it.factId) && seen.add(it.factId))
  return { version: 1, mode, startedAt: now, items: unique.map((it) => ({ ...it })), answers: [] }
}

export function currentItem(state: SessionState): SessionItem | undefined {
  return state.items[state.answers.length]
}

export function isComplete(state: SessionState): boolean {
  return state.answers.length >= state.items.length
}

/** What the log entry of an answer is stamped with: its unique id, its deck, and the retention scheduled for. */
export interface EntryStamp {
  id: string
  deckId: string
  retention: number
  /**
   * Even days: how many cards are already due on each of the learner's local days (the answered fact's own card
   * not among them). The new due date is moved, inside the scheduler's fuzz range, to the least loaded day
   * (`evenDays`), and the entry keeps the interval chosen (`days`) so replay places it there again.
   */
  load?: { dueOn: DayLoad; timeZone: string }
}

/**
 * Records the answer to the current item. `card` is the fact's stored card (undefined when the fact
 * was never reviewed). `now` is brought into the stored range; the scheduler never counts a review
 * before the card's last one, so any clock reading gives a valid card.
 */
export function answerItem(
  state: SessionState,
  answer: AnswerInput,
  card: MemoryCard | undefined,
  scheduler: Scheduler,
  clockNow: number,
  stamp: EntryStamp,
): AnswerResult {
  const now = boundedNow(clockNow)
  const item = currentItem(state)
  if (!item) return { state }
  if (card && card.factId !== item.factId) {
    throw new Error(`answerItem: card of ${card.factId} given for ${item.factId}`)
  }
  if (!GRADES.includes(answer.grade)) throw new Error(`answerItem: unknown grade ${String(answer.grade)}`)
  const answered: AnsweredItem = {
    factId: item.factId,
    questionId: item.questionId,
    grade: answer.grade,
    outcome: answer.outcome,
    // A clock that jumped makes a duration meaningless: keep it within a day.
    durationMs: Math.min(86_400_000, Math.max(0, answer.durationMs || 0)),
    answeredAt: now,
  }
  if (answer.response !== undefined) answered.response = answer.response
  if (state.mode === 'practice') return { state: { ...state, answers: [...state.answers, answered] } }

  const previous = card ? copyCard(card) : null
  const before = previous ?? scheduler.newCard(item.factId, now)
  let next: MemoryCard
  let days: number | undefined
  if (stamp.load) {
    const range = scheduler.reviewRange(before, answer.grade, now)
    next = evenDays(range, stamp.load.dueOn, stamp.load.timeZone)
    days = entryDays(range, next)
  } else next = scheduler.review(before, answer.grade, now)
  const entry: ReviewLogEntry = {
    id: stamp.id,
    deckId: stamp.deckId,
    factId: item.factId,
    questionId: item.questionId,
    format: formatOfQuestionId(item.questionId),
    ...(answer.response !== undefined ? { response: answer.response } : {}),
    grade: answer.grade,
    outcome: answer.outcome,
    reviewedAt: now,
    retention: stamp.retention,
    ...(days !== undefined ? { days } : {}),
    previous,
    next: copyCard(next),
    durationMs: answered.durationMs,
  }
  answered.entryId = entry.id
  answered.previous = previous ? copyCard(previous) : null
  return { state: { ...state, answers: [...state.answers, answered] }, write: { card: next, entry } }
}

/** Takes back the last answer; in review mode, says which card to restore and which entry to drop. */
export function undoLast(state: SessionState): UndoResult {
  const last = state.answers.at(-1)
  if (!last) return { state }
  const next: SessionState = { ...state, answers: state.answers.slice(0, -1) }
  if (state.mode === 'practice' || last.entryId === undefined || last.previous === undefined) return { state: next }
  return {
    state: next,
    restore: { factId: last.factId, previous: last.previous ? copyCard(last.previous) : null, entryId: last.entryId },
  }
}

export function finishSession(state: SessionState): SessionSummary {
  const counts: Record<Outcome, number> = { correct: 0, almost: 0, wrong: 0, self: 0 }
  const grades: Record<Grade, number> = { again: 0, hard: 0, good: 0, easy: 0 }
  let durationMs = 0
  for (const a of state.answers) {
    counts[a.outcome]++
    grades[a.grade]++
    durationMs += a.durationMs
  }
  return {
    mode: state.mode,
    total: state.items.length,
    answered: state.answers.length,
    counts,
    grades,
    mistakes: state.answers.filter((a) => a.outcome === 'wrong' || a.outcome === 'almost' || (a.outcome === 'self' && a.grade === 'again')),
    durationMs,
  }
}
