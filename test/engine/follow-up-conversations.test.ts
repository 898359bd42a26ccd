import { describe, expect, it } from "vitest";
import type { Clause } from "../../src/corpus/clause-schema.js";
import { converse, createTestEngine } from "../helpers/create-test-engine.js";
import { loadTestCorpus } from "../helpers/load-test-corpus.js";

const corpus = loadTestCorpus();
const clause = (id: string): Clause => corpus.clauses.find((c) => c.clauseId === id)!;
const leadOf = (id: string) => clause(id).departments.find((d) => !d.implicit)!.name;
const cited = (r: { citations: { clauseId: string }[] }) => [...new Set(r.citations.map((c) => c.clauseId))];
// The clause holding the 再生铝 share target and the clause about 再生铝 projects, found by content.
const recycledTarget = corpus.clauses.find((c) => c.targets.some((t) => t.metric.includes("再生铝")))!;
const recycledProjects = corpus.clauses.find((c) => c.clauseId.includes(".") && c.title.includes("再生铝"))!;
const outputTarget = corpus.clauses.flatMap((c) => c.targets.map((t) => ({ c, t }))).find(({ t }) => t.unit === "亿元")!;

describe("follow-up questions are rewritten from the previous turn (offline)", () => {
  it("那牵头部门是谁？ after a 再生铝 target question → the 再生铝 clause's departments", async () => {
    const { engine } = createTestEngine();
    const [first, second] = await converse(engine, "c1", "到2027年再生铝占原铝供应量的比重目标是多少？", "那牵头部门是谁？");
    expect(cited(first!)).toContain(recycledTarget.clauseId);
    expect(cited(second!)).toEqual([recycledProjects.clauseId]);
    expect(second!.departments[0]).toEqual({ name: leadOf(recycledProjects.clauseId), role: "lead" });
    expect(second!.answer).toContain("列首位");
  });

  it("2035年呢？ after a 2027 target question → what the document says for 2035", async () => {
    const { engine } = createTestEngine();
    const [, second] = await converse(engine, "c2", `到${outputTarget.t.year}年铝产业规上工业总产值目标是多少？`, "2035年呢？");
    expect(second!.answer).toContain("2035年");
    expect(second!.outOfScope).toBe(false);
    const sourceOf2035 = corpus.clauses.find((c) => c.text.includes("到2035年"))!;
    expect(cited(second!)).toEqual([sourceOf2035.clauseId]);
    // No 2027 figure is carried into the 2035 answer.
    expect(second!.answer).not.toContain(outputTarget.t.valueText);
  });

  it("three turns: 2027 → 2035 → back to 2027 gives the 2027 figure again", async () => {
    const { engine } = createTestEngine();
    const replies = await converse(engine, "c3", `到${outputTarget.t.year}年铝产业规上工业总产值目标是多少？`, "2035年呢", `${outputTarget.t.year}年呢？`);
    expect(replies[0]!.answer).toContain(outputTarget.t.valueText);
    expect(replies[2]!.answer).toContain(outputTarget.t.valueText);
    expect(cited(replies[2]!)).toEqual([outputTarget.c.clauseId]);
  });

  it("第二条呢 after a clause's departments → the same question about clause 2 of that part", async () => {
    const { engine } = createTestEngine();
    const [, second] = await converse(engine, "c4", "三（四）的牵头部门是谁？", "第二条呢");
    expect(second!.kind).toBe("departments");
    expect(cited(second!)).toEqual(["3.2"]);
    expect(second!.departments[0]?.name).toBe(leadOf("3.2"));
  });

  it("下一条呢 then 这条的牵头部门是谁？ walk the clauses of a part", async () => {
    const { engine } = createTestEngine();
    const [first, second, third] = await converse(engine, "c5", "三（三）讲了什么？", "下一条呢", "这条的牵头部门是谁？");
    expect(first!.kind).toBe("clause");
    expect(cited(second!)).toEqual(["3.4"]);
    expect(second!.answer).toContain(clause("3.4").title);
    expect(third!.departments[0]?.name).toBe(leadOf("3.4"));
  });

  it("上一条呢 after a rule question → the previous clause", async () => {
    const { engine } = createTestEngine();
    const [first, second] = await converse(engine, "c6", "电解铝项目有什么要求？", "上一条呢");
    const firstId = cited(first!)[0]!;
    const idx = corpus.clauses.findIndex((c) => c.clauseId === firstId);
    expect(cited(second!)).toEqual([corpus.clauses[idx - 1]!.clauseId]);
  });

  it("那谁负责？ after a where-question keeps the clause of the places", async () => {
    const { engine } = createTestEngine();
    const [first, second] = await converse(engine, "c7", "哪些园区可以布局再生铝项目？", "那谁负责？");
    expect(cited(first!)).toEqual([recycledProjects.clauseId]);
    expect(second!.departments[0]?.name).toBe(leadOf(recycledProjects.clauseId));
  });

  it("a new topic with 呢 re-asks the previous kind of question about it", async () => {
    const { engine } = createTestEngine();
    const [, second] = await converse(engine, "c8", "氧化铝就地转化率要达到多少？", "原铝就地转化率呢？");
    const source = corpus.clauses.find((c) => c.targets.some((t) => t.metric.startsWith("原铝")))!;
    const t = source.targets.find((x) => x.metric.startsWith("原铝"))!;
    expect(second!.answer).toContain(t.valueText);
    expect(cited(second!)).toContain(source.clauseId);
  });

  it("谁牵头？ after a part-level target question picks a clause of that part that lists departments", async () => {
    const { engine } = createTestEngine();
    const [first, second] = await converse(engine, "c9", "数字化智能化改造的目标是什么？", "谁牵头？");
    const part = cited(first!)[0]!.split(".")[0]!;
    expect(cited(second!)[0]!.startsWith(`${part}.`)).toBe(true);
    expect(second!.departments.length).toBeGreaterThan(0);
  });

  it("/new forgets the context: the same follow-up no longer resolves", async () => {
    const { engine, store } = createTestEngine();
    const replies = await converse(engine, "c10", "到2027年再生铝占原铝供应量的比重目标是多少？", "/new", "那牵头部门是谁？");
    expect(replies[1]!.kind).toBe("help");
    expect(cited(replies[2]!)).not.toContain(recycledProjects.clauseId);
    expect((await store.get("c10"))?.turns.filter((t) => t.role === "user").length ?? 0).toBeLessThanOrEqual(1);
  });

  it("conversations do not leak into each other", async () => {
    const { engine } = createTestEngine();
    await converse(engine, "a", "三（三）讲了什么？");
    await converse(engine, "b", "三（五）讲了什么？");
    const [nextA] = await converse(engine, "a", "下一条呢");
    const [nextB] = await converse(engine, "b", "上一条呢");
    expect(cited(nextA!)).toEqual(["3.4"]);
    expect(cited(nextB!)).toEqual(["3.4"]);
  });

  it("a standalone question in a conversation is not rewritten", async () => {
    const { engine } = createTestEngine();
    const [, second] = await converse(engine, "c12", "三（三）讲了什么？", "哪些园区可以布局再生铝项目？");
    expect(cited(second!)).toEqual([recycledProjects.clauseId]);
  });

  it("那电解铝呢 after a question with an aspect asks that aspect of 电解铝 (substitution, not a generic ask)", async () => {
    const { engine, store } = createTestEngine();
    await converse(engine, "s1", "氧化铝项目的能效要达到什么水平？", "那电解铝呢？");
    const asked = (await store.get("s1"))!.turns.filter((t) => t.role === "user").map((t) => t.text);
    expect(asked[1]).toContain("电解铝");
    expect(asked[1]).toContain("能效");
    expect(asked[1]).not.toContain("氧化铝");
  });

  it("an out-of-scope follow-up is refused, not answered from the previous clauses", async () => {
    const { engine } = createTestEngine();
    const [first, second] = await converse(engine, "s2", "哪些园区可以布局再生铝项目？", "那联系电话是多少？");
    expect(cited(first!)).toEqual([recycledProjects.clauseId]);
    expect(second!.outOfScope).toBe(true);
    expect(second!.citations).toEqual([]);
  });

  it("第二个园区 resolves against the parks the answer listed", async () => {
    const { engine, store } = createTestEngine();
    const [first] = await converse(engine, "s3", "哪些园区可以布局再生铝项目？", "第二个园区有哪些产业？");
    const listed = [...first!.answer.split("\n")[0]!.matchAll(/[\u4e00-\u9fff（）]+?经开区/g)].map((m) => m[0].replace(/^.*[：、]/, ""));
    expect(listed.length).toBeGreaterThanOrEqual(2);
    const asked = (await store.get("s3"))!.turns.filter((t) => t.role === "user").map((t) => t.text);
    expect(asked[1]).toContain(listed[1]!);
  });

  it("换个问题 starts afresh: the new question is answered on its own", async () => {
    const { engine } = createTestEngine();
    const [, second] = await converse(engine, "s4", "三（三）讲了什么？", "换个问题，哪些园区可以布局再生铝项目？");
    expect(cited(second!)).toEqual([recycledProjects.clauseId]);
  });

  it("a conversation that changes subject: facet swap, 另外 with its own topic, then the clause's departments", async () => {
    const { engine } = createTestEngine();
    // The two local-conversion targets sit in different part intros; find them by content.
    const primary = corpus.clauses.find((c) => /原铝（铝液）就地转化率达/.test(c.text))!;
    const alumina = corpus.clauses.find((c) => /氧化铝就地转化率达/.test(c.text))!;
    const [first, second, third, fourth] = await converse(
      engine,
      "s5",
      "到2027年铝液就地转化率要到多少？",
      "氧化铝那个呢",
      "另外，再生铝项目可以放在哪些园区？",
      "主责单位是哪个？",
    );
    expect(cited(first!)).toContain(primary.clauseId);
    expect(cited(second!)).toContain(alumina.clauseId);
    expect(second!.answer).toMatch(/氧化铝就地转化率/);
    expect(cited(third!)).toEqual([recycledProjects.clauseId]);
    expect(cited(fourth!)).toEqual([recycledProjects.clauseId]);
    expect(fourth!.departments[0]).toEqual({ name: leadOf(recycledProjects.clauseId), role: "lead" });
  });
});

describe("generalisation probe classes (conversations nobody tuned on)", () => {
  it("第二个… then 它在哪些园区: the places of the item pointed at, not the best place list anywhere", async () => {
    const { engine } = createTestEngine();
    const [, second, third] = await converse(engine, "g1", "精深加工要培育哪几个产业集群？", "第二个具体说啥", "它重点在哪些园区？");
    const itemId = cited(second!)[0]!;
    expect(cited(third!)).toEqual([itemId]);
    expect(third!.answer).toContain("点名的园区");
  });

  it("a clause named in a where-question is where its places are read", async () => {
    const { engine } = createTestEngine();
    const withParks = corpus.clauses.filter((c) => c.clauseId.includes(".") && /经开区/.test(c.text));
    for (const c of withParks.slice(0, 3)) {
      const [r] = await converse(engine, `g2-${c.clauseId}`, `${c.clauseId}重点在哪些园区？`);
      expect(cited(r!)).toEqual([c.clauseId]);
    }
  });

  it("what about 2035? after an English 2027 question → the 2035 goal", async () => {
    const { engine } = createTestEngine();
    const [, second] = await converse(engine, "g3", "What is the 2027 output target for the aluminium industry?", "what about 2035?");
    expect(second!.answer).toContain("2035年");
  });

  it("申请表在哪下载 after a tax question is not answered from the tax clause", async () => {
    const { engine } = createTestEngine();
    const [first, second] = await converse(engine, "g4", "再生铝有没有税收优惠？", "申请表在哪下载");
    expect(first!.outOfScope).toBe(false);
    for (const id of cited(first!)) expect(cited(second!)).not.toContain(id);
  });
});

describe("follow-ups by how people continue a conversation (classes, not items)", () => {
  it("第二个 after an answer stating several figures is the second figure, from the same clause", async () => {
    const { engine } = createTestEngine();
    const [first, second] = await converse(engine, "k2", "到2027年氧化铝和再生铝方面的目标是多少？", "第二个指的是哪种产品的转化率");
    expect(cited(first!)).toEqual(["3"]);
    expect(cited(second!)).toEqual(["3"]);
    expect(second!.answer).toContain("70%");
  });

  it("a short where-ask with no subject of its own is the parks of the clause just shown", async () => {
    const { engine } = createTestEngine();
    const [first, second] = await converse(engine, "k4", "做铝制电力线缆这类产品，文件支持吗？", "主要放在哪些开发区");
    expect(cited(first!)).toEqual(["2.2"]);
    expect(cited(second!)).toEqual(["2.2"]);
    expect(second!.answer).toContain("兴仁经开区");
  });

  it("an acknowledgement before the follow-up (okay, and…) changes nothing", async () => {
    const { engine } = createTestEngine();
    const [, second, third] = await converse(engine, "k5", "电解铝产能控制有什么规定？", "明白了，那哪些电解槽要退出？", "okay, and which departments are responsible?");
    expect(second!.answer).toContain("400KA");
    expect(cited(third!)).toEqual(["3.3"]);
  });

  it("里面… points into the subject just discussed", async () => {
    const { engine } = createTestEngine();
    const [, second] = await converse(engine, "k6", "电解铝生产推广哪些先进低碳工艺？", "里面有没有余热回收的");
    expect(cited(second!)).toContain("5.4");
  });

  it("a new topic led with 呢 and its own ask does not inherit the previous product", async () => {
    const { engine } = createTestEngine();
    const [, second] = await converse(engine, "k7", "铝箔项目适合放在哪些园区？", "陶粒呢，务川那边能做吗");
    expect(cited(second!)).toContain("2.3");
  });
});
