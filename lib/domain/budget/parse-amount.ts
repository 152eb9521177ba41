// A budget figure as typed: empty means "use the default"; anything else must be a plain amount of dollars.
import { MAX_AMOUNT_USD } from './cost-facts';
import { formatUSD } from './format-usd';

export type ParsedAmount = { ok: true; usd: number | null } | { ok: false; message: string };

export function parseAmount(text: string, label: string): ParsedAmount {
  const trimmed = text.trim().replace(/^\$/, '').replace(/,/g, '');
  if (trimmed === '') return { ok: true, usd: null };
  const usd = Number(trimmed);
  if (!/^-?\d+(\.\d+)?$/.test(trimmed) || !Number.isFinite(usd))
    return { ok: false, message: `${label}: enter an amount in dollars, such as 680 or 59.99.` };
  if (usd < 0) return { ok: false, message: `${label}: an amount cannot be negative; 0 means it costs you nothing.` };
  if (usd > MAX_AMOUNT_USD)
    return {
      ok: false,
      message: `${label}: ${formatUSD(usd)} is more than any retake cost; please check it (at most ${formatUSD(MAX_AMOUNT_USD)}).`,
    };
  return { ok: true, usd: Math.round(usd * 100) / 100 };
}
