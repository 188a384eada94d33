/**
 * The bank a teacher would sign: each class of bad item a reading of the bank found, checked on the
 * bank and shown to catch an example of its class (most of them items the bank used to hold).
 */
import { describe, expect, it } from 'vitest'
import type { McqQuestion, Question, TrueFalseQuestion } from '@/domain/bank'
import { createRng } from '@/domain/random'
import { buildSession, questionsByFact, toSessionItems } from '@/domain/session/build'
import { FACTS } from '../../../questions/facts'
import type { CuratedFact } from '../../../questions/generator/curated'
import { POOLS } from '../../../questions/generator/pools'
import { DAY, NOW, makeCard } from '../../fixtures/engine/cards'
import { ARTICLE, freshBank } from './helpers'
import {
  acceptedDiffers,
  attributionDropped,
  clozesWithoutContext,
  falsesWithoutEvidence,
  genericClozes,
  keyAloneEchoesPrompt,
  keyAloneInTone,
  keyIsTheAverage,
  median,
  negatedOddOneOut,
  opensWithTheoBaiBao,
  otherNamesRefused,
  sameStatementTwice,
  tautologies,
  typedRepeatsMcq,
  words,
  writtenPrompts,
} from './rules'

const bank = freshBank()
const Q = bank.questions

const base = { factId: 'f-x', topic: 'commitments', sentenceIndex: 2 } as const
const mcq = (id: string, prompt: string, options: string[], answerIndex = 0, negated = false): McqQuestion => ({
  ...base,
  id: `f-x:${id}`,
  kind: 'mcq',
  prompt,
  options,
  answerIndex,
  ...(negated ? { negated } : {}),
})
const tf = (id: string, statement: string, answer = true, sentenceIndex = 2): TrueFalseQuestion => ({
  ...base,
  id: `f-x:${id}`,
  kind: 'true-false',
  prompt: 'Câu sau đúng hay sai?',
  statement,
  answer,
  sentenceIndex,
  ...(answer ? {} : { correction: 'x' }),
})

describe('solvable without the article', () => {
  it('no multiple choice whose key alone repeats a word of its prompt', () => {
    expect(keyAloneEchoesPrompt(Q)).toEqual([])
    const bad = mcq('mcq', 'Xung đột tiếp diễn vào cuối tháng 9 năm 2020 trở thành gì?', [
      'giai đoạn tiếp nối của cuộc xung đột kéo dài',
      'cuộc chiến đầu tiên',
      'một cuộc giao tranh mới',
      'giai đoạn kết thúc',
    ])
    expect(keyAloneEchoesPrompt([bad])).toHaveLength(1)
  })

  it('no multiple choice whose key alone is peaceful, warlike, or not warlike', () => {
    expect(keyAloneInTone(Q)).toEqual([])
    // The bank's old items: what they renounced, and what the talks since 1992 aim at.
    const renounce = mcq('mcq', 'Các nhà lãnh đạo nhất trí từ bỏ điều gì?', [
      'việc sử dụng vũ lực',
      'việc công nhận chủ quyền của nhau',
      'việc ký kết hiệp định hòa bình',
      'việc tìm kiếm các giải pháp được cả hai bên chấp nhận',
    ])
    const aim = mcq('mcq2', 'Các cuộc đàm phán nhằm mục đích gì?', [
      'giải quyết xung đột một cách hòa bình',
      'giải quyết xung đột bằng vũ lực',
      'kéo dài cuộc đối đầu vũ trang',
      'trì hoãn việc giải quyết xung đột',
    ])
    expect(keyAloneInTone([renounce, aim])).toHaveLength(2)
  })

  it('no multiple choice whose key is the "average" of its options', () => {
    expect(keyIsTheAverage(Q)).toEqual([])
    const years = mcq('mcq', 'Những năm nào?', ['1992-1994', '1990-1992', '1994-1996', '2018-2020'])
    expect(keyIsTheAverage([years])).toHaveLength(1)
  })

  it('no "which is NOT" item whose odd one out is another kind of thing', () => {
    const kinds = [...Object.values(POOLS), ['Kalbajar', 'Lachin', 'Aghdam']]
    expect(negatedOddOneOut(Q, kinds)).toEqual([])
    const sochi = mcq('mcq', 'Nơi nào KHÔNG nằm trong số các vùng Yerevan chuyển cho Baku?', ['Sochi', 'Kalbajar', 'Lachin', 'Aghdam'], 0, true)
    expect(negatedOddOneOut([sochi], kinds)).toHaveLength(1)
  })

  it('true and false statements come in a fair mix', () => {
    const tfs = Q.filter((q): q is TrueFalseQuestion => q.kind === 'true-false')
    const falseShare = tfs.filter((q) => !q.answer).length / tfs.length
    expect(falseShare).toBeGreaterThan(0.35)
    expect(falseShare).toBeLessThan(0.65)
  })
})

describe('false statements', () => {
  it('each carries the words of the article that contradict it, of a kind the generator checks', () => {
    expect(falsesWithoutEvidence(FACTS, ARTICLE)).toEqual([])
  })

  it.each<[string, Partial<CuratedFact['falses'] & object>[number]]>([
    // Not contradicted: Armenia's position is given, Azerbaijan's too; neither excludes the other.
    ['a claim the text leaves open', { statement: 'Armenia khẳng định duy trì sự toàn vẹn lãnh thổ của Azerbaijan.', says: 'Armenia bảo vệ lợi ích', not: 'Armenia khẳng định', why: 'opposite' }],
    // After the article: nothing in it settles whether the peacekeepers left.
    ['a claim about after the article', { statement: 'Nga đã rút lực lượng gìn giữ hòa bình của mình khỏi khu vực.', says: 'đã triển khai', not: 'đã rút', why: 'opposite' }],
    ['evidence not in the article', { statement: 'Cuộc hội đàm diễn ra tại Minsk.', says: 'tại Minsk', not: 'tại Minsk', why: 'place' }],
    ['a "number" that changes more than the number', { statement: 'Nhóm có hai chủ tịch.', says: 'ba đồng chủ tịch', not: 'hai chủ tịch', why: 'number' }],
  ])('refuses %s', (_name, bad) => {
    const fact: CuratedFact = { ...FACTS.find((f) => f.id === 'f-three-cochairs')!, falses: [bad as NonNullable<CuratedFact['falses']>[number]] }
    expect(falsesWithoutEvidence([fact], ARTICLE)).toHaveLength(1)
  })
})

describe('duplicates and tautologies', () => {
  it('no two true/false statements say the same thing', () => {
    expect(sameStatementTwice(Q)).toEqual([])
    const pair = [
      tf('tf-true', 'Các bên ghi nhận đóng góp quan trọng của lực lượng gìn giữ hòa bình Nga.'),
      tf('tf-true-2', 'Lực lượng gìn giữ hòa bình Nga có đóng góp quan trọng, các bên ghi nhận.'),
    ]
    expect(sameStatementTwice(pair)).toHaveLength(1)
  })

  it('no answer its prompt already holds, no item about the heading', () => {
    expect(tautologies(Q)).toEqual([])
    const heading = mcq('mcq', 'Theo tiêu đề phần thứ hai của bài báo, phần này nói về xung đột ở đâu?', ['Nagorno-Karabakh', 'Sochi', 'Moskva', 'Yerevan'])
    const echo = mcq('mcq2', 'Bảy vùng lân cận là những vùng như thế nào?', ['lân cận', 'xa xôi', 'ven biển', 'miền núi'])
    expect(tautologies([heading, echo])).toHaveLength(2)
  })

  it('no typed item with the prompt of its fact\'s multiple choice', () => {
    expect(typedRepeatsMcq(Q)).toEqual([])
    const prompt = 'Theo bài báo, cuộc hội đàm hôm nay diễn ra ở đâu?'
    const typed: Question = { ...base, id: 'f-x:typed', kind: 'typed', prompt, answer: { answer: 'Sochi', accepted: [], type: 'text' } }
    expect(typedRepeatsMcq([mcq('mcq', prompt, ['Sochi', 'Baku', 'Yerevan', 'Moskva']), typed])).toHaveLength(1)
  })
})

describe('cloze', () => {
  const cloze = (span: string, sentenceIndex: number, text: string): Question => ({
    ...base,
    id: `f-x:cloze-${span}`,
    kind: 'cloze',
    sentenceIndex,
    prompt: 'Điền vào chỗ trống như trong bài báo.',
    text,
    answer: { answer: span, accepted: [], type: 'text' },
  })

  it('no blank on generic wording another word would fill as well', () => {
    expect(genericClozes(Q)).toEqual([])
    expect(genericClozes([cloze('hội đàm', 7, '…'), cloze('có kết quả', 14, '…'), cloze('triển khai', 17, '…')])).toHaveLength(3)
  })

  it('a sentence that leans on the one before it is shown with it', () => {
    expect(clozesWithoutContext(Q, bank)).toEqual([])
    expect(clozesWithoutContext([cloze('Moskva', 5, '____ sẽ hỗ trợ mọi khả năng cho việc này.')], bank)).toHaveLength(1)
  })
})

describe('attribution', () => {
  it('a true statement of a reported sentence keeps who reports it', () => {
    expect(attributionDropped(Q)).toEqual([])
    const dropped = tf('tf-true', 'Lực lượng gìn giữ hòa bình Nga có đóng góp quan trọng trong việc đảm bảo an ninh ở khu vực.', true, 1)
    expect(attributionDropped([dropped])).toHaveLength(1)
  })
})

describe('accepted answers', () => {
  it('one answer accepts the same forms in every item of its fact', () => {
    expect(acceptedDiffers(Q)).toEqual([])
    const typed: Question = { ...base, id: 'f-x:typed', kind: 'typed', prompt: 'Ai?', answer: { answer: 'Moskva', accepted: ['Nga'], type: 'text' } }
    const cloze: Question = { ...base, id: 'f-x:cloze', kind: 'cloze', prompt: '…', text: '____ sẽ hỗ trợ', answer: { answer: 'Moskva', accepted: [], type: 'text' } }
    expect(acceptedDiffers([typed, cloze])).toHaveLength(1)
  })

  it('every other name of the same thing is graded right (Moskva/Nga, Kalbajar/Kelbajar, hiệp định/hiệp ước)', () => {
    expect(otherNamesRefused(Q)).toEqual([])
    const refused: Question = { ...base, id: 'f-x:list', kind: 'list', prompt: 'Kể tên', items: [{ answer: 'Kalbajar', accepted: [], type: 'text' }] }
    expect(otherNamesRefused([refused]).map((f) => f.why)).toContain('"Kelbajar" is refused for "Kalbajar"')
    const moskva: Question = { ...base, id: 'f-x:cloze', kind: 'cloze', prompt: '…', text: '____ sẽ hỗ trợ', answer: { answer: 'Moskva', accepted: ['Moscow'], type: 'text' } }
    expect(otherNamesRefused([moskva]).map((f) => f.why)).toContain('"Nga" is refused for "Moskva"')
  })
})

describe('the words', () => {
  const prompts = writtenPrompts(Q)

  it('written prompts are short: median at most 11 words, none over 16', () => {
    expect(median(prompts.map(words))).toBeLessThanOrEqual(11)
    expect(prompts.filter((p) => words(p) > 16)).toEqual([])
  })

  it('"Theo bài báo" opens no prompt: the attribution is in the question itself', () => {
    expect(Q.filter((q) => opensWithTheoBaiBao(q.prompt)).map((q) => q.id)).toEqual([])
  })
})

describe('first sessions', () => {
  const facts = bank.facts.map((f) => ({ id: f.id, topic: f.topic }))
  const byFact = questionsByFact(bank.questions)
  const kindsOf = (ids: string[], seed: number) =>
    toSessionItems(ids, byFact, new Map(), createRng(seed)).map((i) => bank.questions.find((q) => q.id === i.questionId)!.kind)

  /** Every session of new facts a learner meets in the first days, with the default settings (15 new a day). */
  function newFactSessions(seed: number): string[][] {
    const cards = new Map<string, ReturnType<typeof makeCard>>()
    const sessions: string[][] = []
    for (let day = 0; cards.size < facts.length; day++) {
      const now = NOW + day * DAY
      const ids = buildSession({ facts, cards, now, timeZone: 'UTC', newPerDay: 15, newIntroducedToday: 0, length: 20, mode: 'review', rng: createRng(seed + day) })
      const fresh = ids.filter((id) => !cards.has(id))
      sessions.push(kindsOf(fresh, seed + day))
      // Met today and not due again for a while, so the next day brings the next new facts.
      for (const id of fresh) cards.set(id, makeCard({ factId: id, due: now + 30 * DAY, stability: 2 }))
    }
    return sessions
  }

  it.each([1, 2, 3, 4, 5])('seed %i: at most a third true/false, and at least two kinds, in every session of new facts', (seed) => {
    for (const kinds of newFactSessions(seed)) {
      expect(kinds.filter((k) => k === 'true-false').length, kinds.join(',')).toBeLessThanOrEqual(Math.ceil(kinds.length / 3))
      expect(new Set(kinds).size, kinds.join(',')).toBeGreaterThanOrEqual(Math.min(2, kinds.length))
    }
  })

  it('the very first session mixes at least three kinds', () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(new Set(newFactSessions(seed)[0]).size).toBeGreaterThanOrEqual(3)
  })
})
