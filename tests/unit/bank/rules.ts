/**
 * The classes of bad items a reading of the bank found, each as a check a machine can run. Every check
 * returns the items it finds wrong (empty when the bank is clean), so a test can show it passes on the
 * bank and fails on an example of its class. What no machine can judge (is a wrong option a confusion a
 * learner really makes?) is left to the reading summarised in docs/bank.md.
 */
import { normalizeAnswer } from '@/domain/answer/normalize'
import { checkTyped } from '@/domain/answer/check'
import type { Bank, ClozeQuestion, McqQuestion, Question, TrueFalseQuestion, TypedQuestion } from '@/domain/bank'
import { contradictionProblem } from '../../../questions/generator/contradiction'
import { acceptedForms } from '../../../questions/generator/context'
import type { CuratedFact } from '../../../questions/generator/curated'

export const norm = (t: string) => normalizeAnswer(t)

/** Function words: they say nothing about which option is right. */
const STOP = new Set(
  [
    'của', 'và', 'các', 'những', 'là', 'được', 'cho', 'trong', 'với', 'việc', 'sự', 'ở', 'đã', 'sẽ', 'có', 'này',
    'đó', 'nào', 'gì', 'ai', 'đâu', 'không', 'vì', 'để', 'nhằm', 'theo', 'bài', 'báo', 'về', 'từ', 'đến', 'khi',
    'thế', 'như', 'giữa', 'cả', 'ngày', 'tháng', 'năm', 'vào', 'lúc', 'mà', 'hay', 'còn', 'ra', 'lại', 'phải',
    'thì', 'rồi', 'cùng', 'chỉ', 'bao', 'nhiêu', 'mấy', 'ngoài', 'tại', 'đối', 'bằng', 'do', 'một', 'cách',
  ].map(norm),
)

/** The content syllables of a text, normalised. */
export const content = (text: string) => new Set(norm(text).split(' ').filter((w) => w && !STOP.has(w)))
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((w) => b.has(w)).length
const has = (text: string, phrase: string) => ` ${norm(text)} `.includes(` ${norm(phrase)} `)

export type Finding = { id: string; why: string }

const mcqs = (qs: readonly Question[]) => qs.filter((q): q is McqQuestion => q.kind === 'mcq')

// ── Solvable without the article ────────────────────────────────────────────────────────────────

/** The key is the only option that repeats a content word of the prompt. */
export function keyAloneEchoesPrompt(questions: readonly Question[]): Finding[] {
  return mcqs(questions).flatMap((q) => {
    const prompt = content(q.prompt)
    const echoing = q.options.map((o) => overlap(content(o), prompt) > 0)
    return echoing[q.answerIndex] && echoing.filter(Boolean).length === 1
      ? [{ id: q.id, why: `only the key repeats a word of the prompt: ${q.options[q.answerIndex]}` }]
      : []
  })
}

const POSITIVE = ['hòa bình', 'chấp nhận', 'công nhận', 'bình thường hóa', 'hoan nghênh', 'hỗ trợ', 'an ninh', 'ngừng bắn', 'tôn trọng']
const NEGATIVE = ['vũ lực', 'đối đầu', 'hủy bỏ', 'cắt đứt', 'phản đối', 'giao tranh', 'tấn công', 'rút', 'trì hoãn']
const polarity = (o: string) => (NEGATIVE.some((p) => has(o, p)) ? 'neg' : POSITIVE.some((p) => has(o, p)) ? 'pos' : 'none')

/** The key is the only peaceful option, the only warlike one, or the only one not warlike. */
export function keyAloneInTone(questions: readonly Question[]): Finding[] {
  return mcqs(questions).flatMap((q) => {
    const tones = q.options.map(polarity)
    const key = tones[q.answerIndex]
    const others = tones.filter((_, i) => i !== q.answerIndex)
    const alone =
      (key === 'pos' && !others.includes('pos')) ||
      (key === 'neg' && !others.includes('neg')) ||
      (key !== 'neg' && others.every((t) => t === 'neg'))
    return alone ? [{ id: q.id, why: `the key alone is ${key}: ${tones.join(', ')}` }] : []
  })
}

/** The key shares more words with the other options than any of them does: the "average" option. */
export function keyIsTheAverage(questions: readonly Question[]): Finding[] {
  return mcqs(questions).flatMap((q) => {
    const sets = q.options.map(content)
    const score = sets.map((s, i) => sets.reduce((n, t, j) => (i === j ? n : n + overlap(s, t)), 0))
    const key = score[q.answerIndex]!
    return key > 0 && score.every((s, i) => i === q.answerIndex || s < key)
      ? [{ id: q.id, why: `the key overlaps the others most (${score.join(', ')})` }]
      : []
  })
}

/** "Which is NOT …": every option must be the same kind of thing, or the odd one out shows itself. */
export function negatedOddOneOut(questions: readonly Question[], kinds: readonly (readonly string[])[]): Finding[] {
  return mcqs(questions).flatMap((q) => {
    if (!q.negated) return []
    const sameKind = kinds.some((k) => q.options.every((o) => k.map(norm).includes(norm(o))))
    return sameKind ? [] : [{ id: q.id, why: `"which is NOT" over options of different kinds: ${q.options.join(' | ')}` }]
  })
}

// ── Duplicates and tautologies ──────────────────────────────────────────────────────────────────

const jaccard = (a: Set<string>, b: Set<string>) => overlap(a, b) / new Set([...a, ...b]).size

/** Two true/false statements (of one fact or of two) that say the same thing. */
export function sameStatementTwice(questions: readonly Question[], threshold = 0.8): Finding[] {
  const tfs = questions.filter((q): q is TrueFalseQuestion => q.kind === 'true-false')
  const out: Finding[] = []
  tfs.forEach((a, i) => {
    for (const b of tfs.slice(i + 1)) {
      const j = jaccard(content(a.statement), content(b.statement))
      if (a.answer === b.answer && j >= threshold) out.push({ id: `${a.id} ~ ${b.id}`, why: `${j.toFixed(2)}: ${a.statement} / ${b.statement}` })
    }
  })
  return out
}

/** An answer all of whose words the prompt already holds, or an item about the article's heading. */
export function tautologies(questions: readonly Question[]): Finding[] {
  return questions.flatMap((q) => {
    const out: Finding[] = []
    const shown = q.kind === 'true-false' ? q.statement : q.prompt
    if (has(shown, 'tiêu đề')) out.push({ id: q.id, why: 'asks about the heading, not about what it says' })
    const answer = q.kind === 'mcq' ? q.options[q.answerIndex]! : q.kind === 'typed' ? q.answer.answer : undefined
    if (answer !== undefined) {
      const words = content(answer)
      const prompt = content(q.prompt)
      if (words.size > 0 && [...words].every((w) => prompt.has(w))) out.push({ id: q.id, why: `the prompt holds the answer "${answer}"` })
    }
    return out
  })
}

/** A typed item asked with the same prompt as the multiple choice of its fact. */
export function typedRepeatsMcq(questions: readonly Question[]): Finding[] {
  const mcqPrompt = new Map(mcqs(questions).map((q) => [q.factId, norm(q.prompt)]))
  return questions.flatMap((q) =>
    q.kind === 'typed' && mcqPrompt.get(q.factId) === norm(q.prompt) ? [{ id: q.id, why: 'same prompt as the multiple choice' }] : [],
  )
}

// ── Cloze ───────────────────────────────────────────────────────────────────────────────────────

/** Verbs and phrases where another word would be as right: a blank on them tests nothing. */
export const GENERIC_WORDS = [
  'hội đàm', 'ghi nhận', 'tìm kiếm', 'có kết quả', 'triển khai', 'tiếp diễn', 'nhấn mạnh', 'tuân thủ', 'tạo cơ sở',
  'thảo luận', 'khẳng định', 'đồng ý', 'thực hiện', 'tiến hành', 'hoan nghênh', 'nhất trí', 'thống nhất', 'đạt được',
  'chuyển', 'đứng đầu', 'duy trì', 'hỗ trợ', 'thúc đẩy', 'trở thành', 'dẫn đến', 'giải quyết', 'sẵn sàng', 'ước định',
]

export function genericClozes(questions: readonly Question[]): Finding[] {
  return questions.flatMap((q) => {
    if (q.kind !== 'cloze') return []
    let rest = ` ${norm(q.answer.answer)} `
    for (const g of GENERIC_WORDS) rest = rest.split(` ${norm(g)} `).join(' ')
    return content(rest).size === 0 ? [{ id: q.id, why: `blank on generic wording "${q.answer.answer}"` }] : []
  })
}

/** Sentences that cannot be read alone: what "việc này" is, what "Ngoài ra" adds to. */
const LEANS_BACK = [/\bviệc này\b/u, /^Ngoài ra\b/u]

export function clozesWithoutContext(questions: readonly Question[], bank: Bank): Finding[] {
  return questions.flatMap((q) => {
    if (q.kind !== 'cloze') return []
    const sentence = bank.sentences[q.sentenceIndex]!.text
    const previous = bank.sentences[q.sentenceIndex - 1]?.text
    const leans = LEANS_BACK.some((re) => re.test(sentence))
    return leans && !(previous && q.text.startsWith(previous))
      ? [{ id: q.id, why: 'the sentence leans on the one before it, which is not shown' }]
      : []
  })
}

// ── Attribution ─────────────────────────────────────────────────────────────────────────────────

/** Sentences that report what someone said or did; a statement of them keeps the reporting verb. */
export const REPORTED: Record<number, readonly string[]> = {
  0: ['hoan nghênh'],
  1: ['ghi nhận'],
  2: ['nhất trí', 'thống nhất'],
  3: ['nhấn mạnh'],
  4: ['ước định', 'tìm kiếm'],
  6: ['cam kết'],
}

export function attributionDropped(questions: readonly Question[]): Finding[] {
  return questions.flatMap((q) => {
    if (q.kind !== 'true-false' || !q.answer) return []
    const verbs = REPORTED[q.sentenceIndex]
    return verbs && !verbs.some((v) => has(q.statement, v))
      ? [{ id: q.id, why: `states as fact what sentence ${q.sentenceIndex} reports: ${q.statement}` }]
      : []
  })
}

// ── False statements ────────────────────────────────────────────────────────────────────────────

/** Every false statement carries evidence that the text contradicts it, and the evidence holds. */
export function falsesWithoutEvidence(facts: readonly CuratedFact[], article: string): Finding[] {
  return facts.flatMap((f) =>
    (f.falses ?? []).flatMap((x, i) => {
      const problem = contradictionProblem(x, x.correction ?? f.quote, article)
      return problem ? [{ id: `${f.id}:false#${i + 1}`, why: `${x.statement}: ${problem}` }] : []
    }),
  )
}

// ── Accepted answers ────────────────────────────────────────────────────────────────────────────

type Answered = { id: string; factId: string; answer: string; accepted: readonly string[] }

function answered(questions: readonly Question[]): Answered[] {
  return questions.flatMap((q): Answered[] => {
    if (q.kind === 'typed' || q.kind === 'cloze') {
      const a = (q as TypedQuestion | ClozeQuestion).answer
      return [{ id: q.id, factId: q.factId, answer: a.answer, accepted: a.accepted }]
    }
    if (q.kind === 'list') return q.items.map((a, i) => ({ id: `${q.id}#${i}`, factId: q.factId, answer: a.answer, accepted: a.accepted }))
    return []
  })
}

/** The same answer accepts different things in two items of one fact. */
export function acceptedDiffers(questions: readonly Question[]): Finding[] {
  const seen = new Map<string, Answered>()
  const out: Finding[] = []
  for (const a of answered(questions)) {
    const key = `${a.factId}|${norm(a.answer)}`
    const first = seen.get(key)
    const forms = (x: Answered) => [...new Set(x.accepted.map(norm))].sort().join('|')
    if (!first) seen.set(key, a)
    else if (forms(first) !== forms(a)) out.push({ id: `${first.id} / ${a.id}`, why: `"${a.answer}" accepts different forms` })
  }
  return out
}

/** An answer for which another name of the same thing (Moskva → Nga, Aghdam → Agdam) is graded wrong. */
export function otherNamesRefused(questions: readonly Question[]): Finding[] {
  return questions.flatMap((q) => {
    const items = q.kind === 'typed' || q.kind === 'cloze' ? [q.answer] : q.kind === 'list' ? q.items : []
    return items.flatMap((item) =>
      acceptedForms(item.answer)
        .filter((form) => checkTyped(form, item, 'strict').verdict !== 'correct')
        .map((form) => ({ id: q.id, why: `"${form}" is refused for "${item.answer}"` })),
    )
  })
}

// ── The words ───────────────────────────────────────────────────────────────────────────────────

export const words = (text: string) => text.split(/\s+/).filter(Boolean).length

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

/** The prompts a curator writes (true/false and cloze share one fixed prompt each). */
export const writtenPrompts = (questions: readonly Question[]) =>
  questions.filter((q) => q.kind !== 'true-false' && q.kind !== 'cloze').map((q) => q.prompt)

export const opensWithTheoBaiBao = (text: string) => norm(text).startsWith(norm('Theo bài báo'))
