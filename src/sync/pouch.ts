/**
 * The mirror kept by PouchDB in the thread that calls it: in the app's worker (mirror.worker.ts), in Node tests,
 * and on the page where the browser has no workers.
 */
import PouchDB from 'pouchdb-core'
import indexeddbAdapter from 'pouchdb-adapter-indexeddb'
import httpAdapter from 'pouchdb-adapter-http'
import replication from 'pouchdb-replication'
import type { Direction, Mirror, MirrorDoc, MirrorRow, BulkResult, Replication } from './mirror'
import { plainError } from './mirror'

// Each plugin once: PouchDB is one object per process, and another module (a test's server) may have added some.
const added = PouchDB as unknown as { adapters?: Record<string, unknown>; replicate?: unknown }
if (!added.adapters?.indexeddb) PouchDB.plugin(indexeddbAdapter)
if (!added.adapters?.http) PouchDB.plugin(httpAdapter)
if (typeof added.replicate !== 'function') PouchDB.plugin(replication)

export interface PouchMirrorOptions {
  /** The mirror's name on this device (one per database). */
  name: string
  /** The server database's address. */
  url: string
  /** PouchDB's adapter for the mirror: `indexeddb` in browsers; Node tests give one registered there. */
  adapter?: string
  /** How requests to the server are made: by default with the browser's cookies (the session). */
  fetch?: (url: string | Request, init?: RequestInit) => Promise<Response>
}

export function openPouchMirror(options: PouchMirrorOptions): Mirror {
  const db = new PouchDB(options.name, { adapter: options.adapter ?? 'indexeddb', auto_compaction: true })
  const remote = new PouchDB(options.url, {
    adapter: 'http',
    skip_setup: true,
    // The session cookie (from `/_session`) goes with every request; no password is kept.
    fetch: options.fetch ?? ((input, init) => PouchDB.fetch(input, { ...init, credentials: 'include' })),
  })
  return {
    get: (id, opts) => db.get(id, opts ?? {}) as unknown as Promise<MirrorDoc>,
    put: (doc) => db.put(doc as PouchDB.Core.PutDocument<object>),
    info: () => db.info(),
    allDocs: async (opts) => ({ rows: (await db.allDocs(opts as PouchDB.Core.AllDocsOptions)).rows as unknown as MirrorRow[] }),
    bulkDocs: (docs) => db.bulkDocs(docs as PouchDB.Core.PutDocument<object>[]) as unknown as Promise<BulkResult[]>,
    remove: (id, rev) => db.remove(id, rev),
    changes: async (opts) => {
      const { results, last_seq } = await db.changes({ since: opts.since })
      return { results, last_seq }
    },
    replicate(opts, events): Replication {
      const run = PouchDB.sync(db, remote, {
        live: true,
        retry: true,
        batch_size: opts.batchSize,
        back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000)),
      })
      run.on('change', (info) => events.change(info.direction as Direction, info.change.docs as unknown as Record<string, unknown>[], info.change.last_seq))
      // Each direction on its own: the combined replication's `paused` event drops the error that paused it.
      for (const direction of ['push', 'pull'] as const) {
        // Present on every sync, missing from the typings.
        const one = (run as unknown as Record<Direction, PouchDB.Replication.Replication<object>>)[direction]
        one.on('active', () => events.active(direction))
        one.on('paused', (error?: unknown) => events.paused(direction, error ? plainError(error) : undefined))
      }
      run.on('denied', (error) => events.denied(plainError(error)))
      run.on('error', (error) => events.error(plainError(error)))
      return { cancel: () => run.cancel() }
    },
    destroy: async () => {
      await db.destroy()
    },
    close: () => undefined,
  }
}
