// Dollars as the budget shows them: "$1,035", "$12.50".
export function formatUSD(usd: number): string {
  return `$${usd.toLocaleString('en-US', { minimumFractionDigits: Number.isInteger(usd) ? 0 : 2, maximumFractionDigits: 2 })}`;
}
