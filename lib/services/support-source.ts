// What the "Get support" page is given (components/support/support-source.ts). The database, the page context and
// the read and write load after the first paint, so the crisis lines are drawn at once, before any of that code.
import { onChange } from '../platform/change-channel';
import type { ServiceContext } from './context';
import type { WellbeingService } from './support';

type Support = typeof import('./support');

/** `context` is for tests; the page gets the shared page context, opened on first use. */
export function supportSource(context?: () => Promise<ServiceContext>) {
  let loaded: Promise<[Support, ServiceContext]> | undefined;
  const load = () =>
    (loaded ??= Promise.all([
      import('./support'),
      context ? context() : import('./page-context').then((m) => m.pageContext()),
    ]));
  return {
    read: async () => load().then(([s, ctx]) => s.readSupport(ctx)),
    save: async (service: WellbeingService, base: WellbeingService) =>
      load().then(([s, ctx]) => s.saveWellbeingService(ctx, service, base)),
    subscribe: (listener: () => void) =>
      onChange(({ stores }) => {
        if (stores.includes('settings')) listener();
      }),
  };
}
