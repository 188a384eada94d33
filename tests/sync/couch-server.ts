/**
 * A server of the CouchDB protocol for the sync tests, on the loopback address: PouchDB Server's Express
 * middleware (express-pouchdb) over an in-memory store, with CouchDB's users, cookie sessions and per-database
 * members, behind the CORS rules a CouchDB is given for the app (the origins allowed, with credentials).
 *
 * Started and stopped by the tests themselves. `npx tsx tests/sync/couch-server.ts [port]` runs one by hand
 * (admin `admin`/`admin`; learners added with `addLearner`).
 */
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'

const require = createRequire(import.meta.url)

export const ADMIN = { name: 'admin', password: 'admin' }

export interface CouchServer {
  url: string
  port: number
  /** Makes a user and their own database (members: that user only); the database's address. */
  addLearner(name: string, password: string, database?: string): Promise<string>
  /** Every document of a database, read as the admin. */
  allDocs(database: string): Promise<{ id: string; doc: Record<string, unknown> }[]>
  /** The ids of the answers a database holds, once per copy (in packs, or one document each as earlier versions sent them). */
  answerIds(database: string): Promise<string[]>
  stop(): Promise<void>
  /** Stops answering (open connections dropped) and starts again on the same port, data kept. */
  pause(): Promise<void>
  resume(): Promise<void>
}

export interface CouchOptions {
  port?: number
  /** Origins allowed by CORS (default: any loopback origin). */
  origins?: (origin: string) => boolean
}

let servers = 0

const loopback = (origin: string) => /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(origin)

export async function startCouch(options: CouchOptions = {}): Promise<CouchServer> {
  const express = require('express') as typeof import('express')
  const cors = require('cors') as typeof import('cors')
  // PouchDB is one module per process: a test that also runs the app's sync has already given it replication.
  const PouchDB = require('pouchdb-core').plugin(require('pouchdb-adapter-memory')).plugin(require('pouchdb-adapter-http'))
  if (!PouchDB.replicate) PouchDB.plugin(require('pouchdb-replication'))
  if (!PouchDB.prototype.query) PouchDB.plugin(require('pouchdb-mapreduce'))
  // The memory adapter keeps a store per database name in the process: each server's names get its own prefix.
  const MemoryPouch = PouchDB.defaults({ adapter: 'memory', prefix: `server${++servers}-` })
  const app = express()
  const allowed = options.origins ?? loopback
  app.use(cors({ origin: (origin, done) => done(null, !origin || allowed(origin)), credentials: true }))
  const couch = require('express-pouchdb')(MemoryPouch, { mode: 'fullCouchDB', inMemoryConfig: true, logPath: '/dev/null' })
  app.use('/', couch)
  await new Promise<void>((resolve) => couch.couchConfig.set('admins', ADMIN.name, ADMIN.password, () => resolve()))
  // Let the config settle (the admin's password is hashed asynchronously).
  await new Promise((resolve) => setTimeout(resolve, 200))

  let server: Server
  const sockets = new Set<import('node:net').Socket>()
  const listen = (port: number) =>
    new Promise<Server>((resolve, reject) => {
      const s = app.listen(port, '127.0.0.1', () => resolve(s))
      s.on('error', reject)
      s.on('connection', (socket) => {
        sockets.add(socket)
        socket.on('close', () => sockets.delete(socket))
      })
    })
  server = await listen(options.port ?? 0)
  const port = (server.address() as AddressInfo).port
  const url = `http://127.0.0.1:${port}`
  const admin = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: admin, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok && response.status !== 412) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
    return response.json()
  }
  const close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy()
      server.close(() => resolve())
    })

  const allDocs = async (database: string) => {
    const body = (await call('GET', `/${encodeURIComponent(database)}/_all_docs?include_docs=true`)) as { rows: { id: string; doc: Record<string, unknown> }[] }
    return body.rows.map((r) => ({ id: r.id, doc: r.doc }))
  }

  return {
    url,
    port,
    async addLearner(name, password, database) {
      const db = database ?? `userdb-${Buffer.from(name, 'utf8').toString('hex')}`
      await call('PUT', `/_users/org.couchdb.user:${encodeURIComponent(name)}`, { name, password, roles: [], type: 'user' })
      await call('PUT', `/${encodeURIComponent(db)}`)
      await call('PUT', `/${encodeURIComponent(db)}/_security`, { admins: { names: [], roles: [] }, members: { names: [name], roles: [] } })
      return `${url}/${encodeURIComponent(db)}`
    },
    allDocs,
    async answerIds(database) {
      return (await allDocs(database)).flatMap(({ id, doc }) =>
        id.startsWith('pack:') ? (doc.entries as { id: string }[]).map((e) => e.id) : id.startsWith('log:') ? [id.slice(4)] : [])
    },
    stop: close,
    pause: close,
    async resume() {
      server = await listen(port)
    },
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const port = Number(process.argv[2] ?? 5984)
  void startCouch({ port }).then(async (couch) => {
    console.log(`CouchDB protocol server at ${couch.url} (admin ${ADMIN.name}/${ADMIN.password})`)
    const learner = process.argv[3]
    if (learner) console.log(`learner ${learner}/${learner}: ${await couch.addLearner(learner, learner)}`)
  })
}
