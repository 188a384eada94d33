// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'

// The plugin's virtual module only exists in a Vite build; the test drives its two flags by hand.
const sw = vi.hoisted(() => ({ needRefresh: null as unknown as { value: boolean }, updateServiceWorker: vi.fn(), options: {} as Record<string, unknown> }))
vi.mock('virtual:pwa-register/vue', async () => {
  const { ref: vueRef } = await import('vue')
  return {
    useRegisterSW: (options: Record<string, unknown>) => {
      sw.options = options
      sw.needRefresh = vueRef(false)
      return { needRefresh: sw.needRefresh, offlineReady: vueRef(false), updateServiceWorker: sw.updateServiceWorker }
    },
  }
})

const { usePwa } = await import('@/composables/usePwa')

beforeEach(() => {
  sw.updateServiceWorker.mockReset()
})

describe('usePwa', () => {
  it('defers the update prompt while a question is open', async () => {
    const busy = ref(true)
    const pwa = usePwa({ busy, checkEveryMs: 0 })
    sw.needRefresh.value = true
    await nextTick()
    expect(pwa.needRefresh.value).toBe(true)
    expect(pwa.showUpdate.value).toBe(false)
    busy.value = false
    expect(pwa.showUpdate.value).toBe(true)
  })

  it.each([
    ['no busy option', undefined, true],
    ['a getter that says busy', () => true, false],
    ['a getter that says free', () => false, true],
  ])('%s', (_name, busy, shown) => {
    const pwa = usePwa({ busy, checkEveryMs: 0 })
    sw.needRefresh.value = true
    expect(pwa.showUpdate.value).toBe(shown)
  })

  it('only a reload this tab asked for happens; a takeover by another tab becomes a prompt', async () => {
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    const pwa = usePwa({ checkEveryMs: 0 })
    const onNeedReload = sw.options.onNeedReload as () => void

    onNeedReload()
    expect(reload).not.toHaveBeenCalled()
    expect(pwa.showUpdate.value).toBe(true)

    await pwa.update()
    expect(reload).toHaveBeenCalledOnce()
    expect(sw.updateServiceWorker).not.toHaveBeenCalled()
    vi.unstubAllGlobals()
  })

  it('update() asks the waiting worker to take over, and reloads when it does', async () => {
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    const pwa = usePwa({ checkEveryMs: 0 })
    sw.needRefresh.value = true
    await pwa.update()
    expect(sw.updateServiceWorker).toHaveBeenCalledOnce()
    expect(reload).not.toHaveBeenCalled()
    ;(sw.options.onNeedReload as () => void)()
    expect(reload).toHaveBeenCalledOnce()
    vi.unstubAllGlobals()
  })

  it('records the running version on <html> for support and tests', () => {
    const pwa = usePwa({ checkEveryMs: 0 })
    expect(pwa.version).toBe('test')
    expect(document.documentElement.dataset.appVersion).toBe('test')
  })
})
