import {admissionVocabulary} from "./src/admission/admission-vocabulary.js";
const v=admissionVocabulary();
for (const t of ["清真经开区新建再生铝","开杨县新建铝型材厂","在开杨新建","兴仁经开去","在青镇搞再生铝","修闻县"]) console.log(t, v.match(t).map(m=>m.concept.id+":"+m.concept.kind+":"+m.via+":"+m.surface), v.lexicon.match(t).map(m=>m.concept.id+":"+m.via+":"+m.surface));
