// @vitest-environment happy-dom
import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import HomeStruggling, { type StrugglingRow } from '@/components/home/HomeStruggling.vue'
import ProgressStruggling from '@/components/progress/ProgressStruggling.vue'
import HomeStrugglingFacts from '@/views/home/HomeStrugglingFacts.vue'
import { factIds } from 'virtual:bank-index'
import { createMemoryRepository, createResilientRepository } from '@/persistence'
import { emptyData } from '@/persistence/memory'
import { useBankStore } from '@/stores/bank'
import { useProgressStore } from '@/stores/progress'
import { i18n } from '@/i18n'
import { loadMessages } from './factories'

beforeAll(loadMessages)

const row = (n: number, lapses = 4): StrugglingRow => ({
  factId: `f-${n}`, text: `Dữ kiện ${n}.`, lapses, link: { path: '/article', query: { s: String(n) }, hash: `#s-${n}` },
})
const open = (component: unknown, props: Record<string, unknown>) =>
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  mount(component as any, { props, global: { plugins: [i18n], stubs: { RouterLink: RouterLinkStub } } })

describe('HomeStruggling', () => {
  it('lists the facts it is given, each a link to its sentence', () => {
    const w = open(HomeStruggling, { facts: [row(1), row(2)], total: 2 })
    const links = w.findAllComponents(RouterLinkStub)
    expect(links.map((l) => l.text())).toEqual(['Dữ kiện 1.', 'Dữ kiện 2.'])
    expect(links[1]!.props('to')).toEqual({ path: '/article', query: { s: '2' }, hash: '#s-2' })
    expect(w.find('.more').exists()).toBe(false)
  })

  it('says how many more there are beyond the ones shown', () => {
    const w = open(HomeStruggling, { facts: [1, 2, 3, 4, 5].map((n) => row(n)), total: 12 })
    expect(w.get('.more').text()).toBe('Còn 7 ý khác.')
  })
})

describe('ProgressStruggling', () => {
  it('lists every fact with how often it was forgotten', () => {
    const w = open(ProgressStruggling, { facts: [row(1, 7), row(2, 4)] })
    expect(w.findAll('li').map((li) => li.text())).toEqual(['Dữ kiện 1.Đã quên 7 lần', 'Dữ kiện 2.Đã quên 4 lần'])
  })

  it('says when there is none', () => {
    const w = open(ProgressStruggling, { facts: [] })
    expect(w.text()).toContain('Chưa có ý nào bạn quên nhiều lần.')
    expect(w.find('ul').exists()).toBe(false)
  })
})

describe("home's list over the stores", () => {
  it('loads the banks of the struggling facts for their texts, leaves the scope alone, shows five and counts the rest', async () => {
    const now = Date.UTC(2026, 0, 5, 8)
    const ids = factIds.slice(0, 7)
    const data = emptyData()
    const cards = data.get('cards')!
    ids.forEach((factId, i) =>
      cards.set(`article/${factId}`, {
        factId, deckId: 'article', state: 'review', due: now, stability: 2, difficulty: 9, elapsedDays: 2, scheduledDays: 2,
        learningSteps: 0, reps: 12, lapses: 4 + i, lastReview: now - 2 * 86_400_000,
      }),
    )
    const pinia = createPinia()
    setActivePinia(pinia)
    const progress = useProgressStore()
    await progress.hydrate(createResilientRepository({ open: () => createMemoryRepository({ data }) }), factIds)
    const bank = useBankStore()
    expect(bank.fact(ids[0]!)).toBeUndefined()
    const w = mount(HomeStrugglingFacts, { global: { plugins: [pinia, i18n], stubs: { RouterLink: RouterLinkStub } } })
    await expect.poll(() => w.findAll('li').length).toBe(5)
    // Most lapses first.
    expect(w.find('li').text()).toBe(bank.fact(ids[6]!)!.statement)
    expect(w.get('.more').text()).toBe('Còn 2 ý khác.')
    expect(bank.scope).toBe('article')
    progress.$dispose()
  })
})
