export type { PersonalizationContext, PersonalizedDefaults, DefaultsProvider, DocumentValues } from './types.js';
export { ruleDefaults, type Rule, type AttributeCondition, type TimeOfDay } from './rules.js';
export { bucket, experimentDefaults, type ExperimentOptions, type ExperimentVariant } from './bucket.js';
export { firstDefaults } from './combine.js';
export { resolveDefaults, type Resolution } from './resolve.js';
