import type { Response } from '../answer/types'
import type { Grade, MemoryCard, Outcome } from '../scheduling/types'

/** Review follows the schedule; practice (cramming before an exam) never changes it. */
export type SessionMode = 'review' | 'practice'

export interface SessionItem {
  factId: string
  questionId: string
  /**
   * The fact was struggling when the session was built (`domain/struggling.ts`): its question is an easier one,
   * shown after its sentence. Absent otherwise, and in sessions saved before it existed.
   */
  struggling?: true
}

/** One answered item, with what undo needs to restore the card exactly. */
export interface AnsweredItem extends SessionItem {
  grade: Grade
  outcome: Outcome
  response?: Response
  durationMs: number
  answeredAt: number
  /** Review mode only: the log entry written, and the card as it was before (null: no card yet). */
  entryId?: string
  previous?: MemoryCard | null
}

/** Plain data, so the app can store an unfinished session and resume it. */
export interface SessionState {
  version: 1
  mode: SessionMode
  startedAt: number
  items: SessionItem[]
  /** Answers so far, in order; the next item is `items[answers.length]`. */
  answers: AnsweredItem[]
}

export interface SessionSummary {
  mode: SessionMode
  total: number
  answered: number
  counts: Record<Outcome, number>
  grades: Record<Grade, number>
  /** Wrong or almost answers, in the order they were given. */
  mistakes: AnsweredItem[]
  /** Sum of time spent on questions. */
  durationMs: number
}
