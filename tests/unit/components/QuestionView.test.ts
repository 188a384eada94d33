// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import type { VueWrapper } from '@vue/test-utils'
import QuestionView from '@/components/question/QuestionView.vue'
import type { AnswerFeedback, QuestionResponse } from '@/components/question/types'
import type { Question } from '@/domain/bank/types'
import { makeCloze, makeList, makeMatching, makeMcq, makeTimeline, makeTrueFalse, makeTyped, mountWith, pressKey, loadMessages } from './factories'

beforeAll(loadMessages)

const open = (question: Question, shuffleSeed = 7) => mountWith(QuestionView, { question, feedback: null, shuffleSeed })
const answers = (w: VueWrapper) => (w.emitted('answer') ?? []).map((args) => args[0] as QuestionResponse)
const wrongFeedback: AnswerFeedback = {
  outcome: 'wrong', expected: 'Sochi', items: [{ label: 'Aliyev', verdict: 'missing', expected: 'Aliyev' }],
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('QuestionView emits the exact response of each kind', () => {
  it.each<[string, Question, (w: VueWrapper) => Promise<void>, QuestionResponse]>([
    ['mcq', makeMcq(), (w) => w.findAll('button.option')[2]!.trigger('click'), { kind: 'mcq', choice: 2 }],
    ['true-false', makeTrueFalse(), (w) => w.findAll('button.tf')[1]!.trigger('click'), { kind: 'true-false', value: false }],
    ['typed', makeTyped(), async (w) => {
      await w.find('input').setValue('  Ilham Aliyev ')
      await w.find('button.btn-primary').trigger('click')
    }, { kind: 'typed', text: 'Ilham Aliyev' }],
    ['cloze', makeCloze(), async (w) => {
      await w.find('input').setValue('Sochi')
      await w.find('input').trigger('keydown', { key: 'Enter' })
    }, { kind: 'cloze', text: 'Sochi' }],
    ['list', makeList(), async (w) => {
      const inputs = w.findAll('input')
      await inputs[0]!.setValue('Putin')
      await inputs[2]!.setValue(' Aliyev')
      await w.find('button.btn-primary').trigger('click')
    }, { kind: 'list', items: ['Putin', 'Aliyev'] }],
    ['matching', makeMatching(), async (w) => {
      const selects = w.findAll('select')
      await selects[0]!.setValue('Tổng thống Nga')
      await selects[1]!.setValue('Thủ tướng Armenia')
      await selects[2]!.setValue('Tổng thống Azerbaijan')
      await w.find('button.btn-primary').trigger('click')
    }, { kind: 'matching', pairs: { Putin: 'Tổng thống Nga', Aliyev: 'Thủ tướng Armenia', Pashinyan: 'Tổng thống Azerbaijan' } }],
  ])('%s', async (_, question, act, expected) => {
    const w = open(question)
    await act(w)
    expect(answers(w)).toEqual([expected])
  })

  it('timeline: submits the shown order as event ids', async () => {
    const w = open(makeTimeline())
    const shown = w.findAll('.event .label').map((el) => el.text())
    await w.find('button.btn-primary').trigger('click')
    const ids = Object.fromEntries(makeTimeline().events.map((e) => [e.label, e.id]))
    expect(answers(w)).toEqual([{ kind: 'timeline', order: shown.map((label) => ids[label]) }])
  })
})

describe('keyboard choices', () => {
  it.each([
    ['1', 0], ['4', 3], ['a', 0], ['C', 2], ['d', 3],
  ])('mcq key %s chooses option %i', async (key, choice) => {
    const w = open(makeMcq())
    pressKey(key)
    await nextTick()
    expect(answers(w)).toEqual([{ kind: 'mcq', choice }])
  })

  it.each([
    ['đ', true], ['d', true], ['t', true], ['1', true], ['s', false], ['f', false], ['2', false], ['S', false],
  ])('true-false key %s answers %s', async (key, value) => {
    const w = open(makeTrueFalse())
    pressKey(key)
    expect(answers(w)).toEqual([{ kind: 'true-false', value }])
  })

  it('ignores keys with Ctrl, keys typed into a field and keys during composition', () => {
    const w = open(makeMcq())
    const input = document.createElement('input')
    document.body.append(input)
    pressKey('1', { ctrlKey: true })
    pressKey('1', {}, input)
    pressKey('1', { isComposing: true })
    pressKey('1', { keyCode: 229 } as KeyboardEventInit)
    expect(answers(w)).toEqual([])
  })

  it('answers once: a second key does nothing', () => {
    const w = open(makeMcq())
    pressKey('1')
    pressKey('2')
    expect(answers(w)).toEqual([{ kind: 'mcq', choice: 0 }])
  })
})

describe('typed answers and input methods', () => {
  it.each([
    ['isComposing', { isComposing: true }],
    ['keyCode 229', { keyCode: 229 }],
  ])('Enter with %s does not submit; a plain Enter then does', async (_, init) => {
    const w = open(makeTyped())
    const input = w.find('input')
    await input.setValue('Aliye')
    input.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true, ...init }))
    expect(answers(w)).toEqual([])
    input.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }))
    expect(answers(w)).toEqual([{ kind: 'typed', text: 'Aliye' }])
  })

  it.each(['', '   '])('does not submit an empty answer (%j) and says why', async (text) => {
    const w = open(makeTyped())
    await w.find('input').setValue(text)
    await w.find('input').trigger('keydown', { key: 'Enter' })
    await w.find('button.btn-primary').trigger('click')
    expect(answers(w)).toEqual([])
    expect(w.find('[role="alert"]').text()).toBe('Hãy nhập câu trả lời trước khi kiểm tra.')
  })

  it('input is labelled, Vietnamese and free of autocorrection', () => {
    const w = open(makeTyped())
    const input = w.find('input')
    expect(w.find(`label[for="${input.attributes('id')}"]`).text()).toBe('Câu trả lời của bạn')
    expect(input.attributes()).toMatchObject({ lang: 'vi', autocapitalize: 'off', autocorrect: 'off', spellcheck: 'false' })
  })

  it('cloze shows the sentence with a visible, named blank', () => {
    const w = open(makeCloze())
    expect(w.find('.cloze').text()).toContain('Hôm nay tại')
    expect(w.find('.cloze .blank').text()).toContain('chỗ trống')
    expect(w.find('.cloze').text()).not.toContain('____')
  })

  it('list: Enter moves to the next empty box and submits from the last', async () => {
    const w = open(makeList())
    const inputs = w.findAll('input')
    await inputs[0]!.setValue('Putin')
    await inputs[0]!.trigger('keydown', { key: 'Enter' })
    expect(document.activeElement).toBe(inputs[1]!.element)
    expect(answers(w)).toEqual([])
    await inputs[2]!.trigger('keydown', { key: 'Enter' })
    expect(answers(w)).toEqual([{ kind: 'list', items: ['Putin'] }])
  })
})

describe('timeline reordering', () => {
  const labels = (w: VueWrapper) => w.findAll('.event .label').map((el) => el.text())
  const ids = (w: VueWrapper) => {
    const byLabel = Object.fromEntries(makeTimeline().events.map((e) => [e.label, e.id]))
    return labels(w).map((label) => byLabel[label]!)
  }

  it('shuffles by seed: the same seed gives the same order, never the solved one', () => {
    const solved = makeTimeline().events.map((e) => e.id)
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      const a = open(makeTimeline(), seed)
      const b = open(makeTimeline(), seed)
      expect(ids(a)).toEqual(ids(b))
      expect(ids(a)).not.toEqual(solved)
    }
  })

  it('Move up / Move down buttons move an event by one place', async () => {
    const w = open(makeTimeline())
    const [a, b, c, d] = ids(w)
    await w.findAll('.event')[2]!.findAll('button.move')[0]!.trigger('click')
    expect(ids(w)).toEqual([a, c, b, d])
    await w.findAll('.event')[0]!.findAll('button.move')[1]!.trigger('click')
    expect(ids(w)).toEqual([c, a, b, d])
    await w.find('button.btn-primary').trigger('click')
    expect(answers(w)).toEqual([{ kind: 'timeline', order: [c, a, b, d] }])
  })

  it('Alt+ArrowUp / Alt+ArrowDown move the focused event, focus follows it, the new place is announced', async () => {
    const w = open(makeTimeline())
    const [a, b, c, d] = ids(w)
    const down = w.findAll('.event')[0]!.findAll('button.move')[1]!
    await down.trigger('keydown', { key: 'ArrowDown', altKey: true })
    await nextTick()
    expect(ids(w)).toEqual([b, a, c, d])
    expect(document.activeElement?.getAttribute('aria-label')).toContain(labels(w)[1])
    ;(document.activeElement as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', altKey: true, bubbles: true }),
    )
    await nextTick()
    await nextTick()
    expect(ids(w)).toEqual([b, c, a, d])
    expect(w.find('[role="status"]').text()).toMatch(/vị trí 3 trên 4/)
    await w.findAll('.event')[3]!.findAll('button.move')[0]!.trigger('keydown', { key: 'ArrowUp', altKey: true })
    expect(ids(w)).toEqual([b, c, d, a])
  })

  it('ArrowDown without Alt leaves the order alone', async () => {
    const w = open(makeTimeline())
    const before = ids(w)
    await w.findAll('.event')[0]!.findAll('button.move')[1]!.trigger('keydown', { key: 'ArrowDown' })
    expect(ids(w)).toEqual(before)
  })
})

describe('matching', () => {
  it('does not submit until every item is matched', async () => {
    const w = open(makeMatching())
    await w.findAll('select')[0]!.setValue('Tổng thống Nga')
    await w.find('button.btn-primary').trigger('click')
    expect(answers(w)).toEqual([])
    expect(w.find('[role="alert"]').exists()).toBe(true)
  })

  it('offers the right column in a seeded shuffle', () => {
    const options = (seed: number) => open(makeMatching(), seed).findAll('select')[0]!.findAll('option:not([disabled])').map((o) => o.text())
    expect(options(3)).toEqual(options(3))
    expect(options(3).slice().sort()).toEqual(makeMatching().pairs.map((p) => p.right).sort())
  })
})

describe('after feedback every kind is read-only and shows verdicts in words', () => {
  it.each<[string, Question]>([
    ['mcq', makeMcq()], ['true-false', makeTrueFalse()], ['typed', makeTyped()], ['cloze', makeCloze()],
    ['list', makeList()], ['timeline', makeTimeline()], ['matching', makeMatching()],
  ])('%s', async (_, question) => {
    const w = mountWith(QuestionView, { question, feedback: wrongFeedback, shuffleSeed: 7 })
    for (const button of w.findAll('button')) expect(button.attributes('disabled'), button.text()).toBeDefined()
    for (const input of w.findAll('input')) expect(input.attributes('readonly')).toBeDefined()
    for (const select of w.findAll('select')) expect(select.attributes('disabled')).toBeDefined()
    expect(w.findAll('.mark').length).toBeGreaterThan(0)
    expect(w.find('.mark .visually-hidden, .mark .word').text()).toMatch(/^(đúng|sai|gần đúng|còn thiếu)$/)
    pressKey('1')
    expect(w.emitted('answer')).toBeUndefined()
  })

  it('mcq marks the right option and the wrong choice', async () => {
    const w = open(makeMcq())
    await w.findAll('button.option')[0]!.trigger('click')
    await w.setProps({ feedback: wrongFeedback })
    const options = w.findAll('button.option')
    expect(options[0]!.text()).toContain('✗')
    expect(options[0]!.text()).toContain('sai')
    expect(options[0]!.text()).toContain('bạn đã chọn')
    expect(options[1]!.text()).toContain('✓')
    expect(options[1]!.text()).toContain('đúng')
  })

  it('list marks each typed item with the grader’s verdict', async () => {
    const w = open(makeList())
    const inputs = w.findAll('input')
    await inputs[0]!.setValue('Putin')
    await inputs[1]!.setValue('Medvedev')
    await w.find('button.btn-primary').trigger('click')
    await w.setProps({
      feedback: {
        outcome: 'wrong', expected: 'Putin, Aliyev, Pashinyan',
        items: [{ label: 'Putin', verdict: 'correct' }, { label: 'Medvedev', verdict: 'extra' }, { label: 'Aliyev', verdict: 'missing' }],
      } satisfies AnswerFeedback,
    })
    expect(w.findAll('.item').map((li) => li.find('.mark').exists() ? li.find('.mark').text() : '')).toEqual(['✓đúng', '+thừa', ''])
  })

  it('timeline shows where each misplaced event belongs', () => {
    const w = mountWith(QuestionView, { question: makeTimeline(), feedback: wrongFeedback, shuffleSeed: 7 })
    const wrong = w.findAll('.event.wrong')
    expect(wrong.length).toBeGreaterThan(0)
    expect(wrong[0]!.text()).toMatch(/Đúng ra ở vị trí \d/)
  })
})
