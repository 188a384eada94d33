import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { FACTS } from '../../../questions/facts'
import { generateBank } from '../../../questions/generator/index'
import { BANK_SEED, serialiseBank } from '../../../questions/generator/serialise'
import type { CuratedFact } from '../../../questions/generator/curated'
import type { Bank } from '@/domain/bank'

const file = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url))

export { BANK_SEED, serialiseBank }
export const ARTICLE = readFileSync(file('questions/source/article.vi.txt'), 'utf8')
export const ARTICLE_SHA256 = 'f7f584b752383c12de37a2c991b149f651c35041956d2101dcb2368d07758a90'
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')
export const readCommittedBank = (): Bank => JSON.parse(readFileSync(file('questions/bank.json'), 'utf8')) as Bank

export const freshBank = (seed: string | number = BANK_SEED, facts: readonly CuratedFact[] = FACTS) =>
  generateBank(facts, ARTICLE, { seed, articleHash: sha256(ARTICLE) })

/** A minimal curated fact citing the article's first sentence; override what a test needs. */
export function makeFact(overrides: Partial<CuratedFact> = {}): CuratedFact {
  return {
    id: 'f-test',
    kind: 'action',
    topic: 'commitments',
    statement: 'Aliyev và Pashinyan hoan nghênh việc Nga sẵn sàng thúc đẩy việc bình thường hóa quan hệ.',
    quote: 'hoan nghênh việc Nga sẵn sàng',
    ask: { prompt: 'Theo bài báo, nước nào sẵn sàng thúc đẩy việc bình thường hóa quan hệ?', answer: 'Nga', pool: 'country' },
    ...overrides,
  }
}
