import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const dir = (locale: string) => new URL(`../../src/locales/${locale}/`, import.meta.url)
const read = (locale: string, file: string): Record<string, string> => JSON.parse(readFileSync(new URL(file, dir(locale)), 'utf8'))
const files = readdirSync(dir('vi')).filter((f) => f.endsWith('.json')).sort()

describe('locale files', () => {
  it('have the same files in every language', () => {
    expect(readdirSync(dir('en')).filter((f) => f.endsWith('.json')).sort()).toEqual(files)
  })

  it.each(files)('%s: English has exactly the Vietnamese keys, none empty', (file) => {
    const vi = read('vi', file)
    const en = read('en', file)
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort())
    for (const [key, value] of [...Object.entries(vi), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('')
  })

  it.each(files)('%s: parameters match between languages', (file) => {
    const vi = read('vi', file)
    const en = read('en', file)
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const key of Object.keys(vi)) expect(params(en[key] ?? ''), key).toEqual(params(vi[key] ?? ''))
  })

  it('no key is defined in two files', () => {
    const seen = new Map<string, string>()
    for (const file of files) {
      for (const key of Object.keys(read('vi', file))) {
        expect(seen.get(key), `${key} in ${file}`).toBeUndefined()
        seen.set(key, file)
      }
    }
  })
})

describe('lazily loaded messages', () => {
  it('hold every key of every area, in both languages', async () => {
    const viLazy = (await import('@/locales/vi/lazy')).default as Record<string, string>
    const en = (await import('@/locales/en/index')).default as Record<string, string>
    const eager = new Set([...Object.keys(read('vi', 'app.json')), ...Object.keys(read('vi', 'pwa.json'))])
    for (const file of files) {
      for (const key of Object.keys(read('vi', file))) {
        if (!eager.has(key)) expect(viLazy[key], `vi ${key}`).toBeDefined()
        expect(en[key], `en ${key}`).toBeDefined()
      }
    }
  })
})
