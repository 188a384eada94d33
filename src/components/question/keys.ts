/**
 * Enter that means "submit". While an input method (Telex, VNI, the OS keyboards) is composing, Enter
 * confirms the composition instead; some browsers only say so through the legacy keyCode 229.
 */
export function isSubmitEnter(event: KeyboardEvent): boolean {
  return event.key === 'Enter' && !event.isComposing && event.keyCode !== 229 && !event.shiftKey
}
