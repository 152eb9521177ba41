// What the "Get support" page needs from outside, as a narrow interface (lib/services/support.ts fills it in).
import type { Settings, Supporter } from '../../lib/domain/settings';

export type WellbeingService = Settings['wellbeingService'];

export interface SupportSource {
  read(): Promise<{ supporters: Supporter[]; wellbeingService: WellbeingService }>;
  /** `base` is what the page showed (a save over a change made elsewhere is refused). */
  save(service: WellbeingService, base: WellbeingService): Promise<WellbeingService>;
  subscribe(listener: () => void): () => void;
}
