// A browser sends only a file's own name ("scan.pdf"), never a folder. A name with a folder
// separator, a bare parent reference ("..") or control characters was made by hand — to
// reach another folder or to break a header line — so it is refused rather than cleaned:
// a family's real files never have such names, and nothing after this point has to be
// trusted to clean it.
const FOLDER_SEPARATOR = /[\\/]/;
// C0 controls (NUL, line breaks…) and DEL.
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f]/;
const ONLY_DOTS = /^\s*\.+\s*$/;

/** True for a file name no browser would send for a real file. */
export function fileNameIsCrafted(name: string): boolean {
  return FOLDER_SEPARATOR.test(name) || CONTROL_CHARACTER.test(name) || ONLY_DOTS.test(name);
}
