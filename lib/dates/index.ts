// Article date inference and event date resolution (framework-free; see README "Arabic assist").
export { inferArticleDate, type ArticleDate, type Evidence } from "./article-date";
export { findDateMentions, type DateMention } from "./mentions";
export { resolveMention, type ResolvedDate } from "./resolve";
export { addDays, lastWeekday, yearForWeekday, type IsoDate } from "./calendar";
