export * from './types'
export * from './scheduler'
export * from './interval'
export * from './days'
