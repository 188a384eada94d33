import { shuffle } from '../../src/domain/random'
import type { McqQuestion } from '../../src/domain/bank/types'
import { answerAliases, GeneratorError, norm, type FactContext } from './context'
import { POOLS } from './pools'

/** Multiple choice: the answer and three wrong options of the same kind, in a seeded order. */
export function mcqQuestion({ curated, fact, rngFor }: FactContext): McqQuestion | undefined {
  const ask = curated.ask
  if (!ask || ask.mcq === false) return undefined
  const id = `${fact.id}:mcq`
  const rng = rngFor(id)
  const aliases = answerAliases(ask.answer, ask.accepted, ask.exclude)
  const candidates = ask.distractors ?? (ask.pool ? POOLS[ask.pool].filter((d) => !aliases.has(norm(d))) : [])
  for (const d of candidates) {
    if (aliases.has(norm(d))) throw new GeneratorError(`${id}: wrong option "${d}" is the answer or an alias of it`)
  }
  if (new Set(candidates.map(norm)).size !== candidates.length) throw new GeneratorError(`${id}: repeated wrong options`)
  if (candidates.length < 3) throw new GeneratorError(`${id}: needs three wrong options, has ${candidates.length}`)
  const wrong = candidates.length === 3 ? candidates : shuffle(candidates, rng).slice(0, 3)
  const options = shuffle([ask.answer, ...wrong], rng)
  return {
    id,
    kind: 'mcq',
    factId: fact.id,
    topic: fact.topic,
    sentenceIndex: fact.sentenceIndex,
    prompt: ask.prompt,
    options,
    answerIndex: options.indexOf(ask.answer),
    ...(ask.negated ? { negated: true } : {}),
  }
}
