/**
 * What travels between a learner's devices, as CouchDB documents, and how a device folds what it pulls into
 * its own progress. Pure: the replication itself (PouchDB) and storage are elsewhere.
 *
 * - Answers travel in packs, `pack:<first entry id>:<hash of the ids>`: the answers a device wrote to its mirror
 *   together (up to PACK_SIZE), written once and never changed. A pack's id follows from the answers it holds, so
 *   two writes of the same answers are one document, and different packs never conflict; an answer in two packs
 *   (a mirror filled again) is one answer, since entry ids are unique across devices.
 * - An answer undone is a document of its own, `undo:<entry id>`, never changed either: it wins over every pack.
 * - Earlier versions sent each answer as `log:<entry id>`, and an undo as that document's deletion: both are
 *   still read.
 * - The settings are one document, `settings`; the newer (`updatedAt`, then the device id) wins everywhere.
 * - Each deck the learner made or imported is a document, `deck:<deck id>`; when two devices changed it, the
 *   one changed later wins (then the higher revision), the same on every device, and the other is kept.
 * - Cards do not travel: after a pull, the cards of the facts whose answers arrived are rebuilt from the merged
 *   log (`rebuildTouched`), so every device that holds the same answers shows the same schedule.
 */
import { readDeck } from '../deck/file'
import type { StoredDeck } from '../deck/types'
import { readLogEntry, readSettings } from '../progress/guards'
import { applyEntry, byId, type SchedulerFor } from '../progress/replay'
import { cardKey, type Settings, type StoredCard } from '../progress/types'
import type { ReviewLogEntry } from '../scheduling/types'

export const LOG_PREFIX = 'log:'
export const PACK_PREFIX = 'pack:'
export const UNDO_PREFIX = 'undo:'
/** Answers per pack: about 60 KB of JSON, so a replication batch of packs stays a few megabytes. */
export const PACK_SIZE = 100
export const DECK_PREFIX = 'deck:'
export const SETTINGS_ID = 'settings'

export interface LogDoc {
  _id: string
  kind: 'log'
  entry: ReviewLogEntry
}

/** Answers this device wrote to its mirror together; never changed. */
export interface PackDoc {
  _id: string
  kind: 'pack'
  entries: ReviewLogEntry[]
}

/** An answer undone on some device; never changed. */
export interface UndoDoc {
  _id: string
  kind: 'undo'
  entryId: string
}

export interface SettingsDoc {
  _id: typeof SETTINGS_ID
  kind: 'settings'
  settings: Settings
  /** When the learner last changed a setting (epoch ms), and on which device. */
  updatedAt: number
  device: string
}

export interface DeckDoc {
  _id: string
  kind: 'deck'
  deck: StoredDeck
}

export type SyncDoc = LogDoc | PackDoc | UndoDoc | SettingsDoc | DeckDoc

export const logDoc = (entry: ReviewLogEntry): LogDoc => ({ _id: `${LOG_PREFIX}${entry.id}`, kind: 'log', entry })
/** FNV-1a (32 bits) of the ids, in hex: tells apart two packs that begin with the same answer. */
function idsHash(entries: readonly ReviewLogEntry[]): string {
  let hash = 0x811c9dc5
  for (const entry of entries) {
    for (let i = 0; i < entry.id.length; i++) hash = Math.imul(hash ^ entry.id.charCodeAt(i), 0x01000193)
    hash = Math.imul(hash ^ 0x2c, 0x01000193)
  }
  return (hash >>> 0).toString(16).padStart(8, '0')
}

/** A pack of answers (at least one), under the id its answers give it. */
export function packDoc(entries: readonly ReviewLogEntry[]): PackDoc {
  if (entries.length === 0) throw new RangeError('a pack holds at least one answer')
  return { _id: `${PACK_PREFIX}${entries[0]!.id}:${idsHash(entries)}`, kind: 'pack', entries: [...entries] }
}

/** The answers in packs of PACK_SIZE, in the order given. */
export function packDocs(entries: readonly ReviewLogEntry[], size = PACK_SIZE): PackDoc[] {
  const packs: PackDoc[] = []
  for (let i = 0; i < entries.length; i += size) packs.push(packDoc(entries.slice(i, i + size)))
  return packs
}

export const undoDoc = (entryId: string): UndoDoc => ({ _id: `${UNDO_PREFIX}${entryId}`, kind: 'undo', entryId })
export const deckDoc = (deck: StoredDeck): DeckDoc => ({ _id: `${DECK_PREFIX}${deck.summary.id}`, kind: 'deck', deck })
export const settingsDoc = (settings: Settings, updatedAt: number, device: string): SettingsDoc =>
  ({ _id: SETTINGS_ID, kind: 'settings', settings, updatedAt, device })

/** A pulled document as the app may use it, checked like a stored record; null for anything else. */
export function readDoc(raw: unknown): SyncDoc | null {
  const doc = raw as Partial<SyncDoc> & { _id?: unknown; _deleted?: unknown } | null
  if (typeof doc !== 'object' || doc === null || typeof doc._id !== 'string' || doc._deleted) return null
  if (doc.kind === 'log' && doc._id.startsWith(LOG_PREFIX)) {
    const entry = readLogEntry((doc as LogDoc).entry)
    return entry && doc._id === `${LOG_PREFIX}${entry.id}` ? { _id: doc._id, kind: 'log', entry } : null
  }
  if (doc.kind === 'pack' && doc._id.startsWith(PACK_PREFIX) && Array.isArray((doc as PackDoc).entries)) {
    // The answers that read as stored answers, each once; a pack with none is refused.
    const seen = new Set<string>()
    const entries: ReviewLogEntry[] = []
    for (const raw of (doc as PackDoc).entries) {
      const entry = readLogEntry(raw)
      if (entry && !seen.has(entry.id)) {
        seen.add(entry.id)
        entries.push(entry)
      }
    }
    return entries.length > 0 ? { _id: doc._id, kind: 'pack', entries } : null
  }
  if (doc.kind === 'undo' && doc._id.startsWith(UNDO_PREFIX)) {
    const entryId = (doc as UndoDoc).entryId
    return typeof entryId === 'string' && doc._id === `${UNDO_PREFIX}${entryId}` ? undoDoc(entryId) : null
  }
  if (doc.kind === 'settings' && doc._id === SETTINGS_ID) {
    const d = doc as SettingsDoc
    const settings = readSettings(d.settings)
    const ok = settings && Number.isFinite(d.updatedAt) && typeof d.device === 'string'
    return ok ? settingsDoc(settings, d.updatedAt, d.device) : null
  }
  if (doc.kind === 'deck' && doc._id.startsWith(DECK_PREFIX)) {
    const deck = readDeck((doc as DeckDoc).deck)
    return deck.ok && doc._id === `${DECK_PREFIX}${deck.value.summary.id}` ? deckDoc(deck.value) : null
  }
  return null
}

/** A version of a document and its CouchDB revision (`2-7c97…`). */
export interface Version<T> {
  rev: string
  value: T
}

/** Revision order: generation first (`12-` after `9-`), then the hash, as CouchDB orders them. */
export function compareRevs(a: string, b: string): number {
  const [ga = 0, ha = ''] = [Number.parseInt(a, 10), a.slice(a.indexOf('-') + 1)]
  const [gb = 0, hb = ''] = [Number.parseInt(b, 10), b.slice(b.indexOf('-') + 1)]
  if (ga !== gb) return ga - gb
  return ha < hb ? -1 : ha > hb ? 1 : 0
}

/**
 * Picks the winner among conflicting versions the same way on every device, whatever order they arrive in:
 * the greatest by `newer`, then by revision. The others are returned so they can be kept.
 */
export function chooseVersion<T>(versions: readonly Version<T>[], newer: (a: T, b: T) => number): { winner: Version<T>; losers: Version<T>[] } {
  if (versions.length === 0) throw new RangeError('no version to choose from')
  const sorted = [...versions].sort((a, b) => newer(b.value, a.value) || compareRevs(b.rev, a.rev))
  return { winner: sorted[0]!, losers: sorted.slice(1) }
}

/** Decks: the one changed later wins. */
export const newerDeck = (a: StoredDeck, b: StoredDeck) => a.summary.updatedAt - b.summary.updatedAt
/** Settings: the ones changed later win; at the same instant, the higher device id. */
export const newerSettings = (a: SettingsDoc, b: SettingsDoc) => a.updatedAt - b.updatedAt || (a.device < b.device ? -1 : a.device > b.device ? 1 : 0)

/** The cards (keyed `${deckId}/${factId}`) whose facts the given answers are about. */
export function touchedCards(entries: Iterable<ReviewLogEntry>): Set<string> {
  const keys = new Set<string>()
  for (const e of entries) keys.add(cardKey(e.deckId, e.factId))
  return keys
}

/**
 * The cards of the touched facts, rebuilt from the whole merged log (only those facts' answers are replayed).
 * A fact whose every answer is of a legacy format keeps no card here: the caller keeps the one it has.
 */
export function rebuildTouched(log: readonly ReviewLogEntry[], touched: ReadonlySet<string>, schedulerFor: SchedulerFor): Map<string, StoredCard> {
  const cards = new Map<string, StoredCard>()
  const relevant = log.filter((e) => touched.has(cardKey(e.deckId, e.factId))).sort(byId)
  for (const entry of relevant) {
    const key = cardKey(entry.deckId, entry.factId)
    const next = applyEntry(cards.get(key), entry, schedulerFor)
    if (next) cards.set(key, { ...next, deckId: entry.deckId })
  }
  return cards
}

/** Why a sync did not happen, in words the settings screen turns into the learner's language. */
export type SyncProblem =
  | 'wrong-password'
  /** Signed in, but not a member of the database (CouchDB's `_security`). */
  | 'forbidden'
  /** Signed in, but the browser did not keep the session cookie (a server on another site, cookies blocked). */
  | 'cookie-blocked'
  | 'unreachable'
  | 'refused-origin'
  | 'storage-full'
  | 'no-database'
  | 'server'

/**
 * The problem a failed request or replication shows: PouchDB reports HTTP status codes (`status`) and names
 * (`name`); a browser refusing a cross-origin response (CORS) and a server that does not answer both surface
 * as a failed fetch without a status. `reachable` tells them apart: whether an opaque request (`no-cors`) to the
 * server got an answer.
 */
export function syncProblem(
  error: { status?: unknown; name?: unknown } | null | undefined,
  { online, reachable }: { online: boolean; reachable?: boolean },
): SyncProblem {
  const status = typeof error?.status === 'number' ? error.status : undefined
  const name = typeof error?.name === 'string' ? error.name : ''
  if (name === 'QuotaExceededError' || name === 'quota') return 'storage-full'
  if (status === 401 || name === 'unauthorized') return 'wrong-password'
  if (status === 403 || name === 'forbidden') return 'forbidden'
  if (status === 404 || name === 'not_found') return 'no-database'
  if (status !== undefined && status >= 500) return 'server'
  // No status: the request got no answer the page may read. The server answered an opaque request: it does
  // not allow this site (CORS). Otherwise it is down, or the device is offline.
  return online && reachable ? 'refused-origin' : 'unreachable'
}
