/**
 * The generator: text → sentences → names and roles → candidate facts → chosen facts → questions.
 *
 * `generateSteps` is a generator function that yields progress between sentences, so a worker can post
 * it (and stay responsive to a cancel message) while a long text is read; `generateDeck` runs it to the
 * end in one call. Both are pure: the same input and seed give the same deck.
 */
import type { Flashcard } from '../bank/types'
import { analyseSentence, type Analysis, collectCaseEvidence, tokenizeAll } from './analyse'
import type { Candidate } from './candidates'
import { abbreviationCandidates, definitionCandidates, listCandidates, officeCandidates, placeCandidates } from './extract-names'
import { countCandidates, timeCandidates } from './extract-numbers'
import { type BuildContext, buildItems, type OfficeLabel } from './items'
import { buildRegistry, type Registry } from './registry'
import { resolveReferents } from './referents'
import { selectCandidates, textSubject } from './select'
import { splitSentences } from './sentences'
import type {
  GeneratedFact,
  GeneratedQuestion,
  GenerateInput,
  GenerateOptions,
  GenerateProgress,
  GenerateResult,
} from './types'
import { GENERATOR_VERSION } from './types'
import { isProse, prepareInput } from './validate'

function candidatesOf(a: Analysis, registry: Registry): Candidate[] {
  const { candidates: times, used } = timeCandidates(a)
  return [
    ...officeCandidates(a),
    ...times,
    ...countCandidates(a, used),
    ...abbreviationCandidates(a),
    ...listCandidates(a, registry),
    ...placeCandidates(a, registry),
    ...definitionCandidates(a, registry),
  ]
}

/**
 * Every candidate fact of a prepared text, before choosing: for tests of the extraction rules, and for
 * tools that want to see what the rules find.
 */
export function readText(text: string): { analyses: Analysis[]; registry: Registry; candidates: Candidate[] } {
  const tokenized = tokenizeAll(splitSentences(text))
  const evidence = collectCaseEvidence(tokenized)
  const analyses = tokenized.map(({ sentence, tokens }) => analyseSentence(sentence, tokens, evidence))
  const registry = buildRegistry(analyses)
  resolveReferents(analyses, registry)
  const candidates = analyses.flatMap((a) => candidatesOf(a, registry))
  return { analyses, registry, candidates }
}

function contextOf(candidates: readonly Candidate[], registry: Registry, seed: string): BuildContext {
  const abbreviations = candidates.filter((c) => c.abbreviation)
  for (const c of abbreviations) registry.union(c.abbreviation!.long, c.abbreviation!.short)
  const labels: OfficeLabel[] = candidates.filter((c) => c.office).map((c) => ({
    label: c.office!.label,
    labelKey: c.office!.labelKey,
    personGroup: registry.groupOf(c.office!.person),
    single: c.office!.single && !c.office!.descriptor,
  }))
  return { registry, candidates, seed, labels, abbreviations }
}

/** What makes two questions the same question, whatever fact they belong to. */
function sameness(q: GeneratedQuestion): string {
  switch (q.kind) {
    case 'true-false':
      return `tf|${q.statement}`
    case 'cloze':
      return `cloze|${q.text}`
    default:
      return q.id
  }
}

/**
 * Generates a deck step by step, yielding progress every `progressEvery` sentences (and facts).
 *
 * @example
 * const steps = generateSteps({ title: 'Bài', text })
 * let next = steps.next()
 * while (!next.done) { post(next.value); next = steps.next() }
 * const result = next.value
 */
export function* generateSteps(input: GenerateInput, options: GenerateOptions = {}): Generator<GenerateProgress, GenerateResult, void> {
  const seed = String(options.seed ?? 'deck')
  const every = Math.max(1, Math.floor(options.progressEvery ?? 25))
  const prepared = prepareInput(input)
  if (!prepared.ok) return { ok: false, error: prepared.error }
  const { text, title } = prepared
  const sentences = splitSentences(text)
  if (!sentences.some(isProse)) return { ok: false, error: { code: 'no-sentence' } }

  const tokenized = tokenizeAll(sentences)
  const evidence = collectCaseEvidence(tokenized)
  const analyses: Analysis[] = []
  for (const [i, { sentence, tokens }] of tokenized.entries()) {
    analyses.push(analyseSentence(sentence, tokens, evidence))
    if ((i + 1) % every === 0) yield { stage: 'reading', done: i + 1, total: sentences.length }
  }

  const registry = buildRegistry(analyses)
  resolveReferents(analyses, registry)
  const candidates: Candidate[] = []
  for (const [i, a] of analyses.entries()) {
    candidates.push(...candidatesOf(a, registry))
    if ((i + 1) % every === 0) yield { stage: 'facts', done: i + 1, total: analyses.length }
  }

  const chosen = selectCandidates(candidates, registry, textSubject(analyses, registry))
  const ctx = contextOf(candidates, registry, seed)
  const facts: GeneratedFact[] = []
  const questions: GeneratedQuestion[] = []
  const flashcards: Flashcard[] = []
  const ids = new Set<string>()
  const asked = new Set<string>()
  for (const [i, c] of chosen.entries()) {
    const built = buildItems(c, ctx)
    if (built && !ids.has(built.fact.id)) {
      // Two facts of one sentence make the same true statement, or two offices of one person the same cloze: ask it once.
      const fresh = built.questions.filter((q) => !asked.has(sameness(q)))
      if (fresh.length === 0) continue
      for (const q of fresh) asked.add(sameness(q))
      ids.add(built.fact.id)
      facts.push(built.fact)
      questions.push(...fresh)
      flashcards.push(built.flashcard)
    }
    if ((i + 1) % every === 0) yield { stage: 'questions', done: i + 1, total: chosen.length }
  }
  if (facts.length === 0) return { ok: false, error: { code: 'no-facts' } }
  return {
    ok: true,
    deck: { generatorVersion: GENERATOR_VERSION, title, text, seed, sentences, facts, questions, flashcards },
  }
}

/** Generates a deck in one call. Never throws: an unexpected failure of the rules is reported as `no-facts`. */
export function generateDeck(input: GenerateInput, options: GenerateOptions = {}): GenerateResult {
  try {
    const steps = generateSteps(input, options)
    let next = steps.next()
    while (!next.done) next = steps.next()
    return next.value
  } catch {
    return { ok: false, error: { code: 'no-facts' } }
  }
}
