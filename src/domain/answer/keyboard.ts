/**
 * Keyboard leftovers: Vietnamese typed with the input method switched off, so the keys meant for marks
 * stay in the text. VNI puts digits after the letters ("bay3" = bảy, "hoa2" = hòa, "d9" = đ); Telex puts
 * letters ("bayr" = bảy, "hoaf" = hòa, "aa" = â, "dd" = đ, "uw" = ư). The checker reads such an answer
 * both ways: as typed, it is not the answer; decoded, it may be, and then the learner gets "almost" and
 * the hint to switch Vietnamese typing on. It never counts as exact.
 */
import { syllables, type Syllable } from './normalize'
import { isVietnameseSyllable } from './spelling'

const TONE_MARK: Record<string, string> = {
  // VNI
  '1': '\u0301', '2': '\u0300', '3': '\u0309', '4': '\u0303', '5': '\u0323',
  // Telex
  s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323',
}
const CIRCUMFLEX = '\u0302'
const HORN = '\u031b'
const BREVE = '\u0306'

/** Letters as an array of strings, each a letter with the marks put on it so far. */
type Letters = string[]

function lastIndex(letters: Letters, of: string): number {
  for (let i = letters.length - 1; i >= 0; i--) if (of.includes(letters[i] as string)) return i
  return -1
}

/** Puts a mark on the last of the given plain vowels; false when there is none. */
function mark(letters: Letters, vowels: string, combining: string): boolean {
  const i = lastIndex(letters, vowels)
  if (i < 0) return false
  letters[i] += combining
  return true
}

/** "uo" takes the horn on both letters (ươ), otherwise the last o or u takes it. */
function horn(letters: Letters): boolean {
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === 'u' && letters[i + 1] === 'o') {
      letters[i] += HORN
      letters[i + 1] += HORN
      return true
    }
  }
  return mark(letters, 'ou', HORN)
}

function stroke(letters: Letters): boolean {
  const i = letters.indexOf('d')
  if (i < 0) return false
  letters[i] = 'đ'
  return true
}

/** VNI: digits 1–5 are tones, 6 circumflex, 7 horn, 8 breve, 9 đ. Null when the word is not VNI. */
function decodeVni(word: string): string | null {
  if (!/^[a-z]/.test(word)) return null
  const letters: Letters = []
  let tone = ''
  let keys = 0
  for (const ch of word) {
    if (ch >= '1' && ch <= '5') tone = TONE_MARK[ch] as string
    else if (ch === '6' && !mark(letters, 'aeo', CIRCUMFLEX)) return null
    else if (ch === '7' && !horn(letters)) return null
    else if (ch === '8' && !mark(letters, 'a', BREVE)) return null
    else if (ch === '9' && !stroke(letters)) return null
    else if (ch === '0') return null
    else if (ch < '0' || ch > '9') {
      letters.push(ch)
      continue
    }
    keys++
  }
  return keys ? letters.join('') + tone : null
}

/** Telex: a final s f r x j is the tone; aa ee oo are â ê ô, aw ă, ow ơ, uw ư, dd đ, a lone w ư. */
function decodeTelex(word: string): string | null {
  if (!/^[a-z]+$/.test(word)) return null
  let rest = word
  let tone = ''
  const last = rest[rest.length - 1] as string
  if (rest.length > 1 && 'sfrxj'.includes(last)) {
    tone = TONE_MARK[last] as string
    rest = rest.slice(0, -1)
  }
  const letters: Letters = []
  let changed = tone !== ''
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i] as string
    const prev = letters[letters.length - 1]
    if (ch === 'w') {
      if (prev === 'a') letters[letters.length - 1] += BREVE
      else if (prev === 'o' || prev === 'u') horn(letters)
      else letters.push('u' + HORN)
      changed = true
    } else if (prev === ch && 'aeo'.includes(ch)) {
      letters[letters.length - 1] += CIRCUMFLEX
      changed = true
    } else if (prev === 'd' && ch === 'd' && letters.length === 1) {
      letters[0] = 'đ'
      changed = true
    } else {
      letters.push(ch)
    }
  }
  return changed ? letters.join('') + tone : null
}

/** A quick look for anything a leftover needs: a digit after a letter (VNI), a tone letter at the end, w, aa, ee, oo, dd (Telex). */
const LEFTOVER = /[a-z][0-9]|[sfrxj]$|w|aa|ee|oo|dd/

/**
 * The answer with keyboard leftovers turned into marks, or null when no word has any. A word is
 * decoded only when the result is a possible Vietnamese syllable, so names and numbers stay as they are.
 *
 * @example decodeKeyboard(syllables('hoa2 binh2'))?.map((s) => s.base + s.tone) // ['hoaF', 'binhF']
 */
export function decodeKeyboard(tokens: readonly Syllable[]): Syllable[] | null {
  if (!tokens.some((t) => LEFTOVER.test(t.base))) return null
  let any = false
  const out = tokens.map((t) => {
    if (/^[0-9]+$/.test(t.base)) return t
    const decoded = decodeVni(t.base) ?? decodeTelex(t.base)
    if (!decoded) return t
    const [s, more] = syllables(decoded)
    if (!s || more || !isVietnameseSyllable(s.bare)) return t
    any = true
    return { ...s, tone: s.tone || t.tone, surface: t.surface, lead: t.lead }
  })
  return any ? out : null
}
