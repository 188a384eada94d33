/** The walking skeleton's quiz: a handful of multiple-choice questions, validated at load. */

export interface SkeletonQuestion {
  id: string
  prompt: string
  options: string[]
  answerIndex: number
}

export class SkeletonQuestionError extends Error {
  override name = 'SkeletonQuestionError'
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Validates the questions file; the error names the item at fault. */
export function parseSkeletonQuestions(input: unknown): SkeletonQuestion[] {
  if (!isRecord(input) || !Array.isArray(input.questions)) {
    throw new SkeletonQuestionError('questions file: expected an object with a "questions" array')
  }
  const seen = new Set<string>()
  return input.questions.map((item: unknown, index) => {
    const where = isRecord(item) && typeof item.id === 'string' ? `question "${item.id}"` : `question #${index}`
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') throw new SkeletonQuestionError(`${where}: missing id`)
    if (seen.has(item.id)) throw new SkeletonQuestionError(`${where}: duplicate id`)
    seen.add(item.id)
    if (typeof item.prompt !== 'string' || item.prompt.trim() === '') throw new SkeletonQuestionError(`${where}: missing prompt`)
    const options = item.options
    if (!Array.isArray(options) || options.length !== 4 || !options.every((o) => typeof o === 'string' && o !== '')) {
      throw new SkeletonQuestionError(`${where}: options must be 4 non-empty strings`)
    }
    const answerIndex = item.answerIndex
    if (typeof answerIndex !== 'number' || !Number.isInteger(answerIndex) || answerIndex < 0 || answerIndex > 3) {
      throw new SkeletonQuestionError(`${where}: answerIndex must be 0–3`)
    }
    return { id: item.id, prompt: item.prompt, options: options as string[], answerIndex }
  })
}

export function isCorrectChoice(question: SkeletonQuestion, choice: number): boolean {
  return question.answerIndex === choice
}
