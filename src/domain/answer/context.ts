/**
 * The right answer inside a longer one: is what surrounds it true context, or a claim of its own?
 *
 * Once an accepted form is found inside the learner's answer, the words left of it and right of it are
 * judged, in this order:
 * 1. verbatim: they continue the answer exactly as the question's own sentence does (the cloze sentence
 *    around its blank, the prompt around its question word, or a longer accepted form), where a capital
 *    may stand for its country ("giữa Armenia và Azerbaijan" = "giữa Yerevan và Baku");
 * 2. otherwise, word by word: a hedge ("hoặc") or a denial ("không phải") makes the answer wrong, and so
 *    does a relation right before it ("trước 10/11", "gần Sochi"); another accepted form ("bảy (7)"), a
 *    qualifier of the answer ("Sochi, Nga", "Tổng thống Putin"), an initial ("V. Putin") and framing
 *    words ("thành phố", "nước") are fine; a name, number or foreign word that is none of these is a
 *    claim, unless the question itself mentions it and it is not joined to the answer as a second
 *    answer ("Nga và Baku"); Vietnamese words are commentary, except in the phrase joined to the answer
 *    by "và" or a comma ("dân thường và binh lính"), which is a claim.
 * One claim costs half the credit, two or more all of it: the same share as extra items in a list.
 */
import type { AnswerType, Question } from '../bank/types'
import { CONJUNCTIONS, ENTITIES, FRAMING, HEDGES, MAX_PHRASE, NEGATIONS, RELATIONS, STANDS_FOR, type Entity, type EntityKind } from './names'
import { normalizeAnswer, surfaceText, syllableKey, syllables, type Syllable } from './normalize'
import { isForeign, matchKey } from './spelling'

/** A syllable of the answer with its mark-free match key. */
export interface Token {
  key: string
  syl: Syllable
}

/** The text around an answer's place: before it and after it, as canonical keys. */
export interface Slot {
  before: string[]
  after: string[]
  /** Per word: a plain word, which a continuation may skip (not a name, number or foreign word). */
  beforePlain: boolean[]
  afterPlain: boolean[]
}

/** What a question says around its answer. */
export interface AnswerContext {
  slots: Slot[]
  /** Keys of the names, numbers and foreign words the question mentions. */
  mentioned: Set<string>
}

/**
 * What kind of thing an answer is, which decides what competes with it: a number or date competes with
 * other numbers; a place with other places, a person with other people (and wrong titles); a Vietnamese
 * phrase with any name, number or other phrase joined to it.
 */
export type AnswerKind = 'number' | EntityKind | 'text'

/** What an accepted answer allows beside itself. */
export interface Support {
  type: AnswerType
  kind: AnswerKind
  /** Phrase keys of every accepted form. */
  forms: Set<string>
  /** Phrase keys of what is true of the answer: its entities' qualifiers and other names. */
  qualifiers: Set<string>
  /** First letters of the names in the accepted forms and qualifiers ("V." for Vladimir). */
  initials: Set<string>
  /** The year of a date, when an accepted form gives one. */
  year?: string
}

export type RestVerdict = { kind: 'fine' } | { kind: 'hedge' } | { kind: 'claims'; claims: string[] }

const canon = (key: string) => STANDS_FOR.get(key) ?? key

export const EMPTY_CONTEXT: AnswerContext = { slots: [], mentioned: new Set() }

const isNameKey = (key: string, syl: Syllable) => ENTITIES.has(key) || isForeign(syl) || /^[0-9]+$/.test(key)

/** A slot from the tokens before and after an answer's place. */
export function makeSlot(before: readonly Token[], after: readonly Token[]): Slot {
  const plain = (t: Token) => !isNameKey(t.key, t.syl)
  return {
    before: before.map((t) => canon(t.key)),
    after: after.map((t) => canon(t.key)),
    beforePlain: before.map(plain),
    afterPlain: after.map(plain),
  }
}

const tokensOf = (text: string): Token[] => syllables(text).map((syl) => ({ key: matchKey(syl, 'all'), syl }))

/** Every name-like phrase key of a text: entity names (longest first), foreign words, numbers. */
function mentionedIn(tokens: readonly Token[], into: Set<string>): void {
  for (let i = 0; i < tokens.length; i++) {
    for (let len = Math.min(MAX_PHRASE, tokens.length - i); len >= 1; len--) {
      const key = join(tokens, i, i + len)
      if (ENTITIES.has(key)) {
        into.add(key)
        i += len - 1
        break
      }
      if (len === 1 && isNameKey(key, (tokens[i] as Token).syl)) into.add(key)
    }
  }
}

/** Question words, with their tones: "đầu" (head) is not "đâu" (where). */
const WH_WORDS = new Set(['nào', 'gì', 'ai', 'đâu', 'mấy'].map((w) => normalizeAnswer(w)))
const HOW_MANY = normalizeAnswer('bao nhiêu')

/**
 * The slots of a typed prompt: the text before its question word (also without the one or two nouns
 * the question word asks about: "việc nước nào" → "việc", "vào thời gian nào" → "vào") and after it.
 */
function promptSlots(tokens: readonly Token[]): Slot[] {
  const exact = tokens.map((t) => syllableKey(t.syl, 'exact'))
  for (let i = 0; i < tokens.length; i++) {
    const len = `${exact[i]} ${exact[i + 1]}` === HOW_MANY ? 2 : WH_WORDS.has(exact[i] as string) ? 1 : 0
    if (!len) continue
    const after = tokens.slice(i + len)
    return [0, 1, 2].filter((drop) => drop <= i).map((drop) => makeSlot(tokens.slice(0, i - drop), after))
  }
  return []
}

const contextCache = new WeakMap<Question, AnswerContext>()

/** What a question says around its answer (cached per question object: the bank does not change). */
export function answerContext(question: Question): AnswerContext {
  let ctx = contextCache.get(question)
  if (ctx) return ctx
  const mentioned = new Set<string>()
  let slots: Slot[] = []
  const prompt = tokensOf(question.prompt ?? '')
  mentionedIn(prompt, mentioned)
  if (question.kind === 'cloze') {
    const [before = '', after = ''] = question.text.split(/_{2,}/)
    const b = tokensOf(before)
    const a = tokensOf(after)
    mentionedIn(b, mentioned)
    mentionedIn(a, mentioned)
    slots = [makeSlot(b, a)]
  } else if (question.kind === 'typed') {
    slots = promptSlots(prompt)
  }
  ctx = { slots, mentioned }
  contextCache.set(question, ctx)
  return ctx
}

function join(tokens: readonly Token[], from: number, to: number): string {
  let key = ''
  for (let i = from; i < to; i++) key += (i > from ? ' ' : '') + (tokens[i] as Token).key
  return key
}

/**
 * True when `side` continues the answer as the slot's text does: right next to it, or past a few plain
 * words. Skipping past a name would let "Nga và Baku" borrow "và Baku" from "giữa Yerevan và Baku".
 */
function continues(slot: Slot, side: readonly Token[], fromEnd: boolean): boolean {
  const text = fromEnd ? slot.before : slot.after
  const plain = fromEnd ? slot.beforePlain : slot.afterPlain
  const n = side.length
  for (let skip = 0; skip + n <= text.length; skip++) {
    const at = fromEnd ? text.length - skip - n : skip
    let same = true
    for (let j = 0; j < n && same; j++) same = text[at + j] === canon((side[j] as Token).key)
    if (same) return true
    if (!plain[fromEnd ? text.length - 1 - skip : skip]) return false
  }
  return false
}

interface Scan {
  claims: string[]
  hedge: boolean
}

/** The person entity a phrase key names, if any. */
const personAt = (tokens: readonly Token[], i: number): Entity | undefined => {
  for (let len = Math.min(MAX_PHRASE, tokens.length - i); len >= 1; len--) {
    const e = ENTITIES.get(join(tokens, i, i + len))
    if (e) return e.kind === 'person' ? e : undefined
  }
  return undefined
}

/**
 * Judges one side of the answer. `joined` is true when the side is joined to the answer as another item
 * ("Nga và Mỹ", "Sochi, Armenia"): its first phrase (right side) or last phrase (left side) is then a
 * second answer, not context.
 */
function scanSide(side: readonly Token[], right: boolean, joined: boolean, support: Support, ctx: AnswerContext, out: Scan): void {
  // Phrases: split at conjunctions and list marks.
  const phrases: Token[][] = [[]]
  for (let i = 0; i < side.length; i++) {
    const t = side[i] as Token
    const two = i + 1 < side.length ? `${t.key} ${(side[i + 1] as Token).key}` : ''
    if (CONJUNCTIONS.has(two) || CONJUNCTIONS.has(t.key)) {
      if (CONJUNCTIONS.has(two)) i++
      phrases.push([])
      continue
    }
    if (t.syl.lead === 'list' && (phrases[phrases.length - 1] as Token[]).length) phrases.push([])
    ;(phrases[phrases.length - 1] as Token[]).push(t)
  }
  const nonEmpty = phrases.filter((p) => p.length)
  const joinedPhrase = joined ? (right ? 0 : nonEmpty.length - 1) : -1
  nonEmpty.forEach((phrase, index) => {
    if (!out.hedge) scanPhrase(phrase, index === joinedPhrase, right, support, ctx, out)
  })
}

function scanPhrase(phrase: readonly Token[], joined: boolean, right: boolean, support: Support, ctx: AnswerContext, out: Scan): void {
  const claimsBefore = out.claims.length
  let content = false
  let lastForeignClaim = -2
  for (let i = 0; i < phrase.length; i++) {
    let matched = 0
    for (let len = Math.min(MAX_PHRASE, phrase.length - i); len >= 1 && !matched; len--) {
      const key = join(phrase, i, i + len)
      if (HEDGES.has(key)) {
        out.hedge = true
        return
      }
      if (NEGATIONS.has(key)) {
        // Before the answer a denial makes it wrong; after it, what follows is denied, not claimed.
        if (!right) out.hedge = true
        return
      }
      if (support.forms.has(key) || support.qualifiers.has(key) || FRAMING.has(key)) {
        matched = len
        break
      }
      const entity = ENTITIES.get(key)
      if (entity) {
        matched = len
        let fine: boolean
        if (entity.kind === 'title') {
          // A title speaks of the person after it ("Tổng thống Putin"), or, for a person, of the answer.
          const person = personAt(phrase, i + len)
          if (person) fine = person.qualifiers.has(key)
          else if (support.kind === 'person') fine = false
          else fine = support.kind !== 'text' || (!joined && ctx.mentioned.has(key))
        } else if (!competes(support.kind, entity.kind)) fine = true
        else fine = !joined && ctx.mentioned.has(key)
        if (!fine) out.claims.push(surfaceOf(phrase, i, i + len))
      }
    }
    if (matched) {
      i += matched - 1
      continue
    }
    const t = phrase[i] as Token
    if (/^[0-9]+$/.test(t.key)) {
      const year = support.type === 'date' && t.key.length === 4 && (support.year === undefined || support.year === t.key)
      const fine = year || (support.kind !== 'number' && support.kind !== 'text') || (!joined && ctx.mentioned.has(t.key))
      if (!fine) out.claims.push(surfaceText([t.syl]))
    } else if (support.kind === 'number') {
      // Words beside a number are not numbers: "ba nước: Nga, Mỹ và Pháp" says which three.
    } else if (t.key.length === 1 && isInitialCandidate(t.syl)) {
      if (!support.initials.has(t.key)) out.claims.push(surfaceText([t.syl]))
    } else if (isForeign(t.syl)) {
      if (joined || !ctx.mentioned.has(t.key)) {
        if (lastForeignClaim === i - 1) out.claims[out.claims.length - 1] += ` ${surfaceText([t.syl])}`
        else out.claims.push(surfaceText([t.syl]))
        lastForeignClaim = i
      }
    } else if (joined && support.kind === 'text') {
      content = true
    }
  }
  // A joined phrase of plain words is one claim ("và binh lính"), unless a name in it already is.
  if (content && out.claims.length === claimsBefore) out.claims.push(surfaceOf(phrase, 0, phrase.length))
}

/** True when a name of this kind could be another answer to a question whose answer is of `kind`. */
function competes(kind: AnswerKind, other: EntityKind): boolean {
  return kind === 'text' || kind === other
}

/** A lone letter that reads as an initial: a consonant, or an upper-case vowel ("A. Putin", not "ở"). */
function isInitialCandidate(s: Syllable): boolean {
  return s.base === s.bare && (!'aeiouy'.includes(s.bare) || s.surface !== s.bare)
}

function surfaceOf(tokens: readonly Token[], from: number, to: number): string {
  return surfaceText(tokens.slice(from, to).map((t) => t.syl))
}

/**
 * Judges what surrounds the accepted form found at `[start, end)` of the answer.
 * `slots` are the question's slots plus those of longer accepted forms around this one.
 */
export function judgeRest(tokens: readonly Token[], start: number, end: number, support: Support, ctx: AnswerContext, slots: readonly Slot[]): RestVerdict {
  const left = tokens.slice(0, start)
  const right = tokens.slice(end)
  const out: Scan = { claims: [], hedge: false }
  if (left.length && !slots.some((s) => continues(s, left, true))) {
    const last = left[left.length - 1] as Token
    if (RELATIONS.has(last.key)) return { kind: 'hedge' }
    const lastTwo = left.length > 1 ? `${(left[left.length - 2] as Token).key} ${last.key}` : ''
    const joined = (tokens[start] as Token).syl.lead === 'list' || CONJUNCTIONS.has(last.key) || CONJUNCTIONS.has(lastTwo)
    scanSide(left, false, joined, support, ctx, out)
  }
  if (!out.hedge && right.length && !slots.some((s) => continues(s, right, false))) {
    const first = right[0] as Token
    const firstTwo = right.length > 1 ? `${first.key} ${(right[1] as Token).key}` : ''
    const joined = first.syl.lead === 'list' || CONJUNCTIONS.has(first.key) || CONJUNCTIONS.has(firstTwo)
    scanSide(right, true, joined, support, ctx, out)
  }
  if (out.hedge) return { kind: 'hedge' }
  return out.claims.length ? { kind: 'claims', claims: out.claims } : { kind: 'fine' }
}

/** Builds what an accepted answer allows beside itself, from the phrase keys of its forms. */
export function supportOf(type: AnswerType, forms: readonly (readonly Token[])[]): Support {
  const formKeys = new Set(forms.map((f) => join(f, 0, f.length)))
  let kind: AnswerKind = type === 'text' ? 'text' : 'number'
  const qualifiers = new Set<string>()
  const initials = new Set<string>()
  const addInitials = (key: string) => {
    for (const word of key.split(' ')) {
      const syl = syllables(word)[0]
      if (syl && word.length > 1 && isForeign(syl)) initials.add(word[0] as string)
    }
  }
  for (const key of formKeys) {
    addInitials(key)
    const entity = ENTITIES.get(key)
    if (!entity) continue
    if (kind === 'text') kind = entity.kind
    for (const q of entity.qualifiers) {
      qualifiers.add(q)
      addInitials(q)
    }
    for (const name of entity.names) qualifiers.add(name)
  }
  let year: string | undefined
  if (type === 'date') {
    for (const f of forms) {
      const digits = f.filter((t) => /^[0-9]+$/.test(t.key))
      const y = digits.length === 3 ? (digits[2] as Token).key : undefined
      if (y && y.length === 4) year = year === undefined || year === y ? y : ''
    }
    if (year === '') year = undefined
  }
  return { type, kind, forms: formKeys, qualifiers, initials, ...(year ? { year } : {}) }
}
