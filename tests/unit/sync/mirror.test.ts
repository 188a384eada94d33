import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { messageGroups } from '@/sync/mirror'

const pack = (id: string, n: number) => ({ _id: id, entries: Array.from({ length: n }, (_, i) => ({ id: `${id}-${i}` })) })

describe('pulled documents sent to the page in messages', () => {
  it('groups whole documents, at most the answers asked per message, one bigger alone', () => {
    const docs = [pack('a', 100), pack('b', 100), pack('c', 30), { _id: 'log:x' }, pack('d', 250), { _id: 'settings' }]
    expect(messageGroups(docs, 200).map((g) => g.map((d) => d._id))).toEqual([['a', 'b'], ['c', 'log:x'], ['d'], ['settings']])
    expect(messageGroups([], 200)).toEqual([])
  })

  it('keeps every document once, in order (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.nat({ max: 150 }), { nil: undefined })), fc.integer({ min: 1, max: 300 }), (sizes, size) => {
        const docs = sizes.map((n, i) => (n === undefined ? { _id: `undo:${i}` } : pack(`p${i}`, n)))
        const groups = messageGroups(docs, size)
        expect(groups.flat()).toEqual(docs)
        const answers = (d: Record<string, unknown>) => (Array.isArray(d.entries) ? d.entries.length : 1)
        for (const group of groups) {
          expect(group.length).toBeGreaterThan(0)
          if (group.length > 1) expect(group.reduce((sum, d) => sum + answers(d), 0)).toBeLessThanOrEqual(size)
        }
      }),
    )
  })
})
