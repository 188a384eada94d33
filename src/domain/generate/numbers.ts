/**
 * Numbers as Vietnamese writes them: "1.000" (a thousand), "5,05" (five point zero five), "bảy" (seven),
 * "hai mươi lăm" (25); read, written back in the same style, and spelled out for accepted answers.
 */
import { dictionary } from './dictionary'
import { K, type Token } from './words'

export interface ParsedDigits {
  value: number
  /** Digits after the decimal mark, to write near values the same way ("5,05" → "6,05"). */
  decimals: number
  /** Written with a thousands separator ("16.200"). */
  grouped: boolean
}

/**
 * Reads a number written in figures. Vietnamese groups thousands with dots and marks decimals with a
 * comma; a single dot followed by other than three digits is a decimal point ("10.5").
 *
 * @example parseDigits('10.221,8') // { value: 10221.8, decimals: 1, grouped: true }
 */
export function parseDigits(text: string): ParsedDigits | undefined {
  if (!/^[0-9]+([.,][0-9]+)*$/.test(text)) return undefined
  const dots = text.split('.').length - 1
  const commas = text.split(',').length - 1
  let integer = text
  let fraction = ''
  let grouped = false
  if (dots && commas) {
    const decimalMark = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.'
    const groupMark = decimalMark === ',' ? '.' : ','
    const at = text.lastIndexOf(decimalMark)
    if (text.split(decimalMark).length > 2) return undefined
    integer = text.slice(0, at).split(groupMark).join('')
    fraction = text.slice(at + 1)
    grouped = true
  } else if (dots || commas) {
    const mark = dots ? '.' : ','
    const parts = text.split(mark)
    grouped = parts.slice(1).every((p) => p.length === 3) && (parts.length > 2 || mark === '.')
    if (grouped) integer = parts.join('')
    else if (parts.length === 2) {
      integer = parts[0] as string
      fraction = parts[1] as string
    } else return undefined
  }
  const value = Number(`${integer}.${fraction || '0'}`)
  if (!Number.isFinite(value)) return undefined
  return { value, decimals: fraction.length, grouped }
}

/** Writes a number the Vietnamese way: dots between thousands, a comma before decimals. */
export function formatDigits(value: number, decimals: number, grouped: boolean): string {
  const fixed = Math.abs(value).toFixed(decimals)
  const [int = '0', frac] = fixed.split('.')
  const withGroups = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : int
  return (value < 0 ? '-' : '') + withGroups + (frac ? `,${frac}` : '')
}

const UNIT_NAMES = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín']

function wordsBelowThousand(n: number, inside: boolean): string {
  const hundreds = Math.floor(n / 100)
  const tens = Math.floor((n % 100) / 10)
  const units = n % 10
  const out: string[] = []
  if (hundreds > 0 || inside) out.push(`${UNIT_NAMES[hundreds]} trăm`)
  if (tens === 0) {
    if (units > 0 && out.length) out.push('linh')
    if (units > 0) out.push(UNIT_NAMES[units] as string)
  } else if (tens === 1) {
    out.push('mười')
    if (units > 0) out.push(units === 5 ? 'lăm' : (UNIT_NAMES[units] as string))
  } else {
    out.push(`${UNIT_NAMES[tens]} mươi`)
    if (units === 1) out.push('mốt')
    else if (units === 4) out.push('tư')
    else if (units === 5) out.push('lăm')
    else if (units > 0) out.push(UNIT_NAMES[units] as string)
  }
  return out.join(' ')
}

/**
 * A whole number in words, for accepted answers: every number to 999, and round thousands, millions
 * and billions ("hai nghìn", "ba trăm năm mươi triệu"). Undefined for others, which nobody types in words.
 *
 * @example numberToWords(25) // 'hai mươi lăm'
 */
export function numberToWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0) return undefined
  if (n === 0) return 'không'
  if (n < 1000) return wordsBelowThousand(n, false)
  for (const [scale, word] of [[1e9, 'tỷ'], [1e6, 'triệu'], [1e3, 'nghìn']] as const) {
    if (n % scale === 0 && n / scale < 1000) return `${wordsBelowThousand(n / scale, false)} ${word}`
  }
  return undefined
}

/**
 * A number written in words from token i: "bảy", "mười hai", "hai mươi lăm", "ba trăm". Only 2 and
 * more: "một" is also the article "a". Undefined if none starts there.
 */
export function readNumberWords(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
  const units = dictionary().units
  const word = (j: number) => {
    const t = tokens[j]
    return t && t.type === 'word' && !t.cap ? t.key : undefined
  }
  const unit = (j: number) => {
    const w = word(j)
    return w === undefined ? undefined : units.get(w)
  }
  const tail = (j: number) => {
    const w = word(j)
    if (w === K('mốt')) return 1
    if (w === K('tư')) return 4
    if (w === K('lăm') || w === K('nhăm')) return 5
    const u = unit(j)
    return u !== undefined && u >= 1 && u <= 9 ? u : undefined
  }
  let value: number
  let end: number
  const first = unit(i)
  if (first === undefined) return undefined
  if (first === 10) {
    const t = tail(i + 1)
    value = 10 + (t ?? 0)
    end = t === undefined ? i + 1 : i + 2
  } else if (first >= 2 && word(i + 1) === K('mươi')) {
    const t = tail(i + 2)
    value = first * 10 + (t ?? 0)
    end = t === undefined ? i + 2 : i + 3
  } else if (first >= 1 && word(i + 1) === K('trăm')) {
    value = first * 100
    end = i + 2
  } else {
    value = first
    end = i + 1
  }
  if (value < 2) return undefined
  return { value, end }
}

/** Every other way to write a count: figures for words, words for figures, with and without separators. */
export function numberForms(text: string, value: number): string[] {
  const forms = new Set<string>()
  if (Number.isInteger(value)) {
    forms.add(String(value))
    forms.add(formatDigits(value, 0, true))
    if (value >= 1000) forms.add(formatDigits(value, 0, true).replace(/\./g, ' '))
    const words = numberToWords(value)
    if (words) {
      forms.add(words)
      if (words.includes('nghìn')) forms.add(words.replace('nghìn', 'ngàn'))
    }
  } else {
    const [int, frac] = String(value).split('.')
    forms.add(`${int},${frac}`)
    forms.add(`${int}.${frac}`)
  }
  forms.delete(text)
  return [...forms]
}
