/** What every question module receives: a curated fact, its resolved place in the article, and an rng. */
import { normalizeAnswer } from '../../src/domain/answer/normalize'
import { createRng, type Rng } from '../../src/domain/random'
import type { Fact, Sentence } from '../../src/domain/bank/types'
import type { CuratedFact } from './curated'
import { CO_REFERENTS, SAME_NAME, STANDS_FOR } from './pools'

export interface FactContext {
  curated: CuratedFact
  fact: Fact
  /** The sentence the fact's quote sits in. */
  sentence: Sentence
  sentences: readonly Sentence[]
  /** The article's whole text. */
  article: string
  /**
   * The forms accepted for an answer of this fact: the same in every item of the fact that has this
   * answer (the union of what the curator gave for it anywhere in the fact), plus the other names.
   */
  acceptedFor: (answer: string) => string[]
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

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)

/** Where `span` occurs in `text` with no letter or digit touching it on either side. */
export function wordOccurrences(text: string, span: string): number[] {
  const hits: number[] = []
  for (let at = text.indexOf(span); at !== -1; at = text.indexOf(span, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + span.length])) hits.push(at)
  }
  return hits
}

/** Whole-word occurrences of any of `names` in `text`, ignoring case; longer names win where they overlap. */
function nameHits(text: string, names: readonly string[]): { at: number; length: number }[] {
  const lower = text.toLocaleLowerCase('vi')
  const found: { at: number; length: number }[] = []
  for (const name of [...names].sort((a, b) => b.length - a.length)) {
    for (const at of wordOccurrences(lower, name.toLocaleLowerCase('vi'))) {
      const end = at + name.length
      if (!found.some((f) => at < f.at + f.length && f.at < end)) found.push({ at, length: name.length })
    }
  }
  return found
}

const MAX_FORMS = 120

/**
 * Every form accepted for `answer`: the curator's own `extra` forms, and each of them with any name in it
 * replaced by another name of the same thing (`SAME_NAME`) or, for a city that stands for its country, by
 * the country (`STANDS_FOR`). The answer itself is not repeated. Deterministic and structural: two items
 * with the same answer and the same extra forms accept exactly the same things.
 */
export function acceptedForms(answer: string, extra: readonly string[] = []): string[] {
  const seen = new Set<string>([norm(answer)])
  const out: string[] = []
  const queue = [answer]
  const add = (form: string) => {
    const key = norm(form)
    if (!key || seen.has(key) || seen.size >= MAX_FORMS) return
    seen.add(key)
    out.push(form)
    queue.push(form)
  }
  for (const form of extra) add(form)
  for (let i = 0; i < queue.length; i++) {
    const text = queue[i] as string
    for (const group of SAME_NAME) {
      for (const hit of nameHits(text, group)) {
        for (const other of group) add(text.slice(0, hit.at) + other + text.slice(hit.at + hit.length))
      }
    }
    for (const [city, country] of STANDS_FOR) {
      for (const hit of nameHits(text, [city])) add(text.slice(0, hit.at) + country + text.slice(hit.at + hit.length))
    }
  }
  if (seen.size >= MAX_FORMS) throw new GeneratorError(`"${answer}": more than ${MAX_FORMS} accepted forms`)
  return out
}

/** Every answer a curated fact types or blanks, with the extra forms the curator gave it, merged by answer. */
export function factAccepted(curated: CuratedFact): (answer: string) => string[] {
  const extras = new Map<string, string[]>()
  const note = (answer: string | undefined, accepted: readonly string[] = []) => {
    if (answer === undefined) return
    const key = norm(answer)
    extras.set(key, [...(extras.get(key) ?? []), ...accepted])
  }
  const ask = curated.ask
  if (ask) {
    note(ask.answer, ask.accepted)
    if (typeof ask.typed === 'object') note(ask.typed.answer ?? ask.answer, ask.typed.accepted)
  }
  if (curated.cloze) note(curated.cloze.span, curated.cloze.accepted)
  for (const item of curated.list?.items ?? []) note(item.answer, item.accepted)
  return (answer) => acceptedForms(answer, extras.get(norm(answer)) ?? [])
}
