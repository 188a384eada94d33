/**
 * The mirror kept by a worker (src/sync/mirror.worker.ts): the runner calls it as it would PouchDB, and PouchDB's
 * work (its IndexedDB, the replication's requests and revision trees) runs off the page's thread, so an answer
 * given while a sync runs is never kept waiting behind it.
 */
import type { Mirror, MirrorError, ReplicationEvents } from './mirror'

type Out =
  | { type: 'result'; id: number; value?: unknown; error?: MirrorError }
  | { type: 'event'; id: number; event: keyof ReplicationEvents; args: unknown[] }

export interface WorkerMirrorOptions {
  name: string
  url: string
  /** A mirror of an earlier version kept beside the app's data, deleted once the mirror has its own bucket. */
  formerName: string
}

export async function openWorkerMirror(options: WorkerMirrorOptions): Promise<Mirror> {
  const worker = new Worker(new URL('./mirror.worker.ts', import.meta.url), { type: 'module', name: 'sync' })
  let next = 0
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: MirrorError): void }>()
  const listeners = new Map<number, ReplicationEvents>()
  worker.onmessage = (event: MessageEvent<Out>) => {
    const message = event.data
    if (message.type === 'result') {
      const waiting = pending.get(message.id)
      pending.delete(message.id)
      if (message.error) waiting?.reject(message.error)
      else waiting?.resolve(message.value)
    } else {
      const events = listeners.get(message.id)
      ;(events?.[message.event] as ((...args: unknown[]) => void) | undefined)?.(...message.args)
    }
  }
  // A worker that fails to load or dies fails every call waiting on it, with a problem the runner reports.
  worker.onerror = () => {
    for (const waiting of pending.values()) waiting.reject({ name: 'worker', message: 'the sync worker stopped' })
    pending.clear()
  }
  const send = <T>(message: Record<string, unknown>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      const id = ++next
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject })
      worker.postMessage({ ...message, id })
    })
  const call = <T>(method: string, ...args: unknown[]) => send<T>({ type: 'call', method, args })

  await send({ type: 'open', name: options.name, url: options.url, formerName: options.formerName })
  return {
    get: (id, opts) => call('get', id, opts),
    put: (doc) => call('put', doc),
    info: () => call('info'),
    allDocs: (opts) => call('allDocs', opts),
    bulkDocs: (docs) => call('bulkDocs', docs),
    remove: (id, rev) => call('remove', id, rev),
    changes: (opts) => call('changes', opts),
    replicate(opts, events) {
      const id = ++next
      listeners.set(id, events)
      worker.postMessage({ type: 'replicate', id, batchSize: opts.batchSize })
      // Its listener stays: a batch written to the mirror just before the cancel is still told, to be folded in.
      return { cancel: () => worker.postMessage({ type: 'cancel', id }) }
    },
    destroy: () => call('destroy'),
    close: () => worker.terminate(),
  }
}
