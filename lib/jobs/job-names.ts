// The portal's background jobs (pg-boss queues) and when the scheduled ones run.
export const OFFERS_AFTER_PUBLISH = "offers.after-publish";
export const OFFERS_NIGHTLY = "offers.nightly";

/** Every night at 02:00 in Almaty, when nobody is waiting for the database. */
export const NIGHTLY_CRON = "0 2 * * *";
export const NIGHTLY_TIME_ZONE = "Asia/Almaty";

export interface OffersAfterPublishData {
  versionId: string;
}
