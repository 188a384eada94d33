/**
 * Choosing which candidates become facts: one fact per thing said (an office named twice is one fact),
 * the more specific reading of a span first, at most three facts a sentence and two facts with the same
 * answer, so that a deck does not ask "2023" ten times.
 */
import type { Candidate } from './candidates'
import type { Registry } from './registry'
import type { GeneratedFactKind } from './types'
import { keyOf } from './words'
import { optionText } from './options'

const PRIORITY: Record<GeneratedFactKind, number> = {
  office: 8, abbreviation: 7, list: 6, date: 5, period: 5, number: 4, definition: 3, place: 2,
}

export const MAX_FACTS_PER_SENTENCE = 3
export const MAX_FACTS_PER_ANSWER = 2

/** Same fact said twice: the first saying is kept. */
function identity(c: Candidate, registry: Registry): string | undefined {
  if (c.office) return `office|${registry.groupOf(c.office.person)}|${c.office.labelKey}`
  if (c.abbreviation) return `abbreviation|${keyOf(c.abbreviation.short)}`
  if (c.list) return `list|${c.list.items.map((i) => keyOf(i.text)).sort().join('|')}`
  if (c.definition) return `definition|${keyOf(c.definition.subject)}|${keyOf(c.definition.predicate)}`
  return undefined
}

/** Two readings of the same words. Two offices of one person ("Đại tướng …, Tổng Tư lệnh …") are two facts. */
function overlaps(a: Candidate, b: Candidate): boolean {
  if (a.office && b.office) return a.office.labelSpan.start === b.office.labelSpan.start
  return a.answer.start < b.answer.end && b.answer.start < a.answer.end
}

function score(c: Candidate): number {
  // A year often only frames a figure ("GDP năm 2023 tăng 5,05%"): the figure comes first.
  const framing = c.time?.precision === 'year' ? -15 : 0
  return PRIORITY[c.kind] * 10 + framing - c.reasons.length * 15
}

export function selectCandidates(candidates: readonly Candidate[], registry: Registry): Candidate[] {
  const seen = new Set<string>()
  const bySentence = new Map<number, Candidate[]>()
  for (const c of candidates) {
    if (!c.a.usable) continue
    const id = identity(c, registry)
    if (id) {
      if (seen.has(id)) continue
      seen.add(id)
    }
    const list = bySentence.get(c.a.sentence.index) ?? []
    list.push(c)
    bySentence.set(c.a.sentence.index, list)
  }
  const kept: Candidate[] = []
  const perAnswer = new Map<string, number>()
  for (const index of [...bySentence.keys()].sort((a, b) => a - b)) {
    const ranked = (bySentence.get(index) as Candidate[]).slice().sort((a, b) => score(b) - score(a) || a.answer.start - b.answer.start)
    const chosen: Candidate[] = []
    for (const c of ranked) {
      if (chosen.length >= MAX_FACTS_PER_SENTENCE) break
      if (chosen.some((k) => overlaps(k, c))) continue
      const answerKey = c.list ? '' : keyOf(optionText(c))
      if (answerKey && (perAnswer.get(answerKey) ?? 0) >= MAX_FACTS_PER_ANSWER) continue
      if (answerKey) perAnswer.set(answerKey, (perAnswer.get(answerKey) ?? 0) + 1)
      chosen.push(c)
    }
    kept.push(...chosen.sort((a, b) => a.answer.start - b.answer.start))
  }
  return kept
}
