/** The walking skeleton's storage: every answer, under one key of the app's own IndexedDB store. */
import { createStore, get, update } from 'idb-keyval'

export interface StoredAnswer {
  questionId: string
  choice: number
  correct: boolean
  answeredAt: number
}

interface StoredAnswersV1 {
  version: 1
  answers: StoredAnswer[]
}

const DB_NAME = 'hoc-bai-bao'
const STORE_NAME = 'kv'
export const ANSWERS_KEY = 'hbb:answers'

let store: ReturnType<typeof createStore> | undefined
const appStore = () => (store ??= createStore(DB_NAME, STORE_NAME))

export async function loadAnswers(): Promise<StoredAnswer[]> {
  const value = await get<StoredAnswersV1>(ANSWERS_KEY, appStore())
  return value?.version === 1 && Array.isArray(value.answers) ? value.answers : []
}

export async function saveAnswer(answer: StoredAnswer): Promise<void> {
  // A plain copy: a reactive proxy cannot be cloned into IndexedDB.
  const plain: StoredAnswer = { ...answer }
  await update<StoredAnswersV1>(ANSWERS_KEY, (old) => ({ version: 1, answers: [...(old?.answers ?? []), plain] }), appStore())
}
