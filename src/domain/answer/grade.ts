/**
 * From a response to a grade for the scheduler.
 *
 * Quiz outcomes map to FSRS grades: wrong → again, almost → hard, correct → good. Easy is never
 * inferred from a quiz answer: it comes only from the learner's own choice (flashcards, `selfGrade`).
 * "Almost" (right but for the diacritics, keyboard leftovers, one wrong claim beside the answer, or a
 * typo) earns Hard and half the score: the fact was recalled, but not cleanly. A right answer whose marks
 * were forgiven says so in `hint`. Lists, matching and timelines give credit per item: score is the share
 * of items right (an almost item counts half) among the items expected or given, whichever are more, so an
 * extra wrong item costs as much as a missing one; all right → good, at least half → hard, else again.
 */
import type { MatchingQuestion, Question, TimelineQuestion } from '../bank/types'
import type { Grade } from '../scheduling/types'
import { checkList, checkTyped } from './check'
import { answerContext } from './context'
import type { AlmostReason, GradeResult, ItemVerdict, Leniency, QuizOutcome, Response } from './types'

export interface GradeOptions {
  diacritics: Leniency
}

const GRADE_OF: Record<QuizOutcome, Grade> = { correct: 'good', almost: 'hard', wrong: 'again' }

function result(outcome: QuizOutcome, score: number, expected: string, extra: Partial<GradeResult> = {}): GradeResult {
  return { outcome, grade: GRADE_OF[outcome], score, expected, ...extra }
}

/**
 * Credit per item: the outcome follows the share of items right among the items expected or the pieces
 * given, whichever are more ("Kalbajar, Lachin, Aghdam, Shusha": 3 of 4).
 */
function fromItems(items: ItemVerdict[], expected: string, extras?: string[]): GradeResult {
  let credit = 0
  let given = 0
  for (const item of items) {
    credit += item.verdict === 'correct' ? 1 : item.verdict === 'almost' ? 0.5 : 0
    if (item.given !== undefined) given++
  }
  const n = Math.max(items.length, given + (extras?.length ?? 0))
  const score = n === 0 ? 0 : credit / n
  const outcome: QuizOutcome = n > 0 && score === 1 ? 'correct' : score >= 0.5 ? 'almost' : 'wrong'
  const out = result(outcome, score, expected, { items })
  if (extras && extras.length) out.extras = extras
  return out
}

/** The hint a list shows: for a right list, the marks forgiven; otherwise its most telling flaw. */
const LIST_HINTS: readonly AlmostReason[] = ['keyboard', 'diacritics', 'missing-diacritics', 'extra', 'typo']

function listHint(items: readonly ItemVerdict[], extras: readonly string[]): AlmostReason | undefined {
  // Marks forgiven on a right item are named only when nothing else is wrong.
  const flawed = items.filter((i) => i.verdict === 'almost')
  const reasons = new Set((flawed.length || extras.length ? flawed : items).map((i) => i.reason))
  if (extras.length) reasons.add('extra')
  return LIST_HINTS.find((r) => reasons.has(r))
}

/** Length of the longest increasing run (not necessarily contiguous); marks its members in `keep`. */
function longestIncreasing(positions: number[], keep: boolean[]): void {
  const n = positions.length
  const len = new Array<number>(n).fill(1)
  const prev = new Array<number>(n).fill(-1)
  let bestEnd = -1
  for (let i = 0; i < n; i++) {
    if (positions[i]! < 0) continue
    len[i] = 1
    for (let j = 0; j < i; j++) {
      if (positions[j]! >= 0 && positions[j]! < positions[i]! && len[j]! + 1 > len[i]!) {
        len[i] = len[j]! + 1
        prev[i] = j
      }
    }
    if (bestEnd === -1 || len[i]! > len[bestEnd]!) bestEnd = i
  }
  for (let i = bestEnd; i !== -1; i = prev[i]!) keep[i] = true
}

/**
 * A timeline earns credit for the events already in order relative to each other (the longest
 * increasing subsequence), so one event dragged to the wrong end costs one item, not all of them.
 */
function gradeTimeline(q: TimelineQuestion, order: unknown): GradeResult {
  const ids = Array.isArray(order) ? order.slice(0, q.events.length * 2) : []
  const index = new Map(q.events.map((e, i) => [e.id, i]))
  const seen = new Set<unknown>()
  const positions = ids.map((id) => {
    if (seen.has(id)) return -1
    seen.add(id)
    return index.get(id as string) ?? -1
  })
  const keep = new Array<boolean>(ids.length).fill(false)
  longestIncreasing(positions, keep)
  const inOrder = new Set<number>()
  positions.forEach((p, i) => {
    if (keep[i]) inOrder.add(p)
  })
  const items: ItemVerdict[] = q.events.map((e, i) => ({
    expected: e.label,
    verdict: inOrder.has(i) ? 'correct' : 'wrong',
  }))
  return fromItems(items, q.events.map((e) => e.label).join(' → '))
}

function gradeMatching(q: MatchingQuestion, pairs: unknown): GradeResult {
  const given = pairs && typeof pairs === 'object' ? (pairs as Record<string, unknown>) : {}
  const items: ItemVerdict[] = q.pairs.map((p) => {
    const answer = Object.prototype.hasOwnProperty.call(given, p.left) ? given[p.left] : undefined
    const item: ItemVerdict = { expected: `${p.left} — ${p.right}`, verdict: answer === p.right ? 'correct' : 'wrong' }
    if (typeof answer === 'string') item.given = answer
    return item
  })
  return fromItems(items, q.pairs.map((p) => `${p.left} — ${p.right}`).join('; '))
}

/**
 * Grades a quiz response. Never throws: a response of the wrong kind or shape is wrong.
 */
export function gradeResponse(question: Question, response: Response, options: GradeOptions): GradeResult {
  try {
    return gradeUnsafe(question, response, options)
  } catch {
    return result('wrong', 0, '')
  }
}

function gradeUnsafe(question: Question, response: Response, options: GradeOptions): GradeResult {
  const r = response as Response | undefined
  switch (question.kind) {
    case 'mcq': {
      const expected = question.options[question.answerIndex] ?? ''
      return r?.kind === 'mcq' && r.choice === question.answerIndex ? result('correct', 1, expected) : result('wrong', 0, expected)
    }
    case 'true-false': {
      const expected = question.answer ? 'Đúng' : question.correction ? `Sai: ${question.correction}` : 'Sai'
      return r?.kind === 'true-false' && r.value === question.answer ? result('correct', 1, expected) : result('wrong', 0, expected)
    }
    case 'cloze':
    case 'typed': {
      const expected = question.answer.answer
      if (r?.kind !== question.kind) return result('wrong', 0, expected)
      const v = checkTyped(r.text, question.answer, options.diacritics, answerContext(question))
      const extra: Partial<GradeResult> = {}
      if (v.reason) extra.hint = v.reason
      if (v.extras?.length) extra.extras = v.extras
      const score = v.verdict === 'correct' ? 1 : v.verdict === 'almost' ? 0.5 : 0
      return result(v.verdict, score, expected, extra)
    }
    case 'list': {
      const expected = question.items.map((i) => i.answer).join(', ')
      if (r?.kind !== 'list') return fromItems(question.items.map((i) => ({ expected: i.answer, verdict: 'wrong' })), expected)
      const input = 'items' in r ? r.items : r.text
      const v = checkList(input, question.items, options.diacritics, answerContext(question))
      const out = fromItems(v.items, expected, v.extras)
      const hint = listHint(v.items, v.extras)
      if (hint) out.hint = hint
      return out
    }
    case 'timeline':
      return gradeTimeline(question, r?.kind === 'timeline' ? r.order : undefined)
    case 'matching':
      return gradeMatching(question, r?.kind === 'matching' ? r.pairs : undefined)
  }
}

/** A flashcard graded by the learner: the grade is taken as given. */
export function selfGrade(grade: Grade): { grade: Grade; outcome: 'self' } {
  return { grade, outcome: 'self' }
}
