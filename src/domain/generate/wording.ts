/**
 * Turning a sentence into a question, a cloze or a false statement. Vietnamese asks in place: the
 * answer is replaced by its question word and the sentence keeps its order ("năm 1954" → "năm nào"),
 * except a time phrase fronted before a comma, which moves to the end ("Năm 1953, Pháp cử …" →
 * "Pháp cử … vào năm nào?").
 */
import { isVietnameseSyllable, keyOf } from './words'
import type { Analysis } from './analyse'
import { isLong, type Span } from './candidates'
import { RELATIVE_TIME } from './lexicon'
import { resolvedSlice } from './referents'

export const BLANK = '____'

/** A place fronted before the clause it belongs to, after at most a short time phrase: "Sáng nay, tại ". */
const FRONTED_PLACE = /^(?:([^,]{1,20})(,\s*|\s+))?(tại|ở)\s+$/iu
const RELATIVE_KEYS = new Set(RELATIVE_TIME.map((w) => keyOf(w)))

/** "tại" or "ở" when the place phrase is fronted: after nothing, a relative time word, or a short phrase and a comma. */
function frontedCue(before: string): string | undefined {
  const m = FRONTED_PLACE.exec(before)
  if (!m) return undefined
  const lead = m[1]
  if (lead && !m[2]?.startsWith(',') && !RELATIVE_KEYS.has(keyOf(lead))) return undefined
  return (m[3] as string).toLocaleLowerCase('vi')
}

const FINAL_STOP = /[.!…;:]+(?=["”»)]*\s*$)/u
/** Words that may stand before a fronted time phrase: "Vào cuối tháng 9 năm 2020, …", "Chiều ngày 7 …,". */
const FRONTED = /^(?:(?:vào|trong|từ|đến|chiều|sáng|trưa|tối|đêm|rạng sáng|hôm|khoảng)\s+){0,3}$/iu

/** The first letter in lower case, unless the first word is an acronym ("GDP", "WHO"). */
export function lowerFirst(s: string): string {
  if (/^\p{Lu}\p{Lu}/u.test(s)) return s
  return s.charAt(0).toLocaleLowerCase('vi') + s.slice(1)
}

export function upperFirst(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1)
}

function withoutFinalStop(s: string): string {
  // "…, 39 loài bò sát,...": the source's "and so on" after a comma stays as "…", not as ",?".
  return s.replace(FINAL_STOP, '').trimEnd().replace(/\s*,$/u, '…')
}

/** "tức năm thứ 12 đời …, ": an apposition that restates a fronted time; it goes with the time moved to the end. */
const APPOSITION = /^(?:tức là|tức|nghĩa là)\s[^,]{1,80},\s*/iu

/** Words that link a sentence to the one before; "Theo bài, theo đó, …" reads badly, so they go. */
const CONNECTIVE = /^(?:(?:theo đó|ngoài ra|bên cạnh đó|trong khi đó|đồng thời|tuy nhiên|mặt khác|cụ thể|do đó|vì vậy|vì thế|sau đó|trước đó|cùng với đó|như vậy),\s+|(?:tuy nhiên|ngoài ra|mặt khác)\s+(?=\p{Ll}))/iu

/** "Theo bài, …" with the sentence's first word lower-cased when it is an ordinary word. */
export function accordingTo(body: string, startsCommon: boolean): string {
  // "Theo các nhà khoa học, …" names its own source: no "Theo bài" before it.
  if (/^theo\s[^,]{1,40},/iu.test(body) && !CONNECTIVE.test(body)) return upperFirst(body)
  const connective = CONNECTIVE.exec(body)
  const rest = connective ? body.slice(connective[0].length) : body
  // After a dropped linking word, a name keeps its capital: two capitalised words, or a foreign one ("Faraday").
  const first = /^\p{Lu}[\p{L}\p{M}'’-]*/u.exec(rest)?.[0]
  const common = connective ? !/^\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(rest) && !(first && !isVietnameseSyllable(first)) : startsCommon
  return `Theo bài, ${common ? lowerFirst(rest) : rest}`
}

/**
 * The sentence asked in place, or undefined when it is too long to read as a question.
 *
 * @example Năm 1995, bốn nước ký hiệp định. (phrase "Năm 1995", wh "năm nào")
 *   → "Theo bài, bốn nước ký hiệp định vào năm nào?"
 */
export function askInPlace(a: Analysis, phrase: Span, wh: string): string | undefined {
  if (isLong(a)) return undefined
  const full = a.sentence.text
  // Only the clause that holds the answer: "Hiệp định được ký ngày nào; theo đó, …" asks two things.
  const from = full.lastIndexOf(';', phrase.start) + 1
  const semicolon = full.indexOf(';', phrase.end)
  const to = semicolon === -1 ? full.length : semicolon
  const clauseStart = from + (full.slice(from, to).length - full.slice(from, to).trimStart().length)
  const s = full.slice(clauseStart, to)
  // "…; 18 quầy xuất cảnh, 20 quầy nhập cảnh; …": a clause that starts with a figure goes on the verb
  // of the first one, and asked alone it has lost its subject.
  if (clauseStart > 0 && /^[0-9]/u.test(s)) return undefined
  const start = phrase.start - clauseStart
  const end = phrase.end - clauseStart
  const before = resolvedSlice(a, clauseStart, phrase.start)
  const after = resolvedSlice(a, phrase.end, to)
  // "Nguyễn Du (1765-1820)": a question word in brackets reads badly; the cloze asks it instead.
  if (before.endsWith('(') && after.startsWith(')')) return undefined
  // "… (khoảng bao nhiêu coulomb)?": a question asked inside brackets; the cloze asks it instead.
  if (before.lastIndexOf('(') > before.lastIndexOf(')') && /^[^()]*\)\W*$/u.test(withoutFinalStop(after))) return undefined
  const comma = /^\s*,\s*/.exec(after)
  if (comma && FRONTED.test(before) && /nào$/.test(wh)) {
    const apposition = APPOSITION.exec(full.slice(clauseStart + end + comma[0].length, to))
    const restStart = end + comma[0].length + (apposition ? apposition[0].length : 0)
    const rest = withoutFinalStop(resolvedSlice(a, clauseStart + restStart, to))
    if (rest.length < 8) return undefined
    // "Đến tháng 3 năm 2020, …" (by March 2020): asked as "vào thời gian nào", without "đến".
    const lead = before.trim().toLocaleLowerCase('vi').replace(/^(cho đến|đến|tới)$/u, '')
    const when = /^(vào|trong|từ)\b/u.test(lead) ? `${lead} ${wh}` : `vào ${lead ? `${lead} ` : ''}${wh}`
    return `${accordingTo(rest, !startsWithName(a, clauseStart + restStart))} ${when}?`
  }
  // "Sáng nay, tại Hà Nội, Tổng cục … họp báo …" → "Tổng cục … họp báo … tại đâu?"
  const cue = wh === 'đâu' ? frontedCue(before) : undefined
  // After a time word and the place ("Hôm nay tại Sochi …") the clause goes on, whatever its first word.
  const timeLed = !!cue && before.trim().length > cue.length
  const newClause = comma ?? (timeLed ? /^\s+/u.exec(after) : /^\s+(?=\p{Lu})/u.exec(after))
  if (cue && newClause) {
    const restStart = end + newClause[0].length
    const rest = withoutFinalStop(resolvedSlice(a, clauseStart + restStart, to))
    if (rest.length >= 8) return `${accordingTo(rest, !startsWithName(a, clauseStart + restStart))} ${cue} đâu?`
  }
  const body = withoutFinalStop(before + wh + after)
  const common = start === 0 || clauseStart > 0 ? !startsWithName(a, clauseStart) : a.startsCommon && !startsWithName(a, clauseStart)
  return `${accordingTo(body, common)}?`
}

/** A name or a title starts at this offset: it keeps its capital. */
function startsWithName(a: Analysis, offset: number): boolean {
  return (a.referents ?? []).some((r) => r.name && r.start === offset) ||
    a.mentions.some((m) => a.tokens[m.nameFrom]?.start === offset && m.type !== 'acronym') ||
    a.roles.some((r) => a.tokens[r.labelFrom]?.start === offset && r.single && !r.descriptor) ||
    !!a.tokens.find((t) => t.start === offset)?.acronym
}

/** The sentence with the span blanked. Undefined when the blanked words still show elsewhere in it. */
export function cloze(a: Analysis, span: Span): string | undefined {
  const s = a.sentence.text
  const answer = keyOf(s.slice(span.start, span.end))
  const before = resolvedSlice(a, 0, span.start)
  const after = resolvedSlice(a, span.end, s.length)
  const rest = keyOf(before + ' ' + after)
  if (!answer || ` ${rest} `.includes(` ${answer} `)) return undefined
  return before + BLANK + after
}

/** The sentence as a statement of its own: resolved pronouns name their person. */
export function statementOf(a: Analysis): string {
  return resolvedSlice(a, 0, a.sentence.text.length)
}

/** The sentence with the span replaced by another value: a false statement the text contradicts. */
export function replaced(a: Analysis, span: Span, value: string): string {
  const s = a.sentence.text
  const out = resolvedSlice(a, 0, span.start) + value + resolvedSlice(a, span.end, s.length)
  return span.start === 0 ? upperFirst(out) : out
}
