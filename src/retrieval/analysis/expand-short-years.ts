/**
 * Users write policy years with two digits (27年 for 2027年). Only 15–49 are read as years, and not
 * before words that make 年 a duration (10年内, 30年以上), so "五年" or "30年以来" keep their meaning.
 */
const SHORT_YEAR = /(?<![\d.])([1-4]\d)年(?![内以来间前后代度])/g;

export function expandShortYears(folded: string): string {
  return folded.replace(SHORT_YEAR, (m, yy: string) => (Number(yy) >= 15 ? `20${yy}年` : m));
}
