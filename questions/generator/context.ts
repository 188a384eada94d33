/** What every question module receives: a curated fact, its resolved place in the article, and an rng. */
import { normalizeAnswer } from '../../src/domain/answer/normalize'
import { createRng, type Rng } from '../../src/domain/random'
import type { Fact, Sentence } from '../../src/domain/bank/types'
import type { CuratedFact } from './curated'
import { CO_REFERENTS } from './pools'

export interface FactContext {
  curated: CuratedFact
  fact: Fact
  /** The sentence the fact's quote sits in. */
  sentence: Sentence
  sentences: readonly Sentence[]
  /** An rng of its own per question id, so adding a fact never reshuffles another fact's options. */
  rngFor: (questionId: string) => Rng
}

export class GeneratorError extends Error {
  override name = 'GeneratorError'
}

export function makeRngFor(seed: string | number): (questionId: string) => Rng {
  return (questionId) => createRng(`${seed}|${questionId}`)
}

export const norm = (text: string): string => normalizeAnswer(text)

/** The answer, its accepted forms, its exclusions and every co-referent of any of them, normalised. */
export function answerAliases(answer: string, accepted: readonly string[] = [], exclude: readonly string[] = []): Set<string> {
  const out = new Set([answer, ...accepted, ...exclude].map(norm))
  for (const group of CO_REFERENTS) {
    const keys = group.map(norm)
    if (keys.some((k) => out.has(k))) keys.forEach((k) => out.add(k))
  }
  return out
}

/** Where `span` occurs in `text` with no letter or digit touching it on either side. */
export function wordOccurrences(text: string, span: string): number[] {
  const hits: number[] = []
  const isWord = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)
  for (let at = text.indexOf(span); at !== -1; at = text.indexOf(span, at + 1)) {
    if (!isWord(text[at - 1]) && !isWord(text[at + span.length])) hits.push(at)
  }
  return hits
}
