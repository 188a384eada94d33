/**
 * The repository's rare operations: the whole log, backups, import, reset, decks and set-aside records. They load
 * with the first of them (the whole log, read after the first screen; an export; a deck opened), not with the app;
 * the repository (`repository.ts`) keeps the start-up load and the answer path, and hands these its own helpers.
 */
import type { StoredDeck, DeckContent } from '@/domain/deck/types'
import {
  BACKUP_APP,
  cardKey,
  type AutoBackupInfo,
  type AutoBackupReason,
  type BackupFile,
  type SetAsideRecord,
  type StorageMeta,
} from '@/domain/progress/types'
import type { Parsed } from '@/domain/progress/schema'
import { readLogEntry, readStoredCard } from '@/domain/progress/guards'
import type { StoredCard } from '@/domain/progress/types'
import type { ReviewLogEntry } from '@/domain/scheduling/types'
import type { Backend, Key, Tx } from './backend'
import { StorageError } from './errors'
import { DATA_STORES, KEYS, STORES } from './keys'
import { toPlain } from './plain'
import { logKeyFrom, readRecords, type Repository } from './repository'

export type RareOperations = Pick<
  Repository,
  | 'loadLog' | 'exportSnapshot' | 'takeBackup' | 'listBackups' | 'readBackup' | 'importSnapshot' | 'reset' | 'readDeck' | 'saveDeck' | 'deleteDeck'
  | 'importDeck' | 'mergeEntries' | 'setAside' | 'listSetAside'
>

/** What the repository lends these operations. */
export interface RareContext {
  backend: Backend
  clock: () => number
  autoBackups: boolean
  ready(): Promise<unknown>
  readOnly(): boolean
  readOnlyError(): StorageError
  write<T>(stores: readonly (typeof DATA_STORES)[number][], work: (tx: Tx) => T | Promise<T>, giveWay?: AbortSignal): Promise<T>
  readAll(tx: Tx, logFrom: Key | undefined): Promise<{ cards: BackupFile['cards']; log: BackupFile['log']; settings: BackupFile['settings']; decks: StoredDeck['summary'][] }>
  parseMeta(raw: unknown): Parsed<StorageMeta>
  asideModule(): Promise<typeof import('./aside')>
}

/**
 * Answers per read of the log, at first. Each read is a transaction of its own, so an answer given while the whole
 * log is read (100,000 answers take seconds) waits for one read at most. A read of 500 took about 20 ms on a quiet
 * machine and 50–100 ms while a sync started, so the reads are sized by their time: the next one is twice as big
 * after a read of under READ_MS / 2, half as big after one of over READ_MS (between READ_MIN and READ_MAX).
 */
const LOG_READ = 100
const READ_MS = 10
const READ_MIN = 25
const READ_MAX = 1000

export function rareOperations(ctx: RareContext): RareOperations {
  const { backend, clock, autoBackups, ready, write, readAll, parseMeta, asideModule, readOnlyError } = ctx

  /**
   * The log from `since` on, in reads sized by their time (see LOG_READ). Each read starts at the key the last one
   * ended with (read again and dropped), so answers committed or removed between two reads are as the engine's
   * memory has them: it holds every answer given since the app started.
   */
  async function loadLog(since?: number): Promise<ReviewLogEntry[]> {
    await ready()
    const out: ReviewLogEntry[] = []
    let from = logKeyFrom(since)
    let last: Key | undefined
    let size = LOG_READ
    for (;;) {
      const started = performance.now()
      const [keys, values] = await backend.run('readonly', [STORES.log], (tx) =>
        Promise.all([tx.getAllKeys(STORES.log, from, size + 1), tx.getAll(STORES.log, from, size + 1)]))
      const took = performance.now() - started
      const drop = last !== undefined && keys[0] === last ? 1 : 0
      out.push(...readRecords(keys.slice(drop), values.slice(drop), readLogEntry, (e) => e.id, 'log', STORES.log, []))
      if (keys.length <= size) return out
      last = from = keys.at(-1)
      if (took < READ_MS / 2) size = Math.min(size * 2, READ_MAX)
      else if (took > READ_MS) size = Math.max(Math.floor(size / 2), READ_MIN)
    }
  }

  /** Stores a snapshot and prunes the oldest (the backup code loads with the first backup, not with the app). */
  async function storeBackup(reason: AutoBackupReason, file: { cards: unknown[]; log: { factId: string; deckId?: string }[] }): Promise<AutoBackupInfo | null> {
    const { storeBackup: store } = await import('./backups')
    return store(backend, clock(), reason, file)
  }

  /** The data as it stands, as a backup file. */
  async function snapshotFile(now: number): Promise<BackupFile> {
    const [data, contents] = await Promise.all([
      backend.run('readonly', DATA_STORES, (tx) => readAll(tx, undefined)),
      backend.run('readonly', [STORES.deckContent], (tx) => tx.getAll(STORES.deckContent)),
    ])
    const byId = new Map((contents as DeckContent[]).map((c) => [c.id, c]))
    const decks: StoredDeck[] = data.decks.flatMap((summary) => {
      const content = byId.get(summary.id)
      return content ? [{ summary, content }] : []
    })
    const { makeBackup } = await import('@/domain/progress/backup')
    return makeBackup({ ...data, decks }, now)
  }

  /** A backup before a replace or reset: if it cannot be kept, nothing is replaced or erased. */
  async function takeBefore(reason: AutoBackupReason): Promise<void> {
    await ready()
    if (ctx.readOnly()) throw readOnlyError()
    await storeBackup(reason, await snapshotFile(clock()))
  }

  const ops: RareOperations = {
    loadLog,
    async exportSnapshot(now) {
      await ready()
      // The backup format loads with the first export or import, not with the app.
      return snapshotFile(now)
    },

    async takeBackup(reason, now) {
      await ready()
      if (ctx.readOnly()) throw readOnlyError()
      return storeBackup(reason, await snapshotFile(now))
    },

    async listBackups() {
      await ready()
      return (await import('./backups')).listBackups(backend)
    },

    async readBackup(id) {
      await ready()
      return (await import('./backups')).readBackup(backend, id)
    },

    async importSnapshot(snapshot, mode) {
      // Validation and the writing of a backup load with the first import, not with the app.
      const [{ validateBackup }, { writeImport }, { putAside, takenIds }] = await Promise.all([import('@/domain/progress/backup'), import('./import'), asideModule()])
      const checked = validateBackup({ app: BACKUP_APP, exportedAt: 0, ...toPlain(snapshot) })
      if (!checked.ok) throw new StorageError('invalid-backup', checked.error.detail)
      if (mode === 'replace' && autoBackups) await takeBefore('before-replace')
      await write([STORES.cards, STORES.log, STORES.aside, STORES.decks, STORES.deckContent], async (tx) => {
        const taken = await takenIds(tx)
        const at = clock()
        await writeImport(tx, checked.value, mode, (record) => putAside(tx, record, at, taken))
      })
    },

    async reset() {
      if (autoBackups) await takeBefore('before-reset')
      return write([STORES.cards, STORES.log], async (tx) => {
        const meta = parseMeta(await tx.get(STORES.kv, KEYS.meta))
        tx.clear(STORES.cards)
        tx.clear(STORES.log)
        tx.delete(STORES.kv, KEYS.settings)
        tx.delete(STORES.kv, KEYS.session)
        const kept: StorageMeta = {}
        if (meta.ok && meta.value.persisted !== undefined) kept.persisted = meta.value.persisted
        if (meta.ok && meta.value.deviceId !== undefined) kept.deviceId = meta.value.deviceId
        if (meta.ok && meta.value.setAsideSeen !== undefined) kept.setAsideSeen = meta.value.setAsideSeen
        if (Object.keys(kept).length === 0) tx.delete(STORES.kv, KEYS.meta)
        else tx.put(STORES.kv, KEYS.meta, kept)
      })
    },

    async readDeck(id) {
      await ready()
      const [summary, content] = await backend.run('readonly', [STORES.decks, STORES.deckContent], (tx) =>
        Promise.all([tx.get(STORES.decks, id), tx.get(STORES.deckContent, id)]))
      if (summary === undefined) return null
      // The full check (valibot) loads with the first deck opened, not with the app.
      const read = (await import('@/domain/deck/file')).readDeck({ summary, content })
      if (read.ok) return read.value
      if (!ctx.readOnly()) {
        await ops.setAside({ origin: 'deck', key: id, reason: `unreadable deck: ${read.reason}`, value: { summary, content } })
        await write([STORES.decks, STORES.deckContent], (tx) => {
          tx.delete(STORES.decks, id)
          tx.delete(STORES.deckContent, id)
        })
      }
      return null
    },

    async saveDeck(deck) {
      const { putDeck } = await import('./import')
      const plain = toPlain(deck)
      await write([STORES.decks, STORES.deckContent], (tx) => putDeck(tx, plain))
    },

    async deleteDeck(id) {
      if (autoBackups) await takeBefore('before-deck-delete')
      await write([STORES.decks, STORES.deckContent, STORES.cards, STORES.log], async (tx) => {
        const [cardKeys, logKeys, logValues, rawSession] = await Promise.all([
          tx.getAllKeys(STORES.cards), tx.getAllKeys(STORES.log), tx.getAll(STORES.log), tx.get(STORES.kv, KEYS.session),
        ])
        tx.delete(STORES.decks, id)
        tx.delete(STORES.deckContent, id)
        // An unfinished session of this deck cannot be resumed: it goes with it.
        if ((rawSession as { scope?: unknown } | undefined)?.scope === id) tx.delete(STORES.kv, KEYS.session)
        for (const key of cardKeys) if (key.startsWith(`${id}/`)) tx.delete(STORES.cards, key)
        logValues.forEach((entry, i) => {
          if ((entry as { deckId?: unknown } | null)?.deckId === id) tx.delete(STORES.log, logKeys[i]!)
        })
      })
    },

    async importDeck(file) {
      const { putDeck } = await import('./import')
      const plain = toPlain(file)
      await write([STORES.decks, STORES.deckContent, STORES.cards, STORES.log], async (tx) => {
        const have = new Set(await tx.getAllKeys(STORES.log))
        putDeck(tx, plain.deck)
        for (const card of plain.progress?.cards ?? []) tx.put(STORES.cards, cardKey(card.deckId, card.factId), card)
        for (const entry of plain.progress?.log ?? []) if (!have.has(entry.id)) tx.put(STORES.log, entry.id, entry)
      })
    },

    async mergeEntries(input, giveWay) {
      const plain = toPlain(input)
      const entries = plain.entries.map((e) => readLogEntry(e))
      const cards = plain.cards.map((c) => readStoredCard(c))
      const bad = entries.findIndex((e) => !e) >= 0 ? 'an entry' : cards.findIndex((c) => !c) >= 0 ? 'a card' : null
      if (bad) throw new StorageError('invalid-answer', `${bad} to merge is out of range; nothing written`)
      return write([STORES.cards, STORES.log], async (tx) => {
        // Only the ids at stake are looked up: reading every key of a long log held IndexedDB's queue, and so the
        // learner's next answer, for a tenth of a second and more per batch.
        const ids = [...new Set([...entries.map((e) => e!.id), ...(plain.removed ?? [])])]
        const [held, rawLast] = await Promise.all([Promise.all(ids.map((id) => tx.get(STORES.log, id))), tx.get(STORES.kv, KEYS.lastEntry)])
        const known = new Set(ids.filter((_, i) => held[i] !== undefined))
        let added = 0
        let removed = 0
        let last = typeof rawLast === 'string' ? rawLast : ''
        for (const entry of entries as ReviewLogEntry[]) {
          if (known.has(entry.id)) continue
          known.add(entry.id)
          tx.put(STORES.log, entry.id, entry)
          added++
          if (entry.id > last) last = entry.id
        }
        // Answers undone on the device that gave them, and the cards of facts left with no answer.
        for (const id of plain.removed ?? []) {
          if (!known.has(id)) continue
          tx.delete(STORES.log, id)
          removed++
        }
        for (const key of plain.dropCards ?? []) tx.delete(STORES.cards, cardKey(key.deckId, key.factId))
        for (const card of cards as StoredCard[]) tx.put(STORES.cards, cardKey(card.deckId, card.factId), card)
        // The next id of this device follows every entry stored, another device's included.
        if (last) tx.put(STORES.kv, KEYS.lastEntry, last)
        return added + removed
      }, giveWay)
    },

    async setAside(record) {
      const plain = toPlain(record)
      const { putAside, takenIds } = await asideModule()
      await write([STORES.aside], async (tx) => putAside(tx, plain, clock(), await takenIds(tx)))
    },

    async listSetAside() {
      await ready()
      const values = await backend.run('readonly', [STORES.aside], (tx) => tx.getAll(STORES.aside))
      return values as SetAsideRecord[]
    },
  }
  return ops
}
