/**
 * Vietnamese text normalisation for comparing answers.
 *
 * Keyboards produce precomposed or decomposed text, and two tone-placement conventions are both correct
 * ("hòa" / "hoà", "thủy" / "thuỷ"). Rather than move tone marks to a canonical vowel, which needs the
 * full placement rules, each syllable is keyed as its letters without the tone plus a tone letter:
 * a syllable carries one tone, so the key does not depend on where the mark was written.
 *
 * The tone is keyed by an upper-case letter, which typed text can never produce (it is lower-cased
 * first): with a digit, "hoa2", a VNI keyboard's leftover, would key exactly like "hòa".
 *
 * Every function here runs in one pass over its input (no backtracking regular expressions).
 */

/** The five tone marks, as combining characters, and their letter in a syllable key (Telex's names). */
const TONE_KEY: Record<string, string> = {
  '\u0300': 'F', // huyền
  '\u0301': 'S', // sắc
  '\u0303': 'X', // ngã
  '\u0309': 'R', // hỏi
  '\u0323': 'J', // nặng
}

export type FoldLevel = 'exact' | 'tones' | 'all'

/** What came between a syllable and the one before it: a space or hyphen, a list mark, a bracket. */
export type Lead = 'space' | 'list' | 'aside'

/**
 * One syllable (or digit run) of an answer.
 * - `base`: lower case, NFC, tone removed, other marks kept (ă â ê ô ơ ư đ survive);
 * - `bare`: every mark removed and đ → d;
 * - `tone`: '' or the tone letter of `TONE_KEY`;
 * - `surface`: as the learner wrote it (case and marks, decomposed: `surfaceText` recomposes it);
 * - `lead`: the separator before it ("Sochi, Nga": `list` before "Nga"; "bảy (7)": `aside` before "7").
 */
export interface Syllable {
  base: string
  bare: string
  tone: string
  surface: string
  lead: Lead
}

/** Answers longer than this are cut before any work: nobody types a 1,000-character answer. */
export const MAX_ANSWER_LENGTH = 1000

/**
 * Characters that are not there for a reader: zero-width spaces and joiners, the byte-order mark, the
 * word joiner and the bidirectional controls that copy-paste and some keyboards insert. They are dropped
 * before anything else, so "19\u200B92" is still 1992.
 */
export function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) || code === 0xfeff || code === 0x2060 || code === 0x00ad ||
    (code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069)
  )
}

/** Marks that list several things: a piece after one of them is another item, not more of the same. */
function isListMark(ch: string): boolean {
  return ch === ',' || ch === ';' || ch === '/' || ch === '+' || ch === '&' || ch === '|' || ch === '\n' ||
    ch === '，' || ch === '；' || ch === '、'
}

/** Brackets and colons set an aside: "bảy (7)", "Sochi (Nga)", "Đáp án: Sochi". */
function isAsideMark(ch: string): boolean {
  return ch === '(' || ch === ')' || ch === '[' || ch === ']' || ch === ':' || ch === '（' || ch === '）'
}

/** Apostrophes join: "O'Brien" is one word. Every other punctuation mark separates words. */
function isJoiner(ch: string): boolean {
  return ch === "'" || ch === '’' || ch === 'ʼ'
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u
const MARK = /^\p{M}$/u

function isAsciiWordChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}

/**
 * Splits an answer into syllables. Spaces, hyphens, dashes and every punctuation mark but the apostrophe
 * separate ("10.11" → 10, 11; "V.Putin" → v, putin); invisible characters are dropped.
 *
 * @example syllables('Hoà-bình!').map((s) => s.base + s.tone) // ['hoaF', 'binhF']
 */
export function syllables(text: string): Syllable[] {
  const decomposed = (text.length > MAX_ANSWER_LENGTH ? text.slice(0, MAX_ANSWER_LENGTH) : text).normalize('NFD')
  const out: Syllable[] = []
  let base = ''
  let bare = ''
  let tone = ''
  let start = -1
  let end = 0
  let lead: Lead = 'space'
  // Most syllables of names and numbers are plain ASCII: they need no recomposition.
  let ascii = true
  const flush = () => {
    if (base) {
      out.push({ base: ascii ? base : base.normalize('NFC'), bare, tone, surface: decomposed.slice(start, end), lead })
      lead = 'space'
    }
    base = ''
    bare = ''
    tone = ''
    start = -1
    ascii = true
  }
  for (let i = 0; i < decomposed.length; i++) {
    const code = decomposed.charCodeAt(i)
    if (code >= 65 && code <= 90) {
      // A–Z: lower-cased here rather than over the whole string, so that `surface` keeps the case.
      const lower = String.fromCharCode(code + 32)
      if (start < 0) start = i
      base += lower
      bare += lower
      end = i + 1
      continue
    }
    if (isAsciiWordChar(code)) {
      if (start < 0) start = i
      const ch = decomposed[i] as string
      base += ch
      bare += ch
      end = i + 1
      continue
    }
    if (isInvisible(code)) continue
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < decomposed.length
    const ch = wide ? decomposed.slice(i, i + 2) : (decomposed[i] as string)
    const toneKey = TONE_KEY[ch]
    if (toneKey !== undefined) {
      if (base) {
        tone = toneKey
        ascii = false
        end = i + 1
      }
    } else if (MARK.test(ch)) {
      // Non-tone marks (breve, circumflex, horn) stay with their letter.
      if (base) {
        base += ch
        ascii = false
        end = i + ch.length
      }
    } else if (WORD_CHAR.test(ch)) {
      const lower = ch.toLocaleLowerCase('vi')
      if (start < 0) start = i
      ascii = false
      base += lower
      bare += lower === 'đ' ? 'd' : lower
      end = i + ch.length
    } else if (!isJoiner(ch)) {
      flush()
      if (isListMark(ch)) lead = 'list'
      else if (isAsideMark(ch) && lead === 'space') lead = 'aside'
    }
    if (wide) i++
  }
  flush()
  return out
}

/** Syllables as the learner wrote them, for feedback. */
export function surfaceText(syl: readonly Syllable[]): string {
  return syl.map((s) => s.surface).join(' ').normalize('NFC')
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
