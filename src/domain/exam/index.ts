export * from './rules'
export * from './plan'
export * from './session'
