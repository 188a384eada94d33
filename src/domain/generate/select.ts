/**
 * Choosing which candidates become facts: one fact per thing said (an office named twice is one fact),
 * the more specific reading of a span first, at most three facts a sentence and two facts with the same
 * answer, so that a deck does not ask "2023" ten times.
 */
import type { Analysis } from './analyse'
import { type Candidate, text } from './candidates'
import type { Registry } from './registry'
import type { GeneratedFactKind } from './types'
import { isVietnameseSyllable, keyOf } from './words'
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

/** A name's group, a person's by their last name ("Michael Faraday" and "Faraday" are one). */
function subjectKey(name: string, registry: Registry): string {
  const type = registry.entity(name)?.type
  const words = name.split(/\s+/)
  const last = words[words.length - 1] as string
  // A foreign surname: "Michael Faraday" and "Faraday"; not "Mặt Trời" and "Hệ Mặt Trời".
  if ((type === 'person' || type === 'name') && words.length > 1 && !isVietnameseSyllable(last)) return keyOf(last)
  // A city is not its country ("Hà Nội" in a text about Việt Nam).
  return type === 'place' ? keyOf(name) : registry.groupOf(name)
}

/** Share of the usable sentences that must name a thing for it to be what the whole text is about. */
export const SUBJECT_SHARE = 0.35

/**
 * What the whole text is about: the thing named in the most sentences, if it is named in at least a
 * third of them and in at least five ("Faraday" in his biography, "Pakistan" in a report of a bombing
 * there). Asking "who was the first Fullerian professor?" of Faraday's own biography only asks its title.
 */
export function textSubject(analyses: readonly Analysis[], registry: Registry): string | undefined {
  const usable = analyses.filter((a) => a.usable).length
  const by = new Map<string, Set<number>>()
  for (const e of registry.byKey.values()) {
    if (e.type === 'acronym') continue
    const key = subjectKey(e.name, registry)
    const set = by.get(key) ?? new Set<number>()
    for (const i of e.sentences) set.add(i)
    by.set(key, set)
  }
  let best: string | undefined
  let most = 0
  for (const [key, set] of by) {
    if (set.size > most) {
      best = key
      most = set.size
    }
  }
  return best && most >= 5 && most >= SUBJECT_SHARE * usable ? best : undefined
}

function aboutSubject(c: Candidate, registry: Registry, subject: string | undefined): boolean {
  if (!subject) return false
  if (c.definition) return subjectKey(c.definition.subject, registry) === subject
  if (c.place) return subjectKey(text(c.a, c.answer), registry) === subject
  return false
}

export function selectCandidates(candidates: readonly Candidate[], registry: Registry, subject?: string): Candidate[] {
  const seen = new Set<string>()
  const bySentence = new Map<number, Candidate[]>()
  for (const c of candidates) {
    if (!c.a.usable || aboutSubject(c, registry, subject)) continue
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
