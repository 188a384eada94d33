/**
 * What the progress page shows. Days are local day numbers (days since 1970-01-01 of the learner's
 * calendar date, as `localDayNumber` counts them), so a chart never shifts with the machine's zone.
 */
import type { Topic } from '../bank/types'

/** A calendar date split for labels; `weekday` 0 is Sunday, as in `Date#getUTCDay`. */
export interface DateParts {
  year: number
  /** 1–12. */
  month: number
  /** 1–31. */
  day: number
  weekday: number
}

/** How an answer counts in the charts. A flashcard graded by the learner counts by its grade. */
export type AnswerClass = 'correct' | 'almost' | 'wrong'

export interface DayReviews {
  day: number
  date: DateParts
  total: number
  correct: number
  almost: number
  wrong: number
}

export interface DayForecast {
  day: number
  date: DateParts
  /** Facts due on this day; today's count includes the overdue ones. */
  count: number
  /** Of `count`, the facts already overdue at `now` (only ever non-zero today). */
  overdue: number
}

export interface RetentionSpan {
  /** First and last local day of the span, inclusive. */
  firstDay: number
  lastDay: number
  firstDate: DateParts
  lastDate: DateParts
  /** Answers to facts in review state. */
  reviews: number
  /** Of those, the answers not graded Again. */
  passed: number
  /** passed / reviews, 0..1; null with no reviews (no data is not 0 %). */
  retention: number | null
}

export interface RetentionStats {
  /** The learner's target retention, 0..1. */
  target: number
  overall: RetentionSpan
  /** Seven-day spans ending today, oldest first; the oldest is shorter when the window is not whole weeks. */
  weeks: RetentionSpan[]
}

export interface TopicMastery {
  topic: Topic
  total: number
  /** Never answered. */
  new: number
  /** In (re)learning steps. */
  learning: number
  /** In review with stability under 21 days. */
  young: number
  /** In review with stability of 21 days or more. */
  mature: number
  /** Mean probability of recall now over the facts answered at least once, 0..1; null when none is. */
  averageRecall: number | null
}

export interface HeatmapCell {
  day: number
  date: DateParts
  count: number
  /** 0 for no answers, then 1–4 by share of the busiest day. */
  level: HeatmapLevel
}

export type HeatmapLevel = 0 | 1 | 2 | 3 | 4

export interface ActivityHeatmap {
  /** Columns, oldest first; each holds Monday to Sunday, and the last stops at today (so it may be shorter). */
  weeks: HeatmapCell[][]
  total: number
  /** Days in the grid with at least one answer. */
  activeDays: number
  /** The busiest day's count; 0 with no answers. */
  max: number
  /** Highest count of each level 1–4 (index 0 is level 1): the legend's ranges. */
  levelMax: [number, number, number, number]
}

export interface TodaySummary {
  answeredToday: number
  correctToday: number
  /** Consecutive local days with an answer, ending today, or yesterday while today is not yet practised. */
  streak: number
  /**
   * Only part of the log was given (`logSince`) and the streak runs back to where that part begins: the older
   * answers may make it longer, so it is a lower bound.
   */
  streakMayBeLonger: boolean
  /** Facts studied before that fall due before today ends. */
  dueToday: number
}
