/**
 * The storage contract the app uses, written once over a Backend: IndexedDB in the browser, the
 * in-memory twin in tests and as a fallback. Layout and reasons: docs/storage.md.
 */
import { classifyStored, migrateV1 } from '@/domain/progress/migrate'
import { laterCard } from '@/domain/progress/merge'
import { parseCard, parseLogEntry, parseSettings, type Parsed } from '@/domain/progress/schema'
import {
  BACKUP_APP,
  DEFAULT_SETTINGS,
  PROGRESS_SCHEMA_VERSION,
  type BackupFile,
  type ImportMode,
  type ProgressSnapshot,
  type SetAsideOrigin,
  type SetAsideRecord,
  type Settings,
  type StorageIssue,
  type StorageMeta,
} from '@/domain/progress/types'
import type { MemoryCard, ReviewLogEntry } from '@/domain/scheduling/types'
import type { Backend, Key, Tx } from './backend'
import { StorageError } from './errors'
import { ALL_STORES, KEYS, STORES } from './keys'
import { toPlain } from './plain'

export interface LoadOptions {
  /**
   * Only log entries reviewed at or after this epoch ms (e.g. the start of today, for daily limits
   * and undo). Statistics read the rest with `loadLog()`. Default: the whole log.
   */
  logSince?: number
}

export interface LoadResult {
  cards: MemoryCard[]
  log: ReviewLogEntry[]
  settings: Settings
  /** The unfinished session as it was saved, or null. */
  session: unknown
  meta: StorageMeta
  /** Stored data is newer than this app: show a notice; every write rejects with `read-only`. */
  readOnly: boolean
  issues: StorageIssue[]
}

export interface SetAsideInput {
  origin: SetAsideOrigin
  key: string
  reason: string
  value: unknown
}

export interface Repository {
  /** Never rejects for bad stored data: bad records are set aside and reported in `issues`. */
  load(options?: LoadOptions): Promise<LoadResult>
  /** The log from `since` (epoch ms, inclusive) or whole, oldest first; for statistics. */
  loadLog(since?: number): Promise<ReviewLogEntry[]>
  /** The card's new state and its log entry, in one transaction. */
  saveAnswer(card: MemoryCard, entry: ReviewLogEntry): Promise<void>
  /** Puts `previous` back (or deletes the card when it was new) and deletes the entry, in one transaction. */
  undoAnswer(entryId: string, previous: MemoryCard | null, factId: string): Promise<void>
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
  setAside(record: SetAsideInput): Promise<void>
  listSetAside(): Promise<SetAsideRecord[]>
  close(): void
}

export interface RepositoryOptions {
  /** Stamps set-aside records. */
  clock?: () => number
}

/** Log keys start with the review time in ms (13 digits until 2286), so string order is time order. */
const logKeyFrom = (since: number | undefined): Key | undefined => (since === undefined ? undefined : String(since))

interface Prepared {
  readOnly: boolean
  found?: number
  issues: StorageIssue[]
}

interface Bad extends SetAsideInput {
  /** Whether the record still sits under its key and should be moved. */
  stored?: { store: (typeof ALL_STORES)[number]; key: Key }
}

function parseMeta(raw: unknown): Parsed<StorageMeta> {
  if (raw === undefined) return { ok: true, value: {} }
  const m = raw as Record<string, unknown> | null
  if (typeof m !== 'object' || m === null) return { ok: false, reason: 'meta is not an object', path: '' }
  const meta: StorageMeta = {}
  if (m.lastBackupAt !== undefined) {
    if (typeof m.lastBackupAt !== 'number' || !Number.isFinite(m.lastBackupAt)) {
      return { ok: false, reason: 'lastBackupAt is not a finite number', path: 'lastBackupAt' }
    }
    meta.lastBackupAt = m.lastBackupAt
  }
  if (m.persisted !== undefined) {
    if (typeof m.persisted !== 'boolean') return { ok: false, reason: 'persisted is not a boolean', path: 'persisted' }
    meta.persisted = m.persisted
  }
  return { ok: true, value: meta }
}

/** Why a stored record cannot be used, or null when it can. */
function problemOf(origin: SetAsideOrigin, key: Key, value: unknown): string | null {
  if (origin === 'card' || origin === 'log') {
    const parsed = origin === 'card' ? parseCard(value) : parseLogEntry(value)
    if (!parsed.ok) return parsed.reason
    const named = 'id' in parsed.value ? parsed.value.id : parsed.value.factId
    return named === key ? null : `stored under "${key}" but names "${named}"`
  }
  const parsed = origin === 'settings' ? parseSettings(value) : origin === 'meta' ? parseMeta(value) : null
  return parsed && !parsed.ok ? parsed.reason : null
}

function readRecords<T>(
  keys: Key[],
  values: unknown[],
  parse: (v: unknown) => Parsed<T>,
  keyOf: (v: T) => string,
  origin: SetAsideOrigin,
  store: (typeof ALL_STORES)[number],
  bad: Bad[],
): T[] {
  const good: T[] = []
  values.forEach((value, i) => {
    const key = keys[i]!
    const parsed = parse(value)
    if (!parsed.ok) bad.push({ origin, key, reason: parsed.reason, value, stored: { store, key } })
    else if (keyOf(parsed.value) !== key) {
      bad.push({ origin, key, reason: `stored under "${key}" but names "${keyOf(parsed.value)}"`, value, stored: { store, key } })
    } else good.push(parsed.value)
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

  function putAside(tx: Tx, record: SetAsideInput, at: number, taken: Set<string>): void {
    let id = `${record.origin}:${record.key}@${at}`
    for (let n = 1; taken.has(id); n++) id = `${record.origin}:${record.key}@${at}~${n}`
    taken.add(id)
    const stored: SetAsideRecord = { id, origin: record.origin, key: record.key, reason: record.reason, setAsideAt: at, value: record.value }
    tx.put(STORES.aside, id, stored)
  }

  const takenIds = async (tx: Tx) => new Set(await tx.getAllKeys(STORES.aside))

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
    // Re-read inside the write: another tab may have migrated in between.
    return backend.run('readwrite', ALL_STORES, async (tx) => {
      const schema = await tx.get(STORES.kv, KEYS.schemaVersion)
      const legacy = await tx.get(STORES.kv, KEYS.legacyAnswers)
      const now = classifyStored(schema, legacy)
      if (now.kind === 'newer') {
        return { readOnly: true, issues: [{ kind: 'newer-version', found: now.found, known: PROGRESS_SCHEMA_VERSION }] } as Prepared
      }
      const issues: StorageIssue[] = []
      const taken = await takenIds(tx)
      const at = clock()
      if (now.kind === 'corrupt') {
        putAside(tx, { origin: 'meta', key: KEYS.schemaVersion, reason: now.reason, value: schema }, at, taken)
        issues.push({ kind: 'set-aside', origin: 'meta', key: KEYS.schemaVersion, reason: now.reason })
      }
      if (legacy !== undefined) {
        const migrated = migrateV1(legacy, KEYS.legacyAnswers)
        for (const entry of migrated.log) tx.put(STORES.log, entry.id, entry)
        for (const item of migrated.setAside) {
          putAside(tx, { origin: 'legacy', ...item }, at, taken)
          issues.push({ kind: 'set-aside', origin: 'legacy', key: item.key, reason: item.reason })
        }
        // The original record is moved, not deleted: whatever the migration missed can still be recovered.
        putAside(tx, { origin: 'legacy', key: KEYS.legacyAnswers, reason: 'migrated to schema 2; original kept', value: legacy }, at, taken)
        tx.delete(STORES.kv, KEYS.legacyAnswers)
      }
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
  async function write<T>(stores: readonly (typeof ALL_STORES)[number][], work: (tx: Tx) => T | Promise<T>): Promise<T> {
    await ready()
    // A newer build may have upgraded the database since this one opened it (see idb-backend).
    if (readOnly || (await backend.isNewerLayout?.())) {
      readOnly = true
      throw readOnlyError()
    }
    return backend.run('readwrite', [STORES.kv, ...stores], async (tx) => {
      const schema = await tx.get(STORES.kv, KEYS.schemaVersion)
      if (typeof schema === 'number' && schema > PROGRESS_SCHEMA_VERSION) {
        readOnly = true
        throw readOnlyError()
      }
      return work(tx)
    })
  }

  async function readAll(tx: Tx, logFrom: Key | undefined) {
    const bad: Bad[] = []
    const [cardKeys, cardValues, logKeys, logValues, rawSettings, rawSession, rawMeta] = await Promise.all([
      tx.getAllKeys(STORES.cards),
      tx.getAll(STORES.cards),
      tx.getAllKeys(STORES.log, logFrom),
      tx.getAll(STORES.log, logFrom),
      tx.get(STORES.kv, KEYS.settings),
      tx.get(STORES.kv, KEYS.session),
      tx.get(STORES.kv, KEYS.meta),
    ])
    const cards = readRecords(cardKeys, cardValues, parseCard, (c) => c.factId, 'card', STORES.cards, bad)
    const log = readRecords(logKeys, logValues, parseLogEntry, (e) => e.id, 'log', STORES.log, bad)
    let settings = DEFAULT_SETTINGS
    if (rawSettings !== undefined) {
      const parsed = parseSettings(rawSettings)
      if (parsed.ok) settings = parsed.value
      else bad.push({ origin: 'settings', key: KEYS.settings, reason: parsed.reason, value: rawSettings, stored: { store: STORES.kv, key: KEYS.settings } })
    }
    let meta: StorageMeta = {}
    const parsedMeta = parseMeta(rawMeta)
    if (parsedMeta.ok) meta = parsedMeta.value
    else bad.push({ origin: 'meta', key: KEYS.meta, reason: parsedMeta.reason, value: rawMeta, stored: { store: STORES.kv, key: KEYS.meta } })
    return { cards, log, settings, meta, session: rawSession ?? null, bad }
  }

  /** Moves bad records aside, unless a write from another tab made them good in the meantime. */
  async function moveAside(bad: Bad[]): Promise<void> {
    await write([STORES.cards, STORES.log, STORES.aside], async (tx) => {
      const taken = await takenIds(tx)
      const at = clock()
      for (const item of bad) {
        if (!item.stored) continue
        const current = await tx.get(item.stored.store, item.stored.key)
        if (current === undefined || problemOf(item.origin, item.stored.key, current) === null) continue
        putAside(tx, { ...item, value: current }, at, taken)
        tx.delete(item.stored.store, item.stored.key)
      }
    })
  }

  return {
    async load(loadOptions = {}) {
      const prep = await ready()
      const data = await backend.run('readonly', ALL_STORES, (tx) => readAll(tx, logKeyFrom(loadOptions.logSince)))
      const issues: StorageIssue[] = [...prep.issues]
      prep.issues = [] // reported once
      for (const item of data.bad) issues.push({ kind: 'set-aside', origin: item.origin, key: item.key, reason: item.reason })
      if (data.bad.length > 0 && !readOnly) await moveAside(data.bad)
      if (readOnly && !issues.some((i) => i.kind === 'newer-version')) {
        issues.push({ kind: 'newer-version', found: prep.found ?? PROGRESS_SCHEMA_VERSION + 1, known: PROGRESS_SCHEMA_VERSION })
      }
      return { cards: data.cards, log: data.log, settings: data.settings, session: data.session, meta: data.meta, readOnly, issues }
    },

    async loadLog(since) {
      await ready()
      return backend.run('readonly', [STORES.log], async (tx) => {
        const bad: Bad[] = []
        const from = logKeyFrom(since)
        const [keys, values] = await Promise.all([tx.getAllKeys(STORES.log, from), tx.getAll(STORES.log, from)])
        return readRecords(keys, values, parseLogEntry, (e) => e.id, 'log', STORES.log, bad)
      })
    },

    saveAnswer(card, entry) {
      const plainCard = toPlain(card)
      const plainEntry = toPlain(entry)
      return write([STORES.cards, STORES.log], (tx) => {
        tx.put(STORES.cards, plainCard.factId, plainCard)
        tx.put(STORES.log, plainEntry.id, plainEntry)
      })
    },

    undoAnswer(entryId, previous, factId) {
      const plainPrevious = toPlain(previous)
      return write([STORES.cards, STORES.log], (tx) => {
        if (plainPrevious) tx.put(STORES.cards, factId, plainPrevious)
        else tx.delete(STORES.cards, factId)
        tx.delete(STORES.log, entryId)
      })
    },

    saveSettings(settings) {
      const plain = toPlain(settings)
      return write([], (tx) => tx.put(STORES.kv, KEYS.settings, plain))
    },

    saveSession(value) {
      // JSON round trip: the session is JSON-able by contract, and this strips proxies and functions.
      const plain = value === null || value === undefined ? null : (JSON.parse(JSON.stringify(value)) as unknown)
      return write([], (tx) => (plain === null ? tx.delete(STORES.kv, KEYS.session) : tx.put(STORES.kv, KEYS.session, plain)))
    },

    async exportSnapshot(now) {
      await ready()
      const data = await backend.run('readonly', ALL_STORES, (tx) => readAll(tx, undefined))
      // The backup format loads with the first export or import, not with the app.
      const { makeBackup } = await import('@/domain/progress/backup')
      return makeBackup(data, now)
    },

    async importSnapshot(snapshot, mode) {
      const { validateBackup } = await import('@/domain/progress/backup')
      const checked = validateBackup({ app: BACKUP_APP, exportedAt: 0, ...toPlain(snapshot) })
      if (!checked.ok) throw new StorageError('invalid-backup', checked.error.detail)
      const incoming = checked.value
      await write([STORES.cards, STORES.log, STORES.aside], async (tx) => {
        if (mode === 'replace') {
          tx.clear(STORES.cards)
          tx.clear(STORES.log)
          tx.delete(STORES.kv, KEYS.session)
          tx.put(STORES.kv, KEYS.settings, incoming.settings)
          for (const card of incoming.cards) tx.put(STORES.cards, card.factId, card)
          for (const entry of incoming.log) tx.put(STORES.log, entry.id, entry)
          return
        }
        const taken = await takenIds(tx)
        const at = clock()
        const currentCards = await Promise.all(incoming.cards.map((card) => tx.get(STORES.cards, card.factId)))
        incoming.cards.forEach((card, i) => {
          const raw = currentCards[i]
          const current = raw === undefined ? undefined : parseCard(raw)
          if (current && !current.ok) {
            putAside(tx, { origin: 'card', key: card.factId, reason: current.reason, value: raw }, at, taken)
          }
          const keep = laterCard(current?.ok ? current.value : undefined, card)
          if (keep === card) tx.put(STORES.cards, card.factId, card)
        })
        const have = new Set(await tx.getAllKeys(STORES.log))
        for (const entry of incoming.log) if (!have.has(entry.id)) tx.put(STORES.log, entry.id, entry)
      })
    },

    reset() {
      return write([STORES.cards, STORES.log], async (tx) => {
        const meta = parseMeta(await tx.get(STORES.kv, KEYS.meta))
        tx.clear(STORES.cards)
        tx.clear(STORES.log)
        tx.delete(STORES.kv, KEYS.settings)
        tx.delete(STORES.kv, KEYS.session)
        const persisted = meta.ok ? meta.value.persisted : undefined
        if (persisted === undefined) tx.delete(STORES.kv, KEYS.meta)
        else tx.put(STORES.kv, KEYS.meta, { persisted })
      })
    },

    markBackup(now) {
      return updateMeta({ lastBackupAt: now })
    },

    markPersisted(persisted) {
      return updateMeta({ persisted })
    },

    async setAside(record) {
      const plain = toPlain(record)
      await write([STORES.aside], async (tx) => putAside(tx, plain, clock(), await takenIds(tx)))
    },

    async listSetAside() {
      await ready()
      const values = await backend.run('readonly', [STORES.aside], (tx) => tx.getAll(STORES.aside))
      return values as SetAsideRecord[]
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
