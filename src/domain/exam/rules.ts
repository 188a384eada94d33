/**
 * The exam layer: while a deck's exam lies ahead, which cards are due and how many new facts come. FSRS still
 * computes every answer and stored cards are never changed: these rules only bring due dates earlier and raise
 * the day's new-fact limit. From the exam moment on, both give the learner's own values back.
 *
 * Days are the learner's local day numbers (`localDayNumber`). Recall is predicted for the exam moment,
 * EXAM_HOUR hours after the exam day begins. The final window is the FINAL_WINDOW_DAYS days before the exam
 * day (examDay − 3 … examDay − 1), fixed by the exam date and not by today, so a card reviewed there stays
 * "reviewed in the window" as the days pass.
 *
 * A review card (`examDue`), by the moment of its last review:
 * 1. On the exam day: due when the scheduler says.
 * 2. In the final window: due when the scheduler says if its recall at the exam reaches the target; if not (a
 *    young or lapsed card), due the next day at the latest, the exam morning being the last. It comes back at
 *    most once a day, so it cannot loop.
 * 3. Before the window, falling due before the window: due when the scheduler says; the rules apply again to
 *    the card that review gives.
 * 4. Before the window, falling due in it or later: due on its final day, or earlier if the scheduler says so.
 *    The final day spreads the window's load without a second pass over the deck: among the window days from
 *    today on from which recall at the exam reaches the target with the card's present stability (a Good answer
 *    never lowers stability, so the review there keeps the target), the fact id's hash picks one; a card too
 *    weak for every day gets the last, examDay − 1, and rule 2 then adds the exam morning if needed. As today
 *    moves into the window the pick only moves later, never earlier, and once a card is due it stays due.
 *    On the exam day itself a card that missed the window is due at once.
 * New cards come by quota; learning and relearning cards keep their steps of minutes.
 *
 * New facts (`examNewQuota`): every one is introduced by the last introduction day, max(today, examDay − 2),
 * which keeps the day before the exam for consolidation whenever the exam is two days away or more. The day's
 * limit is the larger of the learner's own and the even pace ⌈facts left at the start of today / introduction
 * days left⌉; facts introduced earlier today count against it, as they do against the learner's own.
 */
import { createRng } from '../random'
import { retrievabilityAt } from '../scheduling/scheduler'
import { MAX_RETENTION, MIN_RETENTION, type MemoryCard } from '../scheduling/types'
import { localDayNumber, MS_PER_HOUR, startOfDayNumber } from '../time'

/** Recall is predicted for this many hours after the exam day begins (08:00 on most days). */
export const EXAM_HOUR = 8
export const FINAL_WINDOW_DAYS = 3
/** Introductions end this many days before the exam, when there is room. */
export const INTRODUCTION_RESERVE_DAYS = 2
/** The farthest exam date accepted, in days from today (the plan simulates every day up to it). */
export const MAX_EXAM_DAYS_AHEAD = 1830

export interface ExamContextInput {
  now: number
  timeZone: string
  /** The exam's local day number. */
  examDay: number
  /** Recall to reach at the exam, MIN_RETENTION … MAX_RETENTION. */
  target: number
}

export interface ExamContext {
  readonly today: number
  readonly examDay: number
  /** examDay − today: 0 on the exam day, negative after it. */
  readonly daysLeft: number
  /** The instant recall is predicted for: EXAM_HOUR hours into the exam day. */
  readonly examMoment: number
  readonly target: number
  /** Before the exam moment. Once it has passed, every rule gives the learner's own values back. */
  readonly active: boolean
  /** First instants of the final window's days and of the exam day: index k is day examDay − FINAL_WINDOW_DAYS + k. */
  readonly dayStarts: readonly number[]
}

const whole = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0)

/**
 * Throws a RangeError for an exam day that is not a whole day number or lies more than MAX_EXAM_DAYS_AHEAD ahead,
 * a target outside MIN_RETENTION … MAX_RETENTION, or a `now` that is not a finite time. A past exam is valid:
 * the context is then inactive.
 */
export function examContext(input: ExamContextInput): ExamContext {
  const { now, timeZone, examDay, target } = input
  if (!Number.isFinite(now)) throw new RangeError(`Exam: now must be a finite time, got ${String(now)}`)
  if (!Number.isInteger(examDay)) throw new RangeError(`Exam day must be a whole local day number, got ${String(examDay)}`)
  if (!(target >= MIN_RETENTION && target <= MAX_RETENTION)) {
    throw new RangeError(`Exam target must be between ${MIN_RETENTION} and ${MAX_RETENTION}, got ${String(target)}`)
  }
  const today = localDayNumber(now, timeZone)
  const daysLeft = examDay - today
  if (daysLeft > MAX_EXAM_DAYS_AHEAD) {
    throw new RangeError(`Exam day must be at most ${MAX_EXAM_DAYS_AHEAD} days ahead, got ${daysLeft}`)
  }
  const dayStarts: number[] = []
  for (let k = 0; k <= FINAL_WINDOW_DAYS; k++) dayStarts.push(startOfDayNumber(examDay - FINAL_WINDOW_DAYS + k, timeZone))
  const examMoment = (dayStarts[FINAL_WINDOW_DAYS] as number) + EXAM_HOUR * MS_PER_HOUR
  return { today, examDay, daysLeft, examMoment, target, active: now < examMoment, dayStarts }
}

/** Recall at the exam moment from the card as it is. */
export function recallAtExam(card: MemoryCard, exam: ExamContext): number {
  return retrievabilityAt(card, exam.examMoment)
}

/** A stable number in [0, 1) per fact, to spread facts over the window's days. */
const factUnit = (factId: string) => createRng(`exam:${factId}`)()

/** Rule 4's final day for a card last reviewed before the window (see the file header). */
function finalDay(card: MemoryCard, exam: ExamContext): number {
  const lastDay = exam.examDay - 1
  if (exam.today > lastDay) return exam.today
  const windowStart = exam.examDay - FINAL_WINDOW_DAYS
  let from = lastDay
  for (let day = Math.max(exam.today, windowStart); day < lastDay; day++) {
    const start = exam.dayStarts[day - windowStart] as number
    if (retrievabilityAt({ ...card, lastReview: start }, exam.examMoment) >= exam.target) {
      from = day
      break
    }
  }
  return from + Math.floor(factUnit(card.factId) * (lastDay - from + 1))
}

/**
 * When the card is due while the exam lies ahead: never later than `card.due`, and `card.due` itself once the
 * exam moment has passed, for new, learning and relearning cards, and for cards the rules leave alone.
 */
export function examDue(card: MemoryCard, exam: ExamContext): number {
  if (!exam.active || card.state !== 'review' || card.lastReview === undefined) return card.due
  const starts = exam.dayStarts
  const examStart = starts[FINAL_WINDOW_DAYS] as number
  const last = card.lastReview
  if (last >= examStart) return card.due
  if (last >= (starts[0] as number)) {
    if (recallAtExam(card, exam) >= exam.target) return card.due
    let k = 1
    while ((starts[k] as number) <= last) k++
    return Math.min(card.due, starts[k] as number)
  }
  if (card.due < (starts[0] as number)) return card.due
  const day = finalDay(card, exam)
  const windowStart = exam.examDay - FINAL_WINDOW_DAYS
  // On the exam day (the only final day past the window) the card is due from the day's start.
  return Math.min(card.due, starts[Math.min(day, exam.examDay) - windowStart] as number)
}

/** The last day new facts are introduced on, seen from `exam.today`. */
export function lastIntroductionDay(exam: ExamContext): number {
  return Math.max(exam.today, exam.examDay - INTRODUCTION_RESERVE_DAYS)
}

export interface NewFactCounts {
  /** Facts of the deck never met (no card, or a card still `new`). */
  notIntroduced: number
  /** Facts of this deck met for the first time today (see `newIntroducedOnDay`). */
  newIntroducedToday: number
  /** The learner's own daily limit. */
  newPerDay: number
}

/**
 * Today's new-fact limit, to use in place of the learner's `newPerDay` (facts introduced today count against
 * it, as they do against that): at least the learner's own, and enough that every fact is introduced by
 * `lastIntroductionDay`. The learner's own once the exam moment has passed.
 */
export function examNewQuota(exam: ExamContext, counts: NewFactCounts): number {
  const own = whole(counts.newPerDay)
  if (!exam.active) return own
  const leftAtDayStart = whole(counts.notIntroduced) + whole(counts.newIntroducedToday)
  const introductionDays = lastIntroductionDay(exam) - exam.today + 1
  return Math.max(own, Math.ceil(leftAtDayStart / introductionDays))
}
