/**
 * Our own scheduling types. ts-fsrs stays behind the Scheduler interface: a future major of it
 * changes `Card` and `ReviewLog`, and stored data must not depend on its shapes. Dates are epoch ms.
 */

export type Grade = 'again' | 'hard' | 'good' | 'easy'

export const GRADES: readonly Grade[] = ['again', 'hard', 'good', 'easy']

export type MemoryState = 'new' | 'learning' | 'review' | 'relearning'

/** The memory state of one fact. */
export interface MemoryCard {
  factId: string
  state: MemoryState
  /** Epoch ms when the fact is next due. */
  due: number
  stability: number
  difficulty: number
  /** Days between the last two reviews, as FSRS counts them. */
  elapsedDays: number
  /** Days from the last review to `due`. */
  scheduledDays: number
  /** Position in the (re)learning steps. */
  learningSteps: number
  reps: number
  lapses: number
  /** Epoch ms of the last review; absent for a new card. */
  lastReview?: number
}

/** How the learner met the question. `self` is a flashcard graded by the learner. */
export type Outcome = 'correct' | 'almost' | 'wrong' | 'self'

/** One answer, kept in the review log. `previous` lets undo restore the exact earlier state. */
export interface ReviewLogEntry {
  /** Unique, sortable by time: `${reviewedAt}-${counter or random suffix}`. */
  id: string
  factId: string
  questionId: string
  grade: Grade
  outcome: Outcome
  /** Epoch ms. */
  reviewedAt: number
  /** The card before this answer; null when the fact was new. */
  previous: MemoryCard | null
  /** The card after this answer. */
  next: MemoryCard
  /** Time spent on the question, ms. */
  durationMs: number
}

/** Settings the engine reads; the app's settings extend this. */
export interface SchedulerSettings {
  /** Target retention, 0.70–0.97. */
  requestRetention: number
  maximumIntervalDays: number
  enableFuzz: boolean
  /** (Re)learning steps in minutes before a fact graduates; on unless set to false. */
  enableShortTerm?: boolean
}

export const MIN_RETENTION = 0.7
export const MAX_RETENTION = 0.97

export const DEFAULT_SCHEDULER_SETTINGS: Readonly<SchedulerSettings> = {
  requestRetention: 0.9,
  maximumIntervalDays: 36500,
  enableFuzz: true,
  enableShortTerm: true,
}
