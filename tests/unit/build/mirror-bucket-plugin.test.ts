import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mirrorBucket } from '../../../scripts/mirror-bucket-plugin'

const require = createRequire(import.meta.url)
const adapterFile = join(dirname(require.resolve('pouchdb-adapter-indexeddb/package.json')), 'lib/index.es.js')

function transform(code: string, id: string) {
  const plugin = mirrorBucket('/app/src/sync/mirror-bucket.ts')
  const context = { error: (message: string) => { throw new Error(message) } }
  const hook = plugin.transform as unknown as (this: typeof context, code: string, id: string) => { code: string } | undefined
  return hook.call(context, code, id)
}

describe('the mirror-bucket build plugin', () => {
  it('points every indexedDB.open and deleteDatabase of the installed adapter at the mirror bucket', () => {
    const source = readFileSync(adapterFile, 'utf8')
    const out = transform(source, adapterFile)!.code
    expect(out.startsWith('import { mirrorIndexedDB } from "/app/src/sync/mirror-bucket.ts";')).toBe(true)
    expect(out).not.toMatch(/\bindexedDB\.(open|deleteDatabase)\(/)
    expect(out.match(/mirrorIndexedDB\(\)\.(open|deleteDatabase)\(/g)?.length).toBe(source.match(/\bindexedDB\.(open|deleteDatabase)\(/g)?.length)
  })

  it('leaves every other module alone', () => {
    expect(transform('indexedDB.open("x")', '/app/node_modules/idb-keyval/dist/index.js')).toBeUndefined()
  })

  it('fails the build when the adapter no longer opens databases that way', () => {
    expect(() => transform('export default {}', adapterFile)).toThrow(/expected its indexedDB.open/)
  })
})
