/**
 * Spelling facts the checker needs: what a Vietnamese syllable looks like, and which spellings of a
 * foreign name are the same name.
 */
import { syllableKey, type FoldLevel, type Syllable } from './normalize'

const VOWELS = 'aeiouy'
const ONSETS = new Set([
  '', 'b', 'c', 'ch', 'd', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh', 'p', 'ph',
  'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
])
const FINALS = new Set(['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'])

const isVowel = (ch: string | undefined) => ch !== undefined && VOWELS.includes(ch)

/**
 * True when a mark-free, lower-case syllable can be Vietnamese: an onset, one to three vowels and a
 * final from the language's short lists. Foreign names fail ("sochi", "minsk", "azerbaijan"), which
 * is how the checker tells a name from a Vietnamese word (VIETNAMESE.md, "Proper names").
 *
 * @example isVietnameseSyllable('nguyen') // true
 * @example isVietnameseSyllable('putin')  // false
 */
export function isVietnameseSyllable(bare: string): boolean {
  if (!bare || bare.length > 7) return false
  let i = 0
  while (i < bare.length && !isVowel(bare[i])) i++
  let onset = bare.slice(0, i)
  // "qu" and "gi" take their u / i into the onset when another vowel follows ("quốc", "giữa").
  if (onset === 'q' && bare[i] === 'u') onset = 'qu'
  else if (onset === 'g' && bare[i] === 'i' && isVowel(bare[i + 1])) onset = 'gi'
  if (onset.length > i) i = onset.length
  if (!ONSETS.has(onset)) return false
  const start = i
  while (i < bare.length && isVowel(bare[i])) i++
  const nucleus = i - start
  return nucleus >= 1 && nucleus <= 3 && FINALS.has(bare.slice(i))
}

/**
 * Folds the spelling differences between the usual romanisations of Russian and Caucasian names, so that
 * a standard spelling counts as the name itself, not as a typo:
 * - dzh, dj → j (Azerbaidzhan, Kalbadjar: Russian дж / Azerbaijani c, written j in English);
 * - tch → ch (Sotchi, Latchin: French ч);
 * - kh → h and a final gh → h (Karabakh / Karabagh / Karabah: Azerbaijani ğ, Russian х);
 *   gh → g elsewhere (Aghdam / Agdam);
 * - y → i, and iy → i (Aliyev / Aliev, Pashinyan / Pashinian, Azerbaydzhan: Russian й, ы);
 * - w → v (Moskwa: German and Polish в).
 * Vowel changes (Kalbajar / Kelbajar, Azerbaijani ə) are not rules: they would merge real names, so such
 * spellings are listed per fact in the bank.
 *
 * @example transliterationKey('Azerbaydzhan'.toLowerCase()) === transliterationKey('azerbaijan')
 */
export function transliterationKey(bare: string): string {
  let out = ''
  for (let i = 0; i < bare.length; i++) {
    const ch = bare[i] as string
    const next = bare[i + 1]
    let add = ch
    if (ch === 'd' && next === 'z' && bare[i + 2] === 'h') {
      add = 'j'
      i += 2
    } else if (ch === 'd' && next === 'j') {
      add = 'j'
      i += 1
    } else if (ch === 't' && next === 'c' && bare[i + 2] === 'h') {
      add = 'ch'
      i += 2
    } else if (ch === 'k' && next === 'h') {
      add = 'h'
      i += 1
    } else if (ch === 'g' && next === 'h') {
      add = i + 2 === bare.length ? 'h' : 'g'
      i += 1
    } else if (ch === 'y') {
      // "iy" is one sound: Aliyev = Aliev.
      add = out.endsWith('i') ? '' : 'i'
    } else if (ch === 'w') {
      add = 'v'
    }
    out += add
  }
  return out
}

/**
 * A foreign name's syllable: not a possible Vietnamese syllable and written without Vietnamese marks
 * (so "Matxcơva", written with ơ, stays a Vietnamese spelling). Digits are not names.
 */
export function isForeign(s: Syllable): boolean {
  return s.base === s.bare && !/^[0-9]+$/.test(s.bare) && !isVietnameseSyllable(s.bare)
}

/** The key a syllable is compared by: its key at the fold level, or for a foreign name its transliteration key. */
export function matchKey(s: Syllable, level: FoldLevel): string {
  return isForeign(s) ? transliterationKey(s.bare) : syllableKey(s, level)
}
