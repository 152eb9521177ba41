// The today view's writes and the page's service context, loaded together on the first write (or when the page
// records the day's message after its first paint), so that none of it weighs on the new tab's first paint.
export { completeTask, uncompleteTask } from './complete-task';
export { hideMessage, pinMessage, recordShownMessage, unpinMessage } from './message-choices';
export { pageContext } from './page-context';
