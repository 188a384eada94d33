import type { AlmostReason } from '@/domain/answer/types'

/**
 * What the question components emit, and what the view passes back once the answer is graded.
 * The components never grade: the view asks domain/answer and turns its result into `AnswerFeedback`.
 */

export type QuestionResponse =
  | { kind: 'mcq'; choice: number }
  | { kind: 'true-false'; value: boolean }
  | { kind: 'cloze'; text: string }
  | { kind: 'typed'; text: string }
  | { kind: 'list'; items: string[] }
  /** Event ids, in the order the learner put them. */
  | { kind: 'timeline'; order: string[] }
  /** Left item → the right item chosen for it. */
  | { kind: 'matching'; pairs: Record<string, string> }

export type AnswerOutcome = 'correct' | 'almost' | 'wrong'

export type ItemVerdict = 'correct' | 'almost' | 'wrong' | 'missing' | 'extra'

export interface FeedbackItem {
  label: string
  verdict: ItemVerdict
  expected?: string
}

export interface AnswerFeedback {
  outcome: AnswerOutcome
  expected: string
  /** Why an answer is only almost right; on a right answer, the marks that were forgiven. */
  hint?: AlmostReason
  items?: FeedbackItem[]
}

/** The response variant of one question kind. */
export type ResponseOf<K extends QuestionResponse['kind']> = Extract<QuestionResponse, { kind: K }>
