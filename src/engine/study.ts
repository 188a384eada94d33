/**
 * One study session at a time (review, quiz or flashcards), with its feedback phase: builds it with the
 * domain, grades each answer, schedules it and commits it through the progress engine (one transaction:
 * entry, card, session step). Plain TypeScript; the Pinia study store mirrors it.
 */
import type { Fact, Question, QuestionKind, Topic } from '@/domain/bank/types'
import { gradeResponse, selfGrade } from '@/domain/answer/grade'
import type { GradeResult, Response } from '@/domain/answer/types'
import { nextEntryId } from '@/domain/progress/ids'
import { factsWithinDailyLimits, newIntroducedByDeck } from '@/domain/deck/counts'
import { activeExam, cardsForExam, examNewQuota, notIntroduced } from '@/domain/exam'
import type { Settings } from '@/domain/progress/types'
import { createRng } from '@/domain/random'
import { startOfDayNumber } from '@/domain/time'
import { appScheduler, type Scheduler } from '@/domain/scheduling/scheduler'
import type { Grade, MemoryCard, ReviewLogEntry } from '@/domain/scheduling/types'
import { buildSession, toSessionItems } from '@/domain/session/build'
import { answerItem, currentItem, finishSession, isComplete, startSession, undoLast } from '@/domain/session/reducer'
import type { AnsweredItem, SessionMode, SessionState, SessionSummary } from '@/domain/session/types'
import { buildQuiz } from '@/domain/quiz/build'
import type { CellFactory } from './cell'
import type { ProgressEngine } from './progress'

export type StudyKind = 'review' | 'quiz' | 'flashcards'

/** What is stored so an unfinished session survives a reload, an update or a closed tab. */
export interface StoredStudy {
  version: 1
  kind: StudyKind
  seed: number
  session: SessionState
  /** The deck studied, or `all`; absent in sessions saved before decks (the built-in deck's). */
  scope?: string
}

export interface QuizChoice {
  count: number
  kinds: QuestionKind[]
  topics: Topic[]
  /** The learner may let a quiz count toward the schedule; by default it does not. */
  schedule: boolean
}

export const DEFAULT_SESSION_LENGTH = 20

/** Each item and answer names its fact and question: a damaged one (null, a bare string) must not be resumed. */
const isItem = (i: unknown) => {
  const item = i as { factId?: unknown; questionId?: unknown } | null
  return typeof item === 'object' && item !== null && typeof item.factId === 'string' && typeof item.questionId === 'string'
}

function isStoredStudy(value: unknown): value is StoredStudy {
  const v = value as StoredStudy | null
  return !!v && v.version === 1 && ['review', 'quiz', 'flashcards'].includes(v.kind) && typeof v.seed === 'number'
    && !!v.session && v.session.version === 1 && Array.isArray(v.session.items) && Array.isArray(v.session.answers)
    && v.session.items.every(isItem) && v.session.answers.every(isItem)
}

/**
 * The sequence part of this tab's entry ids. Ids already increase with every commit (each follows the last
 * one stored, read inside the commit); the random start keeps two tabs apart even while storage is failing.
 */
let sequence = (() => {
  const bytes = new Uint32Array(1)
  globalThis.crypto?.getRandomValues?.(bytes)
  return (bytes[0] ?? 0) % 1_000_000_000
})()

/** Why the last answer or undo could not be recorded, for the learner; null when it was. */
export type StudyError = 'not-saved' | null

/** What the study engine reads of the bank: the questions of the scope (one deck, or all). */
export interface StudyBank {
  /** The deck studied, or `all`. */
  scope(): string
  /** The scope's facts, per deck, in each deck's order. */
  groups(): readonly { deckId: string; facts: readonly Fact[] }[]
  /** The deck of a fact or question id. */
  deckOf(id: string): string
  facts(): readonly Fact[]
  questions(): readonly Question[]
  question(id: string): Question | undefined
  fact(id: string): Fact | undefined
  flashcard(factId: string): unknown
  questionsByFact(): ReadonlyMap<string, readonly Question[]>
}

/** What it reads of progress, and the progress engine's writes it calls. */
export interface StudyProgress extends Pick<ProgressEngine, 'commitAnswer' | 'undoAnswer' | 'saveSession' | 'askPersistence' | 'entryDevice'> {
  cards(): ReadonlyMap<string, MemoryCard>
  settings(): Settings
  log(): readonly ReviewLogEntry[]
  savedSession(): unknown
  /** True until the browser has been asked for persistent storage. */
  persistenceUnknown(): boolean
}

export interface StudyEngineDeps {
  cell: CellFactory
  /** A value worked out from cells: Vue's `computed` in the app, a getter in Node tests. */
  derive: <T>(fn: () => T) => { readonly value: T }
  clock: () => number
  timeZone: () => string
  bank: StudyBank
  progress: StudyProgress
}

export type StudyEngine = ReturnType<typeof createStudyEngine>

export function createStudyEngine(deps: StudyEngineDeps) {
  const { cell, derive, clock, timeZone, bank, progress } = deps


  const kind = cell<StudyKind>('review')
  /** The deck (or `all`) of the session. */
  const scope = cell('')
  const seed = cell(0)
  const session = cell<SessionState | null>(null)
  /** The result of the answer just given, while its feedback shows. */
  const feedback = cell<{ answered: AnsweredItem; result: GradeResult | null } | null>(null)
  const shownAt = cell(0)
  /** Set when an answer could not be recorded: the question stays, nothing moved on, the learner is told. */
  const error = cell<StudyError>(null)
  /** True while an answer or undo is being committed: a second one waits for it. */
  const busy = cell(false)

  let scheduler: { retention: number; value: Scheduler } | undefined
  const getScheduler = () => {
    const retention = progress.settings().requestRetention
    if (scheduler?.retention !== retention) {
      scheduler = { retention, value: appScheduler(retention) }
    }
    return scheduler.value
  }

  const item = derive(() => (session.value ? currentItem(session.value) : undefined))
  const question = derive(() => (item.value ? bank.question(item.value.questionId) : undefined))
  const done = derive(() => !!session.value && isComplete(session.value) && !feedback.value)
  const summary = derive<SessionSummary | null>(() => (session.value && done.value ? finishSession(session.value) : null))
  const position = derive(() => ({
    done: session.value?.answers.length ?? 0,
    total: session.value?.items.length ?? 0,
  }))
  const canUndo = derive(() => (session.value?.answers.length ?? 0) > 0)

  /** What is stored for a session state: null once it is complete. */
  const stored = (state: SessionState | null): StoredStudy | null =>
    state && !isComplete(state) ? { version: 1, kind: kind.value, seed: seed.value, session: state, scope: scope.value } : null

  function persist() {
    void progress.saveSession(stored(session.value)).catch(() => undefined)
  }

  function begin(nextKind: StudyKind, state: SessionState, nextSeed: number) {
    kind.value = nextKind
    scope.value = bank.scope()
    seed.value = nextSeed
    session.value = state
    feedback.value = null
    shownAt.value = clock()
    persist()
  }

  /**
   * The facts of a review session. A deck whose exam lies ahead is seen through the exam layer: its due dates
   * brought earlier by `examDue`, its day's new facts raised to the pace `examNewQuota` sets.
   */
  function scheduledItems(mode: SessionMode, length: number, rng: () => number) {
    const now = clock()
    const tz = timeZone()
    // The daily limit of new facts is per deck: over several decks, each deck's allowed new facts are picked first.
    const introduced = newIntroducedByDeck(progress.log(), now, tz)
    const { newPerDay, exams, requestRetention } = progress.settings()
    let cards = progress.cards()
    const limits = bank.groups().map((g) => {
      const today = introduced.get(g.deckId) ?? 0
      const exam = activeExam(exams[g.deckId], now, tz, requestRetention)
      if (!exam) return { ...g, limit: newPerDay, today }
      const ids = g.facts.map((f) => f.id)
      const limit = examNewQuota(exam, { notIntroduced: notIntroduced(ids, cards), newIntroducedToday: today, newPerDay })
      cards = cardsForExam(cards, ids, exam)
      return { ...g, limit, today }
    })
    const one = limits.length === 1 ? limits[0]! : undefined
    const facts = one ? one.facts : factsWithinDailyLimits(limits.map((g) => ({ facts: g.facts, newLeft: g.limit - g.today })), cards)
    const factIds = buildSession({
      facts,
      cards,
      now,
      timeZone: tz,
      newPerDay: one ? one.limit : facts.length,
      newIntroducedToday: one ? one.today : 0,
      length,
      mode,
      rng,
    })
    return { factIds, now }
  }

  /**
   * Cards due on each local day, for even days; the answered fact's own card is not counted. A day's count is a
   * pass over the cards, asked only for the few days of one answer's fuzz range.
   */
  function dueOn(factId: string, tz: string) {
    // Gathered on the first day asked: an answer whose range is one day (a learning step) asks none.
    let dues: number[] | undefined
    return (day: number) => {
      dues ??= [...progress.cards().values()].filter((c) => c.state !== 'new' && c.factId !== factId).map((c) => c.due)
      const start = startOfDayNumber(day, tz)
      const end = startOfDayNumber(day + 1, tz)
      let count = 0
      for (const due of dues) if (due >= start && due < end) count++
      return count
    }
  }

  /** Due facts first, most at risk first, then new ones up to the day's limit. */
  function startReview(mode: SessionMode = 'review', length = DEFAULT_SESSION_LENGTH) {
    const s = clock()
    const rng = createRng(s)
    const { factIds, now } = scheduledItems(mode, length, rng)
    begin('review', startSession(toSessionItems(factIds, bank.questionsByFact(), progress.cards(), rng), mode, now), s)
  }

  function startFlashcards(length = DEFAULT_SESSION_LENGTH) {
    const s = clock()
    const rng = createRng(s)
    const { factIds, now } = scheduledItems('review', length, rng)
    const items = factIds.filter((id) => bank.flashcard(id)).map((factId) => ({ factId, questionId: `${factId}:flashcard` }))
    begin('flashcards', startSession(items, 'review', now), s)
  }

  function startQuiz(choice: QuizChoice) {
    const s = clock()
    const items = buildQuiz({ questions: bank.questions(), count: choice.count, kinds: choice.kinds, topics: choice.topics, rng: createRng(s) })
    begin('quiz', startSession(items, choice.schedule ? 'review' : 'practice', clock()), s)
  }

  /** Picks up the stored unfinished session of this kind (and mode, when given), if it still fits the bank. */
  function resume(wanted: StudyKind, mode?: SessionMode): boolean {
    const stored = progress.savedSession()
    if (!isStoredStudy(stored) || isComplete(stored.session) || stored.kind !== wanted) return false
    if (mode && stored.session.mode !== mode) return false
    if (stored.scope !== undefined && stored.scope !== bank.scope()) return false
    const fits = stored.session.items.every((i) => bank.fact(i.factId) && (stored.kind === 'flashcards' || bank.question(i.questionId)))
    if (!fits) return false
    kind.value = stored.kind
    scope.value = bank.scope()
    seed.value = stored.seed
    session.value = stored.session
    feedback.value = null
    shownAt.value = clock()
    return true
  }

  /**
   * Records one answer. In review mode the log entry, the card and the session step are one transaction,
   * worked out inside it from the stored card; memory moves on only once it has committed. When it cannot
   * be recorded, the question stays on screen and `error` says so.
   */
  async function record(grade: Grade, outcome: AnsweredItem['outcome'], response: Response | undefined, result: GradeResult | null) {
    const state = session.value
    const current = item.value
    if (!state || !current || busy.value) return
    const now = clock()
    const answer = { grade, outcome, durationMs: now - shownAt.value, ...(response ? { response } : {}) }
    const deckId = bank.deckOf(current.factId)
    busy.value = true
    error.value = null
    let next: SessionState
    try {
      if (state.mode === 'practice') {
        next = answerItem(state, answer, undefined, getScheduler(), now, { id: '', deckId, retention: 0 }).state
        await progress.saveSession(stored(next)).catch(() => undefined)
      } else {
        const scheduler = getScheduler()
        const retention = scheduler.settings.requestRetention
        let computed: SessionState = state
        await progress.commitAnswer(deckId, current.factId, ({ card, lastEntryId }) => {
          const id = nextEntryId(lastEntryId, now, progress.entryDevice(), sequence++)
          const tz = timeZone()
          const out = answerItem(state, answer, card, scheduler, now, { id, deckId, retention, load: { dueOn: dueOn(current.factId, tz), timeZone: tz } })
          if (!out.write) throw new Error('a review answer wrote nothing')
          computed = out.state
          return { card: out.write.card, entry: out.write.entry, session: stored(out.state) }
        })
        next = computed
      }
    } catch {
      error.value = 'not-saved'
      return
    } finally {
      busy.value = false
    }
    session.value = next
    const answered = next.answers.at(-1)
    feedback.value = answered && kind.value !== 'flashcards' ? { answered, result } : null
    if (kind.value === 'flashcards') shownAt.value = now
    if (isComplete(next) && kind.value === 'flashcards') void finished()
  }

  /** Grades a question's response and schedules its fact (unless this is practice). */
  async function answer(response: Response) {
    if (!question.value || feedback.value) return
    const result = gradeResponse(question.value, response, { diacritics: progress.settings().diacritics })
    await record(result.grade, result.outcome, response, result)
  }

  /** A flashcard graded by the learner. */
  async function grade(g: Grade) {
    const { grade: chosen, outcome } = selfGrade(g)
    await record(chosen, outcome, undefined, null)
  }

  function next() {
    feedback.value = null
    shownAt.value = clock()
    if (session.value && isComplete(session.value)) void finished()
  }

  async function finished() {
    persist()
    if (progress.persistenceUnknown()) await progress.askPersistence().catch(() => undefined)
  }

  /** Takes back the last answer: the card, the log and the session are exactly as they were before it, in one transaction. */
  async function undo() {
    if (!session.value || busy.value) return
    const { state, restore } = undoLast(session.value)
    busy.value = true
    error.value = null
    try {
      if (restore) {
        await progress.undoAnswer({ deckId: bank.deckOf(restore.factId), ...restore, session: stored(state) })
      } else {
        await progress.saveSession(stored(state)).catch(() => undefined)
      }
    } catch {
      error.value = 'not-saved'
      return
    } finally {
      busy.value = false
    }
    session.value = state
    feedback.value = null
    shownAt.value = clock()
  }

  /** Next-interval label data for flashcard grade buttons. */
  function preview(factId: string) {
    const now = clock()
    const s = getScheduler()
    return s.preview(progress.cards().get(factId) ?? s.newCard(factId, now), now)
  }

  function abandon() {
    session.value = null
    feedback.value = null
    persist()
  }

  return {
    kind, scope, seed, session, feedback, item, question, done, summary, position, canUndo, error, busy,
    startReview, startFlashcards, startQuiz, resume, answer, grade, next, undo, preview, abandon,
  }
}
