/**
 * Sync with a CouchDB database, by PouchDB replication. Loaded only when the learner has turned sync on.
 *
 * The device's own storage stays the truth and answering never waits for the network. A PouchDB database on the
 * device (`mirror`) holds the progress as sync documents (src/domain/sync/docs.ts) and replicates both ways with
 * the server, live, resuming on its own after an interruption:
 *
 * - out: the answers of the log not in the mirror yet are written to it in packs (`pack:…`, never changed); an
 *   answer undone here gets its `undo:` document, so it is undone everywhere; the settings and each deck follow
 *   their changes;
 * - in: what the replication writes to the mirror is folded into the progress (`ProgressHost.merge`): answers
 *   not held here, answers undone elsewhere, the cards of their facts rebuilt from the merged log; decks and
 *   settings by the rules of docs.ts, the same on every device.
 *
 * At start (and after a reset or a restored backup) the log and the mirror are compared whole, so nothing is
 * lost whatever happened while the page was closed.
 */
import type { DeckSummary, StoredDeck } from '@/domain/deck/types'
import { DEFAULT_SETTINGS, type Settings } from '@/domain/progress/types'
import type { ReviewLogEntry } from '@/domain/scheduling/types'
import { deviceOfEntry } from '@/domain/sync/address'
import {
  chooseVersion, DECK_PREFIX, deckDoc, LOG_PREFIX, newerDeck, newerSettings, PACK_PREFIX, PACK_SIZE, packDocs, readDoc,
  SETTINGS_ID, settingsDoc, syncProblem, UNDO_PREFIX, undoDoc, type DeckDoc, type SettingsDoc, type SyncProblem,
  type Version,
} from '@/domain/sync/docs'
import type { ProgressChange } from '@/engine/progress'
import type { Direction, Mirror, MirrorError, Replication } from './mirror'

/** What the sync needs of the app's progress (the progress store, in the app). */
export interface ProgressHost {
  /** The whole log, oldest first, once `ensureFullLog` has resolved. */
  log(): readonly ReviewLogEntry[]
  /** Reads the whole log; rejects when it cannot be read (nothing is then merged or sent). */
  ensureFullLog(): Promise<void>
  deviceId(): string
  decks(): readonly DeckSummary[]
  readDeck(id: string): Promise<StoredDeck | null>
  saveDeck(deck: StoredDeck): Promise<void>
  deleteDeck(id: string): Promise<void>
  settings(): Settings
  applySettings(settings: Settings): Promise<void>
  /** Stores new answers and removes undone ones, the cards rebuilt, in one transaction; how many changed. */
  merge(entries: readonly ReviewLogEntry[], removed: readonly string[]): Promise<number>
  onChange(listener: (change: ProgressChange) => void): () => void
  /** Keeps an automatic backup before a deck changed here is replaced by another device's later version. */
  backupBeforeDeckReplaced(): Promise<void>
  clock(): number
}

export type SyncPhase = 'starting' | 'syncing' | 'synced' | 'retrying' | 'stopped'

export interface SyncStatus {
  phase: SyncPhase
  /** When both directions were last complete (epoch ms). */
  lastSyncedAt: number | null
  /** Answers given on this device that the server does not have yet, as far as this device knows. */
  waiting: number
  /** What stands in the way; with `retrying`, sync goes on trying by itself; with `stopped`, the learner must act. */
  problem: SyncProblem | null
  /** Answers from other devices folded in since sync started here. */
  received: number
}

export interface RunnerOptions {
  /** The database's address (see readAddress). */
  url: string
  /** The mirror's name on this device (one per database). */
  mirrorName: string
  host: ProgressHost
  onStatus(status: SyncStatus): void
  /** Whether the device says it is online (navigator.onLine). */
  online?: () => boolean
  /** Whether the server answers an opaque request (tells a refused site from a server down). */
  reachable?: () => Promise<boolean>
  /** Documents per replication batch. */
  batchSize?: number
  /**
   * The mirror, opened by the caller: in the app, kept by a worker (src/sync/mirror-client.ts). Without it, PouchDB
   * in this thread with `adapter` and `fetch` (Node tests; browsers without workers).
   */
  mirror?: Mirror
  /** The mirror's PouchDB adapter where no mirror is given: `indexeddb` by default; Node tests give another one. */
  adapter?: string
  /** How PouchDB in this thread makes requests to the server: by default with the browser's cookies (the session). */
  fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>
}

/** The state kept in the mirror between visits (a local document: never replicated). */
interface MirrorState {
  _id: '_local/state'
  _rev?: string
  /** The mirror's sequence up to which the server has everything sent from here. */
  pushedSeq: number | string
  lastSyncedAt: number | null
  /** The decks that were in step with the mirror: one missing here since was deleted here. */
  decks: Record<string, number>
  /** When the settings last changed on this device (0: never since sync began). */
  settingsAt: number
  /** Decks deleted on some device: their answers are not brought back. */
  deletedDecks: string[]
}

/**
 * Answers handed to the progress per merge. Each merge replays the touched facts' whole history (in slices,
 * outside the app's write queue), so one merge of many answers costs far less than many merges of a few: 5,000
 * answers spread over every fact, merged into as many, replay 10,000 answers in one merge and 77,500 in ten merges
 * of 500. An answer given meanwhile never waits for a whole merge: it is stored a few answers per transaction.
 */
const FOLD_SIZE = 10_000

/**
 * Packs per write to the mirror, and per read from it: two hundred answers, about 120 KB for the worker to take,
 * so that no single message holds the page's thread for long.
 */
const PACKS_PER_CALL = 2

/** Documents of earlier versions (one answer each) per read from the mirror. */
const LEGACY_PER_READ = 500

const DECK_RANGE = { startkey: DECK_PREFIX, endkey: `${DECK_PREFIX}\uffff` }

/** The answer a document of an earlier version (`log:<entry id>`) held. */
const entryIdOf = (docId: string) => docId.slice(LOG_PREFIX.length)
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** Ids in groups small enough for one request. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

export interface SyncRunner {
  /** Stops replication and lets go of the mirror (its worker); the mirror's data stays for the next start. */
  stop(): Promise<void>
  /** Starts a new replication now (after an interruption, without waiting for the retry timer). */
  syncNow(): void
  /** Stops and removes the mirror from the device (sync turned off). */
  destroy(): Promise<void>
}

export async function startRunner(options: RunnerOptions): Promise<SyncRunner> {
  const { host, url, batchSize = 100 } = options
  const online = options.online ?? (() => true)
  const mirror = options.mirror ??
    (await import('./pouch')).openPouchMirror({ name: options.mirrorName, url, ...(options.adapter ? { adapter: options.adapter } : {}), ...(options.fetch ? { fetch: options.fetch } : {}) })

  let state: MirrorState = { _id: '_local/state', pushedSeq: 0, lastSyncedAt: null, decks: {}, settingsAt: 0, deletedDecks: [] }
  try {
    state = { ...state, ...(await mirror.get('_local/state') as unknown as MirrorState) }
  } catch {
    // A first start: nothing kept yet.
  }
  let stateWrite: Promise<unknown> = Promise.resolve()
  const saveState = (patch: Partial<MirrorState>) => {
    state = { ...state, ...patch }
    stateWrite = stateWrite.then(async () => {
      const saved = await mirror.put(state).catch(() => null)
      if (saved) state._rev = saved.rev
    })
    return stateWrite
  }

  const status: SyncStatus = { phase: 'starting', lastSyncedAt: state.lastSyncedAt, waiting: 0, problem: null, received: 0 }
  const tellStatus = (patch: Partial<SyncStatus>) => {
    Object.assign(status, patch)
    options.onStatus({ ...status })
  }
  tellStatus({})

  const device = host.deviceId()
  /** The answers the mirror holds, in packs or in documents of earlier versions. */
  const mirrored = new Set<string>()
  /** The answers in documents of earlier versions (`log:<entry id>`), which an undo also deletes. */
  const legacy = new Set<string>()
  /** Each pack in the mirror and the answers it holds. */
  const packs = new Map<string, readonly string[]>()
  /** Answers undone on some device (here, or an `undo:` document in the mirror): never folded in or sent again. */
  const undone = new Set<string>()
  /** This device's answers the server may not have yet. */
  const waiting = new Set<string>()
  /** The answers a live document of the mirror holds: a pack known here, or one of an earlier version. */
  const answersIn = (docId: string): readonly string[] => packs.get(docId) ?? (docId.startsWith(LOG_PREFIX) ? [entryIdOf(docId)] : [])
  /** The mirror's sequence up to which every document written to it was taken in (see `catchUp`). */
  let seenSeq: number | string = 0
  let stopped = false

  /** One thing at a time: reconciling, sending and folding in never interleave. */
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }
  const fail = (error: unknown) => {
    if (stopped) return
    tellStatus({ phase: 'stopped', problem: syncProblem(error as never, { online: online() }) })
  }

  // ---- out: the log, the decks and the settings written to the mirror

  /** Answers given here (or in another tab) since they were last written to the mirror, by id. */
  const given = new Set<string>()

  /** Answers written to the mirror in packs; those the mirror refused are tried again with the next answer. */
  async function writePacks(entries: readonly ReviewLogEntry[]): Promise<void> {
    // Packed as they are written: packing thousands at once would hold the page's thread.
    for (const answers of chunks(entries, PACKS_PER_CALL * PACK_SIZE)) {
      const group = packDocs(answers)
      const results = await mirror.bulkDocs(group)
      results.forEach((result, i) => {
        const pack = group[i]!
        // A conflict: the same pack is there already (written by another tab); it holds the same answers.
        if ('ok' in result || result.status === 409) {
          packs.set(pack._id, pack.entries.map((e) => e.id))
          for (const entry of pack.entries) {
            mirrored.add(entry.id)
            if (deviceOfEntry(entry.id) === device) waiting.add(entry.id)
          }
        } else for (const entry of pack.entries) given.add(entry.id)
      })
    }
    tellStatus({ waiting: waiting.size })
  }

  /** Every answer of the log not in the mirror yet (at start, and when the log was replaced). */
  async function sendLog(): Promise<void> {
    given.clear()
    const log = host.log()
    await writePacks(log.filter((e) => !mirrored.has(e.id) && !undone.has(e.id)))
    // Answers undone on another device that are still held here.
    const undoneElsewhere = log.filter((e) => undone.has(e.id)).map((e) => e.id)
    if (undoneElsewhere.length) await fold([], undoneElsewhere)
  }

  /** The answers just given, looked for from the end of the log, where new answers are: not the whole log each time. */
  async function sendGiven(): Promise<void> {
    if (given.size === 0) return
    const log = host.log()
    const fresh: ReviewLogEntry[] = []
    for (let i = log.length - 1; i >= 0 && fresh.length < given.size; i--) if (given.has(log[i]!.id)) fresh.push(log[i]!)
    given.clear()
    await writePacks(fresh.reverse().filter((e) => !mirrored.has(e.id) && !undone.has(e.id)))
  }

  async function sendUndo(entryId: string): Promise<void> {
    undone.add(entryId)
    await mirror.put(undoDoc(entryId)).catch((error: MirrorError) => {
      // Already there: undone by another tab.
      if (error.status !== 409) throw error
    })
    // A device of an earlier version reads an undo as the answer's document deleted.
    if (legacy.has(entryId)) {
      const doc = await mirror.get(`${LOG_PREFIX}${entryId}`).catch(() => null)
      if (doc) await mirror.remove(doc._id, doc._rev).catch(() => undefined)
      legacy.delete(entryId)
    }
    waiting.delete(entryId)
    tellStatus({ waiting: waiting.size })
  }

  async function sendSettings(): Promise<void> {
    const at = host.clock()
    const current = await mirror.get(SETTINGS_ID).catch(() => null)
    if (current && sameJson(current.settings, host.settings())) return
    await mirror.put({ ...settingsDoc(host.settings(), at, device), ...(current ? { _rev: current._rev } : {}) })
    await saveState({ settingsAt: at })
  }

  // ---- in: what the mirror holds folded into the progress

  /** Folded in merges of FOLD_SIZE answers (see there). */
  async function fold(entries: readonly ReviewLogEntry[], removed: readonly string[]): Promise<void> {
    if (entries.length === 0 && removed.length === 0) return
    const parts = entries.length > 0 ? chunks(entries, FOLD_SIZE) : [[]]
    for (const [i, part] of parts.entries()) {
      const changed = await host.merge(part, i === 0 ? removed : [])
      for (const e of part) mirrored.add(e.id)
      if (changed > 0) tellStatus({ received: status.received + part.length })
    }
  }

  /**
   * What the mirror holds of the log, read whole: which answers it has and which were undone. Returns the answers
   * it holds that this device does not (the rest of a pull, after a restart), each once.
   */
  async function readMirrorLog(): Promise<ReviewLogEntry[]> {
    mirrored.clear()
    legacy.clear()
    packs.clear()
    const packIds: string[] = []
    const whole = await mirror.changes({ since: 0 })
    seenSeq = whole.last_seq
    for (const change of whole.results) {
      if (change.id.startsWith(PACK_PREFIX)) {
        if (!change.deleted) packIds.push(change.id)
      } else if (change.id.startsWith(UNDO_PREFIX)) {
        if (!change.deleted) undone.add(change.id.slice(UNDO_PREFIX.length))
      } else if (change.id.startsWith(LOG_PREFIX)) {
        const id = entryIdOf(change.id)
        if (change.deleted) undone.add(id)
        else legacy.add(id)
      }
    }
    const have = new Set(host.log().map((e) => e.id))
    const arrived = new Map<string, ReviewLogEntry>()
    const take = (entry: ReviewLogEntry) => {
      mirrored.add(entry.id)
      if (!have.has(entry.id)) arrived.set(entry.id, entry)
    }
    for (const part of chunks(packIds, PACKS_PER_CALL)) {
      for (const row of (await mirror.allDocs({ keys: part, include_docs: true })).rows) {
        const doc = 'doc' in row ? readDoc(row.doc) : null
        if (doc?.kind !== 'pack') continue
        packs.set(doc._id, doc.entries.map((e) => e.id))
        doc.entries.forEach(take)
      }
    }
    for (const id of legacy) if (have.has(id)) mirrored.add(id)
    for (const part of chunks([...legacy].filter((id) => !have.has(id)), LEGACY_PER_READ)) {
      for (const row of (await mirror.allDocs({ keys: part.map((id) => `${LOG_PREFIX}${id}`), include_docs: true })).rows) {
        const doc = 'doc' in row ? readDoc(row.doc) : null
        if (doc?.kind === 'log') take(doc.entry)
      }
    }
    return [...arrived.values()].filter((e) => !undone.has(e.id) && !state.deletedDecks.includes(e.deckId))
  }

  /** The versions of a document: the winning one and those in conflict with it. */
  async function versions<T extends DeckDoc | SettingsDoc>(id: string): Promise<Version<T>[]> {
    const current = await mirror.get(id, { conflicts: true }).catch(() => null)
    if (!current) return []
    const all = [current, ...(await Promise.all(((current._conflicts as string[] | undefined) ?? []).map((rev) => mirror.get(id, { rev }).catch(() => null))))]
    const out: Version<T>[] = []
    for (const raw of all) {
      const doc = raw ? readDoc(raw) : null
      if (doc && raw) out.push({ rev: raw._rev as string, value: doc as T })
    }
    return out
  }

  async function reconcileSettings(): Promise<void> {
    const found = await versions<SettingsDoc>(SETTINGS_ID)
    if (found.length === 0) {
      // Nothing on the server yet: this device's settings go, if the learner ever changed them.
      if (state.settingsAt > 0 || !sameJson(host.settings(), DEFAULT_SETTINGS)) await sendSettings()
      return
    }
    const { winner } = chooseVersion(found, newerSettings)
    const doc = winner.value
    if (doc.updatedAt >= state.settingsAt && !sameJson(doc.settings, host.settings())) {
      await host.applySettings(doc.settings)
      await saveState({ settingsAt: doc.updatedAt })
    } else if (doc.updatedAt < state.settingsAt && !sameJson(doc.settings, host.settings())) {
      await sendSettings()
    }
  }

  async function reconcileDeck(id: string): Promise<void> {
    const docId = `${DECK_PREFIX}${id}`
    const found = await versions<DeckDoc>(docId)
    const here = host.decks().find((d) => d.id === id)
    const wasInStep = id in state.decks
    if (found.length === 0) {
      const info = await mirror.get(docId).catch((error: { reason?: string }) => error)
      const deletedThere = (info as { reason?: string }).reason === 'deleted'
      if (deletedThere && (!here || wasInStep)) {
        // Deleted on another device: deleted here too (an automatic backup keeps it), with its answers.
        if (here) await host.deleteDeck(id)
        await forgetDeck(id)
        return
      }
      if (!here) return
      // New here (or brought back from a backup): it goes out.
      const deck = await host.readDeck(id)
      if (!deck) return
      await mirror.put(deckDoc(deck))
      await saveState({ decks: { ...state.decks, [id]: deck.summary.updatedAt }, deletedDecks: state.deletedDecks.filter((d) => d !== id) })
      return
    }
    const { winner } = chooseVersion(found, (a, b) => newerDeck(a.deck, b.deck))
    const chosen = winner.value.deck
    if (!here) {
      if (wasInStep) {
        // Deleted here since the last sync: deleted there too, every version of it (a conflicting one left alive
        // would become the document).
        await mirror.bulkDocs(found.map((v) => ({ _id: docId, _rev: v.rev, _deleted: true })))
        await forgetDeck(id)
        return
      }
      await host.saveDeck(chosen)
      await saveState({ decks: { ...state.decks, [id]: chosen.summary.updatedAt } })
      return
    }
    if (here.updatedAt === chosen.summary.updatedAt) {
      await saveState({ decks: { ...state.decks, [id]: here.updatedAt } })
      return
    }
    const local = await host.readDeck(id)
    if (!local) return
    if (newerDeck(local, chosen) > 0) {
      // Changed here since: the change goes out, on top of the version the mirror shows.
      const current = await mirror.get(docId)
      await mirror.put({ ...deckDoc(local), _rev: current._rev })
      await saveState({ decks: { ...state.decks, [id]: local.summary.updatedAt } })
      return
    }
    // Another device's later change wins. A version of this device's that never reached the mirror is kept in an
    // automatic backup (the others stay on the server as the document's conflicting revisions).
    if (!found.some((v) => v.value.deck.summary.updatedAt === local.summary.updatedAt)) await host.backupBeforeDeckReplaced()
    await host.saveDeck(chosen)
    await saveState({ decks: { ...state.decks, [id]: chosen.summary.updatedAt } })
  }

  /** A deck deleted (here or elsewhere): its answers are not brought back, and those that came before it went. */
  async function forgetDeck(id: string): Promise<void> {
    const { [id]: _gone, ...rest } = state.decks
    await saveState({ decks: rest, deletedDecks: [...new Set([...state.deletedDecks, id])] })
    await fold([], host.log().filter((e) => e.deckId === id).map((e) => e.id))
  }

  async function reconcileDecks(): Promise<void> {
    const rows = (await mirror.allDocs({ ...DECK_RANGE })).rows
    const ids = new Set(rows.map((r) => r.id.slice(DECK_PREFIX.length)))
    for (const d of host.decks()) ids.add(d.id)
    for (const id of Object.keys(state.decks)) ids.add(id)
    for (const id of ids) await reconcileDeck(id)
  }

  /** The whole log and the whole mirror compared: what is missing on either side goes across. */
  async function reconcile(): Promise<void> {
    await host.ensureFullLog()
    await reconcileDecks()
    await reconcileSettings()
    await fold(await readMirrorLog(), [])
    await sendLog()
    // What was sent before and not yet confirmed by the server.
    const since = await mirror.changes({ since: state.pushedSeq })
    for (const change of since.results) {
      if (change.deleted) continue
      for (const id of answersIn(change.id)) if (deviceOfEntry(id) === device && !undone.has(id)) waiting.add(id)
    }
    tellStatus({ waiting: waiting.size })
  }

  // ---- the live part: local changes out, mirror changes in, replication

  const stopListening = host.onChange((change) => {
    if (stopped) return
    if (change.type === 'answer') {
      given.add(change.entryId)
      void serial(sendGiven).catch(fail)
    }
    else if (change.type === 'undo') void serial(() => sendUndo(change.entryId)).catch(fail)
    else if (change.type === 'settings') void serial(sendSettings).catch(fail)
    else if (change.type === 'decks') void serial(reconcileDecks).catch(fail)
    // A log replaced (a reset, a backup restored, a deck imported or deleted): compared whole again.
    else if (change.type === 'import' || change.type === 'reset') void serial(reconcileWhole).catch(fail)
  })

  /**
   * What the replication pulled into the mirror, taken in batches: folding a thousand answers at once costs about
   * what one costs. The pulled documents come with the replication's own event, so they are not read back.
   */
  let pendingEntries = new Map<string, ReviewLogEntry>()
  let pendingRemoved = new Set<string>()
  let pendingDecks = new Set<string>()
  let pendingSettings = false
  let flushTimer: ReturnType<typeof setTimeout> | undefined
  /** What was pulled since the last flush, taken in (in the serial queue). */
  const takePending = () => {
    if (flushTimer) clearTimeout(flushTimer)
    flushTimer = undefined
    const entries = [...pendingEntries.values()]
    const removed = [...pendingRemoved]
    const deckIds = [...pendingDecks]
    const settingsChanged = pendingSettings
    pendingEntries = new Map()
    pendingRemoved = new Set()
    pendingDecks = new Set()
    pendingSettings = false
    return async () => {
      for (const id of deckIds) await reconcileDeck(id)
      if (settingsChanged) await reconcileSettings()
      const have = new Set(host.log().map((e) => e.id))
      await fold(
        entries.filter((e) => !have.has(e.id) && !undone.has(e.id) && !state.deletedDecks.includes(e.deckId)),
        removed.filter((id) => have.has(id)),
      )
    }
  }
  const flush = () => void serial(takePending()).catch(fail)
  const undoneThere = (entryId: string) => {
    undone.add(entryId)
    pendingEntries.delete(entryId)
    pendingRemoved.add(entryId)
  }
  const pulled = (docs: readonly Record<string, unknown>[]) => {
    for (const raw of docs) {
      const id = String(raw._id)
      if (id.startsWith(PACK_PREFIX)) {
        const doc = readDoc(raw)
        if (doc?.kind !== 'pack') continue
        packs.set(id, doc.entries.map((e) => e.id))
        for (const entry of doc.entries) if (!mirrored.has(entry.id) && !undone.has(entry.id)) pendingEntries.set(entry.id, entry)
      } else if (id.startsWith(UNDO_PREFIX)) {
        const doc = readDoc(raw)
        if (doc?.kind !== 'undo') continue
        undoneThere(doc.entryId)
      } else if (id.startsWith(LOG_PREFIX)) {
        // A document of an earlier version: an answer, or its deletion (an undo).
        const entryId = entryIdOf(id)
        if (raw._deleted) undoneThere(entryId)
        else {
          legacy.add(entryId)
          const doc = readDoc(raw)
          if (doc?.kind === 'log' && !mirrored.has(entryId) && !undone.has(entryId)) pendingEntries.set(entryId, doc.entry)
        }
      } else if (id.startsWith(DECK_PREFIX)) pendingDecks.add(id.slice(DECK_PREFIX.length))
      else if (id === SETTINGS_ID) pendingSettings = true
      else continue
      flushTimer ??= setTimeout(flush, 150)
    }
  }

  /**
   * Documents the replication wrote to the mirror without telling: a replication cancelled (by "sync now", or a
   * new start) between writing a batch and its event. Read from the mirror's own changes since the last look, and
   * taken in as if pulled; answers already taken in (this device's packs, packs told of) are not read again.
   */
  async function catchUp(): Promise<void> {
    const { results, last_seq } = await mirror.changes({ since: seenSeq })
    // Every document changed since, read as the replication would have told it (a deleted one by its id), but the
    // packs already known: this device's own, and those told of.
    const ids = results.map((change) => change.id).filter((id) => !packs.has(id))
    const docs: Record<string, unknown>[] = []
    // In reads of a replication batch's size: what one batch would have carried.
    for (const part of chunks(ids, batchSize)) {
      for (const row of (await mirror.allDocs({ keys: part, include_docs: true })).rows) {
        if (row.doc) docs.push(row.doc)
        else if (row.value?.deleted) docs.push({ _id: row.id, _deleted: true })
      }
    }
    pulled(docs)
    await takePending()()
    seenSeq = last_seq
  }

  let sync: Replication | undefined
  /** A replication was cancelled for a new one: it may have written a batch it never told of. */
  let maybeUntold = false
  /** Says where the running replication stands, once both directions have paused. */
  let settleCurrent: (() => void) | undefined

  /**
   * Comparisons of the log and the mirror under way: the replication runs meanwhile (what it brings is folded in
   * after), but "synced" is not said before the comparison has written everything to the mirror.
   */
  let reconciling = 0
  async function reconcileWhole(): Promise<void> {
    reconciling++
    try {
      await reconcile()
    } finally {
      reconciling--
      settleCurrent?.()
    }
  }

  function replicate() {
    if (sync) maybeUntold = true
    sync?.cancel()
    // Each direction on its own: the combined replication's `paused` event drops the error that paused it.
    const directions = { push: { paused: false, error: undefined as MirrorError | undefined }, pull: { paused: false, error: undefined as MirrorError | undefined } }
    const settle = () => {
      if (stopped || sync !== run || reconciling > 0 || !directions.push.paused || !directions.pull.paused) return
      const error = directions.push.error ?? directions.pull.error
      if (!error) {
        const synced = () => {
          if (stopped || sync !== run || reconciling > 0 || !directions.push.paused || !directions.pull.paused) return
          waiting.clear()
          const at = host.clock()
          void mirror.info().then((info) => saveState({ pushedSeq: info.update_seq, lastSyncedAt: at }))
          tellStatus({ phase: 'synced', problem: null, lastSyncedAt: at, waiting: 0 })
        }
        if (!maybeUntold) return synced()
        // "Synced" once everything the mirror holds is taken in.
        maybeUntold = false
        void serial(catchUp).then(synced, fail)
        return
      }
      void (options.reachable?.() ?? Promise.resolve(false)).then((reachable) => {
        if (sync === run) tellStatus({ phase: 'retrying', problem: syncProblem(error, { online: online(), reachable }) })
      })
    }
    const run: Replication = mirror.replicate({ batchSize }, {
      change(direction: Direction, docs, lastSeq) {
        if (direction === 'pull') pulled(docs)
        if (direction === 'push') {
          for (const doc of docs) for (const entryId of answersIn(String(doc._id))) waiting.delete(entryId)
          void saveState({ pushedSeq: lastSeq })
        }
        tellStatus({ waiting: waiting.size })
      },
      active(direction) {
        directions[direction] = { paused: false, error: undefined }
        tellStatus({ phase: 'syncing', problem: null })
      },
      paused(direction, error) {
        directions[direction] = { paused: true, error }
        settle()
      },
      denied(error) {
        tellStatus({ problem: syncProblem(error, { online: online() }) })
      },
      error(error) {
        if (sync === run) fail(error)
      },
    })
    sync = run
    settleCurrent = settle
  }

  // The replication starts with the comparison, not after it: the server's answers come in while this device's
  // are written to the mirror.
  const first = serial(reconcileWhole)
  replicate()
  try {
    await first
  } catch (error) {
    sync?.cancel()
    fail(error)
  }

  /** Everything stopped and written; the mirror still open. */
  async function halt() {
    if (stopped) return
    stopped = true
    stopListening()
    sync?.cancel()
    if (flushTimer) clearTimeout(flushTimer)
    await queue
    await stateWrite
  }

  return {
    async stop() {
      await halt()
      mirror.close()
    },
    syncNow() {
      if (stopped) return
      tellStatus({ phase: 'syncing', problem: null })
      replicate()
    },
    async destroy() {
      await halt()
      await mirror.destroy()
      mirror.close()
    },
  }
}
