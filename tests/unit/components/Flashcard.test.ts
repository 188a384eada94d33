// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { mount } from '@vue/test-utils'
import FlashcardCard from '@/components/flashcard/FlashcardCard.vue'
import FlashcardGrades from '@/components/flashcard/FlashcardGrades.vue'
import { swipeDirection, useSwipe, type SwipeDirection } from '@/composables/useSwipe'
import type { Grade } from '@/domain/scheduling/types'
import { makeFlashcard, mountWith, pressKey, loadMessages } from './factories'

beforeAll(loadMessages)

afterEach(() => {
  document.body.innerHTML = ''
})

const labels: Record<Grade, string> = { again: '1 phút', hard: '6 phút', good: '10 phút', easy: '4 ngày' }

function pointer(el: Element, type: string, x: number, y: number, pointerType = 'touch') {
  el.dispatchEvent(new PointerEvent(type, { clientX: x, clientY: y, pointerId: 1, pointerType, bubbles: true, cancelable: true }))
}
function gesture(el: Element, dx: number, dy: number, pointerType = 'touch') {
  pointer(el, 'pointerdown', 100, 100, pointerType)
  pointer(el, 'pointermove', 100 + dx / 2, 100 + dy / 2, pointerType)
  pointer(el, 'pointerup', 100 + dx, 100 + dy, pointerType)
}

describe('FlashcardCard', () => {
  it.each([
    ['click', (el: HTMLElement) => el.click()],
    ['Space', (el: HTMLElement) => pressKey(' ', {}, el)],
    ['Enter', (el: HTMLElement) => pressKey('Enter', {}, el)],
  ])('flips on %s', (_, act) => {
    const w = mountWith(FlashcardCard, { card: makeFlashcard(), flipped: false })
    act(w.find('.scene').element as HTMLElement)
    expect(w.emitted('flip')).toHaveLength(1)
  })

  it('ignores other keys', () => {
    const w = mountWith(FlashcardCard, { card: makeFlashcard(), flipped: false })
    pressKey('x', {}, w.find('.scene').element)
    expect(w.emitted('flip')).toBeUndefined()
  })

  it('hides the back from screen readers until flipped, then hides the front', async () => {
    const w = mountWith(FlashcardCard, { card: makeFlashcard(), flipped: false })
    expect(w.find('.back').attributes('aria-hidden')).toBe('true')
    expect(w.find('.front').attributes('aria-hidden')).toBe('false')
    await w.setProps({ flipped: true })
    expect(w.find('.back').attributes('aria-hidden')).toBe('false')
    expect(w.find('.front').attributes('aria-hidden')).toBe('true')
    expect(w.find('.back').text()).toContain('Ở Sochi')
    expect(w.find('.back blockquote').text()).toBe('Hôm nay tại Sochi')
  })

  it.each<[number, number, SwipeDirection]>([
    [-120, 10, 'left'], [120, -20, 'right'], [5, -100, 'up'], [-10, 90, 'down'],
  ])('a touch swipe of (%i, %i) on a flipped card emits %s, and does not also flip it', (dx, dy, direction) => {
    const w = mountWith(FlashcardCard, { card: makeFlashcard(), flipped: true })
    const el = w.find('.scene').element
    gesture(el, dx, dy)
    ;(el as HTMLElement).click()
    expect(w.emitted('swipe')).toEqual([[direction]])
    expect(w.emitted('flip')).toBeUndefined()
  })

  it('an unflipped card does not grade by swipe', () => {
    const w = mountWith(FlashcardCard, { card: makeFlashcard(), flipped: false })
    gesture(w.find('.scene').element, -150, 0)
    expect(w.emitted('swipe')).toBeUndefined()
  })

  it('shows the swipe mapping once flipped', () => {
    const w = mountWith(FlashcardCard, { card: makeFlashcard(), flipped: true })
    expect(w.find('.swipe').text()).toBe('Vuốt: ← Quên · ↓ Khó · → Được · ↑ Dễ')
  })
})

describe('useSwipe', () => {
  function harness(options: { mouse?: boolean } = {}) {
    const seen: SwipeDirection[] = []
    const Comp = defineComponent(() => {
      const el = ref<HTMLElement | null>(null)
      useSwipe(el, { ...options, onSwipe: (d) => seen.push(d) })
      return () => h('div', { ref: el, style: 'width:300px;height:300px' })
    })
    const w = mount(Comp, { attachTo: document.body })
    return { el: w.element, seen }
  }

  it.each<[number, number, SwipeDirection | null]>([
    [-61, 0, 'left'], [61, 0, 'right'], [0, -61, 'up'], [0, 61, 'down'],
    [59, 0, null], [0, -59, null], [80, 70, null], [-90, -80, null],
  ])('(%i, %i) → %s', (dx, dy, expected) => {
    expect(swipeDirection(dx, dy)).toBe(expected)
    const { el, seen } = harness()
    gesture(el, dx, dy)
    expect(seen).toEqual(expected ? [expected] : [])
  })

  it('a pointercancel (the browser scrolling) is not a swipe', () => {
    const { el, seen } = harness()
    pointer(el, 'pointerdown', 100, 100)
    pointer(el, 'pointermove', 100, 20)
    pointer(el, 'pointercancel', 100, 20)
    pointer(el, 'pointerup', 100, 0)
    expect(seen).toEqual([])
  })

  it('ignores the mouse unless asked', () => {
    const off = harness()
    gesture(off.el, -100, 0, 'mouse')
    expect(off.seen).toEqual([])
    const on = harness({ mouse: true })
    gesture(on.el, -100, 0, 'mouse')
    expect(on.seen).toEqual(['left'])
  })
})

describe('FlashcardGrades', () => {
  it.each<[string, Grade]>([['1', 'again'], ['2', 'hard'], ['3', 'good'], ['4', 'easy']])('key %s grades %s', (key, grade) => {
    const w = mountWith(FlashcardGrades, { labels, disabled: false })
    pressKey(key)
    expect(w.emitted('grade')).toEqual([[grade]])
  })

  it.each(['input', 'textarea', 'select'])('ignores the keys typed into a %s', (tag) => {
    const w = mountWith(FlashcardGrades, { labels, disabled: false })
    const field = document.createElement(tag)
    document.body.append(field)
    pressKey('3', {}, field)
    expect(w.emitted('grade')).toBeUndefined()
  })

  it.each([
    ['Ctrl', { ctrlKey: true }], ['Alt', { altKey: true }], ['Meta', { metaKey: true }], ['composition', { isComposing: true }],
    ['a held key', { repeat: true }],
  ])('ignores keys with %s', (_, init) => {
    const w = mountWith(FlashcardGrades, { labels, disabled: false })
    pressKey('3', init)
    expect(w.emitted('grade')).toBeUndefined()
  })

  it('ignores keys while disabled, and stops listening once unmounted', () => {
    const w = mountWith(FlashcardGrades, { labels, disabled: true })
    pressKey('1')
    expect(w.emitted('grade')).toBeUndefined()
    const graded: Grade[] = []
    const live = mountWith(FlashcardGrades, { labels, disabled: false, onGrade: (g: Grade) => graded.push(g) })
    pressKey('1')
    live.unmount()
    pressKey('2')
    expect(graded).toEqual(['again'])
  })

  it('shows each grade with its interval and key, and emits on click', async () => {
    const w = mountWith(FlashcardGrades, { labels, disabled: false })
    const buttons = w.findAll('button')
    expect(buttons.map((b) => b.text())).toEqual(['Quên1 phút1', 'Khó6 phút2', 'Được10 phút3', 'Dễ4 ngày4'])
    // The name is the visible text (WCAG 2.5.3); the full sentence is the description.
    expect(buttons[2]!.attributes('aria-label')).toBeUndefined()
    expect(buttons[2]!.attributes('title')).toBe('Được: ôn lại sau 10 phút (phím 3)')
    await buttons[3]!.trigger('click')
    expect(w.emitted('grade')).toEqual([['easy']])
  })
})
