/**
 * Wrong options: of the same kind as the answer, from the same text first (people for people, years for
 * years, percentages for percentages); near values only for dates and counts (another month, ±1–2);
 * never the answer under another name, a co-member of its list, or anything the same sentence names.
 */
import { keyOf } from './words'
import { shuffle, type Rng } from '../random'
import { type Candidate, text, type TimeValue } from './candidates'
import { toRoman } from './extract-numbers'
import { formatDigits, numberToWords, parseDigits } from './numbers'
import type { Registry } from './registry'

export interface OptionContext {
  registry: Registry
  /** Every candidate of the text, for values of the same kind. */
  candidates: readonly Candidate[]
}

/** The answer as the correct option shows it (a date that starts the sentence loses its capital). */
export function optionText(c: Candidate): string {
  if (c.office) return c.office.person
  const span = c.option ?? c.answer
  const shown = text(c.a, span)
  return span.start === 0 && c.time ? shown.charAt(0).toLocaleLowerCase('vi') + shown.slice(1) : shown
}

/**
 * The correct option of a multiple choice as the wrong ones are written: a date or a range in the
 * generator's own form ("3 tháng 1 năm 2012" for "03 tháng 01 năm 2012", "1813-1815" for "1813–15"), so
 * that the key is not the one option written otherwise.
 */
export function correctOption(c: Candidate): string {
  const t = c.time
  if (t && (t.precision === 'day' || t.precision === 'range') && !t.part) {
    const shown = optionText(c)
    const formatted = formatTime(t, t)
    // Only where the text writes the same value otherwise: padding, dash, short year, or the same figures in
    // other words ("từ 1968 đến 1972" beside "từ năm 1965 đến năm 1972").
    if (shown !== formatted && (/^\d/u.test(shown) || figures(shown) === figures(formatted))) return formatted
  }
  return optionText(c)
}

/** The numbers of a text, in order, as numbers ("03" and "3" alike). */
const figures = (s: string) => (s.match(/\d+/gu) ?? []).map(Number).join(' ')

export function answerText(c: Candidate): string {
  return text(c.a, c.answer)
}

const padded = (s: string) => ` ${keyOf(s)} `

/** Not the answer, not another name for it, not named in the same sentence. */
export function acceptableOption(option: string, c: Candidate, ctx: OptionContext, forbidden: readonly string[] = []): boolean {
  const key = keyOf(option)
  if (!key) return false
  const answer = optionText(c)
  for (const a of [answer, answerText(c), ...c.accepted, ...forbidden]) if (keyOf(a) === key) return false
  // "từ ngày 31 tháng 12 năm 2011 đến ngày 03 tháng 01 năm 2012": the other date, however written, is no wrong value.
  if (c.time) {
    for (const o of ctx.candidates) {
      if (o.a === c.a && o.time && o !== c && keyOf(formatTime(o.time, c.time)) === key) return false
    }
  }
  const named = !c.time && !c.count
  if (named && (ctx.registry.same(option, answer) || (!c.definition?.unique && ctx.registry.areCoMembers(answer, option)))) return false
  if (c.place && holdsNamedPart(option, c)) return false
  return !padded(c.a.sentence.text).includes(` ${key} `)
}

/** Words that make a region of a continent or country: "Đông Phi", "Bắc Mỹ", "châu Á". */
const REGION_WORDS = new Set(['châu', 'đông', 'tây', 'nam', 'bắc', 'trung'].map(keyOf))

/**
 * "Châu Phi" as a wrong option where the sentence names "Đông Phi": the whole holds the part, so it is also
 * right. Two names ending in the same word, one of them a region ("châu", a point of the compass), are one place
 * and a part of it.
 */
function holdsNamedPart(option: string, c: Candidate): boolean {
  const words = (name: string) => name.split(/\s+/u).map(keyOf)
  const o = words(option)
  if (o.length === 0) return false
  for (const m of c.a.mentions) {
    const p = c.a.tokens.slice(m.nameFrom, m.nameTo).map((t) => t.key)
    if (p.length === 0 || p[p.length - 1] !== o[o.length - 1]) continue
    if ((o.length > 1 && REGION_WORDS.has(o[0]!)) || (p.length > 1 && REGION_WORDS.has(p[0]!))) return true
  }
  return false
}

export function formatTime(v: TimeValue, like: TimeValue): string {
  switch (v.precision) {
    case 'day': {
      const y = v.year ?? like.year
      if (like.style !== 'words') {
        const sep = like.style === 'slash' ? '/' : '-'
        return `${v.day}${sep}${v.month}${like.year ? `${sep}${y}` : ''}`
      }
      return `${v.day} tháng ${v.month}${like.year && y ? ` năm ${y}` : ''}`
    }
    case 'month': {
      const part = like.part ? `${like.part} ` : ''
      if (!like.year) return `tháng ${v.month}`
      return like.style === 'slash' ? `${part}tháng ${v.month}/${v.year}` : `${part}tháng ${v.month} năm ${v.year}`
    }
    case 'range':
      return like.rangeWords ? `từ năm ${v.year} đến năm ${v.yearEnd}` : `${v.year}-${v.yearEnd}`
    case 'century':
      return like.roman ? toRoman(v.year ?? 0) : String(v.year)
    default:
      return String(v.year)
  }
}

/** The day before or after: "đêm rạng sáng ngày 10" is partly the 9th, so neither is a wrong option. */
function dayNear(a: TimeValue, b: TimeValue): boolean {
  if (a.precision !== 'day' || b.precision !== 'day') return false
  // A date written without its year may be in the other's year: compare days of the year alone then.
  const bothYears = !!a.year && !!b.year
  const day = (v: TimeValue) => dayOfYear(bothYears ? v : { ...v, year: 0 })
  return Math.abs(day(a) - day(b)) <= 1
}

const MONTH_START = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]

/** Day of the year (a non-leap one is close enough: only neighbours matter), 31 December next to 1 January. */
function dayOfYear(v: TimeValue): number {
  return (v.year ?? 0) * 365 + (MONTH_START[(v.month ?? 1) - 1] ?? 0) + (v.day ?? 1)
}

function validDate(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
}

/** Near values the text contradicts: never ±1 day (a night into the 10th is partly the 9th). */
function nearTimes(v: TimeValue): TimeValue[] {
  const out: TimeValue[] = []
  const y = v.year ?? 0
  switch (v.precision) {
    case 'day': {
      const d = v.day ?? 1
      const m = v.month ?? 1
      if (d <= 12 && d !== m) out.push({ ...v, day: m, month: d })
      for (const [dd, mm] of [[d, m + 1], [d, m - 1], [d + 6, m], [d - 6, m], [d, m + 2]] as const) {
        if (validDate(dd, mm)) out.push({ ...v, day: dd, month: mm })
      }
      break
    }
    case 'month': {
      const m = v.month ?? 1
      for (const delta of [2, -2, 4]) {
        let mm = m + delta
        let yy = y
        if (mm > 12) {
          mm -= 12
          yy++
        } else if (mm < 1) {
          mm += 12
          yy--
        }
        out.push({ ...v, month: mm, ...(v.year ? { year: yy } : {}) })
      }
      if (v.year) out.push({ ...v, year: y - 1 })
      break
    }
    case 'year':
      // A year or two apart reads as a slip of memory, not a wrong answer: three and more.
      for (const d of [-3, 3, -6, 6, 10]) out.push({ ...v, year: y + d })
      break
    case 'range': {
      const length = (v.yearEnd ?? y) - y + 1
      const end = v.yearEnd ?? y
      for (const d of [-length, length, -2 * length, 2 * length]) out.push({ ...v, year: y + d, yearEnd: end + d })
      // One end moved by a quarter of the length (three years at least): the period begun earlier, or ended sooner.
      const k = Math.max(3, Math.round(length / 4))
      out.push({ ...v, year: y - k, yearEnd: end })
      if (end - k > y) out.push({ ...v, year: y, yearEnd: end - k })
      break
    }
    case 'century':
      for (const d of [-1, 1, 2, -2]) if (y + d >= 1 && y + d <= 21) out.push({ ...v, year: y + d })
      break
    case 'decade':
      for (const d of [-10, 10, 20]) out.push({ ...v, year: y + d })
      break
  }
  return out
}

function nearCounts(c: Candidate): string[] {
  const v = c.count
  if (!v || v.approximate || !Number.isInteger(v.value) || v.decimals > 0) return []
  const n = v.value
  // Under ten, one or two apart are fair (4, 6, 7 days for 5); from ten on they are near misses (52, 54
  // for 53): a step of the first digit (43, 63, 73), five for the teens.
  const step = n < 10 ? 1 : n < 20 ? 5 : 10 ** Math.floor(Math.log10(n))
  const values = [n + step, n - step, n + 2 * step, n - 2 * step].filter((x) => x > 0)
  const suffix = v.percent ? '%' : ''
  return values
    .map((x) => (v.words ? numberToWords(x) : formatDigits(x, 0, v.grouped || x >= 10_000) + suffix))
    .filter((x): x is string => !!x)
}

/** "80" (of "80 phần trăm") among "63%" and "33%" is the one option written otherwise: write it as the key is. */
function samePercentForm(option: string, key: string, percent: boolean): string {
  if (!percent || option.includes('%') === key.includes('%')) return option
  return key.includes('%') ? `${option}%` : option.replace(/\s*%$/u, '')
}

/** Values of the same kind the text gives elsewhere, and near values, in order of preference. */
function pools(c: Candidate, ctx: OptionContext): { text: string[]; near: string[] } {
  if (c.time) {
    const t = c.time
    const fromText = ctx.candidates
      .filter((o) => o.time && o.time.precision === t.precision && (t.precision !== 'month' || !!o.time.year === !!t.year))
      .filter((o) => !dayNear(o.time as TimeValue, t))
      .map((o) => formatTime(o.time as TimeValue, t))
    // A period shifted past every year the text knows ("từ năm 2090 đến năm 2233" for a dynasty) is no fair option.
    const latest = Math.max(...ctx.candidates.map((o) => (o.time && o.time.precision !== 'century' ? o.time.yearEnd ?? o.time.year ?? 0 : 0)))
    const near = nearTimes(t).filter((n) => t.precision !== 'range' || (n.yearEnd ?? n.year ?? 0) <= latest)
    return { text: fromText, near: near.map((n) => formatTime(n, t)) }
  }
  if (c.count) {
    const v = c.count
    // Of the same order of magnitude: 26.546.475 is no fair option for 8 "lượt triệu khách".
    const comparable = (x: number) => v.value === 0 || x === 0 || Math.max(x / v.value, v.value / x) <= 20
    const fromText = ctx.candidates
      .filter((o) => o.count && o.count.unit === v.unit && o.count.percent === v.percent && o.count.words === v.words)
      .filter((o) => comparable(o.count!.value))
      .map((o) => samePercentForm(optionText(o), optionText(c), v.percent))
    return { text: fromText, near: nearCounts(c) }
  }
  if (c.place) {
    const r = ctx.registry
    const entities = c.place.country ? r.pool('country') : r.pool('place', c.place.kind)
    return { text: entities.map((e) => e.name), near: [] }
  }
  if (c.definition) {
    const type = c.definition.subjectType
    if (type === 'name' || type === 'acronym') return { text: [], near: [] }
    return { text: ctx.registry.pool(type).map((e) => e.name), near: [] }
  }
  return { text: [], near: [] }
}

/**
 * Three wrong options, or undefined when the text does not give enough of the same kind. Text values
 * are drawn with the rng; near values fill in, in a fixed order.
 */
export function wrongOptions(c: Candidate, ctx: OptionContext, rng: Rng, forbidden: readonly string[] = []): string[] | undefined {
  if (c.count?.approximate) return undefined
  const { text: fromText, near } = pools(c, ctx)
  const chosen: string[] = []
  const keys = new Set<string>()
  const take = (o: string) => {
    const key = keyOf(o)
    if (chosen.length < 3 && !keys.has(key) && acceptableOption(o, c, ctx, forbidden)) {
      chosen.push(o)
      keys.add(key)
    }
  }
  for (const o of shuffle(fromText, rng)) take(o)
  for (const o of near) take(o)
  return chosen.length === 3 ? chosen : undefined
}

/** A value the text contradicts, for a false statement: from the text first, else a near one. */
export function falseValue(c: Candidate, ctx: OptionContext, rng: Rng): string | undefined {
  if (c.count?.approximate || c.time?.enumerated) return undefined
  if (!c.time && !c.count) return undefined
  const { text: fromText, near } = pools(c, ctx)
  for (const o of [...shuffle(fromText, rng), ...near]) if (acceptableOption(o, c, ctx) && !roundingOf(o, c)) return o
  return undefined
}

/**
 * "tăng 10%" for "tăng 9,7%": the figure rounded to fewer decimals is what a reader would call true, so
 * it is no false version of it ("7%" for "6,5%" is not a rounding: 6,5 is as near 6).
 */
function roundingOf(option: string, c: Candidate): boolean {
  const v = c.count
  if (!v || v.decimals === 0) return false
  const parsed = parseDigits(option.replace(/%$/u, '').trim())
  if (!parsed || parsed.decimals >= v.decimals) return false
  return Math.abs(parsed.value - v.value) < 0.5 * 10 ** -parsed.decimals
}
