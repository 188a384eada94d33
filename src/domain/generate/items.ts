/**
 * From a candidate fact to the items a learner studies: the fact, up to three questions (multiple
 * choice, cloze, true/false, typed; or a list), and a flashcard. Ids come from the sentence and the
 * span, so a question keeps its id (and its learner's progress) whatever else the text holds.
 */
import type { AcceptedAnswer, AnswerType, Flashcard } from '../bank/types'
import { createRng, shuffle, type Rng } from '../random'
import type { MentionType } from './analyse'
import { type Candidate, isLong, type Span, text } from './candidates'
import { COUNTRIES, PART_NAMES } from './lexicon'
import { acceptableOption, answerText, correctOption, falseValue, type OptionContext, wrongOptions } from './options'
import { nameTails } from './registry'
import type { GeneratedFact, GeneratedFactKind, GeneratedQuestion, LowReason } from './types'
import { unresolvedIn } from './referents'
import { accordingTo, askInPlace, cloze, lowerFirst, replaced, statementOf } from './wording'
import { isVietnameseSyllable, keyOf } from './words'

export interface OfficeLabel {
  label: string
  labelKey: string
  personGroup: string
  single: boolean
}

export interface BuildContext extends OptionContext {
  seed: string
  /** Every office label of the text with its holder. */
  labels: OfficeLabel[]
  abbreviations: Candidate[]
}

export interface Built {
  fact: GeneratedFact
  questions: GeneratedQuestion[]
  flashcard: Flashcard
}

const KIND_CODE: Record<GeneratedFactKind, string> = {
  office: 'off', place: 'plc', date: 'dat', period: 'per', number: 'num', abbreviation: 'abb', list: 'lst', definition: 'def',
}

const BANK_KIND: Record<GeneratedFactKind, GeneratedFact['kind']> = {
  office: 'office', place: 'place', date: 'date', period: 'period', number: 'number', abbreviation: 'term', list: 'list', definition: 'term',
}

/** The span an id is made from: for an office, label and name together. */
function idSpan(c: Candidate): Span {
  if (c.office) return { start: Math.min(c.office.labelSpan.start, c.office.personSpan.start), end: Math.max(c.office.labelSpan.end, c.office.personSpan.end) }
  if (c.abbreviation) return { start: Math.min(c.abbreviation.shortSpan.start, c.abbreviation.longSpan.start), end: Math.max(c.abbreviation.shortSpan.end, c.abbreviation.longSpan.end) }
  return c.answer
}

export function factId(c: Candidate): string {
  const span = idSpan(c)
  return `g${c.a.sentence.index}-${span.start}-${span.end}-${KIND_CODE[c.kind]}`
}

const COUNTRY_ROWS = new Map<string, string[]>()
for (const row of COUNTRIES) for (const name of row) COUNTRY_ROWS.set(keyOf(name), row)

/** Other ways to write a name that mean the same: the surname of a foreign name, the text's own short forms, a country's other names, an abbreviation's long form. */
export function nameAccepted(name: string, ctx: BuildContext): string[] {
  const out = new Set<string>()
  const words = name.split(/\s+/)
  const entity = ctx.registry.entity(name)
  if (entity?.type === 'person' && words.length >= 2 && !isVietnameseSyllable(words[words.length - 1] as string)) {
    for (const tail of nameTails(name)) out.add(tail)
  }
  const parts = PART_NAMES.find(([whole]) => keyOf(whole) === keyOf(name))?.[1]
  // "533 ở Anh, 59 ở Scotland, 40 ở xứ Wales": England, not the United Kingdom.
  if (!parts?.some((part) => ctx.registry.entity(part))) for (const n of COUNTRY_ROWS.get(keyOf(name)) ?? []) out.add(n)
  for (const e of ctx.registry.byKey.values()) {
    if (e.key === keyOf(name) || !ctx.registry.same(e.name, name)) continue
    // The same group also joins a capital to its country: only people, bodies and their abbreviations are other names.
    if ((entity?.type === 'person' && e.type === 'person') || ((entity?.type === 'organisation' || entity?.type === 'acronym' || entity?.type === 'event') && (e.type === 'acronym' || e.type === 'organisation' || e.type === 'event'))) {
      out.add(e.name)
    }
  }
  for (const c of ctx.abbreviations) {
    const ab = c.abbreviation
    if (!ab) continue
    if (keyOf(ab.long) === keyOf(name)) out.add(ab.short)
    if (keyOf(ab.short) === keyOf(name)) out.add(ab.long)
  }
  out.delete(name)
  return [...out].filter((n) => keyOf(n) !== keyOf(name))
}

function accepted(answer: string, type: AnswerType, alternatives: readonly string[]): AcceptedAnswer {
  const seen = new Set([keyOf(answer)])
  const list: string[] = []
  for (const a of alternatives) {
    const k = keyOf(a)
    if (k && !seen.has(k)) {
      seen.add(k)
      list.push(a)
    }
  }
  return { answer, accepted: list, type }
}

function pickMcq(correct: string, wrong: readonly string[], rng: Rng): { options: string[]; answerIndex: number } {
  const options = shuffle([correct, ...wrong], rng)
  return { options, answerIndex: options.indexOf(correct) }
}

const NOUN: Partial<Record<MentionType, string>> = { person: 'tên người', country: 'tên nước', place: 'địa danh', organisation: 'tên tổ chức' }

class ItemWriter {
  readonly questions: GeneratedQuestion[] = []
  readonly id: string
  readonly topic: string

  constructor(
    readonly c: Candidate,
    readonly ctx: BuildContext,
    readonly quote: string,
    readonly reasons: LowReason[],
  ) {
    this.id = factId(c)
    this.topic = `p${c.a.sentence.paragraph + 1}`
  }

  rng(suffix: string): Rng {
    return createRng(`${this.ctx.seed}|${this.id}:${suffix}`)
  }

  private base(suffix: string, extra: LowReason[] = []) {
    const reasons = [...new Set([...this.reasons, ...extra])]
    return {
      id: `${this.id}:${suffix}`,
      factId: this.id,
      topic: this.topic,
      sentenceIndex: this.c.a.sentence.index,
      quote: this.quote,
      confidence: reasons.length ? ('low' as const) : ('high' as const),
      reasons,
    }
  }

  mcq(prompt: string, correct: string, wrong: readonly string[] | undefined, suffix = 'mcq', extra: LowReason[] = []): void {
    if (!wrong || wrong.length < 3) return
    // "nghĩa là "chín con rồng", … bao nhiêu cửa sông": the prompt gives the answer away.
    if (` ${keyOf(prompt)} `.includes(` ${keyOf(correct)} `)) return
    this.questions.push({ ...this.base(suffix, extra), kind: 'mcq', prompt, ...pickMcq(correct, wrong, this.rng(suffix)) })
  }

  cloze(span: Span, answer: AcceptedAnswer): void {
    // A blank in a sentence of over fifty words (a list of guests, a paragraph run on) is no question a
    // teacher would set; a shorter clause of it is not the text's own sentence.
    if (unresolvedIn(this.c.a) || isVeryLong(this.c)) return
    const textWithBlank = cloze(this.c.a, span)
    if (!textWithBlank) return
    this.questions.push({ ...this.base('cloze'), kind: 'cloze', prompt: 'Điền vào chỗ trống theo bài.', text: textWithBlank, answer })
  }

  trueFalse(statement: string, answer: boolean, correction?: string): void {
    const suffix = answer ? 'tf-true' : 'tf-false'
    this.questions.push({
      ...this.base(suffix), kind: 'true-false', prompt: 'Theo bài, câu sau đúng hay sai?', statement, answer,
      ...(correction && !answer ? { correction } : {}),
    })
  }

  typed(prompt: string | undefined, answer: AcceptedAnswer, suffix = 'typed'): void {
    if (!prompt) return
    if (` ${keyOf(prompt)} `.includes(` ${keyOf(answer.answer)} `)) return
    this.questions.push({ ...this.base(suffix), kind: 'typed', prompt, answer })
  }

  list(prompt: string, items: AcceptedAnswer[]): void {
    this.questions.push({ ...this.base('list'), kind: 'list', prompt, items })
  }
}

function isVeryLong(c: Candidate): boolean {
  return c.a.tokens.filter((t) => t.type !== 'punct').length > 50
}

/** At most three questions a fact, recognition first: multiple choice, cloze, true/false, typed. */
const MAX_QUESTIONS = 3
const ORDER: GeneratedQuestion['kind'][] = ['list', 'mcq', 'cloze', 'true-false', 'typed']

function finish(w: ItemWriter, statement: string, front: string, kind: GeneratedFactKind): Built | undefined {
  const questions = ORDER.flatMap((k) => w.questions.filter((q) => q.kind === k)).slice(0, MAX_QUESTIONS)
  if (questions.length === 0) return undefined
  const c = w.c
  const fact: GeneratedFact = {
    id: w.id,
    kind: BANK_KIND[kind],
    generatedKind: kind,
    topic: w.topic,
    statement,
    quote: w.quote,
    sentenceIndex: c.a.sentence.index,
    answer: answerText(c),
    accepted: questions.flatMap((q) => ('answer' in q && typeof q.answer === 'object' ? q.answer.accepted : [])).filter((v, i, all) => all.indexOf(v) === i),
    span: { ...c.answer },
    confidence: w.reasons.length ? 'low' : 'high',
    reasons: [...w.reasons],
  }
  return { fact, questions, flashcard: { factId: w.id, front, back: statement, quote: w.quote } }
}

function officeItems(c: Candidate, ctx: BuildContext): Built | undefined {
  const o = c.office!
  const quote = c.a.sentence.text.slice(Math.min(o.labelSpan.start, o.personSpan.start), Math.max(o.labelSpan.end, o.personSpan.end))
  const w = new ItemWriter(c, ctx, quote, c.reasons)
  const group = ctx.registry.groupOf(o.person)
  const holders = new Set(ctx.labels.filter((l) => l.labelKey === o.labelKey).map((l) => l.personGroup))
  const heldByPerson = new Set(ctx.labels.filter((l) => l.personGroup === group).map((l) => l.labelKey))
  const askWho = o.single && !o.descriptor && holders.size === 1
  const alternatives = nameAccepted(o.person, ctx)
  const person = ctx.registry.canonical(o.person)
  const statement = `${person} là ${o.label}.`
  const who = `Theo bài, ai là ${o.label}?`
  const what = o.single && !o.descriptor ? `Theo bài, ${person} giữ chức vụ gì?` : `Theo bài, ${person} là ai?`
  if (askWho) {
    // Holders of the same title elsewhere first ("Ngoại trưởng Liên Xô" for "Ngoại trưởng Anh"): the closest wrong options.
    const title = o.labelKey.split('|')[0]
    const sameTitle = new Set(ctx.labels.filter((l) => l.labelKey.split('|')[0] === title).map((l) => l.personGroup))
    const people = ctx.registry.pool('person').map((e) => e.name).filter((p) => !holders.has(ctx.registry.groupOf(p)))
    const rng = w.rng('who')
    const ordered = [...shuffle(people.filter((p) => sameTitle.has(ctx.registry.groupOf(p))), rng), ...shuffle(people.filter((p) => !sameTitle.has(ctx.registry.groupOf(p))), rng)]
    w.mcq(who, o.person, pickNames(ordered, c, ctx, alternatives), 'mcq')
  }
  if (!w.questions.length) {
    // Only offices another person holds alone are wrong for certain: a trade or a rank ("vận động viên",
    // "nhà thơ", "Đại tướng") may be true of this person too, though the text does not say it.
    const otherLabels = uniqueLabels(ctx.labels.filter((l) => l.single && !heldByPerson.has(l.labelKey) && l.personGroup !== group))
    const wrong = pickLabels(otherLabels.map((l) => l.label), o.label, w.rng('what'))
    w.mcq(what, o.label, wrong, 'mcq')
  }
  w.cloze(o.personSpan, accepted(o.person, 'text', alternatives))
  const tfRng = w.rng('tf')
  const contradicting = uniqueLabels(ctx.labels.filter((l) => l.single && !heldByPerson.has(l.labelKey) && l.personGroup !== group))
  const other = contradicting.length ? shuffle(contradicting, tfRng)[0] : undefined
  if (other && o.single && tfRng() < 0.5) w.trueFalse(`${person} là ${other.label}.`, false, statement)
  else w.trueFalse(statement, true)
  if (askWho) w.typed(who, accepted(o.person, 'text', alternatives))
  const front = askWho ? `Ai là ${o.label}?` : what.replace('Theo bài, ', '')
  return finish(w, statement, front, 'office')
}

function uniqueLabels(labels: readonly OfficeLabel[]): OfficeLabel[] {
  const seen = new Set<string>()
  return labels.filter((l) => (seen.has(l.labelKey) ? false : (seen.add(l.labelKey), true)))
}

/**
 * Three labels unlike the correct one. A label that contains the other ("tướng" in "Đại tướng", "Thủ
 * tướng" in "Phó Thủ tướng") is too close: one may be read as a kind of the other.
 */
function pickLabels(labels: readonly string[], correct: string, rng: Rng): string[] | undefined {
  const seen = new Set([keyOf(correct)])
  const out: string[] = []
  const within = (a: string, b: string) => ` ${keyOf(a)} `.includes(` ${keyOf(b)} `)
  for (const l of shuffle(labels, rng)) {
    const k = keyOf(l)
    if (seen.has(k) || within(l, correct) || within(correct, l)) continue
    seen.add(k)
    out.push(l)
    if (out.length === 3) return out
  }
  return undefined
}

/** The first three acceptable names, in the order given. */
function pickNames(names: readonly string[], c: Candidate, ctx: BuildContext, forbidden: readonly string[]): string[] | undefined {
  const seen = new Set<string>()
  const out: string[] = []
  for (const n of names) {
    const k = keyOf(n)
    if (seen.has(k) || !acceptableOption(n, c, ctx, forbidden)) continue
    seen.add(k)
    out.push(n)
    if (out.length === 3) return out
  }
  return undefined
}

/** Places, dates, periods and counts: asked in place, as a cloze, and (dates and counts) true or false. */
function spanItems(c: Candidate, ctx: BuildContext): Built | undefined {
  // "Ông đã chỉ định …" with no telling who: every item of the sentence would need the one before.
  if (unresolvedIn(c.a)) return undefined
  const sentence = statementOf(c.a)
  const w = new ItemWriter(c, ctx, c.a.sentence.text, c.reasons)
  // "Ba người thắng cuộc sẽ sở hữu 3 vương miện": any question would show the answer; the statement stands.
  if (c.shown) {
    if (isLong(c.a)) return undefined
    w.trueFalse(sentence, true)
    return finish(w, sentence, sentence, c.kind)
  }
  const answer = answerText(c)
  const alternatives = [...c.accepted, ...(c.place ? nameAccepted(answer, ctx) : [])]
  const question = c.phrase && c.wh ? askInPlace(c.a, c.phrase, c.wh) : undefined
  const blanked = cloze(c.a, c.answer)
  // The options are written whole ("tháng 5", "33%"): the blank of a multiple choice takes the same words.
  const blankedOption = c.option ? cloze(c.a, c.option) : blanked
  const prompt = question ?? (blankedOption && !isVeryLong(c) ? `Chọn đáp án đúng cho chỗ trống: «${blankedOption}»` : undefined)
  const correct = correctOption(c)
  if (prompt) w.mcq(prompt, correct, wrongOptions(c, ctx, w.rng('mcq'), alternatives))
  w.cloze(c.answer, accepted(answer, c.answerType, alternatives))
  if ((c.time || c.count) && !isLong(c.a)) {
    const tfRng = w.rng('tf')
    const wrong = falseValue(c, ctx, tfRng)
    const span = c.option ?? c.answer
    if (wrong && tfRng() < 0.5) w.trueFalse(replaced(c.a, span, wrong), false, sentence)
    else w.trueFalse(sentence, true)
  }
  const typedAnswer = c.option && c.time ? text(c.a, c.option) : answer
  w.typed(question, accepted(typedAnswer, c.answerType, typedAnswer === answer ? alternatives : [answer]))
  const front = blanked ?? question ?? sentence
  return finish(w, sentence, front, c.kind)
}

function abbreviationItems(c: Candidate, ctx: BuildContext): Built | undefined {
  const ab = c.abbreviation!
  const s = c.a.sentence.text
  const quote = s.slice(Math.min(ab.shortSpan.start, ab.longSpan.start), Math.max(ab.shortSpan.end, ab.longSpan.end))
  const w = new ItemWriter(c, ctx, quote, c.reasons)
  const statement = `${ab.short} là viết tắt của ${ab.long}.`
  const others = ctx.abbreviations.filter((o) => o.abbreviation && keyOf(o.abbreviation.short) !== keyOf(ab.short) && keyOf(o.abbreviation.long) !== keyOf(ab.long))
  const expand = `Theo bài, «${ab.short}» là viết tắt của gì?`
  w.mcq(expand, ab.long, pickLabels(others.map((o) => o.abbreviation!.long), ab.long, w.rng('mcq')))
  w.cloze(ab.shortSpan, accepted(ab.short, 'text', []))
  const tfRng = w.rng('tf')
  const other = others.length ? shuffle(others, tfRng)[0]?.abbreviation : undefined
  if (other && tfRng() < 0.5) w.trueFalse(`${ab.short} là viết tắt của ${other.long}.`, false, statement)
  else w.trueFalse(statement, true)
  w.typed(expand, accepted(ab.long, 'text', nameAccepted(ab.long, ctx).filter((n) => keyOf(n) !== keyOf(ab.short))))
  return finish(w, statement, `${ab.short} là viết tắt của gì?`, 'abbreviation')
}

function listItems(c: Candidate, ctx: BuildContext): Built | undefined {
  if (unresolvedIn(c.a)) return undefined
  const l = c.list!
  const w = new ItemWriter(c, ctx, c.a.sentence.text, c.reasons)
  const s = c.a.sentence.text
  const blanked = s.slice(0, l.span.start) + '____' + s.slice(l.span.end)
  const noun = NOUN[l.itemType] ?? 'tên'
  const prompt = `Theo bài, điền ${l.items.length} ${noun} còn thiếu vào chỗ trống: «${blanked}»`
  w.list(prompt, l.items.map((item) => accepted(item.text, 'text', [...item.accepted, ...nameAccepted(item.text, ctx)])))
  return finish(w, s, `Điền ${l.items.length} ${noun} còn thiếu: «${blanked}»`, 'list')
}

function definitionItems(c: Candidate, ctx: BuildContext): Built | undefined {
  if (unresolvedIn(c.a)) return undefined
  const d = c.definition!
  const w = new ItemWriter(c, ctx, c.a.sentence.text, c.reasons)
  const alternatives = [...c.accepted, ...nameAccepted(d.subject, ctx)]
  const who = d.subjectType === 'person' ? 'ai' : d.nameFirst ? 'đâu' : d.subjectType === 'place' || d.subjectType === 'country' ? 'đâu' : 'gì'
  let prompt: string | undefined
  if (d.nameFirst) {
    prompt = d.unique ? `Theo bài, ${who} là ${d.predicate}?` : undefined
  } else {
    prompt = `${accordingTo(d.predicate, c.a.startsCommon)} là ${who}?`
  }
  if (prompt) w.mcq(prompt, d.subject, wrongOptions(c, ctx, w.rng('mcq'), alternatives))
  w.cloze(c.answer, accepted(d.subject, 'text', alternatives))
  w.typed(prompt, accepted(d.subject, 'text', alternatives))
  const statement = d.nameFirst ? statementOf(c.a) : `${d.predicate} là ${d.subject}.`
  const front = d.nameFirst ? `${d.subject} là ${d.subjectType === 'person' ? 'ai' : 'gì'}?` : `${lowerFirst(d.predicate)} là ${who}?`
  return finish(w, statement, front.charAt(0).toLocaleUpperCase('vi') + front.slice(1), 'definition')
}

export function buildItems(c: Candidate, ctx: BuildContext): Built | undefined {
  switch (c.kind) {
    case 'office':
      return officeItems(c, ctx)
    case 'abbreviation':
      return abbreviationItems(c, ctx)
    case 'list':
      return listItems(c, ctx)
    case 'definition':
      return definitionItems(c, ctx)
    default:
      return spanItems(c, ctx)
  }
}

