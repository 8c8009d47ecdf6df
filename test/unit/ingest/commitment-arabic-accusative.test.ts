/**
 * Arabic forms in the indefinite accusative, as the object of a signing verb (sentences written for this project,
 * FICTIONAL): "وقع البلدان بيانا مشتركا", "بروتوكولا", "برنامجا تنفيذيا" are the joint statement, protocol and
 * programme signed. A joint statement that paves the way for another instrument ("يمهد لاتفاقية…") is the one signed.
 */
import { describe } from "vitest";
import { itSigns } from "../../helpers/commitment-read";

describe("Arabic forms in the indefinite accusative", () => {
  itSigns([
    ["ar وقع وزيرا خارجية تشيلي والبيرو بيانا مشتركا حول تعزيز التعاون في مجال الصيد.", ["signed joint-statement"]],
    ["ar وقع وزيرا خارجية تشيلي والبيرو إعلانا مشتركا حول الصيد البحري.", ["signed joint-statement"]],
    ["ar وقع وزيرا خارجية تشيلي والبيرو بروتوكولا للتعاون في مجال الصيد.", ["signed agreement"]],
    ["ar وقع وزيرا ثقافة تشيلي والبيرو برنامجا تنفيذيا للتعاون الثقافي.", ["signed programme"]],
    [
      "ar وقعت تشيلي والبيرو اليوم بيانا مشتركا يمهد لاتفاقية شراكة اقتصادية شاملة بين البلدين.",
      ["signed joint-statement"],
    ],
  ]);
});
