/** What every component retriever returns: clause indexes (into the corpus order), best first. */
export interface RankedItem {
  index: number;
  score: number;
}

export interface ComponentRetriever {
  /** Short name used in fusion weights and diagnostics. */
  name: string;
  rank(query: string, limit: number): Promise<RankedItem[]>;
}
