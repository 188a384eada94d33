/**
 * Where the mirror (PouchDB's copy of the server's database) is kept: in a storage bucket of its own where the
 * browser has them (Storage Buckets API), else beside the app's data.
 *
 * Why: Chromium runs every IndexedDB request of one bucket in one queue. In the default bucket, an answer's
 * transaction waited behind the mirror's bulk writes while a sync ran (tens of milliseconds each); a bucket of its
 * own has a queue of its own. The mirror holds nothing that is not also on the server or in the app's own stores,
 * so a bucket the browser may evict under storage pressure loses nothing: it is filled again.
 *
 * PouchDB's `indexeddb` adapter opens databases through the global `indexedDB`; the build points those calls at
 * `mirrorIndexedDB()` (scripts/mirror-bucket-plugin.ts), so the adapter itself is not forked.
 */

interface StorageBucket {
  readonly indexedDB: IDBFactory
}
interface StorageBucketManager {
  open(name: string, options?: { durability?: 'strict' | 'relaxed'; persisted?: boolean }): Promise<StorageBucket>
}

const BUCKET = 'sync-mirror'

let factory: IDBFactory | null = null

/** The IndexedDB that PouchDB's adapter opens the mirror in. */
export function mirrorIndexedDB(): IDBFactory {
  return factory ?? indexedDB
}

/**
 * Opens the mirror's own bucket where the browser has buckets; answers whether it did. A mirror left in the
 * default bucket by an earlier version is deleted (`formerName`), to be filled again in the bucket.
 */
export async function useMirrorBucket(formerName: string): Promise<boolean> {
  if (factory) return true
  const buckets = (globalThis.navigator as { storageBuckets?: StorageBucketManager } | undefined)?.storageBuckets
  if (!buckets) return false
  try {
    // Relaxed: the mirror is a copy; losing its last writes to a crash costs a re-fetch, never an answer.
    factory = (await buckets.open(BUCKET, { durability: 'relaxed', persisted: false })).indexedDB
  } catch {
    return false
  }
  indexedDB.deleteDatabase(formerName)
  return true
}
