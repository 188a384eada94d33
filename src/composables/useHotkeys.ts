import { onBeforeUnmount, onMounted } from 'vue'

/** Keys typed into a field belong to the field, never to a shortcut. */
function isEditable(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).tagName !== 'string') return false
  const el = target as HTMLElement
  return el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.isContentEditable
}

/**
 * Whether a keydown may act as a single-key shortcut. Shift stays allowed (Caps and shifted letters);
 * Ctrl, Alt and Meta belong to the browser and the system. keyCode 229 is how some browsers still report
 * a keydown that an input method (Telex, VNI) is consuming.
 */
export function isHotkeyEvent(event: KeyboardEvent): boolean {
  if (event.isComposing || event.keyCode === 229) return false
  if (event.ctrlKey || event.altKey || event.metaKey) return false
  if (event.repeat) return false
  return !isEditable(event.target)
}

/**
 * A window keydown listener for the lifetime of the component. The handler gets the key in lower case
 * and returns true when it used it (the default action is then prevented).
 *
 * @example useHotkeys((key) => key === '1' && choose(0))
 */
export function useHotkeys(handler: (key: string, event: KeyboardEvent) => boolean | void): void {
  function onKeydown(event: KeyboardEvent) {
    if (!isHotkeyEvent(event)) return
    if (handler(event.key.toLocaleLowerCase('vi'), event) === true) event.preventDefault()
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}
