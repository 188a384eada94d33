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

/**
 * One answer, kept in the review log: the truth from which every card can be rebuilt (`progress/replay.ts`).
 * Entries are never changed; undo removes one. `previous` and `next` are the card around the answer, kept so
 * undo restores the exact earlier state and so a log read alone shows what each answer did.
 */
export interface ReviewLogEntry {
  /**
   * Globally unique and sortable by time: `${reviewedAt, 13 digits}-${device id}-${counter}` (entries from
   * before schema 3 have `${reviewedAt}-${suffix}`).
   */
  id: string
  /** The deck the fact belongs to (`BUILT_IN_DECK_ID` for the article). */
  deckId: string
  factId: string
  questionId: string
  /** How the fact was asked: a question kind, `flashcard`, or `legacy` for answers migrated from schema 1. */
  format: string
  /** What the learner answered (plain JSON); absent for flashcards and older entries. */
  response?: unknown
  grade: Grade
  outcome: Outcome
  /** Epoch ms, as the clock read it (bounded to the stored range). */
  reviewedAt: number
  /** The target retention the scheduler used; absent in entries from before schema 3 (replay trusts `next`). */
  retention?: number
  /**
   * The interval in days that even days chose (`scheduling/even.ts`), when it differs from the scheduler's own
   * pick; `next` is then the placed card. Absent: the scheduler's pick stands (every entry from before even
   * days). Replay places the rebuilt card at this interval only if it lies in the scheduler's fuzz range for
   * the answer, so an entry from elsewhere can never move a card further than fuzz itself could.
   */
  days?: number
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
