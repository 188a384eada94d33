import type { MemoryCard, ReviewLogEntry } from '../scheduling/types'

/** Bumped whenever a stored shape changes; migrations live in `progress/migrate.ts`. */
export const PROGRESS_SCHEMA_VERSION = 1

export type Locale = 'vi' | 'en'
export type Theme = 'system' | 'light' | 'dark'
/** How typed answers treat diacritics: exact, tones forgiven, or all marks forgiven. */
export type DiacriticsLeniency = 'strict' | 'tones' | 'all'

export interface Settings {
  locale: Locale
  theme: Theme
  newPerDay: number
  /** Target retention, 0.70–0.97. */
  requestRetention: number
  diacritics: DiacriticsLeniency
  /** Answers per day the learner aims for. */
  dailyGoal: number
}

export const DEFAULT_SETTINGS: Settings = {
  locale: 'vi',
  theme: 'system',
  newPerDay: 15,
  requestRetention: 0.9,
  diacritics: 'tones',
  dailyGoal: 20,
}

/** Everything the learner has made, as written to a backup file. */
export interface ProgressSnapshot {
  schemaVersion: number
  cards: MemoryCard[]
  log: ReviewLogEntry[]
  settings: Settings
}
