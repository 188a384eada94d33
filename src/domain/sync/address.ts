/**
 * Where a learner's progress is kept on a CouchDB server: the address they type, read into the server's address
 * and the database's. Pure.
 *
 * A learner types the server (`https://couch.example.org`) or a database on it
 * (`https://couch.example.org/hoc-bai-bao-lan`): a path names a database. Given a server only, the database is the learner's own one that
 * CouchDB's per-user databases make for each user (`userdb-` and the name's UTF-8 bytes in hex).
 */

export interface SyncAddress {
  /** The server's root, without a trailing slash: where `/_session` is. */
  server: string
  /** The database's name, as CouchDB spells it (unescaped). */
  database: string
  /** The database's full address. */
  url: string
}

export type AddressError = 'empty' | 'not-address' | 'not-web' | 'credentials-in-address' | 'bad-database' | 'no-user'

/** CouchDB's database names: a lowercase letter first, then lowercase letters, digits and `_$()+-/`. */
const DATABASE_NAME = /^[a-z][a-z0-9_$()+\-/]*$/

/** The database CouchDB's `couch_peruser` makes for a user: `userdb-` and the hex of the name's UTF-8 bytes. */
export function userDatabase(user: string): string {
  const bytes = new TextEncoder().encode(user)
  return `userdb-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}

/** Reads what the learner typed; the error says what is wrong with it. */
export function readAddress(typed: string, user: string): { ok: true; value: SyncAddress } | { ok: false; error: AddressError } {
  const text = typed.trim()
  if (!text) return { ok: false, error: 'empty' }
  // A bare host ("couch.example.org") is taken as https.
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`
  let parsed: URL
  try {
    parsed = new URL(withScheme)
  } catch {
    return { ok: false, error: 'not-address' }
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, error: 'not-web' }
  if (!parsed.hostname) return { ok: false, error: 'not-address' }
  // A password in the address would be kept in plain text with it: it goes in its own field.
  if (parsed.username || parsed.password) return { ok: false, error: 'credentials-in-address' }
  // The last part of the path names the database; what comes before it is where the server is mounted (a server
  // behind a proxy at `https://example.org/couchdb`). A database name holding `/` is typed escaped (`%2F`).
  const parts = parsed.pathname.split('/').filter(Boolean)
  const last = parts.pop()
  const server = `${parsed.protocol}//${parsed.host}${parts.map((p) => `/${p}`).join('')}`
  let database: string
  if (last) {
    try {
      database = decodeURIComponent(last)
    } catch {
      return { ok: false, error: 'bad-database' }
    }
    if (!DATABASE_NAME.test(database)) return { ok: false, error: 'bad-database' }
  } else {
    const name = user.trim()
    if (!name) return { ok: false, error: 'no-user' }
    database = userDatabase(name)
  }
  return { ok: true, value: { server, database, url: `${server}/${encodeURIComponent(database)}` } }
}

/** The device that wrote an entry (`${time}-${device}-${counter}`), or null for an id of another shape. */
export function deviceOfEntry(entryId: string): string | null {
  const match = /^\d{13}-([0-9a-z]+)-[0-9a-z]+$/.exec(entryId)
  return match ? match[1]! : null
}
