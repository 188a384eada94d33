import type { StoredDeck } from '../deck/types'
import type { MemoryCard, ReviewLogEntry } from '../scheduling/types'

/**
 * Bumped whenever a stored shape changes; migrations live in `progress/migrate.ts`.
 * 1: the walking skeleton's single `answers` array. 2: one record per card and per log entry.
 * 3: every card and log entry names its deck; entries name their format; one transaction per answer.
 */
export const PROGRESS_SCHEMA_VERSION = 3

/** The deck of the built-in article. Imported decks get ids of their own. */
export const BUILT_IN_DECK_ID = 'article'

/** A card as stored: the memory state of one fact of one deck. Keyed `${deckId}/${factId}`. */
export type StoredCard = MemoryCard & { deckId: string }

export const cardKey = (deckId: string, factId: string) => `${deckId}/${factId}`

/**
 * Days of the review log read before the first render: today's counts and limits, undo, and a streak of
 * up to a week are exact at once. The rest of the log (it may hold 100,000 answers, seconds to read)
 * follows in the background; a longer streak shows in full when it arrives.
 */
export const START_LOG_DAYS = 8

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
  /** Exam dates: deck id → the exam's local day number (`localDayNumber`); a deck without one studies as usual. */
  exams: Record<string, number>
  /** Speed of reading aloud, 0.5–1.5 (1: the voice's own). */
  speechRate: number
}

export const DEFAULT_SETTINGS: Settings = {
  locale: 'vi',
  theme: 'system',
  newPerDay: 15,
  requestRetention: 0.9,
  diacritics: 'tones',
  dailyGoal: 20,
  exams: {},
  speechRate: 1,
}

/** Everything the learner has made, as written to a backup file. */
export interface ProgressSnapshot {
  schemaVersion: number
  cards: StoredCard[]
  log: ReviewLogEntry[]
  settings: Settings
  /** The decks the learner made or imported (absent in files from before decks). */
  decks?: StoredDeck[]
}

/** The app name written into every backup file, so another app's JSON is recognised as such. */
export const BACKUP_APP = 'hoc-bai-bao'

/** A backup file: a snapshot plus where and when it came from. */
export interface BackupFile extends ProgressSnapshot {
  app: typeof BACKUP_APP
  /** Epoch ms. */
  exportedAt: number
}

export type ImportMode = 'replace' | 'merge'

/** Facts about the store itself, not about learning. */
export interface StorageMeta {
  /** Epoch ms of the last export the learner made. */
  lastBackupAt?: number
  /** Whether the browser granted persistent storage when last asked. */
  persisted?: boolean
  /** This device's part of new log-entry ids (schema 3). */
  deviceId?: string
  /** How many set-aside records the learner had seen when they last looked (home tells of more). */
  setAsideSeen?: number
}

/** Where a set-aside record was found. `legacy` is a pre-v2 record kept after migration. */
export type SetAsideOrigin = 'card' | 'log' | 'settings' | 'session' | 'meta' | 'legacy' | 'deck' | 'other'

/** A stored value the app could not use, moved out of the way but never deleted. */
export interface SetAsideRecord {
  /** Unique key in the set-aside area. */
  id: string
  origin: SetAsideOrigin
  /** The key the value was stored under. */
  key: string
  /** English, for a support request or a developer; the UI shows its own text. */
  reason: string
  /** Epoch ms. */
  setAsideAt: number
  value: unknown
}

/** Something load() noticed and the app may show. Never thrown: load always returns. */
export type StorageIssue =
  | { kind: 'set-aside'; origin: SetAsideOrigin; key: string; reason: string }
  | { kind: 'newer-version'; found: number; known: number }

/** Why an automatic backup was taken. */
export type AutoBackupReason = 'daily' | 'before-replace' | 'before-reset' | 'before-migration' | 'before-deck-delete' | 'before-sync-deck'

/** What the learner sees of an automatic backup before restoring it. */
export interface AutoBackupInfo {
  id: string
  reason: AutoBackupReason
  /** Epoch ms. */
  takenAt: number
  /** Answers, cards and distinct facts answered in it. */
  answers: number
  cards: number
  facts: number
  /** Decks the learner made, in it (absent in backups from before decks). */
  decks?: number
  /** Size as stored. */
  bytes: number
}
