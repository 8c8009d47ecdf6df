import { describe } from "vitest";
import { eventOnEach } from "../../helpers/date-cases";

// FICTIONAL sentences in the project's words; each fails without the rule its test names.

describe("an Arabic page's numeric date (28.01.2026, 28-01-2026, 2026-01-28) dates its report", () => {
  // No publication date given: the page's own date line is the latest day the text supports, a Wednesday.
  eventOnEach(
    [
      [
        "ar",
        "تشيلي والبيرو تبحثان التعاون في مجال الصيد\n28.01.2026 - محدث : 28.01.2026\nبحث وزيرا خارجية تشيلي والبيرو، الأربعاء، التعاون في مجال الصيد.",
      ],
      [
        "ar",
        "تشيلي والبيرو تبحثان التعاون في مجال الصيد\nالأربعاء 28-01-2026 10:15 | كتب: المحرر |\nبحث وزيرا خارجية تشيلي والبيرو، الأربعاء، التعاون في مجال الصيد.",
      ],
      [
        "ar",
        "تشيلي والبيرو تبحثان التعاون في مجال الصيد\n2026-01-28\nبحث وزيرا خارجية تشيلي والبيرو، الأربعاء، التعاون في مجال الصيد.",
      ],
    ],
    undefined,
    "2026-01-28",
  );
});
