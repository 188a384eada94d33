import { computed, ref, shallowRef } from 'vue'

/** Chromium's install event; not in the DOM typings. */
export interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed'; platform: string }>
}

export type InstallOutcome = 'accepted' | 'dismissed' | 'unavailable'

// Module scope on purpose: `beforeinstallprompt` fires once per page load and may come before the app mounts
// (main.ts hydrates storage first), so the listener is attached when this module is first imported.
const deferred = shallowRef<BeforeInstallPromptEvent | null>(null)
const installedNow = ref(false)
const standalone = ref(false)
let listening = false

function listen() {
  if (listening || typeof window === 'undefined') return
  listening = true
  window.addEventListener('beforeinstallprompt', (event) => {
    // Keep Chromium's mini-infobar away: the app offers installing in its own words, at a calm moment.
    event.preventDefault()
    deferred.value = event as BeforeInstallPromptEvent
  })
  window.addEventListener('appinstalled', () => {
    installedNow.value = true
    deferred.value = null
  })
  const media = window.matchMedia?.('(display-mode: standalone)')
  standalone.value = Boolean(media?.matches) || (navigator as Navigator & { standalone?: boolean }).standalone === true
  media?.addEventListener?.('change', (e) => {
    standalone.value = e.matches
  })
}
listen()

/**
 * iOS Safari has no install event: the learner adds the app through Share → Add to Home Screen. iPadOS reports
 * itself as a Mac, so a touch screen tells them apart. Other iOS browsers name themselves (CriOS, FxiOS, EdgiOS).
 */
export function detectIosSafari(userAgent: string, maxTouchPoints: number): boolean {
  const ios = /iPad|iPhone|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1)
  return ios && /Safari/.test(userAgent) && !/CriOS|FxiOS|EdgiOS|OPiOS/.test(userAgent)
}

/** Whether and how the app can be installed here. The state is shared: every caller sees the same event. */
export function useInstall() {
  listen()
  const installed = computed(() => installedNow.value || standalone.value)
  const isIos = computed(
    () => typeof navigator !== 'undefined' && !installed.value && detectIosSafari(navigator.userAgent, navigator.maxTouchPoints ?? 0),
  )

  /** Opens the browser's install dialog; the kept event can be used once, so it is dropped either way. */
  async function install(): Promise<InstallOutcome> {
    const event = deferred.value
    if (!event) return 'unavailable'
    deferred.value = null
    await event.prompt()
    const { outcome } = await event.userChoice
    if (outcome === 'accepted') installedNow.value = true
    return outcome
  }

  return {
    canInstall: computed(() => deferred.value !== null && !installed.value),
    installed,
    isIos,
    install,
  }
}
