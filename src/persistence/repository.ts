/**
 * The storage contract the app uses, written once over a Backend: IndexedDB in the browser, the
 * in-memory twin in tests and as a fallback. Layout and reasons: docs/storage.md.
 */
import { readDeckSummary } from '@/domain/deck/guards'
import type { DeckSummary, StoredDeck } from '@/domain/deck/types'
import type { DeckFile } from '@/domain/deck/file'
import { classifyStored } from '@/domain/progress/classify'
import { readLogEntry, readSettings, readStoredCard } from '@/domain/progress/guards'
import type { Parsed } from '@/domain/progress/schema'
import {
  cardKey,
  DEFAULT_SETTINGS,
  PROGRESS_SCHEMA_VERSION,
  type AutoBackupInfo,
  type AutoBackupReason,
  type BackupFile,
  type ImportMode,
  type ProgressSnapshot,
  type SetAsideOrigin,
  type SetAsideRecord,
  type Settings,
  type StorageIssue,
  type StorageMeta,
  type StoredCard,
} from '@/domain/progress/types'
import { isStoredTime } from '@/domain/time'
import type { MemoryCard, ReviewLogEntry } from '@/domain/scheduling/types'
import type { Backend, Key, Tx } from './backend'
import { StorageError } from './errors'
import { DATA_STORES, KEYS, STORES } from './keys'
import { toPlain } from './plain'
import type { RareOperations } from './rare'

export interface LoadOptions {
  /**
   * Only log entries reviewed at or after this epoch ms (e.g. the start of today, for daily limits
   * and undo). Statistics read the rest with `loadLog()`. Default: the whole log.
   */
  logSince?: number
}

export interface LoadResult {
  /** Every deck's cards; each names its deck. */
  cards: StoredCard[]
  log: ReviewLogEntry[]
  settings: Settings
  /** The unfinished session as it was saved, or null. */
  session: unknown
  meta: StorageMeta
  /** Stored data is newer than this app: show a notice; every write rejects with `read-only`. */
  readOnly: boolean
  issues: StorageIssue[]
  /** Records kept aside as unusable (this load's included): home tells of them. */
  setAsideCount: number
  /** The summaries of the decks the learner made or imported, oldest first. */
  decks: DeckSummary[]
}

export interface SetAsideInput {
  origin: SetAsideOrigin
  key: string
  reason: string
  value: unknown
}

/** What an answer writes, worked out inside its transaction from what is stored at that moment. */
export interface AnswerCommit {
  card: MemoryCard
  entry: ReviewLogEntry
  /** The unfinished session after this answer (null: none left; undefined: leave it as stored). JSON-able. */
  session: unknown
}

export interface AnswerInput {
  deckId: string
  factId: string
  /**
   * Called inside the transaction with the fact's stored card and the id of the last entry stored (by any
   * tab), so that two tabs answering at once each build on the other's answer and ids keep increasing.
   * Must be synchronous; throwing writes nothing.
   */
  compute(current: AnswerBasis): AnswerCommit
  /** What the caller believes is stored: used when the answer must wait in memory (storage full or unavailable). */
  assumed: AnswerBasis
}

export interface AnswerBasis {
  card: MemoryCard | undefined
  lastEntryId: string | undefined
}

export interface UndoInput {
  deckId: string
  factId: string
  entryId: string
  /** The card before the answer; null when the fact was new (the card is removed). */
  previous: MemoryCard | null
  /** The session after the undo (null: none; undefined: leave it as stored). */
  session: unknown
}

/** What a sync pull changes in the log, with the cards rebuilt from it (see `Repository.mergeEntries`). */
export interface MergeInput {
  entries: ReviewLogEntry[]
  cards: StoredCard[]
  removed?: string[]
  dropCards?: { deckId: string; factId: string }[]
}

export interface Repository {
  /** Never rejects for bad stored data: bad records are set aside and reported in `issues`. */
  load(options?: LoadOptions): Promise<LoadResult>
  /** The log from `since` (epoch ms, inclusive) or whole, oldest first; for statistics. */
  loadLog(since?: number): Promise<ReviewLogEntry[]>
  /**
   * One answer, one transaction: the log entry, the card and the session step commit together or not at
   * all. Resolves with what was written. Rejects with `invalid-answer` (nothing written) when the entry or
   * card is outside what storage accepts, e.g. a NaN from a damaged card.
   */
  commitAnswer(input: AnswerInput): Promise<AnswerCommit>
  /** The reverse, also one transaction: the entry removed, the card put back, the session step undone. */
  commitUndo(input: UndoInput): Promise<void>
  saveSettings(settings: Settings): Promise<void>
  /** `null` clears it. The value must be JSON-able. */
  saveSession(value: unknown): Promise<void>
  exportSnapshot(now: number): Promise<BackupFile>
  /** Validates first (rejects with `invalid-backup`, nothing written), then writes in one transaction. */
  importSnapshot(snapshot: ProgressSnapshot, mode: ImportMode): Promise<void>
  /** Forgets cards, log, settings, session and the last-backup date; set-aside records stay. */
  reset(): Promise<void>
  markBackup(now: number): Promise<void>
  markPersisted(persisted: boolean): Promise<void>
  /** Keeps this device's id for new entry ids (kept by reset: it names the device, not its progress). */
  markDevice(deviceId: string): Promise<void>
  markSetAsideSeen(count: number): Promise<void>
  /** A whole snapshot kept inside the device, compressed; older ones pruned (see `auto-backup.ts`). */
  takeBackup(reason: AutoBackupReason, now: number): Promise<AutoBackupInfo | null>
  /** Newest first, without their data. */
  listBackups(): Promise<AutoBackupInfo[]>
  /** The backup as the text of a backup file (the export format of its time), for `parseBackup`. */
  readBackup(id: string): Promise<string>
  /** A deck's summary and content, checked; null when there is no such deck (or it is unreadable: set aside). */
  readDeck(id: string): Promise<StoredDeck | null>
  /** Writes a deck's summary and content in one transaction. */
  saveDeck(deck: StoredDeck): Promise<void>
  /**
   * Deletes a deck with its cards and answers, after an automatic backup that holds them (the way back);
   * if the backup cannot be kept, nothing is deleted.
   */
  deleteDeck(id: string): Promise<void>
  /** Stores a checked deck file's deck (and the progress it carries) in one transaction. */
  importDeck(file: DeckFile): Promise<void>
  /**
   * Answers that came from another device, with the cards rebuilt from the merged log, in one transaction:
   * entries already stored are skipped (ids are unique across devices), each entry and card is checked like an
   * answer (`invalid-answer`, nothing written, when one is out of range). `removed` are answers undone on the
   * device that gave them, `dropCards` the cards of facts left with no answer. Resolves with how many entries were
   * added or removed. When `giveWay` aborts before the transaction commits, nothing is written and it rejects with
   * `gave-way` (see `Backend.run`).
   */
  mergeEntries(input: MergeInput, giveWay?: AbortSignal): Promise<number>
  setAside(record: SetAsideInput): Promise<void>
  listSetAside(): Promise<SetAsideRecord[]>
  close(): void
}

export interface RepositoryOptions {
  /** Stamps set-aside records and automatic backups. */
  clock?: () => number
  /**
   * Take an automatic backup before a replace, a reset or a migration (default true). The in-memory twin
   * inside the resilient repository does not: it would only copy memory into memory.
   */
  autoBackups?: boolean
}


/** JSON round trip: a session is JSON-able by contract, and this strips proxies and functions. */
const jsonCopy = (value: unknown): unknown =>
  value === null || value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown)

/** Log keys start with the review time in ms (13 digits until 2286), so string order is time order. */
export const logKeyFrom = (since: number | undefined): Key | undefined => (since === undefined ? undefined : String(since))

interface Prepared {
  readOnly: boolean
  found?: number
  issues: StorageIssue[]
}

export interface Bad extends SetAsideInput {
  /** Whether the record still sits under its key and should be moved. */
  stored?: { store: (typeof DATA_STORES)[number]; key: Key }
}

/** Each meta field, and what it must be. Bounded like every stored time (a backup "made" in 5000 is not). */
const META_FIELDS: Record<keyof StorageMeta, [test: (x: unknown) => boolean, what: string]> = {
  lastBackupAt: [isStoredTime, 'a time in 2000–2099'],
  persisted: [(x) => typeof x === 'boolean', 'a boolean'],
  setAsideSeen: [(x) => Number.isInteger(x) && (x as number) >= 0, 'a count'],
  deviceId: [(x) => typeof x === 'string' && /^[0-9a-z]{4,16}$/.test(x), '4–16 letters and digits'],
}

function parseMeta(raw: unknown): Parsed<StorageMeta> {
  if (raw === undefined) return { ok: true, value: {} }
  if (typeof raw !== 'object' || raw === null) return { ok: false, reason: 'meta is not an object', path: '' }
  const meta: Record<string, unknown> = {}
  for (const [field, [test, what]] of Object.entries(META_FIELDS)) {
    const value = (raw as Record<string, unknown>)[field]
    if (value === undefined) continue
    if (!test(value)) return { ok: false, reason: `${field} is not ${what}`, path: field }
    meta[field] = value
  }
  return { ok: true, value: meta as StorageMeta }
}

/** Filled in by `explainAll` (`aside.ts`; valibot loads only when a record is bad). */
const UNEXPLAINED = ''

export function readRecords<T>(
  keys: Key[],
  values: unknown[],
  read: (v: unknown) => T | null,
  keyOf: (v: T) => string,
  origin: SetAsideOrigin,
  store: (typeof DATA_STORES)[number],
  bad: Bad[],
): T[] {
  const good: T[] = []
  values.forEach((value, i) => {
    const key = keys[i]!
    const record = read(value)
    if (!record) bad.push({ origin, key, reason: UNEXPLAINED, value, stored: { store, key } })
    else if (keyOf(record) !== key) {
      bad.push({ origin, key, reason: `stored under "${key}" but names "${keyOf(record)}"`, value, stored: { store, key } })
    } else good.push(record)
  })
  return good
}

export function createRepository(
  backend: Backend & { isNewerLayout?(): Promise<boolean> },
  options: RepositoryOptions = {},
): Repository {
  const clock = options.clock ?? (() => Date.now())
  let prepared: Promise<Prepared> | undefined
  let readOnly = false

  const readOnlyError = () =>
    new StorageError('read-only', 'stored progress was written by a newer version of the app; nothing is saved')

  /** The set-aside code: loaded only where a record must be moved aside (rare), before the transaction that does it. */
  const asideModule = () => import('./aside')

  const autoBackups = options.autoBackups ?? true

  /** The whole log, backups, import, reset, decks, set-aside records: their code loads with the first of them (`rare.ts`). */
  let rare: Promise<RareOperations> | undefined
  const rareOps = () =>
    (rare ??= import('./rare').then(({ rareOperations }) =>
      rareOperations({
        backend, clock, autoBackups, ready, write, readAll, parseMeta, asideModule,
        readOnly: () => readOnly,
        readOnlyError,
      })))
  const RARE = [
    'loadLog', 'exportSnapshot', 'takeBackup', 'listBackups', 'readBackup', 'importSnapshot', 'reset', 'readDeck', 'saveDeck',
    'deleteDeck', 'importDeck', 'mergeEntries', 'setAside', 'listSetAside',
  ] as const satisfies readonly (keyof RareOperations)[]
  // Every rare operation is listed: a new one left out is a type error here.
  const everyRare: [Exclude<keyof RareOperations, (typeof RARE)[number]>] extends [never] ? true : never = true
  void everyRare
  const rareMethods = Object.fromEntries(
    RARE.map((name) => [name, async (...args: unknown[]) => ((await rareOps())[name] as (...a: unknown[]) => unknown)(...args)]),
  ) as unknown as RareOperations

  /** Schema check and migration, once per repository, before any read or write. */
  async function prepare(): Promise<Prepared> {
    const newerLayout = (await backend.isNewerLayout?.()) ?? false
    const peek = await backend.run('readonly', [STORES.kv], async (tx) => ({
      schema: await tx.get(STORES.kv, KEYS.schemaVersion),
      legacy: await tx.get(STORES.kv, KEYS.legacyAnswers),
    }))
    const seen = classifyStored(peek.schema, peek.legacy)
    if (newerLayout || seen.kind === 'newer') {
      const found = seen.kind === 'newer' ? seen.found : PROGRESS_SCHEMA_VERSION + 1
      return { readOnly: true, issues: [{ kind: 'newer-version', found, known: PROGRESS_SCHEMA_VERSION }] }
    }
    if (seen.kind === 'current') return { readOnly: false, issues: [] }
    if (seen.kind === 'fresh') {
      // A first visit: only the schema version to write, unless another tab wrote something meanwhile.
      const done = await backend.run('readwrite', [STORES.kv], async (tx) => {
        const again = classifyStored(await tx.get(STORES.kv, KEYS.schemaVersion), await tx.get(STORES.kv, KEYS.legacyAnswers))
        if (again.kind === 'fresh') tx.put(STORES.kv, KEYS.schemaVersion, PROGRESS_SCHEMA_VERSION)
        return again.kind === 'fresh' || again.kind === 'current'
      })
      if (done) return { readOnly: false, issues: [] }
    }
    // Migrations are rare: their code loads only when there is something to migrate.
    const [{ backupBeforeMigration, migrateInTx }, { putAside, takenIds }] = await Promise.all([import('./migrations'), asideModule()])
    if (autoBackups && (seen.kind === 'old' || seen.kind === 'corrupt')) await backupBeforeMigration(backend, clock(), peek.schema)
    // Re-read inside the write: another tab may have migrated in between.
    return backend.run('readwrite', DATA_STORES, async (tx) => {
      const schema = await tx.get(STORES.kv, KEYS.schemaVersion)
      const legacy = await tx.get(STORES.kv, KEYS.legacyAnswers)
      const now = classifyStored(schema, legacy)
      if (now.kind === 'newer') {
        return { readOnly: true, issues: [{ kind: 'newer-version', found: now.found, known: PROGRESS_SCHEMA_VERSION }] } as Prepared
      }
      const taken = await takenIds(tx)
      const at = clock()
      const issues = await migrateInTx(tx, { schema, legacy, now, putAside: (record) => putAside(tx, record, at, taken) })
      tx.put(STORES.kv, KEYS.schemaVersion, PROGRESS_SCHEMA_VERSION)
      return { readOnly: false, issues }
    })
  }

  async function ready(): Promise<Prepared> {
    if (!prepared) {
      prepared = prepare()
      prepared.catch(() => (prepared = undefined))
    }
    const result = await prepared
    readOnly ||= result.readOnly
    return result
  }

  /** Every write: refused when read-only, and re-checks the schema inside its own transaction. */
  async function write<T>(stores: readonly (typeof DATA_STORES)[number][], work: (tx: Tx) => T | Promise<T>, giveWay?: AbortSignal): Promise<T> {
    await ready()
    // A newer build may have upgraded the database since this one opened it (see idb-backend).
    if (readOnly || (await backend.isNewerLayout?.())) {
      readOnly = true
      throw readOnlyError()
    }
    return backend.run('readwrite', [STORES.kv, ...stores], async (tx) => {
      // The schema is read in the same round trip as the work's own first reads (an answer's card and last id):
      // one wait for IndexedDB fewer per write. A newer schema throws, which aborts whatever the work queued.
      const schemaRead = tx.get(STORES.kv, KEYS.schemaVersion)
      const result = (async () => work(tx))()
      result.catch(() => undefined)
      const schema = await schemaRead
      if (typeof schema === 'number' && schema > PROGRESS_SCHEMA_VERSION) {
        readOnly = true
        throw readOnlyError()
      }
      return result
    }, giveWay)
  }

  async function readAll(tx: Tx, logFrom: Key | undefined) {
    const bad: Bad[] = []
    const [asideKeys, cardKeys, cardValues, logKeys, logValues, rawSettings, rawSession, rawMeta, deckKeys, deckValues] = await Promise.all([
      tx.getAllKeys(STORES.aside),
      tx.getAllKeys(STORES.cards),
      tx.getAll(STORES.cards),
      tx.getAllKeys(STORES.log, logFrom),
      tx.getAll(STORES.log, logFrom),
      tx.get(STORES.kv, KEYS.settings),
      tx.get(STORES.kv, KEYS.session),
      tx.get(STORES.kv, KEYS.meta),
      tx.getAllKeys(STORES.decks),
      tx.getAll(STORES.decks),
    ])
    const cards = readRecords(cardKeys, cardValues, readStoredCard, (c) => cardKey(c.deckId, c.factId), 'card', STORES.cards, bad)
    const log = readRecords(logKeys, logValues, readLogEntry, (e) => e.id, 'log', STORES.log, bad)
    let settings = DEFAULT_SETTINGS
    if (rawSettings !== undefined) {
      const read = readSettings(rawSettings)
      if (read) settings = read
      else bad.push({ origin: 'settings', key: KEYS.settings, reason: UNEXPLAINED, value: rawSettings, stored: { store: STORES.kv, key: KEYS.settings } })
    }
    let meta: StorageMeta = {}
    const parsedMeta = parseMeta(rawMeta)
    if (parsedMeta.ok) meta = parsedMeta.value
    else bad.push({ origin: 'meta', key: KEYS.meta, reason: parsedMeta.reason, value: rawMeta, stored: { store: STORES.kv, key: KEYS.meta } })
    const decks = readRecords(deckKeys, deckValues, readDeckSummary, (d) => d.id, 'deck', STORES.decks, bad)
      .sort((a, b) => a.createdAt - b.createdAt)
    return { cards, log, settings, meta, session: rawSession ?? null, bad, asideCount: asideKeys.length, decks }
  }

  /** Moves bad records aside, unless a write from another tab made them good in the meantime; how many it moved. */
  async function moveAside(bad: Bad[]): Promise<number> {
    const { moveAsideInTx } = await asideModule()
    return write([STORES.cards, STORES.log, STORES.aside, STORES.decks], (tx) => moveAsideInTx(tx, bad, clock(), parseMeta))
  }

  return {
    async load(loadOptions = {}) {
      const prep = await ready()
      const data = await backend.run('readonly', DATA_STORES, (tx) => readAll(tx, logKeyFrom(loadOptions.logSince)))
      if (data.bad.length > 0) await (await asideModule()).explainAll(data.bad)
      const issues: StorageIssue[] = [...prep.issues]
      prep.issues = [] // reported once
      for (const item of data.bad) issues.push({ kind: 'set-aside', origin: item.origin, key: item.key, reason: item.reason })
      const moved = data.bad.length > 0 && !readOnly ? await moveAside(data.bad) : 0
      if (readOnly && !issues.some((i) => i.kind === 'newer-version')) {
        issues.push({ kind: 'newer-version', found: prep.found ?? PROGRESS_SCHEMA_VERSION + 1, known: PROGRESS_SCHEMA_VERSION })
      }
      return {
        cards: data.cards, log: data.log, settings: data.settings, session: data.session, meta: data.meta, readOnly, issues,
        setAsideCount: data.asideCount + moved, decks: data.decks,
      }
    },

    async commitAnswer(input) {
      const { deckId, factId } = input
      const key = cardKey(deckId, factId)
      return write([STORES.cards, STORES.log], async (tx) => {
        const [rawCard, rawLast] = await Promise.all([tx.get(STORES.cards, key), tx.get(STORES.kv, KEYS.lastEntry)])
        const stored = rawCard === undefined ? null : readStoredCard(rawCard)
        const lastEntryId = typeof rawLast === 'string' ? rawLast : undefined
        const out = input.compute({ card: stored ?? undefined, lastEntryId })
        const card = readStoredCard({ ...toPlain(out.card), deckId })
        const entry = readLogEntry(toPlain(out.entry))
        if (!card || !entry || entry.deckId !== deckId || entry.factId !== factId || card.factId !== factId) {
          throw new StorageError('invalid-answer', `the answer to ${key} would store values out of range; nothing written`)
        }
        const session = out.session === undefined ? undefined : jsonCopy(out.session)
        // A card that could not be read is not overwritten unseen: it goes aside first.
        if (rawCard !== undefined && !stored) {
          const setAsideAt = clock()
          const id = `card:${key}@${setAsideAt}~answer`
          tx.put(STORES.aside, id, { id, origin: 'card', key, reason: 'unreadable card, written over by an answer', setAsideAt, value: rawCard } satisfies SetAsideRecord)
        }
        tx.put(STORES.cards, key, card)
        tx.put(STORES.log, entry.id, entry)
        // Ids answered while storage was failing may arrive late: the marker only moves forward.
        if (lastEntryId === undefined || entry.id > lastEntryId) tx.put(STORES.kv, KEYS.lastEntry, entry.id)
        if (session === null) tx.delete(STORES.kv, KEYS.session)
        else if (session !== undefined) tx.put(STORES.kv, KEYS.session, session)
        return { card, entry, session }
      })
    },

    commitUndo(input) {
      const previous = input.previous ? readStoredCard({ ...toPlain(input.previous), deckId: input.deckId }) : null
      if (input.previous && !previous) return Promise.reject(new StorageError('invalid-answer', 'the card to restore is out of range'))
      const session = input.session === undefined ? undefined : jsonCopy(input.session)
      const key = cardKey(input.deckId, input.factId)
      return write([STORES.cards, STORES.log], (tx) => {
        if (previous) tx.put(STORES.cards, key, previous)
        else tx.delete(STORES.cards, key)
        tx.delete(STORES.log, input.entryId)
        if (session === null) tx.delete(STORES.kv, KEYS.session)
        else if (session !== undefined) tx.put(STORES.kv, KEYS.session, session)
      })
    },

    saveSettings(settings) {
      const plain = toPlain(settings)
      return write([], (tx) => tx.put(STORES.kv, KEYS.settings, plain))
    },

    saveSession(value) {
      const plain = jsonCopy(value)
      return write([], (tx) => (plain === null ? tx.delete(STORES.kv, KEYS.session) : tx.put(STORES.kv, KEYS.session, plain)))
    },

    ...rareMethods,

    markBackup(now) {
      return updateMeta({ lastBackupAt: now })
    },

    markPersisted(persisted) {
      return updateMeta({ persisted })
    },

    markDevice(deviceId) {
      return updateMeta({ deviceId })
    },

    markSetAsideSeen(count) {
      return updateMeta({ setAsideSeen: count })
    },

    close() {
      backend.close()
    },
  }

  function updateMeta(change: StorageMeta): Promise<void> {
    return write([], async (tx) => {
      const current = parseMeta(await tx.get(STORES.kv, KEYS.meta))
      tx.put(STORES.kv, KEYS.meta, { ...(current.ok ? current.value : {}), ...change })
    })
  }
}
