import { inject, onBeforeUnmount, provide, readonly, shallowRef, type InjectionKey, type Ref } from 'vue'

/**
 * Reading aloud with the device's own Vietnamese voice (the Web Speech API's speechSynthesis). Nothing is
 * downloaded: where the device has no Vietnamese voice, `available` stays false and the buttons stay hidden.
 *
 * A screen that offers reading aloud calls `useSpeech` once, with the learner's rate; the read-aloud buttons
 * inside it find that instance with `useProvidedSpeech` (components take no stores, and one instance per screen
 * means one voice lookup and one place that stops speech when the screen goes).
 */
export interface Speech {
  /** The device has a Vietnamese voice. Voices can arrive after the page loads: this turns true then. */
  readonly available: Readonly<Ref<boolean>>
  /** Something is being read. */
  readonly speaking: Readonly<Ref<boolean>>
  /** Who asked for what is being read (a button's own token), so each button knows whether it is the one. */
  readonly owner: Readonly<Ref<unknown>>
  /** Reads the text, or the pieces one after another; whatever was being read stops first. */
  speak(text: string | readonly string[], owner?: unknown): void
  stop(): void
}

/** The lang every utterance carries: the app reads only Vietnamese text. */
export const SPEECH_LANG = 'vi-VN'
export const SPEECH_RATE_MIN = 0.5
export const SPEECH_RATE_MAX = 1.5

const langOf = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase()

/**
 * The voice to read Vietnamese with: `vi-VN`, then any `vi`. Android reports `vi_VN`. Among equals a voice on
 * the device comes first: a network voice says nothing offline, and this app is meant to work offline.
 */
export function pickVietnameseVoice(voices: readonly SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const rank = (voice: SpeechSynthesisVoice) => {
    const lang = langOf(voice)
    const base = lang === 'vi-vn' ? 0 : lang === 'vi' || lang.startsWith('vi-') ? 2 : -1
    return base < 0 ? -1 : base + (voice.localService ? 0 : 1)
  }
  let best: SpeechSynthesisVoice | undefined
  let bestRank = Infinity
  for (const voice of voices) {
    const r = rank(voice)
    if (r >= 0 && r < bestRank) [best, bestRank] = [voice, r]
  }
  return best
}

const clampRate = (rate: number) => (Number.isFinite(rate) ? Math.min(SPEECH_RATE_MAX, Math.max(SPEECH_RATE_MIN, rate)) : 1)

export interface SpeechDeps {
  /** The learner's reading speed, read at each `speak`. */
  rate: () => number
  /** Absent in browsers without the Web Speech API (and in Node): then nothing is available. */
  synth?: SpeechSynthesis
  Utterance?: typeof SpeechSynthesisUtterance
}

/** A speech instance over the given synthesizer; `dispose` stops reading and stops listening for voices. */
export function createSpeech(deps: SpeechDeps): Speech & { dispose(): void } {
  const { synth, Utterance } = deps
  const voice = shallowRef<SpeechSynthesisVoice>()
  const speaking = shallowRef(false)
  const owner = shallowRef<unknown>(null)
  const available = shallowRef(false)
  /** Bumped at every speak and stop: events of utterances from before (a cancel fires them late) are ignored. */
  let run = 0
  /**
   * The utterances of the current run, held so they are not collected before they end: Chrome drops the end
   * event of an utterance nothing references any more.
   */
  let queued: SpeechSynthesisUtterance[] = []

  const refresh = () => {
    voice.value = synth ? pickVietnameseVoice(synth.getVoices()) : undefined
    available.value = !!voice.value && !!Utterance
  }
  // Chrome fills the voice list a moment after load and says so with `voiceschanged`; Safari has it at once.
  const listens = !!synth && typeof synth.addEventListener === 'function'
  if (synth) {
    refresh()
    if (listens) synth.addEventListener('voiceschanged', refresh)
    else synth.onvoiceschanged = refresh
  }

  function silence() {
    run++
    queued = []
    speaking.value = false
    owner.value = null
  }

  function stop() {
    const was = speaking.value
    silence()
    if (was) synth?.cancel()
  }

  function speak(text: string | readonly string[], by: unknown = null) {
    const pieces = (typeof text === 'string' ? [text] : text).map((p) => p.trim()).filter(Boolean)
    if (!synth || !Utterance || !voice.value || pieces.length === 0) return
    // What is queued from before would be read first: reading starts over with this text.
    synth.cancel()
    silence()
    const mine = run
    const rate = clampRate(deps.rate())
    const done = () => {
      if (mine === run) silence()
    }
    queued = pieces.map((piece, index) => {
      const u = new Utterance(piece)
      u.voice = voice.value!
      u.lang = SPEECH_LANG
      u.rate = rate
      // An error (no network for a network voice, say) ends the whole text, not only its piece.
      u.onerror = done
      if (index === pieces.length - 1) u.onend = done
      return u
    })
    speaking.value = true
    owner.value = by
    for (const u of queued) synth.speak(u)
  }

  function dispose() {
    stop()
    if (!synth) return
    if (listens) synth.removeEventListener('voiceschanged', refresh)
    else if (synth.onvoiceschanged === refresh) synth.onvoiceschanged = null
  }

  return { available: readonly(available), speaking: readonly(speaking), owner: readonly(owner), speak, stop, dispose }
}

const speechKey: InjectionKey<Speech> = Symbol('speech')

/**
 * Reading aloud for this screen and the components inside it: read at `rate` (the learner's setting), stopped
 * when the screen goes (another route, or the screen unmounted for any reason).
 */
export function useSpeech(rate: () => number): Speech {
  const speech = createSpeech({
    rate,
    synth: typeof window !== 'undefined' ? window.speechSynthesis : undefined,
    Utterance: typeof window !== 'undefined' ? window.SpeechSynthesisUtterance : undefined,
  })
  provide(speechKey, speech)
  onBeforeUnmount(speech.dispose)
  return speech
}

/** The screen's speech, or null where the screen offers none (a component rendered elsewhere, a test). */
export function useProvidedSpeech(): Speech | null {
  return inject(speechKey, null)
}
