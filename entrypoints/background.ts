import { defineBackground } from 'wxt/utils/define-background';
import { listenForWorkerEvents } from '../lib/services/worker-listeners';

// Only wiring: the listeners and what each event does are in lib/services/worker-listeners.ts.
export default defineBackground(() => listenForWorkerEvents());
