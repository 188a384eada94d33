import { test, expect } from '@playwright/test'
import { startCouch, type CouchServer } from '../../sync/couch-server'
import { expectNoA11yViolations } from '../support/a11y'
import { readAddress } from '../../../src/domain/sync/address'
import { mirrorName } from '../../../src/sync/config'
import { DESKTOP, expectSynced, gradeFlashcards, logCount, openDevice, PHONE, progressOf, turnSyncOn, type Device } from './support'

/**
 * Two (or three) devices of one learner, each a browser profile of its own, syncing through a server of the CouchDB
 * protocol that this file starts on the loopback address and stops.
 */
let couch: CouchServer
const open: Device[] = []
test.beforeAll(async () => {
  couch = await startCouch()
})
test.afterAll(async () => {
  await couch?.stop()
})
test.afterEach(async () => {
  await Promise.all(open.splice(0).map((d) => d.context.close()))
})

/** The IndexedDB databases of the app's origin: beside the app's data, and in the mirror's own bucket. */
function databases(page: import('@playwright/test').Page) {
  return page.evaluate(async () => {
    const names = (list: IDBDatabaseInfo[]) => list.map((d) => d.name ?? '').sort()
    const buckets = (navigator as unknown as { storageBuckets: { open(name: string): Promise<{ indexedDB: IDBFactory }> } }).storageBuckets
    return { app: names(await indexedDB.databases()), bucket: names(await (await buckets.open('sync-mirror')).indexedDB.databases()) }
  })
}

const baseURL = () => String(test.info().project.use.baseURL)
async function device(browser: import('@playwright/test').Browser, size = DESKTOP) {
  const d = await openDevice(browser, baseURL(), size)
  open.push(d)
  return d
}

test('a phone and a desktop each answer 100 flashcards offline, then sync: both hold all 200 answers, the same cards and the same progress', async ({ browser }) => {
  test.setTimeout(240_000)
  await couch.addLearner('lan', 'mật-khẩu-1')
  const phone = await device(browser, PHONE)
  const desk = await device(browser, DESKTOP)
  // A mirror an earlier version kept beside the app's data: it goes, and the mirror lives in a bucket of its own.
  const address = readAddress(couch.url, 'lan')
  if (!address.ok) throw new Error('the test server has no valid address')
  const mirror = `_pouch_${mirrorName(address.value.url)}`
  await phone.page.evaluate((name) => new Promise((resolve) => (indexedDB.open(name).onsuccess = resolve)), mirror)
  for (const d of [phone, desk]) {
    await turnSyncOn(d.page, couch.url, 'lan', 'mật-khẩu-1')
    await expect(d.page.getByTestId('sync-message')).toHaveText('Đã bật đồng bộ.')
    await expectSynced(d.page)
  }
  await expectNoA11yViolations(phone.page)
  expect(await databases(phone.page)).toEqual({ app: ['hoc-bai-bao'], bucket: [mirror] })

  for (const d of [phone, desk]) {
    await d.context.setOffline(true)
    await gradeFlashcards(d.page, 100)
    await expect.poll(() => logCount(d.page)).toBe(100)
  }
  // Offline: the answers wait, and the screen says how many.
  await phone.page.goto('/settings')
  await expect(phone.page.getByTestId('sync-waiting')).toHaveText('100 câu trả lời đang chờ gửi lên máy chủ.', { timeout: 15_000 })

  for (const d of [phone, desk]) await d.context.setOffline(false)
  await expect.poll(() => logCount(phone.page), { timeout: 60_000 }).toBe(200)
  await expect.poll(() => logCount(desk.page), { timeout: 60_000 }).toBe(200)
  await expectSynced(phone.page)
  await expectSynced(desk.page)
  const [a, b] = [await progressOf(phone.page), await progressOf(desk.page)]
  expect(a.log).toHaveLength(200)
  expect(a).toEqual(b)

  // What the learner sees: at the same moment, the progress screens show the same numbers.
  const now = Math.max(...(await Promise.all([phone, desk].map((d) => d.page.evaluate(() => Date.now()))))) + 60_000
  for (const d of [phone, desk]) {
    await d.page.clock.setSystemTime(now)
    await d.page.goto('/progress')
  }
  const numbers = async (d: Device) => (await d.page.locator('main').innerText()).match(/\d+/g)
  // Once each has read its whole history: until then the screen says it is loading, and the charts are busy.
  for (const d of [phone, desk]) await expect(d.page.locator('main .charts')).toHaveAttribute('aria-busy', 'false')
  expect(await numbers(phone)).toEqual(await numbers(desk))
  // On the server: each answer once.
  const held = await couch.answerIds(`userdb-${Buffer.from('lan').toString('hex')}`)
  expect(held).toHaveLength(200)
  expect(new Set(held).size).toBe(200)
})

test('a device with its home screen open while another device’s answers are folded in shows them without a reload', async ({ browser }) => {
  test.setTimeout(120_000)
  await couch.addLearner('mai', 'mật-khẩu-5')
  const phone = await device(browser, PHONE)
  await gradeFlashcards(phone.page, 8)
  await turnSyncOn(phone.page, couch.url, 'mai', 'mật-khẩu-5')
  await expectSynced(phone.page)
  // What the phone's home says of the day: the answers and the facts learned (neither moves with the clock).
  const today = async (d: Device) => [await d.page.getByTestId('goal').innerText(), await d.page.locator('main .learned').innerText()]
  await phone.page.goto('/')
  const expected = await today(phone)
  expect(expected[0]).toContain('8 /')

  const desk = await device(browser, DESKTOP)
  await turnSyncOn(desk.page, couch.url, 'mai', 'mật-khẩu-5')
  // Home, within the app (no reload): the sync goes on, and the pull is folded in while the home screen shows.
  await desk.page.getByRole('navigation').first().locator('a[href="/"]').first().click()
  await expect(desk.page.getByTestId('goal')).toBeVisible()
  await expect.poll(() => logCount(desk.page), { timeout: 30_000 }).toBe(8)
  await expect.poll(() => today(desk)).toEqual(expected)
})

test('the server stops in the middle of a sync and starts again: the devices converge, nothing doubled', async ({ browser }) => {
  test.setTimeout(180_000)
  await couch.addLearner('minh', 'mật-khẩu-2')
  const phone = await device(browser, PHONE)
  const desk = await device(browser, DESKTOP)
  for (const d of [phone, desk]) {
    await turnSyncOn(d.page, couch.url, 'minh', 'mật-khẩu-2')
    await expectSynced(d.page)
  }
  await phone.context.setOffline(true)
  await gradeFlashcards(phone.page, 40)
  await gradeFlashcards(desk.page, 10)
  // The phone comes online and starts sending; the server goes away as the first batch arrives.
  const sending = phone.page.waitForRequest((r) => /_bulk_docs|_revs_diff/.test(r.url()))
  await phone.context.setOffline(false)
  await sending
  await couch.pause()
  await phone.page.goto('/settings')
  await expect(phone.page.getByTestId('sync-state')).toContainText('Không kết nối được máy chủ', { timeout: 30_000 })
  await couch.resume()
  // Back by itself (the retry), or at once with "sync now".
  await phone.page.getByRole('button', { name: 'Đồng bộ ngay' }).click()
  await expectSynced(phone.page, 60_000)
  // The desk, whose live replication also lost the server, catches up (here without waiting for its retry).
  await desk.page.goto('/settings')
  await desk.page.getByRole('button', { name: 'Đồng bộ ngay' }).click()
  await expect.poll(() => logCount(desk.page), { timeout: 60_000 }).toBe(50)
  await expect.poll(() => logCount(phone.page), { timeout: 60_000 }).toBe(50)
  expect(await progressOf(phone.page)).toEqual(await progressOf(desk.page))
  const held = await couch.answerIds(`userdb-${Buffer.from('minh').toString('hex')}`)
  expect(held).toHaveLength(50)
  expect(new Set(held).size).toBe(50)
})

test('a wrong password: a clear message, sync stays off, nothing on the device changes', async ({ browser }) => {
  await couch.addLearner('hoa', 'đúng')
  const d = await device(browser, PHONE)
  await gradeFlashcards(d.page, 3)
  const before = await progressOf(d.page)
  await turnSyncOn(d.page, couch.url, 'hoa', 'sai')
  await expect(d.page.getByTestId('sync-message')).toHaveText('Sai tên người dùng hoặc mật khẩu, hoặc phiên đăng nhập đã hết hạn. Không có gì thay đổi.')
  await expect(d.page.getByRole('button', { name: 'Bật đồng bộ' })).toBeVisible()
  expect(await progressOf(d.page)).toEqual(before)
  expect(await d.page.evaluate(() => localStorage.getItem('hoc-bai-bao.sync.on'))).toBeNull()
  // A bad address is refused before anything is sent, with its own message.
  const section = d.page.getByTestId('sync')
  await section.getByLabel('Địa chỉ máy chủ').fill('https://lan:mk@couch.example.org')
  await section.getByRole('button', { name: 'Kiểm tra kết nối' }).click()
  await expect(d.page.getByTestId('sync-message')).toHaveText('Đừng ghi tên hay mật khẩu trong địa chỉ: hãy nhập chúng vào các ô bên dưới.')
  await expectNoA11yViolations(d.page)
})

test('three devices answer the same fact: after sync the same card on all three', async ({ browser }) => {
  test.setTimeout(120_000)
  await couch.addLearner('tu', 'ba-thiết-bị')
  const devices = [await device(browser, PHONE), await device(browser, DESKTOP), await device(browser, PHONE)]
  // Offline, each grades its first session of flashcards (the day's new facts, the same ones on every fresh
  // device, in an order of its own), each with other grades.
  for (const [i, d] of devices.entries()) {
    await d.context.setOffline(true)
    await d.page.goto('/flashcards')
    const card = d.page.locator('main [aria-keyshortcuts="Space Enter"]')
    const bar = d.page.locator('main [role=progressbar]')
    const total = Number(await bar.getAttribute('aria-valuemax'))
    await card.focus()
    for (let n = 0; n < total; n++) {
      await d.page.keyboard.press('Space')
      await expect(card).toHaveClass(/flipped/)
      await d.page.keyboard.press(String(((n + i) % 4) + 1))
      if (n + 1 < total) await expect(bar).toHaveAttribute('aria-valuenow', String(n + 1))
    }
    await expect.poll(() => logCount(d.page)).toBe(total)
  }
  const facts = await Promise.all(devices.map(async (d) => (await progressOf(d.page)).cards.map(([key]) => key)))
  expect(facts[0]!.length).toBeGreaterThan(2)
  expect(facts[1]).toEqual(facts[0])
  expect(facts[2]).toEqual(facts[0])
  const answers = (await Promise.all(devices.map((d) => logCount(d.page)))).reduce((a, b) => a + b, 0)
  for (const d of devices) {
    await d.context.setOffline(false)
    await turnSyncOn(d.page, couch.url, 'tu', 'ba-thiết-bị')
    await expectSynced(d.page)
  }
  for (const d of devices) await expect.poll(() => logCount(d.page), { timeout: 30_000 }).toBe(answers)
  const states = await Promise.all(devices.map((d) => progressOf(d.page)))
  expect(states[0]!.cards).toHaveLength(facts[0]!.length)
  expect(states[1]).toEqual(states[0])
  expect(states[2]).toEqual(states[0])
})
