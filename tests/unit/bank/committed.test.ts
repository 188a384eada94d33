import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { ARTICLE, ARTICLE_SHA256, freshBank, readCommittedBank, serialiseBank, sha256 } from './helpers'

describe('the article and the committed bank', () => {
  it('pins the article by its sha256', () => {
    expect(sha256(ARTICLE)).toBe(ARTICLE_SHA256)
  })

  it('records the article hash in the bank', () => {
    expect(readCommittedBank().articleHash).toBe(ARTICLE_SHA256)
  })

  it('equals a fresh generation (run `npm run bank` after changing facts or generator)', () => {
    expect(readCommittedBank()).toEqual(freshBank())
  })

  it('is pretty-printed exactly as the generator writes it', () => {
    const path = fileURLToPath(new URL('../../../questions/bank.json', import.meta.url))
    expect(readFileSync(path, 'utf8')).toBe(serialiseBank(freshBank()))
  })
})
