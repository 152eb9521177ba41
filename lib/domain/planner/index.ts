// The planner's public face: build a plan, check its input, and the calendar helpers the pages share.
export { buildPlan } from './build-plan';
export { assessPlanInput, type PlanInputField, type PlanInputProblem } from './assess-plan-input';
export { planInputFromSettings } from './plan-input-from-settings';
export { phaseOf } from './phases';
export { dayCapacity } from './capacity';
export { areaWeights, BAND_MULTIPLIER, type AreaWeights, type WeightedArea } from './weights';
export {
  PHASES,
  type DayType,
  type Phase,
  type Plan,
  type PlanInput,
  type PlannedDay,
  type PlanWarning,
} from './plan-types';
