// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, defineComponent, h, nextTick, onMounted, ref } from 'vue'

// The plugin's virtual module only exists in a Vite build; the test calls its callbacks by hand.
const sw = vi.hoisted(() => ({ updateServiceWorker: vi.fn(), register: vi.fn(), options: {} as Record<string, unknown> }))
vi.mock('virtual:pwa-register', () => ({
  registerSW: (options: Record<string, unknown>) => {
    sw.options = options
    sw.register()
    return sw.updateServiceWorker
  },
}))

const { usePwa: usePwaScheduled } = await import('@/composables/usePwa')
/** Registers at once, as if the first screen had painted (the registration code is a dynamic import: awaited). */
async function usePwa(options: Parameters<typeof usePwaScheduled>[0] = {}) {
  const pwa = usePwaScheduled({ schedule: (run) => run(), ...options })
  await vi.dynamicImportSettled()
  return pwa
}
const needRefresh = () => (sw.options.onNeedRefresh as () => void)()

beforeEach(() => {
  sw.updateServiceWorker.mockReset()
  sw.register.mockReset()
  sw.options = {}
})

describe('usePwa', () => {
  it('defers the update prompt while a question is open', async () => {
    const busy = ref(true)
    const pwa = await usePwa({ busy, checkEveryMs: 0 })
    needRefresh()
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
  ])('%s', async (_name, busy, shown) => {
    const pwa = await usePwa({ busy, checkEveryMs: 0 })
    needRefresh()
    expect(pwa.showUpdate.value).toBe(shown)
  })

  it('only a reload this tab asked for happens; a takeover by another tab becomes a prompt', async () => {
    const reload = vi.fn()
    vi.stubGlobal('location', { ...window.location, reload })
    const pwa = await usePwa({ checkEveryMs: 0 })
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
    const pwa = await usePwa({ checkEveryMs: 0 })
    needRefresh()
    await pwa.update()
    expect(sw.updateServiceWorker).toHaveBeenCalledOnce()
    expect(reload).not.toHaveBeenCalled()
    ;(sw.options.onNeedReload as () => void)()
    expect(reload).toHaveBeenCalledOnce()
    vi.unstubAllGlobals()
  })

  it('registers the worker only when the schedule says so', async () => {
    let later: (() => void) | undefined
    const pwa = usePwaScheduled({ checkEveryMs: 0, schedule: (run) => (later = run) })
    await vi.dynamicImportSettled()
    expect(sw.register).not.toHaveBeenCalled()
    later?.()
    await vi.dynamicImportSettled()
    expect(sw.register).toHaveBeenCalledOnce()
    ;(sw.options.onOfflineReady as () => void)()
    expect(pwa.offlineReady.value).toBe(true)
  })

  it('called from a component, waits until it has mounted', async () => {
    const schedule = vi.fn((run: () => void) => run())
    const order: string[] = []
    const Root = defineComponent({
      setup() {
        usePwaScheduled({ checkEveryMs: 0, schedule })
        order.push(`setup: ${schedule.mock.calls.length}`)
        onMounted(() => order.push(`mounted: ${schedule.mock.calls.length}`))
        return () => h('p', 'app')
      },
    })
    const app = createApp(Root)
    app.mount(document.createElement('div'))
    expect(order).toEqual(['setup: 0', 'mounted: 1'])
    expect(schedule).toHaveBeenCalledOnce()
    await vi.dynamicImportSettled()
    expect(sw.register).toHaveBeenCalledOnce()
    app.unmount()
  })

  it('records the running version on <html> for support and tests', async () => {
    const pwa = await usePwa({ checkEveryMs: 0 })
    expect(pwa.version).toBe('test')
    expect(document.documentElement.dataset.appVersion).toBe('test')
  })
})
