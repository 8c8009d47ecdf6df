/** The member states of the United Nations (seed/un-members.json, 193 ISO 3166-1 alpha-2 codes) and its observer states. */
import members from "../../seed/un-members.json";

/** The 193 UN member states, in the data file's order. */
export const UN_MEMBER_LIST: readonly string[] = (members as unknown as { members: readonly string[] }).members;
/** The 193 UN member states. */
export const UN_MEMBERS: ReadonlySet<string> = new Set(UN_MEMBER_LIST);
/** The UN's non-member observer states. */
export const UN_OBSERVERS: ReadonlySet<string> = new Set(["PS", "VA"]);
