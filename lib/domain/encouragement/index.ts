// Encouragement: which moment of the retake today is, and the one message that fits it.
export { SITUATIONS, situationOf, type Situation, type SituationFacts } from './situation';
export { MESSAGES, messageById, messagePool } from './library';
export type { Message } from './message';
export { chooseMessage, recordShown, NO_REPEAT_DAYS, type MessageChoices, type ShownMessage } from './choose-message';
