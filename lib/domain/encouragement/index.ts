// Encouragement: which moment of the retake today is, and the one message that fits it.
export { SITUATIONS, situationOf, type Situation, type SituationFacts } from './situation';
export { MESSAGES, messageById, messagePool } from './library';
export type { Message } from './message';
export { chooseMessage, type MessageChoices } from './choose-message';
export { historyAfterShowing, NO_REPEAT_DAYS, recordShown, type ShownMessage } from './shown-history';
