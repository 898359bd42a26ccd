import { describe, expect, it } from "vitest";
import { FollowUpCuesSchema, followUpCues } from "../../../src/answer/follow-up/follow-up-cues.js";
import { readMessageShape } from "../../../src/answer/follow-up/message-shape.js";
import { findOrdinal } from "../../../src/answer/follow-up/ordinal-reference.js";
import { createDefaultQueryAnalyzer } from "../../../src/understanding/default-query-analyzer.js";
import { loadTestCorpus } from "../../helpers/load-test-corpus.js";

const analyzer = createDefaultQueryAnalyzer(loadTestCorpus().clauses);
const shape = (text: string) => {
  const a = analyzer.analyze(text);
  return readMessageShape(a.text, a.concepts);
};

describe("the turn-taking words of a message", () => {
  it("the cue data is validated (an empty list or an overlong cue is rejected)", () => {
    expect(() => FollowUpCuesSchema.parse({ ...followUpCues, pronoun: [] })).toThrow();
    expect(() => FollowUpCuesSchema.parse({ ...followUpCues, topicSwitch: ["x".repeat(40)] })).toThrow();
    // A topic marker is a demonstrative that marks the word before it.
    expect(() => FollowUpCuesSchema.parse({ ...followUpCues, topicMarker: ["这边儿"] })).toThrow();
  });

  it.each([
    ["换个问题，道真有啥项目", "道真有啥项目"],
    ["问个别的：再生铝占比多少", "再生铝占比多少"],
    ["By the way, who issued this document?", "who issued this document?"],
  ])("a topic switch keeps only the new question: %s", (text, rest) => {
    expect(shape(text).switchedTo).toBe(rest);
  });

  it.each([
    ["那电解铝呢？", "电解铝"],
    ["氧化铝那边呢", "氧化铝"],
    ["说到这，人才方面呢？", "人才"],
    ["What about alumina?", "alumina"],
    ["How about the recycled aluminium share", "the recycled aluminium share"],
  ])("'and X?' forms: %s → %s", (text, body) => {
    const s = shape(text);
    expect(s.about).toBe(true);
    expect(s.aboutBody).toBe(body);
  });

  it("a long question that happens to end in 呢 is no 'and X?' form", () => {
    expect(shape("我们准备在清镇经开区新建一个再生铝项目，不知道能享受哪些政策呢").about).toBe(false);
  });

  it("pronouns point back; a demonstrative next to a named thing names that thing", () => {
    expect(shape("那它税上有优惠吗").backReference).not.toBeNull();
    expect(shape("金融上对这种项目支持吗").backReference).not.toBeNull();
    expect(shape("Which department handles that?").backReference).not.toBeNull();
    expect(shape("这个文件是谁发的").backReference).toBeNull();
    expect(shape("长协煤那个是怎么回事").backReference).toBeNull();
  });

  it("这块/这方面 right after a word mark it as the topic; after 对/关于 they point back", () => {
    expect(shape("税这块能给客户讲点啥优惠不").backReference).toBeNull();
    expect(shape("人才这方面有什么说法").backReference).toBeNull();
    expect(shape("对这块有啥具体规定").backReference).not.toBeNull();
    expect(shape("那这方面呢").backReference).not.toBeNull();
    expect(shape("这事谁管").backReference).not.toBeNull();
  });

  it("a demonstrative in front of a named kind of thing is a pointer to it, not a bare back reference", () => {
    const s = shape("这个集群由哪些部门推");
    expect(s.pointer?.mention.concept.id).toBe("industrial-cluster");
    expect(s.body.slice(s.pointer!.start, s.pointer!.end)).toBe("这个集群");
    expect(s.backReference).toBeNull();
    expect(shape("那谁负责").pointer).toBeNull();
  });

  it("别的/其他 ask for other things; 那个 is not the opening 那", () => {
    expect(shape("还有别的研发支持吗").asksOther).toBe(true);
    expect(shape("还有别的研发支持吗").opening).toBe("addition");
    expect(shape("那个集群有哪些园区").opening).toBeNull();
    expect(shape("那谁负责").opening).toBe("continuation");
  });

  it("ordinals: numbered, last and first, never a part number", () => {
    expect(findOrdinal("第二个集群呢")).toMatchObject({ position: 2 });
    expect(findOrdinal("第3条讲了啥")).toMatchObject({ position: 3 });
    expect(findOrdinal("后面那个园区呢")).toMatchObject({ position: "last" });
    expect(findOrdinal("最后一个呢")).toMatchObject({ position: "last" });
    expect(findOrdinal("前面那个呢")).toMatchObject({ position: 1 });
    expect(findOrdinal("第五部分讲了什么")).toBeNull();
    expect(findOrdinal("第三方评估机构有要求吗")).toBeNull();
    expect(findOrdinal("第一时间保障用地吗")).toBeNull();
    expect(findOrdinal("那第三呢")).toMatchObject({ position: 3 });
  });
  it.each([
    ["好的，那电解铝呢", "continuation", "电解铝呢"],
    ["Thanks. And what about recycled aluminium?", "continuation", "what about recycled aluminium"],
    ["行业大数据平台有说要建吗", null, "行业大数据平台有说要建吗"],
  ])("an acknowledgement is read past only before a separator: %s", (text, opening, body) => {
    const s = shape(text);
    expect(s.opening).toBe(opening);
    expect(s.body).toBe(body);
  });

  it("a message opening inside what was discussed points back at it (其中、里面)", () => {
    expect(shape("其中哪种技术节电最多").backReference).toEqual({ start: 0, end: 2 });
    expect(shape("这里面有没有提到镓").backReference).toEqual({ start: 0, end: 3 });
    // 里面 after a word of its own is a place in it, not a pointer back.
    expect(shape("文件里面有没有提到镓").backReference).toBeNull();
  });

  it.each(["总的来说谁负责推进", "Who is in charge overall?", "整个文件由哪个部门牵头"])("a question put to the whole document: %s", (text) => {
    expect(shape(text).wholeDocument).toBe(true);
  });

  it("a topic led with 呢 and then asked about is read as its own question", () => {
    expect(shape("那铝箔呢，兴仁能不能做").leadingTopic).toBe("铝箔");
    expect(shape("那铝箔呢").leadingTopic).toBeNull();
  });

  it("分别/各自 ask for the members of a set just mentioned", () => {
    expect(shape("各自的目标是多少").respective).toBe(true);
    expect(shape("目标是多少").respective).toBe(false);
  });
  it.each([
    ["不是，我问的是氧化铝", "氧化铝"],
    ["我是说再生铝", "再生铝"],
    ["Sorry, I meant the alumina local conversion rate.", "alumina local conversion rate"],
  ])("a correction asks the previous question of the corrected thing: %s", (text, thing) => {
    const s = shape(text);
    expect(s.about).toBe(true);
    expect(s.aboutBody).toBe(thing);
  });

  it("不是 opening a statement is no correction", () => {
    expect(shape("不是所有企业都要配矿吧").about).toBe(false);
  });
});
