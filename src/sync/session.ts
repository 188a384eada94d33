/**
 * Signing in to a CouchDB server and checking the learner's database, with plain requests (PouchDB is not
 * needed for this, and loads only once sync is on).
 *
 * CouchDB's cookie sessions: `POST /_session` with the name and password answers with an `AuthSession` cookie
 * that the browser keeps and sends with every later request to the server. The password itself is never stored.
 */
import type { SyncAddress } from '@/domain/sync/address'
import type { SyncProblem } from '@/domain/sync/docs'

export type SessionResult = { ok: true } | { ok: false; problem: SyncProblem }

type Fetch = typeof fetch

/** Whether the server answers at all: an opaque request succeeds even where the server refuses this site. */
export async function reachable(server: string, fetchFn: Fetch = fetch): Promise<boolean> {
  try {
    await fetchFn(`${server}/`, { mode: 'no-cors', cache: 'no-store', credentials: 'omit' })
    return true
  } catch {
    return false
  }
}

const online = () => (typeof navigator === 'undefined' ? true : navigator.onLine)

/** A request that got no readable answer: the server refuses this site, or it (or the network) is down. */
async function noAnswer(server: string, fetchFn: Fetch): Promise<SessionResult> {
  if (!online()) return { ok: false, problem: 'unreachable' }
  return { ok: false, problem: (await reachable(server, fetchFn)) ? 'refused-origin' : 'unreachable' }
}

function problemOfStatus(status: number, signedIn: boolean): SyncProblem {
  if (status === 401) return signedIn ? 'cookie-blocked' : 'wrong-password'
  if (status === 403) return signedIn ? 'forbidden' : 'wrong-password'
  if (status === 404) return 'no-database'
  return 'server'
}

/** Whether the session kept by the browser (if any) opens the database. */
export async function checkDatabase(address: SyncAddress, fetchFn: Fetch = fetch, signedIn = true): Promise<SessionResult> {
  let response: Response
  try {
    response = await fetchFn(address.url, { credentials: 'include', cache: 'no-store', headers: { accept: 'application/json' } })
  } catch {
    return noAnswer(address.server, fetchFn)
  }
  return response.ok ? { ok: true } : { ok: false, problem: problemOfStatus(response.status, signedIn) }
}

/** Signs in (the browser keeps the session cookie), then checks the database opens with it. */
export async function signIn(address: SyncAddress, user: string, password: string, fetchFn: Fetch = fetch): Promise<SessionResult> {
  let response: Response
  try {
    response = await fetchFn(`${address.server}/_session`, {
      method: 'POST',
      credentials: 'include',
      cache: 'no-store',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ name: user.trim(), password }),
    })
  } catch {
    return noAnswer(address.server, fetchFn)
  }
  if (!response.ok) return { ok: false, problem: problemOfStatus(response.status, false) }
  return checkDatabase(address, fetchFn)
}

/** Ends the session on the server (the cookie is dropped); failures are of no consequence. */
export async function signOut(address: SyncAddress, fetchFn: Fetch = fetch): Promise<void> {
  await fetchFn(`${address.server}/_session`, { method: 'DELETE', credentials: 'include', cache: 'no-store' }).catch(() => undefined)
}
