/**
 * Tonnages written with Latin units, rewritten in the units the capacity reader knows (万吨, 吨, /年):
 * 200kt → 20万吨, 1.2 Mt/a → 120万吨/年, 20万t → 20万吨, 50,000 tonnes per year → 50000吨/年. People
 * write capacity every way; the reader should not care which.
 */
const PER_YEAR = String.raw`(\s*(?:\/\s*(?:a|y|yr|year|年)|per\s+(?:year|annum)|a\s+year|annually|p\.?a\.?|each\s+year|每年|一年))?`;
const KT_RE = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(?:kt|kilo\s?tonnes?|kilo\s?tons?|thousand\s+(?:metric\s+)?(?:tonnes|tons))(?![a-z])${PER_YEAR}`, "gi");
const KTPA_RE = /(\d+(?:\.\d+)?)\s*ktpa(?![a-z])/gi;
const MT_RE = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(?:mt|million\s+(?:metric\s+)?(?:tonnes|tons))(?![a-z])${PER_YEAR}`, "gi");
const MTPA_RE = /(\d+(?:\.\d+)?)\s*mtpa(?![a-z])/gi;
const WAN_T_RE = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*万\s*(?:t|tonnes?|tons?)(?![a-z])${PER_YEAR}`, "gi");
const T_RE = new RegExp(String.raw`(\d+(?:\.\d+)?)\s*(?:t|tonnes?|tons?|metric\s+tons?)(?![a-z])${PER_YEAR}`, "gi");
const TPA_RE = /(\d+(?:\.\d+)?)\s*tpa(?![a-z])/gi;
const THOUSANDS_RE = /(\d),(?=\d{3}(?!\d))/g;

/** Decimal arithmetic without float noise (0.2 × 100 = 20, not 20.000000000000004). */
function scale(value: string, factor: number): string {
  return String(Number((Number(value) * factor).toFixed(6)));
}

export function unifyCapacityUnits(text: string): string {
  const year = (p: string | undefined) => (p ? "/年" : "");
  return text
    .replace(THOUSANDS_RE, "$1")
    .replace(KTPA_RE, (_, n: string) => `${scale(n, 0.1)}万吨/年`)
    .replace(KT_RE, (_, n: string, p?: string) => `${scale(n, 0.1)}万吨${year(p)}`)
    .replace(MTPA_RE, (_, n: string) => `${scale(n, 100)}万吨/年`)
    .replace(MT_RE, (_, n: string, p?: string) => `${scale(n, 100)}万吨${year(p)}`)
    .replace(WAN_T_RE, (_, n: string, p?: string) => `${n}万吨${year(p)}`)
    .replace(TPA_RE, (_, n: string) => `${n}吨/年`)
    .replace(T_RE, (_, n: string, p?: string) => `${n}吨${year(p)}`);
}
