import { describe, expect, it } from 'vitest'
import { checkTyped } from '@/domain/answer/check'
import { normalizeAnswer } from '@/domain/answer/normalize'
import { answerText, type Question } from '@/domain/bank'
import { FACTS } from '../../../questions/facts'
import { answerAliases } from '../../../questions/generator/context'
import { ARTICLE, freshBank } from './helpers'

const bank = freshBank()
const norm = (t: string) => normalizeAnswer(t)
/** Word-bounded containment on normalised text. */
const within = (needle: string, hay: string) => ` ${norm(hay)} `.includes(` ${norm(needle)} `)
const quotesOf = (factId: string) => {
  const f = FACTS.find((x) => x.id === factId)
  return f ? [f.quote, ...(f.seeAlso ?? [])] : []
}
const contentWords = (t: string) => norm(t).split(' ').filter((w) => w.length > 0)
/** In the quote word for word, or every word of it in the quote (an answer put in the learner's words). */
const supported = (answers: readonly string[], factId: string) =>
  answers.some((a) =>
    quotesOf(factId).some((q) => within(a, q) || contentWords(a).every((w) => contentWords(q).includes(w))),
  )

describe('facts', () => {
  it('number more than sixty', () => {
    expect(bank.facts.length).toBeGreaterThanOrEqual(60)
  })

  it.each(FACTS.map((f) => [f.id, f] as const))('%s quotes the article exactly', (_id, f) => {
    expect(ARTICLE).toContain(f.quote)
    for (const q of f.seeAlso ?? []) expect(ARTICLE).toContain(q)
    for (const c of f.falses ?? []) if (c.correction) expect(ARTICLE).toContain(c.correction)
  })

  it('cover every sentence, the heading included (18 in all)', () => {
    expect(bank.sentences).toHaveLength(18)
    const uncovered = bank.sentences.filter((s) => !bank.facts.some((f) => f.sentenceIndex === s.index))
    expect(uncovered.map((s) => s.text)).toEqual([])
  })

  it('each have a flashcard and at least one recognition question', () => {
    for (const f of bank.facts) {
      const kinds = bank.questions.filter((q) => q.factId === f.id).map((q) => q.kind)
      expect(kinds.some((k) => k === 'mcq' || k === 'true-false' || k === 'matching'), f.id).toBe(true)
      expect(bank.flashcards.filter((c) => c.factId === f.id), f.id).toHaveLength(1)
    }
  })

  it.each(FACTS.filter((f) => f.ask && !f.ask.negated).map((f) => [f.id, f] as const))(
    '%s: the answer (or an accepted form of it) is in the quote',
    (id, f) => {
      expect(supported([f.ask!.answer, ...(f.ask!.accepted ?? [])], id)).toBe(true)
    },
  )

  it.each(FACTS.filter((f) => f.list).map((f) => [f.id, f] as const))('%s: every list item is in the quote', (id, f) => {
    for (const item of f.list!.items) expect(supported([item.answer, ...(item.accepted ?? [])], id), item.answer).toBe(true)
  })
})

describe('questions', () => {
  const byKind = <K extends Question['kind']>(kind: K) =>
    bank.questions.filter((q): q is Extract<Question, { kind: K }> => q.kind === kind)

  it('use every question kind', () => {
    expect(new Set(bank.questions.map((q) => q.kind))).toEqual(
      new Set(['mcq', 'true-false', 'cloze', 'typed', 'list', 'timeline', 'matching']),
    )
  })

  it('have ids of the form factId:kind, unique', () => {
    const ids = bank.questions.map((q) => q.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const q of bank.questions) expect(q.id).toMatch(new RegExp(`^${q.factId}:(mcq|tf-true|tf-false(-\\d+)?|cloze|typed|list|timeline|matching)$`))
  })

  it('are never the same question twice (kind, prompt and answer)', () => {
    const keys = bank.questions.map((q) => {
      const shown = q.kind === 'true-false' ? q.statement : q.kind === 'cloze' ? q.text : ''
      return `${q.kind}|${q.prompt}|${shown}|${answerText(q)}`
    })
    expect(keys.length - new Set(keys).size).toBe(0)
  })

  it('never ask two facts with the same prompt, nor state one true/false statement twice', () => {
    const factsByPrompt = new Map<string, Set<string>>()
    for (const q of bank.questions) {
      if (q.kind === 'true-false' || q.kind === 'cloze') continue
      factsByPrompt.set(q.prompt, (factsByPrompt.get(q.prompt) ?? new Set()).add(q.factId))
    }
    expect([...factsByPrompt].filter(([, facts]) => facts.size > 1)).toEqual([])
    const statements = byKind('true-false').map((q) => norm(q.statement))
    expect(statements.length - new Set(statements).size).toBe(0)
  })

  it('multiple choice: four distinct options; no wrong option is the answer or an alias of it', () => {
    for (const q of byKind('mcq')) {
      expect(q.options, q.id).toHaveLength(4)
      expect(new Set(q.options.map(norm)).size, q.id).toBe(4)
      const ask = FACTS.find((f) => f.id === q.factId)!.ask!
      const aliases = answerAliases(ask.answer, ask.accepted, ask.exclude)
      q.options.forEach((o, i) => {
        if (i !== q.answerIndex) expect(aliases.has(norm(o)), `${q.id}: ${o}`).toBe(false)
      })
    }
  })

  it('multiple choice: no wrong option for 10 tháng 11 is a day either side of it', () => {
    const dated = byKind('mcq').filter((q) => q.options.some((o) => within('10 tháng 11', o)))
    expect(dated.length).toBeGreaterThan(0)
    for (const q of dated) {
      for (const o of q.options) expect(o, q.id).not.toMatch(/\b(9|11) tháng 11\b/u)
    }
  })

  it('true/false: each false statement differs from every sentence and carries a correction from the article', () => {
    const sentences = bank.sentences.map((s) => norm(s.text))
    const falses = byKind('true-false').filter((q) => !q.answer)
    expect(falses.length).toBeGreaterThanOrEqual(25)
    for (const q of falses) {
      expect(sentences.some((s) => s.includes(norm(q.statement))), q.id).toBe(false)
      expect(ARTICLE, q.id).toContain(q.correction)
      const sentence = bank.sentences[q.sentenceIndex]!.text
      expect(sentence.includes(q.correction!) || q.correction!.includes(sentence), q.id).toBe(true)
    }
  })

  it('cloze: the blank sits in the article sentence and filling it gives that sentence back (after the one before it, where shown)', () => {
    for (const q of byKind('cloze')) {
      const sentence = bank.sentences[q.sentenceIndex]!.text
      const previous = bank.sentences[q.sentenceIndex - 1]?.text
      expect([sentence, `${previous} ${sentence}`], q.id).toContain(q.text.replace('____', q.answer.answer))
      expect(q.text.indexOf('____'), q.id).toBeGreaterThanOrEqual(q.text.length - sentence.length)
    }
  })

  it('typed: the peace document is accepted under both of its names', () => {
    const treaty = byKind('typed').filter((q) => norm(q.answer.answer).startsWith(norm('hiệp')))
    expect(treaty.length).toBeGreaterThan(0)
    for (const q of treaty) {
      const all = [q.answer.answer, ...q.answer.accepted].map(norm)
      expect(all, q.id).toEqual(expect.arrayContaining([norm('hiệp định hòa bình'), norm('hiệp ước hòa bình')]))
    }
  })

  const graded = (id: string, form: string) => {
    const q = bank.questions.find((x) => x.id === id)
    if (!q || (q.kind !== 'typed' && q.kind !== 'cloze')) throw new Error(`${id} is not a typed or cloze question`)
    return checkTyped(form, q.answer, 'strict').verdict
  }

  it.each([
    ['f-seven-districts:cloze', '7'],
    ['f-trilateral-three-parties:cloze', '3 bên'],
    ['f-trilateral-agreement-date:typed', '10/11'],
    ['f-trilateral-agreement-date:typed', '10-11'],
    ['f-trilateral-agreement-date:typed', 'ngày 10 tháng 11'],
    ['f-trilateral-agreement-date:cloze', '10/11'],
    ['f-armed-confrontation-period:typed', 'từ 1992 đến 1994'],
    ['f-armed-confrontation-period:typed', '1992–1994'],
    ['f-conflict-resumed-2020:typed', 'cuối tháng 9/2020'],
    ['f-conflict-resumed-2020:typed', 'cuối tháng chín năm 2020'],
    ['f-moscow-support:cloze', 'Nga'],
    ['f-moscow-mediator:typed', 'Nga'],
    ['f-moscow-mediator:typed', 'Moscow'],
    ['f-peace-treaty-preparation:typed', 'hiệp ước hòa bình'],
    ['f-peace-treaty-preparation:cloze', 'hiệp ước hòa bình'],
    ['f-document-basis-for-treaty:cloze', 'hiệp định hòa bình'],
    ['f-districts-to-baku:typed', 'Azerbaijan'],
    ['f-civilian-casualties:typed', 'thường dân'],
  ])('%s accepts "%s"', (id, form) => {
    expect(graded(id, form)).toBe('correct')
  })

  it.each([
    ['f-trilateral-agreement-date:typed', '11/10'],
    ['f-trilateral-agreement-date:typed', '9/11'],
    ['f-armed-confrontation-period:typed', '1990-1992'],
    ['f-pashinyan-office:cloze', 'Tổng thống Armenia'],
  ])('%s refuses "%s"', (id, form) => {
    expect(graded(id, form)).toBe('wrong')
  })

  it('timeline: the talks of 1992, the fighting, the ceasefire, then the talks in Sochi, dated only as the text dates them', () => {
    const [q] = byKind('timeline')
    expect(q!.events.map((e) => e.id)).toEqual(['armed-confrontation', 'conflict-resumed', 'trilateral-agreement', 'sochi-talks'])
    for (const e of q!.events) {
      if (e.id === 'sochi-talks') expect(e.when).not.toMatch(/\d/)
      else expect(e.when).toMatch(/\d/)
    }
    // 1992 starts both the confrontation and the talks: the text cannot order them, so they share a place.
    expect(q!.events[0]!.when).toContain('1992')
    expect(norm(q!.events[0]!.label)).toContain(norm('đàm phán'))
  })

  it('never ask or state a date for the Sochi talks', () => {
    for (const q of bank.questions) {
      if (q.kind === 'timeline') {
        for (const e of q.events) if (norm(e.label).includes(norm('Sochi'))) expect(e.when, q.id).not.toMatch(/\d|tháng/u)
        continue
      }
      if (JSON.stringify(q).includes('Sochi')) expect(JSON.stringify(q), q.id).not.toMatch(/\d{4}|tháng \d/u)
    }
  })

  it('never quiz the members of the "thỏa thuận ba bên"', () => {
    for (const q of byKind('list')) expect(norm(q.prompt)).not.toContain(norm('ba bên'))
    for (const q of byKind('matching')) expect(norm(q.prompt)).not.toContain(norm('ba bên'))
  })
})
