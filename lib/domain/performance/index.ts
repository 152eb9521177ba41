// Re-weighting from logged performance: accuracy per area, the weak ones, and extra time for them in the plan.
export { RECENT_DAYS, areaPerformance, type AreaPerformance } from './area-performance';
export { LOW_PERCENT, MIN_BLOCKS, MIN_QUESTIONS, bandsWithPerformance, weakAreas } from './weak-areas';
export { EXTRA_MINUTES, HORIZON_DAYS, reweightPlan, type ReweightInput } from './reweight-plan';
