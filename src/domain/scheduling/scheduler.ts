/**
 * FSRS-6 through ts-fsrs, behind our own interface. Cards cross the boundary as epoch-ms `MemoryCard`s;
 * nothing of ts-fsrs's `Card` or `ReviewLog` leaks into stored data.
 */
import {
  createEmptyCard,
  default_w,
  FSRS,
  get_fuzz_range,
  Rating,
  State,
  StrategyMode,
  type Card,
  type FSRSParameters,
  type Grade as FsrsGrade,
} from 'ts-fsrs'
import { boundedNow, MS_PER_DAY } from '../time'
import { fuzzFactor } from './fuzz'
import {
  DEFAULT_SCHEDULER_SETTINGS,
  GRADES,
  MAX_RETENTION,
  MIN_RETENTION,
  type Grade,
  type MemoryCard,
  type MemoryState,
  type SchedulerSettings,
} from './types'

export interface PreviewItem {
  card: MemoryCard
  /** From `now` to the new due date, for the grade button label. */
  intervalMs: number
}

/**
 * An answer's card and the whole range of intervals the scheduler's fuzz could have given it. `card` is exactly
 * what `review` returns; its `scheduledDays` lies in [minDays, maxDays]. Without fuzz (learning steps, intervals
 * under three days, fuzz off) the range is that one value.
 */
export interface ReviewRange {
  card: MemoryCard
  /** Whole days from the review, as `card.scheduledDays` counts them. */
  minDays: number
  maxDays: number
}

export interface Scheduler {
  readonly settings: Readonly<Required<SchedulerSettings>>
  /** A fact never reviewed, due now. */
  newCard(factId: string, now: number): MemoryCard
  /**
   * The card after answering `grade` at `now`; the input is not changed. Time never runs backwards for a
   * card: a clock set back before its last review counts as that moment (see `reviewTime`).
   */
  review(card: MemoryCard, grade: Grade, now: number): MemoryCard
  /**
   * `review`'s card with the range of intervals its fuzz could have chosen for this answer: even days
   * (`even.ts`) may move the due date inside it, and replay checks a logged placement against it.
   */
  reviewRange(card: MemoryCard, grade: Grade, now: number): ReviewRange
  /** All four outcomes, the same cards `review` would return. */
  preview(card: MemoryCard, now: number): Record<Grade, PreviewItem>
  /** Probability of recall at `now`, 0..1; 0 for a new card. */
  retrievability(card: MemoryCard, now: number): number
}

const RATING: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
}

const TO_STATE: Record<State, MemoryState> = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
}

const FROM_STATE: Record<MemoryState, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
}

/** ts-fsrs's card plus the fact id, which the seed strategy reads to make fuzz differ per fact. */
type SeededCard = Card & { fact_id: string }

/**
 * R(t, S) = (1 + F·t/S)^−decay with the FSRS-6 default decay; F makes R(S, S) = 0.9.
 * Same curve as ts-fsrs's `forgetting_curve`, but over fractional days: a queue ordered by it does not
 * jump at UTC midnight.
 */
const DECAY = -(default_w[20] ?? 0.1542)
const FACTOR = Math.pow(0.9, 1 / DECAY) - 1

export function retrievabilityAt(card: MemoryCard, now: number): number {
  if (card.state === 'new' || card.lastReview === undefined || !(card.stability > 0)) return 0
  const elapsedDays = Math.max(0, (now - card.lastReview) / MS_PER_DAY)
  return Math.pow(1 + (FACTOR * elapsedDays) / card.stability, DECAY)
}

/** Throws a RangeError naming the bad value; the settings screen should keep values in range. */
export function validateSchedulerSettings(settings: SchedulerSettings): Required<SchedulerSettings> {
  const { requestRetention, maximumIntervalDays } = settings
  if (!(requestRetention >= MIN_RETENTION && requestRetention <= MAX_RETENTION)) {
    throw new RangeError(
      `Target retention must be between ${MIN_RETENTION} and ${MAX_RETENTION}, got ${String(requestRetention)}`,
    )
  }
  if (!Number.isInteger(maximumIntervalDays) || maximumIntervalDays < 1) {
    throw new RangeError(`Maximum interval must be a whole number of days ≥ 1, got ${String(maximumIntervalDays)}`)
  }
  return {
    requestRetention,
    maximumIntervalDays,
    enableFuzz: settings.enableFuzz,
    enableShortTerm: settings.enableShortTerm ?? true,
  }
}

/**
 * The moment a review counts at: the clock reading brought into the stored range, and never before the
 * card's last review. A device clock corrected backwards (or a time-zone change) would otherwise give
 * FSRS a negative elapsed time ("Invalid delta_t"). Replaying the log applies the same rule, so a rebuilt
 * card equals the one stored at the time.
 */
export function reviewTime(card: MemoryCard, now: number): number {
  const at = boundedNow(now)
  return card.lastReview !== undefined && card.lastReview > at ? card.lastReview : at
}

function toFsrs(card: MemoryCard): SeededCard {
  return {
    fact_id: card.factId,
    due: new Date(card.due),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsedDays,
    scheduled_days: card.scheduledDays,
    learning_steps: card.learningSteps,
    reps: card.reps,
    lapses: card.lapses,
    state: FROM_STATE[card.state],
    last_review: card.lastReview === undefined ? undefined : new Date(card.lastReview),
  }
}

function fromFsrs(card: Card, factId: string, maxDays: number): MemoryCard {
  const out: MemoryCard = {
    factId,
    state: TO_STATE[card.state],
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
  }
  if (card.last_review) out.lastReview = card.last_review.getTime()
  // ts-fsrs keeps Easy a day past Good even at the cap, so the cap can be exceeded by a day or two.
  if (out.lastReview !== undefined && out.scheduledDays > maxDays) {
    out.scheduledDays = maxDays
    out.due = out.lastReview + maxDays * MS_PER_DAY
  }
  return out
}

/**
 * Fuzz is seeded by the fact, the review time and the repetition count: the same answer at the same
 * moment always gets the same interval (so preview labels match the review), yet facts answered
 * together spread out.
 */
function seedStrategy(this: unknown): string {
  const current = Reflect.get(this as object, 'current') as SeededCard
  const reviewTime = Reflect.get(this as object, 'review_time') as Date
  return `${current.fact_id}:${reviewTime.getTime()}:${current.reps}`
}

/**
 * ts-fsrs with its fuzz pinned to one end of the fuzz range, for `reviewRange`. ts-fsrs draws one fuzz factor
 * u ∈ [0, 1) per review (each `apply_fuzz` call restarts the same seeded generator), fuzzes each grade's
 * interval to ⌊u·(max − min + 1) + min⌋ of that interval's `get_fuzz_range`, then keeps the grades in order
 * (Hard ≤ Good − 1, Easy ≥ Good + 1). Every step is non-decreasing in u, so the interval for any u lies between
 * the one at u = 0 (each interval at its min) and the one as u → 1 (each at its max); and the ordering step is
 * why the bounds come from whole runs, not from one `get_fuzz_range` call: it can lift an interval ts-fsrs did
 * not fuzz (two days) to three, where a range around three would be wider than what the scheduler can pick.
 */
class FuzzEndFsrs extends FSRS {
  constructor(
    params: Partial<FSRSParameters>,
    private readonly end: 'min' | 'max',
  ) {
    super(params)
  }

  override apply_fuzz(ivl: number, elapsedDays: number): ReturnType<FSRS['apply_fuzz']> {
    // The same condition as ts-fsrs 5.4's own apply_fuzz, under which it leaves the interval unfuzzed.
    if (!this.param.enable_fuzz || ivl < 2.5) return super.apply_fuzz(ivl, elapsedDays)
    const { min_ivl, max_ivl } = get_fuzz_range(ivl, elapsedDays, this.param.maximum_interval)
    return (this.end === 'min' ? min_ivl : max_ivl) as ReturnType<FSRS['apply_fuzz']>
  }
}

/**
 * ts-fsrs with its fuzz factor drawn once per review (`fuzzFactor`), not once for each of Hard, Good and Easy: the
 * same intervals, in a third of the time a replay spent on them.
 */
class OnceFuzzedFsrs extends FSRS {
  private drawnFor: unknown
  private drawn = 0

  override apply_fuzz(ivl: number, elapsedDays: number): ReturnType<FSRS['apply_fuzz']> {
    const seed: unknown = Reflect.get(this, '_seed')
    // ts-fsrs 5.4's own condition for no fuzz; a review always has a seed string (our strategy's).
    if (!this.param.enable_fuzz || ivl < 2.5 || typeof seed !== 'string') return super.apply_fuzz(ivl, elapsedDays)
    if (seed !== this.drawnFor) {
      this.drawnFor = seed
      this.drawn = fuzzFactor(seed)
    }
    const { min_ivl, max_ivl } = get_fuzz_range(ivl, elapsedDays, this.param.maximum_interval)
    return Math.floor(this.drawn * (max_ivl - min_ivl + 1) + min_ivl) as ReturnType<FSRS['apply_fuzz']>
  }
}

export function createScheduler(settings: SchedulerSettings = DEFAULT_SCHEDULER_SETTINGS): Scheduler {
  const valid = validateSchedulerSettings(settings)
  const maxDays = valid.maximumIntervalDays
  const params: Partial<FSRSParameters> = {
    request_retention: valid.requestRetention,
    maximum_interval: maxDays,
    enable_fuzz: valid.enableFuzz,
    enable_short_term: valid.enableShortTerm,
    learning_steps: ['1m', '10m'],
    relearning_steps: ['10m'],
  }
  const f: FSRS = new OnceFuzzedFsrs(params).useStrategy(StrategyMode.SEED, seedStrategy as never)
  // Built on first use: most schedulers (replay of entries without a placement) never need them.
  let ends: { low: FSRS; high: FSRS } | undefined
  const endsOfRange = () => (ends ??= { low: new FuzzEndFsrs(params, 'min'), high: new FuzzEndFsrs(params, 'max') })

  const review = (card: MemoryCard, grade: Grade, now: number): MemoryCard => {
    const { card: next } = f.next(toFsrs(card), new Date(reviewTime(card, now)), RATING[grade])
    return fromFsrs(next, card.factId, maxDays)
  }

  return {
    settings: valid,
    newCard(factId, now) {
      const c = createEmptyCard(new Date(boundedNow(now)))
      return fromFsrs(c, factId, maxDays)
    },
    review,
    reviewRange(card, grade, now) {
      const picked = review(card, grade, now)
      if (!valid.enableFuzz) return { card: picked, minDays: picked.scheduledDays, maxDays: picked.scheduledDays }
      const at = new Date(reviewTime(card, now))
      const { low, high } = endsOfRange()
      // Through fromFsrs, so the bounds get the same cap at maximumIntervalDays as the pick.
      const bound = (end: FSRS) => fromFsrs(end.next(toFsrs(card), at, RATING[grade]).card, card.factId, maxDays).scheduledDays
      return { card: picked, minDays: bound(low), maxDays: bound(high) }
    },
    preview(card, now) {
      const at = reviewTime(card, now)
      const outcomes = f.repeat(toFsrs(card), new Date(at))
      const result = {} as Record<Grade, PreviewItem>
      for (const grade of GRADES) {
        const next = fromFsrs(outcomes[RATING[grade]].card, card.factId, maxDays)
        result[grade] = { card: next, intervalMs: Math.max(0, next.due - at) }
      }
      return result
    },
    retrievability: retrievabilityAt,
  }
}

/** The scheduler the app studies with at a requested retention: fuzzed, intervals up to a hundred years. */
export function appScheduler(retention: number): Scheduler {
  return createScheduler({ requestRetention: retention, maximumIntervalDays: 36500, enableFuzz: true })
}

/** `appScheduler` for each retention asked, each built once: a replay asks for one per answer. */
export function appSchedulers(): (retention: number) => Scheduler {
  const built = new Map<number, Scheduler>()
  return (retention) => built.get(retention) ?? built.set(retention, appScheduler(retention)).get(retention)!
}
