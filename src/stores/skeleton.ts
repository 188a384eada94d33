import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import questionsFile from '../../questions/skeleton.json'
import { isCorrectChoice, parseSkeletonQuestions, type SkeletonQuestion } from '@/domain/skeleton'
import { loadAnswers, saveAnswer, type StoredAnswer } from '@/persistence/skeleton'

export const useQuizStore = defineStore('quiz', () => {
  const questions = ref<SkeletonQuestion[]>(parseSkeletonQuestions(questionsFile))
  const answers = ref<StoredAnswer[]>([])
  const storageError = ref(false)

  /** The latest answer to each question. */
  const latest = computed(() => {
    const byQuestion = new Map<string, StoredAnswer>()
    for (const a of answers.value) byQuestion.set(a.questionId, a)
    return byQuestion
  })
  const correctCount = computed(() => [...latest.value.values()].filter((a) => a.correct).length)

  async function hydrate() {
    try {
      answers.value = await loadAnswers()
    } catch {
      storageError.value = true
    }
  }

  async function answer(questionId: string, choice: number, now = Date.now()) {
    const question = questions.value.find((q) => q.id === questionId)
    if (!question) return
    const record: StoredAnswer = { questionId, choice, correct: isCorrectChoice(question, choice), answeredAt: now }
    answers.value = [...answers.value, record]
    try {
      await saveAnswer(record)
    } catch {
      storageError.value = true
    }
  }

  return { questions, answers, latest, correctCount, storageError, hydrate, answer }
})
