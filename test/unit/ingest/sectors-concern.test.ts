import { describe } from "vitest";
import { itFindsAfterLongLead } from "../../helpers/sectors";

describe("findSectors: what signed instruments concern is a clear mention", () => {
  // FICTIONAL sentences after a long lead: the verb that says what the texts are about ("two of them concern…")
  // announces their areas, like "in the field of", so one mention counts.
  itFindsAfterLongLead([
    ["en", "They signed five memoranda. Two of them concern public health.", "health"],
    ["fr", "Ils ont signé cinq mémorandums. Deux d'entre eux concernent la santé publique.", "health"],
    ["es", "Firmaron cinco memorandos. Dos de ellos se refieren a la salud pública.", "health"],
    ["pt", "Assinaram cinco memorandos. Dois deles dizem respeito a saúde pública.", "health"],
    ["it", "Hanno firmato cinque memorandum. I due più importanti riguardano la sanità pubblica.", "health"],
    ["de", "Sie unterzeichneten fünf Absichtserklärungen. Zwei davon betreffen die öffentliche Gesundheit.", "health"],
    ["ru", "Они подписали пять меморандумов. Два из них касаются общественного здравоохранения.", "health"],
    ["ar", "ووقع الجانبان خمس مذكرات. واثنتان منها تتعلقان بالصحة العامة.", "health"],
  ]);
});

describe("findSectors: visa and oil-and-gas compounds", () => {
  // FICTIONAL sentences after a long lead: German visa compounds ("Visumregime") and the Russian oil-and-gas
  // adjective ("нефтегазовой") are their fields' words.
  itFindsAfterLongLead([
    ["de", "Sie einigten sich auf die gegenseitige Anerkennung der Visumregime.", "mobility-consular"],
    ["ru", "Меморандум направлен на развитие сотрудничества в нефтегазовой отрасли.", "energy-climate"],
  ]);
});
