/**
 * Backup files: what export writes and what import accepts. Parsing is complete before anything is
 * written, and every refusal is a code the UI translates plus an English detail.
 */
import * as v from 'valibot'
import type { ReviewLogEntry } from '../scheduling/types'
import { readDeck } from '../deck/file'
import type { StoredDeck } from '../deck/types'
import { upgradeCardV2, upgradeEntryV2 } from './migrate'
import { ReviewLogEntrySchema, SettingsSchema, StoredCardSchema, parseWith } from './schema'
import {
  BACKUP_APP,
  cardKey,
  DEFAULT_SETTINGS,
  PROGRESS_SCHEMA_VERSION,
  type BackupFile,
  type ProgressSnapshot,
  type Settings,
  type StoredCard,
} from './types'

/** 10 MB: about twenty years of daily study; anything bigger is not ours or is damaged. */
export const MAX_BACKUP_BYTES = 10 * 1024 * 1024

export type BackupErrorCode = 'too-large' | 'not-json' | 'not-our-app' | 'newer-version' | 'invalid'

export interface BackupError {
  code: BackupErrorCode
  /** English, for logs and developers. */
  detail: string
  /** For `invalid`: dotted path of the first bad field, e.g. `log.12.next.due`. */
  path?: string
}

export type BackupResult = { ok: true; value: BackupFile } | { ok: false; error: BackupError }

const BackupSchema = v.object({
  app: v.literal(BACKUP_APP),
  schemaVersion: v.literal(PROGRESS_SCHEMA_VERSION),
  exportedAt: v.pipe(v.number(), v.finite()),
  cards: v.array(StoredCardSchema),
  log: v.array(ReviewLogEntrySchema),
  settings: SettingsSchema,
  decks: v.optional(v.array(v.unknown())),
})

export function makeBackup(snapshot: Omit<ProgressSnapshot, 'schemaVersion'>, now: number): BackupFile {
  return {
    app: BACKUP_APP,
    schemaVersion: PROGRESS_SCHEMA_VERSION,
    exportedAt: now,
    cards: snapshot.cards,
    log: snapshot.log,
    settings: snapshot.settings,
    ...(snapshot.decks?.length ? { decks: snapshot.decks } : {}),
  }
}

const fail = (code: BackupErrorCode, detail: string, path?: string): BackupResult => ({
  ok: false,
  error: path === undefined ? { code, detail } : { code, detail, path },
})

function duplicate<T>(items: readonly T[], keyOf: (item: T) => string): number {
  const seen = new Set<string>()
  for (let i = 0; i < items.length; i++) {
    const key = keyOf(items[i]!)
    if (seen.has(key)) return i
    seen.add(key)
  }
  return -1
}

/** Checks a parsed value against the current backup shape (also used by import as a last guard). */
export function validateBackup(json: unknown): BackupResult {
  if (typeof json !== 'object' || json === null || Array.isArray(json) || (json as { app?: unknown }).app !== BACKUP_APP) {
    return fail('not-our-app', `not a ${BACKUP_APP} backup: the "app" field is missing or different`)
  }
  const raw = json as Record<string, unknown>
  const version = raw.schemaVersion
  if (typeof version === 'number' && version > PROGRESS_SCHEMA_VERSION) {
    return fail('newer-version', `made by a newer version of the app (schema ${version}; this app knows ${PROGRESS_SCHEMA_VERSION})`)
  }
  if (version === 2) {
    // A file from before decks: its cards and answers are of the built-in deck.
    const cards = Array.isArray(raw.cards)
      ? raw.cards.map((c: unknown) => upgradeCardV2(String((c as { factId?: unknown } | null)?.factId), c).value)
      : raw.cards
    const log = Array.isArray(raw.log) ? raw.log.map(upgradeEntryV2) : raw.log
    return validateBackup({ ...raw, schemaVersion: PROGRESS_SCHEMA_VERSION, cards, log })
  }
  // Settings written before a field existed take that field's default.
  const settings =
    typeof raw.settings === 'object' && raw.settings !== null ? { ...DEFAULT_SETTINGS, ...raw.settings } : raw.settings
  const parsed = parseWith(BackupSchema, { ...raw, settings })
  if (!parsed.ok) return fail('invalid', parsed.reason, parsed.path)
  const backup = parsed.value as BackupFile & { cards: StoredCard[]; log: ReviewLogEntry[]; settings: Settings }
  const dupCard = duplicate(backup.cards, (c) => cardKey(c.deckId, c.factId))
  if (dupCard >= 0) return fail('invalid', `cards.${dupCard}.factId: a second card for the same fact`, `cards.${dupCard}.factId`)
  const dupEntry = duplicate(backup.log, (e) => e.id)
  if (dupEntry >= 0) return fail('invalid', `log.${dupEntry}.id: a second entry with the same id`, `log.${dupEntry}.id`)
  if (backup.decks) {
    const decks: StoredDeck[] = []
    for (const [i, raw] of backup.decks.entries()) {
      const deck = readDeck(raw)
      if (!deck.ok) return fail('invalid', `decks.${i}.${deck.reason}`, `decks.${i}`)
      decks.push(deck.value)
    }
    const dupDeck = duplicate(decks, (d) => d.content.id)
    if (dupDeck >= 0) return fail('invalid', `decks.${dupDeck}: a second deck with the same id`, `decks.${dupDeck}`)
    return { ok: true, value: { ...backup, decks } }
  }
  return { ok: true, value: backup }
}

/**
 * @param byteLength the file's size as the browser reports it (`File.size`), checked before parsing.
 * @example parseBackup(await file.text(), file.size)
 */
export function parseBackup(text: string, byteLength: number): BackupResult {
  if (byteLength > MAX_BACKUP_BYTES) {
    return fail('too-large', `file is ${byteLength} bytes; the limit is ${MAX_BACKUP_BYTES}`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return fail('not-json', `not JSON: ${(error as Error).message}`)
  }
  return validateBackup(json)
}
