/**
 * A signing told as the means of an aim the parties discussed (sentences written for this project, FICTIONAL):
 * "discussed ways to raise trade through the signing of memoranda", "examinaron vías para … mediante la firma de
 * acuerdos", "بحثا سبل … من خلال توقيع اتفاقيات" sign nothing: the discussing verb governs the means phrase
 * however far into its clause. A signing told as the means of what the parties did ("strengthened their ties
 * through the signing of five agreements") is done.
 */
import { describe } from "vitest";
import { itSigns, itSignsNothing } from "../../helpers/commitment-read";

const DISCUSSED = [
  "en Chile and Peru discussed ways to raise the volume of bilateral trade through the signing of memoranda of understanding.",
  "fr Le Bénin et le Niger ont discuté des moyens d'accroître le volume des échanges commerciaux par la signature de mémorandums d'entente.",
  "es Chile y Perú discutieron vías y medios para aumentar el volumen del comercio bilateral mediante la firma de acuerdos.",
  "pt Angola e Namíbia discutiram formas de aumentar o volume do comércio bilateral através da assinatura de acordos.",
  "it Italia e Tunisia hanno discusso le vie per aumentare il volume degli scambi bilaterali attraverso la firma di accordi.",
  "ru Чили и Перу обсудили пути увеличения объёма двусторонней торговли путём подписания соглашений.",
  "ar بحث وزيرا خارجية تشيلي والبيرو سبل زيادة حجم التبادل التجاري بين البلدين من خلال توقيع اتفاقيات.",
];

const DONE = [
  [
    "en Chile and Peru strengthened their ties on Monday through the signing of a memorandum of understanding on fishing.",
    ["signed memorandum"],
  ],
  [
    "fr Le Bénin et le Niger ont discuté de la pêche, puis ont consolidé lundi leurs relations par la signature d'un accord sur le commerce.",
    ["signed agreement"],
  ],
] as const;

describe("a signing told as the means of an aim discussed", () => {
  itSignsNothing(DISCUSSED);
  itSigns(DONE);
});
