import type { Grade } from '../scheduling/types'

/** How typed answers treat diacritics: marks must match, tones forgiven, or all marks forgiven. */
export type Leniency = 'strict' | 'tones' | 'all'

export type Verdict = 'correct' | 'almost' | 'wrong'

/** Why an answer is almost right: only the marks differ, or one or two letters are off. */
export type AlmostReason = 'diacritics' | 'typo'

export interface TypedVerdict {
  verdict: Verdict
  reason?: AlmostReason
  /** The accepted form that matched (the answer or one of its aliases). */
  matched?: string
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
  /** Pieces of the answer that matched no expected item. */
  extras: string[]
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
  /** Extra pieces of a list answer that matched nothing. */
  extras?: string[]
  hint?: AlmostReason
}
