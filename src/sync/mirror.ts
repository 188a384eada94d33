/**
 * The mirror as the sync runner sees it: the few PouchDB operations it uses, and its replication with the server.
 * In the app it is kept by a worker (src/sync/mirror-client.ts and mirror.worker.ts), so that PouchDB's work never
 * runs on the page's thread; Node tests and browsers without workers use PouchDB in place (src/sync/pouch.ts).
 */

/** What a failed request says: PouchDB's errors, cloned as plain data when they cross from the worker. */
export interface MirrorError {
  status?: number
  name?: string
  message?: string
  reason?: string
  error?: string | boolean
}

export type Direction = 'push' | 'pull'

export interface ReplicationEvents {
  /** Documents written to the mirror (pull) or to the server (push: only their `_id` may be given). */
  change(direction: Direction, docs: Record<string, unknown>[], lastSeq: number | string): void
  active(direction: Direction): void
  paused(direction: Direction, error: MirrorError | undefined): void
  denied(error: MirrorError): void
  error(error: MirrorError): void
}

export interface Replication {
  cancel(): void
}

export interface MirrorRow {
  id: string
  key: string
  value?: { rev: string; deleted?: boolean }
  doc?: Record<string, unknown> | null
  error?: string
}

export interface BulkResult {
  ok?: boolean
  id?: string
  rev?: string
  status?: number
  error?: string | boolean
}

export type MirrorDoc = Record<string, unknown> & { _id: string; _rev: string; _conflicts?: string[] }

export interface Mirror {
  get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<MirrorDoc>
  put(doc: object): Promise<{ rev: string }>
  info(): Promise<{ update_seq: number | string; doc_count: number }>
  allDocs(options: { keys?: string[]; startkey?: string; endkey?: string; include_docs?: boolean }): Promise<{ rows: MirrorRow[] }>
  bulkDocs(docs: object[]): Promise<BulkResult[]>
  remove(id: string, rev: string): Promise<unknown>
  changes(options: { since: number | string }): Promise<{ results: { id: string; deleted?: boolean }[]; last_seq: number | string }>
  /** Live replication both ways with the server, retrying on its own. */
  replicate(options: { batchSize: number }, events: ReplicationEvents): Replication
  /** Removes the mirror from the device. */
  destroy(): Promise<void>
  /** Lets go of the mirror (and its worker). */
  close(): void
}

/** A PouchDB error (or any thrown value) as plain data that survives a structured clone. */
export function plainError(error: unknown): MirrorError {
  if (!error || typeof error !== 'object') return { message: String(error) }
  const e = error as Record<string, unknown>
  const out: MirrorError = {}
  if (typeof e.status === 'number') out.status = e.status
  if (typeof e.name === 'string') out.name = e.name
  if (typeof e.message === 'string') out.message = e.message
  if (typeof e.reason === 'string') out.reason = e.reason
  if (typeof e.error === 'string' || typeof e.error === 'boolean') out.error = e.error
  return out
}

/** Answers per message of pulled documents that the worker sends the page (a pack holds up to a hundred). */
const ANSWERS_PER_MESSAGE = 200

/** Pulled documents in groups of at most `size` answers, whole documents each (one bigger alone in its group). */
export function messageGroups(docs: readonly Record<string, unknown>[], size = ANSWERS_PER_MESSAGE): Record<string, unknown>[][] {
  const groups: Record<string, unknown>[][] = []
  let group: Record<string, unknown>[] = []
  let answers = 0
  for (const doc of docs) {
    const n = Array.isArray(doc.entries) ? doc.entries.length : 1
    if (group.length > 0 && answers + n > size) {
      groups.push(group)
      group = []
      answers = 0
    }
    group.push(doc)
    answers += n
  }
  if (group.length > 0) groups.push(group)
  return groups
}
