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

/** Letters whose marks are not tones (ă â ê ô ơ ư đ), folded only at the "all marks" level. */
const FOLD_ALL: Record<string, string> = {
  ă: 'a', â: 'a', ê: 'e', ô: 'o', ơ: 'o', ư: 'u', đ: 'd',
}

export type FoldLevel = 'exact' | 'tones' | 'all'

/** Hyphens, dashes and slashes separate words; other punctuation is dropped. */
function isSeparator(ch: string): boolean {
  return ch === ' ' || ch === '-' || ch === '–' || ch === '—' || ch === '/' || ch === '\t' || ch === '\n' || ch === '\u00a0'
}

function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch)
}

/**
 * Lower-cases, drops punctuation, folds separators to single spaces and keys each syllable by its
 * tone, so that equal answers in either tone-placement convention compare equal.
 *
 * @example normalizeAnswer('Hiệp định  hòa-bình!') === normalizeAnswer('hiệp định hoà bình')
 */
export function normalizeAnswer(text: string, level: FoldLevel = 'exact'): string {
  const decomposed = text.normalize('NFD').toLocaleLowerCase('vi')
  const words: string[] = []
  let base = ''
  let tone = ''
  const flush = () => {
    if (base) {
      let word = base.normalize('NFC')
      if (level === 'all') word = Array.from(word, (c) => FOLD_ALL[c] ?? c).join('')
      words.push(level === 'exact' && tone ? word + tone : word)
    }
    base = ''
    tone = ''
  }
  for (const ch of decomposed) {
    const digit = TONE_DIGIT[ch]
    if (digit !== undefined) {
      if (base) tone = digit
    } else if (/\p{M}/u.test(ch)) {
      // Non-tone marks (breve, circumflex, horn) stay with their letter.
      if (base) base += ch
    } else if (isWordChar(ch)) {
      base += ch
    } else if (isSeparator(ch)) {
      flush()
    }
    // Any other punctuation is dropped without splitting the word ("Nagorno-Karabakh" splits on the hyphen above).
  }
  flush()
  return words.join(' ')
}

/** True when the two strings are the same answer up to case, punctuation and tone placement. */
export function sameAnswer(a: string, b: string): boolean {
  return normalizeAnswer(a) === normalizeAnswer(b)
}
