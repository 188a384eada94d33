import { describe, expect, it } from 'vitest'
import { reconcileWithBank } from '@/domain/progress/reconcile'
import { makeCard } from '../../../fixtures/stored/factories'

describe('reconcileWithBank', () => {
  const cards = ['f-a', 'f-b', 'f-c'].map((factId) => makeCard({ factId }))
  const ids = (list: { factId: string }[]) => list.map((c) => c.factId)

  it.each([
    ['every fact survives', ['f-a', 'f-b', 'f-c', 'f-new'], ['f-a', 'f-b', 'f-c'], []],
    ['a fact vanished', ['f-a', 'f-c'], ['f-a', 'f-c'], ['f-b']],
    ['the bank is empty', [], [], ['f-a', 'f-b', 'f-c']],
  ])('%s', (_name, known, active, orphaned) => {
    const result = reconcileWithBank(cards, known)
    expect(ids(result.active)).toEqual(active)
    expect(ids(result.orphaned)).toEqual(orphaned)
  })

  it('gives a card back, unchanged, when its fact returns', () => {
    const without = reconcileWithBank(cards, new Set(['f-a']))
    const again = reconcileWithBank([...without.active, ...without.orphaned], new Set(['f-a', 'f-b']))
    expect(again.active).toContainEqual(cards[1])
  })
})
