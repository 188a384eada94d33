import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normalizeAnswer } from '@/domain/answer/normalize'
import { generateDeck, generateSteps, type GeneratedDeck, type GeneratedQuestion, type GenerateProgress } from '@/domain/generate'

const ARTICLE = readFileSync(new URL('../../../../questions/source/article.vi.txt', import.meta.url), 'utf8')

function deckOf(text: string, seed: string | number = 'test'): GeneratedDeck {
  const r = generateDeck({ title: 'Bài', text }, { seed })
  if (!r.ok) throw new Error(`no deck: ${r.error.code}`)
  return r.deck
}

const mcqs = (deck: GeneratedDeck) => deck.questions.filter((q): q is Extract<GeneratedQuestion, { kind: 'mcq' }> => q.kind === 'mcq')

describe('generateDeck on the built-in article', () => {
  const deck = deckOf(ARTICLE)

  it('asks who holds which office, and contradicts a swapped office', () => {
    const statements = deck.facts.filter((f) => f.generatedKind === 'office').map((f) => f.statement)
    expect(statements).toEqual(expect.arrayContaining([
      'Vladimir Putin là Tổng thống Nga.',
      'Ilham Aliyev là Tổng thống Azerbaijan.',
      'Nikol Pashinyan là Thủ tướng Armenia.',
    ]))
    const falseOffice = deck.questions.find((q) => q.kind === 'true-false' && !q.answer && q.factId.endsWith('-off'))
    expect(falseOffice).toBeDefined()
  })

  it('never asks the date of the talks ("hôm nay")', () => {
    for (const f of deck.facts.filter((x) => x.generatedKind === 'date' || x.generatedKind === 'period')) {
      expect(f.answer.toLocaleLowerCase('vi')).not.toContain('hôm nay')
    }
    const sochi = deck.sentences.find((s) => s.text.startsWith('Hôm nay'))!
    expect(deck.facts.filter((f) => f.sentenceIndex === sochi.index && f.generatedKind === 'date')).toEqual([])
  })

  it('never offers a capital for its country, nor the day before or after a date', () => {
    for (const q of mcqs(deck)) {
      const correct = q.options[q.answerIndex]!
      if (correct === 'Baku') expect(q.options).not.toContain('Azerbaijan')
      if (correct === '10 tháng 11') expect(q.options).not.toEqual(expect.arrayContaining(['9 tháng 11']))
    }
  })

  it('lists the co-chairs with every name for them accepted', () => {
    const list = deck.questions.find((q) => q.kind === 'list' && q.items.some((i) => i.answer === 'Mỹ'))
    expect(list?.kind === 'list' && list.items.find((i) => i.answer === 'Mỹ')?.accepted).toContain('Hoa Kỳ')
  })
})

describe('wrong options', () => {
  it('are never another name for the answer, nor a co-member of its list', () => {
    const text = [
      'Nhóm do ba đồng chủ tịch - Nga, Mỹ và Pháp đứng đầu.',
      'Hội nghị năm 2019 được tổ chức tại Pháp theo đề nghị của các bên.',
      'Hội nghị năm 2020 được tổ chức tại Đức với sự tham gia của Hoa Kỳ.',
      'Hội nghị năm 2021 được tổ chức tại Nhật Bản.',
      'Hội nghị năm 2022 được tổ chức tại Ý.',
      'Hội nghị năm 2023 được tổ chức tại Canada.',
    ].join(' ')
    const deck = deckOf(text)
    const france = mcqs(deck).filter((q) => q.options[q.answerIndex] === 'Pháp')
    for (const q of france) expect(q.options).not.toEqual(expect.arrayContaining(['Nga']))
    for (const q of france) expect(q.options).not.toContain('Mỹ')
    for (const q of mcqs(deck)) expect(new Set(q.options.map((o) => normalizeAnswer(o))).size).toBe(4)
  })

  it('are never a name the same sentence gives', () => {
    const text = 'Ông đến Hà Nội rồi tới Huế và nghỉ tại Đà Nẵng. Bà ở tại Cần Thơ. Họ họp tại Vinh. Đoàn dừng tại Hải Phòng.'
    const deck = deckOf(text)
    for (const q of mcqs(deck)) {
      const sentence = deck.sentences[q.sentenceIndex]!.text
      q.options.forEach((o, i) => {
        if (i !== q.answerIndex) expect(sentence).not.toContain(o)
      })
    }
  })

  it('are never the day before or after, even when one of the two dates has no year', () => {
    const text = [
      'Đại hội diễn ra từ ngày 12 đến ngày 23 tháng 5 năm 2022 tại Hà Nội.',
      'Trận chung kết diễn ra tối 22 tháng 5 trên sân Mỹ Đình.',
      'Lễ bế mạc được tổ chức ngày 30 tháng 6 năm 2022.',
      'Đội tuyển về nước ngày 2 tháng 8 năm 2022.',
    ].join(' ')
    for (const q of mcqs(deckOf(text))) {
      if (q.options[q.answerIndex] === '22 tháng 5') expect(q.options).not.toEqual(expect.arrayContaining(['23 tháng 5']))
    }
  })

  it('offer no trade or rank as a wrong office: it may be true of the person too', () => {
    const text = [
      'Tiền vệ Nhâm Mạnh Dũng ghi bàn thắng duy nhất.',
      'Vận động viên Nguyễn Thị Oanh giành bốn huy chương vàng.',
      'Chủ tịch nước Nguyễn Xuân Phúc tuyên bố khai mạc.',
      'Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng phát biểu.',
      'Huấn luyện viên Park Hang-seo chia tay đội tuyển.',
    ].join(' ')
    const trades = ['vận động viên', 'tiền vệ']
    for (const q of mcqs(deckOf(text))) {
      const correct = q.options[q.answerIndex]!.toLocaleLowerCase('vi')
      q.options.forEach((o, i) => {
        if (i !== q.answerIndex && trades.includes(o.toLocaleLowerCase('vi'))) throw new Error(`${o} offered for ${correct}`)
      })
    }
  })

  it('make a question typed-only where the text has fewer than three of the kind', () => {
    const deck = deckOf('Hôm nay tại Sochi các nhà lãnh đạo đã hội đàm về hòa bình lâu dài.')
    const place = deck.facts.find((f) => f.generatedKind === 'place')!
    const kinds = deck.questions.filter((q) => q.factId === place.id).map((q) => q.kind)
    expect(kinds).not.toContain('mcq')
    expect(kinds).toContain('cloze')
  })
})

describe('wording', () => {
  it.each([
    ['Đến tháng 3 năm 2020, tổ chức này chính thức gọi dịch bệnh là đại dịch.', 'Theo bài, tổ chức này chính thức gọi dịch bệnh là đại dịch vào thời gian nào?'],
    ['Năm 1953, chính phủ Pháp cử tướng Henri Navarre sang Đông Dương.', 'Theo bài, chính phủ Pháp cử tướng Henri Navarre sang Đông Dương vào năm nào?'],
    ['Hôm nay tại Sochi các nhà lãnh đạo ba nước đã hội đàm.', 'Theo bài, các nhà lãnh đạo ba nước đã hội đàm tại đâu?'],
    ['Theo đó, GDP năm 2023 tăng 5,05% so với năm trước.', 'Theo bài, GDP năm 2023 tăng bao nhiêu phần trăm so với năm trước?'],
    ['Theo các nhà khoa học, hệ hình thành cách đây 4,6 tỷ năm.', 'Theo các nhà khoa học, hệ hình thành cách đây bao nhiêu tỷ năm?'],
  ])('%s', (text, question) => {
    const r = generateDeck({ title: '', text })
    expect(r.ok && r.deck.questions.some((q) => (q.kind === 'typed' || q.kind === 'mcq') && q.prompt === question)).toBe(true)
  })

  it('asks no question word in brackets', () => {
    const r = generateDeck({ title: '', text: 'Nguyễn Du (1765-1820) là nhà thơ lớn của văn học Việt Nam thời trung đại. Ông sinh năm 1765 và mất năm 1820 ở Huế. Năm 1813, ông đi sứ.' })
    expect(r.ok && r.deck.questions.some((q) => q.prompt.includes('(thời gian nào)'))).toBe(false)
  })
})

describe('determinism and ids', () => {
  it('gives the same deck for the same text and seed', () => {
    expect(deckOf(ARTICLE, 7)).toEqual(deckOf(ARTICLE, 7))
  })

  it('keeps ids across seeds: the seed picks option orders and true or false, nothing else', () => {
    const a = deckOf(ARTICLE, 'a')
    const b = deckOf(ARTICLE, 'b')
    expect(b.facts.map((f) => f.id)).toEqual(a.facts.map((f) => f.id))
    const asked = (d: GeneratedDeck) => d.questions.filter((q) => q.kind !== 'true-false').map((q) => q.id)
    expect(asked(b)).toEqual(asked(a))
  })

  it('derives ids from the sentence and the span, not from generation order', () => {
    const before = deckOf(ARTICLE)
    // A word changed in the last sentence leaves every other fact's id alone.
    const edited = deckOf(ARTICLE.replace('Ngoài ra trong khu vực', 'Bên cạnh đó trong khu vực'))
    const last = before.sentences.length - 1
    const ids = (d: GeneratedDeck) => d.facts.filter((f) => f.sentenceIndex !== last).map((f) => f.id)
    expect(ids(edited)).toEqual(ids(before))
    for (const f of before.facts) expect(f.id).toMatch(new RegExp(`^g${f.sentenceIndex}-\\d+-\\d+-[a-z]{3}$`))
  })

  it('has unique ids, a flashcard per fact, and a fact for every question', () => {
    const deck = deckOf(ARTICLE)
    expect(new Set(deck.questions.map((q) => q.id)).size).toBe(deck.questions.length)
    expect(new Set(deck.facts.map((f) => f.id)).size).toBe(deck.facts.length)
    expect(deck.flashcards.map((c) => c.factId)).toEqual(deck.facts.map((f) => f.id))
    const factIds = new Set(deck.facts.map((f) => f.id))
    for (const q of deck.questions) expect(factIds.has(q.factId)).toBe(true)
  })

  it('says why an item is low-confidence', () => {
    const deck = deckOf(ARTICLE)
    for (const q of deck.questions) expect(q.confidence === 'low').toBe(q.reasons.length > 0)
    for (const f of deck.facts) expect(f.confidence === 'low').toBe(f.reasons.length > 0)
  })
})

describe('generateSteps', () => {
  it('reports progress stage by stage and ends with the same deck as generateDeck', () => {
    const steps = generateSteps({ title: 'Bài', text: ARTICLE }, { seed: 's', progressEvery: 2 })
    const progress: GenerateProgress[] = []
    let next = steps.next()
    while (!next.done) {
      progress.push(next.value)
      next = steps.next()
    }
    expect(next.value).toEqual(generateDeck({ title: 'Bài', text: ARTICLE }, { seed: 's' }))
    const stages = progress.map((p) => p.stage)
    expect(stages.indexOf('facts')).toBeGreaterThan(stages.lastIndexOf('reading'))
    expect(stages.indexOf('questions')).toBeGreaterThan(stages.lastIndexOf('facts'))
    for (const p of progress) expect(p.done).toBeLessThanOrEqual(p.total)
  })

  it('returns an error without yielding for a bad text', () => {
    const steps = generateSteps({ title: '', text: '' })
    const first = steps.next()
    expect(first).toEqual({ done: true, value: { ok: false, error: { code: 'empty' } } })
  })
})
