import type { Plugin } from 'vite'

const ADAPTER = /[\\/]pouchdb-adapter-indexeddb[\\/]lib[\\/]index\.es\.js$/
const CALL = /\bindexedDB\.(open|deleteDatabase)\(/g

/**
 * Points PouchDB's `indexeddb` adapter at the mirror's own storage bucket (src/sync/mirror-bucket.ts): its calls
 * to the global `indexedDB.open` and `.deleteDatabase` become calls on `mirrorIndexedDB()`, which is the global one
 * where the browser has no buckets. The build fails if the adapter no longer has such calls (a new version), so
 * the mirror can never silently move back into the app's queue.
 */
export function mirrorBucket(factoryModule: string): Plugin {
  return {
    name: 'mirror-bucket',
    enforce: 'pre',
    transform(code, id) {
      if (!ADAPTER.test(id.split('?')[0]!)) return undefined
      let calls = 0
      const out = code.replace(CALL, (_, method: string) => {
        calls++
        return `mirrorIndexedDB().${method}(`
      })
      if (calls < 2) this.error(`pouchdb-adapter-indexeddb: expected its indexedDB.open and indexedDB.deleteDatabase calls, found ${calls}`)
      return { code: `import { mirrorIndexedDB } from ${JSON.stringify(factoryModule)};\n${out}`, map: null }
    },
  }
}
