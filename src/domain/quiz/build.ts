import type { Question, QuestionKind, Topic } from '../bank/types'
import { shuffle, type Rng } from '../random'
import type { SessionItem } from '../session/types'

export interface QuizOptions {
  questions: readonly Question[]
  /** How many questions; fewer when the filters leave fewer facts. */
  count: number
  /** Only these kinds; all kinds when empty. */
  kinds: readonly QuestionKind[]
  /** Only these topics; all topics when empty. */
  topics: readonly Topic[]
  rng: Rng
}

/**
 * A test of the learner's choosing: random facts among the chosen topics, each asked once, in a kind
 * the learner chose (one question per fact, so no fact is asked twice in one quiz).
 */
export function buildQuiz({ questions, count, kinds, topics, rng }: QuizOptions): SessionItem[] {
  const kindSet = new Set(kinds)
  const topicSet = new Set(topics)
  const byFact = new Map<string, Question[]>()
  for (const q of questions) {
    if (kindSet.size > 0 && !kindSet.has(q.kind)) continue
    if (topicSet.size > 0 && !topicSet.has(q.topic)) continue
    const list = byFact.get(q.factId)
    if (list) list.push(q)
    else byFact.set(q.factId, [q])
  }
  const wanted = Number.isFinite(count) ? Math.max(0, Math.floor(count)) : 0
  const facts = shuffle([...byFact.keys()], rng).slice(0, wanted)
  return facts.map((factId) => {
    const options = byFact.get(factId) ?? []
    const question = options[Math.floor(rng() * options.length)] ?? options[0]
    return { factId, questionId: question?.id ?? '' }
  })
}

/** How many facts the filters leave, for the count picker's maximum. */
export function quizCapacity(questions: readonly Question[], kinds: readonly QuestionKind[], topics: readonly Topic[]): number {
  const kindSet = new Set(kinds)
  const topicSet = new Set(topics)
  const facts = new Set<string>()
  for (const q of questions) {
    if ((kindSet.size === 0 || kindSet.has(q.kind)) && (topicSet.size === 0 || topicSet.has(q.topic))) facts.add(q.factId)
  }
  return facts.size
}
