export * from './types'
export * from './deck'
