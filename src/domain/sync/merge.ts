/**
 * What a sync pull changes in this device's progress, worked out in two parts so that the learner's answers never
 * wait for it:
 *
 * - `planMerge`, the long part: the answers new here, those undone where they were given, and the cards of their
 *   facts replayed from the merged log. It is a generator that yields every few hundred steps, so the caller can let
 *   the page answer, paint and commit in between; it reads a copy of the log and changes nothing.
 * - `finishMerge`, the short part, run in the write queue just before the merge is stored: the answers given here
 *   while the plan was worked out are taken into account (their facts' cards replayed again, an answer held twice
 *   dropped), so the cards stored are always the replay of the log stored.
 */
import { applyEntry, byId, type SchedulerFor } from '../progress/replay'
import { cardKey, type StoredCard } from '../progress/types'
import type { ReviewLogEntry } from '../scheduling/types'
import { rebuildTouched, touchedCards } from './docs'

export interface MergePlan {
  /** Incoming answers not held here and not undone, in id order. */
  entries: ReviewLogEntry[]
  /** Answers held here that were undone on the device that gave them. */
  gone: ReviewLogEntry[]
  /** The cards of the touched facts (keyed `deckId/factId`), replayed from the merged log. */
  cards: Map<string, StoredCard>
  /** The facts whose answers arrived or went (keys as above). */
  touched: Set<string>
}

/** What is stored: the answers added and removed, the cards rebuilt, the cards of facts left with no answer. */
export interface MergeWrite {
  entries: ReviewLogEntry[]
  removed: string[]
  cards: StoredCard[]
  dropCards: { deckId: string; factId: string }[]
}

/** Two runs of answers, each in id order, as one in id order (without sorting the whole again). */
export function mergeInOrder(a: readonly ReviewLogEntry[], b: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  const out: ReviewLogEntry[] = []
  for (let i = 0, j = 0; i < a.length || j < b.length;) out.push(j >= b.length || (i < a.length && byId(a[i]!, b[j]!) < 0) ? a[i++]! : b[j++]!)
  return out
}

/** Steps between two yields of the plan: a few hundred replays or look-ups, well under a millisecond. */
const STEPS = 200

const keyOf = (e: ReviewLogEntry) => cardKey(e.deckId, e.factId)

/**
 * The plan of a merge of `incoming` (and of `removed`, answers undone where they were given) into `log` (the
 * whole log held here, in id order). An answer both incoming and removed was undone: it is not added. Null when
 * nothing would change.
 */
export function* planMerge(
  log: readonly ReviewLogEntry[],
  incoming: readonly ReviewLogEntry[],
  removed: readonly string[],
  schedulerFor: SchedulerFor,
): Generator<void, MergePlan | null> {
  const undone = new Set(removed)
  const have = new Set<string>()
  const gone: ReviewLogEntry[] = []
  for (const [i, e] of log.entries()) {
    have.add(e.id)
    if (undone.has(e.id)) gone.push(e)
    if (i % (STEPS * 10) === 0) yield
  }
  const fresh = new Map<string, ReviewLogEntry>()
  for (const e of incoming) if (!have.has(e.id) && !undone.has(e.id)) fresh.set(e.id, e)
  if (fresh.size === 0 && gone.length === 0) return null
  const entries = [...fresh.values()].sort(byId)
  const touched = touchedCards([...entries, ...gone])
  yield
  // The touched facts' answers in the merged log, in id order: the log's (less those undone) and the new ones.
  const kept = log.filter((e) => touched.has(keyOf(e)) && !undone.has(e.id))
  yield
  const replayed = mergeInOrder(kept, entries)
  const cards = new Map<string, StoredCard>()
  for (const [i, entry] of replayed.entries()) {
    const key = keyOf(entry)
    const next = applyEntry(cards.get(key), entry, schedulerFor)
    if (next) cards.set(key, { ...next, deckId: entry.deckId })
    if (i % STEPS === STEPS - 1) yield
  }
  return { entries, gone, cards, touched }
}

/**
 * A plan cut into parts of whole facts, each with at most `size` answers to add or remove unless one fact alone
 * has more. A card depends only on its own fact's answers, so after each part is stored, every card is still the
 * replay of the log stored: the parts can be stored in transactions of their own, with answers between them.
 */
export function splitPlan(plan: MergePlan, size: number): MergePlan[] {
  const byFact = new Map<string, { entries: ReviewLogEntry[]; gone: ReviewLogEntry[] }>()
  const of = (key: string) => byFact.get(key) ?? byFact.set(key, { entries: [], gone: [] }).get(key)!
  for (const e of plan.entries) of(keyOf(e)).entries.push(e)
  for (const e of plan.gone) of(keyOf(e)).gone.push(e)
  const parts: MergePlan[] = []
  let part: MergePlan | undefined
  let count = 0
  for (const [key, answers] of byFact) {
    const n = answers.entries.length + answers.gone.length
    if (!part || count + n > size) {
      part = { entries: [], gone: [], cards: new Map(), touched: new Set() }
      parts.push(part)
      count = 0
    }
    count += n
    part.entries.push(...answers.entries)
    part.gone.push(...answers.gone)
    part.touched.add(key)
    const card = plan.cards.get(key)
    if (card) part.cards.set(key, card)
  }
  for (const p of parts) p.entries.sort(byId)
  return parts
}

/** Runs a plan to its end at once (in tests, and where there is nothing to let through). */
export function runPlan<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next()
    if (step.done) return step.value
  }
}

/**
 * The write of a plan, given the log as it is now: the plan's log (`log` in id order) with `added`, the answers
 * committed here since the plan began, at its end. Their facts' cards are replayed again from the merged log; an
 * answer added here and also incoming is stored once. A fact left with no answer loses its card; one whose answers
 * are all of a legacy format keeps its own (no card is rebuilt for it).
 */
export function finishMerge(plan: MergePlan, log: readonly ReviewLogEntry[], added: readonly ReviewLogEntry[], schedulerFor: SchedulerFor): MergeWrite {
  const addedIds = new Set(added.map((e) => e.id))
  const entries = plan.entries.filter((e) => !addedIds.has(e.id))
  const { gone } = plan
  const goneIds = new Set(gone.map((e) => e.id))
  const cards = new Map(plan.cards)
  // The facts the plan replayed that were answered here since: replayed again.
  const again = new Set([...touchedCards(added)].filter((key) => plan.touched.has(key)))
  const merged = again.size > 0 || gone.length > 0 ? [...log.filter((e) => !goneIds.has(e.id)), ...entries] : []
  if (again.size > 0) {
    for (const key of again) cards.delete(key)
    for (const [key, card] of rebuildTouched(merged, again, schedulerFor)) cards.set(key, card)
  }
  let dropCards: MergeWrite['dropCards'] = []
  if (gone.length > 0) {
    const answered = new Set(merged.map(keyOf))
    const dropped = new Map(gone.filter((e) => !answered.has(keyOf(e))).map((e) => [keyOf(e), { deckId: e.deckId, factId: e.factId }]))
    dropCards = [...dropped.values()]
  }
  return { entries, removed: [...goneIds], cards: [...cards.values()], dropCards }
}
