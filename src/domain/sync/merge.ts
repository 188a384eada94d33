/**
 * What a sync pull changes in this device's progress, worked out in two parts so that the learner's answers never
 * wait for it:
 *
 * - `planMerge`, the long part: the answers new here, those undone where they were given, and the cards of their
 *   facts replayed from the merged log. It is a generator that yields after every replay and every few thousand
 *   look-ups, so the caller can let the page answer, paint and commit in between; it reads a copy of the log and
 *   changes nothing.
 * - `finishMerge`, the short part, run just before each part of the merge is stored: the answers given here while
 *   the plan was worked out are taken into account (their facts' cards played on from the plan's, or replayed
 *   again; an answer held twice dropped), so the cards stored are always the replay of the log stored.
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
  /** For each card, the id of the last answer it replays (keys as above). */
  through: Map<string, string>
}

/** A plan as `planMerge` gives it: with each touched fact's answers in the merged log, for `splitPlan`. */
export interface FullPlan extends MergePlan {
  /** The touched facts' answers in the merged log, in id order (keys as above). */
  answers: Map<string, ReviewLogEntry[]>
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

/**
 * `b` merged into `a` (each in id order) in place, in the order `mergeInOrder` gives: filled from the back, so no
 * copy of `a` is made. A merge's part adds a few answers to a log of thousands; a copy per part was most of what the
 * page allocated during a sync, and so of its pauses for garbage collection. Each of `b`'s answers finds its place
 * by a binary search, and the answers of `a` after it move up in one loop without being compared: a part's answers
 * land anywhere in the log (another device's answers of months ago), and comparing every answer after them, part
 * after part, was the page's busiest function during a sync.
 */
export function mergeInto(a: ReviewLogEntry[], b: readonly ReviewLogEntry[]): ReviewLogEntry[] {
  let end = a.length
  for (const entry of b) a.push(entry)
  for (let j = b.length - 1; j >= 0; j--) {
    const entry = b[j]!
    // The first of a[0, end) not before `entry`: it and those after it go after `entry` (as in `mergeInOrder`).
    let low = 0
    let high = end
    while (low < high) {
      const mid = (low + high) >>> 1
      if (byId(a[mid]!, entry) < 0) low = mid + 1
      else high = mid
    }
    for (let k = end - 1; k >= low; k--) a[k + j + 1] = a[k]!
    a[low + j] = entry
    end = low
  }
  return a
}

/**
 * Look-ups between two yields of the plan, well under a millisecond. A replay yields each time: one takes about
 * 15 µs in Node here, far more on the page of a device busy with a sync, where a few hundred made tasks of 50 ms.
 */
const STEPS = 2000

/** The most parts a fact's new answers are stored in (see `splitPlan`). */
const SPREAD = 4

const keyOf = (e: ReviewLogEntry) => cardKey(e.deckId, e.factId)

/** The card after `entry` as stored (with its deck), given the card before it; unchanged by an entry of a legacy format. */
function played(card: StoredCard | undefined, entry: ReviewLogEntry, schedulerFor: SchedulerFor): StoredCard | undefined {
  const next = applyEntry(card, entry, schedulerFor)
  return next ? { ...next, deckId: entry.deckId } : card
}

/** Adds `value` to the list of `key`. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

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
): Generator<void, FullPlan | null> {
  const undone = new Set(removed)
  const have = new Set<string>()
  const gone: ReviewLogEntry[] = []
  for (const [i, e] of log.entries()) {
    have.add(e.id)
    if (undone.has(e.id)) gone.push(e)
    if (i % STEPS === 0) yield
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
  const through = new Map<string, string>()
  const answers = new Map<string, ReviewLogEntry[]>()
  for (const entry of replayed) {
    const key = keyOf(entry)
    const next = played(cards.get(key), entry, schedulerFor)
    if (next) cards.set(key, next)
    through.set(key, entry.id)
    pushTo(answers, key, entry)
    yield
  }
  return { entries, gone, cards, touched, through, answers }
}

/**
 * A plan cut into parts of at most `size` answers to add or remove. Each part holds, for each fact in it, the card
 * of a replay of the log as it stands once the part is stored: a fact's new answers may span several parts, in id
 * order, and the card stored with each is the replay of the answers held then (the fact's answers here, less those
 * undone, and its new answers stored so far). So the parts can be stored in transactions of their own, with
 * answers between them, and every card is still the replay of the log stored after each.
 *
 * A generator, like `planMerge`: the cards of a fact cut in several parts are replayed here, and each such card
 * replays the fact's answers held here that come after the part's. So a fact's new answers go in `spread` parts
 * at most (bigger ones when it has many): the replays stay a few times the fact's answers. A fact's undone answers
 * go together, with its first part (alone in it when there are more than `size`).
 */
export function* splitPlan(
  plan: FullPlan,
  size: number,
  schedulerFor: SchedulerFor,
  spread = SPREAD,
): Generator<void, MergePlan[]> {
  const byFact = new Map<string, { entries: ReviewLogEntry[]; gone: ReviewLogEntry[] }>()
  const of = (key: string) => byFact.get(key) ?? byFact.set(key, { entries: [], gone: [] }).get(key)!
  for (const e of plan.entries) of(keyOf(e)).entries.push(e)
  for (const e of plan.gone) of(keyOf(e)).gone.push(e)
  const parts: MergePlan[] = []
  let part: MergePlan | undefined
  let count = 0
  type Card = StoredCard | undefined
  const put = (key: string, entries: readonly ReviewLogEntry[], gone: readonly ReviewLogEntry[], card: Card, last: string | undefined) => {
    const n = entries.length + gone.length
    if (!part || count + n > size) {
      part = { entries: [], gone: [], cards: new Map(), touched: new Set(), through: new Map() }
      parts.push(part)
      count = 0
    }
    count += n
    part.entries.push(...entries)
    part.gone.push(...gone)
    part.touched.add(key)
    if (card) part.cards.set(key, card)
    if (last) part.through.set(key, last)
  }
  for (const [key, { entries, gone }] of byFact) {
    // The undone answers go with the first part of their fact; the new ones follow, `step` at a time.
    const step = Math.max(size, Math.ceil((entries.length + gone.length) / spread))
    const first = Math.max(step - gone.length, 0)
    if (entries.length <= first) {
      put(key, entries, gone, plan.cards.get(key), plan.through.get(key))
      continue
    }
    const ends = [first]
    while (ends.at(-1)! + step < entries.length) ends.push(ends.at(-1)! + step)
    // The fact's merged answers replayed once, up to the last new answer of each part but the last; from there,
    // the answers held here that come later (already stored) are replayed on a copy: the card once the part is in.
    const fresh = new Set(entries.map((e) => e.id))
    let card: Card
    let last: string | undefined
    let taken = 0
    let at = 0
    const sequence = plan.answers.get(key) ?? []
    for (const [j, end] of ends.entries()) {
      for (; taken < end; at++) {
        const entry = sequence[at]!
        if (fresh.has(entry.id)) taken++
        card = played(card, entry, schedulerFor)
        last = entry.id
        yield
      }
      let then = card
      let thenLast = last
      for (let k = at; k < sequence.length; k++) {
        if (fresh.has(sequence[k]!.id)) continue
        then = played(then, sequence[k]!, schedulerFor)
        thenLast = sequence[k]!.id
        yield
      }
      put(key, entries.slice(j === 0 ? 0 : ends[j - 1]!, end), j === 0 ? gone : [], then, thenLast)
    }
    put(key, entries.slice(ends.at(-1)!), [], plan.cards.get(key), plan.through.get(key))
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
 * committed here since the plan began, at its end. Their facts' cards are replayed again: from the plan's card,
 * when every such answer comes after all it replays (an answer just given, the usual case), else from the merged
 * log. An answer added here and also incoming is stored once. A fact left with no answer loses its card; one whose
 * answers are all of a legacy format keeps its own (no card is rebuilt for it).
 */
export function finishMerge(plan: MergePlan, log: readonly ReviewLogEntry[], added: readonly ReviewLogEntry[], schedulerFor: SchedulerFor): MergeWrite {
  const addedIds = new Set(added.map((e) => e.id))
  const entries = plan.entries.filter((e) => !addedIds.has(e.id))
  const { gone } = plan
  const goneIds = new Set(gone.map((e) => e.id))
  const cards = new Map(plan.cards)
  // The facts the plan replayed that were answered here since: their answers since played on from the plan's card,
  // or the fact replayed again.
  const again = new Set<string>()
  const since = new Map<string, ReviewLogEntry[]>()
  for (const e of added) if (plan.touched.has(keyOf(e))) pushTo(since, keyOf(e), e)
  for (const [key, answers] of since) {
    const card = cards.get(key)
    const last = plan.through.get(key)
    if (!card || !last || answers.some((e) => e.id <= last)) {
      again.add(key)
      continue
    }
    cards.set(key, answers.reduce<StoredCard>((next, e) => played(next, e, schedulerFor)!, card))
  }
  // The answers of those facts and of the facts of answers undone, in the merged log (not the whole log copied).
  const keys = new Set([...again, ...gone.map(keyOf)])
  const merged: ReviewLogEntry[] = []
  if (keys.size > 0) for (const list of [log, entries]) for (const e of list) if (keys.has(keyOf(e)) && !goneIds.has(e.id)) merged.push(e)
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
