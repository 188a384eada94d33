/**
 * Deck generation from a 10 KB article (three fixture texts, about 10,100 bytes of UTF-8) and from a
 * public 9 KB one:
 *   npx vitest bench --run tests/bench/generate.bench.ts
 */
import { readFileSync } from 'node:fs'
import { bench, describe } from 'vitest'
import { generateDeck } from '@/domain/generate'

const dir = new URL('../fixtures/articles/', import.meta.url)
const tenKb = ['history-dien-bien-phu.txt', 'economy-2023.txt', 'geography-mekong-delta.txt']
  .map((f) => readFileSync(new URL(f, dir), 'utf8'))
  .join('\n\n')
const airport = readFileSync(new URL('unseen2/transport-tan-son-nhat.txt', dir), 'utf8')
const article = readFileSync(new URL('../../questions/source/article.vi.txt', import.meta.url), 'utf8')
const html = `<html><head><title>Bài</title><style>p{}</style></head><body>${tenKb.split('\n').map((l) => `<p>${l}</p>`).join('')}</body></html>`

describe('generate a deck', () => {
  bench('10 KB of text', () => {
    generateDeck({ title: 'Bài', text: tenKb }, { seed: 'bench' })
  })
  bench('10 KB saved as HTML', () => {
    generateDeck({ title: 'Bài', text: html, format: 'html' }, { seed: 'bench' })
  })
  bench('a public 9 KB article (Tân Sơn Nhất, Wikipedia)', () => {
    generateDeck({ title: 'Bài', text: airport }, { seed: 'bench' })
  })
  bench('the built-in article (2.6 KB)', () => {
    generateDeck({ title: 'Bài', text: article }, { seed: 'bench' })
  })
})
