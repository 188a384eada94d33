import type { Grade } from '../scheduling/types'

/** How typed answers treat diacritics: marks must match, tones forgiven, or all marks forgiven. */
export type Leniency = 'strict' | 'tones' | 'all'

export type Verdict = 'correct' | 'almost' | 'wrong'

/**
 * Why an answer is almost right, or, on a right answer, what was forgiven:
 * - `diacritics`: marks typed but not the right ones ("hỏa bình" for "hòa bình");
 * - `missing-diacritics`: marks left out ("hoa binh", "bay" for "bảy");
 * - `keyboard`: Telex or VNI keys left in the text ("hoaf", "bay3"): Vietnamese typing is off;
 * - `extra`: the right answer with a claim of its own beside it ("Nga và Mỹ", "…, Anh" in a list);
 * - `typo`: one or two letters off.
 * A right answer carries only `diacritics` or `missing-diacritics`, under a leniency that forgives them.
 */
export type AlmostReason = 'diacritics' | 'missing-diacritics' | 'keyboard' | 'extra' | 'typo'

export interface TypedVerdict {
  verdict: Verdict
  reason?: AlmostReason
  /** The accepted form that matched (the answer or one of its aliases). */
  matched?: string
  /** What the answer claims beside the right answer: names, numbers, a second answer. */
  extras?: string[]
}

export interface ItemVerdict {
  /** The expected item, as displayed. */
  expected: string
  verdict: Verdict
  reason?: AlmostReason
  /** What the learner wrote for it. */
  given?: string
}

export interface ListVerdict {
  /** One per expected item, in the expected order. */
  items: ItemVerdict[]
  /** Pieces of the answer that matched no expected item: wrong items, which cost credit. */
  extras: string[]
  /** Pieces that repeat an item already given ("Nga, Nga"): not a wrong claim, so they cost nothing. */
  duplicates: string[]
}

/** The learner's response, by question kind. */
export type Response =
  | { kind: 'mcq'; choice: number }
  | { kind: 'true-false'; value: boolean }
  | { kind: 'cloze'; text: string }
  | { kind: 'typed'; text: string }
  | { kind: 'list'; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'timeline'; order: string[] }
  | { kind: 'matching'; pairs: Record<string, string> }

export type QuizOutcome = 'correct' | 'almost' | 'wrong'

export interface GradeResult {
  outcome: QuizOutcome
  grade: Grade
  /** Credit, 0..1. */
  score: number
  /** The right answer, for display. */
  expected: string
  /** Per-item verdicts for list, matching and timeline questions. */
  items?: ItemVerdict[]
  /** What the answer claims that is not right: extra list items, a second answer beside a typed one. */
  extras?: string[]
  /** Why the answer is only almost right; on a right answer, the marks that were forgiven. */
  hint?: AlmostReason
}
