/**
 * Intent patterns of the deterministic router: commands (reset, help, cancel), list requests, and the
 * shape of a project description (a verb of building, a project noun, a context of place or quantity).
 * Real RegExp literals, so the compiler checks them and nothing is compiled from strings at run time.
 */
export const intentPatterns = {
  reset: /^(?:\/new|\/reset|重新开始|新对话|开始新对话|清空对话|重置对话|重置)$/i,
  help: /^(?:\/help|help|帮助|使用说明|怎么用|你能做什么|你会什么|能问什么|可以问什么|\?|？)$/i,
  cancelCheck: /^(?:取消|算了|不查了|退出检查)$/i,
  targets: /(?:全部|所有|量化)的?(?:目标|指标)|目标清单|指标清单|列出.{0,6}(?:目标|指标)|有哪些量化/i,
  departmentDuty: /负责什么|负责哪些|牵头哪些|牵头什么|职责|管什么|有哪些任务|负责的(?:条款|工作|任务)|涉及哪些条款|还负责/i,
  // "应急厅参与了哪些矿山和技术攻关的条款": a department's share in what follows, up to the clauses asked for.
  dutyClauses: /(?:负责|牵头|参与|涉及|管)[^，,。？?]{0,14}(?:条款|哪几条|哪些条|哪条|哪些工作|哪些任务|哪些事)/i,
  projectVerb: /新建|扩建|改建|改扩建|技改|上马|落地|引进|拟建|建设|建一个|投产|投资|建.{0,10}(?:厂|项目|生产线|基地)|开(?:一个|个)?(?:矿|厂)/i,
  projectNoun: /项目|产能|万吨|生产线|工厂|厂/i,
  projectContext: /在.{1,20}(?:区|县|市|州|园)|\d+(?:\.\d+)?\s*万?吨|我们|我司|本公司|我公司|拟|计划|准备|打算|想在|想建|想投|\d+(?:\.\d+)?\s*(?:ka|千安)|(?:没有|无|尚未|还没|未)(?:取得|拿到|办|做)?.{0,4}(?:指标|手续|论证|环评|审查|公告)|(?:已|已经)(?:取得|拿到|办完|完成|公告)/i,
  // An asking sentence about what the document requires or says ("能帮忙看下文件对这类项目是怎么要求的吗？"): the
  // project described before it is background, however little the sentence names of its own.
  asksDocumentRule: /(?:文件|政策|意见|省里)[^？?。]{0,14}(?:怎么|如何|是什么|有什么|有哪些|啥)(?:样的)?(?:要求|规定|说法|说的|讲的|安排)|(?:怎么|如何)(?:要求|规定)的/,
  notACheck: /态度|看法|怎么看|立场|有什么要求|哪些要求|什么条件|哪些条件|有哪些规定|什么规定|政策是什么|讲了什么|哪些部门|谁牵头|哪些|哪个|哪里|在哪|什么/i,
  documentMeta: /哪个单位发|谁发的|谁印发|发文单位|发文机关|发文字号|文号|发文日期|发布日期|印发日期|什么时候(?:发|印发|发布|出台)|哪天(?:发|印发|发布)|发布时间|出台时间|落款/i,
} as const satisfies Record<string, RegExp>;
