import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { expect, type Page } from '@playwright/test'
import { expectNoA11yViolations } from '../support/a11y'
import { answerAndNext, test } from '../storage/support'

/**
 * A learner's own deck, as a learner makes and uses it: paste an article, review what was generated, study it,
 * reload, export it, import it in a fresh profile (a classmate's, or one's other device), delete it.
 */

const ARTICLE = fileURLToPath(new URL('../../fixtures/articles/economy-2023.txt', import.meta.url))
const TITLE = 'Kinh tế Việt Nam 2023'

/** How many records a store of the app's database holds. */
function countStore(page: Page, store: string): Promise<number> {
  return page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('hoc-bai-bao')
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error)
    })
    try {
      if (!db.objectStoreNames.contains(name)) return 0
      return await new Promise<number>((resolve, reject) => {
        const count = db.transaction(name, 'readonly').objectStore(name).count()
        count.onsuccess = () => resolve(count.result)
        count.onerror = () => reject(count.error)
      })
    } finally {
      db.close()
    }
  }, store)
}

/** The "kept / total" figures of the review screen. */
async function keptCount(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId('kept-count').textContent()) ?? ''
  const match = /Giữ (\d+) \/ (\d+)/.exec(text)
  if (!match) throw new Error(`no kept count in "${text}"`)
  return [Number(match[1]), Number(match[2])]
}

async function makeDeck(page: Page) {
  await page.goto('/')
  await page.getByTestId('deck-add').click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thêm bài báo')
  await page.getByTestId('deck-title').fill(TITLE)
  await page.getByTestId('deck-text').fill(await readFile(ARTICLE, 'utf8'))
  await page.getByTestId('deck-generate').click()
  await expect(page).toHaveURL(/\/deck\/d[0-9a-z]+\/edit$/)
  await expect(page.getByTestId('kept-count')).toBeVisible()
  return /\/deck\/(d[0-9a-z]+)\/edit$/.exec(page.url())![1]!
}

for (const [size, viewport] of [
  ['phone', { width: 360, height: 740 }],
  ['desktop', { width: 1280, height: 800 }],
] as const) {
  test(`paste → review → study → reload → export → import in a fresh profile → delete (${size})`, async ({ page, browser }) => {
    test.setTimeout(120_000)
    await page.setViewportSize(viewport)
    const id = await makeDeck(page)
    await expectNoA11yViolations(page)

    // Review: every item is listed; low-confidence ones are marked and not kept until the learner says so.
    const [kept, total] = await keptCount(page)
    expect(total).toBeGreaterThan(20)
    expect(kept).toBe(total - (await page.getByTestId('low-confidence').count()))
    const items = page.getByTestId('deck-item')
    await expect(items).toHaveCount(total)
    const sure = items.filter({ hasNot: page.getByTestId('low-confidence') })

    // Leave one out, and take it back.
    await sure.first().getByTestId('item-keep').uncheck()
    await expect.poll(() => keptCount(page)).toEqual([kept - 1, total])
    await sure.first().getByTestId('item-keep').check()
    await expect.poll(() => keptCount(page)).toEqual([kept, total])

    // Edit a typed answer: an empty answer is refused with a message, another accepted spelling is kept.
    const typed = items.filter({ hasText: 'Gõ câu trả lời' }).first()
    await typed.getByTestId('item-edit').click()
    const answer = typed.getByRole('textbox', { name: 'Đáp án' })
    const before = await answer.inputValue()
    await answer.fill('  ')
    await typed.getByRole('button', { name: 'Lưu' }).click()
    await expect(typed.getByRole('alert')).toHaveText('Đáp án không được để trống.')
    await answer.fill(before)
    await typed.getByRole('textbox', { name: /Cũng chấp nhận/ }).fill('cách viết khác')
    await typed.getByRole('button', { name: 'Lưu' }).click()
    await expect(typed.getByText('cách viết khác')).toBeVisible()
    await expect(typed.getByText('Đã sửa')).toBeVisible()

    // Delete one; add one's own.
    await sure.last().getByTestId('item-delete').click()
    await expect.poll(() => keptCount(page)).toEqual([kept - 1, total - 1])
    const own = page.getByTestId('own-form')
    await own.getByTestId('own-add').click()
    await expect(own.getByRole('alert')).toHaveText('Câu hỏi không được để trống.')
    await own.getByTestId('own-prompt').fill('GDP của Việt Nam năm 2023 tăng bao nhiêu phần trăm?')
    await own.getByTestId('own-answer').fill('5,05%')
    await own.getByTestId('own-sentence').selectOption({ index: 1 })
    await own.getByTestId('own-add').click()
    await expect.poll(() => keptCount(page)).toEqual([kept, total])
    await expect(items.last()).toContainText('Câu của bạn')

    // Done: the deck's page, with what waits today.
    await page.getByTestId('review-done').click()
    await expect(page).toHaveURL(new RegExp(`/deck/${id}$`))
    await expect(page.getByTestId('deck-title')).toHaveText(TITLE)
    await expect(page.getByTestId('deck-counts')).toContainText('0 cần ôn · 15 mới · 0 /')
    await expectNoA11yViolations(page)

    // Study three questions of it; they are this deck's, and survive a reload.
    await page.getByTestId('deck-review').click()
    await expect(page.getByTestId('study-deck')).toHaveText(TITLE)
    for (let i = 0; i < 3; i++) await answerAndNext(page)
    await expect.poll(() => countStore(page, 'log')).toBe(3)
    await page.goto(`/deck/${id}`)
    await page.reload()
    await expect(page.getByTestId('deck-counts')).toContainText('· 12 mới · 3 /')
    await page.goto('/')
    await expect(page.getByTestId(`deck-${id}`)).toContainText(TITLE)
    await expect(page.getByTestId(`deck-${id}`)).toContainText('3 /')
    await expectNoA11yViolations(page)

    // Its flashcards: the card of one of its facts, flipped and graded.
    await page.goto(`/deck/${id}`)
    await page.getByTestId('deck-flashcards').click()
    await expect(page.getByTestId('study-deck')).toHaveText(TITLE)
    const card = page.locator('main [aria-keyshortcuts="Space Enter"]')
    await card.click()
    await expect(card).toHaveClass(/flipped/)
    await page.locator('main button[aria-keyshortcuts="3"]').click()
    await expect.poll(() => countStore(page, 'log')).toBe(4)

    // Rename it; edit it again later: leave a question out, the deck page follows.
    await page.goto(`/deck/${id}`)
    await page.getByTestId('deck-rename').click()
    await page.getByRole('textbox', { name: 'Tên mới' }).fill('  ')
    await page.getByRole('button', { name: 'Lưu tên' }).click()
    await expect(page.getByRole('alert')).toHaveText('Tên không được để trống.')
    await page.getByRole('textbox', { name: 'Tên mới' }).fill(`${TITLE} (lớp 12)`)
    await page.getByRole('button', { name: 'Lưu tên' }).click()
    await expect(page.getByTestId('deck-title')).toHaveText(`${TITLE} (lớp 12)`)
    await page.getByRole('textbox', { name: 'Tên mới' }).waitFor({ state: 'detached' })
    await page.getByTestId('deck-rename').click()
    await page.getByRole('textbox', { name: 'Tên mới' }).fill(TITLE)
    await page.getByRole('button', { name: 'Lưu tên' }).click()
    await expect(page.getByTestId('deck-title')).toHaveText(TITLE)
    await page.getByTestId('deck-edit').click()
    await expect(page.getByTestId('deck-item').first()).toBeVisible()
    await page.getByTestId('deck-item').filter({ hasNot: page.getByTestId('low-confidence') }).first().getByTestId('item-keep').uncheck()
    await expect.poll(() => keptCount(page)).toEqual([kept - 1, total])
    await page.getByTestId('review-done').click()
    await expect(page.getByTestId('deck-edit')).toContainText(`Giữ ${kept - 1} / ${total} câu hỏi`)

    // Export with progress.
    await page.getByTestId('export-progress').check()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('deck-export').click()])
    expect(download.suggestedFilename()).toBe('kinh-te-viet-nam-2023.bo-cau-hoi.json')
    const file = await download.path()
    const exported = JSON.parse(await readFile(file, 'utf8')) as { kind: string; progress: { log: unknown[] } }
    expect(exported.kind).toBe('deck')
    expect(exported.progress.log).toHaveLength(4)

    // A fresh profile imports it, with the progress, and studies on from there.
    const { baseURL } = test.info().project.use
    const other = await browser.newContext({ baseURL, viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', serviceWorkers: 'block' })
    const second = await other.newPage()
    await second.goto('/')
    await expect(second.getByTestId('deck-list')).toBeVisible()
    await second.getByTestId('deck-import').setInputFiles(file)
    await expect(second.getByTestId('decks-message')).toHaveText(`Đã nhập «${TITLE}» cùng tiến độ học đi kèm.`)
    await expect(second.getByTestId(`deck-${id}`)).toContainText('3 /')
    // The same file again: a copy, without progress; nothing of the first is touched.
    await second.getByTestId('deck-import').setInputFiles(file)
    await expect(second.getByTestId('decks-message')).toHaveText(`Bạn đã có bộ này, nên «${TITLE} (2)» được nhập thành một bản sao, không kèm tiến độ.`)
    await expect(second.getByRole('link', { name: new RegExp(`${TITLE} \\(2\\)`) })).toContainText('0 /')
    expect(await countStore(second, 'log')).toBe(4)

    // Delete the imported deck: asked first, then gone with its progress, and kept in an automatic backup.
    await second.getByTestId(`deck-${id}`).click()
    await second.getByTestId('deck-delete').click()
    const dialog = second.getByRole('dialog')
    await expect(dialog).toContainText(`Xóa «${TITLE}»?`)
    await dialog.getByRole('button', { name: 'Hủy' }).click()
    await expect(dialog).toBeHidden()
    expect(await countStore(second, 'decks')).toBe(2)
    await second.getByTestId('deck-delete').click()
    await dialog.getByRole('button', { name: 'Xóa' }).click()
    await expect(second).toHaveURL(/\/\?deleted=/)
    await expect(second.getByTestId('decks-message')).toContainText(`Đã xóa bộ «${TITLE}».`)
    await expect(second.getByTestId(`deck-${id}`)).toHaveCount(0)
    expect(await countStore(second, 'decks')).toBe(1)
    expect(await countStore(second, 'log')).toBe(0)
    await second.goto('/settings')
    await expect(second.getByText(/Trước khi xóa một bộ câu hỏi/)).toBeVisible()
    await expect(second.getByText(/4 câu trả lời · \d+ dữ kiện · 2 bộ câu hỏi/)).toBeVisible()
    await other.close()
  })
}

test('bad input gets a clear message and stores nothing', async ({ page }) => {
  await page.goto('/decks/new')
  const error = page.getByTestId('deck-error')
  await page.getByTestId('deck-generate').click()
  await expect(error).toHaveText('Chưa có nội dung: hãy dán bài báo hoặc mở một tệp.')
  await expect(error).toBeFocused()

  await page.getByTestId('deck-text').fill('The quick brown fox jumps over the lazy dog. It was a sunny day in London and everyone went out.')
  await page.getByTestId('deck-generate').click()
  await expect(error).toContainText('không phải tiếng Việt')

  await page.getByTestId('deck-text').fill('Hà Nội\nSài Gòn\nĐà Nẵng')
  await page.getByTestId('deck-generate').click()
  await expect(error).toContainText('Không tìm thấy câu văn nào')

  // A file that is not text, and one over the stated size, are refused.
  await page.getByTestId('deck-file').setInputFiles({ name: 'anh.txt', mimeType: 'text/plain', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3, 0, 0, 0]) })
  await expect(page.getByTestId('deck-file-chosen')).toContainText('anh.txt')
  await page.getByTestId('deck-generate').click()
  await expect(error).toContainText('không phải văn bản')
  await page.getByRole('button', { name: 'Bỏ tệp, dán văn bản' }).click()
  await page.getByTestId('deck-file').setInputFiles({ name: 'dai.txt', mimeType: 'text/plain', buffer: Buffer.alloc(900 * 1024, 'a') })
  await expect(error).toContainText('Bài quá dài')
  await expectNoA11yViolations(page)
  expect(await countStore(page, 'decks')).toBe(0)
  expect(await countStore(page, 'deckContent')).toBe(0)

  // Deck files: a backup, something else, a deck whose sentence is not in its text. Nothing is stored from them.
  await page.goto('/')
  const message = page.getByTestId('decks-message')
  const importFile = (name: string, text: string) => page.getByTestId('deck-import').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) })
  await importFile('tien-do.json', JSON.stringify({ app: 'hoc-bai-bao', schemaVersion: 3, exportedAt: 1, cards: [], log: [], settings: {} }))
  await expect(message).toContainText('Đây không phải tệp bộ câu hỏi')
  await importFile('hong.json', '{"app": "hoc-bai-bao", "kind": "deck"')
  await expect(message).toContainText('không đọc được')
  await importFile('sua.json', JSON.stringify({ app: 'hoc-bai-bao', kind: 'deck', version: 1, exportedAt: 1, deck: { summary: {}, content: {} } }))
  await expect(message).toContainText('bị hỏng hoặc đã bị sửa tay')
  expect(await countStore(page, 'decks')).toBe(0)
})

test('a saved web page and a Markdown file become decks; home studies every deck at once', async ({ page }) => {
  test.setTimeout(60_000)
  const text = await readFile(ARTICLE, 'utf8')
  const [heading, ...rest] = text.split('\n')
  const html = `<!doctype html><html><head><title>${heading}</title><style>p { color: red }</style><script>var tracking = 1</script></head>`
    + `<body><nav>Trang chủ | Thế giới</nav><article><h1>${heading}</h1>${rest.filter(Boolean).map((p) => `<p>${p}</p>`).join('')}</article></body></html>`
  for (const [name, body, type] of [['bai-bao.html', html, 'text/html'], ['bai-bao.md', `# ${heading}\n\n${rest.join('\n')}`, 'text/markdown']] as const) {
    await page.goto('/decks/new')
    await page.getByTestId('deck-file').setInputFiles({ name, mimeType: type, buffer: Buffer.from(body) })
    await expect(page.getByTestId('deck-file-chosen')).toContainText(name)
    await page.getByTestId('deck-generate').click()
    await expect(page).toHaveURL(/\/deck\/d[0-9a-z]+\/edit$/)
    // The title comes from the article's first line; nothing of the page's markup, styles or scripts is in it.
    await expect(page.locator('.deck-title')).toHaveText(heading!)
    await expect(page.getByTestId('deck-item').first()).toBeVisible()
    await expect(page.locator('main')).not.toContainText('tracking')
    await expect(page.locator('main')).not.toContainText('color: red')
  }
  // Three decks, each with its own new facts today: home adds them up, and "start review" mixes them.
  await page.goto('/')
  await expect(page.getByTestId('deck-list').getByRole('link')).toHaveCount(3)
  await expect(page.getByTestId('new-count')).toContainText('45')
  await page.getByTestId('start-review').click()
  await expect(page.getByTestId('study-deck')).toHaveText('Mọi bộ câu hỏi')
  await expect(page.locator('main [role=progressbar]')).toHaveAttribute('aria-valuemax', '20')
})

test('a deck that is not on this device says so', async ({ page }) => {
  await page.goto('/deck/dnothere00')
  await expect(page.getByTestId('deck-not-found')).toBeVisible()
  await page.goto('/review?deck=dnothere00')
  await expect(page).toHaveURL(/\/deck\/dnothere00$/)
  await expect(page.getByTestId('deck-not-found')).toBeVisible()
})

test.describe('keyboard', () => {
  // The "works offline now" notice arrives at a random moment and takes the focus: not part of this test.
  test.use({ serviceWorkers: 'block' })

test('a deck made and reviewed with the keyboard alone', async ({ page }) => {
  await page.goto('/decks/new')
  await page.getByTestId('deck-title').focus()
  await page.keyboard.type('Bàn phím')
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('deck-text')).toBeFocused()
  await page.keyboard.insertText(await readFile(ARTICLE, 'utf8'))
  // The file button, then "Tạo câu hỏi".
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(page.getByTestId('deck-generate')).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/\/deck\/d[0-9a-z]+\/edit$/)
  // After navigation the heading has focus; the first question's "keep" box is reached with Tab and toggled with Space.
  const first = page.getByTestId('deck-item').filter({ hasNot: page.getByTestId('low-confidence') }).first()
  const keep = first.getByTestId('item-keep')
  await expect(keep).toBeChecked()
  for (let i = 0; i < 20 && !(await keep.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab')
  await expect(keep).toBeFocused()
  await page.keyboard.press('Space')
  await expect(keep).not.toBeChecked()
  // Edit opens with the focus in its first field; Escape is not needed: Tab to "Hủy" and Enter.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Enter')
  await expect(first.locator('form textarea, form input[type=text]').first()).toBeFocused()
})
})
