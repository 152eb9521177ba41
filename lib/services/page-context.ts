// The context an extension page (new tab, popup, settings, plan, progress) runs its services in.
import { liveContext } from './live-context';

export const pageContext = liveContext;
