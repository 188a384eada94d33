export * from './rules'
export * from './plan'
