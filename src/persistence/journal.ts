/**
 * A small journal outside IndexedDB (the app uses localStorage, which Chromium counts apart from
 * IndexedDB's quota) for the writes the database refused: while they wait in memory to be retried,
 * each is also kept here, so a reload does not lose them. The next start replays them into the
 * database (see `resilient.ts`) and removes them once stored. Layout and reasons: docs/storage.md,
 * "Failures".
 */

/** Every record's key starts with this; the rest is `${seq}.${owner}`. */
export const JOURNAL_PREFIX = 'hbb:journal:'

/** What a record does when replayed; the payload is what the repository method was given. */
export const JOURNAL_KINDS = ['answer', 'undo', 'settings', 'session', 'import', 'reset', 'backup', 'persisted', 'device', 'aside-seen', 'aside'] as const
export type JournalKind = (typeof JOURNAL_KINDS)[number]

/** One write, as stored: plain JSON. Replayed in `seq` order. */
export interface JournalRecord {
  seq: number
  kind: JournalKind
  payload: unknown
}

/** What the journal needs from its storage: localStorage in the app, a Map in tests. Any call may throw. */
export interface JournalStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
  removeItem(key: string): void
  /** Every key held (the journal picks its own by prefix). */
  keys(): string[]
}

export interface JournalLimits {
  maxRecords: number
  /** Keys and values counted as UTF-16, 2 bytes a character, as localStorage counts them. */
  maxBytes: number
}

export const JOURNAL_LIMITS: JournalLimits = { maxRecords: 5_000, maxBytes: 4 * 1024 * 1024 }

export interface KeptRecord {
  key: string
  record: JournalRecord
}

export interface UnreadableRecord {
  key: string
  raw: string | null
  reason: string
}

export interface Journal {
  /** Reads the records held now, oldest first, and those it cannot read (left in place). */
  read(): { records: KeptRecord[]; unreadable: UnreadableRecord[] }
  /** The next sequence number: increasing within this page, and roughly time order between tabs. */
  nextSeq(): number
  /** Keeps a record; returns its key, or null when it cannot be kept (no storage, storage full, over the bound). */
  keep(record: JournalRecord): string | null
  /** Writes a record again under its key (a smaller form of it); false when storage refuses. */
  replace(key: string, record: JournalRecord): boolean
  /** Removes a record (once the database holds it). Never throws. */
  drop(key: string): void
  /** Records and bytes this page knows to be held. */
  size(): { records: number; bytes: number }
}

export interface JournalOptions {
  limits?: JournalLimits
  clock?: () => number
  /** Names this page in its keys, so two tabs never write the same key. Random by default. */
  owner?: string
}

const bytesOf = (key: string, value: string) => (key.length + value.length) * 2

function randomOwner(): string {
  const bytes = new Uint8Array(6)
  globalThis.crypto?.getRandomValues?.(bytes)
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('') || Math.random().toString(36).slice(2, 8)
}

export function parseRecord(raw: string | null): { ok: true; record: JournalRecord } | { ok: false; reason: string } {
  if (raw === null) return { ok: false, reason: 'missing' }
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return { ok: false, reason: 'not JSON' }
  }
  const r = value as Partial<JournalRecord> | null
  if (typeof r !== 'object' || r === null) return { ok: false, reason: 'not an object' }
  if (typeof r.seq !== 'number' || !Number.isSafeInteger(r.seq)) return { ok: false, reason: 'seq is not an integer' }
  if (typeof r.kind !== 'string' || !(JOURNAL_KINDS as readonly string[]).includes(r.kind)) {
    return { ok: false, reason: `unknown kind ${JSON.stringify(r.kind)}` }
  }
  return { ok: true, record: { seq: r.seq, kind: r.kind, payload: r.payload ?? null } }
}

/**
 * A journal over `storage`; null (no localStorage, or it refuses access) makes a journal that keeps
 * nothing, so every write it is handed counts as unsaved.
 */
export function createJournal(storage: JournalStorage | null, options: JournalOptions = {}): Journal {
  const limits = options.limits ?? JOURNAL_LIMITS
  const clock = options.clock ?? (() => Date.now())
  const owner = options.owner ?? randomOwner()
  /** Bytes of each record this page knows to be held. */
  const held = new Map<string, number>()
  let bytes = 0
  let last = 0
  let scanned = false

  function ourKeys(): string[] {
    if (!storage) return []
    try {
      return storage.keys().filter((k) => k.startsWith(JOURNAL_PREFIX))
    } catch {
      return []
    }
  }

  function read() {
    const records: KeptRecord[] = []
    const unreadable: UnreadableRecord[] = []
    held.clear()
    bytes = 0
    for (const key of ourKeys()) {
      let raw: string | null = null
      try {
        raw = storage!.getItem(key)
      } catch {
        // Counted as unreadable below; left in place.
      }
      if (raw !== null) {
        held.set(key, bytesOf(key, raw))
        bytes += bytesOf(key, raw)
      }
      const parsed = parseRecord(raw)
      if (parsed.ok) {
        records.push({ key, record: parsed.record })
        last = Math.max(last, parsed.record.seq)
      } else if (raw !== null) unreadable.push({ key, raw, reason: parsed.reason })
    }
    records.sort((a, b) => a.record.seq - b.record.seq || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    scanned = true
    return { records, unreadable }
  }

  const ensureScanned = () => {
    if (!scanned) read()
  }

  return {
    read,
    nextSeq() {
      ensureScanned()
      last = Math.max(last + 1, Math.floor(clock()))
      return last
    },
    keep(record) {
      if (!storage) return null
      ensureScanned()
      const key = `${JOURNAL_PREFIX}${record.seq}.${owner}`
      let value: string
      try {
        value = JSON.stringify(record)
      } catch {
        return null
      }
      const size = bytesOf(key, value)
      const before = held.get(key)
      if (before === undefined && held.size >= limits.maxRecords) return null
      if (bytes - (before ?? 0) + size > limits.maxBytes) return null
      try {
        storage.setItem(key, value)
      } catch {
        return null
      }
      held.set(key, size)
      bytes += size - (before ?? 0)
      return key
    },
    replace(key, record) {
      if (!storage) return false
      ensureScanned()
      let value: string
      try {
        value = JSON.stringify(record)
        storage.setItem(key, value)
      } catch {
        return false
      }
      bytes += bytesOf(key, value) - (held.get(key) ?? 0)
      held.set(key, bytesOf(key, value))
      return true
    },
    drop(key) {
      try {
        storage?.removeItem(key)
      } catch {
        // Left in place: replaying it again changes nothing.
      }
      bytes -= held.get(key) ?? 0
      held.delete(key)
    },
    size: () => {
      ensureScanned()
      return { records: held.size, bytes }
    },
  }
}

/** window.localStorage as a JournalStorage, or null where it is missing or refuses access. */
export function browserJournalStorage(): JournalStorage | null {
  let ls: Storage | undefined
  try {
    ls = globalThis.localStorage
  } catch {
    return null
  }
  if (!ls) return null
  const store = ls
  return {
    getItem: (key) => store.getItem(key),
    setItem: (key, value) => store.setItem(key, value),
    removeItem: (key) => store.removeItem(key),
    keys() {
      const out: string[] = []
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i)
        if (key !== null) out.push(key)
      }
      return out
    },
  }
}
