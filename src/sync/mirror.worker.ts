/**
 * The mirror's worker: PouchDB, its IndexedDB and its replication with the server, off the page's thread.
 * It answers the calls of src/sync/mirror-client.ts and sends the replication's events back.
 *
 * Messages in: `{ type: 'open', name, url, formerName }`, `{ type: 'call', id, method, args }`,
 * `{ type: 'replicate', id, batchSize }`, `{ type: 'cancel', id }`.
 * Messages out: `{ type: 'result', id, value }` or `{ type: 'result', id, error }` (a plain MirrorError), and
 * `{ type: 'event', id, event, args }` for a replication.
 */
import { useMirrorBucket } from './mirror-bucket'
import { messageGroups, plainError, type Mirror, type Replication } from './mirror'
import { openPouchMirror } from './pouch'

type Call = Exclude<keyof Mirror, 'replicate' | 'close'>
type In =
  | { type: 'open'; id: number; name: string; url: string; formerName: string }
  | { type: 'call'; id: number; method: Call; args: unknown[] }
  | { type: 'replicate'; id: number; batchSize: number }
  | { type: 'cancel'; id: number }

const scope = self as unknown as { postMessage(message: unknown): void; onmessage: ((event: MessageEvent<In>) => void) | null }
let mirror: Mirror | undefined
const replications = new Map<number, Replication>()

const reply = (id: number, value: unknown) => scope.postMessage({ type: 'result', id, value })
const refuse = (id: number, error: unknown) => scope.postMessage({ type: 'result', id, error: plainError(error) })

scope.onmessage = (event) => {
  const message = event.data
  if (message.type === 'open') {
    void useMirrorBucket(message.formerName)
      .then(() => {
        mirror = openPouchMirror({ name: message.name, url: message.url })
        reply(message.id, true)
      })
      .catch((error: unknown) => refuse(message.id, error))
    return
  }
  if (!mirror) return refuse(message.id, { name: 'closed', message: 'the mirror is not open' })
  if (message.type === 'call') {
    const method = mirror[message.method] as (...args: unknown[]) => Promise<unknown>
    method(...message.args).then((value) => reply(message.id, value), (error: unknown) => refuse(message.id, error))
  } else if (message.type === 'replicate') {
    const id = message.id
    const send = (name: string) => (...args: unknown[]) => scope.postMessage({ type: 'event', id, event: name, args })
    replications.set(id, mirror.replicate({ batchSize: message.batchSize }, {
      change(direction, docs, lastSeq) {
        // What was pushed is told by id (the page needs no more); what was pulled, a few hundred answers per
        // message, so that no single message holds the page's thread for long.
        if (direction === 'push') return send('change')(direction, docs.map((doc) => ({ _id: doc._id })), lastSeq)
        for (const group of messageGroups(docs)) send('change')(direction, group, lastSeq)
      },
      active: send('active'), paused: send('paused'), denied: send('denied'), error: send('error'),
    }))
  } else if (message.type === 'cancel') {
    replications.get(message.id)?.cancel()
    replications.delete(message.id)
  }
}
