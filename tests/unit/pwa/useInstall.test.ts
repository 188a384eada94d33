// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { nextTick } from 'vue'
import AppInstallButton from '@/components/app/AppInstallButton.vue'
import { i18n, loadAllMessages } from '@/i18n'

/** A stand-in for Chromium's BeforeInstallPromptEvent, with the learner's answer chosen by the test. */
function makeInstallEvent(outcome: 'accepted' | 'dismissed' = 'accepted') {
  const event = new Event('beforeinstallprompt', { cancelable: true })
  const prompt = vi.fn(async () => undefined)
  Object.assign(event, { prompt, userChoice: Promise.resolve({ outcome, platform: 'web' }) })
  return { event, prompt }
}

// The composable keeps its state per page load, as the browser does: each test gets a fresh module.
async function freshUseInstall() {
  vi.resetModules()
  const mod = await import('@/composables/useInstall')
  return mod
}

beforeEach(() => {
  window.matchMedia = ((query: string) => ({
    matches: false, media: query, addEventListener: () => undefined, removeEventListener: () => undefined,
  })) as unknown as typeof window.matchMedia
})

describe('useInstall', () => {
  it('keeps the install event, stops the browser bar, and installs on request', async () => {
    const { useInstall } = await freshUseInstall()
    const state = useInstall()
    expect(state.canInstall.value).toBe(false)

    const { event, prompt } = makeInstallEvent('accepted')
    window.dispatchEvent(event)
    expect(event.defaultPrevented).toBe(true)
    expect(state.canInstall.value).toBe(true)

    await expect(state.install()).resolves.toBe('accepted')
    expect(prompt).toHaveBeenCalledOnce()
    expect(state.installed.value).toBe(true)
    expect(state.canInstall.value).toBe(false)
  })

  it('a dismissed dialog uses up the event; a second install() has nothing to show', async () => {
    const { useInstall } = await freshUseInstall()
    const state = useInstall()
    window.dispatchEvent(makeInstallEvent('dismissed').event)
    await expect(state.install()).resolves.toBe('dismissed')
    expect(state.installed.value).toBe(false)
    expect(state.canInstall.value).toBe(false)
    await expect(state.install()).resolves.toBe('unavailable')
  })

  it('appinstalled marks the app installed and withdraws the offer', async () => {
    const { useInstall } = await freshUseInstall()
    const state = useInstall()
    window.dispatchEvent(makeInstallEvent().event)
    window.dispatchEvent(new Event('appinstalled'))
    expect(state.installed.value).toBe(true)
    expect(state.canInstall.value).toBe(false)
  })

  it('a page opened as an installed app (display-mode standalone) is installed', async () => {
    window.matchMedia = ((query: string) => ({
      matches: query === '(display-mode: standalone)', media: query, addEventListener: () => undefined,
    })) as unknown as typeof window.matchMedia
    const { useInstall } = await freshUseInstall()
    expect(useInstall().installed.value).toBe(true)
  })
})

describe('detectIosSafari', () => {
  it.each([
    ['iPhone Safari', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1', 5, true],
    ['iPad (reports as a Mac, has touch)', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 5, true],
    ['Mac Safari (no touch)', 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15', 0, false],
    ['Chrome on iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/126.0 Mobile/15E148 Safari/604.1', 5, false],
    ['Android Chrome', 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36', 5, false],
  ])('%s → %s', async (_name, ua, touch, expected) => {
    const { detectIosSafari } = await freshUseInstall()
    expect(detectIosSafari(ua, touch)).toBe(expected)
  })
})

describe('AppInstallButton', () => {
  const render = (props: Record<string, boolean>) => mount(AppInstallButton, { props, global: { plugins: [i18n] } })

  it.each([
    ['nothing to offer', {}, ''],
    ['installable', { canInstall: true }, 'Cài ứng dụng'],
    ['iOS Safari', { isIos: true }, 'Chia sẻ'],
    ['already installed', { canInstall: true, installed: true }, ''],
  ])('%s', async (_name, props, text) => {
    // The button loads after the first screen, with its messages (the install area is not in the start bundle).
    await loadAllMessages()
    const wrapper = render(props)
    if (text) expect(wrapper.text()).toContain(text)
    else expect(wrapper.text()).toBe('')
  })

  it('emits install from a real button, with the icon hidden from screen readers', async () => {
    const wrapper = render({ canInstall: true })
    const button = wrapper.get('button')
    expect(button.attributes('type')).toBe('button')
    expect(wrapper.get('svg').attributes('aria-hidden')).toBe('true')
    await button.trigger('click')
    await nextTick()
    expect(wrapper.emitted('install')).toHaveLength(1)
  })
})
