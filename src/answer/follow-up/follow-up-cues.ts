import { z } from "zod";

const Cue = z.string().trim().min(1).max(24);

/**
 * How a message leans on (or breaks from) the conversation. These are the grammar words of turn-taking,
 * not names of things: what a message is *about* always comes from the query analysis (lexicon concepts).
 * Matched on the analysis' display text (simplified, NFKC); Latin cues are matched case-insensitively
 * as whole words.
 */
export const FollowUpCuesSchema = z.object({
  /** Opening words that continue the conversation ("那电解铝呢", "说到这，人才方面呢"). */
  continuation: z.array(Cue).min(1),
  /** Opening words that add another item rather than continue the same one ("还有别的…", "另外…"). */
  addition: z.array(Cue).min(1),
  /**
   * Acknowledgements people open a turn with ("ok", "好的", "明白了，那…"): they carry no meaning of their
   * own and are read past, so the words after them decide how the turn leans on the conversation.
   */
  acknowledgement: z.array(Cue).min(1),
  /**
   * Words that, opening a message, point *into* what was just discussed ("里面能回收哪些金属", "其中哪个
   * 最重要"): a back reference to the previous subject, though no pronoun is written.
   */
  containment: z.array(Cue).min(1),
  /**
   * Words that put a question to the document as a whole ("overall", "整体上", "整个文件"): asked mid-
   * conversation, such a question is no follow-up and inherits no subject.
   */
  wholeDocument: z.array(Cue).min(1),
  /**
   * Words presupposing a set just mentioned ("分别是哪几类", "各自", "respectively"): the message asks
   * for the members of what the previous turn counted or named.
   */
  respective: z.array(Cue).min(1),
  /**
   * A correction of the previous question ("不是，我问的是氧化铝", "I meant alumina"): what follows replaces
   * the thing asked, as "X呢" does. A denial before it ("不是，", "no,") is read past like an acknowledgement.
   */
  correction: z.array(Cue).min(1),
  /** The message names a new subject on purpose ("换个问题，…"): it must stand alone. */
  topicSwitch: z.array(Cue).min(1),
  /** Pronouns standing for what was just discussed (它、it, they). */
  pronoun: z.array(Cue).min(1),
  /**
   * Demonstratives pointing back (这个、这种、that); one directly next to a named thing belongs to it
   * ("这个文件", "长协煤那个") and points at nothing earlier.
   */
  demonstrative: z.array(Cue).min(1),
  /**
   * Demonstratives that, right after a word, mark that word as the topic ("税这块", "人才这方面" — "as for
   * tax"): they point at the word before them, not back at the conversation. A subset of `demonstrative`.
   */
  topicMarker: z.array(Cue).min(1),
  /**
   * Words after which a topic-marking demonstrative does point back ("对这块有啥要求", "关于这方面"): a
   * preposition or verb takes the demonstrative as its object.
   */
  pointsBackAfter: z.array(Cue).min(1),
  /**
   * Words pointing at what the previous answer showed ("上面说的稀贵金属", "刚才提到的那个行动"): the thing
   * after them is read in the clauses just shown.
   */
  shownReference: z.array(Cue).min(1),
  /** Words asking for the detail of what was said ("具体退多少", "exactly how much"): they lean on it. */
  detail: z.array(Cue).min(1),
  /** Words asking for *other* things than the ones discussed ("别的研发支持"): no subject is carried. */
  other: z.array(Cue).min(1),
  /**
   * Question words that ask *for* the thing right after them ("哪些【园区】", "which【parks】"): the answer
   * names members of it, and a member mentioned next ("what about 水城") is no substitute for it.
   */
  askFor: z.array(Cue).min(1),
  /**
   * Words that, alone, ask for more of what was just answered ("还有呢", "别的呢", "其他的呢", "what else",
   * "and?"): a message made only of these and `filler` re-asks the previous question for what its answer
   * did not show.
   */
  more: z.array(Cue).min(1),
  /** Question particles and pro-forms that say nothing of a topic ("吗", "呢", "什么", "anything"). */
  filler: z.array(Cue).min(1),
  /** Endings of "and X?" ("X呢", "X那边呢", "X方面呢"); the longest ending is removed first. */
  aboutEnding: z.array(Cue).min(1),
  /** English openings of "and X?" ("what about X", "and for X"). */
  aboutOpening: z.array(Cue).min(1),
}).refine((c) => c.topicMarker.every((m) => c.demonstrative.includes(m)), { message: "topicMarker 须是 demonstrative 中的词" });
export type FollowUpCues = z.infer<typeof FollowUpCuesSchema>;

export const followUpCues: FollowUpCues = FollowUpCuesSchema.parse({
  continuation: ["那么", "那", "说到这", "说到这里", "对了", "再问下", "再问一下", "请问", "and", "so"],
  addition: ["还有", "另外", "此外", "also"],
  // Read past only when a separator follows ("好的，那…", "ok and…"): 行业, 好多 begin words.
  acknowledgement: ["ok", "okay", "好的", "好", "嗯嗯", "嗯", "哦", "噢", "行", "明白了", "明白", "了解了", "了解", "知道了", "收到", "谢谢", "多谢", "thanks", "thank you", "got it", "i see",
    // A denial opening a correction ("不是，我问的是…").
    "不是", "不对", "no", "sorry"],
  correction: ["我问的是", "我是问", "我想问的是", "我是说", "我说的是", "我的意思是", "我指的是", "i meant", "i mean", "i was asking about"],
  containment: ["这里面", "那里面", "这其中", "其中", "里面", "里头", "当中", "这当中", "among them", "of these", "of those"],
  wholeDocument: ["overall", "as a whole", "in general", "the whole policy", "the entire policy", "整体上", "总体上", "总的来说", "整个文件", "整个政策", "整份文件", "整个事情"],
  respective: ["分别", "各自", "各是", "都是哪些", "都有哪些", "都是什么", "respectively", "each of them"],
  topicSwitch: [
    "换个问题", "换个话题", "换一个问题", "换一个话题", "问个别的", "问点别的", "另一个问题", "另外一个问题", "另外问个问题", "再问个别的", "不说这个了",
    "another question", "new question", "different question", "change of topic", "changing topic", "unrelated", "on another note", "by the way",
  ],
  pronoun: ["它们", "它", "这件事", "这事", "此事", "it", "its", "they", "them"],
  demonstrative: ["这个", "这种", "这类", "这些", "这块", "这一块", "这方面", "这项", "那个", "那些", "那块", "那方面", "this", "that", "those", "these"],
  topicMarker: ["这块", "这一块", "这方面", "那块", "那方面"],
  pointsBackAfter: ["对", "在", "从", "就", "关于", "针对", "按", "给", "于", "说", "讲", "问", "像"],
  shownReference: ["上面说的", "上面提到的", "上面讲的", "上面那个", "上面的", "刚才说的", "刚才提到的", "刚说的", "前面说的", "前面提到的", "你说的", "你提到的", "文中提到的", "原文里的", "里面说的", "里面提到的"],
  detail: ["具体", "详细", "细则", "进一步", "specifically", "exactly", "in detail"],
  other: ["别的", "其他", "其它", "另外的", "other", "else"],
  askFor: ["哪些", "哪个", "哪家", "哪几个", "哪", "什么", "啥", "which", "what"],
  more: ["还有", "别的", "其他", "其它", "另外", "此外", "更多", "剩下", "其余", "再", "else", "more", "other", "others", "and", "also"],
  filler: ["什么", "啥", "哪些", "么", "吗", "呢", "嘛", "吧", "呀", "啊", "没有", "没", "了", "的", "是", "有", "一些", "些",
    "what", "anything", "any", "is", "are", "there", "please", "something"],
  // "平台那条呢": the clause named by what stands before 那条.
  aboutEnding: ["那一条呢", "那条呢", "那边呢", "那块呢", "这块呢", "方面呢", "那里呢", "的呢", "呢"],
  aboutOpening: ["what about", "how about", "and for", "and the", "and what about", "same for", "what of"],
});
