// The queue's URL is typed, bookmarked and shared: whatever it says, the page gets
// filters it can use, and links built from filters read back the same.
import { describe, expect, it } from "vitest";
import { canonicalQueueHref, DEFAULT_QUEUE_FILTERS, parseQueueFilters, queueHref, queueQueryString } from "./queue-filters";

describe("queue filters", () => {
  it("default to the open applications, soonest deadline first, page 1", () => {
    expect(parseQueueFilters({})).toEqual({ status: "open", sort: "due", page: 1 });
    expect(DEFAULT_QUEUE_FILTERS).toEqual({ status: "open", sort: "due", page: 1 });
  });

  it("read every filter from the URL", () => {
    expect(parseQueueFilters(new URLSearchParams("measure=SCHOLARSHIP&status=IN_REVIEW&district=MEDEU&deadline=at-risk&assignee=me&awaiting=second-approval&sort=reference&page=3&notice=claimed"))).toEqual({
      measure: "SCHOLARSHIP", status: "IN_REVIEW", district: "MEDEU", deadline: "at-risk", assignee: "me",
      awaiting: "second-approval", sort: "reference", page: 3, notice: "claimed",
    });
    expect(parseQueueFilters({ assignee: "usr_staff_caseworker_almaly_1" }).assignee).toBe("usr_staff_caseworker_almaly_1");
  });

  it("fall back to each field's default on a bad value", () => {
    expect(parseQueueFilters({ measure: "LOTTERY", status: "DRAFT", district: "MOSCOW", deadline: "soon", sort: "amount", page: "-2", notice: "<script>" })).toEqual(DEFAULT_QUEUE_FILTERS);
    expect(parseQueueFilters({ page: "1e9" }).page).toBe(1);
    expect(parseQueueFilters({ page: "2.5" }).page).toBe(1);
    expect(parseQueueFilters({ assignee: "x'; DROP TABLE" }).assignee).toBeUndefined();
    // Drafts are never in the queue, so "DRAFT" is not a status one can ask for.
    expect(parseQueueFilters({ status: "DRAFT" }).status).toBe("open");
  });

  it("take the first of a repeated parameter, treat empty values as 'any', and refuse unknown fields", () => {
    expect(parseQueueFilters({ measure: ["SCHOLARSHIP", "SOCIAL_JOBS"], district: "" })).toEqual({ ...DEFAULT_QUEUE_FILTERS, measure: "SCHOLARSHIP" });
    expect(parseQueueFilters({ measure: "SCHOLARSHIP", familyId: "fam_1" })).toEqual(DEFAULT_QUEUE_FILTERS);
  });

  it("build short links that read back the same, without carrying a notice over", () => {
    expect(queueHref(DEFAULT_QUEUE_FILTERS)).toBe("/staff");
    expect(queueHref(DEFAULT_QUEUE_FILTERS, { assignee: "me" })).toBe("/staff?assignee=me");
    const filters = parseQueueFilters({ measure: "SCHOLARSHIP", deadline: "breached", page: "2", notice: "claimed" });
    const query = queueQueryString(filters);
    expect(query).toBe("measure=SCHOLARSHIP&deadline=breached&page=2");
    expect(parseQueueFilters(new URLSearchParams(query))).toEqual({ ...filters, notice: undefined });
    expect(queueHref(filters, { page: 3 })).toBe("/staff?measure=SCHOLARSHIP&deadline=breached&page=3");
  });
});

describe("the queue's short address", () => {
  it("drops empty and default fields the GET form sends, and is null when the address is already short", () => {
    expect(canonicalQueueHref({ measure: "", status: "open", district: "ALMALY", deadline: "", assignee: "", sort: "due" })).toBe("/staff?district=ALMALY");
    expect(canonicalQueueHref({ district: "ALMALY" })).toBeNull();
    expect(canonicalQueueHref({})).toBeNull();
    expect(canonicalQueueHref({ status: "open", sort: "due" })).toBe("/staff");
    // Unknown values fall back to the defaults, so the address shows the view actually given.
    expect(canonicalQueueHref({ sort: "nonsense" })).toBe("/staff");
    expect(canonicalQueueHref({ assignee: "me", notice: "claimed" })).toBeNull();
  });
});
