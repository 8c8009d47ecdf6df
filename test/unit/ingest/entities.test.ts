import { describe, it } from "vitest";
import { findCountries } from "../../../src/ingest/recognize/countries";
import { findPeople } from "../../../src/ingest/recognize/entities";
import { mainPlace } from "../../../src/ingest/recognize/place";
import { prepare } from "../../../src/ingest/match/normalize";

describe("findPeople", () => {
  it("gives the same keys whatever the script", ({ expect }) => {
    expect(findPeople(prepare("Bourita met Nurtleu. King Mohammed VI and President Tokayev."))).toEqual([
      "kassym-jomart tokayev",
      "mohammed vi",
      "murat nurtleu",
      "nasser bourita",
    ]);
    expect(findPeople(prepare("واستقبل بوريطة نظيره مراد نورتليو"))).toEqual(["murat nurtleu", "nasser bourita"]);
    expect(findPeople(prepare("Бурита встретился с Нуртлеу"))).toEqual(["murat nurtleu", "nasser bourita"]);
  });
});

describe("mainPlace", () => {
  const place = (text: string) => {
    const doc = prepare(text);
    return mainPlace(doc, findCountries(doc).places);
  };

  it("takes the dateline's place, in any language", ({ expect }) => {
    expect(place("ASTANA, 14 October – The ministers, who will meet again in Rabat, talked.")).toBe("Astana");
    expect(place("الرباط - أجرى الوزير مباحثات قبل أن يعود إلى نور سلطان")).toBe("Rabat");
  });

  // FICTIONAL sentences written for this test.
  it("lets the lead's place of the happening win over the filing dateline", ({ expect }) => {
    expect(place("NAIROBI – Kenya and Japan signed a health agreement in Tokyo on Monday.")).toBe("Tokyo");
    expect(place("ASTANA, 3 May (Agency) – Les ministres ont signé à Rabat un accord sur les visas.")).toBe("Rabat");
    expect(place("MADRID – Los cancilleres firmaron el lunes en Lisboa un acuerdo de pesca.")).toBe("Lisbon");
  });

  it("otherwise prefers a place written after 'in' to a capital used for its government", ({ expect }) => {
    expect(place("Astana backs the plan, the minister said in Rabat on Friday.")).toBe("Rabat");
    expect(place("The plan has no place.")).toBeUndefined();
  });

  it("takes the lead's place, never a city named more often later", ({ expect }) => {
    const text =
      "The two ministers held talks in Rabat on Friday. Astana hopes to host the next session. A flight from Astana to Casablanca opens soon, and Astana will send a delegation.";
    expect(place(text)).toBe("Rabat");
    expect(place("The ministers agreed a plan. Astana welcomed it. Astana and Moscow disagree.")).toBeUndefined();
  });
});
