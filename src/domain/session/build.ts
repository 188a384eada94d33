/**
 * Choosing and ordering the facts of a session.
 *
 * Review: facts due before the learner's day ends, most at risk first (lowest retrievability), then
 * new facts up to what is left of the daily limit. Practice (cramming before an exam): due facts, then
 * the weakest of the rest, then new facts, with no daily limit, since practice never touches the
 * schedule. Each group is interleaved by topic. A fact appears at most once, so two questions about the
 * same fact never share a session.
 *
 * Cost: one pass over the cards with a bounded heap, O(n log length): no sort of the whole collection,
 * no Math.pow per card (the risk key is monotone in retrievability), and the fact list is scanned only
 * until the day's new facts are found. The fact list is indexed once per array (it is the bank's, and
 * does not change while the app runs).
 */
import type { Question, Topic } from '../bank/types'
import { shuffle, type Rng } from '../random'
import type { MemoryCard } from '../scheduling/types'
import { isStruggling } from '../struggling'
import { endOfLocalDay } from '../time'
import { pickQuestion } from './format'
import { BoundedMinSelector } from './heap'
import type { SessionItem, SessionMode } from './types'

export interface SessionFact {
  id: string
  topic: Topic
}

export interface BuildSessionOptions {
  facts: readonly SessionFact[]
  cards: ReadonlyMap<string, MemoryCard>
  now: number
  timeZone: string
  newPerDay: number
  /** New facts already met today (see `newIntroducedOnDay`). */
  newIntroducedToday: number
  /** Most facts in the session. */
  length: number
  mode: SessionMode
  rng: Rng
  /** Only these topics, when given and not empty. */
  topics?: readonly Topic[]
}

// A bank's fact list does not change while the app runs: index it once per array, by id.
const indexes = new WeakMap<readonly SessionFact[], { length: number; byId: Map<string, SessionFact> }>()

function factIndex(facts: readonly SessionFact[]): Map<string, SessionFact> {
  let entry = indexes.get(facts)
  if (!entry || entry.length !== facts.length) {
    const byId = new Map<string, SessionFact>()
    for (const f of facts) if (!byId.has(f.id)) byId.set(f.id, f)
    entry = { length: facts.length, byId }
    indexes.set(facts, entry)
  }
  return entry.byId
}

const whole = (n: number) => (Number.isFinite(n) ? Math.max(0, Math.floor(n)) : 0)

/**
 * Reorders so that no two neighbours share a topic where that can be avoided, keeping the given
 * priority otherwise: at each step the first item of another topic is taken, unless one topic has so
 * many items left that it must be placed now to stay separable.
 */
export function interleaveByTopic<T extends SessionFact>(items: readonly T[], previousTopic?: Topic): T[] {
  const remaining = items.slice()
  const counts = new Map<Topic, number>()
  for (const it of remaining) counts.set(it.topic, (counts.get(it.topic) ?? 0) + 1)
  const out: T[] = []
  let prev = previousTopic
  while (remaining.length) {
    const n = remaining.length
    let forced: Topic | undefined
    for (const [topic, c] of counts) if (topic !== prev && 2 * c > n) forced = topic
    let index = forced !== undefined
      ? remaining.findIndex((it) => it.topic === forced)
      : remaining.findIndex((it) => it.topic !== prev)
    if (index === -1) index = 0
    const [chosen] = remaining.splice(index, 1) as [T]
    counts.set(chosen.topic, counts.get(chosen.topic)! - 1)
    out.push(chosen)
    prev = chosen.topic
  }
  return out
}

/** The ordered fact ids of a session. */
export function buildSession(options: BuildSessionOptions): string[] {
  const { facts, cards, now, mode, rng } = options
  const length = whole(options.length)
  if (length === 0) return []
  const topics = options.topics && options.topics.length ? new Set(options.topics) : undefined
  const dayEnd = endOfLocalDay(now, options.timeZone)
  const newLimit = mode === 'practice' ? length : Math.min(length, whole(options.newPerDay - options.newIntroducedToday))

  const index = factIndex(facts)
  const allowed = (id: string): SessionFact | undefined => {
    const fact = index.get(id)
    return fact && (!topics || topics.has(fact.topic)) ? fact : undefined
  }

  // Reviewed cards: iterating the map's values avoids a hash lookup per fact, and the fact index is
  // consulted only for the few cards that would enter the heap.
  const due = new BoundedMinSelector<SessionFact>(length)
  const weak = new BoundedMinSelector<SessionFact>(mode === 'practice' ? length : 0)
  for (const card of cards.values()) {
    if (card.state === 'new') continue
    const isDue = card.due < dayEnd
    const selector = isDue ? due : weak
    // R = (1 + F·t/S)^−decay falls as t/S grows, so −t/S orders like R without a Math.pow per card.
    const risk = card.lastReview === undefined || !(card.stability > 0) ? -Infinity : -(now - card.lastReview) / card.stability
    if (!selector.accepts(risk, card.due)) continue
    const fact = allowed(card.factId)
    if (fact) selector.offer(fact, risk, card.due)
  }

  // New facts in bank order; the scan stops once the day's batch is full.
  const fresh: SessionFact[] = []
  for (let i = 0; i < facts.length && fresh.length < newLimit; i++) {
    const fact = facts[i] as SessionFact
    if (topics && !topics.has(fact.topic)) continue
    const card = cards.get(fact.id)
    if ((!card || card.state === 'new') && index.get(fact.id) === fact) fresh.push(fact)
  }

  const dueOrder = interleaveByTopic(due.sorted())
  const out = dueOrder.slice()
  if (mode === 'practice' && out.length < length) {
    out.push(...interleaveByTopic(weak.sorted().slice(0, length - out.length), out.at(-1)?.topic))
  }
  if (out.length < length && fresh.length) {
    // New facts are taken in bank order (the article's order); within the day's batch they are shuffled.
    const batch = shuffle(fresh.slice(0, length - out.length), rng)
    out.push(...interleaveByTopic(batch, out.at(-1)?.topic))
  }
  // Ids are unique in a bank; a duplicate slipping in must still not give a fact two questions.
  const ids = new Set<string>()
  for (const f of out) ids.add(f.id)
  return [...ids]
}

/**
 * One question per fact, chosen by `pickQuestion` from the fact's memory state. Facts with no
 * question are skipped. A struggling fact's item says so, so the screen can show its sentence first.
 */
export function toSessionItems(
  factIds: readonly string[],
  questionsByFact: ReadonlyMap<string, readonly Question[]>,
  cards: ReadonlyMap<string, MemoryCard>,
  rng: Rng,
): SessionItem[] {
  const items: SessionItem[] = []
  const seen = new Set<string>()
  for (const factId of factIds) {
    if (seen.has(factId)) continue
    seen.add(factId)
    const card = cards.get(factId)
    const q = pickQuestion(questionsByFact.get(factId) ?? [], card, rng)
    if (q) items.push(isStruggling(card) ? { factId, questionId: q.id, struggling: true } : { factId, questionId: q.id })
  }
  return items
}

/** Groups a bank's questions by fact, for `toSessionItems`. */
export function questionsByFact(questions: readonly Question[]): Map<string, Question[]> {
  const map = new Map<string, Question[]>()
  for (const q of questions) {
    const list = map.get(q.factId)
    if (list) list.push(q)
    else map.set(q.factId, [q])
  }
  return map
}
