import { afterEach, describe, expect, it, vi } from 'vitest'
import { createTabChannel, isTabMessage, type TabChannel, type TabMessage } from '@/persistence/tabs'

const opened: TabChannel[] = []
const open = (name: string) => {
  const channel = createTabChannel(name)
  opened.push(channel)
  return channel
}
afterEach(() => opened.splice(0).forEach((c) => c.close()))

describe('tab channel', () => {
  it('delivers a message to other tabs, not back to the sender', async () => {
    const [a, b] = [open('t1'), open('t1')]
    const heardByA = vi.fn()
    const heardByB = vi.fn()
    a.subscribe(heardByA)
    b.subscribe(heardByB)
    const message: TabMessage = { type: 'answer', factId: 'f-a', entryId: '1-1' }
    a.announce(message)
    await vi.waitFor(() => expect(heardByB).toHaveBeenCalledWith(message))
    expect(heardByA).not.toHaveBeenCalled()
  })

  it('stops delivering after unsubscribe', async () => {
    const [a, b] = [open('t2'), open('t2')]
    const heard = vi.fn()
    const control = vi.fn()
    const stop = b.subscribe(heard)
    b.subscribe(control)
    stop()
    a.announce({ type: 'reset' })
    await vi.waitFor(() => expect(control).toHaveBeenCalledWith({ type: 'reset' }))
    expect(heard).not.toHaveBeenCalled()
  })

  it('does nothing, quietly, where BroadcastChannel is missing', () => {
    const channel = createTabChannel('t3', undefined)
    const stop = channel.subscribe(() => {})
    expect(() => channel.announce({ type: 'import' })).not.toThrow()
    stop()
    channel.close()
  })

  it.each<[unknown, boolean]>([
    [{ type: 'answer', factId: 'f', entryId: 'e' }, true],
    [{ type: 'undo', factId: 'f', entryId: 'e' }, true],
    [{ type: 'reset' }, true],
    [{ type: 'answer', factId: 'f' }, false],
    [{ type: 'sync' }, false],
    ['reset', false],
    [null, false],
  ])('isTabMessage(%j) is %s', (data, expected) => {
    expect(isTabMessage(data)).toBe(expected)
  })
})
