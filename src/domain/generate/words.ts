/**
 * Words of a sentence: tokens with their offsets, keys that ignore case and tone placement, and whether a
 * word is a Vietnamese syllable at all (foreign names are not: "Putin", "Azerbaijan", "Sochi").
 */
import { normalizeAnswer } from '../answer/normalize'

export type TokenType = 'word' | 'number' | 'punct'

export interface Token {
  text: string
  /** Offsets in the sentence's text. */
  start: number
  end: number
  /** Lower case, NFC, tone keyed as in answer checking: "Hòa" and "hoà" have one key. */
  key: string
  type: TokenType
  /** Starts with a capital letter. */
  cap: boolean
  /** Two capitals or more and no lower-case letter: "WHO", "COVID-19", "ASEAN". */
  acronym: boolean
  /** A word that is a well-formed Vietnamese syllable. */
  syllable: boolean
}

/**
 * A word is letters and digits, joined across hyphens, apostrophes, dots, commas and slashes that have
 * a letter or digit on both sides: "Nagorno-Karabakh", "1.000", "5,05", "10/11/2020", "O'Brien".
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:['’.,/\-–][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu
const UPPER = /^\p{Lu}/u
const LOWER = /\p{Ll}/u
const DIGIT = /^[0-9]/

const keyCache = new Map<string, string>()

/**
 * The key of a phrase or word: lower case, NFC, tone-placement independent, punctuation dropped (the
 * answer checker's `normalizeAnswer`). Memoised: the same names and sentences are compared many times.
 */
export function keyOf(text: string): string {
  let k = keyCache.get(text)
  if (k === undefined) {
    k = normalizeAnswer(text)
    if (keyCache.size >= 20_000) keyCache.clear()
    keyCache.set(text, k)
  }
  return k
}

const cachedKey = keyOf

/** The key of one word, cached: `t.key === K('và')`. */
export function K(word: string): string {
  return cachedKey(word)
}

/** Roman numerals are numbers, not names or acronyms: "quý IV", "thế kỷ XVI". */
export const ROMAN = /^[IVXLC]+$/

/** Splits a sentence into words, numbers and punctuation marks. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0]
    const start = m.index ?? 0
    const first = t[0] as string
    if (/[\p{L}\p{M}\p{N}]/u.test(first)) {
      const number = DIGIT.test(first)
      const cap = UPPER.test(t)
      let capitals = 0
      for (const ch of t) if (UPPER.test(ch)) capitals++
      out.push({
        text: t,
        start,
        end: start + t.length,
        key: cachedKey(t),
        type: number ? 'number' : 'word',
        cap: cap && !ROMAN.test(t),
        acronym: !number && capitals >= 2 && !LOWER.test(t) && !ROMAN.test(t),
        syllable: !number && isVietnameseSyllable(t),
      })
    } else {
      out.push({ text: t, start, end: start + t.length, key: t, type: 'punct', cap: false, acronym: false, syllable: false })
    }
  }
  return out
}

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g

/** Lower case and no tone mark; other marks kept: "Thủy" → "thuy", "Đồng" → "đông". */
export function toneless(word: string): string {
  return word.toLocaleLowerCase('vi').normalize('NFD').replace(TONES, '').normalize('NFC')
}

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?'
/** Vowel groups that may take a final consonant. */
const NUCLEI = 'uyê|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|uơ|ia|ua|ưa|a|ă|â|e|ê|i|y|o|ô|ơ|u|ư'
/** Vowel groups that end in a glide and take no final consonant. */
const OPEN = 'oai|oay|oao|oeo|uây|uôi|ươi|ươu|iêu|yêu|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu'
const SYLLABLE = new RegExp(`^${ONSET}(?:(?:${OPEN})|(?:${NUCLEI})(?:ch|ng|nh|[cmnpt])?)$`)

/**
 * True when the word is spelled like a Vietnamese syllable (onset, vowels, final consonant). Foreign
 * names mostly are not, which tells "Armenia" (a name even at a sentence start) from "Các".
 *
 * @example isVietnameseSyllable('Nguyễn') // true
 * @example isVietnameseSyllable('Pashinyan') // false
 */
export function isVietnameseSyllable(word: string): boolean {
  if (word.length > 7) return false
  let known = syllableCache.get(word)
  if (known === undefined) {
    known = SYLLABLE.test(toneless(word))
    if (syllableCache.size >= 20_000) syllableCache.clear()
    syllableCache.set(word, known)
  }
  return known
}

const syllableCache = new Map<string, boolean>()

/** Letters only Vietnamese writes (breve, horn, hook above, dot below, đ, stacked marks). */
const VIETNAMESE_ONLY = /[ăđơưảẻỉỏủỷạẹịọụỵẽĩũỹằắẳẵặầấẩẫậềếểễệồốổỗộờớởỡợừứửữựĂĐƠƯẢẺỈỎỦỶẠẸỊỌỤỴẼĨŨỸẰẮẲẴẶẦẤẨẪẬỀẾỂỄỆỒỐỔỖỘỜỚỞỠỢỪỨỬỮỰ]/
/** Any Vietnamese vowel with a mark, including the ones French and Portuguese share (à, é, ô, ã). */
const VIETNAMESE_ANY = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i

export interface LetterCounts {
  words: number
  marked: number
  vietnameseOnly: number
}

/** Counts words, words with a Vietnamese mark, and words with a mark only Vietnamese uses. */
export function countVietnameseWords(text: string, limit = 20_000): LetterCounts {
  const counts: LetterCounts = { words: 0, marked: 0, vietnameseOnly: 0 }
  for (const m of text.normalize('NFC').matchAll(/\p{L}+/gu)) {
    counts.words++
    const w = m[0]
    if (VIETNAMESE_ANY.test(w)) counts.marked++
    if (VIETNAMESE_ONLY.test(w)) counts.vietnameseOnly++
    if (counts.words >= limit) break
  }
  return counts
}

/**
 * Phrases of a word list matched against tokens, longest first, by key. Punctuation in a phrase must
 * match exactly ("Văn hóa, Thể thao và Du lịch").
 */
export class PhraseMatcher<V> {
  private readonly byFirst = new Map<string, { keys: string[]; value: V }[]>()

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const keys = tokenize(phrase).map((t) => t.key).filter((k) => k !== '.')
      if (keys.length === 0) continue
      const first = keys[0] as string
      const list = this.byFirst.get(first) ?? []
      list.push({ keys, value })
      list.sort((a, b) => b.keys.length - a.keys.length)
      this.byFirst.set(first, list)
    }
  }

  /** The longest phrase starting at token `i`: its value and the index after it. */
  match(tokens: readonly Token[], i: number): { value: V; end: number } | undefined {
    const first = tokens[i]
    if (!first) return undefined
    const list = this.byFirst.get(first.key)
    if (!list) return undefined
    for (const { keys, value } of list) {
      let j = i
      let ok = true
      for (const k of keys) {
        // "TP." and "PGS.TS." are written with dots the tokenizer splits off: skip them inside a phrase.
        while (j > i && tokens[j]?.key === '.' && k !== '.') j++
        if (tokens[j]?.key !== k) {
          ok = false
          break
        }
        j++
      }
      if (ok) return { value, end: j }
    }
    return undefined
  }

  has(key: string): boolean {
    return this.byFirst.has(key)
  }
}
