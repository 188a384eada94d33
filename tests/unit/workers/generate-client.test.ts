import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { GenerateProgress } from '@/domain/generate/types'
import { generateInWorker, releaseGenerator, warmGenerator } from '@/workers/generate-client'

const text = readFileSync(new URL('../../fixtures/articles/economy-2023.txt', import.meta.url), 'utf8')

/** Where there is no Worker (Node), the same steps run in place, in slices, with progress and a stop. */
describe('generateInWorker without a worker', () => {
  it('makes the deck and reports progress', async () => {
    warmGenerator()
    const seen: GenerateProgress[] = []
    const run = generateInWorker({ title: 'Kinh tế', text }, { onProgress: (p) => seen.push(p), options: { seed: 1 } })
    const result = await run.result
    expect(result?.ok && result.deck.questions.length).toBeGreaterThan(20)
    releaseGenerator()
  })

  it('refuses bad input with its code', async () => {
    const result = await generateInWorker({ title: '', text: '   ' }).result
    expect(result).toEqual({ ok: false, error: { code: 'empty' } })
  })

  it('gives null when stopped', async () => {
    const run = generateInWorker({ title: 'Kinh tế', text: text.repeat(3) })
    run.cancel()
    expect(await run.result).toBeNull()
  })
})
