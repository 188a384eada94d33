import { readFileSync } from 'node:fs'
import type { Plugin } from 'vite'

const ID = 'virtual:bank-index'
const RESOLVED = '\0' + ID

/**
 * `virtual:bank-index`: the fact ids of questions/bank.json, read at build time. The first screen needs
 * only these (to count new facts and keep progress of facts the bank still has); the whole bank, about
 * 14 KiB gzip, loads with the first study screen instead of delaying the start.
 */
export function bankIndex(bankPath: URL): Plugin {
  return {
    name: 'bank-index',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined
      this.addWatchFile(bankPath.pathname)
      const bank = JSON.parse(readFileSync(bankPath, 'utf8')) as { articleHash: string; facts: { id: string }[] }
      return `export const articleHash = ${JSON.stringify(bank.articleHash)}\nexport const factIds = ${JSON.stringify(bank.facts.map((f) => f.id))}\n`
    },
  }
}
