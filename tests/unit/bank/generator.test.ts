import { describe, expect, it } from 'vitest'
import { generateBank, GeneratorError } from '../../../questions/generator/index'
import type { CuratedFact } from '../../../questions/generator/curated'
import { ARTICLE, freshBank, makeFact, sha256 } from './helpers'

const generate = (facts: CuratedFact[], seed = 'test') => generateBank(facts, ARTICLE, { seed, articleHash: sha256(ARTICLE) })

describe('generateBank', () => {
  it('is deterministic for a seed', () => {
    expect(freshBank('s-1')).toEqual(freshBank('s-1'))
  })

  it('keeps every id when the seed changes, and only reorders options', () => {
    const a = freshBank('s-1')
    const b = freshBank('s-2')
    expect(b.questions.map((q) => q.id)).toEqual(a.questions.map((q) => q.id))
    expect(b.facts).toEqual(a.facts)
    const orders = (bank: typeof a) => bank.questions.flatMap((q) => (q.kind === 'mcq' ? [q.options.join('|')] : []))
    expect(orders(b)).not.toEqual(orders(a))
  })

  it("does not reshuffle another fact's options when a fact is added", () => {
    const one = generate([makeFact()])
    const two = generate([makeFact({ id: 'f-other' }), makeFact()])
    expect(two.questions.find((q) => q.id === 'f-test:mcq')).toEqual(one.questions.find((q) => q.id === 'f-test:mcq'))
  })

  it('finds the sentence of a quote', () => {
    expect(generate([makeFact({ quote: 'Moskva sẽ hỗ trợ' })]).facts[0]!.sentenceIndex).toBe(5)
  })

  it.each<[string, Partial<CuratedFact>, RegExp]>([
    ['a quote not in the article', { quote: 'Hà Nội' }, /f-test: quote is not in exactly one sentence/],
    ['a quote in two sentences with no hint', { quote: 'Tổng thống Azerbaijan Ilham Aliyev' }, /exactly one sentence/],
    ['an id not in kebab-case', { id: 'f_Test' }, /f-kebab-case/],
    ['an alias as a wrong option', { ask: { prompt: 'p', answer: 'Nga', distractors: ['Moskva', 'Mỹ', 'Pháp'] } }, /f-test:mcq: wrong option "Moskva"/],
    ['too few wrong options', { ask: { prompt: 'p', answer: 'Nga', distractors: ['Mỹ', 'Pháp'] } }, /needs three wrong options/],
    ['a cloze span that is not a whole word', { cloze: { span: 'ghị' } }, /f-test:cloze: "ghị" occurs 0 times/],
    ['no recognition question', { ask: { prompt: 'p', answer: 'Nga', mcq: false, typed: true }, tfTrue: false }, /no recognition question/],
    ['a typed prompt that repeats the multiple choice', { ask: { prompt: 'p', answer: 'Nga', pool: 'country', typed: true } }, /f-test:typed: the typed prompt repeats/],
    [
      'a false statement with no evidence the text contradicts it',
      { falses: [{ statement: 'Aliyev và Pashinyan phản đối việc Nga sẵn sàng thúc đẩy.', says: 'hoan nghênh', not: 'phản đối', why: 'opposite' }] },
      /f-test:tf-false: not shown to be contradicted by the text: the pair must be one of OPPOSITES/,
    ],
    [
      'a false statement whose evidence is not in its correction',
      { falses: [{ statement: 'Mỹ sẵn sàng thúc đẩy.', says: 'Nga sẵn sàng', not: 'Mỹ sẵn sàng', why: 'member', correction: 'Hôm nay tại Sochi' }] },
      /"Nga sẵn sàng" is not in the correction/,
    ],
    ['a cloze shown after the sentence before it, where there is none', { cloze: { span: 'Nga', context: 'previous' } }, /has no sentence before it on its line/],
  ])('refuses %s', (_name, overrides, message) => {
    const run = () => generate([makeFact(overrides)])
    expect(run).toThrow(GeneratorError)
    expect(run).toThrow(message)
  })

  it('accepts the same forms for one answer in every item of a fact, and the other names of what it names', () => {
    const bank = generate([
      makeFact({
        quote: 'Moskva sẽ hỗ trợ',
        ask: { prompt: 'Ai sẽ hỗ trợ?', answer: 'Moskva', distractors: ['Yerevan', 'Baku', 'Mỹ'], typed: { prompt: 'Bên nào hỗ trợ?', accepted: ['phía Nga'] } },
        cloze: { span: 'Moskva', context: 'previous' },
      }),
    ])
    const typed = bank.questions.find((q) => q.kind === 'typed')!
    const cloze = bank.questions.find((q) => q.kind === 'cloze')!
    if (typed.kind !== 'typed' || cloze.kind !== 'cloze') throw new Error('kinds')
    expect(cloze.answer.accepted).toEqual(typed.answer.accepted)
    expect(typed.answer.accepted).toEqual(expect.arrayContaining(['phía Nga', 'Moscow', 'Nga', 'nước Nga']))
    expect(cloze.text.startsWith('Các nhà lãnh đạo ước định')).toBe(true)
  })

  it('refuses two facts with one id', () => {
    expect(() => generate([makeFact(), makeFact()])).toThrow(/duplicate fact id/)
  })
})
