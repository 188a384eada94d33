/**
 * A candidate fact: what the extractors find in a sentence, before wrong options are chosen and
 * questions written. Offsets are in the sentence's text.
 */
import type { AnswerType } from '../bank/types'
import type { Analysis, MentionType } from './analyse'
import type { PlaceKind } from './lexicon'
import type { GeneratedFactKind, LowReason } from './types'
import type { Token } from './words'

export interface Span {
  start: number
  end: number
}

export type TimePrecision = 'day' | 'month' | 'year' | 'range' | 'century' | 'decade'

export interface TimeValue {
  precision: TimePrecision
  day?: number
  month?: number
  year?: number
  /** Last year of a range. */
  yearEnd?: number
  /** "đầu", "giữa", "cuối" before a month. */
  part?: string
  /** Written "10/11/2020" (slash), "10-11-2020" (dash) or "10 tháng 11 năm 2020" (words). */
  style: 'words' | 'slash' | 'dash'
  /** A century in Roman numerals ("thế kỷ XVI"). */
  roman?: boolean
  /** "từ năm X đến năm Y" (words) or "X-Y" (dash). */
  rangeWords?: boolean
  /**
   * Given with others of its kind ("năm 2016 và năm 2020"), or a year that indexes a figure ("GDP năm
   * 2023"): another value is not contradicted by the text, so no false statement is made from it.
   */
  enumerated?: boolean
}

export interface CountValue {
  value: number
  decimals: number
  grouped: boolean
  /** Written in words ("bảy"), not figures. */
  words: boolean
  /** Key of the noun or unit after it ("vùng", "%", "usd"); scale words included ("tỷ usd"). */
  unit: string
  percent: boolean
  approximate: boolean
}

export interface OfficeInfo {
  person: string
  personSpan: Span
  label: string
  labelSpan: Span
  /** The label folded for comparison, the country replaced by its group ("Tổng thống Nga" = "Tổng thống Liên bang Nga"). */
  labelKey: string
  single: boolean
  descriptor: boolean
}

export interface AbbreviationInfo {
  short: string
  long: string
  shortSpan: Span
  longSpan: Span
  /** The long form's start was guessed (a lower-case term: "tổng sản phẩm trong nước"). */
  guessed: boolean
}

export interface ListItem {
  text: string
  span: Span
  accepted: string[]
}

export interface ListInfo {
  items: ListItem[]
  itemType: MentionType
  /** The whole enumeration, blanked in the prompt. */
  span: Span
}

export interface DefinitionInfo {
  /** The name asked for, and the rest of the statement. */
  subject: string
  predicate: string
  /** "X là Y" with the name first; or "Y là X" with the name last ("Người chỉ huy … là Christian de Castries"). */
  nameFirst: boolean
  /** Y names one thing only ("lớn nhất", "đầu tiên"), so other names of the kind are wrong for it. */
  unique: boolean
  subjectType: MentionType
}

export interface Candidate {
  kind: GeneratedFactKind
  a: Analysis
  /** The answer as the text writes it; blanked in a cloze. */
  answer: Span
  answerType: AnswerType
  accepted: string[]
  /** The correct option of a multiple-choice question, when it differs from the answer ("5,05%" for "5,05"). */
  option?: Span
  /** Replaced by `wh` to ask the question in place ("năm 1954" → "năm nào"). */
  phrase?: Span
  wh?: string
  reasons: LowReason[]
  time?: TimeValue
  count?: CountValue
  /** The sentence shows the answer elsewhere ("Ba người … 3 vương miện"): only a true statement of it is made. */
  shown?: boolean
  office?: OfficeInfo
  place?: { kind?: PlaceKind; country: boolean; type: MentionType }
  abbreviation?: AbbreviationInfo
  list?: ListInfo
  definition?: DefinitionInfo
}

export function text(a: Analysis, span: Span): string {
  return a.sentence.text.slice(span.start, span.end)
}

/** Offsets of tokens [from, to). */
export function tokenSpan(tokens: readonly Token[], from: number, to: number): Span {
  return { start: (tokens[from] as Token).start, end: (tokens[to - 1] as Token).end }
}

/** The sentence is long enough that a question quoting it is hard to read. */
export function isLong(a: Analysis): boolean {
  return a.tokens.filter((t) => t.type !== 'punct').length > 40
}

export function inQuotation(a: Analysis, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (a.quoted[i]) return true
  return false
}
