export * from './types'
export * from './format'
export * from './build'
export * from './reducer'
