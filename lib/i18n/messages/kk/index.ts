// One JSON file per namespace, so each feature edits its own file.
// Add a namespace: create the file in en/, ru/ and kk/ and list it here.
import admin from "./admin.json";
import applications from "./applications.json";
import apply from "./apply.json";
import common from "./common.json";
import consent from "./consent.json";
import counselling from "./counselling.json";
import districts from "./districts.json";
import documents from "./documents.json";
import eligibilityView from "./eligibilityView.json";
import errors from "./errors.json";
import family from "./family.json";
import landing from "./landing.json";
import measureAreas from "./measureAreas.json";
import measures from "./measures.json";
import memberRoles from "./memberRoles.json";
import nav from "./nav.json";
import notifications from "./notifications.json";
import profile from "./profile.json";
import register from "./register.json";
import roles from "./roles.json";
import screener from "./screener.json";
import session from "./session.json";
import signIn from "./signIn.json";
import staff from "./staff.json";
import statusLookup from "./statusLookup.json";
import statuses from "./statuses.json";
import validation from "./validation.json";
import workQueue from "./workQueue.json";
import review from "./review.json";
import payments from "./payments.json";
import certificates from "./certificates.json";
import housingAdmin from "./housingAdmin.json";
import rules from "./rules.json";
import catalog from "./catalog.json";
import offers from "./offers.json";
import transparency from "./transparency.json";
import reports from "./reports.json";

const messages = { admin, applications, apply, common, consent, counselling, districts, documents, eligibilityView, errors, family, landing, measureAreas, measures, memberRoles, nav, notifications, profile, register, roles, screener, session, signIn, staff, statusLookup, statuses, validation, workQueue, review, payments, certificates, housingAdmin, rules, catalog, offers, transparency, reports };

export default messages;
