/**
 * Which question a fact gets: recognition while the memory is young, recall once it holds.
 *
 * - recognition (mcq, true-false, matching, timeline): new, learning or relearning facts, and facts
 *   with stability under 3 days, i.e. the learner may well not recall them unaided yet;
 * - cloze: stability from 3 to 21 days — the sentence gives context, the learner supplies the word;
 * - recall (typed, list): stability above 21 days — the fact should come back with no cue.
 * A stage with no question of its kinds falls back to the next easier one (recall → cloze →
 * recognition), and recognition, if a fact has none, to the next harder one.
 */
import type { Question, QuestionKind } from '../bank/types'
import { pick, type Rng } from '../random'
import type { MemoryCard } from '../scheduling/types'

export type FormatStage = 'recognition' | 'cloze' | 'recall'

export const CLOZE_FROM_STABILITY_DAYS = 3
export const RECALL_FROM_STABILITY_DAYS = 21

const STAGE_KINDS: Record<FormatStage, readonly QuestionKind[]> = {
  recognition: ['mcq', 'true-false', 'matching', 'timeline'],
  cloze: ['cloze'],
  recall: ['typed', 'list'],
}

const FALLBACK: Record<FormatStage, readonly FormatStage[]> = {
  recognition: ['recognition', 'cloze', 'recall'],
  cloze: ['cloze', 'recognition', 'recall'],
  recall: ['recall', 'cloze', 'recognition'],
}

export function formatStage(card: MemoryCard | undefined): FormatStage {
  if (!card || card.state !== 'review' || !(card.stability >= CLOZE_FROM_STABILITY_DAYS)) return 'recognition'
  return card.stability > RECALL_FROM_STABILITY_DAYS ? 'recall' : 'cloze'
}

/** A question for one fact, chosen at random among the kinds of its stage; undefined if none. */
export function pickQuestion(questions: readonly Question[], card: MemoryCard | undefined, rng: Rng): Question | undefined {
  for (const stage of FALLBACK[formatStage(card)]) {
    const kinds = STAGE_KINDS[stage]
    const candidates = questions.filter((q) => kinds.includes(q.kind))
    if (candidates.length) return pick(candidates, rng)
  }
  return undefined
}
