/**
 * Checking typed answers against what the bank accepts.
 *
 * Ranks, best first, over the accepted forms (the answer and its alternatives):
 * 0. the same, marks included → correct;
 * 1. the same once folded within the learner's leniency → correct, saying which marks were forgiven;
 * 2. the same once folded beyond it → almost, "check the diacritics" (or "the diacritics are missing");
 * 3. the same once Telex/VNI leftovers become marks ("hoaf", "bay3") → almost, "switch Vietnamese typing on";
 * 4. an accepted form inside the answer with one claim of its own beside it ("Nga và Mỹ") → almost;
 * 5. within one edit (from 4 letters) or two (from 9) → almost, "typo"; never when the numbers differ;
 * 6. wrong: anything else, a hedge ("Sochi hoặc Moskva"), two claims or more.
 * An accepted form inside the answer with only true context around it ("Sochi, Nga", "rạng sáng 10/11",
 * "bảy (7)") ranks as the form itself (see context.ts). Foreign names compare by their transliteration
 * key (spelling.ts), so "Agdam" is "Aghdam". Numbers, dates and year ranges are compared after number
 * words become digits and date labels go, so "7" = "bảy", "10/11" = "ngày 10 tháng 11", "cuối 9/2020" =
 * "cuối tháng 9 năm 2020", "1992-94" = "1992–1994".
 */
import type { AcceptedAnswer, AnswerType } from '../bank/types'
import { EMPTY_CONTEXT, judgeRest, makeSlot, supportOf, type AnswerContext, type Slot, type Support, type Token } from './context'
import { boundedEditDistance } from './distance'
import { decodeKeyboard } from './keyboard'
import { ENTITIES, FRAMING, phraseKey } from './names'
import { MAX_ANSWER_LENGTH, isInvisible, surfaceText, syllableKey, syllables, type Syllable } from './normalize'
import { dropDateLabels, expandShortYears, numbersToDigits } from './numbers'
import { isForeign, matchKey, transliterationKey } from './spelling'
import type { AlmostReason, ItemVerdict, Leniency, ListVerdict, TypedVerdict, Verdict } from './types'

const LENIENCY_LEVEL: Record<Leniency, number> = { strict: 0, tones: 1, all: 2 }

/** Words that only frame a date or a range: "từ năm 1992 đến năm 1994", "khoảng 1992". */
const FILLERS = new Set(
  ['ngày', 'mùng', 'mồng', 'tháng', 'năm', 'từ', 'đến', 'tới', 'giai', 'đoạn', 'khoảng', 'những', 'các']
    .map((w) => syllables(w)[0])
    .map((s) => (s ? syllableKey(s, 'exact') : '')),
)

/** One way of reading an answer: per syllable, its key at the three fold levels. */
interface Reading {
  syl: Syllable[]
  keys: [string[], string[], string[]]
  joined: [string, string, string]
  /** Syllables with their mark-free key, for judging context; made on first use. */
  tokens?: Token[]
}

interface Prepared {
  text: string
  plain: Reading
  /** Number words as digits and date labels dropped (and, for dates and ranges, framing words). */
  numeric: Reading
  /** The numbers of the numeric reading: two answers with other numbers are never a typo of each other. */
  digits: string
  /** Letters of the mark-free form, for the typo allowance. */
  letters: number
}

function reading(syl: Syllable[]): Reading {
  const exact: string[] = []
  const tones: string[] = []
  const all: string[] = []
  for (const s of syl) {
    if (isForeign(s)) {
      const key = transliterationKey(s.bare)
      exact.push(key)
      tones.push(key)
      all.push(key)
    } else {
      exact.push(s.tone ? s.base + s.tone : s.base)
      tones.push(s.base)
      all.push(s.bare)
    }
  }
  return { syl, keys: [exact, tones, all], joined: [exact.join(' '), tones.join(' '), all.join(' ')] }
}

function tokensOf(r: Reading): Token[] {
  r.tokens ??= r.syl.map((syl, i) => ({ key: r.keys[2][i] as string, syl }))
  return r.tokens
}

function numericSyllables(tokens: Syllable[], type: AnswerType): Syllable[] {
  let out = dropDateLabels(numbersToDigits(tokens))
  if ((type === 'date' || type === 'year-range') && out.some((t) => FILLERS.has(syllableKey(t, 'exact')))) {
    out = out.filter((t) => !FILLERS.has(syllableKey(t, 'exact')))
  }
  if (type === 'year-range') out = expandShortYears(out)
  return out
}

const isDigits = (s: string) => /^[0-9]+$/.test(s)

function prepareSyllables(text: string, syl: Syllable[], type: AnswerType): Prepared {
  const plain = reading(syl)
  const numericSyl = numericSyllables(syl, type)
  const numeric = numericSyl === syl ? plain : reading(numericSyl)
  let letters = 0
  let digits = ''
  for (const s of syl) if (!isDigitCode(s.bare.charCodeAt(0))) letters += s.bare.length
  for (const s of numericSyl) if (isDigitCode(s.bare.charCodeAt(0))) digits += (digits ? ' ' : '') + s.bare
  return { text, plain, numeric, digits, letters }
}

const isDigitCode = (code: number) => code >= 48 && code <= 57

const prepare = (text: string, type: AnswerType) => prepareSyllables(text, syllables(text), type)

/** An accepted answer made ready once: its forms, what it allows beside itself, and each form's slots. */
interface PreparedAnswer {
  forms: Prepared[]
  support: Support
  /** Per form: the longer forms around it, as slots ("đêm rạng sáng ngày 10 tháng 11" around "10/11"). */
  slots: Slot[][]
}

// Bank answers are checked many times a session: prepare each accepted answer once.
const preparedCache = new WeakMap<AcceptedAnswer, PreparedAnswer>()

function preparedAnswer(accepted: AcceptedAnswer): PreparedAnswer {
  let prepared = preparedCache.get(accepted)
  if (prepared) return prepared
  const texts = [accepted.answer, ...(Array.isArray(accepted.accepted) ? accepted.accepted : [])]
  const forms: Prepared[] = []
  for (const text of texts) {
    if (typeof text !== 'string') continue
    const form = prepare(text, accepted.type)
    if (!form.numeric.syl.length) continue
    forms.push(form)
    // A date with its year also stands without it: the question asks for the day.
    const n = form.numeric.syl
    if (accepted.type === 'date' && n.length === 3 && n.every((s) => isDigits(s.bare)) && n[2]!.bare.length === 4) {
      forms.push(prepareSyllables(text, n.slice(0, 2), accepted.type))
    }
  }
  const support = supportOf(accepted.type, forms.map((f) => tokensOf(f.numeric)))
  const slots = forms.map((inner) =>
    forms.flatMap((outer) => {
      const at = findRun(outer.numeric.keys[2], inner.numeric.keys[2], 0)
      return outer !== inner && at >= 0
        ? [makeSlot(tokensOf(outer.numeric).slice(0, at), tokensOf(outer.numeric).slice(at + inner.numeric.syl.length))]
        : []
    }),
  )
  prepared = { forms, support, slots }
  preparedCache.set(accepted, prepared)
  return prepared
}

/** Where `run` first occurs in `keys` from `from` on, or -1. */
function findRun(keys: readonly string[], run: readonly string[], from: number): number {
  const m = run.length
  if (!m) return -1
  for (let i = from; i + m <= keys.length; i++) {
    let j = 0
    while (j < m && keys[i + j] === run[j]) j++
    if (j === m) return i
  }
  return -1
}

/** Edits allowed for an answer of this many letters: one from four letters, two from nine. */
export function typoAllowance(letters: number): number {
  return letters >= 9 ? 2 : letters >= 4 ? 1 : 0
}

/** 0 correct, 1 correct with marks forgiven, 2 diacritics, 3 keyboard, 4 extra, 5 typo, 6 wrong. */
type Rank = 0 | 1 | 2 | 3 | 4 | 5 | 6

interface Outcome {
  rank: Rank
  reason: AlmostReason | undefined
  claims: string[] | undefined
  matched: string | undefined
}

/** Every outcome has the same shape, so the checks that pass them around stay monomorphic (fast). */
const outcome = (rank: Rank, reason?: AlmostReason, claims?: string[], matched?: string): Outcome => ({ rank, reason, claims, matched })

const WRONG: Outcome = outcome(6)
const EXACT: Outcome = outcome(0)

/** Marks left out (every differing syllable has fewer marks) or marks wrong. */
function marksReason(given: readonly Syllable[], expected: readonly Syllable[]): AlmostReason {
  for (let i = 0; i < given.length; i++) {
    const g = given[i] as Syllable
    const e = expected[i]
    if (!e || syllableKey(g, 'exact') === syllableKey(e, 'exact')) continue
    const toneLeftOut = g.tone === '' || g.tone === e.tone
    const lettersLeftOut = g.base === e.base || g.base === g.bare
    if (!toneLeftOut || !lettersLeftOut) return 'diacritics'
  }
  return 'missing-diacritics'
}

/** Rank of two syllable runs equal at fold level `at` (and not before), for a learner at `level`. */
function foldRank(given: readonly Syllable[], expected: readonly Syllable[], at: number, level: number): Outcome {
  if (at === 0) return EXACT
  return outcome(at <= level ? 1 : 2, marksReason(given, expected))
}

/** Two readings equal at the lowest fold level they can be, or null. */
function readingRank(a: Reading, b: Reading, level: number): Outcome | null {
  for (let l = 0; l < 3; l++) if (a.joined[l] === b.joined[l]) return l === 0 ? EXACT : foldRank(a.syl, b.syl, l, level)
  return null
}

/** The whole answer equal to the form, in the numeric or the plain reading. */
function wholeRank(input: Prepared, form: Prepared, level: number): Outcome {
  const numeric = readingRank(input.numeric, form.numeric, level)
  if (numeric?.rank === 0 || (input.numeric === input.plain && form.numeric === form.plain)) return numeric ?? WRONG
  const plain = readingRank(input.plain, form.plain, level)
  if (!numeric) return plain ?? WRONG
  return plain && plain.rank < numeric.rank ? plain : numeric
}

/** The form inside a longer answer, with what surrounds it judged (context.ts). */
function coreRank(input: Prepared, form: Prepared, level: number, support: Support, ctx: AnswerContext, slots: readonly Slot[]): Outcome {
  const a = input.numeric
  const b = form.numeric
  const m = b.syl.length
  if (a.syl.length <= m) return WRONG
  for (let l = level; l < 3; l++) {
    const at = findRun(a.keys[l] as string[], b.keys[l] as string[], 0)
    if (at < 0) continue
    const window = a.syl.slice(at, at + m)
    const exact = window.every((s, j) => matchKey(s, 'exact') === b.keys[0][j])
    const core = exact ? EXACT : foldRank(window, b.syl, Math.max(l, 1), level)
    const rest = judgeRest(tokensOf(a), at, at + m, support, ctx, slots)
    if (rest.kind === 'fine') return core
    if (rest.kind === 'hedge') return WRONG
    return outcome(rest.claims.length === 1 ? 4 : 6, 'extra', rest.claims)
  }
  return WRONG
}

/**
 * A typo of the form: the whole answer, or a run of as many syllables inside it with only fine context
 * around ("thành phố Sochu"). Numbers are never typos of each other: "11/10" is not "10/11", "ba vùng"
 * is not "bảy vùng".
 */
function typoRank(input: Prepared, form: Prepared, answer: PreparedAnswer, ctx: AnswerContext, slots: readonly Slot[]): Outcome {
  if (input.digits !== form.digits) return WRONG
  const max = typoAllowance(form.letters)
  if (max === 0) return WRONG
  if (boundedEditDistance(input.plain.joined[2], form.plain.joined[2], max) <= max) return outcome(5, 'typo')
  const a = input.numeric
  const m = form.numeric.syl.length
  const want = form.numeric.joined[2]
  for (let at = 0; at + m <= a.syl.length && a.syl.length > m; at++) {
    const window = a.keys[2].slice(at, at + m).join(' ')
    if (boundedEditDistance(window, want, max) > max) continue
    if (judgeRest(tokensOf(a), at, at + m, answer.support, ctx, slots).kind === 'fine') return outcome(5, 'typo')
  }
  return WRONG
}

/** The form inside a longer answer, or failing that, a typo of it. */
function partRank(input: Prepared, answer: PreparedAnswer, index: number, level: number, ctx: AnswerContext, typos: boolean): Outcome {
  const form = answer.forms[index] as Prepared
  const own = answer.slots[index] ?? []
  const slots = own.length ? [...ctx.slots, ...own] : ctx.slots
  const core = coreRank(input, form, level, answer.support, ctx, slots)
  if (core.rank < 6 || core.claims || !typos) return core
  return typoRank(input, form, answer, ctx, slots)
}

/** Better: a lower rank; at the same rank, fewer claims; a wrong answer that names its claims beats a bare one. */
const better = (o: Outcome, than: Outcome) =>
  o.rank < than.rank ||
  (o.rank === than.rank && o.claims !== undefined && o.claims.length < (than.claims?.length ?? Infinity))

/**
 * The best outcome over the accepted forms. A whole form typed within the leniency, or with its marks
 * off, decides first: "trao doi tu binh" is "trao đổi tù binh" without marks, not "tù binh" after two
 * words of context.
 */
function bestOutcome(input: Prepared, answer: PreparedAnswer, level: number, ctx: AnswerContext, typos = true): Outcome {
  if (!input.plain.syl.length) return WRONG
  let best: Outcome = WRONG
  let matched = ''
  for (const form of answer.forms) {
    const o = wholeRank(input, form, level)
    if (better(o, best)) {
      best = o
      matched = form.text
      if (o.rank === 0) break
    }
  }
  if (best.rank > 2) {
    for (let index = 0; index < answer.forms.length && best.rank > 0; index++) {
      const o = partRank(input, answer, index, level, ctx, typos)
      if (better(o, best)) {
        best = o
        matched = (answer.forms[index] as Prepared).text
      }
    }
  }
  return best.rank < 6 ? outcome(best.rank, best.reason, best.claims, matched) : best
}

/** The best outcome, and failing better, the same answer read with its keyboard leftovers as marks. */
function judge(input: Prepared, accepted: AcceptedAnswer, leniency: Leniency, ctx: AnswerContext): Outcome {
  const answer = preparedAnswer(accepted)
  const level = LENIENCY_LEVEL[leniency] ?? 1
  const best = bestOutcome(input, answer, level, ctx)
  if (best.rank <= 3) return best
  const decoded = decodeKeyboard(input.plain.syl)
  if (!decoded) return best
  const d = bestOutcome(prepareSyllables(input.text, decoded, accepted.type), answer, level, ctx, false)
  return d.rank <= 2 ? outcome(3, 'keyboard', undefined, d.matched) : best
}

function toVerdict(o: Outcome): TypedVerdict {
  const verdict: Verdict = o.rank <= 1 ? 'correct' : o.rank <= 5 ? 'almost' : 'wrong'
  const v: TypedVerdict = { verdict }
  if (o.reason && verdict !== 'wrong') v.reason = o.reason
  if (o.matched && verdict !== 'wrong') v.matched = o.matched
  if (o.claims?.length) v.extras = o.claims
  return v
}

function safeText(input: unknown): string {
  if (typeof input !== 'string') return ''
  return input.length > MAX_ANSWER_LENGTH ? input.slice(0, MAX_ANSWER_LENGTH) : input
}

/**
 * Checks a typed answer. `context` is what the question says around the answer (`answerContext`), so
 * that words quoted from it count as context. Never throws: anything that is not a usable string is wrong.
 *
 * @example checkTyped('hoà bình', { answer: 'hòa bình', accepted: [], type: 'text' }, 'strict')
 *   // { verdict: 'correct', matched: 'hòa bình' }
 */
export function checkTyped(input: string, accepted: AcceptedAnswer, leniency: Leniency, context: AnswerContext = EMPTY_CONTEXT): TypedVerdict {
  try {
    return toVerdict(judge(prepare(safeText(input), accepted.type), accepted, leniency, context))
  } catch {
    return { verdict: 'wrong' }
  }
}

const MAX_LIST_PIECES = 100
const LIST_WORD_SEPARATORS = new Set(['và', 'and', '&'])
const DASHES = new Set(['–', '—', '‒', '―'])
const LIST_MARKS = new Set([',', ';', '\n', '\r', '、', '，', '；', '|', '•', '·', '+'])

const isDigitChar = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9'

/**
 * Splits a list answer on commas, semicolons, new lines, bars, dashes (a hyphen only with a space beside
 * it: "Nagorno-Karabakh" is one name), slashes between words (not "9/2020") and the words "và" / "and".
 * A single pass over the text; empty pieces are dropped. Names run together without any separator are
 * split later, by the items they match.
 */
export function splitList(text: string): string[] {
  const pieces: string[] = []
  let words: string[] = []
  let word = ''
  const endWord = () => {
    if (!word) return
    if (LIST_WORD_SEPARATORS.has(word.toLocaleLowerCase('vi'))) endPiece()
    else words.push(word)
    word = ''
  }
  const endPiece = () => {
    if (words.length && pieces.length < MAX_LIST_PIECES) pieces.push(words.join(' '))
    words = []
  }
  const chars = Array.from(safeText(text).normalize('NFC'))
  chars.forEach((ch, i) => {
    const before = chars[i - 1]
    const after = chars[i + 1]
    const splits =
      LIST_MARKS.has(ch) ||
      ((DASHES.has(ch) || ch === '/') && !(isDigitChar(before) && isDigitChar(after))) ||
      (ch === '-' && (before === ' ' || after === ' ' || before === undefined || after === undefined))
    if (splits) {
      endWord()
      endPiece()
    } else if (ch === ' ' || ch === '\t' || ch === '\u00a0') {
      endWord()
    } else if (!isInvisible(ch.charCodeAt(0))) {
      word += ch
    }
  })
  endWord()
  endPiece()
  return pieces
}

/** A list piece: as typed (for feedback) and prepared for its items' answer type. */
interface Piece {
  text: string
  syl: Syllable[]
  prepared: Map<AnswerType, Prepared>
}

const makePiece = (text: string, syl: Syllable[]): Piece => ({ text, syl, prepared: new Map() })

function preparedPiece(piece: Piece, type: AnswerType): Prepared {
  let p = piece.prepared.get(type)
  if (!p) {
    p = prepareSyllables(piece.text, piece.syl, type)
    piece.prepared.set(type, p)
  }
  return p
}

/** "v.v." (etc.) and words that only frame ("các vùng") are not items. */
const IGNORED_PIECES = new Set(['v v', 'vv', 'etc', 'van van'].map(phraseKey))

function isIgnoredPiece(syl: readonly Syllable[]): boolean {
  const keys = syl.map((s) => matchKey(s, 'all'))
  return IGNORED_PIECES.has(keys.join(' ')) || keys.every((k) => FRAMING.has(k))
}

/** A lone small number before or between names: "1. Nga 2. Mỹ" numbers the items, it is not one. */
const isEnumeration = (s: Syllable) => isDigits(s.bare) && Number(s.bare) <= 20

/**
 * Splits a piece that holds several items without separators ("Kalbajar Lachin Aghdam") at the items it
 * contains (longest accepted form first). Plain words go with the item after them ("vùng Kalbajar"),
 * names and foreign words between items become pieces of their own ("Nga Mỹ Pháp Anh" → …, "Anh").
 */
function segment(piece: Piece, items: readonly PreparedAnswer[], numbered: boolean): { pieces: Piece[]; runs: number } {
  const keys = piece.syl.map((s) => matchKey(s, 'all'))
  const forms = items.flatMap((item) => item.forms.map((f) => f.plain.keys[2])).sort((x, y) => y.length - x.length)
  const out: Piece[] = []
  let pending: Syllable[] = []
  let leftover: Syllable[] = []
  let found = 0
  const flushLeftover = () => {
    if (leftover.length) out.push(makePiece(surfaceText(leftover), leftover))
    leftover = []
  }
  for (let i = 0; i < keys.length; ) {
    const form = forms.find((f) => f.length > 0 && findRun(keys.slice(i, i + f.length), f, 0) === 0)
    if (form) {
      flushLeftover()
      const syl = [...pending, ...piece.syl.slice(i, i + form.length)]
      out.push(makePiece(surfaceText(syl), syl))
      pending = []
      found++
      i += form.length
      continue
    }
    const s = piece.syl[i] as Syllable
    if (numbered && isEnumeration(s)) {
      // dropped
    } else if (isForeign(s) || isDigits(s.bare) || ENTITIES.has(keys[i] as string) || leftover.length) {
      leftover.push(...pending, s)
      pending = []
    } else {
      pending.push(s)
    }
    i++
  }
  flushLeftover()
  if (!found) return { pieces: [piece], runs: 0 }
  const last = out[out.length - 1]
  if (pending.length && last) {
    const syl = [...last.syl, ...pending]
    out[out.length - 1] = makePiece(surfaceText(syl), syl)
  }
  return { pieces: out, runs: found }
}

/**
 * Checks a list answer item by item, in any order. Each expected item takes at most one piece of the
 * answer: pieces are paired rank by rank (exact first, then marks forgiven, diacritics, keyboard,
 * extra, typo), so a near miss never steals the piece that matches another item exactly. A piece left
 * over that matches an item already given is a duplicate (no cost); any other is an extra (a wrong item).
 */
export function checkList(
  input: string | readonly string[],
  items: readonly AcceptedAnswer[],
  leniency: Leniency,
  context: AnswerContext = EMPTY_CONTEXT,
): ListVerdict {
  let texts: string[]
  try {
    texts = typeof input === 'string' ? splitList(input) : Array.isArray(input)
      ? input.slice(0, MAX_LIST_PIECES).map(safeText).flatMap(splitList).slice(0, MAX_LIST_PIECES)
      : []
  } catch {
    texts = []
  }
  const answers = items.map(preparedAnswer)
  const numbered = !answers.some((a) => a.forms.some((f) => f.digits !== ''))
  const outcomeOf = (piece: Piece, i: number): Outcome => {
    try {
      const item = items[i] as AcceptedAnswer
      return judge(preparedPiece(piece, item.type), item, leniency, context)
    } catch {
      return WRONG
    }
  }
  const pieces: Piece[] = []
  for (const text of texts) {
    const piece = makePiece(text, syllables(text))
    if (!piece.syl.length || isIgnoredPiece(piece.syl)) continue
    // Several items in one piece are split; one item with words beside it is split only when those
    // words are not fine context ("Nga Anh", "1. Nga"), so "Kalbajar (Azerbaijan)" stays whole.
    const parts = segment(piece, answers, numbered)
    const split = parts.runs > 1 || (parts.runs === 1 && Math.min(6, ...items.map((_, i) => outcomeOf(piece, i).rank)) >= 4)
    for (const p of split ? parts.pieces : [piece]) {
      if (pieces.length < MAX_LIST_PIECES && !isIgnoredPiece(p.syl)) pieces.push(p)
    }
  }
  const outcomes = items.map((_, i) => pieces.map((piece) => outcomeOf(piece, i)))
  const usedPiece = new Array<boolean>(pieces.length).fill(false)
  const assigned = new Array<number>(items.length).fill(-1)
  for (const rank of [0, 1, 2, 3, 4, 5] as const) {
    items.forEach((_, i) => {
      if (assigned[i] !== -1) return
      const p = outcomes[i]!.findIndex((o, j) => o.rank === rank && !usedPiece[j])
      if (p !== -1) {
        assigned[i] = p
        usedPiece[p] = true
      }
    })
  }
  const extras: string[] = []
  const duplicates: string[] = []
  pieces.forEach((piece, j) => {
    if (usedPiece[j]) return
    const repeats = items.some((_, i) => assigned[i] !== -1 && outcomes[i]![j]!.rank <= 5)
    ;(repeats ? duplicates : extras).push(piece.text)
  })
  return {
    items: items.map((item, i) => {
      const p = assigned[i]!
      const v = toVerdict(p >= 0 ? outcomes[i]![p]! : WRONG)
      const out: ItemVerdict = { expected: item.answer, verdict: v.verdict }
      if (v.reason) out.reason = v.reason
      if (p >= 0) out.given = pieces[p]!.text
      return out
    }),
    extras,
    duplicates,
  }
}
