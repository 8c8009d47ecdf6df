/** The oEmbed "rich" response (https://oembed.com, version 1.0). */
import * as v from "valibot";

/** The JSON body of an oEmbed "rich" response. */
export const OembedSchema = v.object({
  type: v.literal("rich"),
  version: v.literal("1.0"),
  title: v.string(),
  provider_name: v.string(),
  provider_url: v.string(),
  html: v.string(),
  width: v.number(),
  height: v.number(),
  cache_age: v.number(),
});
export type OembedRich = v.InferOutput<typeof OembedSchema>;
