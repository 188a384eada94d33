/**
 * Checking typed answers against what the bank accepts.
 *
 * Order of the checks, for each accepted form (the answer and its aliases):
 * 1. the same at the learner's leniency (strict: all marks; tones: tones forgiven; all: no marks) → correct;
 * 2. the same once folded beyond that leniency → almost, "check the diacritics";
 * 3. within one edit (from 4 letters) or two (from 9), on the mark-free form → almost, "typo";
 *    never when either side has digits: "11/10" is not a typo of "10/11".
 * Numbers, dates and year ranges are compared after number words become digits, so "7" = "bảy",
 * "10/11" = "ngày 10 tháng 11" and "1992–1994" = "từ 1992 đến 1994".
 */
import type { AcceptedAnswer, AnswerType } from '../bank/types'
import { boundedEditDistance } from './distance'
import { MAX_ANSWER_LENGTH, syllableKey, syllables, type FoldLevel, type Syllable } from './normalize'
import { numbersToDigits } from './numbers'
import type { AlmostReason, Leniency, ListVerdict, TypedVerdict, Verdict } from './types'

const LEVELS: readonly FoldLevel[] = ['exact', 'tones', 'all']
const LENIENCY_LEVEL: Record<Leniency, number> = { strict: 0, tones: 1, all: 2 }

/** Words that only frame a date or a range: "ngày 10 tháng 11", "từ năm 1992 đến năm 1994". */
const FILLERS = new Set(
  ['ngày', 'mùng', 'mồng', 'tháng', 'năm', 'từ', 'đến', 'tới', 'giai', 'đoạn', 'khoảng']
    .map((w) => syllables(w)[0])
    .map((s) => (s ? s.base + s.tone : '')),
)

/** One way of reading an answer: keys at the three fold levels. */
interface Reading {
  keys: [string, string, string]
}

interface Prepared {
  text: string
  plain: Reading
  /** Number words as digits (and, for dates and ranges, framing words dropped); made on first use. */
  numeric: () => Reading
  hasDigit: boolean
  /** Letters of the mark-free form, for the typo allowance. */
  letters: number
}

function reading(tokens: readonly Syllable[]): Reading {
  const keys = LEVELS.map((level) => tokens.map((t) => syllableKey(t, level)).join(' '))
  return { keys: keys as [string, string, string] }
}

function prepare(text: string, type: AnswerType): Prepared {
  const tokens = syllables(text)
  let numericReading: Reading | undefined
  const numeric = () => {
    if (!numericReading) {
      let digits = numbersToDigits(tokens)
      if (type === 'date' || type === 'year-range') digits = digits.filter((t) => !FILLERS.has(t.base + t.tone))
      numericReading = reading(digits)
    }
    return numericReading
  }
  const plain = reading(tokens)
  let hasDigit = false
  let letters = 0
  for (const t of tokens) {
    letters += t.bare.length
    if (!hasDigit && /[0-9]/.test(t.bare)) hasDigit = true
  }
  return { text, plain, numeric, hasDigit, letters }
}

// Bank answers are checked many times a session: prepare each accepted form once.
const preparedCache = new WeakMap<AcceptedAnswer, Prepared[]>()

function preparedForms(accepted: AcceptedAnswer): Prepared[] {
  let forms = preparedCache.get(accepted)
  if (!forms) {
    const texts = [accepted.answer, ...(Array.isArray(accepted.accepted) ? accepted.accepted : [])]
    forms = texts.filter((t) => typeof t === 'string').map((t) => prepare(t, accepted.type))
    preparedCache.set(accepted, forms)
  }
  return forms
}

/** Edits allowed for an answer of this many letters: one from four letters, two from nine. */
export function typoAllowance(letters: number): number {
  return letters >= 9 ? 2 : letters >= 4 ? 1 : 0
}

/** 0 correct, 1 almost (diacritics), 2 almost (typo), 3 wrong: lower is better. */
type Rank = 0 | 1 | 2 | 3

function compare(input: Prepared, expected: Prepared, type: AnswerType, level: number): Rank {
  if (!input.plain.keys[2]) return 3
  const readings: [Reading, Reading][] = [[input.plain, expected.plain]]
  if (type !== 'text' || input.hasDigit || expected.hasDigit) readings.push([input.numeric(), expected.numeric()])
  let best: Rank = 3
  for (const [a, b] of readings) {
    if (a.keys[level] === b.keys[level]) return 0
    for (let l = level + 1; l < 3; l++) if (a.keys[l] === b.keys[l]) best = 1
  }
  if (best === 1 || input.hasDigit || expected.hasDigit) return best
  const max = typoAllowance(expected.letters)
  if (max > 0 && boundedEditDistance(input.plain.keys[2], expected.plain.keys[2], max) <= max) return 2
  return 3
}

function toVerdict(rank: Rank, matched?: string): TypedVerdict {
  if (rank === 0) return { verdict: 'correct', matched }
  if (rank === 1) return { verdict: 'almost', reason: 'diacritics', matched }
  if (rank === 2) return { verdict: 'almost', reason: 'typo', matched }
  return { verdict: 'wrong' }
}

function bestRank(input: Prepared, accepted: AcceptedAnswer, leniency: Leniency): { rank: Rank; matched?: string } {
  const level = LENIENCY_LEVEL[leniency] ?? 1
  let best: { rank: Rank; matched?: string } = { rank: 3 }
  for (const form of preparedForms(accepted)) {
    const rank = compare(input, form, accepted.type, level)
    if (rank < best.rank) best = { rank, matched: form.text }
    if (rank === 0) break
  }
  return best
}

function safeText(input: unknown): string {
  if (typeof input !== 'string') return ''
  return input.length > MAX_ANSWER_LENGTH ? input.slice(0, MAX_ANSWER_LENGTH) : input
}

/**
 * Checks a typed answer. Never throws: anything that is not a usable string is simply wrong.
 *
 * @example checkTyped('hoà bình', { answer: 'hòa bình', accepted: [], type: 'text' }, 'strict')
 *   // { verdict: 'correct', matched: 'hòa bình' }
 */
export function checkTyped(input: string, accepted: AcceptedAnswer, leniency: Leniency): TypedVerdict {
  try {
    const { rank, matched } = bestRank(prepare(safeText(input), accepted.type), accepted, leniency)
    return toVerdict(rank, matched)
  } catch {
    return { verdict: 'wrong' }
  }
}

const MAX_LIST_PIECES = 100
const LIST_WORD_SEPARATORS = new Set(['và', 'and', '&'])

/**
 * Splits a list answer on commas, semicolons, new lines and the words "và" / "and".
 * A single pass over the text; empty pieces are dropped.
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
  for (const ch of safeText(text).normalize('NFC')) {
    if (ch === ',' || ch === ';' || ch === '\n' || ch === '\r' || ch === '、' || ch === '，' || ch === '；') {
      endWord()
      endPiece()
    } else if (ch === ' ' || ch === '\t' || ch === '\u00a0') {
      endWord()
    } else {
      word += ch
    }
  }
  endWord()
  endPiece()
  return pieces
}

/**
 * Checks a list answer item by item, in any order. Each expected item takes at most one piece of the
 * answer: exact matches are paired first, then diacritics, then typos, so a near miss never steals
 * the piece that matches another item exactly. Pieces left over are reported as extras.
 */
export function checkList(
  input: string | readonly string[],
  items: readonly AcceptedAnswer[],
  leniency: Leniency,
): ListVerdict {
  let pieces: string[]
  try {
    pieces = typeof input === 'string' ? splitList(input) : Array.isArray(input)
      ? input.slice(0, MAX_LIST_PIECES).map(safeText).filter((p) => p.trim() !== '')
      : []
  } catch {
    pieces = []
  }
  const ranks = items.map((item) =>
    pieces.map((piece) => {
      try {
        return bestRank(prepare(piece, item.type), item, leniency).rank
      } catch {
        return 3 as Rank
      }
    }),
  )
  const usedPiece = new Array<boolean>(pieces.length).fill(false)
  const assigned = new Array<number>(items.length).fill(-1)
  const assignedRank = new Array<Rank>(items.length).fill(3)
  for (const rank of [0, 1, 2] as const) {
    items.forEach((_, i) => {
      if (assigned[i] !== -1) return
      const p = ranks[i]!.findIndex((r, j) => r === rank && !usedPiece[j])
      if (p !== -1) {
        assigned[i] = p
        assignedRank[i] = rank
        usedPiece[p] = true
      }
    })
  }
  return {
    items: items.map((item, i) => {
      const v = toVerdict(assignedRank[i]!)
      const verdict: Verdict = v.verdict
      const out: { expected: string; verdict: Verdict; reason?: AlmostReason; given?: string } = {
        expected: item.answer,
        verdict,
      }
      if (v.reason) out.reason = v.reason
      if (assigned[i]! >= 0) out.given = pieces[assigned[i]!]
      return out
    }),
    extras: pieces.filter((_, j) => !usedPiece[j]),
  }
}
