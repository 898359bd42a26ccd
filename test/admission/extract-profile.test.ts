import { describe, expect, it } from "vitest";
import { extractProfile } from "../../src/admission/extract-profile.js";
import { extractZoneNames } from "../../src/admission/extract-zone-names.js";
import { loadTestKnowledge } from "../helpers/load-test-corpus.js";

const { knowledge } = loadTestKnowledge();
const read = (t: string) => extractProfile(t, knowledge);

describe("offline profile extractor", () => {
  it("reads numbers with units: 万吨/年, 吨, kA / KA / 千安", () => {
    expect(read("年产10万吨铝箔").capacity).toEqual({ value: 10, unit: "万吨/年" });
    expect(read("产能 35 万吨/年的电解铝").capacity).toEqual({ value: 35, unit: "万吨/年" });
    expect(read("日处理500吨废铝").capacity).toEqual({ value: 500, unit: "吨" });
    expect(read("年处理废铝 10 万吨").capacity).toEqual({ value: 10, unit: "万吨/年" });
    expect(read("350kA 电解槽").cellCurrentKa).toBe(350);
    expect(read("用 420KA 的槽").cellCurrentKa).toBe(420);
    expect(read("三百…不，300千安").cellCurrentKa).toBe(300);
    expect(read("５００ｋＡ电解槽").cellCurrentKa).toBe(500);
  });

  it("keeps unknown facts unknown instead of defaulting them to yes", () => {
    const p = read("新建电解铝项目");
    expect(p.quotaAnnounced).toBeUndefined();
    expect(p.cellCurrentKa).toBeUndefined();
    expect(p.assessments).toBeUndefined();
    expect(p.energyLevel).toBeUndefined();
  });

  it("understands negation: 没有/未/无 (not), 尚未/还没 (not yet), and 只有探矿权", () => {
    expect(read("电解铝，没有产能指标").quotaAnnounced).toBe("not_done");
    expect(read("电解铝，置换方案尚未公告").quotaAnnounced).toBe("not_yet");
    expect(read("电解铝，指标还在申请").quotaAnnounced).toBe("in_progress");
    expect(read("电解铝，产能指标已公告").quotaAnnounced).toBe("done");
    expect(read("氧化铝，无配套铝土矿").bauxiteMatched).toBe("not_done");
    expect(read("氧化铝，赤泥无害化处理装置已配套").redMudTreatment).toBe("done");
    expect(read("铝土矿开采，只有探矿权").miningRight).toBe("仅探矿权");
    expect(read("铝土矿开采，采矿证还没办下来").miningRight).toBe("无证");
    expect(read("铝土矿开采，已取得采矿许可证").miningRight).toBe("采矿许可证");
    expect(read("有指标，但置换方案还没公告").quotaAnnounced).toBe("not_yet");
  });

  it("reads matched bauxite from an own mine or its reserves, however it is put", () => {
    expect(read("新建氧化铝，用自家的铝土矿").bauxiteMatched).toBe("done");
    expect(read("扩建氧化铝，公司有自己的有证矿，储量也足够").bauxiteMatched).toBe("done");
    expect(read("扩建氧化铝，配套的三号矿储量和产能相匹配").bauxiteMatched).toBe("done");
    expect(read("新建氧化铝，储量不够，要外面买").bauxiteMatched).toBe("not_done");
    expect(read("新建氧化铝，原料矿暂未落实").bauxiteMatched).toBe("not_yet");
  });

  it("reads that capacity stays as it is in several wordings", () => {
    for (const text of [
      "电解铝技改，换500kA槽，总产能还是原来那么多",
      "电解铝技改，换500kA槽，产能一吨也不增加",
      "电解铝技改，换500kA槽，改完规模跟原来一样",
      "电解铝技改，换500kA槽，产量不再增加",
    ]) {
      const p = read(text);
      expect(p.addsCapacity, text).toBe(false);
      expect(p.action, text).toBe("技改");
    }
    expect(read("电解铝技改，产能扩到60万吨").addsCapacity).toBe(true);
  });

  it("reads a component added elsewhere in the text as part of the project", () => {
    expect(read("扩建氧化铝，同时配一条高纯氧化铝线，做传感器用").additionalTypes).toEqual(["铝基非金属材料"]);
    expect(read("电解铝技改，另外再上一个铝箔车间").additionalTypes).toEqual(["铝精深加工"]);
    // An input or a customer is not a component.
    expect(read("新建铝箔厂，铝液从园区电解铝厂买").additionalTypes).toBeUndefined();
  });

  it("names a product in its own words before a broader class it belongs to", () => {
    expect(read("新建印刷版基铝板带生产线").products).toEqual(["印刷"]);
    // Alone, the class still says which clusters it may belong to.
    expect(read("新建铝板带生产线").products?.length).toBeGreaterThan(0);
  });

  it("judges every mine point: a licence for one does not cover another dug without one", () => {
    expect(read("铝土矿开采，东矿采矿证齐全；西矿只有探矿权，也准备先挖").miningRight).toBe("仅探矿权");
    expect(read("铝土矿开采，东矿采矿证齐全；西矿没证，打算一起开采").miningRight).toBe("无证");
    // An exploration right used for exploring is no breach.
    expect(read("铝土矿开采，东矿采矿证齐全，西边另有探矿权在做勘探").miningRight).toBe("采矿许可证");
  });

  it("judges each assessment in its own clause of the sentence", () => {
    expect(read("铝箔，环评做了，能评和水资源论证还没做").assessments).toEqual({
      energyReview: "not_yet", environmentalImpact: "done", waterResources: "not_yet",
    });
    expect(read("铝箔，三评都做完了").assessments).toEqual({ energyReview: "done", environmentalImpact: "done", waterResources: "done" });
  });

  it("recognises zones from the corpus in full and partial form, and unlisted zones as such", () => {
    expect(read("在兴仁建铝箔厂").location?.zone).toBe("兴仁经开区");
    expect(read("放在苟江").location?.zone).toBe("遵义和平（苟江）经开区");
    expect(read("清镇经济技术开发区").location?.zone).toBe("清镇经开区");
    expect(read("在务川建陶粒厂").location?.zone).toBe("“务川—正安—道真”铝资源富集区");
    const outside = read("在织金经开区建再生铝厂").location;
    expect(outside?.zone).toBe("织金经开区");
    expect(knowledge.zones.some((z) => z.name === outside?.zone)).toBe(false);
    expect(read("在毕节市织金县").location).toMatchObject({ city: "毕节市", county: "织金县", zone: null });
  });

  it("picks the project type the description is about, not its inputs", () => {
    expect(read("用电解铝液做铝合金轮毂").projectType).toBe("铝精深加工");
    expect(read("高纯氧化铝项目").projectType).toBe("铝基非金属材料");
    expect(read("新建氧化铝，配套电解工序").projectType).toBe("氧化铝");
    expect(read("回收废铝生产铝合金锭").projectType).toBe("再生铝");
    expect(read("我们想投个项目").projectType).toBeUndefined();
  });

  it("finds zone names by grammar only and rejects generic mentions", () => {
    const names = extractZoneNames("支持甲乙经开区、丙丁开发区等开发区发展，依托重点园区布局，支持戊己新材料产业园项目建设").map((z) => z.name);
    expect(names).toEqual(["甲乙经开区", "丙丁开发区", "戊己新材料产业园"]);
  });
});
