/**
 * npm run bank              regenerate questions/bank.json
 * npm run bank -- --report  print coverage per sentence and counts per kind; write nothing
 * npm run bank -- --check   exit 1 if bank.json differs from a fresh generation
 */
import { createHash } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { FACTS } from '../facts'
import { generateBank } from './index'
import { bankReport } from './report'
import { BANK_SEED, serialiseBank } from './serialise'

const root = new URL('../', import.meta.url)
const articlePath = fileURLToPath(new URL('source/article.vi.txt', root))
const bankPath = fileURLToPath(new URL('bank.json', root))

function main(args: readonly string[]): number {
  const article = readFileSync(articlePath, 'utf8')
  const articleHash = createHash('sha256').update(article, 'utf8').digest('hex')
  const bank = generateBank(FACTS, article, { seed: BANK_SEED, articleHash })
  const json = serialiseBank(bank)
  if (args.includes('--report')) {
    console.log(bankReport(bank))
    return 0
  }
  if (args.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(bankPath, 'utf8')
    } catch {
      // A missing file is just another difference.
    }
    if (current === json) {
      console.log('bank.json is up to date.')
      return 0
    }
    console.error('bank.json differs from a fresh generation: run `npm run bank` and commit the result.')
    return 1
  }
  writeFileSync(bankPath, json)
  console.log(`Wrote bank.json: ${bank.facts.length} facts, ${bank.questions.length} questions.`)
  return 0
}

process.exitCode = main(process.argv.slice(2))
