// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { defineComponent, h, nextTick, ref } from 'vue'
import { mount } from '@vue/test-utils'
import ReadAloudButton from '@/components/app/ReadAloudButton.vue'
import { createSpeech, pickVietnameseVoice, useSpeech } from '@/composables/useSpeech'
import { i18n, setLocale } from '@/i18n'

/** The parts of an utterance the app sets, and its two ends. */
class FakeUtterance {
  voice: SpeechSynthesisVoice | null = null
  lang = ''
  rate = 1
  onend: (() => void) | null = null
  onerror: (() => void) | null = null
  constructor(public text: string) {}
}

const voice = (lang: string, name = lang, localService = true) => ({ lang, name, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice

/** A speechSynthesis whose voices can arrive late, and which records what it is asked to read. */
function fakeSynth(voices: SpeechSynthesisVoice[] = []) {
  let list = voices
  const synth = Object.assign(new EventTarget(), {
    spoken: [] as FakeUtterance[],
    cancels: 0,
    onvoiceschanged: null,
    getVoices: () => list,
    speak: (u: FakeUtterance) => void synth.spoken.push(u),
    cancel: () => void synth.cancels++,
    /** The browser finished loading its voices. */
    arrive(next: SpeechSynthesisVoice[]) {
      list = next
      synth.dispatchEvent(new Event('voiceschanged'))
    },
  })
  return synth
}

const make = (synth: ReturnType<typeof fakeSynth> | undefined, rate = () => 1) =>
  createSpeech({ rate, synth: synth as unknown as SpeechSynthesis, Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance })

describe('pickVietnameseVoice', () => {
  it.each<[string, SpeechSynthesisVoice[], string | undefined]>([
    ['none', [], undefined],
    ['no Vietnamese', [voice('en-US'), voice('fr-FR')], undefined],
    ['vi-VN', [voice('en-US'), voice('vi-VN')], 'vi-VN'],
    ['Android spelling', [voice('vi_VN')], 'vi_VN'],
    ['bare vi', [voice('vi')], 'vi'],
    ['vi-VN before bare vi', [voice('vi'), voice('vi-VN')], 'vi-VN'],
    ['not a language that merely starts with the letters', [voice('vit')], undefined],
  ])('%s', (_, voices, lang) => {
    expect(pickVietnameseVoice(voices)?.lang).toBe(lang)
  })

  it('prefers a voice on the device to a network one, which says nothing offline', () => {
    expect(pickVietnameseVoice([voice('vi-VN', 'online', false), voice('vi-VN', 'local', true)])?.name).toBe('local')
  })
})

describe('createSpeech', () => {
  it('is unavailable and silent in a browser without speechSynthesis', () => {
    const speech = make(undefined)
    expect(speech.available.value).toBe(false)
    speech.speak('Xin chào')
    expect(speech.speaking.value).toBe(false)
    speech.dispose()
  })

  it('is unavailable without a Vietnamese voice, and reads nothing', () => {
    const synth = fakeSynth([voice('en-US')])
    const speech = make(synth)
    expect(speech.available.value).toBe(false)
    speech.speak('Xin chào')
    expect(synth.spoken).toEqual([])
  })

  it('turns available when the voices arrive late, and stops listening once disposed', () => {
    const synth = fakeSynth()
    const speech = make(synth)
    expect(speech.available.value).toBe(false)
    synth.arrive([voice('en-US'), voice('vi-VN')])
    expect(speech.available.value).toBe(true)
    speech.dispose()
    synth.arrive([])
    expect(speech.available.value).toBe(true)
  })

  it('reads in vi-VN with the Vietnamese voice at the rate set when it starts', () => {
    const synth = fakeSynth([voice('en-US'), voice('vi-VN', 'Linh')])
    let rate = 0.8
    const speech = make(synth, () => rate)
    speech.speak('Hội đàm diễn ra ở đâu?')
    rate = 1.3
    speech.speak('Ở Sochi.')
    expect(synth.spoken.map((u) => [u.text, u.lang, u.voice?.name, u.rate])).toEqual([
      ['Hội đàm diễn ra ở đâu?', 'vi-VN', 'Linh', 0.8],
      ['Ở Sochi.', 'vi-VN', 'Linh', 1.3],
    ])
  })

  it.each([[0.1, 0.5], [9, 1.5], [Number.NaN, 1]])('keeps a rate of %s within what engines read well (%s)', (given, used) => {
    const synth = fakeSynth([voice('vi-VN')])
    make(synth, () => given).speak('Sochi')
    expect(synth.spoken[0]?.rate).toBe(used)
  })

  it('reads pieces in order and is speaking until the last one ends', () => {
    const synth = fakeSynth([voice('vi-VN')])
    const speech = make(synth)
    speech.speak(['Câu một.', '  ', 'Câu hai.'], 'article')
    expect(synth.spoken.map((u) => u.text)).toEqual(['Câu một.', 'Câu hai.'])
    expect([speech.speaking.value, speech.owner.value]).toEqual([true, 'article'])
    synth.spoken[0]!.onend?.()
    expect(speech.speaking.value).toBe(true)
    synth.spoken[1]!.onend?.()
    expect([speech.speaking.value, speech.owner.value]).toEqual([false, null])
  })

  it('starts over on a new text: what was queued is cancelled, and its late events change nothing', () => {
    const synth = fakeSynth([voice('vi-VN')])
    const speech = make(synth)
    speech.speak('Một', 'a')
    speech.speak('Hai', 'b')
    expect(synth.cancels).toBe(2)
    // The first utterance reports its cancellation after the second one started.
    synth.spoken[0]!.onerror?.()
    expect([speech.speaking.value, speech.owner.value]).toEqual([true, 'b'])
    synth.spoken[1]!.onerror?.()
    expect(speech.speaking.value).toBe(false)
  })

  it('stops: cancels the engine and is silent at once', () => {
    const synth = fakeSynth([voice('vi-VN')])
    const speech = make(synth)
    speech.stop()
    expect(synth.cancels).toBe(0)
    speech.speak('Sochi')
    speech.stop()
    expect([speech.speaking.value, synth.cancels]).toEqual([false, 2])
  })

  it('listens through onvoiceschanged where the synthesizer is no EventTarget', () => {
    let list: SpeechSynthesisVoice[] = []
    const synth = { getVoices: () => list, speak() {}, cancel() {}, onvoiceschanged: null as null | (() => void) }
    const speech = createSpeech({ rate: () => 1, synth: synth as unknown as SpeechSynthesis, Utterance: FakeUtterance as unknown as typeof SpeechSynthesisUtterance })
    list = [voice('vi-VN')]
    synth.onvoiceschanged?.()
    expect(speech.available.value).toBe(true)
    speech.dispose()
    expect(synth.onvoiceschanged).toBeNull()
  })
})

describe('ReadAloudButton under a screen with useSpeech', () => {
  beforeAll(() => setLocale('vi'))
  afterEach(() => {
    document.body.innerHTML = ''
    delete (window as { speechSynthesis?: unknown }).speechSynthesis
    delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance
  })

  function screen(voices: SpeechSynthesisVoice[]) {
    const synth = fakeSynth(voices)
    Object.assign(window, { speechSynthesis: synth, SpeechSynthesisUtterance: FakeUtterance })
    const rate = ref(0.7)
    const shown = ref(true)
    const Screen = defineComponent(() => {
      useSpeech(() => rate.value)
      return () => (shown.value ? h(ReadAloudButton, { text: 'Hội đàm diễn ra ở đâu?', label: 'Đọc to câu hỏi' }) : null)
    })
    const wrapper = mount(Screen, { attachTo: document.body, global: { plugins: [i18n] } })
    return { synth, wrapper, shown }
  }

  it('is absent where the device has no Vietnamese voice', () => {
    const { wrapper } = screen([voice('en-US')])
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('is absent outside a screen that offers speech', () => {
    const wrapper = mount(ReadAloudButton, { props: { text: 'Sochi', label: 'Đọc' }, global: { plugins: [i18n] } })
    expect(wrapper.find('button').exists()).toBe(false)
  })

  it('reads its text on a press, says "stop" while reading, and stops on a second press', async () => {
    const { synth, wrapper } = screen([voice('vi-VN')])
    const button = wrapper.get('button')
    expect(button.attributes('aria-label')).toBe('Đọc to câu hỏi')
    await button.trigger('click')
    expect(synth.spoken.map((u) => [u.text, u.lang, u.rate])).toEqual([['Hội đàm diễn ra ở đâu?', 'vi-VN', 0.7]])
    expect(button.attributes('aria-label')).toBe('Dừng đọc')
    await button.trigger('click')
    expect(button.attributes('aria-label')).toBe('Đọc to câu hỏi')
    expect(synth.cancels).toBe(2)
  })

  it('stops reading when its question goes, and when the screen goes', async () => {
    const { synth, wrapper, shown } = screen([voice('vi-VN')])
    await wrapper.get('button').trigger('click')
    shown.value = false
    await nextTick()
    expect(synth.cancels).toBe(2)
    shown.value = true
    await nextTick()
    await wrapper.get('button').trigger('click')
    wrapper.unmount()
    expect(synth.cancels).toBe(4)
  })
})
