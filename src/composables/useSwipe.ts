import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue'

export type SwipeDirection = 'left' | 'right' | 'up' | 'down'

export interface SwipeOptions {
  onSwipe: (direction: SwipeDirection) => void
  /** Distance in CSS px a finger must travel; about a third of a phone card's width. */
  threshold?: number
  /** Mouse drags count too; off by default, so a click with a wobble stays a click. */
  mouse?: boolean
}

/**
 * The direction of a finished gesture, or null. The dominant axis must be clearly dominant (1.5×), so a
 * diagonal flick does not grade by accident.
 */
export function swipeDirection(dx: number, dy: number, threshold = 60): SwipeDirection | null {
  const ax = Math.abs(dx)
  const ay = Math.abs(dy)
  if (Math.max(ax, ay) < threshold) return null
  if (ax >= ay * 1.5) return dx > 0 ? 'right' : 'left'
  if (ay >= ax * 1.5) return dy > 0 ? 'down' : 'up'
  return null
}

/**
 * Swipe gestures through pointer events. A pointercancel (the browser took the gesture over to scroll)
 * ends it without a swipe. The click that follows a swipe is swallowed, so a swipe never also taps.
 * `dx`/`dy` follow the finger, for a card that moves with it.
 */
export function useSwipe(el: Ref<HTMLElement | null | undefined>, options: SwipeOptions) {
  const threshold = options.threshold ?? 60
  const dx = ref(0)
  const dy = ref(0)
  const active = ref(false)
  let pointerId: number | null = null
  let startX = 0
  let startY = 0
  let swallowClick = false

  function reset() {
    pointerId = null
    active.value = false
    dx.value = 0
    dy.value = 0
  }
  function onDown(event: PointerEvent) {
    if (pointerId !== null || (event.pointerType === 'mouse' && !options.mouse)) return
    if (event.pointerType === 'mouse' && event.button !== 0) return
    pointerId = event.pointerId
    startX = event.clientX
    startY = event.clientY
    active.value = true
    swallowClick = false
  }
  function onMove(event: PointerEvent) {
    if (event.pointerId !== pointerId) return
    dx.value = event.clientX - startX
    dy.value = event.clientY - startY
  }
  function onUp(event: PointerEvent) {
    if (event.pointerId !== pointerId) return
    const direction = swipeDirection(event.clientX - startX, event.clientY - startY, threshold)
    reset()
    if (!direction) return
    swallowClick = true
    options.onSwipe(direction)
  }
  function onClick(event: MouseEvent) {
    if (!swallowClick) return
    swallowClick = false
    event.stopImmediatePropagation()
    event.preventDefault()
  }

  const listeners: [string, EventListener, boolean][] = [
    ['pointerdown', onDown as EventListener, false],
    ['pointermove', onMove as EventListener, false],
    ['pointerup', onUp as EventListener, false],
    ['pointercancel', reset, false],
    ['click', onClick as EventListener, true],
  ]
  onMounted(() => {
    for (const [type, fn, capture] of listeners) el.value?.addEventListener(type, fn, capture)
  })
  onBeforeUnmount(() => {
    for (const [type, fn, capture] of listeners) el.value?.removeEventListener(type, fn, capture)
  })
  return { dx, dy, active }
}
