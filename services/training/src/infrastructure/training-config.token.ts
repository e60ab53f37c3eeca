/** Injection token for the TrainingConfig the service was started with. */
export const TRAINING_CONFIG = Symbol('TRAINING_CONFIG');
