import fc from "fast-check";

/** Characters that matter to policy text and to attackers: CJK, full-width, markup, invisibles, surrogates. */
const TRICKY = [
  "铝", "再", "生", "第", "部", "分", "条", "（", "）", "(", ")", "、", "，", "。", "一", "三", "十", "两",
  "Ａ", "１", "％", "\u3000", " ", "\n", "\t", "\u200b", "\u200d", "\ufeff", "\u202e", "\u0000", "\u0007", "\u007f",
  "<", ">", "@", "#", "!", "|", ":", "&", ";", ".", "．", "〔", "〕", "😀", "\ud800", "\udc00", "e\u0301",
];

export const trickyChar = fc.constantFrom(...TRICKY);

const markup = fc.oneof(
  fc.constantFrom("<@U024BE7LH>", "<!here>", "<!channel>", "<!everyone>", "<#C1|政策>", "<https://x.cn/a|链接>", "<https://x.cn>"),
  fc.constantFrom("<@123456789012345678>", "<@!123456789012345678>", "<@&123456789012345678>", "<#123456789012345678>"),
  fc.constantFrom("<:alu:123456789012345678>", "<a:spin:123456789012345678>", "<t:1700000000:R>", "&lt;", "&gt;", "&amp;"),
);

/** Random Unicode of every plane, tricky characters and platform markup, mixed. */
export const hostileText = (maxLength = 200) =>
  fc
    .array(fc.oneof(fc.string({ unit: "binary", maxLength: 8 }), trickyChar, markup), { maxLength })
    .map((parts) => parts.join(""));
