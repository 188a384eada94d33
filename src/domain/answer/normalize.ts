/**
 * Vietnamese text normalisation for comparing answers.
 *
 * Keyboards produce precomposed or decomposed text, and two tone-placement conventions are both correct
 * ("hòa" / "hoà", "thủy" / "thuỷ"). Rather than move tone marks to a canonical vowel, which needs the
 * full placement rules, each syllable is keyed as its letters without the tone plus a tone digit:
 * a syllable carries one tone, so the key does not depend on where the mark was written.
 *
 * Every function here runs in one pass over its input (no backtracking regular expressions).
 */

/** The five tone marks, as combining characters, and their digit in a syllable key. */
const TONE_DIGIT: Record<string, string> = {
  '\u0300': '2', // huyền
  '\u0301': '1', // sắc
  '\u0303': '4', // ngã
  '\u0309': '3', // hỏi
  '\u0323': '5', // nặng
}

export type FoldLevel = 'exact' | 'tones' | 'all'

/**
 * One syllable (or digit run) of an answer.
 * - `base`: lower case, NFC, tone removed, other marks kept (ă â ê ô ơ ư đ survive);
 * - `bare`: every mark removed and đ → d;
 * - `tone`: '' or the tone digit of `TONE_DIGIT`.
 */
export interface Syllable {
  base: string
  bare: string
  tone: string
}

/** Answers longer than this are cut before any work: nobody types a 1,000-character answer. */
export const MAX_ANSWER_LENGTH = 1000

/** Hyphens, dashes and slashes separate words; other punctuation is dropped. */
function isSeparator(ch: string): boolean {
  return (
    ch === ' ' || ch === '-' || ch === '–' || ch === '—' || ch === '‒' || ch === '−' || ch === '/' ||
    ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u2009' || ch === '\u202f'
  )
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u
const MARK = /^\p{M}$/u

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57
}

/**
 * Splits an answer into syllables. Punctuation after a digit also separates ("10.11" → 10, 11), so a
 * date or a number written with dots reads the same as with slashes.
 *
 * @example syllables('Hoà-bình!').map((s) => s.base + s.tone) // ['hoa2', 'binh2']
 */
export function syllables(text: string): Syllable[] {
  const decomposed = (text.length > MAX_ANSWER_LENGTH ? text.slice(0, MAX_ANSWER_LENGTH) : text)
    .normalize('NFD')
    .toLocaleLowerCase('vi')
  const out: Syllable[] = []
  let base = ''
  let bare = ''
  let tone = ''
  let lastDigit = false
  // Most syllables of names and numbers are plain ASCII: they need no recomposition.
  let ascii = true
  const flush = () => {
    if (base) out.push({ base: ascii ? base : base.normalize('NFC'), bare, tone })
    base = ''
    bare = ''
    tone = ''
    lastDigit = false
    ascii = true
  }
  for (const ch of decomposed) {
    const code = ch.charCodeAt(0)
    if (ch.length === 1 && isAsciiWordChar(code)) {
      base += ch
      bare += ch
      lastDigit = isDigitCode(code)
      continue
    }
    const digit = TONE_DIGIT[ch]
    if (digit !== undefined) {
      if (base) tone = digit
    } else if (ch === 'đ') {
      ascii = false
      base += ch
      bare += 'd'
      lastDigit = false
    } else if (MARK.test(ch)) {
      // Non-tone marks (breve, circumflex, horn) stay with their letter.
      if (base) {
        base += ch
        ascii = false
      }
    } else if (WORD_CHAR.test(ch)) {
      ascii = false
      base += ch
      bare += ch
      lastDigit = false
    } else if (isSeparator(ch) || lastDigit) {
      flush()
    }
    // Any other punctuation is dropped without splitting the word.
  }
  flush()
  return out
}

/** The key of one syllable at a fold level. */
export function syllableKey(s: Syllable, level: FoldLevel): string {
  if (level === 'all') return s.bare
  if (level === 'tones') return s.base
  return s.tone ? s.base + s.tone : s.base
}

/**
 * Lower-cases, drops punctuation, folds separators to single spaces and keys each syllable by its
 * tone, so that equal answers in either tone-placement convention compare equal. At 'tones' level the
 * tones are dropped; at 'all' level every mark is dropped and đ becomes d.
 *
 * @example normalizeAnswer('Hiệp định  hòa-bình!') === normalizeAnswer('hiệp định hoà bình')
 */
export function normalizeAnswer(text: string, level: FoldLevel = 'exact'): string {
  return syllables(text).map((s) => syllableKey(s, level)).join(' ')
}

/** True when the two strings are the same answer up to case, punctuation and tone placement. */
export function sameAnswer(a: string, b: string): boolean {
  return normalizeAnswer(a) === normalizeAnswer(b)
}
