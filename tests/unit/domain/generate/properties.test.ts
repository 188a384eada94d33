import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normalizeAnswer } from '@/domain/answer/normalize'
import { generateSteps, type GenerateInput, type GenerateResult, type GeneratedDeck } from '@/domain/generate'
import { RELATIVE_TIME } from '@/domain/generate/lexicon'

/** Runs the generator without generateDeck's safety net, so that a throw fails the property. */
function run(input: GenerateInput, seed = 'p'): GenerateResult {
  const steps = generateSteps(input, { seed })
  let next = steps.next()
  while (!next.done) next = steps.next()
  return next.value
}

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs)
const cap = (s: string) => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1)

const TITLES = ['Tổng thống', 'Thủ tướng', 'Bộ trưởng Ngoại giao', 'Chủ tịch', 'Đại sứ', 'Phó Thủ tướng']
const COUNTRIES = ['Nga', 'Mỹ', 'Pháp', 'Việt Nam', 'Lào', 'Hoa Kỳ', 'Nhật Bản', 'Armenia', 'Liên bang Nga']
const NAMES = ['Vladimir Putin', 'Nguyễn Văn An', 'Emmanuel Macron', 'Trần Thị Bình', 'Nikol Pashinyan', 'Lê Văn Cường', 'Ilham Aliyev']
const PLACES = ['Hà Nội', 'Sochi', 'Huế', 'Moskva', 'Paris', 'Cần Thơ', 'Đà Nẵng', 'huyện Tam Nông', 'tỉnh Đồng Tháp']
const DATES = [
  'ngày 10 tháng 11 năm 2020', 'năm 1954', 'tháng 9 năm 2020', 'từ năm 1992 đến năm 1994', '10/11/2020', 'thế kỷ XVI',
  'những năm 1992-1994', 'ngày 9 tháng 11', 'cuối tháng 9 năm 2020', 'năm 938', 'ngày 30/4/1975',
]
const COUNTS = ['bảy vùng', '2.000 binh sĩ', '5,05%', 'ba phân khu', '49 cứ điểm', 'khoảng 16.200 quân', '355,5 tỷ USD', 'hai mươi lăm người']
const BODIES = ['Tổ chức Y tế Thế giới (WHO)', 'Quỹ Tiền tệ Quốc tế (IMF)', 'tổng sản phẩm trong nước (GDP)', 'Ngân hàng Thế giới (WB)', 'Liên hợp quốc']
const VERBS = ['đã hội đàm với', 'cho biết', 'đã đến thăm', 'tuyên bố ủng hộ', 'ký kết thỏa thuận với']
const WORDS = ['các', 'bên', 'đã', 'và', 'của', 'hòa bình', 'kinh tế', 'tăng', 'giảm', 'ông', 'bà', 'là', 'tại', 'ở', 'năm', 'tháng', 'ngày', 'một', 'hai']

const sentence = fc.oneof(
  fc.tuple(pick(TITLES), pick(COUNTRIES), pick(NAMES), pick(VERBS), pick(TITLES), pick(COUNTRIES), pick(NAMES), pick(PLACES), pick(DATES))
    .map(([t, c, n, v, t2, c2, n2, p, d]) => `${t} ${c} ${n} ${v} ${t2} ${c2} ${n2} tại ${p} ${d}.`),
  fc.tuple(pick(DATES), pick(VERBS), pick(COUNTS), pick(PLACES)).map(([d, v, n, p]) => `${cap(d)}, các bên ${v} ${n} ở ${p}.`),
  fc.tuple(pick(RELATIVE_TIME), pick(PLACES), pick(TITLES), pick(NAMES), pick(VERBS)).map(([r, p, t, n, v]) => `${cap(r)} tại ${p} ${t} ${n} ${v} đối tác.`),
  fc.tuple(pick(BODIES), pick(VERBS), pick(COUNTS), pick(DATES)).map(([b, v, n, d]) => `${b} ${v} ${n} ${d}.`),
  fc.tuple(pick(COUNTRIES), pick(COUNTRIES), pick(COUNTRIES)).map(([a, b, c]) => `Nhóm do ba đồng chủ tịch - ${a}, ${b} và ${c} đứng đầu.`),
  fc.tuple(pick(NAMES), pick(TITLES), pick(COUNTRIES)).map(([n, t, c]) => `${n} là ${t} ${c} trong nhiệm kỳ này.`),
  fc.array(pick(WORDS), { minLength: 1, maxLength: 12 }).map((w) => `${cap(w.join(' '))}.`),
)

const vietnameseText = fc.array(fc.tuple(sentence, pick([' ', '\n', '\n\n'])), { minLength: 1, maxLength: 8 })
  .map((parts) => parts.map(([s, sep]) => s + sep).join('').trim())

const relativeOnly = fc.array(
  fc.tuple(pick(RELATIVE_TIME), pick(PLACES), pick(TITLES), pick(NAMES), pick(VERBS)).map(([r, p, t, n, v]) => `${cap(r)}, ${t} ${n} ${v} đối tác ở ${p}.`),
  { minLength: 1, maxLength: 6 },
).map((s) => s.join(' '))

const padded = (s: string) => ` ${normalizeAnswer(s)} `
const inSentence = (answer: string, sentence: string) => padded(sentence).includes(padded(answer))

function answersOf(deck: GeneratedDeck): { sentence: string; answers: string[] }[] {
  return deck.questions.map((q) => {
    const sentence = deck.sentences[q.sentenceIndex]!.text
    switch (q.kind) {
      case 'mcq':
        return { sentence, answers: [q.options[q.answerIndex]!] }
      case 'cloze':
      case 'typed':
        return { sentence, answers: [q.answer.answer] }
      case 'list':
        return { sentence, answers: q.items.map((i) => i.answer) }
      default:
        return { sentence, answers: [] }
    }
  })
}

// Each property runs the whole generator a few hundred times: give it time on a busy machine.
const SLOW = 30_000

describe('generator properties', () => {
  it('never throws, whatever the string and format', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), pick(['text', 'markdown', 'html'] as const), (text, format) => {
        const r = run({ title: text.slice(0, 20), text, format })
        expect(typeof r.ok).toBe('boolean')
      }),
      { numRuns: 300 },
    )
  }, SLOW)

  it('never throws on Vietnamese mixed with junk', () => {
    fc.assert(
      fc.property(vietnameseText, fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), (text, junk, at) => {
        const i = at % (text.length + 1)
        run({ title: '', text: text.slice(0, i) + junk + text.slice(i) })
      }),
      { numRuns: 100 },
    )
  }, SLOW)

  it('cites every item: quotes are substrings of the input and of the cited sentence; answers are in that sentence', () => {
    fc.assert(
      fc.property(vietnameseText, fc.string(), (text, seed) => {
        const r = run({ title: 'x', text }, seed)
        if (!r.ok) return
        const { deck } = r
        expect(deck.text).toBe(text)
        for (const s of deck.sentences) expect(text.slice(s.start, s.end)).toBe(s.text)
        for (const f of deck.facts) {
          expect(text).toContain(f.quote)
          expect(deck.sentences[f.sentenceIndex]!.text).toContain(f.quote)
          expect(inSentence(f.answer, deck.sentences[f.sentenceIndex]!.text)).toBe(true)
        }
        for (const q of deck.questions) {
          expect(text).toContain(q.quote)
          expect(deck.sentences[q.sentenceIndex]!.text).toContain(q.quote)
        }
        for (const { sentence, answers } of answersOf(deck)) for (const a of answers) expect(inSentence(a, sentence), `${a} in ${sentence}`).toBe(true)
      }),
      { numRuns: 200 },
    )
  }, SLOW)

  it('never offers as wrong an option that is an accepted answer of the same item', () => {
    fc.assert(
      fc.property(vietnameseText, fc.string(), (text, seed) => {
        const r = run({ title: 'x', text }, seed)
        if (!r.ok) return
        const facts = new Map(r.deck.facts.map((f) => [f.id, f]))
        for (const q of r.deck.questions) {
          if (q.kind !== 'mcq') continue
          const fact = facts.get(q.factId)!
          const correct = q.options[q.answerIndex]!
          const accepted = new Set([correct, fact.answer, ...fact.accepted].map((a) => normalizeAnswer(a)))
          expect(new Set(q.options.map((o) => normalizeAnswer(o))).size).toBe(q.options.length)
          q.options.forEach((o, i) => {
            if (i !== q.answerIndex) expect(accepted.has(normalizeAnswer(o)), `${o} for ${correct}`).toBe(false)
          })
        }
      }),
      { numRuns: 200 },
    )
  }, SLOW)

  it('never makes a date question from relative words', () => {
    const relative = RELATIVE_TIME.map((w) => normalizeAnswer(w))
    fc.assert(
      fc.property(relativeOnly, (text) => {
        const r = run({ title: 'x', text })
        if (!r.ok) return
        expect(r.deck.facts.filter((f) => f.generatedKind === 'date' || f.generatedKind === 'period')).toEqual([])
      }),
      { numRuns: 150 },
    )
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const r = run({ title: 'x', text })
        if (!r.ok) return
        for (const f of r.deck.facts.filter((x) => x.generatedKind === 'date' || x.generatedKind === 'period')) {
          for (const w of relative) expect(padded(f.answer).includes(` ${w} `)).toBe(false)
        }
      }),
      { numRuns: 150 },
    )
  }, SLOW)
})
