/**
 * Vietnamese number words to digits, so "7" answers "bảy" and "hai mươi lăm" answers "25".
 * Covers 0–999: units, "mười X", "X mươi Y" (with the compound forms mốt, tư, lăm, nhăm) and
 * "X trăm (linh|lẻ) Y". Works on syllables, so tone placement and case do not matter.
 */
import { syllables, type Syllable } from './normalize'

function keyOf(word: string): string {
  const s = syllables(word)[0]
  return s ? s.base + s.tone : ''
}

const table = (entries: [string, number][]) => new Map(entries.map(([w, n]) => [keyOf(w), n]))

/** Units that stand alone or start a compound. */
const UNITS = table([
  ['không', 0], ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5],
  ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9],
])

/** Units after "mười" or "mươi": also mốt (1), tư (4), lăm / nhăm (5). */
const TAIL_UNITS = table([
  ['một', 1], ['mốt', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['tư', 4], ['năm', 5], ['lăm', 5],
  ['nhăm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9],
])

const TEN = keyOf('mười')
const TENS = keyOf('mươi')
const HUNDRED = keyOf('trăm')
const ZERO_TENS = new Set([keyOf('linh'), keyOf('lẻ')])
const YEAR = keyOf('năm')
const ZERO = keyOf('không')

const key = (s: Syllable | undefined) => (s ? s.base + s.tone : '')
const isDigits = (s: Syllable | undefined) => !!s && /^[0-9]+$/.test(s.base)

/** The tens part (0–99) at `i`, or null. */
function parseTens(tokens: readonly Syllable[], i: number): { value: number; next: number } | null {
  const first = key(tokens[i])
  if (first === TEN) {
    const tail = TAIL_UNITS.get(key(tokens[i + 1]))
    // "mười mốt" is not said; accept it anyway, a learner typing it means 11.
    return tail !== undefined ? { value: 10 + tail, next: i + 2 } : { value: 10, next: i + 1 }
  }
  const unit = UNITS.get(first)
  if (unit === undefined) return null
  if (unit >= 2 && key(tokens[i + 1]) === TENS) {
    const tail = TAIL_UNITS.get(key(tokens[i + 2]))
    return tail !== undefined ? { value: unit * 10 + tail, next: i + 3 } : { value: unit * 10, next: i + 2 }
  }
  // "năm 1992" is "the year 1992", not "5 1992".
  if (first === YEAR && isDigits(tokens[i + 1])) return null
  // "không" is 0 only on its own: "không phải Sochi" is "not Sochi".
  if (first === ZERO && tokens.length > 1) return null
  return { value: unit, next: i + 1 }
}

function parseNumber(tokens: readonly Syllable[], i: number): { value: number; next: number } | null {
  const unit = UNITS.get(key(tokens[i]))
  if (unit !== undefined && unit > 0 && key(tokens[i + 1]) === HUNDRED) {
    const hundreds = unit * 100
    let j = i + 2
    if (ZERO_TENS.has(key(tokens[j]))) {
      const u = UNITS.get(key(tokens[j + 1]))
      if (u !== undefined) return { value: hundreds + u, next: j + 2 }
      j++
    }
    const tens = parseTens(tokens, j)
    return tens ? { value: hundreds + tens.value, next: tens.next } : { value: hundreds, next: j }
  }
  return parseTens(tokens, i)
}

/** A number as one syllable; it keeps the separator before, and the words, of what it was read from. */
function digitSyllable(text: string, from: readonly Syllable[]): Syllable {
  const first = from[0]
  return { base: text, bare: text, tone: '', surface: from.map((s) => s.surface).join(' '), lead: first ? first.lead : 'space' }
}

/**
 * Number words become digit syllables and digit runs lose leading zeros ("05" → "5"). Words that are
 * not numbers pass through unchanged; with none, the same array comes back.
 */
export function numbersToDigits(tokens: Syllable[]): Syllable[] {
  if (!tokens.some((t) => isDigits(t) || UNITS.has(key(t)) || key(t) === TEN)) return tokens
  const out: Syllable[] = []
  let changed = false
  let i = 0
  while (i < tokens.length) {
    const t = tokens[i] as Syllable
    if (isDigits(t)) {
      const digits = t.base.replace(/^0+(?=\d)/, '')
      changed ||= digits !== t.base
      out.push(digits === t.base ? t : digitSyllable(digits, [t]))
      i++
      continue
    }
    const n = parseNumber(tokens, i)
    if (n) {
      changed = true
      out.push(digitSyllable(String(n.value), tokens.slice(i, n.next)))
      i = n.next
    } else {
      out.push(t)
      i++
    }
  }
  return changed ? out : tokens
}

/** Words that only name the number after them: "ngày 10", "mùng 10", "tháng 11", "năm 2020"; read without marks. */
const LABELS = new Set(['ngay', 'mung', 'mong', 'thang', 'nam'])

/**
 * Drops the label words of dates, "ngày 10 tháng 11 năm 2020" → 10 11 2020, so that a date reads the same
 * in words and in figures ("cuối tháng 9 năm 2020" = "cuối 9/2020"). Only a word directly before a number
 * is a label: "7 tháng" (seven months) keeps its word.
 */
export function dropDateLabels(tokens: Syllable[]): Syllable[] {
  if (!tokens.some((t, i) => LABELS.has(t.bare) && isDigits(tokens[i + 1]))) return tokens
  const out: Syllable[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Syllable
    if (LABELS.has(t.bare) && isDigits(tokens[i + 1])) {
      const next = tokens[i + 1] as Syllable
      out.push({ ...next, lead: t.lead, surface: `${t.surface} ${next.surface}` })
      i++
    } else {
      out.push(t)
    }
  }
  return out
}

/** "1992-94": a two-digit year after a four-digit one takes its century (and the next one if it must). */
export function expandShortYears(tokens: readonly Syllable[]): Syllable[] {
  return tokens.map((t, i) => {
    const prev = tokens[i - 1]
    if (!prev || !/^[0-9]{4}$/.test(prev.base) || !/^[0-9]{2}$/.test(t.base)) return t
    const from = Number(prev.base)
    let year = from - (from % 100) + Number(t.base)
    if (year < from) year += 100
    return { ...t, base: String(year), bare: String(year) }
  })
}
