import { mount } from '@vue/test-utils'
import type {
  ClozeQuestion,
  Flashcard,
  ListQuestion,
  MatchingQuestion,
  McqQuestion,
  Question,
  TimelineQuestion,
  TrueFalseQuestion,
  TypedQuestion,
} from '@/domain/bank/types'
import { i18n, setLocale } from '@/i18n'

const base = { factId: 'f-test', topic: 'sochi-talks', sentenceIndex: 3 } as const

export const makeMcq = (over: Partial<McqQuestion> = {}): McqQuestion => ({
  ...base, id: 'q:mcq', kind: 'mcq', prompt: 'Hội đàm diễn ra ở đâu?',
  options: ['Moskva', 'Sochi', 'Baku', 'Yerevan'], answerIndex: 1, ...over,
})
export const makeTrueFalse = (over: Partial<TrueFalseQuestion> = {}): TrueFalseQuestion => ({
  ...base, id: 'q:tf', kind: 'true-false', prompt: 'Đúng hay sai?', statement: 'Hội đàm diễn ra ở Sochi.', answer: true, ...over,
})
export const makeTyped = (over: Partial<TypedQuestion> = {}): TypedQuestion => ({
  ...base, id: 'q:typed', kind: 'typed', prompt: 'Ai là Tổng thống Azerbaijan?',
  answer: { answer: 'Ilham Aliyev', accepted: ['Aliyev'], type: 'text' }, ...over,
})
export const makeCloze = (over: Partial<ClozeQuestion> = {}): ClozeQuestion => ({
  ...base, id: 'q:cloze', kind: 'cloze', prompt: 'Điền vào chỗ trống',
  text: 'Hôm nay tại ____ Tổng thống Nga Vladimir Putin đã hội đàm.',
  answer: { answer: 'Sochi', accepted: [], type: 'text' }, ...over,
})
export const makeList = (over: Partial<ListQuestion> = {}): ListQuestion => ({
  ...base, id: 'q:list', kind: 'list', prompt: 'Ba nhà lãnh đạo là ai?',
  items: ['Putin', 'Aliyev', 'Pashinyan'].map((answer) => ({ answer, accepted: [], type: 'text' as const })), ...over,
})
export const makeTimeline = (over: Partial<TimelineQuestion> = {}): TimelineQuestion => ({
  ...base, id: 'q:timeline', kind: 'timeline', prompt: 'Sắp xếp theo thời gian',
  events: [
    { id: 'e1', label: 'Chiến tranh bắt đầu', when: '1988' },
    { id: 'e2', label: 'Ngừng bắn', when: '1994' },
    { id: 'e3', label: 'Chiến tranh 44 ngày', when: '2020' },
    { id: 'e4', label: 'Hội đàm Sochi', when: '2021' },
  ],
  ...over,
})
export const makeMatching = (over: Partial<MatchingQuestion> = {}): MatchingQuestion => ({
  ...base, id: 'q:matching', kind: 'matching', prompt: 'Ghép người với chức vụ', leftLabel: 'Người', rightLabel: 'chức vụ',
  pairs: [
    { left: 'Putin', right: 'Tổng thống Nga' },
    { left: 'Aliyev', right: 'Tổng thống Azerbaijan' },
    { left: 'Pashinyan', right: 'Thủ tướng Armenia' },
  ],
  ...over,
})
export const makeFlashcard = (over: Partial<Flashcard> = {}): Flashcard => ({
  factId: 'f-test', front: 'Hội đàm diễn ra ở đâu?', back: 'Ở Sochi', quote: 'Hôm nay tại Sochi', ...over,
})

export const QUESTIONS: Record<Question['kind'], () => Question> = {
  mcq: makeMcq, 'true-false': makeTrueFalse, typed: makeTyped, cloze: makeCloze,
  list: makeList, timeline: makeTimeline, matching: makeMatching,
}

/** Mounts into the document (focus and window keys need it) with the app's i18n plugin. */
export function mountWith<C>(component: C, props: Record<string, unknown>) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return mount(component as any, { props, attachTo: document.body, global: { plugins: [i18n] } })
}

export function pressKey(key: string, init: KeyboardEventInit = {}, target: EventTarget = window) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }))
}

/** Vietnamese messages outside the first screen's areas may load lazily: wait for them (use in beforeAll). */
export const loadMessages = () => setLocale('vi')
