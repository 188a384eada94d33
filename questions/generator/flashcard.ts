import type { Flashcard } from '../../src/domain/bank/types'
import { GeneratorError, type FactContext } from './context'

/** The flashcard face: a question on the front, the fact and its sentence on the back. */
export function flashcard({ curated, fact }: FactContext): Flashcard {
  const ask = curated.ask && !curated.ask.negated ? curated.ask : undefined
  const front =
    curated.front ?? ask?.prompt ?? curated.list?.prompt ?? curated.sequence?.prompt ?? curated.pairs?.prompt
  if (!front) throw new GeneratorError(`${fact.id}: no flashcard front`)
  return { factId: fact.id, front, back: fact.statement, quote: fact.quote }
}
