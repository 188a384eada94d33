/**
 * Which question a fact gets: recognition while the memory is young, recall once it holds.
 *
 * - recognition (mcq, true-false, matching, timeline): new, learning or relearning facts, and facts
 *   with stability under 3 days, i.e. the learner may well not recall them unaided yet;
 * - cloze: stability from 3 to 21 days — the sentence gives context, the learner supplies the word;
 * - recall (typed, list): stability above 21 days — the fact should come back with no cue.
 * A stage with no question of its kinds falls back to the next easier one (recall → cloze →
 * recognition), and recognition, if a fact has none, to the next harder one.
 *
 * Within a stage the kind is chosen first, then a question of that kind, so a fact with two true/false
 * statements and one multiple choice is not asked true/false two times in three. A fact met for the
 * first time (no card, or a new one) is shown with its options where it has any (multiple choice,
 * matching, timeline): a lone statement to judge teaches less on first sight, and a first session
 * of new facts would otherwise be mostly true/false.
 *
 * A struggling fact (`domain/struggling.ts`: forgotten four times or more and not recovered) is asked like a
 * fact met for the first time, whatever its stability: recognition, with its options shown. Re-learning it
 * needs the right answer in front of the learner again, not another failed recall; the question screen also
 * shows its sentence first.
 */
import type { Question, QuestionKind } from '../bank/types'
import { pick, type Rng } from '../random'
import type { MemoryCard } from '../scheduling/types'
import { isStruggling } from '../struggling'

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

/** Kinds that show the learner the options to choose from: preferred for a fact met for the first time, or struggling. */
export const FIRST_SIGHT_KINDS: readonly QuestionKind[] = ['mcq', 'matching', 'timeline']

const isFirstSight = (card: MemoryCard | undefined) => !card || card.state === 'new'

/** A kind at random among those present, then a question of that kind at random. */
function pickByKind(candidates: readonly Question[], rng: Rng): Question | undefined {
  const kind = pick([...new Set(candidates.map((q) => q.kind))], rng)
  return pick(candidates.filter((q) => q.kind === kind), rng)
}

/** A question for one fact, chosen at random among the kinds of its stage; undefined if none. */
export function pickQuestion(questions: readonly Question[], card: MemoryCard | undefined, rng: Rng): Question | undefined {
  const struggling = isStruggling(card)
  for (const stage of FALLBACK[struggling ? 'recognition' : formatStage(card)]) {
    const kinds = STAGE_KINDS[stage]
    let candidates = questions.filter((q) => kinds.includes(q.kind))
    if (stage === 'recognition' && (struggling || isFirstSight(card))) {
      const shown = candidates.filter((q) => FIRST_SIGHT_KINDS.includes(q.kind))
      if (shown.length) candidates = shown
    }
    if (candidates.length) return pickByKind(candidates, rng)
  }
  return undefined
}
