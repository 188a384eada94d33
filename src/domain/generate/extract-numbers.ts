/**
 * Dates, periods and counts. Only what the text writes in figures or number words becomes a date:
 * "hôm nay", "năm ngoái", "tuần trước" never do, and "tháng 5 năm nay" keeps only its month.
 */
import type { Analysis } from './analyse'
import { type Candidate, type CountValue, inQuotation, type TimeValue, tokenSpan } from './candidates'
import { dictionary } from './dictionary'
import { numberForms, parseDigits, readNumberWords } from './numbers'
import type { LowReason } from './types'
import { K, ROMAN, type Token } from './words'

interface TimeMatch {
  /** Tokens of the whole phrase (replaced by `wh`) and of the answer (blanked). */
  from: number
  to: number
  answerFrom: number
  answerTo: number
  value: TimeValue
  wh: string
  /** Read so that no figure of it is taken for something else, but not asked ("16-19 tháng 6 năm 1815"). */
  unasked?: boolean
}

const DAY_LABELS = new Set(['ngày', 'mùng', 'mồng'].map(K))
const PARTS = new Set(['đầu', 'giữa', 'cuối'].map(K))
const BC = ['TCN', 'trước Công nguyên']

const isNumber = (t: Token | undefined): t is Token => !!t && t.type === 'number'
const intOf = (t: Token | undefined, min: number, max: number): number | undefined => {
  if (!isNumber(t) || !/^[0-9]+$/.test(t.text)) return undefined
  const n = Number(t.text)
  return n >= min && n <= max ? n : undefined
}
const yearOf = (t: Token | undefined) => (isNumber(t) && /^[0-9]{3,4}$/.test(t.text) ? intOf(t, 100, 2100) : undefined)
const is = (t: Token | undefined, word: string) => !!t && t.key === K(word)

function relativeAt(tokens: readonly Token[], i: number): boolean {
  return !!dictionary().relativeTime.match(tokens, i)
}

/** "tháng 9", "tháng Giêng", "tháng mười hai": the month number after "tháng" at i, and where it ends. */
function monthAt(tokens: readonly Token[], i: number): { month: number; end: number } | undefined {
  if (!is(tokens[i], 'tháng')) return undefined
  const next = tokens[i + 1]
  const n = intOf(next, 1, 12)
  if (n !== undefined && !(tokens[i + 2]?.text === '/' )) return { month: n, end: i + 2 }
  if (next?.type === 'word') {
    const named = dictionary().monthNames.get(next.key)
    if (named) return { month: named, end: i + 2 }
    // "tháng năm" is May, but "tháng năm 2020" is not a month: never read "năm" as a month.
    if (next.key === K('năm')) return undefined
    const words = readNumberWords(tokens, i + 1)
    if (words && words.value <= 12) return { month: words.value, end: words.end }
    if (next.key === K('một')) return { month: 1, end: i + 2 }
  }
  return undefined
}

/** "năm 1954" or "năm 1954 TCN" at i. */
function yearAt(tokens: readonly Token[], i: number): { year: number; end: number } | undefined {
  if (!is(tokens[i], 'năm')) return undefined
  const year = yearOf(tokens[i + 1])
  if (year === undefined) return undefined
  // "năm 1.000 binh sĩ" is not a year: a year has no separator, and no noun after it but a month or place.
  return { year, end: bcEnd(tokens, i + 2) }
}

function bcEnd(tokens: readonly Token[], i: number): number {
  for (const bc of BC) {
    const words = bc.split(' ')
    if (words.every((w, k) => tokens[i + k]?.key === K(w))) return i + words.length
  }
  return i
}

const DATE_TOKEN = /^([0-9]{1,2})([/-])([0-9]{1,2})(?:\2([0-9]{4}))?$/
const MONTH_TOKEN = /^([0-9]{1,2})\/([0-9]{4})$/
const RANGE_TOKEN = /^([0-9]{4})[-–]([0-9]{2,4})$/

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
}

/** Dates and periods in a sentence, left to right, never overlapping. */
export function findTimes(tokens: readonly Token[]): TimeMatch[] {
  const out: TimeMatch[] = []
  let i = 0
  while (i < tokens.length) {
    const m = timeAt(tokens, i)
    if (m) {
      out.push(m)
      i = m.to
    } else i++
  }
  return out
}

/** How many tokens a range of figures starting at `k` takes: "16-19" as one token, "16 - 19" as three; 0 if none. */
function figureRange(tokens: readonly Token[], k: number): number {
  if (/^\d+[-–]\d+$/u.test(tokens[k]?.text ?? '')) return 1
  return isNumber(tokens[k]) && /^[-–]$/u.test(tokens[k + 1]?.text ?? '') && isNumber(tokens[k + 2]) ? 3 : 0
}

/** "từ 16-19 tháng 6 năm 1815": the month of a range of days is no time of its own to ask. */
function afterDayRange(tokens: readonly Token[], i: number): boolean {
  return figureRange(tokens, i - 1) === 1 || figureRange(tokens, i - 3) === 3
}

function timeAt(tokens: readonly Token[], i: number): TimeMatch | undefined {
  const t = tokens[i] as Token
  // ngày 10 tháng 11 (năm 2020)
  if (DAY_LABELS.has(t.key)) {
    const day = intOf(tokens[i + 1], 1, 31)
    const month = day !== undefined ? monthAt(tokens, i + 2) : undefined
    if (day !== undefined && month && validDay(day, month.month)) {
      const year = relativeAt(tokens, month.end) ? undefined : yearAt(tokens, month.end)
      const end = year ? year.end : month.end
      return {
        from: i, to: end, answerFrom: i + 1, answerTo: end, wh: 'ngày nào',
        value: { precision: 'day', day, month: month.month, ...(year ? { year: year.year } : {}), style: 'words' },
      }
    }
    const token = DATE_TOKEN.exec(tokens[i + 1]?.text ?? '')
    if (token && isNumber(tokens[i + 1])) return slashDate(token, i, i + 1)
  }
  // "tối 12 tháng 5": a day and a month in figures are a date even without "ngày" ("18 tháng" alone is a length).
  if (!DAY_LABELS.has(tokens[i - 1]?.key ?? '') && !NO_COUNT_BEFORE.has(tokens[i - 1]?.key ?? '')) {
    const day = intOf(t, 1, 31)
    const month = day !== undefined && is(tokens[i + 1], 'tháng') && isNumber(tokens[i + 2]) ? monthAt(tokens, i + 1) : undefined
    if (day !== undefined && month && validDay(day, month.month)) {
      const year = relativeAt(tokens, month.end) ? undefined : yearAt(tokens, month.end)
      const end = year ? year.end : month.end
      return {
        from: i, to: end, answerFrom: i, answerTo: end, wh: 'ngày nào',
        value: { precision: 'day', day, month: month.month, ...(year ? { year: year.year } : {}), style: 'words' },
      }
    }
  }
  // 10/11/2020 without "ngày"
  const bare = DATE_TOKEN.exec(t.text)
  if (bare && isNumber(t) && bare[4]) return slashDate(bare, i, i)
  // (đầu|giữa|cuối) tháng 9 (năm 2020 | /2020)
  const part = PARTS.has(t.key) && is(tokens[i + 1], 'tháng') ? i : -1
  const monthStart = part >= 0 ? i + 1 : i
  const month = monthAt(tokens, monthStart)
  const ofDays = !!month && part < 0 && afterDayRange(tokens, i)
  if (month && !(part < 0 && DAY_LABELS.has(tokens[i - 2]?.key ?? ''))) {
    const year = relativeAt(tokens, month.end) ? undefined : yearAt(tokens, month.end)
    const partText = part >= 0 ? t.text.toLocaleLowerCase('vi') : undefined
    const value: TimeValue = {
      precision: 'month', month: month.month, style: 'words',
      ...(year ? { year: year.year } : {}), ...(partText ? { part: partText } : {}),
    }
    if (year) return { from: i, to: year.end, answerFrom: i, answerTo: year.end, wh: 'thời gian nào', value, ...(ofDays ? { unasked: true } : {}) }
    if (ofDays) return { from: i, to: month.end, answerFrom: i, answerTo: month.end, wh: 'thời gian nào', value, unasked: true }
    // A month alone: "từ tháng 8 đến tháng 11"; the blank is the number, the question "tháng nào".
    if (part < 0) return { from: i, to: month.end, answerFrom: i + 1, answerTo: month.end, wh: 'tháng nào', value }
    return { from: i, to: month.end, answerFrom: i, answerTo: month.end, wh: 'thời gian nào', value }
  }
  if (is(t, 'tháng')) {
    const mt = MONTH_TOKEN.exec(tokens[i + 1]?.text ?? '')
    if (mt && Number(mt[1]) >= 1 && Number(mt[1]) <= 12) {
      return {
        from: i, to: i + 2, answerFrom: i, answerTo: i + 2, wh: 'thời gian nào',
        value: { precision: 'month', month: Number(mt[1]), year: Number(mt[2]), style: 'slash' },
      }
    }
  }
  // từ năm 1992 đến (năm) 1994
  if (is(t, 'từ')) {
    const withLabel = is(tokens[i + 1], 'năm')
    const y1 = yearOf(tokens[i + (withLabel ? 2 : 1)])
    const to = i + (withLabel ? 3 : 2)
    if (y1 !== undefined && (is(tokens[to], 'đến') || is(tokens[to], 'tới'))) {
      const label2 = is(tokens[to + 1], 'năm')
      const y2 = yearOf(tokens[to + (label2 ? 2 : 1)])
      if (y2 !== undefined && y2 > y1 && (withLabel || y1 >= 1000)) {
        const end = to + (label2 ? 3 : 2)
        return {
          from: i, to: end, answerFrom: i, answerTo: end, wh: withLabel ? 'từ năm nào đến năm nào' : 'từ năm nào đến năm nào',
          value: { precision: 'range', year: y1, yearEnd: y2, style: 'words', rangeWords: true },
        }
      }
    }
  }
  // (những năm | giai đoạn) 1992-1994
  const range = RANGE_TOKEN.exec(t.text)
  if (range && isNumber(t)) {
    const y1 = Number(range[1])
    let y2 = Number(range[2])
    if ((range[2] as string).length === 2) y2 = y1 - (y1 % 100) + y2
    const nhungNam = is(tokens[i - 2], 'những') && is(tokens[i - 1], 'năm')
    const labelled = nhungNam || is(tokens[i - 1], 'năm') || is(tokens[i - 1], 'đoạn')
    // "1420–1470 K", "2100–2300 m", "1500–1800 tấn": a range of figures with a unit is a measure, not years.
    if (y1 >= 1000 && y2 > y1 && y2 - y1 < 200 && (labelled || !measureUnit(tokens[i + 1]))) {
      const from = nhungNam ? i - 2 : labelled ? i - 1 : i
      const wh = nhungNam ? 'những năm nào' : from === i - 1 ? `${tokens[i - 1]!.text} nào` : 'thời gian nào'
      return { from, to: i + 1, answerFrom: i, answerTo: i + 1, wh, value: { precision: 'range', year: y1, yearEnd: y2, style: 'dash' } }
    }
  }
  // năm 1954
  const year = yearAt(tokens, i)
  if (year) {
    return { from: i, to: year.end, answerFrom: i + 1, answerTo: year.end, wh: 'năm nào', value: { precision: 'year', year: year.year, style: 'words' } }
  }
  // thế kỷ XVI, thế kỉ 16
  if (is(t, 'thế') && (is(tokens[i + 1], 'kỷ') || is(tokens[i + 1], 'kỉ'))) {
    const c = tokens[i + 2]
    const roman = !!c && ROMAN.test(c.text)
    const century = roman ? romanValue(c.text) : intOf(c, 1, 21)
    if (century !== undefined && century >= 1 && century <= 21) {
      const end = bcEnd(tokens, i + 3)
      return {
        from: i, to: end, answerFrom: i + 2, answerTo: end, wh: `${t.text} ${tokens[i + 1]!.text} nào`,
        value: { precision: 'century', year: century, style: 'words', roman },
      }
    }
  }
  // thập niên 1990
  if (is(t, 'thập') && (is(tokens[i + 1], 'niên') || is(tokens[i + 1], 'kỷ') || is(tokens[i + 1], 'kỉ'))) {
    const y = yearOf(tokens[i + 2])
    if (y !== undefined && y % 10 === 0) {
      return { from: i, to: i + 3, answerFrom: i + 2, answerTo: i + 3, wh: `${t.text} ${tokens[i + 1]!.text} nào`, value: { precision: 'decade', year: y, style: 'words' } }
    }
  }
  return undefined
}

function slashDate(m: RegExpExecArray, from: number, at: number): TimeMatch | undefined {
  const day = Number(m[1])
  const month = Number(m[3])
  if (!validDay(day, month)) return undefined
  const year = m[4] ? Number(m[4]) : undefined
  return {
    from, to: at + 1, answerFrom: at, answerTo: at + 1, wh: 'ngày nào',
    value: { precision: 'day', day, month, ...(year ? { year } : {}), style: m[2] === '/' ? 'slash' : 'dash' },
  }
}

const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }

export function romanValue(text: string): number | undefined {
  let total = 0
  for (let i = 0; i < text.length; i++) {
    const v = ROMAN_DIGITS[text[i] as string]
    const next = ROMAN_DIGITS[text[i + 1] as string] ?? 0
    if (v === undefined) return undefined
    total += v < next ? -v : v
  }
  return total
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]
  let out = ''
  let rest = n
  for (const [v, s] of table) {
    while (rest >= v) {
      out += s
      rest -= v
    }
  }
  return out
}

/** How else a date may be typed: "10/11/2020" for "10 tháng 11 năm 2020", the century in figures. */
function timeAccepted(v: TimeValue, answer: string): string[] {
  const out = new Set<string>()
  if (v.precision === 'day') {
    const dm = `${v.day}/${v.month}`
    out.add(v.year ? `${dm}/${v.year}` : dm)
    out.add(`${v.day} tháng ${v.month}${v.year ? ` năm ${v.year}` : ''}`)
  } else if (v.precision === 'month' && v.year) {
    out.add(`${v.month}/${v.year}`)
    out.add(`tháng ${v.month} năm ${v.year}`)
  } else if (v.precision === 'range') {
    out.add(`${v.year}-${v.yearEnd}`)
    out.add(`từ năm ${v.year} đến năm ${v.yearEnd}`)
  } else if (v.precision === 'century' && v.year) {
    out.add(v.roman ? String(v.year) : toRoman(v.year))
    for (const word of ['thế kỷ', 'thế kỉ']) {
      out.add(`${word} ${v.year}`)
      out.add(`${word} ${toRoman(v.year)}`)
    }
  }
  out.delete(answer)
  return [...out]
}

/** "năm 2016 và năm 2020": one of several dates given together; naming another is not contradicted. */
function inEnumeration(tokens: readonly Token[], times: readonly TimeMatch[], index: number): boolean {
  const m = times[index] as TimeMatch
  const joins = (t: Token | undefined) => !!t && (t.text === ',' || t.key === K('và') || t.key === K('hoặc'))
  const before = times[index - 1]
  const after = times[index + 1]
  return (!!before && before.to === m.from - 1 && joins(tokens[m.from - 1])) || (!!after && after.from === m.to + 1 && joins(tokens[m.to]))
}

const TIME_PREPOSITIONS = new Set(['vào', 'từ', 'đến', 'tới', 'trong', 'sau', 'trước', 'giữa', 'đầu', 'cuối'].map(K))

/**
 * "GDP năm 2023 tăng 5,05%": a year after a noun indexes a figure; "GDP năm 2022 tăng 5,05%" is then a
 * claim about another year the text does not make, not one it contradicts. A year stands for an event
 * only when it opens the sentence or follows a preposition ("vào năm 1954", "từ năm 1992").
 */
function indexesFigure(tokens: readonly Token[], m: TimeMatch): boolean {
  if (m.value.precision !== 'year') return false
  const before = tokens[m.from - 1]
  return !!before && before.text !== ',' && !TIME_PREPOSITIONS.has(before.key)
}

/**
 * "Tháng 5 oi bức", "nhiệt độ tháng 1 là 25 °C": a month with no year that is the subject of a description
 * (no preposition before it, no comma after it at the sentence start) or indexes a figure; "Tháng 4 oi
 * bức" is then a claim about another month the text does not make, not one it contradicts.
 */
function describedMonth(tokens: readonly Token[], m: TimeMatch): boolean {
  if (m.value.precision !== 'month' || m.value.year) return false
  const before = tokens[m.from - 1]
  if (before) return before.type === 'word' && !TIME_PREPOSITIONS.has(before.key) && !is(before, 'ngày')
  return tokens[m.to]?.text !== ','
}

function reasonsFor(a: Analysis, from: number, to: number): LowReason[] {
  return inQuotation(a, from, to) ? ['in-quotation'] : []
}

/** Date and period candidates of a sentence, and the tokens they use (no count is read inside them). */
export function timeCandidates(a: Analysis): { candidates: Candidate[]; used: Set<number> } {
  const used = new Set<number>()
  const candidates: Candidate[] = []
  const times = findTimes(a.tokens)
  for (const [index, m] of times.entries()) {
    for (let k = m.from; k < m.to; k++) used.add(k)
    if (m.unasked) continue
    // "so với năm 2022": the year a figure is compared with is not what the sentence tells; nor is the
    // year of "cả năm 2023" (the whole year), which only frames a report.
    if (is(a.tokens[m.from - 1], 'với') && is(a.tokens[m.from - 2], 'so')) continue
    if (m.value.precision === 'year' && is(a.tokens[m.from - 1], 'cả')) continue
    const answer = tokenSpan(a.tokens, m.answerFrom, m.answerTo)
    const answerText = a.sentence.text.slice(answer.start, answer.end)
    const v = m.value
    const monthOnly = v.precision === 'month' && !v.year && !v.part
    candidates.push({
      kind: v.precision === 'range' || v.precision === 'century' || v.precision === 'decade' ? 'period' : 'date',
      a,
      answer,
      answerType: v.precision === 'range' ? 'year-range' : v.precision === 'century' ? 'text' : monthOnly ? 'number' : 'date',
      accepted: timeAccepted(v, answerText),
      ...(monthOnly ? { option: tokenSpan(a.tokens, m.from, m.to) } : {}),
      phrase: tokenSpan(a.tokens, m.from, m.to),
      wh: m.wh,
      reasons: reasonsFor(a, m.from, m.to),
      time: { ...v, ...(inEnumeration(a.tokens, times, index) || indexesFigure(a.tokens, m) || describedMonth(a.tokens, m) ? { enumerated: true } : {}) },
    })
  }
  return { candidates, used }
}

/** Words a number after them is no count of: an ordinal ("thứ hai"), a label, a time, the denominator of "hai phần ba". */
const NO_COUNT_BEFORE = new Set(['thứ', 'số', 'quý', 'lần', 'cả', 'top', 'hạng', 'vĩ', 'tuyến', 'phút', 'giờ', 'phần'].map(K))
/**
 * Nouns a figure after them names one of ("tầng lầu 2", "nhà ga 2", "cổng 12", "phòng 101"): a label,
 * not a count; Vietnamese puts a count before its noun ("12 cổng").
 */
const LABEL_NOUNS = new Set(['tầng', 'lầu', 'phòng', 'cổng', 'ga', 'quận', 'phường', 'khu', 'lô', 'đường', 'cửa', 'chương', 'điều', 'khoản', 'mục', 'trang', 'hình', 'bảng', 'câu', 'lớp'].map(K))
/** Nouns a number after them ranks ("vòng hai", "vòng 2", "đợt ba"): an ordinal, asked "mấy", not a count. */
const ORDINAL_NOUNS = new Set(['vòng', 'đợt', 'hiệp', 'lượt', 'khóa', 'khoá', 'tập', 'giải'].map(K))
const NOT_NOUNS = new Set([
  'và', 'của', 'là', 'đã', 'được', 'cho', 'với', 'tại', 'ở', 'trong', 'so', 'từ', 'đến', 'hoặc', 'hay', 'thì', 'mà',
  'này', 'đó', 'nữa', 'trước', 'sau',
].map(K))

/**
 * Lengths of the runs of names the sentence enumerates ("Nga, Mỹ và Pháp": 3). A count equal to one
 * ("ba đồng chủ tịch - Nga, Mỹ và Pháp") is answered by counting the names the question shows.
 */
function enumerated(a: Analysis): Set<number> {
  const lengths = new Set<number>()
  const names = a.mentions.filter((m) => m.type !== 'acronym')
  let run = 1
  for (let k = 1; k <= names.length; k++) {
    const previous = names[k - 1] as (typeof names)[number]
    const next = names[k]
    if (next && joinedInList(a.tokens.slice(previous.to, next.from))) run++
    else {
      if (run >= 2) lengths.add(run)
      run = 1
    }
  }
  return lengths
}

const LIST_INTRODUCERS = new Set([':', '-', '–', ...['là', 'gồm', 'như'].map(K)])
/** Introducers that start a list even past a comma ("5 cơ sở, doanh nghiệp … - bao gồm A, B và C"). */
const STRONG_INTRODUCERS = new Set([':', '-', '–', K('gồm')])

/**
 * "ba tập thơ chữ Hán là A, B và C": the number of items a list after the count gives (0 if none). The
 * list starts at ":", "-", "là", "gồm" or "như" within a few words (past a comma only ":", "-" or
 * "gồm") and runs to the end of the sentence; its items are split at ";" where it has any, else at commas
 * and "và"; a bracket belongs to its item.
 */
function listedAfter(tokens: readonly Token[], from: number): number {
  let k = from
  let comma = false
  const introduces = (t: Token) => (comma || k >= from + 8 ? STRONG_INTRODUCERS : LIST_INTRODUCERS).has(t.type === 'punct' ? t.text : t.key)
  while (k < tokens.length && k < from + 16 && !introduces(tokens[k]!)) {
    const t = tokens[k]!
    if (t.text === '.' || t.text === ';') return 0
    if (t.text === ',') {
      if (k < from + 8 && !comma && tokens.slice(k + 1, from + 16).every((x) => !STRONG_INTRODUCERS.has(x.type === 'punct' ? x.text : x.key))) return 0
      comma = true
    }
    k++
  }
  if (k >= tokens.length || k >= from + 16) return 0
  const rest = tokens.slice(k + 1)
  const end = rest.findIndex((t) => t.text === '.')
  const list = end < 0 ? rest : rest.slice(0, end)
  const bySemicolon = list.some((t) => t.text === ';')
  let items = 0
  let inItem = false
  let depth = 0
  for (const t of list) {
    if (t.text === '(') depth++
    else if (t.text === ')') {
      // The list was inside brackets of its own: "(gồm 3 nước: A, B và C)".
      if (depth === 0) break
      depth--
    }
    else if (depth > 0) continue
    else if (bySemicolon ? t.text === ';' : t.text === ',' || t.key === K('và')) {
      if (inItem) items++
      inItem = false
    } else inItem = true
  }
  return items + (inItem ? 1 : 0)
}

/** Lengths of runs of figures the sentence enumerates ("1.500 m, 5.000 m, 10.000 m và 3.000 m": 4). */
function enumeratedNumbers(tokens: readonly Token[]): number[] {
  const lengths: number[] = []
  let run = 0
  let last = -10
  tokens.forEach((t, i) => {
    if (t.type !== 'number') return
    const between = tokens.slice(last + 1, i)
    const joined = run > 0 && between.length <= 3 && between.some((b) => b.text === ',' || b.key === K('và')) &&
      between.every((b) => b.text === ',' || (b.type === 'word' && !b.cap))
    if (joined) run++
    else {
      if (run >= 2) lengths.push(run)
      run = 1
    }
    last = i
  })
  if (run >= 2) lengths.push(run)
  return lengths
}

/**
 * Between two items of a list: ",", "và" or ", và", then at most two lower-case words ("sông", "phân khu");
 * one lower-case syllable may end the item before ("phân khu Trung tâm, …").
 */
function joinedInList(between: readonly Token[]): boolean {
  let k = 0
  if (between[k]?.type === 'word' && !between[k]?.cap && between[k]?.syllable && (between[k + 1]?.text === ',' || between[k + 1]?.key === K('và'))) k++
  const separator = k
  if (between[k]?.text === ',') k++
  if (between[k]?.key === K('và')) k++
  if (k === separator) return false
  const rest = between.slice(k)
  return rest.length <= 2 && rest.every((t) => t.type === 'word' && !t.cap)
}

function approximate(tokens: readonly Token[], i: number): boolean {
  const d = dictionary()
  for (let j = Math.max(0, i - 3); j < i; j++) {
    const hit = d.approximators.match(tokens, j)
    if (hit && hit.end === i) return true
  }
  return false
}

/** A bracket opening right after the unit (at most two words on) that holds a range of figures ("16-19"). */
function rangeInBracketAfter(tokens: readonly Token[], end: number): boolean {
  const open = [end, end + 1, end + 2].find((k) => tokens[k]?.text === '(')
  if (open === undefined) return false
  for (let k = open + 1; k < tokens.length && tokens[k]!.text !== ')'; k++) if (figureRange(tokens, k) > 0) return true
  return false
}

/** The noun or unit after a number: "vùng", "%", "tỷ USD", "km²". */
function unitAfter(tokens: readonly Token[], i: number): { unit: string; percent: boolean; scaleEnd: number } | undefined {
  let j = i
  let scale = ''
  const s = tokens[j]
  if (s && s.type === 'word' && dictionary().scales.has(s.key)) {
    scale = s.key
    j++
  }
  const t = tokens[j]
  if (!t) return undefined
  if (t.text === '%') return { unit: '%', percent: true, scaleEnd: i }
  if (t.type === 'word' && is(t, 'phần') && is(tokens[j + 1], 'trăm')) return { unit: '%', percent: true, scaleEnd: i }
  if (t.type !== 'word' || NOT_NOUNS.has(t.key)) return scale ? { unit: scale, percent: false, scaleEnd: j } : undefined
  if (t.cap && !t.acronym) return undefined
  return { unit: scale ? `${scale} ${t.key}` : t.key, percent: false, scaleEnd: j }
}

/** Counts and amounts with their noun: "49 cứ điểm", "bảy vùng", "5,05%", "355,5 tỷ USD". */
export function countCandidates(a: Analysis, used: Set<number>): Candidate[] {
  const tokens = a.tokens
  const out: Candidate[] = []
  const inMention = new Set<number>()
  for (const m of a.mentions) for (let k = m.from; k < m.to; k++) inMention.add(k)
  const listed = enumerated(a)
  for (const n of enumeratedNumbers(tokens)) listed.add(n)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token
    if (used.has(i) || inMention.has(i) || NO_COUNT_BEFORE.has(tokens[i - 1]?.key ?? '')) continue
    if (t.type === 'number' && (clockTime(tokens, i) || labelled(tokens, i) || conversion(tokens, i))) continue
    if (clockHour(tokens, i)) continue
    if (ordinalAfter(tokens, i)) continue
    // "SEA Games 32", "Voyager 1": a number right after a capitalised word is part of a name.
    if (t.type === 'number' && inMention.has(i - 1) && (tokens[i - 1] as Token).cap) continue
    let value: number | undefined
    let end = i + 1
    let decimals = 0
    let grouped = false
    let words = false
    if (t.type === 'number') {
      const parsed = parseDigits(t.text)
      if (!parsed) continue
      ;({ value, decimals, grouped } = parsed)
      // A four-digit integer without a separator is a year or a code, not a count ("năm 2020", "sau 1975").
      if (/^[0-9]{4}$/.test(t.text) && !tokens[i + 1]?.text.startsWith('%')) continue
    } else if (t.type === 'word' && !t.cap && t.key !== K('năm') && t.key !== K('một')) {
      const parsed = readNumberWords(tokens, i)
      if (!parsed) continue
      value = parsed.value
      end = parsed.end
      words = true
      if (tokens[i - 1]?.key === K('cả')) continue
    } else continue
    const unit = unitAfter(tokens, end)
    // "hai phần ba số phiếu": the numerator of a fraction, not a count of "phần".
    if (unit && unit.unit === K('phần') && (tokens[unit.scaleEnd + 1]?.type === 'number' || readNumberWords(tokens, unit.scaleEnd + 1))) continue
    if (!unit || (Number.isInteger(value) && (listed.has(value) || listedAfter(tokens, end) === value))) continue
    // A number in quotation marks belongs to a title, a slogan or a line of verse, not to the text's facts.
    if (inQuotation(a, i, end)) continue
    // "ba ngày (từ 16-19 tháng 6)": the bracket gives the span as a range of its own, which a changed count
    // would contradict and a question would give away.
    if (rangeInBracketAfter(tokens, end)) continue
    const countValue: CountValue = {
      value, decimals, grouped, words, unit: unit.unit, percent: unit.percent, approximate: approximate(tokens, i),
    }
    const answer = tokenSpan(tokens, i, end)
    const answerText = a.sentence.text.slice(answer.start, answer.end)
    const percentEnd = unit.percent && tokens[end]?.text === '%' ? end + 1 : end
    const reasons: LowReason[] = []
    out.push({
      kind: 'number',
      a,
      answer,
      answerType: 'number',
      accepted: numberForms(answerText, value),
      ...(percentEnd > end ? { option: tokenSpan(tokens, i, percentEnd) } : {}),
      phrase: tokenSpan(tokens, i, percentEnd),
      wh: unit.percent && percentEnd > end ? 'bao nhiêu phần trăm' : 'bao nhiêu',
      reasons,
      count: countValue,
    })
    i = end - 1
  }
  const values = numberValues(tokens, used, inMention)
  return out
    .filter((c) => !givenAway(c, figures(tokens, used, inMention)))
    .map((c) => (shownElsewhere(c, values) ? { ...c, shown: true } : c))
}

/** Every number of a sentence that is no date or name, in figures or words (a capital at the start too: "Ba người …"). */
function numberValues(tokens: readonly Token[], used: Set<number>, inMention: Set<number>): { start: number; value: number; unit?: string }[] {
  const lowered = tokens.map((t, i) => (i === 0 && t.type === 'word' && t.cap ? { ...t, cap: false } : t))
  const out: { start: number; value: number; unit?: string }[] = []
  for (let i = 0; i < lowered.length; i++) {
    const t = lowered[i] as Token
    if (used.has(i) || inMention.has(i)) continue
    if (t.type === 'number') {
      const parsed = parseDigits(t.text)
      if (parsed) out.push({ start: t.start, value: parsed.value, unit: unitAfter(lowered, i + 1)?.unit })
    } else if (t.type === 'word' && !t.cap && t.key !== K('năm') && t.key !== K('một')) {
      const parsed = readNumberWords(lowered, i)
      if (parsed) {
        out.push({ start: t.start, value: parsed.value, unit: unitAfter(lowered, parsed.end)?.unit })
        i = parsed.end - 1
      }
    }
  }
  return out
}

/**
 * "Ba người thắng cuộc sẽ sở hữu 3 vương miện": the same value given in the sentence for another noun
 * shows the answer to whoever reads the question.
 */
function shownElsewhere(c: Candidate, values: readonly { start: number; value: number; unit?: string }[]): boolean {
  const v = c.count
  if (!v || v.value === 1) return false
  return values.some((x) => (x.start < c.answer.start || x.start >= c.answer.end) && Math.abs(x.value - v.value) < 1e-9 && !!x.unit && x.unit !== v.unit)
}

/** Units a measure is written in, after its figures (keys). */
const MEASURE_UNITS = new Set([
  'k', 'm', 'km', 'cm', 'mm', 'kg', 'g', 'mg', 't', 'tấn', 'độ', 'mét', 'kilômét', 'ki-lô-mét', 'lít', 'ha', 'héc-ta',
  'dặm', 'mi', 'ft', 'feet', 'người', 'đồng', 'usd', 'đô-la', 'euro', 'w', 'kw', 'mw', 'gw', 'v', 'hz', 'mb', 'gb',
  'tỷ', 'triệu', 'nghìn', 'ngàn', 'trăm', 'phần', '%', '°c', '°f', '°',
].map(K))

/** The word after a range of figures names a unit: a listed one, or a short symbol in capitals ("K", "MW"). */
function measureUnit(t: Token | undefined): boolean {
  if (!t) return false
  if (MEASURE_UNITS.has(t.key)) return true
  return t.type === 'word' && /^[A-Z]{1,3}$/.test(t.text)
}

/** "6:30", "3:00": the hours and minutes of a clock time. */
function clockTime(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  const after = tokens[i + 1]
  return (before?.text === ':' && isNumber(tokens[i - 2])) || (after?.text === ':' && isNumber(tokens[i + 2]))
}

/**
 * "72 kilômét (45 mi)", "10 km (6 mi)": a figure in brackets right after a measure in another unit is the
 * same measure converted, not a fact of its own; neither asked nor changed in a false statement.
 */
function conversion(tokens: readonly Token[], i: number): boolean {
  if (tokens[i - 1]?.text !== '(') return false
  const unit = tokens[i - 2]
  if (!unit || unit.type !== 'word' || unit.cap) return false
  const after = tokens[i + 1]
  if (!after || after.type !== 'word' || after.key === unit.key) return false
  return isNumber(tokens[i - 3]) || (isNumber(tokens[i - 4]) && dictionary().scales.has(tokens[i - 3]!.key))
}

/** Words after "N giờ" that make it the hour of a clock time: a date, a part of the day, minutes of the hour. */
const CLOCK_AFTER = new Set(['ngày', 'sáng', 'trưa', 'chiều', 'tối', 'đêm', 'khuya', 'rưỡi', 'kém', 'đúng', 'hôm'].map(K))
/** Words before a number that make "N giờ" an hour of the clock ("lúc 12 giờ", "thời điểm 12 giờ"). */
const CLOCK_BEFORE = new Set(['lúc', 'điểm'].map(K))

/** "lúc 14 giờ", "12 giờ ngày 16 tháng 3", "5 giờ sáng": the hour of a clock time, not a count of hours. */
function clockHour(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]
  if (!t || (t.type !== 'number' && t.type !== 'word')) return false
  const end = t.type === 'number' ? i + 1 : readNumberWords(tokens, i)?.end
  if (end === undefined || !is(tokens[end], 'giờ')) return false
  return CLOCK_BEFORE.has(tokens[i - 1]?.key ?? '') || CLOCK_AFTER.has(tokens[end + 1]?.key ?? '') ||
    (isNumber(tokens[end + 1]) && !is(tokens[end + 2], 'phút') && !is(tokens[end + 2], 'giây'))
}

/** "vòng hai", "vòng 2", "lớp ba": a number after a lower-case noun that it ranks or labels. */
function ordinalAfter(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  if (!before || before.type !== 'word' || before.cap) return false
  // "trong vòng 18 tháng" (within 18 months) is a count.
  if (ORDINAL_NOUNS.has(before.key)) return !(before.key === K('vòng') && is(tokens[i - 2], 'trong'))
  return tokens[i]!.type === 'word' && LABEL_NOUNS.has(before.key)
}

/** "tầng lầu 2", "nhà ga 2": a figure after a noun that it names one of. */
function labelled(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1]
  return !!before && before.type === 'word' && !before.cap && LABEL_NOUNS.has(before.key) && /^[0-9]{1,4}$/.test(tokens[i]!.text)
}

interface Figure {
  at: number
  value: number
  /** The noun or unit after it; undefined for a bare figure ("lên thành 50."). */
  unit?: string
  percent: boolean
}

/** Every figure of a sentence that is no date or name, with its unit. */
function figures(tokens: readonly Token[], used: Set<number>, inMention: Set<number>): Figure[] {
  const out: Figure[] = []
  tokens.forEach((t, i) => {
    if (t.type !== 'number' || used.has(i) || inMention.has(i)) return
    const parsed = parseDigits(t.text)
    if (!parsed) return
    const unit = unitAfter(tokens, i + 1)
    const next = tokens[i + 1]
    if (!unit && next && next.type !== 'punct') return
    out.push({ at: i, value: parsed.value, ...(unit ? { unit: unit.unit } : {}), percent: !!unit?.percent })
  })
  return out
}

/**
 * "10 buổi … thêm 40 buổi … lên thành 50", "11 ga, gồm 4 ga ngầm và 7 ga": a figure the sentence gives
 * away by an addition of two others of the same noun (or bare), and "90% … 10% còn lại" (a share and
 * the rest of a whole). Asking any of them is asking for a sum the question shows.
 */
function givenAway(c: Candidate, all: readonly Figure[]): boolean {
  const v = c.count
  if (!v) return false
  const at = all.find((f) => f.value === v.value && (f.unit ?? '') === (v.unit ?? '') && c.a.tokens[f.at]!.start === c.answer.start)
  const others = all.filter((f) => f !== at && (f.unit === undefined || (f.unit === v.unit && f.percent === v.percent)))
  const near = (x: number, y: number) => Math.abs(x - y) < 1e-9
  if (v.percent && others.some((f) => f.percent && near(f.value + v.value, 100))) return true
  for (const y of others) {
    for (const z of others) {
      if (y === z) continue
      if (near(y.value + z.value, v.value) || near(v.value + y.value, z.value)) return true
    }
  }
  return false
}
