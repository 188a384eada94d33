/**
 * Tells other open tabs what changed, so they refresh that card instead of writing over it. Each
 * answer is its own record, so two tabs answering at once lose nothing; this only keeps views fresh.
 */
export const TAB_CHANNEL = 'hbb:progress'

export type TabMessage =
  | { type: 'answer'; factId: string; entryId: string }
  | { type: 'undo'; factId: string; entryId: string }
  | { type: 'reset' }
  | { type: 'import' }
  | { type: 'settings' }
  | { type: 'session' }
  | { type: 'decks' }
  /** Answers from another device were merged in (a sync pull). */
  | { type: 'merge' }

export interface TabChannel {
  announce(message: TabMessage): void
  /** Called for messages from other tabs (never for this tab's own). Returns an unsubscribe. */
  subscribe(listener: (message: TabMessage) => void): () => void
  close(): void
}

type ChannelConstructor = new (name: string) => BroadcastChannel

/** Another build of the app in another tab may speak differently: ignore what we do not know. */
export function isTabMessage(data: unknown): data is TabMessage {
  if (typeof data !== 'object' || data === null) return false
  const m = data as Record<string, unknown>
  switch (m.type) {
    case 'answer':
    case 'undo':
      return typeof m.factId === 'string' && typeof m.entryId === 'string'
    case 'reset':
    case 'import':
    case 'settings':
    case 'session':
    case 'decks':
    case 'merge':
      return true
    default:
      return false
  }
}

/** Falls back to a channel that does nothing where BroadcastChannel is missing (old Safari). */
export function createTabChannel(
  name: string = TAB_CHANNEL,
  Channel: ChannelConstructor | undefined = globalThis.BroadcastChannel,
): TabChannel {
  if (!Channel) return { announce() {}, subscribe: () => () => {}, close() {} }
  const channel = new Channel(name)
  const listeners = new Set<(message: TabMessage) => void>()
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isTabMessage(event.data)) for (const listener of listeners) listener(event.data)
  }
  return {
    announce(message) {
      channel.postMessage({ ...message })
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      listeners.clear()
      channel.close()
    },
  }
}
